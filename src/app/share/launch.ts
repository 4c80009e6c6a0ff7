/**
 * What the page was opened with: a share link in the fragment, and a mode in
 * the query (`?mode=view`). Read once, at start, by main.tsx; the rest of the
 * app never reads `location`.
 */
import { decodeShare, type Parsed, type Scenario } from '../../core'

export interface Launch {
  /** The scenario in the link, a problem with it, or `null` when the page was opened without one. */
  readonly shared: Parsed<Scenario> | null
  readonly mode: 'edit' | 'view'
}

export function readLaunch(location: { readonly hash: string; readonly search: string }): Launch {
  const mode = new URLSearchParams(location.search).get('mode') === 'view' ? 'view' : 'edit'
  const hash = location.hash.replace(/^#/, '')
  const shared = hash === '' ? null : decodeShare(hash)
  return { shared, mode }
}
