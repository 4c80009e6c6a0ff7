import type { DragEvent } from 'react'
import { useT } from '../i18n'
import { useActions } from '../store/hooks'
import { IMAGES, type ImagePreset } from './images'

export const PALETTE_MIME = 'application/x-link-lab-image'

/**
 * Images with their real defaults. Drag one onto the canvas, or press Enter
 * (or click) to add it at the next free place: the keyboard path.
 */
export function Palette() {
  const actions = useActions()
  const t = useT()
  const onDragStart = (event: DragEvent<HTMLButtonElement>, preset: ImagePreset) => {
    event.dataTransfer.setData(PALETTE_MIME, preset.id)
    event.dataTransfer.effectAllowed = 'copy'
  }
  return (
    <nav className="palette" aria-label={t('palette.title')}>
      <h2 className="panel-title">{t('palette.title')}</h2>
      <ul>
        {IMAGES.map((preset) => (
          <li key={preset.id}>
            <button
              type="button"
              draggable
              className="palette__item"
              data-testid={`palette-${preset.id}`}
              onDragStart={(e) => onDragStart(e, preset)}
              onClick={() => actions.addContainer(preset)}
              title={`${preset.image}: ${t(`palette.role.${preset.id}`)}${preset.expose.length ? ` · EXPOSE ${preset.expose.join(' ')}` : ''}`}
            >
              <span className="palette__label">{preset.id === 'custom' ? t('palette.customLabel') : preset.label}</span>
              <span className="palette__ports">
                {preset.expose.length > 0 ? preset.expose.map((p) => p.replace('/tcp', '')).join(' ') : '—'}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p className="palette__hint">{t('palette.hint')}</p>
    </nav>
  )
}
