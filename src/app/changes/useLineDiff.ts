/**
 * The change marks' line diff (the core's `changes`, with jsdiff), in a chunk
 * of its own: nothing is marked before the first edit, so the page draws
 * without it and asks for it as it draws. Until it has arrived, every line
 * reads as unchanged.
 */
import { useSyncExternalStore } from 'react'
import type { LineChange } from '../../core'
import { loadOnce } from '../ui/loadOnce'

export type Changes = typeof import('../../core/changes')

let changes: Changes | null = null
const waiting = new Set<() => void>()
const load = loadOnce(() => import('../../core/changes'))

function subscribe(wake: () => void): () => void {
  waiting.add(wake)
  if (!changes) {
    load().then(
      (module) => {
        changes = module
        for (const wake of waiting) wake()
      },
      () => {}, // offline: no marks; the next subscriber asks again
    )
  }
  return () => waiting.delete(wake)
}

const current = () => changes

/** The core's `changes` module once it has arrived, else `null`. */
export function useChanges(): Changes | null {
  return useSyncExternalStore(subscribe, current, current)
}

/** `diffLines`, or every line of `after` unchanged while the diff is on its way. */
export function useLineDiff(): <T>(
  before: readonly T[],
  after: readonly T[],
  key: (line: T) => string,
) => LineChange<T>[] {
  const module = useChanges()
  return module ? module.diffLines : unchanged
}

function unchanged<T>(_before: readonly T[], after: readonly T[]): LineChange<T>[] {
  return after.map((line) => ({ kind: 'same', line }))
}
