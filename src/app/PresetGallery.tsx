import { useState } from 'react'
import { PRESETS } from './presets'
import { useActions } from './store/hooks'

/** Scenarios that teach one thing each; opening one is an undoable edit. */
export function PresetGallery() {
  const [open, setOpen] = useState(false)
  const actions = useActions()
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Presets
      </button>
      {open && (
        <div className="dialog-backdrop">
          <section className="dialog presets" role="dialog" aria-modal="true" aria-labelledby="presets-title">
            <h2 id="presets-title">Presets</h2>
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
                    <strong>{p.title}</strong>
                    <span>{p.lesson}</span>
                  </button>
                </li>
              ))}
            </ul>
            <div className="dialog__buttons">
              <button type="button" onClick={() => setOpen(false)}>
                Close
              </button>
            </div>
          </section>
        </div>
      )}
    </>
  )
}
