import { useEffect, useRef, useState } from 'react'
import { rich, useT } from './i18n'
import { useActions, useApp } from './store/hooks'

/** After an edge is drawn: which alias? Defaults to the child's name. Enter links, Escape cancels. */
export function AliasDialog() {
  const pending = useApp((s) => s.pendingLink)
  const actions = useActions()
  const t = useT()
  const [alias, setAlias] = useState('')
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (!pending) return
    setAlias(pending.child)
    requestAnimationFrame(() => input.current?.select())
  }, [pending])
  if (!pending) return null
  const submit = () => actions.addLink({ parent: pending.parent, child: pending.child, alias: alias.trim() })
  return (
    <div className="dialog-backdrop">
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="alias-title"
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') actions.cancelLink()
        }}
      >
        <h2 id="alias-title">
          {rich(t('link.title'), { parent: <code>{pending.parent}</code>, child: <code>{pending.child}</code> })}
        </h2>
        <label>
          {t('alias.label')}
          <input
            ref={input}
            value={alias}
            onChange={(e) => setAlias(e.target.value)}
            spellCheck={false}
            data-testid="alias-input"
          />
        </label>
        <p className="dialog__command">
          <code>
            docker run --name {pending.parent} --link {pending.child}:{alias || '…'} …
          </code>
        </p>
        <div className="dialog__buttons">
          <button type="submit">{t('alias.link')}</button>
          <button type="button" onClick={() => actions.cancelLink()}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </div>
  )
}
