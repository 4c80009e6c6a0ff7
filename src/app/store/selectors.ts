/**
 * Selectors over the store. `selectDerivation` is the app's only call into
 * the engine, memoized on the scenario: moving a node changes the layout, not
 * the scenario, so dragging never re-derives.
 */
import { type ContainerState, type Derivation, derive } from '../../core'
import type { AppState } from './appStore'
import { derived } from './derived'

export const selectDerivation: (state: AppState) => Derivation = derived(
  (s: AppState) => [s.scenario],
  (scenario) => derive(scenario),
)

/** The selected container's index in the scenario, or -1. */
export function selectSelectedIndex(state: AppState): number {
  const { selection } = state
  return selection?.kind === 'container' ? state.layout.ids.indexOf(selection.id) : -1
}

/** What the engine says about the container with this canvas id. */
export function selectContainerState(state: AppState, id: string): ContainerState | undefined {
  const index = state.layout.ids.indexOf(id)
  return index < 0 ? undefined : selectDerivation(state).containers[index]
}
