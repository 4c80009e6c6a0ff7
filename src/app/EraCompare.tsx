import './EraCompare.css'
import { useState } from 'react'
import { DOCKER_ERAS, type DockerEra } from '../core'
import { diffLines, summarizeChanges } from '../core/changes'
import { rich, useT } from './i18n'
import { changeWords } from './panels/changeWords'
import { useActions, useApp, useDerivation } from './store/hooks'
import { selectDerivationInEra, selectSelectedIndex } from './store/selectors'
import { MarkedLines } from './ui/MarkedLines'

/**
 * Eras side by side, before switching: what the same scenario gives in
 * another Docker release, as a diff (− this era, + the other).
 */
export function EraCompare({ onClose }: { onClose: () => void }) {
  const derivation = useDerivation()
  const current = derivation.scenario.docker
  const [other, setOther] = useState<DockerEra>(DOCKER_ERAS.find((e) => e !== current) ?? '20.10')
  const then = useApp((s) => selectDerivationInEra(s, other))
  const index = useApp(selectSelectedIndex)
  const actions = useActions()
  const t = useT()
  const chosen =
    index >= 0
      ? index
      : derivation.scenario.links.length > 0
        ? derivation.containers.findIndex((c) => c.name === derivation.scenario.links[0]?.parent)
        : -1
  const name = derivation.containers[chosen]?.name
  const env = (d: typeof derivation) => d.containers[chosen]?.env.map((v) => `${v.key}=${v.value}`) ?? []
  const hosts = (d: typeof derivation) => d.containers[chosen]?.hosts.map((h) => h.text) ?? []
  const id = (l: string) => l
  return (
    <div className="dialog-backdrop">
      <section className="dialog era-compare" role="dialog" aria-modal="true" aria-labelledby="era-compare-title">
        <h2 id="era-compare-title">
          Docker {current} → {other}
        </h2>
        <label>
          {t('compare.with')}
          <select value={other} onChange={(e) => setOther(e.target.value as DockerEra)}>
            {DOCKER_ERAS.filter((e) => e !== current).map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </label>
        <p className="change-summary">{changeWords(summarizeChanges(derivation, then), t)}</p>
        <div className="era-compare__body">
          {name && (
            <>
              <h3>{rich(t('compare.env'), { env: <code>env</code>, name })}</h3>
              <MarkedLines changes={diffLines(env(derivation), env(then), id)} text={id} testId="compare-env" />
              <h3>{rich(t('compare.hosts'), { hosts: <code>/etc/hosts</code>, name })}</h3>
              <MarkedLines changes={diffLines(hosts(derivation), hosts(then), id)} text={id} />
            </>
          )}
          <h3>
            <code>iptables -S</code>
          </h3>
          <MarkedLines
            changes={diffLines(derivation.filter, then.filter, (l) => l.text)}
            text={(l) => l.text}
            testId="compare-filter"
          />
          <h3>
            <code>iptables -t nat -S</code>
          </h3>
          <MarkedLines changes={diffLines(derivation.nat, then.nat, (l) => l.text)} text={(l) => l.text} />
        </div>
        <div className="dialog__buttons">
          <button
            type="button"
            className="primary"
            onClick={() => {
              actions.setEra(other)
              onClose()
            }}
          >
            {t('compare.switch', { era: other })}
          </button>
          <button type="button" onClick={onClose}>
            {t('app.close')}
          </button>
        </div>
      </section>
    </div>
  )
}
