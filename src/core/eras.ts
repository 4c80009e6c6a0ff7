/**
 * What differs between Docker releases, as answers to the questions the engine
 * asks. The engine branches on these answers, never on a version string, so a
 * new era is one new row, and `satisfies` makes the row answer every question.
 * Facts: docker-links-facts.md §1 (behaviour matrix); each answer names its section.
 */

export interface EraBehaviour {
  /** The Docker releases this era stands for. */
  readonly releases: string
  /** The tag whose code the era reproduces. */
  readonly tag: string
  /** Default `--bip` (§8). */
  readonly defaultBridgeIp: string
  /** Container-name rule (§9): `loose` = `[a-zA-Z0-9_.-]+`; `strict` = `[a-zA-Z0-9][a-zA-Z0-9_.-]+` (two characters at least). */
  readonly names: 'loose' | 'strict'
  /** `-` in the alias becomes `_` in the variable prefix (§2.2, from 1.2.0). */
  readonly dashToUnderscore: boolean
  /** How ToEnv orders ports and picks `ALIAS_PORT` (§2.4). */
  readonly portOrder: 'number-tcp-tie' | 'tcp-first'
  /** Port-range variables (§2.5). */
  readonly rangeVars: 'none' | 'three-any-proto' | 'two-same-proto'
  /** How a child's `KEY=VALUE` entry is split (§2.6). */
  readonly envSplit: 'every-equals' | 'first-equals'
  /** Link variables set at all (§2.11). */
  readonly linkEnv: 'always' | 'opt-in'
  /** `/etc/hosts` link lines (§3). */
  readonly hostsLines: 'none' | 'alias' | 'alias-id-name'
  /** Where link ACCEPT rules go (§4). */
  readonly linkRules: 'insert-forward' | 'append-docker-icc-off'
  /** Start-up rule set (§5). */
  readonly startup: 'v0.10' | 'v20.10' | 'v28' | 'v29'
  /** IP allocator (§8, lifecycle §2). */
  readonly allocator: 'reuse-released' | 'next-after-last' | 'lowest-free'
  /** When `--link`s are registered (§9): a failing link refuses the start, or the create. */
  readonly linksRegistered: 'at-start' | 'at-create'
  /** `--iptables=false --icc=false` is refused at daemon start (§5.2, from 1.1.0). */
  readonly refusesIccWithoutIptables: boolean
  /** Port ranges such as `7000-7002` accepted in `--expose` (§2.5, from 1.5.0). */
  readonly exposeRanges: boolean
  /** `-p CONTAINERPORT` gets a predictable random host port (lifecycle §1). */
  readonly randomHostPorts: boolean
  /** Published-port rules (lifecycle §1). */
  readonly publish: 'v0.10' | 'v1.0' | 'v20.10' | 'v28'
  /** Messages docker prints (§9). */
  readonly messages: 'v0.10' | 'v20.10'
  /** How docker words a malformed exposed port (the EXPOSE parser up to 1.x, the CLI's `--expose` after). */
  readonly portMessages: 'v0.10' | 'v1.0' | 'v20.10' | 'v28' | 'v29'
  /** How a `--link` alias that is a path is read: refused by 0.10's name graph, or its last element from 1.6. */
  readonly nestedAlias: 'refused' | 'last-element'
}

