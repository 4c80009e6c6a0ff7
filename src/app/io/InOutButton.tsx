import { lazy, Suspense, useState } from 'react'

// The parsers and exporters (yaml, the docker run reader, html-to-image) load only when asked for.
const InOut = lazy(() => import('./InOut'))

export function InOutButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Import / Export
      </button>
      {open && (
        <Suspense fallback={<span className="loading">Loading…</span>}>
          <InOut onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
