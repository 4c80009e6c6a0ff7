import { lazy, Suspense, useState } from 'react'
import { useT } from '../i18n'

// The parsers and exporters (yaml, the docker run reader, html-to-image) load only when asked for.
const InOut = lazy(() => import('./InOut'))

export function InOutButton() {
  const [open, setOpen] = useState(false)
  const t = useT()
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('inout.button')}
      </button>
      {open && (
        <Suspense fallback={<span className="loading">{t('app.loading')}</span>}>
          <InOut onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
