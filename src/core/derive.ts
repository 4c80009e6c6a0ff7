/**
 * The engine's entry point: a scenario in, everything docker would produce
 * out: the contract's report and, beside it, the richer model in which every
 * line knows its cause.
 */
import {
  type ContainerState,
  Host,
  type HostState,
  type LinkStatus,
  type Note,
  type Operation,
  type Refusal,
  type Staleness,
} from './daemon'
import type { ListedRule } from './iptables/table'
import { parseSubnet } from './ipv4'
import type { ContainerReport, Report } from './report'
import type { Scenario } from './scenario'

export interface Derivation {
  readonly scenario: Scenario
  /** Exactly contract v1's report. */
  readonly report: Report
  /** Every container as the host has it, with the cause of each variable and hosts line. */
  readonly containers: readonly ContainerState[]
  readonly links: readonly LinkStatus[]
  /** `iptables -S`, each line with its cause. */
  readonly filter: readonly ListedRule[]
  /** `iptables -t nat -S`, each line with its cause. */
  readonly nat: readonly ListedRule[]
  readonly refusals: readonly Refusal[]
  readonly notes: readonly Note[]
  /** Running parents that name an address their child no longer has. */
  readonly stale: readonly Staleness[]
  /** `docker run` per container, then the lifecycle events: the host's history. */
  readonly operations: readonly Operation[]
  /** How many operations were applied (all, unless `steps` said otherwise). */
  readonly applied: number
  readonly daemonRunning: boolean
}

export interface DeriveOptions {
  /** Apply only the first `steps` operations: the host as it was after that step. */
  readonly steps?: number
}

/**
 * Derive what docker does with `scenario`. Pure and total: the same scenario
 * always gives the same derivation, the input is never changed, and
 * docker-level problems are values in `refusals` (and the report's `errors`).
 *
 * @example
 * derive(seed).report.containers[1].linkEnv.DB_PORT //=> 'tcp://172.17.0.2:6379'
 */
export function derive(scenario: Scenario, options: DeriveOptions = {}): Derivation {
  const subnet = parseSubnet(scenario.daemon.bridgeIp)
  if (subnet === null) throw new Error(`engine: unparsed bridgeIp ${scenario.daemon.bridgeIp}`) // parseScenario checks it
  const host = new Host(scenario, subnet)
  const applied = Math.max(0, Math.min(host.operations.length, options.steps ?? host.operations.length))
  return new HostDerivation(scenario, host.apply(applied).state(), host.operations, applied)
}

/** A derivation whose report (every variable and rule as text) is made when first read. */
class HostDerivation implements Derivation {
  readonly containers: readonly ContainerState[]
  readonly links: readonly LinkStatus[]
  readonly refusals: readonly Refusal[]
  readonly notes: readonly Note[]
  readonly stale: readonly Staleness[]
  readonly daemonRunning: boolean
  private made?: Report
  private readonly tables: HostState['tables']
  private madeFilter?: readonly ListedRule[]
  private madeNat?: readonly ListedRule[]
  readonly scenario: Scenario
  readonly operations: readonly Operation[]
  readonly applied: number

  constructor(scenario: Scenario, state: HostState, operations: readonly Operation[], applied: number) {
    this.scenario = scenario
    this.operations = operations
    this.applied = applied
    this.containers = state.containers
    this.links = state.links
    this.tables = state.tables
    this.refusals = state.refusals
    this.notes = state.notes
    this.stale = state.stale
    this.daemonRunning = state.daemonRunning
  }

  get filter(): readonly ListedRule[] {
    this.madeFilter ??= this.tables.filter.list()
    return this.madeFilter
  }

  get nat(): readonly ListedRule[] {
    this.madeNat ??= this.tables.nat.list()
    return this.madeNat
  }

  get report(): Report {
    this.made ??= toReport(this)
    return this.made
  }
}

/** The contract's report for a scenario: `derive(scenario).report`. */
export function deriveReport(scenario: Scenario): Report {
  return derive(scenario).report
}

function toReport(d: HostDerivation): Report {
  return {
    version: 1,
    containers: d.containers.map((c): ContainerReport => {
      const running = c.status === 'running'
      return {
        name: c.name,
        started: running,
        ...(running && c.ip !== undefined ? { ip: c.ip } : {}),
        // Where two links give the same key, the later one wins (contract v1).
        linkEnv: Object.fromEntries(c.env.map((e) => [e.key, e.value])),
        hosts: c.hosts.map((h) => h.text),
      }
    }),
    iptables: { filter: d.filter.map((l) => l.text), nat: d.nat.map((l) => l.text) },
    errors: d.refusals.map((r) => r.error),
  }
}
