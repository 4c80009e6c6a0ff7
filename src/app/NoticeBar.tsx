import { useActions, useApp } from './store/hooks'

/** What the last edit did beyond itself (a child moved earlier), or why it was refused. */
export function NoticeBar() {
  const notice = useApp((s) => s.notice)
  const actions = useActions()
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <p className={`notice notice--${notice.tone}`}>
          {notice.text}
          <button type="button" onClick={() => actions.dismissNotice()} aria-label="Dismiss">
            ×
          </button>
        </p>
      )}
    </div>
  )
}
