import type { ReactNode } from 'react'
import type { Explanation, LineChange } from '../../core'
import { WHY_ID } from '../explain/WhyBox'
import type { Pointed } from '../store/appStore'
import { useActions, useApp } from '../store/hooks'

/** What a line is about, for "why is this here?" and for lighting up its cause. */
export interface LineCause {
  readonly explanation: Explanation
  readonly links: readonly number[]
  readonly containers: readonly number[]
}

const lit = (pointed: Pointed | null, cause: LineCause | null): boolean =>
  !!pointed &&
  !!cause &&
  (cause.links.some((l) => pointed.links.includes(l)) ||
    (cause.links.length === 0 && cause.containers.some((c) => pointed.containers.includes(c))))

/**
 * Docker's output with a diff gutter: `+` for lines the last change added, `−`
 * (struck through) for lines it removed, shown where they were. The marks stay
 * until the next change. Pointing at or focusing a line says why it is there
 * and lights up its link and containers on the canvas.
 */
export function MarkedLines<T>({
  changes,
  text,
  lineClass,
  after,
  testId,
  cause,
}: {
  changes: readonly LineChange<T>[]
  text: (line: T) => string
  lineClass?: (line: T) => string
  after?: (line: T) => ReactNode
  testId?: string
  cause?: (line: T) => LineCause | null
}) {
  const actions = useActions()
  const pointed = useApp((s) => s.pointed)
  return (
    <pre className="output" data-testid={testId}>
      {changes.map((change, i) => {
        const why = change.kind === 'removed' ? null : (cause?.(change.line) ?? null)
        const point = why ? () => actions.point(why) : undefined
        return (
          // Lines are focusable so keyboard users reach "why is this here?"; the why box describes them.
          // biome-ignore lint/a11y/noStaticElementInteractions: pointing or focusing a line only explains it
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: identical lines can repeat; the position is the identity
            key={i}
            className={`line is-${change.kind}${lineClass ? ` ${lineClass(change.line)}` : ''}${lit(pointed, why) ? ' is-lit' : ''}`}
            data-change={change.kind}
            tabIndex={why ? 0 : undefined}
            aria-describedby={why ? WHY_ID : undefined}
            onMouseEnter={point}
            onFocus={point}
            onMouseLeave={why ? () => actions.point(null) : undefined}
            onBlur={why ? () => actions.point(null) : undefined}
          >
            <span className="gutter" aria-hidden="true">
              {change.kind === 'added' ? '+' : change.kind === 'removed' ? '−' : ' '}
            </span>
            {/* Docker's output is English whatever the interface's language: screen readers read it so. */}
            {change.kind === 'removed' ? (
              <del className="text" lang="en">
                {text(change.line)}
              </del>
            ) : change.kind === 'added' ? (
              <ins className="text" lang="en">
                {text(change.line)}
              </ins>
            ) : (
              <span className="text" lang="en">
                {text(change.line)}
              </span>
            )}
            {after?.(change.line)}
            {'\n'}
          </span>
        )
      })}
    </pre>
  )
}
