import { type Derivation, derive, type Scenario } from '../../src/core'

export const report = (s: Scenario) => derive(s).report

/** The link variables of one container, as a map. */
export function envOf(s: Scenario | Derivation, name: string): Record<string, string> {
  const d = 'report' in s ? s : derive(s)
  const c = d.report.containers.find((c) => c.name === name)
  if (!c) throw new Error(`no container ${name}`)
  return { ...c.linkEnv }
}

/** The link variables as `env` prints them, in emission order. */
export function envLines(s: Scenario, name: string): string[] {
  const c = derive(s).containers.find((c) => c.name === name)
  if (!c) throw new Error(`no container ${name}`)
  return c.env.map((v) => `${v.key}=${v.value}`)
}

export const ipsOf = (s: Scenario) => derive(s).report.containers.map((c) => c.ip ?? null)

/** Only the `-A` lines of a table (policies and chains left out). */
export const rulesOf = (s: Scenario, table: 'filter' | 'nat' = 'filter') =>
  derive(s).report.iptables[table].filter((line) => line.startsWith('-A '))
