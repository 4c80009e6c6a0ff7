/**
 * The flags of `docker run` (and of the `docker` command itself), as data:
 * which ones Link Lab reads, which it lists as ignored, and which take a value.
 * The set is the union of `docker run --help` from 0.10 to 29, so a command
 * from any era reads; a flag not here is an error, never silently dropped.
 */

/** What a flag means to Link Lab. */
export type FlagKind = 'name' | 'link' | 'expose' | 'env' | 'publish' | 'ignored'

export interface FlagSpec {
  /** The long name, with its dashes: `--publish`. */
  readonly long: string
  readonly kind: FlagKind
  /** It takes a value (`--name X`); otherwise it is a switch (`--rm`, `--rm=false`). */
  readonly value: boolean
  /** Said once per use when it is ignored, when the flag matters to links after all. */
  readonly why?: string
}

const READ: readonly FlagSpec[] = [
  { long: '--name', kind: 'name', value: true },
  { long: '--link', kind: 'link', value: true },
  { long: '--expose', kind: 'expose', value: true },
  { long: '--env', kind: 'env', value: true },
  { long: '--publish', kind: 'publish', value: true },
]

/** Flags that take a value and do not change what links do. */
const IGNORED_WITH_VALUE = [
  'add-host',
  'annotation',
  'attach',
  'blkio-weight',
  'blkio-weight-device',
  'cap-add',
  'cap-drop',
  'cgroup-parent',
  'cgroupns',
  'cidfile',
  'cpu-count',
  'cpu-percent',
  'cpu-period',
  'cpu-quota',
  'cpu-rt-period',
  'cpu-rt-runtime',
  'cpu-shares',
  'cpus',
  'cpuset',
  'cpuset-cpus',
  'cpuset-mems',
  'detach-keys',
  'device',
  'device-cgroup-rule',
  'device-read-bps',
  'device-read-iops',
  'device-write-bps',
  'device-write-iops',
  'dns',
  'dns-opt',
  'dns-option',
  'dns-search',
  'domainname',
  'entrypoint',
  'gpus',
  'group-add',
  'health-cmd',
  'health-interval',
  'health-retries',
  'health-start-interval',
  'health-start-period',
  'health-timeout',
  'hostname',
  'io-maxbandwidth',
  'io-maxiops',
  'ip6',
  'ipc',
  'isolation',
  'kernel-memory',
  'label',
  'label-file',
  'link-local-ip',
  'log-driver',
  'log-opt',
  'lxc-conf',
  'mac-address',
  'memory',
  'memory-reservation',
  'memory-swap',
  'memory-swappiness',
  'mount',
  'network-alias',
  'net-alias',
  'oom-score-adj',
  'pid',
  'pids-limit',
  'platform',
  'pull',
  'restart',
  'runtime',
  'security-opt',
  'shm-size',
  'stop-signal',
  'stop-timeout',
  'storage-opt',
  'sysctl',
  'tmpfs',
  'ulimit',
  'user',
  'userns',
  'uts',
  'volume',
  'volume-driver',
  'volumes-from',
  'workdir',
] as const

/** Switches that do not change what links do. */
const IGNORED_SWITCHES = [
  'detach',
  'disable-content-trust',
  'init',
  'interactive',
  'no-healthcheck',
  'oom-kill-disable',
  'privileged',
  'quiet',
  'read-only',
  'rm',
  'sig-proxy',
  'tty',
  'use-api-socket',
] as const

const BRIDGE_ONLY = 'legacy links work on the default bridge only; Link Lab puts every container there'

/** Ignored, but they touch what links see: each use is also a note. */
const IGNORED_WITH_WHY: readonly FlagSpec[] = [
  { long: '--network', kind: 'ignored', value: true, why: BRIDGE_ONLY },
  { long: '--net', kind: 'ignored', value: true, why: BRIDGE_ONLY },
  {
    long: '--ip',
    kind: 'ignored',
    value: true,
    why: 'Link Lab gives addresses in start order, as the default bridge does',
  },
  {
    long: '--env-file',
    kind: 'ignored',
    value: true,
    why: 'its file is not read: add its lines as -e KEY=VALUE to keep them',
  },
  {
    long: '--publish-all',
    kind: 'ignored',
    value: false,
    why: 'Link Lab does not publish exposed ports to random host ports: use -p for each',
  },
  {
    long: '--networking',
    kind: 'ignored',
    value: false,
    why: 'docker 0.x only; Link Lab always gives the container its network',
  },
]

