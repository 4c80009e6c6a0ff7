/**
 * The share-link codec (DEFLATE with its dictionary) on first use: a page
 * opened without a link never downloads it. A failed download (offline, a
 * redeployed site) is a problem to show, never an uncaught error.
 */
import { fail, ok, type Parsed } from '../../core/parsed'
import { loadOnce } from '../ui/loadOnce'

type ShareCodec = typeof import('../../core/share')

const load = loadOnce(() => import('../../core/share'))

export function loadShareCodec(): Promise<Parsed<ShareCodec>> {
  return load().then(
    (codec) => ok(codec),
    () => fail('share link: the link reader could not be loaded (offline?); reload the page to try again'),
  )
}
