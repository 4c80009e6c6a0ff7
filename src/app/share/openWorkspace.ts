// Banners are stored in English, the store's language; the banner retells them in the reader's (i18n/retell.ts).
import { enT as t } from '../i18n'
import { joinLayout } from '../store/layout'

const linkProblem = (problem: string) => problem.replace(/^share link: /, '')

/**
 * A share link pasted into the address bar of an open page (only the fragment
 * changes, so the page does not reload): open it as an undoable edit, the
 * work before it one click (or one undo) away.
 */
export async function openPastedLink(
  store: AppStore,
  location: { readonly hash: string; readonly search: string; readonly pathname: string },
  history: Pick<History, 'replaceState'> | null,
): Promise<void> {
  const shared = await readShared(location.hash)
  if (!shared) return
  const { actions, scenario, layout } = store.getState()
  if (!shared.ok) {
    actions.setBanner({
      kind: 'problem',
      text: t('banner.badLinkKept', { problem: linkProblem(shared.problem) }),
    })
    return
  }
  const work = joinLayout(scenario, layout)
  actions.load(shared.value)
  if (work.containers.length > 0) actions.setBanner({ kind: 'kept-work', work })
  history?.replaceState(null, '', `${location.pathname}${location.search}`)
}

/**
 * What the page shows first: a shared scenario from the link (the user's own
 * work kept, one click away), else the autosaved work. A broken link or
 * storage shows a message and the user's work, never a blank page.
 * The only reader of `location` and the only writer of `history` in the app.
 */
import type { AppStore } from '../store/appStore'
import { type Launch, readShared } from './launch'
import { loadWork } from './storage'

export function openWorkspace(
  store: AppStore,
  launch: Launch,
  location: { readonly search: string; readonly pathname: string },
  history: Pick<History, 'replaceState'> | null,
  storage?: Storage | null,
): 'edit' | 'view' {
  const { actions } = store.getState()
  const saved = loadWork(storage)
  const work = saved.kind === 'ok' ? saved.scenario : null
  const savedProblem = saved.kind === 'problem' ? saved.problem : null

  if (launch.mode === 'view') {
    // Presenter mode shows the shared scenario (or the saved work) read-only, and saves nothing.
    if (launch.shared?.ok) actions.reset(launch.shared.value)
    else if (work) actions.reset(work)
    if (launch.shared && !launch.shared.ok) {
      actions.setBanner({ kind: 'problem', text: t('banner.badLink', { problem: linkProblem(launch.shared.problem) }) })
    }
    actions.present(launch.shared?.ok ? work : null)
    history?.replaceState(null, '', `${location.pathname}${location.search}`)
    return 'view'
  }
  if (launch.shared?.ok) {
    const hasWork = work !== null && work.containers.length > 0
    actions.reset(launch.shared.value, hasWork ? { kind: 'kept-work', work } : null)
    // A reload now shows the autosaved copy of what was opened, edits included, not the link again.
    history?.replaceState(null, '', `${location.pathname}${location.search}`)
  } else if (launch.shared) {
    const text = t('banner.badLinkKept', { problem: linkProblem(launch.shared.problem) })
    if (work) actions.reset(work, { kind: 'problem', text })
    else actions.setBanner({ kind: 'problem', text })
  } else if (work) {
    actions.reset(work, savedProblem ? { kind: 'problem', text: savedProblem } : null)
  } else if (savedProblem) {
    actions.setBanner({ kind: 'problem', text: savedProblem })
  }
  return launch.mode
}

/** Leaving presenter mode: the address no longer asks for it, so a reload stays in edit mode. */
export function followMode(
  store: AppStore,
  location: { readonly pathname: string; readonly search: string },
  history: Pick<History, 'replaceState'> | null,
): () => void {
  return store.subscribe((state, previous) => {
    if (state.mode === previous.mode || state.mode !== 'edit') return
    const params = new URLSearchParams(location.search)
    params.delete('mode')
    const search = params.toString()
    history?.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`)
  })
}