export const ERAS = {
  '0.10': {
    releases: '0.9.0 – 0.10.0',
    tag: 'v0.10.0',
    defaultBridgeIp: '172.17.42.1/16',
    names: 'loose',
    dashToUnderscore: false,
    portOrder: 'number-tcp-tie',
    rangeVars: 'none',
    envSplit: 'every-equals',
    linkEnv: 'always',
    hostsLines: 'none',
    linkRules: 'insert-forward',
    startup: 'v0.10',
    allocator: 'reuse-released',
    linksRegistered: 'at-start',
    refusesIccWithoutIptables: false,
    exposeRanges: false,
    randomHostPorts: true,
    publish: 'v0.10',
    messages: 'v0.10',
    portMessages: 'v0.10',
    nestedAlias: 'refused',
  },
  '1.0': {
    releases: '0.11.0 – 1.1.2',
    tag: 'v1.0.0',
    defaultBridgeIp: '172.17.42.1/16',
    names: 'loose',
    dashToUnderscore: false,
    portOrder: 'number-tcp-tie',
    rangeVars: 'none',
    envSplit: 'every-equals',
    linkEnv: 'always',
    hostsLines: 'alias',
    linkRules: 'insert-forward',
    startup: 'v0.10',
    allocator: 'next-after-last',
    linksRegistered: 'at-start',
    refusesIccWithoutIptables: false,
    exposeRanges: false,
    randomHostPorts: true,
    publish: 'v1.0',
    messages: 'v0.10',
    portMessages: 'v1.0',
    nestedAlias: 'refused',
  },
  '20.10': {
    releases: '1.9.0 – 27.x',
    tag: 'v20.10.0',
    defaultBridgeIp: '172.17.0.1/16',
    names: 'strict',
    dashToUnderscore: true,
    portOrder: 'number-tcp-tie',
    rangeVars: 'three-any-proto',
    envSplit: 'first-equals',
    linkEnv: 'always',
    hostsLines: 'alias-id-name',
    linkRules: 'append-docker-icc-off',
    startup: 'v20.10',
    allocator: 'lowest-free',
    linksRegistered: 'at-create',
    refusesIccWithoutIptables: true,
    exposeRanges: true,
    randomHostPorts: false,
    publish: 'v20.10',
    messages: 'v20.10',
    portMessages: 'v20.10',
    nestedAlias: 'last-element',
  },
  '28': {
    releases: '28.0.0 – 28.5.x',
    tag: 'v28.5.2',
    defaultBridgeIp: '172.17.0.1/16',
    names: 'strict',
    dashToUnderscore: true,
    portOrder: 'tcp-first',
    rangeVars: 'two-same-proto',
    envSplit: 'first-equals',
    linkEnv: 'always',
    hostsLines: 'alias-id-name',
    linkRules: 'append-docker-icc-off',
    startup: 'v28',
    allocator: 'lowest-free',
    linksRegistered: 'at-create',
    refusesIccWithoutIptables: true,
    exposeRanges: true,
    randomHostPorts: false,
    publish: 'v28',
    messages: 'v20.10',
    portMessages: 'v28',
    nestedAlias: 'last-element',
  },
  '29': {
    releases: '29.0.0 and later',
    tag: 'docker-v29.1.0',
    defaultBridgeIp: '172.17.0.1/16',
    names: 'strict',
    dashToUnderscore: true,
    portOrder: 'tcp-first',
    rangeVars: 'two-same-proto',
    envSplit: 'first-equals',
    linkEnv: 'opt-in',
    hostsLines: 'alias-id-name',
    linkRules: 'append-docker-icc-off',
    startup: 'v29',
    allocator: 'lowest-free',
    linksRegistered: 'at-create',
    refusesIccWithoutIptables: true,
    exposeRanges: true,
    randomHostPorts: false,
    publish: 'v28',
    messages: 'v20.10',
    portMessages: 'v29',
    nestedAlias: 'last-element',
  },
} as const satisfies Record<string, EraBehaviour>

export type DockerEra = keyof typeof ERAS

/** Every era, oldest first. */
export const DOCKER_ERAS: readonly DockerEra[] = ['0.10', '1.0', '20.10', '28', '29']

export const DEFAULT_ERA: DockerEra = '0.10'

export function isDockerEra(value: unknown): value is DockerEra {
  return typeof value === 'string' && Object.hasOwn(ERAS, value)
}

export function eraOf(era: DockerEra): EraBehaviour {
  return ERAS[era]
}
