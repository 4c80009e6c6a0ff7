import { useT } from './i18n'
import { useActions, useApp, useDerivation } from './store/hooks'

/** The start order, visible and changeable: docker runs the containers top to bottom. */
export function StartOrder() {
  const derivation = useDerivation()
  const ids = useApp((s) => s.layout.ids)
  const selection = useApp((s) => s.selection)
  const actions = useActions()
  const t = useT()
  const { containers } = derivation.scenario
  if (containers.length === 0) return null
  return (
    <section className="start-order" aria-label={t('order.title')}>
      <h2 className="panel-title">{t('order.title')}</h2>
      <ol>
        {containers.map((c, i) => {
          const id = ids[i] ?? ''
          const state = derivation.containers[i]
          const selected = selection?.kind === 'container' && selection.id === id
          return (
            <li key={id} className={selected ? 'is-selected' : undefined}>
              <button
                type="button"
                className="start-order__name"
                aria-current={selected || undefined}
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
      </ol>
    </section>
  )
}
