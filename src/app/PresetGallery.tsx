import { useState } from 'react'
import { useT } from './i18n'
import { PRESETS } from './presets'
import { useActions } from './store/hooks'

/** Scenarios that teach one thing each; opening one is an undoable edit. */
export function PresetGallery() {
  const [open, setOpen] = useState(false)
  const actions = useActions()
  const t = useT()
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('presets.title')}
      </button>
      {open && (
        <div className="dialog-backdrop">
          <section className="dialog presets" role="dialog" aria-modal="true" aria-labelledby="presets-title">
            <h2 id="presets-title">{t('presets.title')}</h2>
            <ul>
              {PRESETS.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="presets__item"
                    onClick={() => {
                      actions.load(p.scenario)
                      setOpen(false)
                    }}
                  >
                    <strong>{t(`preset.${p.id}.title`)}</strong>
                    <span>{t(`preset.${p.id}.lesson`)}</span>
                  </button>
                </li>
              ))}
            </ul>
            <div className="dialog__buttons">
              <button type="button" onClick={() => setOpen(false)}>
                {t('app.close')}
              </button>
            </div>
          </section>
        </div>
      )}
    </>
  )
}
