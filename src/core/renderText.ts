/**
 * `derive --format text`: per container what `env` (its link variables) and
 * `cat /etc/hosts` (its link lines) would show, then `iptables -S` and
 * `iptables -t nat -S`, then docker's refusals. Docker's own output is printed
 * verbatim; Link Lab's headings start with `#`.
 */
import type { Derivation } from './derive'
import { ERAS } from './eras'

export function renderText(derivation: Derivation): string {
  const { scenario } = derivation
  const era = ERAS[scenario.docker]
  const lines: string[] = [
    `# Docker ${scenario.docker} (${era.releases}), bridge ${scenario.daemon.bridge} ${scenario.daemon.bridgeIp}`,
  ]
  if (!derivation.daemonRunning) lines.push('# the daemon did not start')
  for (const c of derivation.containers) {
    lines.push('')
    const state = c.status === 'running' ? (c.ip ?? '') : c.status === 'absent' ? 'not created' : 'not running'
    lines.push(`# ${c.name}: ${state}`)
    lines.push('$ env   # the variables links add')
    if (c.env.length === 0) lines.push(c.status === 'running' ? '# (none)' : '# (not running)')
    for (const v of c.env) lines.push(`${v.key}=${v.value}`)
    lines.push('$ cat /etc/hosts   # the lines links add')
    if (era.hostsLines === 'none') lines.push(`# (Docker ${scenario.docker} writes no link lines)`)
    else if (c.hosts.length === 0) lines.push('# (none)')
    for (const h of c.hosts) lines.push(h.text)
  }
  lines.push('', '$ iptables -S', ...derivation.filter.map((l) => l.text))
  lines.push('', '$ iptables -t nat -S', ...derivation.nat.map((l) => l.text))
  if (derivation.refusals.length > 0) {
    lines.push('', '# docker refused:')
    for (const r of derivation.refusals) lines.push(`# ${r.error.code}: ${r.error.message}`)
  }
  return `${lines.join('\n')}\n`
}
