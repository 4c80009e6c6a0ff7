/** A rule's match in words, for the table view: what iptables -S says, spelled out. */
import type { Rule } from '../../core'
import type { Translate } from '../i18n'

export function matchWords(rule: Rule, t: Translate): string {
  const not = (negated: boolean | undefined) => (negated ? t('rule.not') : '')
  const parts: string[] = []
  if (rule.source) parts.push(t('rule.from', { what: `${not(rule.notSource)}${rule.source.replace('/32', '')}` }))
  if (rule.destination)
    parts.push(t('rule.to', { what: `${not(rule.notDestination)}${rule.destination.replace('/32', '')}` }))
  if (rule.inInterface) parts.push(t('rule.in', { what: `${not(rule.notIn)}${rule.inInterface}` }))
  if (rule.outInterface) parts.push(t('rule.out', { what: `${not(rule.notOut)}${rule.outInterface}` }))
  if (rule.protocol) {
    let p = rule.protocol
    if (rule.sport !== undefined) p += t('rule.sport', { port: String(rule.sport) })
    if (rule.dport !== undefined) p += t('rule.dport', { port: String(rule.dport) })
    parts.push(p)
  }
  if (rule.ctstate) parts.push(t('rule.ctstate', { states: rule.ctstate }))
  if (rule.dstType) parts.push(t('rule.dstType', { type: rule.dstType }))
  return parts.length > 0 ? parts.join(t('rule.sep')) : t('rule.every')
}

export function targetWords(rule: Rule): string {
  return rule.toDestination ? `${rule.target} → ${rule.toDestination}` : rule.target
}
