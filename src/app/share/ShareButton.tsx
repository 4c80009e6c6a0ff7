import { useId, useState } from 'react'
import { useApp } from '../store/hooks'
import { CopyButton } from '../ui/CopyButton'
import { LINK_WARN_CHARS, shareUrl } from './shareLink'

/** Share: the link to the whole scenario, its length, and a warning when it is long. */
export function ShareButton() {
  const [open, setOpen] = useState(false)
  const scenario = useApp((s) => s.scenario)
  const layout = useApp((s) => s.layout)
  const id = useId()
  const url = open ? shareUrl({ scenario, layout }, location) : ''
  const hashLength = url.length - url.indexOf('#') - 1
  return (
    <div className="share">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Share
      </button>
      {open && (
        <div id={id} className="share__popover" role="dialog" aria-label="Share link">
          <p>Anyone who opens this link sees this scenario; nothing is stored on a server.</p>
          <input
            readOnly
            value={url}
            aria-label="Share link"
            onFocus={(e) => e.currentTarget.select()}
            data-testid="share-url"
          />
          <div className="share__row">
            <span className="share__length">
              {hashLength} characters after the #
              {hashLength > LINK_WARN_CHARS && (
                <strong className="field__problem"> · long: some chat apps and QR codes will not carry it</strong>
              )}
            </span>
            <CopyButton text={url} label="Copy the share link" />
          </div>
        </div>
      )}
    </div>
  )
}
