/**
 * Exposed and published ports: reading the specs as the era's docker did,
 * and the orders docker puts them in.
 */
import type { EraBehaviour } from './eras'

export type Proto = 'tcp' | 'udp'

/** One exposed port. A range such as `8000-8002/tcp` becomes three Ports. */
export interface Port {
  readonly number: number
  readonly proto: Proto
}

/** `6379/tcp`: how docker keys a port. */
export const portKey = (port: Port): string => `${port.number}/${port.proto}`

/**
 * A container's ports as docker keeps them: one entry per port, however often
 * it is exposed or published. The usual handful is scanned; a long list (a
 * range such as `--expose 1-65535`) gets a Set of keys, or reading it would
 * take time quadratic in its length.
 */
export class PortList {
  readonly list: Port[] = []
  private keys: Set<string> | undefined

  add(port: Port): void {
    if (this.keys === undefined && this.list.length >= 16) this.keys = new Set(this.list.map(portKey))
    if (this.keys !== undefined) {
      const key = portKey(port)
      if (this.keys.has(key)) return
      this.keys.add(key)
    } else {
      for (const p of this.list) if (p.number === port.number && p.proto === port.proto) return
    }
    this.list.push(port)
  }
}

/** One `-p` binding. `hostPort` is absent for `-p CONTAINERPORT` (a random host port). */
export interface Binding {
  readonly hostIp?: string
  readonly hostPort?: number
  readonly port: Port
}

const NUMBER = /^\d+$/

/** A port number as Go's `strconv.ParseUint(s, 10, 16)` reads it; `null` when it does not. */
function parseUint16(text: string): number | null {
  if (!NUMBER.test(text)) return null
  const value = Number(text)
  return value <= 65535 ? value : null
}

/** `PORT[/PROTO]`, `START-END[/PROTO]` split into the number part and the protocol. */
function splitProto(spec: string): { readonly number: string; readonly proto: string } {
  const slash = spec.lastIndexOf('/')
  return slash < 0 ? { number: spec, proto: 'tcp' } : { number: spec.slice(0, slash), proto: spec.slice(slash + 1) }
}

export type PortsRead = { readonly ports: readonly Port[] } | { readonly problem: string }

/** Go's strconv.ParseUint(text, 10, 16) error, as the era prints it; `null` when the number reads. */
function uintProblem(text: string, what: 'start' | 'end', m: EraBehaviour['portMessages']): string | null {
  if (NUMBER.test(text) && Number(text) <= 65535) return null
  const why = NUMBER.test(text)
    ? 'value out of range'
    : text === '' && m === 'v29'
      ? 'value is empty'
      : 'invalid syntax'
  return m === 'v29' ? `invalid ${what} port '${text}': ${why}` : `strconv.ParseUint: parsing "${text}": ${why}`
}

/** The CLI's wording for an `--expose` range it cannot read (1.5+); made only when there is a problem. */
function rangeProblem(spec: string, m: EraBehaviour['portMessages'], why: string): string {
  return m === 'v29'
    ? `invalid range format for --expose: ${why}`
    : `invalid range format for --expose: ${spec}, error: ${why}`
}

/**
 * Read one `expose` entry as the era's docker does, or say why docker refuses it
 * (research: the image EXPOSE parser of 0.10/1.0, `nat.ParsePortSpecs`; the CLI's
 * `--expose` from 1.5, go-connections or moby's ParsePortRange). Ports 0 and
 * leading zeros are read as Go reads them. Only tcp and udp exist here (contract v1).
 *
 * @example
 * readExpose('6379', ERAS['0.10'])           //=> { ports: [{ number: 6379, proto: 'tcp' }] }
 * readExpose('7000-7001/udp', ERAS['20.10']) //=> { ports: [7000/udp, 7001/udp] }
 * readExpose('7000-7001/udp', ERAS['0.10'])  //=> { problem: 'Invalid containerPort: 7000-7001' }
 */
