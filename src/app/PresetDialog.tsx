import './PresetDialog.css'
import { useT } from './i18n'
import { PRESETS } from './presets'
import { useActions } from './store/hooks'

/** The gallery's dialog, loaded when first opened: the presets' scenarios are not part of the first load. */
export default function PresetDialog({ onClose }: { onClose: () => void }) {
  const actions = useActions()
  const t = useT()
  return (
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
                  onClose()
                }}
              >
                <strong>{t(`preset.${p.id}.title`)}</strong>
                <span>{t(`preset.${p.id}.lesson`)}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="dialog__buttons">
          <button type="button" onClick={() => onClose()}>
            {t('app.close')}
          </button>
        </div>
      </section>
    </div>
  )
}
