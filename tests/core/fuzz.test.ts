/**
 * Every decoder of untrusted input, fuzzed: for random and mutated inputs
 * (truncated, bit-flipped, huge, deeply nested, wrong types, unicode,
 * `__proto__` keys) each returns a value or one clear line, and never throws,
 * hangs or pollutes prototypes. Bounded runs, so `npm test` stays fast.
 */
import fc from 'fast-check'
import { strToU8 } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { derive, parseScenario } from '../../src/core'
import { encodeBase64url } from '../../src/core/base64url'
import { importCompose, importDockerRun } from '../../src/core/io'
import { decodeShare, encodeShare } from '../../src/core/share'
import { anyScenario, rawScenario } from '../arbitraries'

const RUNS = { numRuns: 400 }

/** A problem is one readable line. */
function expectClearProblem(problem: string): void {
  expect(problem.length).toBeGreaterThan(0)
  expect(problem.length).toBeLessThan(400)
  expect(problem).not.toMatch(/\n/)
  expect(problem).not.toMatch(/at [\w.]+ \(|TypeError|undefined is not/)
}

/** JSON-ish values of every shape, with keys that try to reach prototypes. */
const nastyKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'name',
  'links',
  'containers',
  'version',
  'docker',
  '',
)
const anyJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.string({ unit: 'grapheme' }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(nastyKey, fc.string()), tie('value'), { maxKeys: 5 }),
  ),
})).value

/** A valid scenario's JSON with one field replaced by something else. */
const mutatedScenario = fc
  .tuple(rawScenario, fc.array(fc.oneof(nastyKey, fc.nat(5).map(String)), { minLength: 1, maxLength: 4 }), anyJson)
  .map(([raw, path, value]) => {
    const copy = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>
    let at: Record<string, unknown> = copy
    for (const key of path.slice(0, -1)) {
      // Own properties only: `at.__proto__` would be Object.prototype itself.
      const next = Object.hasOwn(at, key) ? at[key] : undefined
      if (typeof next !== 'object' || next === null) break
      at = next as Record<string, unknown>
    }
    Object.defineProperty(at, path.at(-1) ?? 'x', { value, enumerable: true, configurable: true, writable: true })
    return copy
  })

/** Deep nesting: `[[[[…]]]]` or `{"a":{"a":…}}`. */
const deep = fc.integer({ min: 1, max: 5000 }).map((n) => JSON.parse(`${'['.repeat(n)}${']'.repeat(n)}`))

const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort()
afterAll(() => {
  // Nothing in any decoder may have written onto Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

describe('parseScenario', () => {
  it('reads any JSON value as a scenario or one clear problem', () => {
    fc.assert(
      fc.property(fc.oneof(anyJson, mutatedScenario, deep), (json) => {
        const parsed = parseScenario(json)
        if (!parsed.ok) expectClearProblem(parsed.problem)
        else derive(parsed.value).report // and whatever it accepted, the engine derives
      }),
      RUNS,
    )
  })

  it('refuses an absurd number of containers with a message, without deriving', () => {
    const parsed = parseScenario({
      version: 1,
      containers: Array.from({ length: 6000 }, (_, i) => ({ name: `c${i}` })),
    })
    expect(parsed).toEqual({ ok: false, problem: 'containers: has more than 5000 containers' })
  })

  it('refuses a huge string field', () => {
    const parsed = parseScenario({ version: 1, containers: [{ name: 'x'.repeat(100_000) }] })
    expect(parsed.ok).toBe(false)
  })
})

describe('decodeShare', () => {
  const valid = anyScenario.map((s) => encodeShare(s))

  it('decodes any string to a scenario or one clear problem', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string().map((s) => `#s=1z${s}`),
        ),
        (link) => {
          const decoded = decodeShare(link)
          if (!decoded.ok) expectClearProblem(decoded.problem)
        },
      ),
      RUNS,
    )
  })

  it('survives truncation and bit flips of real links', () => {
    fc.assert(
      fc.property(valid, fc.nat(), fc.nat(63), (link, cut, flip) => {
        const truncated = link.slice(0, cut % (link.length + 1))
        const at = cut % link.length
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
        const flipped = `${link.slice(0, at)}${alphabet[flip]}${link.slice(at + 1)}`
        for (const l of [truncated, flipped]) {
          const decoded = decodeShare(`#${l}`)
          if (!decoded.ok) expectClearProblem(decoded.problem)
          else derive(decoded.value).report
        }
      }),
      RUNS,
    )
  })

  it('decodes any compact JSON payload through the parser', () => {
    fc.assert(
      fc.property(anyJson, (json) => {
        const decoded = decodeShare(`#s=1j${encodeBase64url(strToU8(JSON.stringify(json) ?? 'null'))}`)
        if (!decoded.ok) expectClearProblem(decoded.problem)
      }),
      RUNS,
    )
  })

  it('refuses a link that is far too long before decoding it', () => {
    expect(decodeShare(`#s=1z${'A'.repeat(200_000)}`)).toEqual({
      ok: false,
      problem: 'share link: longer than 100000 characters, not read',
    })
  })
})

/** Shell-ish text: docker run fragments, quotes, escapes, unicode. */
const shellText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'docker',
        'run',
        'sudo',
        '-d',
        '--name',
        '--link',
        '-e',
        '--expose',
        '-p',
        '\\\n',
        "'",
        '"',
        '$ ',
        '#',
        ':',
        '=',
        '--',
        'redis',
        'a:b:c',
      ),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((words) => words.join(' '))

describe('importDockerRun', () => {
  it('reads any text as a scenario or one problem pointing at a line and a word', () => {
    fc.assert(
      fc.property(fc.oneof(shellText, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        const read = importDockerRun(text)
        if (!read.ok) {
          expectClearProblem(read.problem.message)
          expect(read.problem.line).toBeGreaterThanOrEqual(1)
        } else derive(read.scenario).report
      }),
      RUNS,
    )
  })
})

/** YAML-ish text, including anchors, aliases and merge keys. */
const yamlText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'services:',
        '  web:',
        '    image: x',
        '    links:',
        '      - db',
        '  db: &a',
        '    <<: *a',
        '- *a',
        'x: [*a, *a, *a]',
        '!!binary',
        '{',
        '}',
        '  "',
        "'",
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 25 },
  )
  .map((lines) => lines.join('\n'))

describe('importCompose', () => {
  it('reads any text as a scenario or one clear problem', () => {
    fc.assert(
      fc.property(fc.oneof(yamlText, fc.string({ maxLength: 300 })), (text) => {
        const read = importCompose(text)
        if (!read.ok) expectClearProblem(read.problem)
        else derive(read.scenario).report
      }),
      RUNS,
    )
  })

  it('refuses the billion laughs instead of expanding it', () => {
    const laughs = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...Array.from({ length: 8 }, (_, i) => {
        const prev = String.fromCharCode(97 + i)
        const next = String.fromCharCode(98 + i)
        return `${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`
      }),
      'services:',
      '  web:',
      '    image: *i',
    ].join('\n')
    const read = importCompose(laughs)
    expect(read.ok).toBe(false)
  })
})
