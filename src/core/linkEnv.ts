/**
 * What one link adds to its parent's environment: each era's `ToEnv`.
 * Facts: docker-links-facts.md §2 (v0.10.0:links/links.go, v20.10.0 and
 * v28.5.2:daemon/links/links.go).
 */
import type { EraBehaviour } from './eras'
import { type Port, sortForEnv } from './ports'

/** What a variable says about its link. */
export type EnvRole =
  | 'default-port'
  | 'port'
  | 'port-addr'
  | 'port-port'
  | 'port-proto'
  | 'range-start'
  | 'range-addr'
  | 'range-proto'
  | 'range-port-start'
  | 'range-end'
  | 'range-port-end'
  | 'name'
  | 'env'

export interface EnvVar {
  readonly key: string
  readonly value: string
  /** Index in `scenario.links`. */
  readonly link: number
  readonly role: EnvRole
  /** The port it describes (for a range: its first port). */
  readonly port?: Port
  /** The child's env entry it copies (role `env`). */
  readonly entry?: string
  /** The child's address when the parent started. */
  readonly childIp: string
}

export interface LinkEnvInput {
  readonly link: number
  /** The link's full name, `/parent/alias`: the value of `ALIAS_NAME`. */
  readonly name: string
  /** The alias: the last element of the link's name. */
  readonly alias: string
  readonly childIp: string
  /** The child's exposed ports, unique, in the order docker's map gave them. */
  readonly ports: readonly Port[]
  /** The child's configured env (`Config.Env`). */
  readonly childEnv: readonly string[]
}

/**
 * The alias as a variable prefix: upper-cased as Go's `strings.ToUpper` does
 * (simple case mapping: a letter without a one-letter capital stays), and
 * from 1.2.0 every `-` replaced by `_`.
 *
 * @example
 * envPrefix('my-db', ERAS['0.10'])  //=> 'MY-DB'
 * envPrefix('my-db', ERAS['20.10']) //=> 'MY_DB'
 */
export function envPrefix(alias: string, era: EraBehaviour): string {
  let upper = ''
  for (const char of alias) {
    const mapped = char.toUpperCase()
    upper += [...mapped].length === 1 ? mapped : char
  }
  return era.dashToUnderscore ? upper.replaceAll('-', '_') : upper
}

/** The variables one link adds, in the order docker emits them. */
export function linkEnv(input: LinkEnvInput, era: EraBehaviour): EnvVar[] {
  const alias = envPrefix(input.alias, era)
  const ip = input.childIp
  const out: EnvVar[] = []
  const add = (key: string, value: string, role: EnvRole, port?: Port): void => {
    out.push(
      port
        ? { key, value, link: input.link, role, port, childIp: ip }
        : { key, value, link: input.link, role, childIp: ip },
    )
  }
  const perPort = (p: Port): void => {
    const prefix = `${alias}_PORT_${p.number}_${p.proto.toUpperCase()}`
    add(prefix, `${p.proto}://${ip}:${p.number}`, 'port', p)
    add(`${prefix}_ADDR`, ip, 'port-addr', p)
    add(`${prefix}_PORT`, String(p.number), 'port-port', p)
    add(`${prefix}_PROTO`, p.proto, 'port-proto', p)
  }

  // 0.10–27: the default port is the first after the sort, which only runs with two or more ports.
  const ports = input.ports.length > 1 ? sortForEnv(input.ports, era.portOrder) : [...input.ports]
  const first = ports[0]

  if (era.rangeVars === 'two-same-proto') {
    // 28+: one pass; a run of consecutive same-protocol ports is closed after its last port's variables.
    let start: Port | undefined
    let end: Port | undefined
    ports.forEach((p, i) => {
      if (i === 0) {
        start = p
        end = p
        add(`${alias}_PORT`, `${p.proto}://${ip}:${p.number}`, 'default-port', p)
      }
      perPort(p)
      if (end && p.number === end.number + 1 && p.proto === end.proto) {
        end = p
        if (i < ports.length - 1) return
      }
      if (start && end && end !== start) {
        const prefix = `${alias}_PORT_${start.number}_${start.proto.toUpperCase()}`
        add(`${prefix}_START`, `${start.proto}://${ip}:${start.number}`, 'range-start', start)
        add(`${prefix}_PORT_START`, String(start.number), 'range-port-start', start)
        add(`${prefix}_END`, `${end.proto}://${ip}:${end.number}`, 'range-end', start)
        add(`${prefix}_PORT_END`, String(end.number), 'range-port-end', start)
      }
      start = p
      end = p
    })
  } else {
    if (first) add(`${alias}_PORT`, `${first.proto}://${ip}:${first.number}`, 'default-port', first)
    if (era.rangeVars === 'three-any-proto') {
      for (let i = 0; i < ports.length; ) {
        const p = ports[i] as Port
        const j = nextContiguous(ports, p.number, i)
        if (j > i + 1) {
          const q = ports[j] as Port
          const prefix = `${alias}_PORT_${p.number}_${p.proto.toUpperCase()}`
          add(`${prefix}_START`, `${p.proto}://${ip}:${p.number}`, 'range-start', p)
          add(`${prefix}_ADDR`, ip, 'range-addr', p)
          add(`${prefix}_PROTO`, p.proto, 'range-proto', p)
          add(`${prefix}_PORT_START`, String(p.number), 'range-port-start', p)
          // The end keys carry the last port's protocol, whatever the first one's (§2.5).
          const endPrefix = `${alias}_PORT_${p.number}_${q.proto.toUpperCase()}`
          add(`${endPrefix}_END`, `${q.proto}://${ip}:${q.number}`, 'range-end', p)
          add(`${endPrefix}_PORT_END`, String(q.number), 'range-port-end', p)
          i = j + 1
        } else {
          i++
        }
      }
    }
    for (const p of ports) perPort(p)
  }

  add(`${alias}_NAME`, input.name, 'name')

  for (const entry of input.childEnv) {
    const pair = splitEnvEntry(entry, era)
    if (pair === null) continue
    const [key, value] = pair
    // Only these two exact keys are left out, in every era (§2.7).
    if (key === 'HOME' || key === 'PATH') continue
    out.push({ key: `${alias}_ENV_${key}`, value, link: input.link, role: 'env', entry, childIp: ip })
  }
  return out
}

/**
 * Split a child's `KEY=VALUE` entry as the era does (§2.6), or `null` when docker drops it:
 * up to 1.6 on every `=`, kept only with exactly two parts; from 1.7 on the first `=`.
 */
export function splitEnvEntry(entry: string, era: EraBehaviour): readonly [string, string] | null {
  const at = entry.indexOf('=')
  if (at < 0) return null
  if (era.envSplit === 'every-equals' && entry.indexOf('=', at + 1) >= 0) return null
  return [entry.slice(0, at), entry.slice(at + 1)]
}

/**
 * 1.5–27's range scan, kept exactly: it walks on while no number jumps by more
 * than one, so a repeated number (53/tcp, 53/udp) does not break a run.
 */
function nextContiguous(ports: readonly Port[], value: number, index: number): number {
  if (index + 1 === ports.length) return index
  let v = value
  for (let i = index + 1; i < ports.length; i++) {
    if ((ports[i] as Port).number > v + 1) return i - 1
    v++
  }
  return ports.length - 1
}
