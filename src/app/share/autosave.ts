/**
 * Save the workspace whenever it changes (a quarter-second after the last
 * change, so a drag saves once, not sixty times a second).
 */
import type { AppStore } from '../store/appStore'
import { joinLayout } from '../store/layout'
import { saveWork } from './storage'

export function startAutosave(store: AppStore, storage?: Storage | null, delayMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let reported = false
  const save = () => {
    const { scenario, layout, actions, banner } = store.getState()
    const problem = saveWork(joinLayout(scenario, layout), storage)
    if (problem && !reported) {
      reported = true
      if (banner === null) actions.setBanner({ kind: 'problem', text: problem })
    }
    if (!problem) reported = false
  }
  const unsubscribe = store.subscribe((state, previous) => {
    // Presenter mode saves nothing: the user's own work stays as it was.
    if (state.mode === 'view') return
    if (state.scenario === previous.scenario && state.layout === previous.layout && state.mode === previous.mode) return
    clearTimeout(timer)
    timer = setTimeout(save, delayMs)
  })
  const flush = () => {
    if (timer === undefined) return
    clearTimeout(timer)
    timer = undefined
    save()
  }
  addEventListener('pagehide', flush)
  return () => {
    unsubscribe()
    removeEventListener('pagehide', flush)
    flush()
  }
}
