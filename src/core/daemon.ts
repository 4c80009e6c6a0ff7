/**
 * The docker daemon as a sequence of operations on one host: the daemon
 * starts, each container is run (created, then started) in start order, then
 * the lifecycle events apply. Each operation changes the host the way that
 * era's daemon did: addresses, rules inserted or appended where docker put
 * them, link variables and hosts lines, refusals with docker's wording.
 *
 * The state here is mutable but private to one derivation: `deriveHost`
 * builds a Host, applies operations and hands back plain data.
 */
import { type ActiveLink, type BoundPort, Box, type IssuedRule } from './box'
import type { RuleCause } from './cause'
import { type EraBehaviour, eraOf } from './eras'
import { type HostsInput, type HostsLine, hostsLine } from './hosts'
import { containerId } from './ids'
import { type Allocator, createAllocator } from './ipam'
import { LinkRuleBlock, linkPairKey } from './iptables/linkRules'
import { publishRules } from './iptables/publishRules'
import { freshTables, type Tables, writeStartupRules } from './iptables/startup'
import { formatIpv4, type Subnet } from './ipv4'
import { type EnvVar, type LinkEnvInput, linkEnv } from './linkEnv'
import * as say from './messages'
import { type LinkReading, readLink, validName } from './names'
import { type Binding, type Port, PortList, readExpose, readPublish } from './ports'
import type { DeriveError, ErrorCode } from './report'
import type { LifecycleEvent, Scenario } from './scenario'

export type { BoundPort } from './box'

/** One step of the host's history. */
export type Operation =
  | { readonly kind: 'run'; readonly container: number }
  | {
      readonly kind: 'event'
      readonly event: number
      readonly action: LifecycleEvent['action']
      readonly container: string
    }

/** A refusal, with the culprit the app can select. */
export interface Refusal {
  readonly error: DeriveError
  /** Index in `operations` (-1: the daemon's own start). */
  readonly operation: number
  /** Index in `scenario.containers` of the container docker refused. */
  readonly container?: number
  /** Index in `scenario.links` of the link that made docker refuse. */
  readonly link?: number
}

/** Something docker did silently that a learner would want to know. */
export type Note =
  | { readonly kind: 'duplicate-alias'; readonly link: number; readonly kept: number }
  /** The link's path collapsed onto its parent (an empty alias, `.`, `..`), so docker skipped it. */
  | { readonly kind: 'alias-dropped'; readonly link: number }
  | { readonly kind: 'env-dropped'; readonly link: number; readonly entry: string }
  | { readonly kind: 'link-env-off'; readonly link: number }

/**
 * `pending`: its `docker run` is a later step than the one shown; `absent`:
 * docker refused to create it; `created`: it exists but never ran.
 */
export type ContainerStatus = 'pending' | 'absent' | 'created' | 'running' | 'stopped'

/** One container as the host has it after the operations applied. */
export interface ContainerState {
  readonly index: number
  readonly name: string
  readonly id: string
  /** `absent`: docker refused to create it; `created`: it exists but never ran. */
  readonly status: ContainerStatus
  readonly ip?: string
  /** Link variables of the running process, set at its latest start. */
  readonly env: readonly EnvVar[]
  readonly hosts: readonly HostsLine[]
  /** Exposed ports (published ones included), as docker keeps them. */
  readonly ports: readonly Port[]
  readonly published: readonly BoundPort[]
}

/** What happened to each link. */
export type LinkStatus =
  /** Its parent runs with it: variables, hosts line, rules (where the era writes them). */
  | 'active'
  /** Docker registered it, but its parent is not running. */
  | 'inactive'
  /** Docker ignored it: the parent already has a link with this alias. */
  | 'ignored'
  /** Docker refused it (see `refusals`). */
  | 'refused'
  /** Never looked at: its parent was refused before links were read. */
  | 'unused'

/**
 * A running parent that still names an address its child no longer has: its
 * variables (set when it started), its hosts line (1.0 never rewrites it) or
 * its link rules (owned by the parent). Lifecycle facts §2.
 */
export interface Staleness {
  /** Index in `scenario.links`. */
  readonly link: number
  readonly parent: number
  readonly child: number
  /** The child's address the parent recorded. */
  readonly recorded: string
  /** The child's address now; absent when the child is not running. */
  readonly current?: string
  readonly env: boolean
  readonly hosts: boolean
  readonly rules: boolean
}

