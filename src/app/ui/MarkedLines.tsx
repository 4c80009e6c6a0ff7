import type { ReactNode } from 'react'
import type { LineChange } from '../../core'

/**
 * Docker's output with a diff gutter: `+` for lines the last change added, `−`
 * (struck through) for lines it removed, shown where they were. The marks stay
 * until the next change.
 */
export function MarkedLines<T>({
  changes,
  text,
  lineClass,
  after,
  testId,
}: {
  changes: readonly LineChange<T>[]
  text: (line: T) => string
  lineClass?: (line: T) => string
  after?: (line: T) => ReactNode
  testId?: string
}) {
  return (
    <pre className="output" data-testid={testId}>
      {changes.map((change, i) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: identical lines can repeat; the position is the identity
          key={i}
          className={`line is-${change.kind}${lineClass ? ` ${lineClass(change.line)}` : ''}`}
          data-change={change.kind}
        >
          <span className="gutter" aria-hidden="true">
            {change.kind === 'added' ? '+' : change.kind === 'removed' ? '−' : ' '}
          </span>
          {change.kind === 'removed' ? (
            <del className="text">{text(change.line)}</del>
          ) : change.kind === 'added' ? (
            <ins className="text">{text(change.line)}</ins>
          ) : (
            <span className="text">{text(change.line)}</span>
          )}
          {after?.(change.line)}
          {'\n'}
        </span>
      ))}
    </pre>
  )
}
