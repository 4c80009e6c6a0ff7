import { type ReactNode, useEffect, useId, useState } from 'react'

/** Lines of a textarea, blank ones left out. */
export const toLines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')

/**
 * A textarea holding one entry per line. Every change is committed at once
 * (the listings follow live); what the user typed, blank lines included,
 * stays until the value changes from elsewhere (undo, another panel).
 */
export function LinesField({
  label,
  value,
  onCommit,
  placeholder,
  hint,
}: {
  label: string
  value: readonly string[]
  onCommit: (lines: string[]) => void
  placeholder?: string
  hint?: ReactNode
}) {
  const id = useId()
  const [text, setText] = useState(value.join('\n'))
  useEffect(() => {
    setText((current) => (toLines(current).join('\n') === value.join('\n') ? current : value.join('\n')))
  }, [value])
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={text}
        rows={Math.min(8, Math.max(2, value.length + 1))}
        spellCheck={false}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          setText(e.target.value)
          onCommit(toLines(e.target.value))
        }}
      />
      {hint && (
        <div id={`${id}-hint`} className="field__hint">
          {hint}
        </div>
      )}
    </div>
  )
}

/**
 * A one-line text field committed on Enter or when it loses focus; `check`
 * may refuse the value with a message, and the field keeps what was typed.
 */
export function TextField({
  label,
  value,
  onCommit,
  check,
  hint,
  testId,
}: {
  label: string
  value: string
  onCommit: (value: string) => void
  check?: (value: string) => string | null
  hint?: ReactNode
  testId?: string
}) {
  const id = useId()
  const [text, setText] = useState(value)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    setText(value)
    setProblem(null)
  }, [value])
  const commit = () => {
    if (text === value) return
    const why = check?.(text) ?? null
    setProblem(why)
    if (why === null) onCommit(text)
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={text}
        spellCheck={false}
        data-testid={testId}
        aria-invalid={problem !== null}
        aria-describedby={problem || hint ? `${id}-note` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit()
          if (e.key === 'Escape') {
            setText(value)
            setProblem(null)
          }
        }}
      />
      {(problem || hint) && (
        <div
          id={`${id}-note`}
          className={problem ? 'field__problem' : 'field__hint'}
          role={problem ? 'alert' : undefined}
        >
          {problem ?? hint}
        </div>
      )}
    </div>
  )
}
