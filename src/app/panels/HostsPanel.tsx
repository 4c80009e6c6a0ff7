import { diffLines, ERAS, explainHosts, type HostsLine } from '../../core'
import { hueOf } from '../canvas/flowModel'
import { useApp, useDerivation } from '../store/hooks'
import { selectBaseline, selectSelectedIndex } from '../store/selectors'
import { CopyButton } from '../ui/CopyButton'
import { MarkedLines } from '../ui/MarkedLines'

/** The `/etc/hosts` lines the selected container's links add, or why there are none. */
export function HostsPanel() {
  const index = useApp(selectSelectedIndex)
  const derivation = useDerivation()
  const baseline = useApp(selectBaseline)
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
  const before = baseline?.containers.find((c) => c.name === spec.name)?.hosts ?? container.hosts
  const changes = diffLines(before, container.hosts, (h) => h.text)
  // A line that no longer matches the env docker set at start was rewritten when the child came back (20.10+).
  const followed = new Set(derivation.stale.filter((s) => s.parent === index && s.env && !s.hosts).map((s) => s.link))
  const stale = new Set(derivation.stale.filter((s) => s.parent === index && s.hosts).map((s) => s.link))
  return (
    <div className="listing">
      <div className="listing__bar">
        <span>
          <code>cat /etc/hosts</code> in <strong>{spec.name}</strong>: the lines links add
        </span>
        {container.hosts.length > 0 && (
          <CopyButton
            text={container.hosts.map((h) => h.text).join('\n')}
            label={`Copy the hosts lines of ${spec.name}`}
          />
        )}
      </div>
      {changes.length === 0 ? (
        <p className="empty">{spec.name} has no links, so no link lines.</p>
      ) : (
        <MarkedLines
          changes={changes}
          text={(h: HostsLine) => h.text}
          lineClass={(h) => `hue-line hue-${hueOf(h.link)}`}
          cause={(h) => {
            const explanation = explainHosts(derivation, h)
            return { explanation, links: [h.link], containers: explanation.containers }
          }}
          after={(h) =>
            followed.has(h.link) ? (
              <span className="annot"> ← rewritten by docker when the child came back</span>
            ) : stale.has(h.link) ? (
              <span className="annot stale"> ← stale: the child is no longer here</span>
            ) : null
          }
        />
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
