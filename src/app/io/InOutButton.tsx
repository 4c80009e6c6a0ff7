import { useState } from 'react'
import { useT } from '../i18n'
import { lazyPart, OnDemand } from '../ui/OnDemand'

// The parsers and exporters (yaml, the docker run reader, html-to-image) load only when asked for.
const InOut = lazyPart(() => import('./InOut').then((m) => m.default), 'on-use', 'tools')

export function InOutButton() {
  const [open, setOpen] = useState(false)
  const t = useT()
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('inout.button')}
      </button>
      {open && (
        <OnDemand>
          <InOut onClose={() => setOpen(false)} />
        </OnDemand>
      )}
    </>
  )
}
