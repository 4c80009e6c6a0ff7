import { useId, useState } from 'react'
import { useT } from '../i18n'
import { useApp } from '../store/hooks'
import { CopyButton } from '../ui/CopyButton'
import { LINK_WARN_CHARS, shareUrl } from './shareLink'

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
      {open && <SharePopover id={id} />}
    </div>
  )
}

/** Open only while shown: it follows the workspace (a drag moves positions in the link), the button does not. */
function SharePopover({ id }: { id: string }) {
  const scenario = useApp((s) => s.scenario)
  const layout = useApp((s) => s.layout)
  const t = useT()
  const url = shareUrl({ scenario, layout }, location)
  const hashLength = url.length - url.indexOf('#') - 1
  return (
    <div id={id} className="share__popover" role="dialog" aria-label={t('share.link')}>
      <p>{t('share.intro')}</p>
      <input
        readOnly
        value={url}
        aria-label={t('share.link')}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="share-url"
      />
      <div className="share__row">
        <span className="share__length">
          {t('share.length', { n: hashLength })}
          {hashLength > LINK_WARN_CHARS && <strong className="field__problem">{t('share.long')}</strong>}
        </span>
        <CopyButton text={url} label={t('share.copy')} />
      </div>
    </div>
  )
}
