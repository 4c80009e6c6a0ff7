import { useId, useState } from 'react'
import { useT } from '../i18n'
import { lazyPart, OnDemand } from '../ui/OnDemand'

const SharePopover = lazyPart(() => import('./SharePopover').then((m) => m.default), 'on-use', 'panels')

/** Share: the link to the whole scenario, its length, and a warning when it is long. */
export function ShareButton() {
  const [open, setOpen] = useState(false)
  const id = useId()
  const t = useT()
  return (
    <div className="share">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('share.button')}
      </button>
      {open && (
        <OnDemand>
          <SharePopover id={id} />
        </OnDemand>
      )}
    </div>
  )
}
