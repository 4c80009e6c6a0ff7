/**
 * The share-link codec (DEFLATE with its dictionary) on first use: a page
 * opened without a link never downloads it. A failed download (offline, a
 * redeployed site) is a problem to show, never an uncaught error.
 */
import { fail, ok, type Parsed } from '../../core/parsed'

type ShareCodec = typeof import('../../core/share')

let loading: Promise<Parsed<ShareCodec>> | null = null

export function loadShareCodec(): Promise<Parsed<ShareCodec>> {
  loading ??= import('../../core/share').then(
    (codec) => ok(codec),
    () => {
      loading = null // let the next attempt try again
      return fail('share link: the link reader could not be loaded (offline?); reload the page to try again')
    },
  )
  return loading
}