/** `-x` → its long flag. */
const SHORT: Readonly<Record<string, string>> = {
  a: '--attach',
  c: '--cpu-shares',
  d: '--detach',
  e: '--env',
  h: '--hostname',
  i: '--interactive',
  l: '--label',
  m: '--memory',
  p: '--publish',
  P: '--publish-all',
  q: '--quiet',
  t: '--tty',
  u: '--user',
  v: '--volume',
  w: '--workdir',
}

const RUN_FLAGS: ReadonlyMap<string, FlagSpec> = new Map(
  [
    ...READ,
    ...IGNORED_WITH_WHY,
    ...IGNORED_WITH_VALUE.map((name): FlagSpec => ({ long: `--${name}`, kind: 'ignored', value: true })),
    ...IGNORED_SWITCHES.map((name): FlagSpec => ({ long: `--${name}`, kind: 'ignored', value: false })),
  ].map((flag) => [flag.long, flag]),
)

/**
 * The `docker run` flag named `--long` or `-s` (one letter), or `undefined`.
 *
 * @example
 * runFlag('--name') //=> { long: '--name', kind: 'name', value: true }
 * runFlag('-d')     //=> { long: '--detach', kind: 'ignored', value: false }
 */
export function runFlag(flag: string): FlagSpec | undefined {
  if (flag.startsWith('--')) return RUN_FLAGS.get(flag)
  const long = flag.length === 2 && Object.hasOwn(SHORT, flag[1] ?? '') ? SHORT[flag[1] ?? ''] : undefined
  return long === undefined ? undefined : RUN_FLAGS.get(long)
}

/** Every flag `importDockerRun` lists as ignored, long names, sorted (for documentation and tests). */
export const IGNORED_RUN_FLAGS: readonly string[] = [...RUN_FLAGS.values()]
  .filter((flag) => flag.kind === 'ignored')
  .map((flag) => flag.long)
  .sort()

/** Flags of `docker` itself, before the subcommand (`docker -H tcp://… run`): `true` when they take a value. */
const GLOBAL: Readonly<Record<string, boolean>> = {
  '-H': true,
  '--host': true,
  '-c': true,
  '--context': true,
  '--config': true,
  '-l': true,
  '--log-level': true,
  '--tlscacert': true,
  '--tlscert': true,
  '--tlskey': true,
  '-D': false,
  '--debug': false,
  '--tls': false,
  '--tlsverify': false,
}

/**
 * Whether a `docker` flag before the subcommand takes a value; `undefined` for an unknown flag.
 *
 * @example
 * globalFlag('-H')      //=> true
 * globalFlag('--debug') //=> false
 */
export function globalFlag(flag: string): boolean | undefined {
  return Object.hasOwn(GLOBAL, flag) ? GLOBAL[flag] : undefined
}

/** Flags of `docker start|stop|restart`: `true` when they take a value. */
const LIFECYCLE: Readonly<Record<string, boolean>> = {
  '-t': true,
  '--time': true,
  '--timeout': true,
  '-s': true,
  '--signal': true,
  '-a': false,
  '--attach': false,
  '-i': false,
  '--interactive': false,
  '--detach-keys': true,
  '--checkpoint': true,
  '--checkpoint-dir': true,
}

/**
 * Whether a flag of `docker start|stop|restart` takes a value; `undefined` for an unknown flag.
 *
 * @example
 * lifecycleFlag('-t') //=> true
 */
export function lifecycleFlag(flag: string): boolean | undefined {
  return Object.hasOwn(LIFECYCLE, flag) ? LIFECYCLE[flag] : undefined
}