export interface HostState {
  readonly containers: readonly ContainerState[]
  readonly links: readonly LinkStatus[]
  readonly tables: Tables
  readonly refusals: readonly Refusal[]
  readonly notes: readonly Note[]
  readonly stale: readonly Staleness[]
  readonly daemonRunning: boolean
}

export class Host {
  readonly era: EraBehaviour
  readonly operations: readonly Operation[]
  private readonly tables = freshTables()
  private readonly boxes: Box[]
  private readonly byName = new Map<string, Box>()
  private readonly linksOf = new Map<string, number[]>()
  private readonly linkStatus: LinkStatus[]
  private readonly readings: readonly LinkReading[]
  private readonly refusals: Refusal[] = []
  private readonly notes: Note[] = []
  /** Links already noted `link-env-off` (a Set: every link of a big scenario may be). */
  private readonly envOffNoted = new Set<number>()
  private readonly allocator: Allocator
  private readonly randomPorts = { tcp: 49153, udp: 49153 }
  private readonly hostPorts = new Set<string>()
  private readonly daemonRunning: boolean
  private step = -1
  private readonly scenario: Scenario
  private readonly subnet: Subnet

  constructor(scenario: Scenario, subnet: Subnet) {
    this.scenario = scenario
    this.subnet = subnet
    this.era = eraOf(scenario.docker)
    this.boxes = scenario.containers.map((spec, index) => new Box(spec, index))
    scenario.links.forEach((link, i) => {
      const list = this.linksOf.get(link.parent)
      if (list) list.push(i)
      else this.linksOf.set(link.parent, [i])
    })
    this.linkStatus = scenario.links.map(() => 'unused')
    this.readings = scenario.links.map((link) => readLink(link, this.era))
    this.allocator = createAllocator(this.era.allocator, subnet)
    this.operations = [
      ...scenario.containers.map((_, container): Operation => ({ kind: 'run', container })),
      ...scenario.events.map(
        (event, i): Operation => ({ kind: 'event', event: i, action: event.action, container: event.container }),
      ),
    ]
    this.daemonRunning = this.startDaemon()
  }

  /** Apply the next `count` operations (all by default). */
  apply(count = this.operations.length): this {
    if (!this.daemonRunning) return this
    const until = Math.min(this.operations.length, this.step + 1 + count)
    for (this.step++; this.step < until; this.step++) {
      const op = this.operations[this.step] as Operation
      if (op.kind === 'run') this.run(this.boxes[op.container] as Box)
      else this.event(op.action, op.container)
    }
    this.step--
    return this
  }

  /** The host as it is now, as plain data. */
  state(): HostState {
    return {
      // Containers are run in array order, one operation each: those past the applied steps are still to come.
      containers: this.boxes.map(
        (box) => new ContainerView(box, this.era, !this.daemonRunning || box.index <= this.step),
      ),
      links: this.scenario.links.map((_, i) => this.statusOf(i)),
      tables: this.tables,
      refusals: this.refusals,
      notes: this.notes,
      stale: this.staleness(),
      daemonRunning: this.daemonRunning,
    }
  }

  private staleness(): Staleness[] {
    const out: Staleness[] = []
    for (const parent of this.boxes) {
      if (!parent.running) continue
      for (const active of parent.active) {
        const child = active.child
        const current = child.running ? child.ip : undefined
        const env = parent.envInputs.find((e) => e.link === active.link)
        const hosts = parent.hostsInputs.find((h) => h.link === active.link)
        const rules = active.rules !== null && active.rules.size > 0 ? active.rules : null
        const envStale = env !== undefined && env.childIp !== current
        const hostsStale = hosts !== undefined && hosts.childIp !== current
        const rulesStale = rules !== null && rules.childIp !== current
        if (!envStale && !hostsStale && !rulesStale) continue
        const recorded = envStale ? env.childIp : rulesStale ? rules.childIp : (hosts?.childIp ?? '')
        out.push({
          link: active.link,
          parent: parent.index,
          child: child.index,
          recorded,
          ...(current === undefined ? {} : { current }),
          env: envStale,
          hosts: hostsStale,
          rules: rulesStale,
        })
      }
    }
    return out
  }

