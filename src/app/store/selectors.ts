/**
 * Selectors over the store. The engine is called here and nowhere else in the
 * app, memoized on the scenario and the timeline step: moving a node changes
 * the layout, not the scenario, so dragging never re-derives.
 */
import { type ContainerState, type Derivation, type DockerEra, derive, ERAS, type Scenario } from '../../core'
import type { AppState } from './appStore'
import { derived } from './derived'

/** The last few derivations: the change marks' "before" and an era comparison are usually among them. */
const recent: { scenario: Scenario; step: number | null; derivation: Derivation }[] = []

function derivationOf(scenario: Scenario, step: number | null): Derivation {
  const hit = recent.find((r) => r.scenario === scenario && r.step === step)
  if (hit) return hit.derivation
  const derivation = derive(scenario, step === null ? {} : { steps: step })
  recent.unshift({ scenario, step, derivation })
  recent.length = Math.min(recent.length, 4)
  return derivation
}

export const selectDerivation: (state: AppState) => Derivation = derived(
  (s: AppState) => [s.scenario, s.step],
  derivationOf,
)

/** The host before the last change, or `null` (nothing to compare with yet). */
export const selectBaseline: (state: AppState) => Derivation | null = derived(
  (s: AppState) => [s.baseline],
  (baseline) => (baseline ? derivationOf(baseline.scenario, baseline.step) : null),
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

/** The same scenario in another era (its bridge moved to that era's default if it was on this one's). */
const eraVariant = new WeakMap<Scenario, Map<DockerEra, Scenario>>()
export function selectDerivationInEra(state: AppState, era: DockerEra): Derivation {
  const { scenario } = state
  let variants = eraVariant.get(scenario)
  if (!variants) {
    variants = new Map()
    eraVariant.set(scenario, variants)
  }
  let variant = variants.get(era)
  if (!variant) {
    const wasDefault = scenario.daemon.bridgeIp === ERAS[scenario.docker].defaultBridgeIp
    variant = {
      ...scenario,
      docker: era,
      daemon: wasDefault ? { ...scenario.daemon, bridgeIp: ERAS[era].defaultBridgeIp } : scenario.daemon,
    }
    variants.set(era, variant)
  }
  return derivationOf(variant, state.step)
}
