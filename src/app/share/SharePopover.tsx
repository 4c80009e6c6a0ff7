import './SharePopover.css'
import { useT } from '../i18n'
import { useApp } from '../store/hooks'
import { CopyButton } from '../ui/CopyButton'
import { LINK_WARN_CHARS, shareUrl } from './shareLink'

/**
 * The link to the whole scenario, its length, and a warning when it is long.
 * Open only while shown: it follows the workspace (a drag moves positions in
 * the link). Loaded on first use, with the share codec it needs.
 */
export default function SharePopover({ id }: { id: string }) {
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
