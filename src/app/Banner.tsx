import { useT } from './i18n'
import { useActions, useApp } from './store/hooks'

/** A shared scenario opened over the user's own work (one click brings it back), or a problem. */
export function Banner() {
  const banner = useApp((s) => s.banner)
  const actions = useActions()
  const t = useT()
  if (!banner) return null
  return (
    <div className={`banner banner--${banner.kind}`} role={banner.kind === 'problem' ? 'alert' : 'status'}>
      {banner.kind === 'kept-work' ? (
        <>
          <span>{t('banner.keptWork')}</span>
          <button type="button" onClick={actions.restoreKept}>
            {t('banner.restore')}
          </button>
        </>
      ) : (
        <span>{t.retell(banner.text)}</span>
      )}
      <button
        type="button"
        className="banner__close"
        onClick={() => actions.setBanner(null)}
        aria-label={t('app.dismiss')}
      >
        ×
      </button>
    </div>
  )
}