  // ── the daemon ────────────────────────────────────────────────────────────

  private startDaemon(): boolean {
    const { daemon } = this.scenario
    if (this.era.refusesIccWithoutIptables && !daemon.iptables && !daemon.icc) {
      this.refuse('daemon-refused', say.iccNeedsIptables(), {})
      return false
    }
    if (daemon.iptables) {
      writeStartupRules(this.tables, this.era, { bridge: daemon.bridge, subnet: this.subnet, icc: daemon.icc })
    }
    return true
  }

  // ── docker run ────────────────────────────────────────────────────────────

  private run(box: Box): void {
    if (!this.create(box)) return
    if (this.era.linksRegistered === 'at-start' && !this.registerLinks(box)) return
    this.start(box)
  }

  /** `docker create`: flags read, name checked and reserved; from 1.6 the links too. */
  private create(box: Box): boolean {
    const m = this.era.messages
    const { spec } = box
    const ports = new PortList()
    for (const expose of spec.expose) {
      const read = readExpose(expose, this.era)
      if ('problem' in read) return this.refuse('invalid-port', read.problem, { container: box.index })
      for (const port of read.ports) ports.add(port)
    }
    const bindings: Binding[] = []
    for (const publish of spec.publish) {
      const read = readPublish(publish, this.era)
      if ('problem' in read) return this.refuse('invalid-port', read.problem, { container: box.index })
      bindings.push(read.binding)
      ports.add(read.binding.port)
    }
    for (const i of this.linksOf.get(spec.name) ?? []) {
      const link = this.scenario.links[i]
      if (link && this.readings[i]?.kind === 'bad-format') {
        // The CLI cannot read the flag: nothing reaches the daemon.
        return this.refuseLink('invalid-link', say.invalidLink(m, `${link.child}:${link.alias}`), box, i)
      }
    }
    if (!validName(spec.name, this.era)) {
      return this.refuse('invalid-name', say.invalidName(m, spec.name), { container: box.index })
    }
    const holder = this.byName.get(spec.name)
    if (holder) return this.refuse('name-conflict', say.nameConflict(m, spec.name, holder.id), { container: box.index })
    box.ports = ports.list
    box.bindings = bindings
    if (this.era.linksRegistered === 'at-create' && !this.registerLinks(box)) return false
    box.exists = true
    this.byName.set(spec.name, box)
    return true
  }

  /**
   * Put the parent's `--link`s in the name graph, in command-line order. A
   * missing child stops it: in 0.10/1.0 the parent then exists but does not
   * start; from 1.6 it is not even created. A link whose path is already taken
   * (the same alias twice, or an alias that collapses onto the parent) is
   * silently skipped (§9, research on `--link` parsing).
   */
  private registerLinks(box: Box): boolean {
    const m = this.era.messages
    for (const i of this.linksOf.get(box.spec.name) ?? []) {
      const link = this.scenario.links[i]
      const reading = this.readings[i]
      if (!link || !reading) continue
      if (link.child === '') return this.refuseLink('child-not-found', say.emptyChild(m), box, i)
      // 1.6+: links are registered before the container itself is, so a self link is "not found" (§9).
      const self = link.child === box.spec.name
      const child = self && this.era.linksRegistered === 'at-create' ? undefined : this.byName.get(link.child)
      if (!child) return this.refuseLink('child-not-found', say.childNotFound(m, link.child), box, i)
      if (child === box) return this.refuseLink('self-link', say.selfLink(), box, i)
      if (reading.kind === 'no-graph-path') {
        return this.refuseLink('invalid-link', say.noGraphPath(reading.missing), box, i)
      }
      if (reading.kind !== 'ok') {
        this.linkStatus[i] = 'ignored'
        this.notes.push({ kind: 'alias-dropped', link: i })
        continue
      }
      const kept = this.registeredAs(box, reading.name)
      if (kept !== undefined) {
        this.linkStatus[i] = 'ignored'
        this.notes.push({ kind: 'duplicate-alias', link: i, kept })
        continue
      }
      box.registered.push(i)
    }
    return true
  }

