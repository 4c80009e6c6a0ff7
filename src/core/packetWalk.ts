/**
 * The packet walk: one container opens a connection to another on the
 * default bridge, and the filter table is read the way the kernel reads it.
 *
 * Container-to-container traffic on the bridge is bridged, not routed, but
 * with br_netfilter (`bridge-nf-call-iptables=1`) it still traverses filter
 * FORWARD, entering and leaving on the bridge (`-i docker0 -o docker0`). The
 * walk evaluates each chain's rules in listing order: a match with ACCEPT or
 * DROP decides, a match with a user chain as target jumps into it, RETURN
 * (or the chain's end) goes back to the caller, and the end of FORWARD applies
 * its policy. The request is a NEW connection from an ephemeral port
 * (40000); its reply, walked only when the request got through, is
 * ESTABLISHED (conntrack saw the request pass). Container addresses are never
 * the host's own, so `-m addrtype --dst-type LOCAL` never matches them.
 *
 * Facts: docker-links-facts.md §4 (link rules per era) and §5 (start-up chains).
 */
import type { Derivation } from './derive'
import type { Rule } from './iptables/rule'
import { parseIpv4 } from './ipv4'
import type { Port, Proto } from './ports'

/** A new connection to open: `from` and `to` are indexes in `scenario.containers`. */
export interface Packet {
  readonly from: number
  readonly to: number
  /** The service port on `to`. */
  readonly port: number
  readonly proto: Proto
}

/** Conntrack's view of a packet: the request opens the connection, the reply belongs to it. */
export type ConnState = 'NEW' | 'ESTABLISHED'

/** The packet as the filter table sees it. */
export interface WalkedPacket {
  /** Source address; `''` when the sender has no address (see `PacketWalk.problem`). */
  readonly src: string
  /** Destination address; `''` when the receiver has no address. */
  readonly dst: string
  readonly sport: number
  readonly dport: number
  readonly proto: Proto
  /** In-interface: the bridge. */
  readonly in: string
  /** Out-interface: the bridge. */
  readonly out: string
  readonly state: ConnState
}

/** One rule the packet was compared with, in the order the kernel compares them. */
export interface WalkStep {
  readonly table: 'filter'
  readonly chain: string
  /** Index into `derivation.filter`. */
  readonly line: number
  readonly rule: Rule
  readonly matched: boolean
  /** For a non-match: the first field that did not match, in words. */
  readonly why?: string
}

/** What ended a walk. `unsent`: the packet never reached the table (see `PacketWalk.problem`). */
export type Decider =
  | { readonly kind: 'rule'; readonly line: number }
  | { readonly kind: 'policy'; readonly chain: string }
  | { readonly kind: 'unsent' }

/** One packet's way through filter FORWARD. */
export interface Walk {
  readonly verdict: 'ACCEPT' | 'DROP'
  readonly decidedBy: Decider
  /**
   * When a rule accepted the packet: the lines of the later rules that would have
   * accepted it too, had the rules above them not been there (in walk order, up to
   * the first rule that would have dropped it; a policy is not a line and is not
   * listed). Absent when there are none. E.g. 0.10 with `--icc=true`: the link rule
   * decides, the bridge's `-i docker0 -o docker0 -j ACCEPT` would also have let it in.
   */
  readonly alsoAcceptedBy?: readonly number[]
  /** Every rule evaluated up to the decision, matched or not. */
  readonly steps: readonly WalkStep[]
  readonly packet: WalkedPacket
}

export interface PacketWalk {
  readonly request: Walk
  /** The reply (service port → ephemeral port, ESTABLISHED); `null` when the request was dropped. */
  readonly reply: Walk | null
  /**
   * Why no packet could be sent: the daemon did not start, an index with no container,
   * a container that is not running (so has no address), a container addressing itself,
   * a port out of range.
   * Then `request` is an empty walk (no steps, verdict DROP, `decidedBy: { kind: 'unsent' }`)
   * and `reply` is `null`.
   */
  readonly problem?: string
}

/** The source port of every request, and so the destination port of its reply. */
const EPHEMERAL_PORT = 40000

