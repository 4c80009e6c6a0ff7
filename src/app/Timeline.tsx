import type { Operation, Scenario } from '../core'
import { useT } from './i18n'
import { useActions, useApp, useScenario } from './store/hooks'
import { windowOf } from './ui/windowOf'

/** The command docker ran for an operation, as a learner would type it. */
export function commandOf(op: Operation, scenario: Scenario): string {
  if (op.kind === 'event') return `docker ${op.action} ${op.container}`
  const c = scenario.containers[op.container]
  if (!c) return 'docker run'
  const flags = [
    `--name ${c.name}`,
    ...c.expose.map((p) => `--expose ${p}`),
    ...c.publish.map((p) => `-p ${p}`),
    ...scenario.links.filter((l) => l.parent === c.name).map((l) => `--link ${l.child}:${l.alias}`),
  ]
  return `docker run -d ${flags.join(' ')} ${c.image || 'IMAGE'}`
}

/**
 * The host's history: one `docker run` per container in start order, then the
 * stops, starts and restarts. Step back and forth to see the host after each.
 */
export function Timeline() {
  const scenario = useScenario()
  const step = useApp((s) => s.step)
  const actions = useActions()
  const editing = useApp((s) => s.mode === 'edit')
  const t = useT()
  const operations: Operation[] = [
    ...scenario.containers.map((_, container): Operation => ({ kind: 'run', container })),
    ...scenario.events.map(
      (e, event): Operation => ({ kind: 'event', event, action: e.action, container: e.container }),
    ),
  ]
  if (operations.length === 0) return null
  const at = step ?? operations.length
  const shown = windowOf(operations.length, at, 30)
  return (
    <section className="timeline" aria-label={t('timeline.label')}>
      <div className="timeline__controls">
        <button
          type="button"
          onClick={() => actions.setStep(at - 1)}
          disabled={at === 0}
          aria-label={t('timeline.back')}
        >
          ◀
        </button>
        <span className="timeline__where" aria-live="polite">
          {at === operations.length ? t('timeline.all') : t('timeline.at', { at, of: operations.length })}
        </span>
        <button
          type="button"
          onClick={() => actions.setStep(at + 1)}
          disabled={at === operations.length}
          aria-label={t('timeline.forward')}
        >
          ▶
        </button>
      </div>
      <ol className="timeline__steps" start={shown.from + 1}>
        {shown.from > 0 && <li className="timeline__more">…</li>}
        {operations.slice(shown.from, shown.to).map((op, k) => {
          const i = shown.from + k
          const done = i < at
          const command = commandOf(op, scenario)
          return (
            <li key={i} className={`timeline__step${done ? ' is-done' : ''}${i === at - 1 ? ' is-current' : ''}`}>
              <button
                type="button"
                onClick={() => actions.setStep(i + 1)}
                title={command}
                aria-current={i === at - 1 ? 'step' : undefined}
              >
                <code>
                  {op.kind === 'run'
                    ? `run ${scenario.containers[op.container]?.name ?? ''}`
                    : `${op.action} ${op.container}`}
                </code>
              </button>
              {op.kind === 'event' && editing && (
                <button
                  type="button"
                  className="timeline__remove"
                  onClick={() => actions.removeEvent(op.event)}
                  aria-label={t('timeline.remove', { command })}
                >
                  ×
                </button>
              )}
            </li>
          )
        })}
        {shown.to < operations.length && <li className="timeline__more">…</li>}
      </ol>
    </section>
  )
}
