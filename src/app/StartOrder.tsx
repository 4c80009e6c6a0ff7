import { useT } from './i18n'
import { useActions, useApp, useDerivation } from './store/hooks'
import { windowOf } from './ui/windowOf'

/** The start order, visible and changeable: docker runs the containers top to bottom. */
export function StartOrder() {
  const derivation = useDerivation()
  const ids = useApp((s) => s.layout.ids)
  const selection = useApp((s) => s.selection)
  const actions = useActions()
  const t = useT()
  const { containers } = derivation.scenario
  if (containers.length === 0) return null
  const selected = selection?.kind === 'container' ? ids.indexOf(selection.id) : 0
  const shown = windowOf(containers.length, selected, 60)
  return (
    <section className="start-order" aria-label={t('order.title')}>
      <h2 className="panel-title">{t('order.title')}</h2>
      <ol start={shown.from + 1} style={{ counterReset: `order ${shown.from}` }}>
        {shown.from > 0 && <li className="start-order__more">…</li>}
        {containers.slice(shown.from, shown.to).map((c, k) => {
          const i = shown.from + k
          const id = ids[i] ?? ''
          const state = derivation.containers[i]
          const isSelected = selection?.kind === 'container' && selection.id === id
          return (
            <li key={id} className={isSelected ? 'is-selected' : undefined}>
              <button
                type="button"
                className="start-order__name"
                aria-current={isSelected || undefined}
                onClick={() => actions.select({ kind: 'container', id })}
              >
                {c.name}
                {state?.status !== 'running' && (
                  <span className="badge badge--refused" title={t('order.notRunning')}>
                    <span aria-hidden="true">!</span>
                    <span className="visually-hidden">{t('order.notRunningHidden')}</span>
                  </span>
                )}
              </button>
              <button
                type="button"
                aria-label={t('order.earlier', { name: c.name })}
                disabled={i === 0}
                onClick={() => actions.reorder(id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('order.later', { name: c.name })}
                disabled={i === containers.length - 1}
                onClick={() => actions.reorder(id, 1)}
              >
                ↓
              </button>
            </li>
          )
        })}
        {shown.to < containers.length && <li className="start-order__more">…</li>}
      </ol>
    </section>
  )
}
