/**
 * One container as the daemon keeps it during a derivation: mutable, private
 * to the Host (daemon.ts), which hands out plain views of it.
 *
 * A class rather than an object literal: a big scenario has thousands, and
 * every one then has the same fields from birth, with no closure each for
 * its lazy ID.
 */
import type { HostsInput } from './hosts'
import { containerId } from './ids'
import type { LinkRuleBlock } from './iptables/linkRules'
import type { Table, TableRule } from './iptables/table'
import type { LinkEnvInput } from './linkEnv'
import { type Binding, type Port, sortForLinkRules } from './ports'
import type { ContainerSpec } from './scenario'

/** A published port as it was bound. */
export interface BoundPort {
  readonly binding: number
  readonly hostIp?: string
  readonly hostPort: number
  readonly port: Port
}

/**
 * A link as its parent's latest start enabled it: the rules it added, and what
 * its variables and hosts line say (made into text only when read). One record
 * per link serves the parent's rules, env and hosts: a big scenario has thousands.
 */
export interface ActiveLink extends LinkEnvInput, HostsInput {
  readonly child: Box
  readonly childGeneration: number
  /** The rules it added, or `null` where the era added none. */
  readonly rules: LinkRuleBlock | null
}

export interface IssuedRule {
  readonly table: Table
  readonly rule: TableRule
}

export class Box {
  readonly index: number
  readonly spec: ContainerSpec
  ports: Port[] = []
  bindings: Binding[] = []
  exists = false
  running = false
  everStarted = false
  /** How many times it started: a child's endpoint identity for libnetwork (lifecycle §2). */
  generation = 0
  ip: string | undefined = undefined
  ipNumber: number | undefined = undefined
  /** What each active link looked like at this container's latest start: its env is made from these when read. */
  envInputs: LinkEnvInput[] = []
  /** What each active link's hosts line says, made into text when read. */
  hostsInputs: HostsInput[] = []
  /** Links registered to this parent, in command-line order. */
  registered: number[] = []
  active: ActiveLink[] = []
  published: { bound: BoundPort; rules: IssuedRule[] }[] = []
  private madeId: string | undefined = undefined
  private madeLinkRulePorts: readonly Port[] | undefined = undefined

  constructor(spec: ContainerSpec, index: number) {
    this.spec = spec
    this.index = index
  }

  /** Made up from name and place (ids.ts); made when first needed. */
  get id(): string {
    this.madeId ??= containerId(this.spec.name, this.index)
    return this.madeId
  }

  /**
   * Its ports in the order libnetwork writes a link's rules for them. Ports
   * are set once, at create, and every link to this child needs the same order.
   */
  get linkRulePorts(): readonly Port[] {
    this.madeLinkRulePorts ??= sortForLinkRules(this.ports)
    return this.madeLinkRulePorts
  }
}