  /** The link this parent already registered under `name` (few per parent: a scan beats a Map). */
  private registeredAs(box: Box, name: string): number | undefined {
    for (const i of box.registered) {
      const reading = this.readings[i]
      if (reading?.kind === 'ok' && reading.name === name) return i
    }
    return undefined
  }

  // ── start and stop ────────────────────────────────────────────────────────

  /** `docker start`: address, published ports, links; any refusal gives everything back. */
  private start(box: Box): boolean {
    const ipNumber = this.allocator.request()
    if (ipNumber === null)
      return this.refuse('no-address', say.noAddress(this.era.messages, containerId('bridge', -1)), {
        container: box.index,
      })
    const ip = formatIpv4(ipNumber)
    box.ip = ip
    box.ipNumber = ipNumber

    if (!this.publish(box)) {
      this.release(box)
      return false
    }

    const notRunning = box.registered.find((i) => !this.childOf(i).running)
    if (this.era.linkRules === 'insert-forward') {
      // 0.10/1.0: each link is enabled in turn; the first stopped child fails the start and cleanup deletes the rest.
      const until = notRunning === undefined ? box.registered.length : box.registered.indexOf(notRunning)
      box.active = box.registered.slice(0, until).map((i) => this.enableLink(box, i))
    }
    if (notRunning !== undefined) {
      const link = this.scenario.links[notRunning]
      this.release(box)
      if (link) {
        return this.refuse('child-not-running', say.childNotRunning(link.child, link.parent, link.alias), {
          container: box.index,
          link: notRunning,
        })
      }
      return false
    }
    if (this.era.linkRules === 'append-docker-icc-off') box.active = box.registered.map((i) => this.enableLink(box, i))

    if (this.era.linkEnv === 'always' || this.scenario.daemon.keepLinkEnv) {
      box.envInputs = box.active
    } else {
      box.envInputs = []
      for (const i of box.registered) this.noteEnvOff(i)
    }
    box.hostsInputs = this.era.hostsLines === 'none' ? [] : box.active
    box.running = true
    box.everStarted = true
    box.generation++
    this.updateParentsOf(box)
    return true
  }

  /** Bind published ports and write their rules (lifecycle §1). */
  private publish(box: Box): boolean {
    if (box.bindings.length === 0) return true
    const order =
      this.era.publish === 'v20.10' || this.era.publish === 'v28'
        ? sortBindings(box.bindings)
        : box.bindings.map((binding, i) => ({ binding, i }))
    for (const { binding, i } of order) {
      const proto = binding.port.proto
      let hostPort = binding.hostPort
      if (hostPort === undefined) {
        // -p CONTAINERPORT: the next port of this protocol's counter, kept for later restarts.
        hostPort = this.randomPorts[proto]++
        box.bindings[i] = { ...binding, hostPort }
      }
      const hostIp = binding.hostIp ?? '0.0.0.0'
      const key = `${hostIp}:${hostPort}/${proto}`
      if (this.hostPorts.has(key)) {
        return this.refuse('port-conflict', say.portTaken(this.era.messages, hostIp, hostPort, proto), {
          container: box.index,
        })
      }
      this.hostPorts.add(key)
      const bound: BoundPort = {
        binding: i,
        ...(binding.hostIp ? { hostIp: binding.hostIp } : {}),
        hostPort,
        port: binding.port,
      }
      const rules: IssuedRule[] = []
      if (this.scenario.daemon.iptables) {
        const r = publishRules(this.era, {
          bridge: this.scenario.daemon.bridge,
          containerIp: box.ip as string,
          ...(binding.hostIp ? { hostIp: binding.hostIp } : {}),
          hostPort,
          containerPort: binding.port.number,
          proto,
        })
        const cause = (part: 'dnat' | 'accept' | 'hairpin'): RuleCause => ({
          kind: 'publish',
          container: box.index,
          binding: i,
          part,
          containerIp: box.ip as string,
        })
        rules.push({ table: this.tables.nat, rule: this.tables.nat.append(r.dnat, cause('dnat')) })
        const accept =
          r.acceptAt === 'top'
            ? this.tables.filter.insert(r.accept, cause('accept'))
            : this.tables.filter.append(r.accept, cause('accept'))
        rules.push({ table: this.tables.filter, rule: accept })
        if (r.hairpin) rules.push({ table: this.tables.nat, rule: this.tables.nat.append(r.hairpin, cause('hairpin')) })
      }
      box.published.push({ bound, rules })
    }
    return true
  }

