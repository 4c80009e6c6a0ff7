/**
 * The ACCEPT pair a link opens for each exposed port of its child.
 * Facts: docker-links-facts.md §4 (0.10: `-I FORWARD`, always; 1.7+: `-A DOCKER`, icc=false only).
 */
import type { LinkDirection } from '../cause'
import type { Port } from '../ports'
import type { Rule } from './rule'

export interface LinkPair {
  readonly port: Port
  readonly direction: LinkDirection
  readonly rule: Rule
}

/**
 * The two rules for one port, in the order docker issues them: parent → child
 * on `--dport`, then child → parent on `--sport`.
 */
export function linkPair(chain: string, bridge: string, parentIp: string, childIp: string, port: Port): LinkPair[] {
  const common = { chain, inInterface: bridge, outInterface: bridge, protocol: port.proto, target: 'ACCEPT' } as const
  return [
    {
      port,
      direction: 'request',
      rule: { ...common, source: `${parentIp}/32`, destination: `${childIp}/32`, dport: port.number },
    },
    {
      port,
      direction: 'reply',
      rule: { ...common, source: `${childIp}/32`, destination: `${parentIp}/32`, sport: port.number },
    },
  ]
}
