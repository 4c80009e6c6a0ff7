/**
 * The scenario of contract v1: what a user builds on the canvas, with every
 * default filled in. Only `parseScenario` makes one from untrusted input.
 */
import type { DockerEra } from './eras'

export interface XY {
  readonly x: number
  readonly y: number
}

/** The daemon's flags that links depend on. */
export interface DaemonSpec {
  /** `-b`: the bridge interface. */
  readonly bridge: string
  /** `--bip`: the bridge's own address with its prefix length, e.g. `172.17.42.1/16`. */
  readonly bridgeIp: string
  /** `--icc`. */
  readonly icc: boolean
  /** `--iptables`. */
  readonly iptables: boolean
  /** Era 29 only: the daemon runs with `DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS=1`. */
  readonly keepLinkEnv: boolean
}

/** One `docker run`: the container's configuration as docker stores it. */
export interface ContainerSpec {
  /** `--name`, without the leading `/`. */
  readonly name: string
  /** Image reference; shown only. */
  readonly image: string
  /** Exposed ports as written: `PORT`, `PORT/PROTO`, `START-END/PROTO`. Validated by the era, not the parser. */
  readonly expose: readonly string[]
  /** The configured environment (image `ENV` and `-e`), `KEY=VALUE` as docker stores it. */
  readonly env: readonly string[]
  /** `-p` values in command-line order (contract extension). */
  readonly publish: readonly string[]
  /** Canvas position; never read by the engine. */
  readonly position?: XY
}

/** One `--link child:alias` given to `parent`. */
export interface LinkSpec {
  readonly parent: string
  readonly child: string
  readonly alias: string
}

export type LifecycleAction = 'stop' | 'start' | 'restart'

/** `docker stop|start|restart NAME`, applied after every container was run (contract extension). */
export interface LifecycleEvent {
  readonly action: LifecycleAction
  readonly container: string
}

/** A scenario with every default filled in: the only shape the engine accepts. */
export interface Scenario {
  readonly version: 1
  readonly docker: DockerEra
  readonly daemon: DaemonSpec
  /** In start order. */
  readonly containers: readonly ContainerSpec[]
  /** In command-line order. */
  readonly links: readonly LinkSpec[]
  readonly events: readonly LifecycleEvent[]
}
