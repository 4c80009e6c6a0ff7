import { lazy, useState } from 'react'
import { useT } from './i18n'
import { OnDemand } from './ui/OnDemand'

const PresetDialog = lazy(() => import('./PresetDialog'))

/** Scenarios that teach one thing each; opening one is an undoable edit. */
export function PresetGallery() {
  const [open, setOpen] = useState(false)
  const t = useT()
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('presets.title')}
      </button>
      {open && (
        <OnDemand>
          <PresetDialog onClose={() => setOpen(false)} />
        </OnDemand>
      )}
    </>
  )
}
