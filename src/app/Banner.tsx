import { useActions, useApp } from './store/hooks'

/** A shared scenario opened over the user's own work (one click brings it back), or a problem. */
export function Banner() {
  const banner = useApp((s) => s.banner)
  const actions = useActions()
  if (!banner) return null
  return (
    <div className={`banner banner--${banner.kind}`} role={banner.kind === 'problem' ? 'alert' : 'status'}>
      {banner.kind === 'kept-work' ? (
        <>
          <span>You opened a shared scenario. Your work was kept.</span>
          <button type="button" onClick={actions.restoreKept}>
            Restore it
          </button>
        </>
      ) : (
        <span>{banner.text}</span>
      )}
      <button type="button" className="banner__close" onClick={() => actions.setBanner(null)} aria-label="Dismiss">
        ×
      </button>
    </div>
  )
}
