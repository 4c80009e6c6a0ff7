/**
 * The `/etc/hosts` line a link adds to its parent, per era.
 * Facts: docker-links-facts.md §3 (none in 0.10; `IP<TAB>alias` 0.11–1.5;
 * `IP<TAB>alias hostname[ name]` from 1.6, the hostname being the child's ID prefix).
 */
import type { EraBehaviour } from './eras'

export interface HostsLine {
  readonly text: string
  /** Index in `scenario.links`. */
  readonly link: number
  /** The address the line names. */
  readonly childIp: string
}

export interface HostsInput {
  readonly link: number
  readonly alias: string
  readonly childName: string
  /** The child, whose container ID (made when first asked for) only the eras that print its hostname read. */
  readonly child: { readonly id: string }
  readonly childIp: string
}

/** The line, or `null` in an era that writes none. */
export function hostsLine(input: HostsInput, era: EraBehaviour): HostsLine | null {
  const { link, alias, childIp } = input
  switch (era.hostsLines) {
    case 'none':
      return null
    case 'alias':
      return { text: `${childIp}\t${alias}`, link, childIp }
    case 'alias-id-name': {
      const name = alias === input.childName ? '' : ` ${input.childName}`
      return { text: `${childIp}\t${alias} ${input.child.id.slice(0, 12)}${name}`, link, childIp }
    }
  }
}
