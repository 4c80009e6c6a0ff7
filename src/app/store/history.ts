/**
 * Undo and redo as stacks of earlier workspaces. The scenario and layout are
 * immutable, so a snapshot is two references, and 200 steps cost nothing.
 */
import type { Scenario } from '../../core'
import type { Layout } from './layout'

export interface Snapshot {
  readonly scenario: Scenario
  readonly layout: Layout
}

export interface History {
  readonly past: readonly Snapshot[]
  readonly future: readonly Snapshot[]
}

export const EMPTY_HISTORY: History = { past: [], future: [] }

/** How many steps undo keeps. */
export const HISTORY_LIMIT = 200

/** Remember `before` as the state an undo returns to; a new edit forgets what was undone. */
export function recorded(history: History, before: Snapshot): History {
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1) : history.past
  return { past: [...past, before], future: [] }
}

/** The state to go back to, and the history after going there; `null` when there is nothing to undo. */
export function undone(history: History, current: Snapshot): { to: Snapshot; history: History } | null {
  const to = history.past.at(-1)
  if (!to) return null
  return { to, history: { past: history.past.slice(0, -1), future: [current, ...history.future] } }
}

export function redone(history: History, current: Snapshot): { to: Snapshot; history: History } | null {
  const to = history.future[0]
  if (!to) return null
  return { to, history: { past: [...history.past, current], future: history.future.slice(1) } }
}