/**
 * Walk a new connection from one container to another through the filter table,
 * then its reply when the request got through.
 *
 * @example
 * // The seed (0.10, icc=true): suspicious_fermat (1, 172.17.0.3) → redis (0, 172.17.0.2) on 6379.
 * const d = derive(seed)
 * const walk = walkPacket(d, { from: 1, to: 0, port: 6379, proto: 'tcp' })
 * walk.request.verdict     //=> 'ACCEPT'
 * walk.request.decidedBy   //=> { kind: 'rule', line: 4 }
 * d.filter[4].text
 * //=> '-A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT'
 * walk.request.alsoAcceptedBy  //=> [7]: '-A FORWARD -i docker0 -o docker0 -j ACCEPT' would have let it in too
 * walk.reply?.decidedBy        //=> { kind: 'rule', line: 3 }: the link's `--sport 6379` rule, above conntrack
 */
export function walkPacket(derivation: Derivation, packet: Packet): PacketWalk {
  return walkWith(derivation, rulesetOf(derivation), packet)
}

/** Whether one container reaches one exposed port of another. */
export interface Reachability {
  readonly from: number
  readonly to: number
  readonly port: Port
  /** ACCEPT when the request and its reply both get through. */
  readonly verdict: 'ACCEPT' | 'DROP'
  /**
   * The deciding rule's index in `derivation.filter`: the one that decided the request,
   * or, when the request passed but its reply did not, the one that dropped the reply.
   * Absent when a chain's policy decided.
   */
  readonly line?: number
}

/**
 * Every ordered pair of running containers (`from` ≠ `to`) × every exposed port of
 * `to`, in container order, then port order.
 *
 * @example
 * reachabilityMatrix(derive(seed))
 * //=> [{ from: 1, to: 0, port: { number: 6379, proto: 'tcp' }, verdict: 'ACCEPT', line: 4 }]
 */
export function reachabilityMatrix(derivation: Derivation): Reachability[] {
  const set = rulesetOf(derivation)
  const running = derivation.containers.filter((c) => c.status === 'running' && c.ip !== undefined)
  const cells: Reachability[] = []
  for (const from of running) {
    for (const to of running) {
      if (from.index === to.index) continue
      for (const port of to.ports) {
        const { request, reply } = walkWith(derivation, set, {
          from: from.index,
          to: to.index,
          port: port.number,
          proto: port.proto,
        })
        const decisive = reply !== null && reply.verdict === 'DROP' ? reply : request
        const verdict = request.verdict === 'ACCEPT' && reply?.verdict === 'ACCEPT' ? 'ACCEPT' : 'DROP'
        const line = decisive.decidedBy.kind === 'rule' ? decisive.decidedBy.line : undefined
        cells.push({ from: from.index, to: to.index, port, verdict, ...(line === undefined ? {} : { line }) })
      }
    }
  }
  return cells
}

// ---------------------------------------------------------------------------------------------------------------

interface Entry {
  readonly line: number
  readonly rule: Rule
}

/** The filter table as chains: rules in listing order, built-in policies, declared user chains. */
interface Ruleset {
  readonly chains: ReadonlyMap<string, readonly Entry[]>
  readonly policies: ReadonlyMap<string, 'ACCEPT' | 'DROP'>
  readonly userChains: ReadonlySet<string>
}

const POLICY = /^-P (\S+) (ACCEPT|DROP)$/
const NEW_CHAIN = /^-N (\S+)$/

function rulesetOf(derivation: Derivation): Ruleset {
  const chains = new Map<string, Entry[]>()
  const policies = new Map<string, 'ACCEPT' | 'DROP'>()
  const userChains = new Set<string>()
  derivation.filter.forEach((listed, line) => {
    const { rule } = listed
    if (rule !== undefined) {
      const entries = chains.get(rule.chain)
      if (entries === undefined) chains.set(rule.chain, [{ line, rule }])
      else entries.push({ line, rule })
      return
    }
    const policy = POLICY.exec(listed.text)
    if (policy?.[1] !== undefined) policies.set(policy[1], policy[2] === 'DROP' ? 'DROP' : 'ACCEPT')
    const declared = NEW_CHAIN.exec(listed.text)
    if (declared?.[1] !== undefined) userChains.add(declared[1])
  })
  for (const name of chains.keys()) if (!policies.has(name)) userChains.add(name)
  return { chains, policies, userChains }
}

