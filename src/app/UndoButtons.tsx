import { useEffect } from 'react'
import { useT } from './i18n'
import { useActions, useApp } from './store/hooks'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** Undo and redo buttons, and Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z (and Ctrl+Y) outside text fields. */
export function UndoButtons() {
  const canUndo = useApp((s) => s.history.past.length > 0)
  const canRedo = useApp((s) => s.history.future.length > 0)
  const actions = useActions()
  const t = useT()
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      // Text fields keep their own undo.
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      const mod = isMac ? event.metaKey : event.ctrlKey
      if (!mod) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault()
        actions.undo()
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault()
        actions.redo()
      }
    }
    addEventListener('keydown', onKey)
    return () => removeEventListener('keydown', onKey)
  }, [actions])
  const mod = isMac ? '⌘' : 'Ctrl+'
  return (
    <div className="undo">
      <button type="button" onClick={actions.undo} disabled={!canUndo} title={t('undo.undoTitle', { mod })}>
        {t('undo.undo')}
      </button>
      <button type="button" onClick={actions.redo} disabled={!canRedo} title={t('undo.redoTitle', { mod })}>
        {t('undo.redo')}
      </button>
    </div>
  )
}
