import type { Refusal } from '../../core'
import { useT } from '../i18n'
import { useActions, useApp, useDerivation } from '../store/hooks'

/**
 * Every refusal, in the order docker met them; choosing one selects its culprit. Docker's own message is
 * shown verbatim, then what to do about that kind of refusal in plain words (`problems.advice.<code>`).
 */
export function ProblemsPanel() {
  const derivation = useDerivation()
  const ids = useApp((s) => s.layout.ids)
  const actions = useActions()
  const t = useT()
  if (derivation.refusals.length === 0) return <p className="empty">{t('problems.none')}</p>
  const select = (r: Refusal) => {
    const edgeExists =
      r.link !== undefined &&
      derivation.scenario.containers.some((c) => c.name === derivation.scenario.links[r.link ?? -1]?.child)
    if (r.link !== undefined && edgeExists) actions.select({ kind: 'link', index: r.link })
    else if (r.container !== undefined && ids[r.container])
      actions.select({ kind: 'container', id: ids[r.container] as string })
    else actions.select({ kind: 'daemon' })
  }
  return (
    <ul className="problems">
      {derivation.refusals.map((r, i) => {
        const who = r.container === undefined ? t('problems.daemon') : derivation.scenario.containers[r.container]?.name
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: refusals are listed in the order docker met them
          <li key={i}>
            <button type="button" className="problem" onClick={() => select(r)}>
              <span className="problem__who">
                {who} <span className="problem__code">{r.error.code}</span>
              </span>
              <code className="problem__message" lang="en">
                {r.error.message}
              </code>
              <span className="problem__advice">{t(`problems.advice.${r.error.code}`)}</span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
