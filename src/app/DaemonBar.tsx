import { useState } from 'react'
import { DOCKER_ERAS, type DockerEra, ERAS, parseScenario } from '../core'
import { useT } from './i18n'
import { TextField } from './inspector/fields'
import { useActions, useApp, useScenario } from './store/hooks'
import { lazyPart, OnDemand } from './ui/OnDemand'

// The comparison derives the scenario in a second era: loaded when first asked for.
const EraCompare = lazyPart(() => import('./EraCompare').then((m) => m.EraCompare), 'on-use', 'tools')

/** The daemon's flags: era, --icc, --iptables, -b, --bip and 29's keep-env switch. */
export function DaemonBar() {
  const scenario = useScenario()
  const actions = useActions()
  const { daemon } = scenario
  const viewing = useApp((s) => s.mode === 'view')
  const [comparing, setComparing] = useState(false)
  const t = useT()
  return (
    <fieldset className="daemon" disabled={viewing}>
      <legend className="visually-hidden">{t('daemon.legend')}</legend>
      <label className="daemon__era">
        Docker
        <select value={scenario.docker} onChange={(e) => actions.setEra(e.target.value as DockerEra)}>
          {DOCKER_ERAS.map((era) => (
            <option key={era} value={era}>
              {era} ({ERAS[era].releases.replace(/ and later$/, t('daemon.andLater'))})
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => setComparing(true)}>
        {t('daemon.compare')}
      </button>
      {comparing && (
        <OnDemand>
          <EraCompare onClose={() => setComparing(false)} />
        </OnDemand>
      )}
      <label className="daemon__flag">
        <input type="checkbox" checked={daemon.icc} onChange={(e) => actions.setDaemon({ icc: e.target.checked })} />
        <code>--icc</code>
      </label>
      <label className="daemon__flag">
        <input
          type="checkbox"
          checked={daemon.iptables}
          onChange={(e) => actions.setDaemon({ iptables: e.target.checked })}
        />
        <code>--iptables</code>
      </label>
      {scenario.docker === '29' && (
        <label className="daemon__flag" title="DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS=1">
          <input
            type="checkbox"
            checked={daemon.keepLinkEnv}
            onChange={(e) => actions.setDaemon({ keepLinkEnv: e.target.checked })}
          />
          {t('daemon.keepLinkEnv')}
        </label>
      )}
      <div className="daemon__bridge">
        <TextField
          label="-b"
          value={daemon.bridge}
          check={(bridge) => (/^[^\s/:]{1,15}$/.test(bridge) ? null : t('daemon.badBridge'))}
          onCommit={(bridge) => actions.setDaemon({ bridge })}
        />
        <TextField
          label="--bip"
          value={daemon.bridgeIp}
          check={(bridgeIp) =>
            parseScenario({ version: 1, docker: scenario.docker, daemon: { bridgeIp } }).ok ? null : t('daemon.badBip')
          }
          onCommit={(bridgeIp) => actions.setDaemon({ bridgeIp })}
        />
      </div>
      <p className="daemon__note" aria-live="polite">
        {t(`era.note.${scenario.docker}`)}
      </p>
    </fieldset>
  )
}
