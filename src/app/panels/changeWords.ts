/** The last change in one line of words: "+6 variables in client, +2 FORWARD rules". */
import type { ChangeSummary } from '../../core'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export function changeWords(summary: ChangeSummary): string {
  const parts: string[] = []
  for (const name of summary.started) parts.push(`${name} started`)
  for (const name of summary.stopped) parts.push(`${name} stopped`)
  for (const m of summary.moved) parts.push(`${m.container} moved ${m.from} → ${m.to}`)
  for (const e of summary.env) {
    if (e.added) parts.push(`+${plural(e.added, 'variable', 'variables')} in ${e.container}`)
    if (e.removed) parts.push(`−${plural(e.removed, 'variable', 'variables')} in ${e.container}`)
  }
  for (const h of summary.hosts) {
    if (h.added) parts.push(`+${plural(h.added, 'hosts line', 'hosts lines')} in ${h.container}`)
    if (h.removed) parts.push(`−${plural(h.removed, 'hosts line', 'hosts lines')} in ${h.container}`)
  }
  for (const r of summary.rules) {
    const where = r.table === 'nat' ? ` (nat)` : ''
    if (r.added) parts.push(`+${plural(r.added, `${r.chain} rule`, `${r.chain} rules`)}${where}`)
    if (r.removed) parts.push(`−${plural(r.removed, `${r.chain} rule`, `${r.chain} rules`)}${where}`)
  }
  if (parts.length === 0) return 'No change in what docker does.'
  // A long list helps no one: the marks in the listings show the rest.
  return parts.length > 5 ? `${parts.slice(0, 5).join(', ')} and ${parts.length - 5} more changes` : parts.join(', ')
}
