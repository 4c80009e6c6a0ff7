/**
 * The interface's language: English, or Simplified Chinese loaded on demand
 * (its catalog is a chunk of its own, so the first load of an English reader
 * does not carry it). A tiny store of its own, outside the scenario store and
 * its undo history; components read it with `useT()` and need no provider:
 * until told otherwise, and while Chinese loads, everything is English.
 */
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { loadOnce } from '../ui/loadOnce'
import type { Messages } from './en'
import { en } from './en'
import { type Lang, makeT, type Translate } from './translate'

export { type Lang, rich, type Translate } from './translate'
export type { Messages }

export const LANG_KEY = 'link-lab:lang'

/** The choices, each in its own language. */
export const LANGUAGES: readonly { readonly lang: Lang; readonly name: string }[] = [
  { lang: 'en', name: 'English' },
  { lang: 'zh', name: '简体中文' },
]

/** English: the page's words at once; a part's words (en.why.ts, en.tools.ts) when that part is loaded. */
const english: Partial<Messages> = { ...en }

/** English words, for code that runs outside React or before any choice. */
export const enT: Translate = makeT(english, 'en')

const ENGLISH_PARTS = {
  panels: () => import('./en.panels').then((m) => m.enPanels),
  why: () => import('./en.why').then((m) => m.enWhy),
  tools: () => import('./en.tools').then((m) => m.enTools),
}

export type EnglishPart = keyof typeof ENGLISH_PARTS

/**
 * The English words of a part loaded on demand, for its loader to wait on with
 * its code (`lazyPart(load, when, 'tools')` in ui/OnDemand.tsx), so the part
 * never renders before its words are here.
 */
export async function loadEnglish(part: EnglishPart): Promise<void> {
  Object.assign(english, await ENGLISH_PARTS[part]())
}

interface LanguageState {
  /** The language chosen. */
  readonly lang: Lang
  /** The words shown: English until the chosen language's catalog has arrived. */
  readonly t: Translate
}

export const languageStore = createStore<LanguageState>()(() => ({ lang: 'en', t: enT }))

let zhT: Translate | null = null

// A failed download is forgotten: a later choice tries again.
const loadChinese = loadOnce(() =>
  import('./zh').then(({ zh, retellInChinese }) => {
    zhT = makeT(zh, 'zh', retellInChinese)
    return zhT
  }),
)

function apply(t: Translate): void {
  languageStore.setState({ t })
  if (typeof document !== 'undefined') document.documentElement.lang = t.lang === 'zh' ? 'zh-CN' : 'en'
}

/** Show `lang`: at once when its words are here, else when they arrive (if it is still the choice then). */
function show(lang: Lang): Promise<void> {
  languageStore.setState({ lang })
  if (lang === 'en') {
    apply(enT)
    return Promise.resolve()
  }
  if (zhT) {
    apply(zhT)
    return Promise.resolve()
  }
  return loadChinese().then(
    (t) => {
      if (languageStore.getState().lang === lang) apply(t)
    },
    () => {
      // Offline or the chunk is gone: stay in the language shown, and say so in the switcher.
      if (languageStore.getState().lang === lang) languageStore.setState({ lang: languageStore.getState().t.lang })
    },
  )
}

const isLang = (value: unknown): value is Lang => value === 'en' || value === 'zh'

/** The language to start in: the remembered choice, else Chinese for a browser that asks for it, else English. */
export function preferredLanguage(
  storage: Storage | null = safeStorage(),
  nav: { readonly language?: string } | undefined = typeof navigator === 'undefined' ? undefined : navigator,
): Lang {
  let stored: string | null = null
  try {
    stored = storage?.getItem(LANG_KEY) ?? null
  } catch {
    stored = null
  }
  if (isLang(stored)) return stored
  return nav?.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}

/** At start (main.tsx): show the preferred language. Resolves when its words are shown. */
export function startLanguage(storage: Storage | null = safeStorage()): Promise<void> {
  return show(preferredLanguage(storage))
}

/** The user's choice: remembered, then shown. Resolves when its words are shown. */
export function setLanguage(lang: Lang, storage: Storage | null = safeStorage()): Promise<void> {
  try {
    storage?.setItem(LANG_KEY, lang)
  } catch {
    // Storage off or full: the choice holds for this visit.
  }
  return show(lang)
}

/** The words of the language shown. */
export const useT = (): Translate => useStore(languageStore, (s) => s.t)
/** The language chosen (the switcher's value). */
export const useLanguage = (): Lang => useStore(languageStore, (s) => s.lang)

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}