function walkWith(derivation: Derivation, set: Ruleset, packet: Packet): PacketWalk {
  const bridge = derivation.scenario.daemon.bridge
  const from = derivation.containers[packet.from]
  const to = derivation.containers[packet.to]
  const problem = problemOf(derivation, packet)
  const src = from?.status === 'running' ? (from.ip ?? '') : ''
  const dst = to?.status === 'running' ? (to.ip ?? '') : ''
  const request: WalkedPacket = {
    src,
    dst,
    sport: EPHEMERAL_PORT,
    dport: packet.port,
    proto: packet.proto,
    in: bridge,
    out: bridge,
    state: 'NEW',
  }
  if (problem !== undefined) {
    return {
      request: { verdict: 'DROP', decidedBy: { kind: 'unsent' }, steps: [], packet: request },
      reply: null,
      problem,
    }
  }
  const there = walkChain(set, 'FORWARD', request)
  if (there.verdict === 'DROP') return { request: there, reply: null }
  const back: WalkedPacket = {
    ...request,
    src: dst,
    dst: src,
    sport: packet.port,
    dport: EPHEMERAL_PORT,
    state: 'ESTABLISHED',
  }
  return { request: there, reply: walkChain(set, 'FORWARD', back) }
}

function problemOf(derivation: Derivation, packet: Packet): string | undefined {
  const { containers } = derivation
  if (!derivation.daemonRunning) return 'the daemon did not start: no container runs, no packet flows'
  for (const index of [packet.from, packet.to]) {
    const c = containers[index]
    if (c === undefined) return `no container at index ${index}`
    if (c.status !== 'running' || c.ip === undefined) {
      const state =
        c.status === 'absent' ? 'was never created' : c.status === 'created' ? 'never started' : 'is stopped'
      return `${c.name} ${state}: a container that is not running has no address`
    }
  }
  if (packet.from === packet.to) {
    return 'a container reaching its own address never leaves its network namespace: no FORWARD rule sees it'
  }
  if (!Number.isInteger(packet.port) || packet.port < 1 || packet.port > 65535) {
    return `${packet.port} is not a port number (1–65535)`
  }
  return undefined
}

/** A terminal decision met during the walk, in walk order. */
type Verdict =
  | { readonly kind: 'rule'; readonly line: number; readonly verdict: 'ACCEPT' | 'DROP' }
  | { readonly kind: 'policy'; readonly chain: string; readonly verdict: 'ACCEPT' | 'DROP' }

/** Walk a built-in chain: the first verdict decides; later ACCEPTs up to a DROP are `alsoAcceptedBy`. */
function walkChain(set: Ruleset, builtin: string, packet: WalkedPacket): Walk {
  const steps: WalkStep[] = []
  const recorder: { steps: WalkStep[] | null } = { steps }
  const verdicts = walkVerdicts(set, builtin, packet, recorder)
  const first = verdicts.next()
  // The generator always ends with the built-in chain's policy, so `first` is a verdict.
  const decision: Verdict = first.done ? { kind: 'policy', chain: builtin, verdict: 'ACCEPT' } : first.value
  recorder.steps = null
  const decidedBy: Decider =
    decision.kind === 'rule' ? { kind: 'rule', line: decision.line } : { kind: 'policy', chain: decision.chain }
  const also: number[] = []
  if (decision.kind === 'rule' && decision.verdict === 'ACCEPT') {
    for (const next of verdicts) {
      if (next.kind !== 'rule' || next.verdict !== 'ACCEPT') break
      also.push(next.line)
    }
  }
  return { verdict: decision.verdict, decidedBy, ...(also.length > 0 ? { alsoAcceptedBy: also } : {}), steps, packet }
}

/**
 * Every verdict the packet meets, in walk order, as if each earlier one had not
 * matched; the last is the built-in chain's policy. Steps are recorded while
 * `recorder.steps` is set (until the first verdict).
 */
function* walkVerdicts(
  set: Ruleset,
  builtin: string,
  packet: WalkedPacket,
  recorder: { steps: WalkStep[] | null },
): Generator<Verdict, void, undefined> {
  yield* walkUserOrBuiltin(set, builtin, packet, recorder, [builtin])
  yield { kind: 'policy', chain: builtin, verdict: set.policies.get(builtin) ?? 'ACCEPT' }
}