  /** Write one link's rules, where and when the era does (§4), and record what the link says at this start. */
  private enableLink(box: Box, i: number): ActiveLink {
    const child = this.childOf(i)
    const { daemon } = this.scenario
    const parentIp = box.ip as string
    const childIp = child.ip as string
    const { filter } = this.tables
    let rules: LinkRuleBlock | null = null
    if (this.era.linkRules === 'insert-forward') {
      // 0.10/1.0: -I FORWARD for every port, whatever --icc and --iptables say (§4.1).
      rules = new LinkRuleBlock('FORWARD', daemon.bridge, i, parentIp, childIp, child.ports)
      if (child.ports.length > 0) filter.addLinkRules(rules, 'top')
    } else if (!daemon.icc && daemon.iptables) {
      // 1.7+: only with --icc=false, -C then -A in filter DOCKER, ports descending (§4.3).
      const ports = child.linkRulePorts
      const skipped = filter.presentLinkPairs(linkPairKey(parentIp, childIp), ports)
      rules = new LinkRuleBlock('DOCKER', daemon.bridge, i, parentIp, childIp, ports, skipped)
      if (rules.size > 0) filter.addLinkRules(rules, 'bottom')
    }
    const reading = this.registeredReading(i)
    return {
      link: i,
      child,
      childGeneration: child.generation,
      rules,
      name: reading.name,
      alias: reading.alias,
      childIp,
      ports: child.ports,
      childEnv: child.spec.env,
      childName: child.spec.name,
    }
  }

  /**
   * 20.10+: a running parent's hosts line follows a child that came back with
   * a new address (libnetwork's parent update); its env and rules do not.
   */
  private updateParentsOf(child: Box): void {
    // On a first start no running parent can have a line for it: a parent never starts before its child.
    if (this.era.hostsLines !== 'alias-id-name' || child.generation < 2 || child.ip === undefined) return
    const ip = child.ip
    for (const parent of this.boxes) {
      if (!parent.running || parent === child) continue
      parent.hostsInputs = parent.hostsInputs.map((line) =>
        this.scenario.links[line.link]?.child !== child.spec.name || line.childIp === ip
          ? line
          : { ...line, childIp: ip },
      )
    }
  }

  /** `docker stop`: ports and address released, the container's own link rules deleted. */
  private stop(box: Box): void {
    const libnetwork = this.era.linkRules === 'append-docker-icc-off'
    for (const active of box.active) {
      // libnetwork deletes a pair only when the child endpoint it was made for still exists (lifecycle §2).
      const childGone = !active.child.running || active.child.generation !== active.childGeneration
      if (libnetwork && childGone) continue
      if (active.rules) this.tables.filter.deleteLinkRules(active.rules)
    }
    box.active = []
    box.running = false
    this.release(box)
  }

  /** Give back what a start took: published ports and their rules, the address. */
  private release(box: Box): void {
    for (const { bound, rules } of box.published) {
      for (const { table, rule } of rules) table.delete(rule)
      this.hostPorts.delete(`${bound.hostIp ?? '0.0.0.0'}:${bound.hostPort}/${bound.port.proto}`)
    }
    box.published = []
    // A failed start's enabled links are deleted by cleanup too (§9 consequences).
    if (!box.running) {
      for (const active of box.active) if (active.rules) this.tables.filter.deleteLinkRules(active.rules)
      box.active = []
    }
    if (box.ipNumber !== undefined) this.allocator.release(box.ipNumber)
    box.ip = undefined
    box.ipNumber = undefined
  }

  // ── lifecycle events ──────────────────────────────────────────────────────

  private event(action: LifecycleEvent['action'], name: string): void {
    const box = this.byName.get(name)
    if (!box) {
      const index = this.scenario.containers.findIndex((c) => c.name === name)
      this.refuse(
        'no-such-container',
        say.noSuchContainer(this.era.messages, name),
        index >= 0 ? { container: index } : {},
      )
      return
    }
    if (action !== 'start' && box.running) this.stop(box)
    if (action !== 'stop' && !box.running) this.start(box)
  }

