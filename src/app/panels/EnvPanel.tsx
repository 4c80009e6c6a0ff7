import { type EnvVar, explainEnv, looksSecret } from '../../core'
import { hueOf } from '../canvas/flowModel'
import { useLineDiff } from '../changes/useLineDiff'
import { rich, useT } from '../i18n'
import { useApp, useDerivation } from '../store/hooks'
import { selectBaseline, selectSelectedIndex } from '../store/selectors'
import { CopyButton } from '../ui/CopyButton'
import { MarkedLines } from '../ui/MarkedLines'

const text = (v: EnvVar) => `${v.key}=${v.value}`

/** A copied child variable whose name looks secret (the secrets lens). */
const isSecret = (v: EnvVar) => v.role === 'env' && looksSecret((v.entry ?? '').split('=')[0] ?? '')

/**
 * The selected container's link variables as `env` prints them (`KEY=VALUE`),
 * grouped by the link that set them, each group in its link's hue, with the
 * last change marked and stale addresses called out.
 */
export function EnvPanel() {
  const index = useApp(selectSelectedIndex)
  const derivation = useDerivation()
  const baseline = useApp(selectBaseline)
  const diffLines = useLineDiff()
  const t = useT()
  const scenario = derivation.scenario
  const container = derivation.containers[index]
  const spec = scenario.containers[index]
  if (!container || !spec) return <p className="empty">{t('env.selectFirst')}</p>
  const before = baseline?.containers.find((c) => c.name === spec.name)?.env ?? container.env
  const changes = diffLines(before, container.env, text)
  if (container.status !== 'running' && changes.every((c) => c.kind === 'same')) {
    return <p className="empty">{rich(t('env.notRunning'), { name: <strong>{spec.name}</strong> })}</p>
  }
  // Group consecutive lines by the link that set them (the order docker emitted them in).
  const groups: { link: number; changes: typeof changes }[] = []
  for (const change of changes) {
    const last = groups.at(-1)
    if (last && last.link === change.line.link) last.changes.push(change)
    else groups.push({ link: change.line.link, changes: [change] })
  }
  const own = new Set(spec.env.map((entry) => entry.split('=')[0]))
  const all = container.env.map(text).join('\n')
  const off =
    scenario.docker === '29' && !scenario.daemon.keepLinkEnv && derivation.notes.some((n) => n.kind === 'link-env-off')
  const stale = derivation.stale.filter((s) => s.parent === index && s.env)
  return (
    <div className="listing">
      <div className="listing__bar">
        <span>
          {rich(t('env.bar', { n: container.env.length }), {
            env: <code>env</code>,
            name: <strong>{spec.name}</strong>,
          })}
        </span>
        {container.env.length > 0 && <CopyButton text={all} label={t('env.copy', { name: spec.name })} />}
      </div>
      {off && (
        <p className="explain">
          {rich(t('env.off'), { flag: <code>DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS=1</code> })}
        </p>
      )}
      {stale.map((s) => {
        const link = scenario.links[s.link]
        const child = scenario.containers[s.child]?.name
        const sample =
          container.env.find((v) => v.link === s.link && v.role === 'default-port') ??
          container.env.find((v) => v.link === s.link)
        return (
          <p key={s.link} className="stale-note" role="note">
            <strong>{t('env.staleLabel')}</strong>{' '}
            {rich(
              s.current
                ? t('env.staleMoved', {
                    recorded: s.recorded,
                    child: child ?? '',
                    current: s.current,
                    parent: spec.name,
                  })
                : t('env.staleGone', { recorded: s.recorded, child: child ?? '', parent: spec.name }),
              { key: <code>{sample?.key ?? `${link?.alias}_…`}</code> },
            )}
          </p>
        )
      })}
      {container.env.length === 0 && !off && changes.length === 0 && (
        <p className="empty">{t('env.noLinks', { name: spec.name })}</p>
      )}
      {groups.map((group, g) => {
        const l = scenario.links[group.link]
        return (
          <section
            // biome-ignore lint/suspicious/noArrayIndexKey: groups follow the listing's order
            key={g}
            className={`env-group hue-${hueOf(group.link)}`}
            aria-label={t('env.group', { link: `${l?.child}:${l?.alias}` })}
          >
            <h3 className="env-group__title">
              <code>
                --link {l?.child}:{l?.alias}
              </code>
            </h3>
            <MarkedLines
              changes={group.changes}
              text={text}
              lineClass={(v) => `${own.has(v.key) ? 'is-overridden' : ''}${isSecret(v) ? ' is-secret' : ''}`}
              cause={(v) => {
                const explanation = explainEnv(derivation, v)
                return { explanation, links: [v.link], containers: explanation.containers }
              }}
              after={(v) =>
                own.has(v.key) ? (
                  <span className="annot"> {t('env.replaced', { name: spec.name, key: v.key })}</span>
                ) : null
              }
            />
          </section>
        )
      })}
    </div>
  )
}
