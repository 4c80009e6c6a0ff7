/**
 * Why a line exists. Every variable, hosts line and rule the engine derives
 * carries one of these, so the app can answer "why is this here?", mark what
 * an edit changed, and walk a packet through rules it can name.
 * Links and containers are named by their index in the scenario.
 */
import type { Port } from './ports'

/** A start-up step of the daemon (docker-links-facts.md §5). */
export type DaemonStep =
  /** A built-in chain's policy. */
  | 'policy'
  /** 20.10+: FORWARD set to DROP because the daemon switched ip_forward on. */
  | 'forward-policy-drop'
  /** `-N` of a chain docker creates. */
  | 'chain'
  /** MASQUERADE of traffic leaving the bridge subnet. */
  | 'masquerade'
  /** Container-to-container traffic on the bridge: ACCEPT (`--icc=true`) or DROP (`--icc=false`). */
  | 'icc'
  /** Containers may reach the outside: `-i br ! -o br -j ACCEPT`. */
  | 'outgoing'
  /** Replies to connections already allowed: conntrack RELATED,ESTABLISHED. */
  | 'conntrack'
  /** nat PREROUTING / OUTPUT jumps to the nat DOCKER chain (published ports). */
  | 'nat-jump'
  /** nat DOCKER: traffic from the bridge itself is never DNATed. */
  | 'nat-return'
  /** filter FORWARD → DOCKER (20.10) or DOCKER-BRIDGE → DOCKER (28+): where link and port rules live. */
  | 'docker-jump'
  /** DOCKER-USER: the chain left for the administrator's own rules. */
  | 'docker-user'
  /** DOCKER-ISOLATION-STAGE-1/2: keeps bridge networks apart. */
  | 'isolation'
  /** 28+: FORWARD → DOCKER-FORWARD and its jumps. */
  | 'docker-forward'
  /** 28+: DOCKER-CT, conntrack for the bridge. */
  | 'docker-ct'
  /** 28+: filter DOCKER drops what enters the bridge from outside unless a port rule allowed it. */
  | 'external-drop'

/** Which way a link's rule lets packets through. */
export type LinkDirection = 'request' | 'reply'

export type RuleCause =
  | { readonly kind: 'daemon'; readonly step: DaemonStep }
  | {
      readonly kind: 'link'
      /** Index in `scenario.links`. */
      readonly link: number
      readonly port: Port
      /** `request`: parent → child `--dport`; `reply`: child → parent `--sport`. */
      readonly direction: LinkDirection
      readonly parentIp: string
      readonly childIp: string
    }
  | {
      readonly kind: 'publish'
      /** Index in `scenario.containers`. */
      readonly container: number
      /** Index in that container's `publish`. */
      readonly binding: number
      /** DNAT in nat DOCKER, ACCEPT in filter, or the hairpin MASQUERADE (20.10). */
      readonly part: 'dnat' | 'accept' | 'hairpin'
      readonly containerIp: string
    }