export function readExpose(spec: string, era: EraBehaviour): PortsRead {
  const m = era.portMessages
  const { number, proto } = splitProto(spec)
  if (m === 'v0.10' || m === 'v1.0') {
    if (spec.includes(':')) return { problem: `Invalid port format for --expose: ${spec}` }
    if (number === '') return { problem: 'No port specified: ::<empty>' }
    const value = parseUint16(number)
    if (value === null) return { problem: `Invalid containerPort: ${number}` }
    if (proto !== 'tcp' && proto !== 'udp') return { problem: `Invalid proto: ${proto}` }
    return { ports: [{ number: value, proto }] }
  }
  if (spec.includes(':') && m !== 'v29') return { problem: `invalid port format for --expose: ${spec}` }
  if (number === '') {
    const empty =
      m === 'v20.10'
        ? 'Empty string specified for ports.'
        : m === 'v28'
          ? 'empty string specified for ports'
          : 'invalid port range: value is empty'
    return { problem: rangeProblem(spec, m, empty) }
  }
  const dash = number.indexOf('-')
  const startText = dash < 0 ? number : number.slice(0, dash)
  const endText = dash < 0 ? number : number.slice(dash + 1)
  const bad = uintProblem(startText, 'start', m) ?? (dash < 0 ? null : uintProblem(endText, 'end', m))
  if (bad !== null) return { problem: rangeProblem(spec, m, bad) }
  const start = Number(startText)
  const end = Number(endText)
  if (end < start) {
    const why =
      m === 'v20.10'
        ? `Invalid range specified for the Port: ${number}`
        : m === 'v28'
          ? `invalid range specified for port: ${number}`
          : `invalid port range: ${number}`
    return { problem: rangeProblem(spec, m, why) }
  }
  const lower = (proto || 'tcp').toLowerCase()
  if (lower !== 'tcp' && lower !== 'udp')
    return { problem: `${m === 'v20.10' ? 'Invalid' : 'invalid'} proto: ${proto}` }
  // Sized up front: most entries are one port, and pushing would reserve room for many.
  const ports = new Array<Port>(end - start + 1)
  for (let n = start; n <= end; n++) ports[n - start] = { number: n, proto: lower }
  return { ports }
}

/**
 * Read one `-p` value: `HOSTPORT:CONTAINERPORT[/PROTO]`, `IP:HOSTPORT:CONTAINERPORT[/PROTO]`
 * and, where the era gives a predictable random host port, `CONTAINERPORT[/PROTO]`.
 */
export function readPublish(
  spec: string,
  era: EraBehaviour,
): { readonly binding: Binding } | { readonly problem: string } {
  const { number, proto } = splitProto(spec)
  if (proto !== 'tcp' && proto !== 'udp') return { problem: `Invalid proto: ${proto}` }
  const parts = number.split(':')
  if (parts.length > 3) return { problem: `Invalid hostPort: ${spec}` }
  const [hostIp, hostPortText, containerText] =
    parts.length === 3 ? parts : parts.length === 2 ? ['', parts[0], parts[1]] : ['', '', parts[0]]
  const containerPort = parseUint16(containerText ?? '')
  if (containerPort === null || containerPort === 0) return { problem: `Invalid containerPort: ${containerText}` }
  const port: Port = { number: containerPort, proto }
  if (hostPortText === '' || hostPortText === undefined) {
    if (!era.randomHostPorts) return { problem: `random host port not modelled: ${spec}` }
    return { binding: hostIp ? { hostIp, port } : { port } }
  }
  const hostPort = parseUint16(hostPortText)
  if (hostPort === null || hostPort === 0) return { problem: `Invalid hostPort: ${hostPortText}` }
  return { binding: hostIp ? { hostIp, hostPort, port } : { hostPort, port } }
}

/**
 * Order the ports of one link as the era's ToEnv does (docker-links-facts.md §2.4):
 * by number with tcp first on a tie, or (28+) every TCP port first.
 */
export function sortForEnv(ports: readonly Port[], order: EraBehaviour['portOrder']): Port[] {
  const sorted = [...ports]
  if (order === 'number-tcp-tie') {
    sorted.sort((a, b) => a.number - b.number || (a.proto === b.proto ? 0 : a.proto === 'tcp' ? -1 : 1))
  } else {
    sorted.sort((a, b) =>
      a.proto === b.proto
        ? a.number - b.number
        : a.proto === 'tcp'
          ? -1
          : b.proto === 'tcp'
            ? 1
            : a.proto < b.proto
              ? -1
              : 1,
    )
  }
  return sorted
}

/**
 * The order libnetwork programs a link's rules in (docker-links-facts.md §4.3,
 * go-connections SortPortMap): descending port number, tcp before udp on one number.
 */
export function sortForLinkRules(ports: readonly Port[]): Port[] {
  return sortedCopy(ports, descendingTcpFirst)
}

const descendingTcpFirst = (a: Port, b: Port): number =>
  b.number - a.number || (a.proto === b.proto ? 0 : a.proto === 'tcp' ? -1 : 1)

/**
 * A stable sort into a new array, as `[...ports].sort(compare)` gives. Every
 * call of Array#sort sets up hundreds of bytes of bookkeeping, and a big
 * scenario sorts thousands of lists of a few ports: those are sorted by
 * insertion here, long ones (a range such as `1-65535`) by Array#sort.
 */
function sortedCopy(ports: readonly Port[], compare: (a: Port, b: Port) => number): Port[] {
  const sorted = ports.slice()
  if (sorted.length > 16) return sorted.sort(compare)
  for (let i = 1; i < sorted.length; i++) {
    const port = sorted[i] as Port
    let j = i
    for (; j > 0 && compare(sorted[j - 1] as Port, port) > 0; j--) sorted[j] = sorted[j - 1] as Port
    sorted[j] = port
  }
  return sorted
}
