import { useApp } from '../store/hooks'
import { explanationWords } from './words'

export const WHY_ID = 'why-this-line'

/** "Why is this here?": the explanation of the line under the pointer or the focus, beside the listing. */
export function WhyBox() {
  const explained = useApp((s) => s.explained)
  return (
    <div id={WHY_ID} className="why" role="status" aria-live="polite">
      {explained ? (
        <>
          <p className="why__text">{explanationWords(explained)}</p>
          <p className="why__since">
            Docker {explained.since} and later · <code>{explained.source}</code>
          </p>
        </>
      ) : (
        <p className="why__hint">Point at or focus any line to see why it is there.</p>
      )}
    </div>
  )
}
