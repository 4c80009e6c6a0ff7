/**
 * Pasted text or a dropped file, whatever it is: scenario JSON, a share link,
 * a compose file or a shell session with `docker run` lines. Every path ends in
 * parseScenario. Refuses input too large to be a scenario before parsing it.
 */
import { type DockerEra, parseScenario, type Scenario } from '../../core'
import { type ImportProblem, importCompose, importDockerRun } from '../../core/io'
import { decodeShare, isShareLink } from '../../core/share'
import { enT, type Translate } from '../i18n'
import { paletteImages } from './imageLookup'

/** A paste or a file larger than this is not a scenario anyone typed: refuse it before it freezes the tab. */
export const MAX_IMPORT_CHARS = 1_000_000

export type ReadResult =
  | {
      readonly ok: true
      readonly kind: 'json' | 'link' | 'compose' | 'docker run'
      readonly scenario: Scenario
      readonly ignored: readonly string[]
      readonly notes: readonly string[]
    }
  | { readonly ok: false; readonly problem: string; readonly at?: ImportProblem }

/**
 * Read `text` as whatever it is. The app's own words (`t`) say what went wrong with the input as a whole;
 * the readers' diagnostics (the core's, quoting the input) stay as they are.
 */
export function readAnything(text: string, docker: DockerEra, t: Translate = enT): ReadResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return {
      ok: false,
      problem: t('inout.tooLarge', {
        chars: text.length.toLocaleString('en'),
        max: MAX_IMPORT_CHARS.toLocaleString('en'),
      }),
    }
  }
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, problem: t('inout.nothing') }
  if (trimmed.startsWith('{')) {
    let json: unknown
    try {
      json = JSON.parse(trimmed)
    } catch (error) {
      return {
        ok: false,
        problem: t('inout.notJson', { why: error instanceof Error ? error.message : t('inout.unreadable') }),
      }
    }
    const parsed = parseScenario(json)
    return parsed.ok
      ? { ok: true, kind: 'json', scenario: parsed.value, ignored: [], notes: parsed.warnings }
      : { ok: false, problem: parsed.problem }
  }
  if (!trimmed.includes('\n') && isShareLink(trimmed)) {
    const decoded = decodeShare(trimmed)
    return decoded.ok
      ? { ok: true, kind: 'link', scenario: decoded.value, ignored: [], notes: [] }
      : { ok: false, problem: decoded.problem }
  }
  if (/^services\s*:/m.test(trimmed)) {
    const read = importCompose(trimmed, { docker, images: paletteImages })
    return read.ok
      ? { ok: true, kind: 'compose', scenario: read.scenario, ignored: [], notes: read.notes }
      : { ok: false, problem: read.problem }
  }
  const read = importDockerRun(trimmed, { docker, images: paletteImages })
  if (!read.ok) return { ok: false, problem: read.problem.message, at: read.problem }
  return {
    ok: true,
    kind: 'docker run',
    scenario: read.scenario,
    ignored: read.ignored.map((f) =>
      t('inout.ignoredFlag', { line: f.line, flag: `${f.flag}${f.value !== undefined ? ` ${f.value}` : ''}` }),
    ),
    notes: read.notes,
  }
}
