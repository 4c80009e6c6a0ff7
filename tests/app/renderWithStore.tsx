import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { type AppStore, createAppStore } from '../../src/app/store/appStore'
import { StoreContext } from '../../src/app/store/hooks'
import type { Scenario } from '../../src/core'

/** Render `ui` with a fresh store (one per test, never a global). */
export function renderWithStore(ui: ReactNode, scenario?: Scenario): { store: AppStore } & ReturnType<typeof render> {
  const store = createAppStore(scenario)
  const result = render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>)
  return { store, ...result }
}
