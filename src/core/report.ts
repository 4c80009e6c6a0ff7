/** The report of contract v1: what `derive` prints as JSON. */
import type { LinkSpec } from './scenario'

/**
 * Why docker refused a link, a container or the daemon. The first eight are
 * contract v1; `no-such-container` (a lifecycle event naming a container docker
 * never created) and `no-address` (the bridge subnet is full) extend it.
 */
export type ErrorCode =
  | 'child-not-found'
  | 'child-not-running'
  | 'self-link'
  | 'invalid-name'
  | 'name-conflict'
  | 'invalid-link'
  | 'invalid-port'
  | 'daemon-refused'
  | 'no-such-container'
  | 'no-address'
  | 'port-conflict'

export interface DeriveError {
  readonly code: ErrorCode
  /** Docker's own wording for the era. */
  readonly message: string
  readonly link?: LinkSpec
}

export interface ContainerReport {
  readonly name: string
  /** Running once the scenario (and its events) played out. */
  readonly started: boolean
  /** Present only while running. */
  readonly ip?: string
  /** The variables docker's links add to this container's environment. */
  readonly linkEnv: Readonly<Record<string, string>>
  /** The `/etc/hosts` lines links add, in the era's format. */
  readonly hosts: readonly string[]
}

export interface IptablesTables {
  /** `iptables -S`, line by line. */
  readonly filter: readonly string[]
  /** `iptables -t nat -S`, line by line. */
  readonly nat: readonly string[]
}

export interface Report {
  readonly version: 1
  readonly containers: readonly ContainerReport[]
  readonly iptables: IptablesTables
  readonly errors: readonly DeriveError[]
}