  // ── helpers ───────────────────────────────────────────────────────────────

  /** A registered link's reading: registration keeps only links docker could read. */
  private registeredReading(i: number): LinkReading & { kind: 'ok' } {
    const reading = this.readings[i]
    if (reading?.kind !== 'ok') throw new Error(`engine: link ${i} was registered unread`) // registration guarantees it
    return reading
  }

  private childOf(i: number): Box {
    const name = this.scenario.links[i]?.child
    const child = name === undefined ? undefined : this.byName.get(name)
    if (!child) throw new Error(`engine: link ${i} has no registered child`) // registration guarantees it
    return child
  }

  private statusOf(i: number): LinkStatus {
    const status = this.linkStatus[i] ?? 'unused'
    if (status !== 'unused') return status
    const parent = this.byName.get(this.scenario.links[i]?.parent ?? '')
    if (!parent?.registered.includes(i)) return 'unused'
    return parent.running ? 'active' : 'inactive'
  }

  private refuse(code: ErrorCode, message: string, at: { container?: number; link?: number }): false {
    const link = at.link === undefined ? undefined : this.scenario.links[at.link]
    this.refusals.push({
      error: link ? { code, message, link } : { code, message },
      operation: this.step,
      ...at,
    })
    return false
  }

  /** A refusal that names the link that caused it. */
  private refuseLink(code: ErrorCode, message: string, box: Box, link: number): false {
    this.linkStatus[link] = 'refused'
    return this.refuse(code, message, { container: box.index, link })
  }

  /** Era 29 without the opt-in: the link's variables are left out; noted once however often its parent starts. */
  private noteEnvOff(link: number): void {
    if (this.envOffNoted.has(link)) return
    this.envOffNoted.add(link)
    this.notes.push({ kind: 'link-env-off', link })
  }
}

const EMPTY: readonly EnvVar[] = []

/**
 * One container as plain data, its link variables made on first read: a big
 * scenario has tens of thousands, and the app shows one container's at a time.
 */
class ContainerView implements ContainerState {
  readonly index: number
  readonly name: string
  readonly status: ContainerStatus
  readonly ip?: string
  readonly ports: readonly Port[]
  readonly published: readonly BoundPort[]
  private readonly box: Box
  private readonly hostsInputs: readonly HostsInput[]
  private madeHosts?: readonly HostsLine[]
  private readonly envInputs: readonly LinkEnvInput[]
  private readonly era: EraBehaviour
  private made?: readonly EnvVar[]

  constructor(box: Box, era: EraBehaviour, ran: boolean) {
    this.index = box.index
    this.name = box.spec.name
    this.box = box
    this.status = !ran
      ? 'pending'
      : !box.exists
        ? 'absent'
        : box.running
          ? 'running'
          : box.everStarted
            ? 'stopped'
            : 'created'
    if (box.running && box.ip !== undefined) this.ip = box.ip
    this.hostsInputs = box.running ? box.hostsInputs : []
    this.ports = box.ports
    this.published = box.published.map((p) => p.bound)
    this.envInputs = box.running ? box.envInputs : []
    this.era = era
  }

  get id(): string {
    return this.box.id
  }

  get hosts(): readonly HostsLine[] {
    this.madeHosts ??= this.hostsInputs.flatMap((input) => hostsLine(input, this.era) ?? [])
    return this.madeHosts
  }

  get env(): readonly EnvVar[] {
    this.made ??= this.envInputs.length === 0 ? EMPTY : this.envInputs.flatMap((input) => linkEnv(input, this.era))
    return this.made
  }
}

/**
 * libnetwork's order for one container's bindings (go-connections SortPortMap):
 * container port descending, then host port descending.
 */
function sortBindings(bindings: readonly Binding[]): { binding: Binding; i: number }[] {
  return bindings
    .map((binding, i) => ({ binding, i }))
    .sort(
      (a, b) =>
        b.binding.port.number - a.binding.port.number ||
        (a.binding.port.proto === b.binding.port.proto ? 0 : a.binding.port.proto === 'tcp' ? -1 : 1) ||
        (b.binding.hostPort ?? 0) - (a.binding.hostPort ?? 0),
    )
}
