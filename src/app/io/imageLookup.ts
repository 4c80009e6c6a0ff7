/** The palette as an image catalogue for the importers: `redis`, `redis:7.4` and `library/redis` all find redis. */
import type { ImageLookup } from '../../core/io'
import { IMAGES } from '../palette/images'

const repository = (ref: string) =>
  ref
    .replace(/^docker\.io\//, '')
    .replace(/^library\//, '')
    .replace(/[:@].*$/, '')

export const paletteImages: ImageLookup = (image) => {
  const exact = IMAGES.find((p) => p.image === image)
  const preset = exact ?? IMAGES.find((p) => p.id !== 'custom' && repository(p.image) === repository(image))
  return preset ? { expose: preset.expose, env: preset.env } : undefined
}
