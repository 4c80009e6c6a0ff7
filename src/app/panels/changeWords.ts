/** The last change in one line of words: "+6 variables in client, +2 FORWARD rules". */
import type { ChangeSummary } from '../../core'
import type { Translate } from '../i18n'

export function changeWords(summary: ChangeSummary, t: Translate): string {
  const parts: string[] = []
  for (const name of summary.started) parts.push(t('change.started', { name }))
  for (const name of summary.stopped) parts.push(t('change.stopped', { name }))
  for (const m of summary.moved) parts.push(t('change.moved', { name: m.container, from: m.from, to: m.to }))
  for (const e of summary.env) {
    if (e.added) parts.push(t('change.env', { sign: '+', n: e.added, container: e.container }))
    if (e.removed) parts.push(t('change.env', { sign: '−', n: e.removed, container: e.container }))
  }
  for (const h of summary.hosts) {
    if (h.added) parts.push(t('change.hosts', { sign: '+', n: h.added, container: h.container }))
    if (h.removed) parts.push(t('change.hosts', { sign: '−', n: h.removed, container: h.container }))
  }
  for (const r of summary.rules) {
    if (r.added) parts.push(t('change.rules', { sign: '+', n: r.added, chain: r.chain, table: r.table }))
    if (r.removed) parts.push(t('change.rules', { sign: '−', n: r.removed, chain: r.chain, table: r.table }))
  }
  if (parts.length === 0) return t('change.none')
  // A long list helps no one: the marks in the listings show the rest.
  const sep = t('change.sep')
  return parts.length > 5
    ? t('change.more', { list: parts.slice(0, 5).join(sep), n: parts.length - 5 })
    : parts.join(sep)
}
