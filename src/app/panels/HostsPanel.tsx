import { ERAS, explainHosts, type HostsLine } from '../../core'
import { hueOf } from '../canvas/flowModel'
import { useLineDiff } from '../changes/useLineDiff'
import { rich, useT } from '../i18n'
import { useApp, useDerivation } from '../store/hooks'
import { selectBaseline, selectSelectedIndex } from '../store/selectors'
import { CopyButton } from '../ui/CopyButton'
import { MarkedLines } from '../ui/MarkedLines'

/** The `/etc/hosts` lines the selected container's links add, or why there are none. */
export function HostsPanel() {
  const index = useApp(selectSelectedIndex)
  const derivation = useDerivation()
  const baseline = useApp(selectBaseline)
  const diffLines = useLineDiff()
  const t = useT()
  const { scenario } = derivation
  const era = ERAS[scenario.docker]
  const container = derivation.containers[index]
  const spec = scenario.containers[index]
  if (era.hostsLines === 'none') {
    return (
      <p className="explain">
        {rich(t('hosts.none'), {
          docker: scenario.docker,
          hosts: <code>/etc/hosts</code>,
          line: <code>IP&lt;TAB&gt;alias</code>,
        })}
      </p>
    )
  }
  if (!container || !spec) return <p className="empty">{t('hosts.selectFirst')}</p>
  if (container.status !== 'running') return <p className="empty">{t('hosts.notRunning', { name: spec.name })}</p>
  const before = baseline?.containers.find((c) => c.name === spec.name)?.hosts ?? container.hosts
  const changes = diffLines(before, container.hosts, (h) => h.text)
  // A line that no longer matches the env docker set at start was rewritten when the child came back (20.10+).
  const followed = new Set(derivation.stale.filter((s) => s.parent === index && s.env && !s.hosts).map((s) => s.link))
  const stale = new Set(derivation.stale.filter((s) => s.parent === index && s.hosts).map((s) => s.link))
  return (
    <div className="listing">
      <div className="listing__bar">
        <span>{rich(t('hosts.bar'), { cmd: <code>cat /etc/hosts</code>, name: <strong>{spec.name}</strong> })}</span>
        {container.hosts.length > 0 && (
          <CopyButton
            text={container.hosts.map((h) => h.text).join('\n')}
            label={t('hosts.copy', { name: spec.name })}
          />
        )}
      </div>
      {changes.length === 0 ? (
        <p className="empty">{t('hosts.noLinks', { name: spec.name })}</p>
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
              <span className="annot">{t('hosts.rewritten')}</span>
            ) : stale.has(h.link) ? (
              <span className="annot stale">{t('hosts.stale')}</span>
            ) : null
          }
        />
      )}
      {era.hostsLines === 'alias-id-name' && <p className="explain">{t('hosts.idName')}</p>}
    </div>
  )
}
