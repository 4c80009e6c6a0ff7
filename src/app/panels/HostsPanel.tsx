import { ERAS } from '../../core'
import { hueOf } from '../canvas/flowModel'
import { useApp, useDerivation } from '../store/hooks'
import { selectSelectedIndex } from '../store/selectors'
import { CopyButton } from '../ui/CopyButton'

/** The `/etc/hosts` lines the selected container's links add, or why there are none. */
export function HostsPanel() {
  const index = useApp(selectSelectedIndex)
  const derivation = useDerivation()
  const { scenario } = derivation
  const era = ERAS[scenario.docker]
  const container = derivation.containers[index]
  const spec = scenario.containers[index]
  if (era.hostsLines === 'none') {
    return (
      <p className="explain">
        Docker {scenario.docker} writes no link lines to <code>/etc/hosts</code>: a link is only variables and rules.
        From 0.11 each link adds <code>IP&lt;TAB&gt;alias</code>.
      </p>
    )
  }
  if (!container || !spec)
    return <p className="empty">Select a container to see the lines its links add to /etc/hosts.</p>
  if (container.status !== 'running')
    return <p className="empty">{spec.name} is not running, so it has no /etc/hosts.</p>
  const text = container.hosts.map((h) => h.text).join('\n')
  return (
    <div className="listing">
      <div className="listing__bar">
        <span>
          <code>cat /etc/hosts</code> in <strong>{spec.name}</strong>: the lines links add
        </span>
        {container.hosts.length > 0 && <CopyButton text={text} label={`Copy the hosts lines of ${spec.name}`} />}
      </div>
      {container.hosts.length === 0 ? (
        <p className="empty">{spec.name} has no links, so no link lines.</p>
      ) : (
        <pre className="output">
          {container.hosts.map((h) => (
            <span key={h.link} className={`line hue-line hue-${hueOf(h.link)}`}>
              {h.text}
              {'\n'}
            </span>
          ))}
        </pre>
      )}
      {era.hostsLines === 'alias-id-name' && (
        <p className="explain">
          From Docker 1.6 the line also names the child’s hostname (its container ID’s first 12 digits, made up here)
          and, when the alias differs, its name.
        </p>
      )}
    </div>
  )
}
