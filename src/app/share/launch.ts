/**
 * What the page was opened with: a share link in the fragment, and a mode in
 * the query (`?mode=view`). Read once, at start, by main.tsx; the rest of the
 * app never reads `location`.
 */
import type { Parsed, Scenario } from '../../core'
import { loadShareCodec } from './codec'

export interface Launch {
  /** The scenario in the link, a problem with it, or `null` when the page was opened without one. */
  readonly shared: Parsed<Scenario> | null
  readonly mode: 'edit' | 'view'
}

export async function readLaunch(location: { readonly hash: string; readonly search: string }): Promise<Launch> {
  const mode = new URLSearchParams(location.search).get('mode') === 'view' ? 'view' : 'edit'
  return { shared: await readShared(location.hash), mode }
}

/** The scenario in a URL fragment (`#s=1…`), `null` for none. Loads the codec only when there is one. */
export async function readShared(hash: string): Promise<Parsed<Scenario> | null> {
  const fragment = hash.replace(/^#/, '')
  if (fragment === '') return null
  const codec = await loadShareCodec()
  return codec.ok ? codec.value.decodeShare(fragment) : codec
}
