/**
 * The canvas's own facts about containers: a stable id per container (so a
 * rename or a new start order does not remount its node) and positions. The
 * engine never reads any of it.
 */
import type { Scenario, XY } from '../../core'

export interface Layout {
  /** One id per container, parallel to `scenario.containers`. */
  readonly ids: readonly string[]
  readonly positions: Readonly<Record<string, XY>>
  /** The next id number to hand out. */
  readonly next: number
}

export const EMPTY_LAYOUT: Layout = { ids: [], positions: {}, next: 1 }

/** Where a container without a position goes: a grid above the bridge. */
export function defaultPosition(index: number): XY {
  return { x: 40 + (index % 4) * 240, y: 40 + Math.floor(index / 4) * 170 }
}

/** The first grid place no card covers: where a container added from the keyboard goes. */
export function freePosition(layout: Layout): XY {
  const taken = layout.ids.flatMap((id) => {
    const p = layout.positions[id]
    return p ? [p] : []
  })
  for (let i = 0; ; i++) {
    const place = defaultPosition(i)
    if (!taken.some((p) => Math.abs(p.x - place.x) < 220 && Math.abs(p.y - place.y) < 150)) return place
  }
}

/** Move positions out of a loaded scenario, so dragging never changes what the engine reads. */
export function splitLayout(scenario: Scenario, start = 1): { scenario: Scenario; layout: Layout } {
  const ids: string[] = []
  const positions: Record<string, XY> = {}
  const containers = scenario.containers.map(({ position, ...container }, i) => {
    const id = `c${start + i}`
    ids.push(id)
    positions[id] = position ?? defaultPosition(i)
    return container
  })
  return { scenario: { ...scenario, containers }, layout: { ids, positions, next: start + containers.length } }
}

/** Put positions back: the scenario a share link or a file carries. */
export function joinLayout(scenario: Scenario, layout: Layout): Scenario {
  return {
    ...scenario,
    containers: scenario.containers.map((container, i) => {
      const id = layout.ids[i]
      const position = id === undefined ? undefined : layout.positions[id]
      return position ? { ...container, position: { x: Math.round(position.x), y: Math.round(position.y) } } : container
    }),
  }
}
