/** Whether a line names addresses its containers no longer have (lifecycle facts §2). */
import type { RuleCause } from './cause'
import type { Derivation } from './derive'

/**
 * A link rule is stale when its parent or child no longer has the address the
 * rule names: a child that came back elsewhere, or a pair libnetwork never
 * deleted after its parent restarted.
 *
 * @example
 * staleRule(derivation, rule.cause) //=> true for the pair still naming 172.17.0.3 after db moved to .2
 */
export function staleRule(derivation: Derivation, cause: RuleCause): boolean {
  if (cause.kind !== 'link') return false
  const link = derivation.scenario.links[cause.link]
  if (!link) return false
  const ipOf = (name: string) => derivation.containers.find((c) => c.name === name && c.status !== 'absent')?.ip
  return ipOf(link.parent) !== cause.parentIp || ipOf(link.child) !== cause.childIp
}
