/**
 * One iptables rule as data, and its text exactly as `iptables -S` prints it:
 * addresses, interfaces and protocol first, in that order, then the match
 * modules (`-m tcp` is implicit with `-p tcp --dport`), then the target.
 * Facts: docker-links-facts.md §4.1 (the printed form of the seed's rules).
 */
import type { Proto } from '../ports'

export interface Rule {
  readonly chain: string
  /** `-s` (with `!` when `notSource`): `a.b.c.d/n`. */
  readonly source?: string
  readonly notSource?: boolean
  readonly destination?: string
  readonly notDestination?: boolean
  readonly inInterface?: string
  readonly notIn?: boolean
  readonly outInterface?: string
  readonly notOut?: boolean
  readonly protocol?: Proto
  readonly sport?: number
  readonly dport?: number
  /** `-m conntrack --ctstate …` */
  readonly ctstate?: string
  /** `-m addrtype --dst-type …` */
  readonly dstType?: string
  readonly target: string
  /** `-j DNAT --to-destination …` */
  readonly toDestination?: string
}

const not = (negated: boolean | undefined): string => (negated ? '! ' : '')

/**
 * `-A CHAIN …` as `iptables -S` lists the rule.
 *
 * @example
 * formatRule({ chain: 'FORWARD', source: '172.17.0.3/32', destination: '172.17.0.2/32', inInterface: 'docker0',
 *   outInterface: 'docker0', protocol: 'tcp', dport: 6379, target: 'ACCEPT' })
 * //=> '-A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT'
 */
export function formatRule(rule: Rule): string {
  let text = `-A ${rule.chain}`
  if (rule.source !== undefined) text += ` ${not(rule.notSource)}-s ${rule.source}`
  if (rule.destination !== undefined) text += ` ${not(rule.notDestination)}-d ${rule.destination}`
  if (rule.inInterface !== undefined) text += ` ${not(rule.notIn)}-i ${rule.inInterface}`
  if (rule.outInterface !== undefined) text += ` ${not(rule.notOut)}-o ${rule.outInterface}`
  if (rule.protocol !== undefined) {
    text += ` -p ${rule.protocol}`
    if (rule.sport !== undefined || rule.dport !== undefined) {
      text += ` -m ${rule.protocol}`
      if (rule.sport !== undefined) text += ` --sport ${rule.sport}`
      if (rule.dport !== undefined) text += ` --dport ${rule.dport}`
    }
  }
  if (rule.ctstate !== undefined) text += ` -m conntrack --ctstate ${rule.ctstate}`
  if (rule.dstType !== undefined) text += ` -m addrtype --dst-type ${rule.dstType}`
  text += ` -j ${rule.target}`
  if (rule.toDestination !== undefined) text += ` --to-destination ${rule.toDestination}`
  return text
}
