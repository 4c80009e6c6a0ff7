import { useState } from 'react'
import { useT } from './i18n'
import { lazyPart, OnDemand } from './ui/OnDemand'

const PresetDialog = lazyPart(() => import('./PresetDialog').then((m) => m.default), 'on-use', 'tools')

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
