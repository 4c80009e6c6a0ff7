import type { ErrorCode, Refusal } from '../../core'
import { useActions, useApp, useDerivation } from '../store/hooks'

/** What to do about each kind of refusal, in plain words. Docker's own message is shown verbatim above it. */
const ADVICE: Record<ErrorCode, string> = {
  'child-not-found':
    'The linked container must exist before its parent runs: create the child first, or check the name.',
  'child-not-running': 'The child exists but is not running; start it before the parent (or fix why it failed).',
  'self-link': 'A container cannot link to itself.',
  'invalid-name': 'Change the name: this era accepts only the characters shown.',
  'name-conflict': 'Two containers have the same name; rename one.',
  'invalid-link': 'The --link value cannot be read: use child:alias with no extra colon or slash.',
  'invalid-port': 'Fix the exposed or published port: a number from 1 to 65535, with /tcp or /udp.',
  'daemon-refused': 'Change the daemon flags: this era will not start with them.',
  'no-such-container': 'The event names a container docker never created.',
  'no-address': 'The bridge subnet has no address left: use a larger --bip prefix.',
  'port-conflict': 'Another container already published that host port.',
}

/** Every refusal, in the order docker met them; choosing one selects its culprit. */
export function ProblemsPanel() {
  const derivation = useDerivation()
  const ids = useApp((s) => s.layout.ids)
  const actions = useActions()
  if (derivation.refusals.length === 0) return <p className="empty">Docker refused nothing: every container started.</p>
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
        const who = r.container === undefined ? 'the daemon' : derivation.scenario.containers[r.container]?.name
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: refusals are listed in the order docker met them
          <li key={i}>
            <button type="button" className="problem" onClick={() => select(r)}>
              <span className="problem__who">
                {who} <span className="problem__code">{r.error.code}</span>
              </span>
              <code className="problem__message">{r.error.message}</code>
              <span className="problem__advice">{ADVICE[r.error.code]}</span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
