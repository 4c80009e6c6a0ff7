/** The share link for the workspace: the whole scenario, positions included, after the `#`. */
import { encodeShare } from '../../core/share'
import type { AppState } from '../store/appStore'
import { joinLayout } from '../store/layout'

/** Chat apps start cutting or hiding links around here; QR codes get dense and hard to scan. */
export const LINK_WARN_CHARS = 2000

export function shareFragment(state: Pick<AppState, 'scenario' | 'layout'>): string {
  return encodeShare(joinLayout(state.scenario, state.layout))
}

/** The full link, for the page the app is served from (any sub-path). */
export function shareUrl(
  state: Pick<AppState, 'scenario' | 'layout'>,
  page: { origin: string; pathname: string },
): string {
  return `${page.origin}${page.pathname}#${shareFragment(state)}`
}
