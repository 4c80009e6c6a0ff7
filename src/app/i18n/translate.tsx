/**
 * `t`: a catalog turned into one typed function. `t('env.selectFirst')` for a
 * plain string, `t('env.noLinks', { name })` for a sentence with values: the
 * key must exist and the values must be the ones that sentence takes, or the
 * call does not compile.
 */
import { Fragment, type ReactNode } from 'react'
import type { Messages } from './en'

export type Lang = 'en' | 'zh'
export type MessageKey = keyof Messages
/** Keys whose message is a plain string. */
export type TextKey = { [K in MessageKey]: Messages[K] extends string ? K : never }[MessageKey]
/** Keys whose message is a sentence built from values. */
export type ParamKey = Exclude<MessageKey, TextKey>
export type Params<K extends ParamKey> = Parameters<Messages[K]>[0]

export interface Translate {
  <K extends TextKey>(key: K): string
  <K extends ParamKey>(key: K, params: Params<K>): string
  /** The language of these words. */
  readonly lang: Lang
  /**
   * A sentence that reached the interface already in English (a notice of the store, a banner, a reason of
   * the core's packet walk), said again in this language when it is one this language knows; else as it came.
   */
  readonly retell: (english: string) => string
}

const asItCame = (english: string): string => english

/**
 * `messages` may lack the words of a part loaded on demand until that part has
 * arrived (English: see `loadEnglish`); a key asked for before then reads as itself.
 */
export function makeT(
  messages: Partial<Messages>,
  lang: Lang,
  retell: (english: string) => string = asItCame,
): Translate {
  const t = (key: MessageKey, params?: unknown): string => {
    const message = messages[key] as string | ((p: unknown) => string) | undefined
    if (message === undefined) return key
    return typeof message === 'function' ? message(params) : message
  }
  return Object.assign(t, { lang, retell }) as Translate
}

const SLOT = /\{(\w+)\}/

/**
 * A message with `{slot}` places, the places filled with markup:
 * `rich(t('hosts.bar'), { cmd: <code>cat /etc/hosts</code>, name: <strong>{name}</strong> })`.
 * Text stays text nodes, so the sentence reads the same to a screen reader and to a test.
 */
export function rich(text: string, slots: Readonly<Record<string, ReactNode>>): ReactNode {
  const parts = text.split(SLOT)
  return parts.map((part, i) =>
    i % 2 === 0 ? (
      part
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one sentence, in order
      <Fragment key={i}>{part in slots ? slots[part] : `{${part}}`}</Fragment>
    ),
  )
}

/** The `{slot}` names of a message, for checking that every language keeps them. */
export function slotsOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()
}
