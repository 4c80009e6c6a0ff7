/**
 * Autosave: the whole workspace (scenario with positions) in the browser's
 * storage, read back through the same validating parser as everything else.
 * Storage that is full, unavailable or corrupted gives a message, never a crash.
 */
import { parseScenario, type Scenario } from '../../core'

export const WORK_KEY = 'link-lab:work:v1'

export type Loaded =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly scenario: Scenario }
  | { readonly kind: 'problem'; readonly problem: string }

/** The saved workspace, if any. */
export function loadWork(storage: Storage | null = safeStorage()): Loaded {
  if (!storage)
    return { kind: 'problem', problem: 'This browser does not let Link Lab save your work here (storage is off).' }
  let text: string | null
  try {
    text = storage.getItem(WORK_KEY)
  } catch {
    return { kind: 'problem', problem: 'Your saved work could not be read (storage is blocked).' }
  }
  if (text === null) return { kind: 'none' }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return {
      kind: 'problem',
      problem: 'Your saved work was damaged (not JSON), so Link Lab started empty. It was left untouched in storage.',
    }
  }
  const parsed = parseScenario(json)
  if (!parsed.ok) {
    return {
      kind: 'problem',
      problem: `Your saved work could not be read (${parsed.problem}), so Link Lab started empty.`,
    }
  }
  return { kind: 'ok', scenario: parsed.value }
}

/** Save the workspace; returns a problem line when the browser refused. */
export function saveWork(scenario: Scenario, storage: Storage | null = safeStorage()): string | null {
  if (!storage) return 'Your work is not being saved: this browser has storage turned off.'
  try {
    storage.setItem(WORK_KEY, JSON.stringify(scenario))
    return null
  } catch (error) {
    const full = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
    return full
      ? 'Your work is not being saved: the browser’s storage is full. Share it as a link or export it to keep it.'
      : 'Your work is not being saved: the browser refused to store it.'
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}