function* walkUserOrBuiltin(
  set: Ruleset,
  chain: string,
  packet: WalkedPacket,
  recorder: { steps: WalkStep[] | null },
  stack: readonly string[],
): Generator<Verdict, void, undefined> {
  for (const { line, rule } of set.chains.get(chain) ?? []) {
    const target = rule.target
    const loops = set.userChains.has(target) && stack.includes(target)
    const why = loops ? `a jump back into ${target} would loop (iptables refuses such a rule)` : mismatch(rule, packet)
    recorder.steps?.push({ table: 'filter', chain, line, rule, matched: why === undefined, ...(why ? { why } : {}) })
    if (why !== undefined) continue
    if (target === 'ACCEPT') yield { kind: 'rule', line, verdict: 'ACCEPT' }
    else if (target === 'DROP' || target === 'REJECT') yield { kind: 'rule', line, verdict: 'DROP' }
    else if (target === 'RETURN') return
    else if (set.userChains.has(target)) yield* walkUserOrBuiltin(set, target, packet, recorder, [...stack, target])
    // Any other target (LOG, …) does not end the walk.
  }
}

/** The first field of `rule` the packet does not match, in words; `undefined` when it matches. */
function mismatch(rule: Rule, packet: WalkedPacket): string | undefined {
  return (
    address('source', rule.source, rule.notSource, packet.src) ??
    address('destination', rule.destination, rule.notDestination, packet.dst) ??
    iface('in-interface', rule.inInterface, rule.notIn, packet.in) ??
    iface('out-interface', rule.outInterface, rule.notOut, packet.out) ??
    equal('protocol', rule.protocol, packet.proto) ??
    equal('source port', rule.sport, packet.sport) ??
    equal('destination port', rule.dport, packet.dport) ??
    ctstate(rule.ctstate, packet) ??
    dstType(rule.dstType, packet)
  )
}

const wants = (negated: boolean | undefined, what: string): string => (negated ? `anything but ${what}` : what)

function address(
  field: string,
  cidr: string | undefined,
  negated: boolean | undefined,
  ip: string,
): string | undefined {
  if (cidr === undefined) return undefined
  const shown = cidr.endsWith('/32') ? cidr.slice(0, -3) : cidr
  if (contains(cidr, ip) === !negated) return undefined
  return `${field} is ${ip}, rule wants ${wants(negated, shown)}`
}

/** Whether `a.b.c.d/n` (or a bare address) contains `ip`; `false` when either does not read. */
function contains(cidr: string, ip: string): boolean {
  const slash = cidr.indexOf('/')
  const network = parseIpv4(slash < 0 ? cidr : cidr.slice(0, slash))
  const prefixText = slash < 0 ? '32' : cidr.slice(slash + 1)
  const address = parseIpv4(ip)
  if (network === null || address === null || !/^(3[0-2]|[12]?\d)$/.test(prefixText)) return false
  const size = 2 ** (32 - Number(prefixText))
  return Math.floor(network / size) === Math.floor(address / size)
}

function iface(
  field: string,
  name: string | undefined,
  negated: boolean | undefined,
  actual: string,
): string | undefined {
  if (name === undefined) return undefined
  const same = name.endsWith('+') ? actual.startsWith(name.slice(0, -1)) : actual === name
  if (same === !negated) return undefined
  return `${field} is ${actual}, rule wants ${wants(negated, name)}`
}

function equal<T extends string | number>(field: string, wanted: T | undefined, actual: T): string | undefined {
  if (wanted === undefined || wanted === actual) return undefined
  return `${field} is ${actual}, rule wants ${wanted}`
}

function ctstate(states: string | undefined, packet: WalkedPacket): string | undefined {
  if (states === undefined || states.split(',').includes(packet.state)) return undefined
  const why = packet.state === 'NEW' ? 'a new connection' : 'a reply to an accepted connection'
  return `connection state is ${packet.state} (${why}), rule wants ${states}`
}

function dstType(types: string | undefined, packet: WalkedPacket): string | undefined {
  // A container's address is a unicast address of another host (its namespace), never LOCAL to this one.
  if (types === undefined || types.split(',').includes('UNICAST')) return undefined
  return `destination ${packet.dst} is a container's address, not one of the host's: rule wants type ${types}`
}
