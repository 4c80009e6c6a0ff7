/** A rule's match in words, for the table view: what iptables -S says, spelled out. */
import type { Rule } from '../../core'

const not = (negated: boolean | undefined) => (negated ? 'not ' : '')

export function matchWords(rule: Rule): string {
  const parts: string[] = []
  if (rule.source) parts.push(`from ${not(rule.notSource)}${rule.source.replace('/32', '')}`)
  if (rule.destination) parts.push(`to ${not(rule.notDestination)}${rule.destination.replace('/32', '')}`)
  if (rule.inInterface) parts.push(`in ${not(rule.notIn)}${rule.inInterface}`)
  if (rule.outInterface) parts.push(`out ${not(rule.notOut)}${rule.outInterface}`)
  if (rule.protocol) {
    let p = rule.protocol
    if (rule.sport !== undefined) p += ` source port ${rule.sport}`
    if (rule.dport !== undefined) p += ` port ${rule.dport}`
    parts.push(p)
  }
  if (rule.ctstate) parts.push(`connection ${rule.ctstate.toLowerCase().replace(',', ' or ')}`)
  if (rule.dstType) parts.push(`to a ${rule.dstType.toLowerCase()} address`)
  return parts.length > 0 ? parts.join(', ') : 'every packet'
}

export function targetWords(rule: Rule): string {
  return rule.toDestination ? `${rule.target} → ${rule.toDestination}` : rule.target
}
