import type { EnvVar } from '../../core'
import { hueOf } from '../canvas/flowModel'
import { useApp, useDerivation } from '../store/hooks'
import { selectSelectedIndex } from '../store/selectors'
import { CopyButton } from '../ui/CopyButton'

/**
 * The selected container's link variables as `env` prints them (`KEY=VALUE`),
 * grouped by the link that set them, each group in its link's hue.
 */
export function EnvPanel() {
  const index = useApp(selectSelectedIndex)
  const derivation = useDerivation()
  const scenario = derivation.scenario
  const container = derivation.containers[index]
  const spec = scenario.containers[index]
  if (!container || !spec) return <p className="empty">Select a container to see the variables its links set.</p>
  if (container.status !== 'running') {
    return (
      <p className="empty">
        <strong>{spec.name}</strong> is not running, so it has no environment. See Problems for what docker said.
      </p>
    )
  }
  const groups = new Map<number, EnvVar[]>()
  for (const v of container.env) {
    const list = groups.get(v.link)
    if (list) list.push(v)
    else groups.set(v.link, [v])
  }
  const own = new Set(spec.env.map((entry) => entry.split('=')[0]))
  const text = container.env.map((v) => `${v.key}=${v.value}`).join('\n')
  const off = derivation.notes.some((n) => n.kind === 'link-env-off')
  return (
    <div className="listing">
      <div className="listing__bar">
        <span>
          <code>env</code> in <strong>{spec.name}</strong>: {container.env.length} link variable
          {container.env.length === 1 ? '' : 's'}
        </span>
        {container.env.length > 0 && <CopyButton text={text} label={`Copy the environment of ${spec.name}`} />}
      </div>
      {off && scenario.docker === '29' && !scenario.daemon.keepLinkEnv && (
        <p className="explain">
          Docker 29 sets no link variables unless the daemon runs with{' '}
          <code>DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS=1</code>. The hosts line and the rules remain.
        </p>
      )}
      {container.env.length === 0 && !off && (
        <p className="empty">{spec.name} has no links, so links add nothing to its environment.</p>
      )}
      {[...groups].map(([link, vars]) => {
        const l = scenario.links[link]
        return (
          <section
            key={link}
            className={`env-group hue-${hueOf(link)}`}
            aria-label={`Variables of --link ${l?.child}:${l?.alias}`}
          >
            <h3 className="env-group__title">
              <code>
                --link {l?.child}:{l?.alias}
              </code>
            </h3>
            <pre className="output">
              {vars.map((v) => (
                <span key={v.key} className={`line${own.has(v.key) ? ' is-overridden' : ''}`}>
                  {v.key}={v.value}
                  {own.has(v.key) && (
                    <span className="annot">
                      {' '}
                      ← replaced by {spec.name}’s own -e {v.key}
                    </span>
                  )}
                  {'\n'}
                </span>
              ))}
            </pre>
          </section>
        )
      })}
    </div>
  )
}
