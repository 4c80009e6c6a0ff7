import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deriveReport, parseScenario, type Report } from '../../src/core'

const GOLDEN = new URL('../fixtures/golden/', import.meta.url)

interface Golden {
  readonly scenario: unknown
  readonly report: {
    readonly containers: readonly Record<string, unknown>[]
    readonly iptables?: { readonly filter: readonly string[]; readonly nat: readonly string[] }
    readonly errors: readonly unknown[]
  }
  readonly orderFree?: readonly { table: 'filter' | 'nat'; from: number; to: number }[]
}

const cases = readdirSync(GOLDEN).filter((file) => file.endsWith('.json'))
const read = (file: string): Golden => JSON.parse(readFileSync(new URL(file, GOLDEN), 'utf8'))

/** Sort each line range whose order Docker leaves to Go's map iteration. */
function freeOrder(lines: readonly string[], table: string, golden: Golden): string[] {
  const out = [...lines]
  for (const range of golden.orderFree ?? []) {
    if (range.table !== table) continue
    out.splice(range.from, range.to - range.from, ...out.slice(range.from, range.to).sort())
  }
  return out
}

describe('deriveReport reproduces what Docker produced', () => {
  it('has the contract examples to check', () => expect(cases.length).toBeGreaterThanOrEqual(10))

  it.each(cases)('%s', (file) => {
    const golden = read(file)
    const parsed = parseScenario(golden.scenario)
    if (!parsed.ok) throw new Error(parsed.problem)
    const report: Report = deriveReport(parsed.value)

    expect(report.containers.map((c) => c.name)).toEqual(golden.report.containers.map((c) => c.name))
    golden.report.containers.forEach((want, i) => {
      const got = report.containers[i] as unknown as Record<string, unknown>
      // A field absent from the example was not pinned by the Docker run (contract, Examples).
      for (const key of Object.keys(want))
        expect({ [key]: got[key] }, `${want.name}.${key}`).toEqual({ [key]: want[key] })
      if (!('ip' in want)) expect(got.ip).toBeUndefined()
    })
    if (golden.report.iptables) {
      for (const table of ['filter', 'nat'] as const) {
        expect(freeOrder(report.iptables[table], table, golden)).toEqual(
          freeOrder(golden.report.iptables[table], table, golden),
        )
      }
    }
    expect(report.errors).toEqual(golden.report.errors)
  })
})

describe('the one place Link Lab departs from a contract example', () => {
  it('refuses the one-character name "a" from Docker 1.3 on, as the daemon does', () => {
    const example = JSON.parse(
      readFileSync(new URL('ext-2010-child-restart-new-address.json', GOLDEN), 'utf8').replaceAll('"aa"', '"a"'),
    ) as Golden
    const parsed = parseScenario(example.scenario)
    if (!parsed.ok) throw new Error(parsed.problem)
    expect(deriveReport(parsed.value).errors[0]).toEqual({
      code: 'invalid-name',
      message: 'Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
    })
  })
})
