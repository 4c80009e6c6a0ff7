import { rich, useT } from '../i18n'
import { useApp } from '../store/hooks'
import { explanationWords } from './words'

export const WHY_ID = 'why-this-line'

/** "Why is this here?": the explanation of the line under the pointer or the focus, beside the listing. */
export function WhyBox() {
  const explained = useApp((s) => s.explained)
  const t = useT()
  return (
    <div id={WHY_ID} className="why" role="status" aria-live="polite">
      {explained ? (
        <>
          <p className="why__text">{explanationWords(explained, t)}</p>
          <p className="why__since">
            {rich(t('why.since'), { since: explained.since, source: <code>{explained.source}</code> })}
          </p>
        </>
      ) : (
        <p className="why__hint">{t('why.hint')}</p>
      )}
    </div>
  )
}
