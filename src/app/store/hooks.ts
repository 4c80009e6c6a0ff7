import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { AppState, AppStore } from './appStore'
import { selectDerivation } from './selectors'

export const StoreContext = createContext<AppStore | null>(null)

/** Read the app store: a field, a primitive, or a `derived` selector. Never build objects inline. */
export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext)
  if (store === null) throw new Error('useApp: render inside <StoreContext.Provider>')
  return useStore(store, selector)
}

/** The store itself, for event handlers that read it when they run instead of subscribing. */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext)
  if (store === null) throw new Error('useAppStore: render inside <StoreContext.Provider>')
  return store
}

/** The actions, without subscribing: they never change. For the many nodes and edges of the canvas. */
export const useStableActions = () => useAppStore().getState().actions

export const useDerivation = () => useApp(selectDerivation)
export const useActions = () => useApp((s) => s.actions)
export const useScenario = () => useApp((s) => s.scenario)
