/**
 * Autosave: the whole workspace (scenario with positions) in the browser's
 * storage, read back through the same validating parser as everything else.
 * Storage that is full, unavailable or corrupted gives a message, never a crash.
 */
import { parseScenario, type Scenario } from '../../core'
// The messages are stored in English, the store's language; the banner retells them in the reader's (i18n/retell.ts).
import { enT as t } from '../i18n'

export const WORK_KEY = 'link-lab:work:v1'

export type Loaded =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly scenario: Scenario }
  | { readonly kind: 'problem'; readonly problem: string }

/** The saved workspace, if any. */
export function loadWork(storage: Storage | null = safeStorage()): Loaded {
  if (!storage) return { kind: 'problem', problem: t('storage.off') }
  let text: string | null
  try {
    text = storage.getItem(WORK_KEY)
  } catch {
    return { kind: 'problem', problem: t('storage.blocked') }
  }
  if (text === null) return { kind: 'none' }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { kind: 'problem', problem: t('storage.damaged') }
  }
  const parsed = parseScenario(json)
  if (!parsed.ok) {
    return { kind: 'problem', problem: t('storage.unreadable', { problem: parsed.problem }) }
  }
  return { kind: 'ok', scenario: parsed.value }
}

/** Save the workspace; returns a problem line when the browser refused. */
export function saveWork(scenario: Scenario, storage: Storage | null = safeStorage()): string | null {
  if (!storage) return t('storage.notSavedOff')
  try {
    storage.setItem(WORK_KEY, JSON.stringify(scenario))
    return null
  } catch (error) {
    const full = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
    return full ? t('storage.notSavedFull') : t('storage.notSavedRefused')
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}
