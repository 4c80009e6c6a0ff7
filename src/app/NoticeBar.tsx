import { useT } from './i18n'
import { useActions, useApp } from './store/hooks'

/** What the last edit did beyond itself (a child moved earlier), or why it was refused. */
export function NoticeBar() {
  const notice = useApp((s) => s.notice)
  const actions = useActions()
  const t = useT()
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <p className={`notice notice--${notice.tone}`}>
          {t.retell(notice.text)}
          <button type="button" onClick={() => actions.dismissNotice()} aria-label={t('app.dismiss')}>
            ×
          </button>
        </p>
      )}
    </div>
  )
}
