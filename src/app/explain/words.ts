/**
 * An explanation in plain words. The facts (behaviour, values, release,
 * source) come from the core; only the sentences live in the catalogs, one
 * `why.<behaviour>` each (src/app/i18n).
 */
import type { Behaviour, DaemonStep, Explanation } from '../../core'
import type { Translate } from '../i18n'
import { enWhy } from '../i18n/en.why'

/** The catalog key of every behaviour the core names. */
type WhyKey = `why.${Exclude<Behaviour, `daemon-${string}`> | `daemon-${DaemonStep}`}`

const known = (key: string): key is WhyKey => Object.hasOwn(enWhy, key)

export function explanationWords(e: Explanation, t: Translate): string {
  const key = `why.${e.behaviour}`
  // `t(key)` compiles only while every behaviour the core names has its sentence in the catalogs.
  return known(key) ? t(key, e.params) : e.behaviour
}
