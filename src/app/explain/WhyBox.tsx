import { useT } from '../i18n'
import { useApp } from '../store/hooks'
import { lazyPart, OnDemand } from '../ui/OnDemand'

export const WHY_ID = 'why-this-line'

// The sentences (one per behaviour) are fetched when the page is idle, before the first pointing.
const WhyWords = lazyPart(() => import('./WhyWords').then((m) => m.WhyWords), 'soon', 'why')

/** "Why is this here?": the explanation of the line under the pointer or the focus, beside the listing. */
export function WhyBox() {
  const explained = useApp((s) => s.explained)
  const t = useT()
  return (
    <div id={WHY_ID} className="why" role="status" aria-live="polite">
      {explained ? (
        <OnDemand>
          <WhyWords explained={explained} />
        </OnDemand>
      ) : (
        <p className="why__hint">{t('why.hint')}</p>
      )}
    </div>
  )
}
