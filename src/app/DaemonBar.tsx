import { useState } from 'react'
import { DOCKER_ERAS, type DockerEra, ERAS, parseScenario } from '../core'
import { EraCompare } from './EraCompare'
import { TextField } from './inspector/fields'
import { useActions, useApp, useScenario } from './store/hooks'

/** What changed in each era, in one line (docker-links-facts.md §1). */
export const ERA_NOTES: Record<DockerEra, string> = {
  '0.10': 'The seed: no /etc/hosts lines, dashes kept, link rules inserted at the top of FORWARD always.',
  '1.0': 'Adds the hosts line IP<TAB>alias; addresses move on after a restart.',
  '20.10': 'libnetwork: bridge 172.17.0.1, dashes become _, port ranges, link rules only with --icc=false.',
  '28': 'TCP ports first for ALIAS_PORT, 2-port ranges, DOCKER-FORWARD chains.',
  '29': 'No link variables unless the daemon keeps them; hosts line and --icc=false rules remain.',
}

/** The daemon's flags: era, --icc, --iptables, -b, --bip and 29's keep-env switch. */
export function DaemonBar() {
  const scenario = useScenario()
  const actions = useActions()
  const { daemon } = scenario
  const viewing = useApp((s) => s.mode === 'view')
  const [comparing, setComparing] = useState(false)
  return (
    <fieldset className="daemon" disabled={viewing}>
      <legend className="visually-hidden">Daemon settings</legend>
      <label className="daemon__era">
        Docker
        <select value={scenario.docker} onChange={(e) => actions.setEra(e.target.value as DockerEra)}>
          {DOCKER_ERAS.map((era) => (
            <option key={era} value={era}>
              {era} ({ERAS[era].releases})
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => setComparing(true)}>
        Compare eras
      </button>
      {comparing && <EraCompare onClose={() => setComparing(false)} />}
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
          keep link env
        </label>
      )}
      <div className="daemon__bridge">
        <TextField
          label="-b"
          value={daemon.bridge}
          check={(bridge) =>
            /^[^\s/:]{1,15}$/.test(bridge) ? null : 'An interface name: 1–15 characters, no space, / or :.'
          }
          onCommit={(bridge) => actions.setDaemon({ bridge })}
        />
        <TextField
          label="--bip"
          value={daemon.bridgeIp}
          check={(bridgeIp) =>
            parseScenario({ version: 1, docker: scenario.docker, daemon: { bridgeIp } }).ok
              ? null
              : 'An IPv4 address with its prefix length, such as 172.17.42.1/16.'
          }
          onCommit={(bridgeIp) => actions.setDaemon({ bridgeIp })}
        />
      </div>
      <p className="daemon__note" aria-live="polite">
        {ERA_NOTES[scenario.docker]}
      </p>
    </fieldset>
  )
}
