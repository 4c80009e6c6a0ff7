/**
 * The one door in: untrusted JSON (a file, stdin, a share link, pasted text)
 * becomes a Scenario with every default filled in, or one line saying what is
 * wrong and where. The CLI and the app both come through here, so they accept
 * and refuse exactly the same inputs.
 *
 * Only the *shape* is checked here. What docker itself would refuse (a bad
 * name, a malformed port, a missing child) is a value in the report's errors,
 * as the contract asks.
 */
import * as v from 'valibot'
import { DEFAULT_ERA, DOCKER_ERAS, ERAS, isDockerEra } from './eras'
import { parseSubnet } from './ipv4'
import { fail, ok, type Parsed } from './parsed'
import type { Scenario } from './scenario'

/** Contract v1's limits on what Link Lab will read; far above any class scenario. */
export const LIMITS = { containers: 5000, links: 20000, events: 5000, listItems: 1000, string: 4096 } as const

const text = v.pipe(v.string(), v.maxLength(LIMITS.string, `is longer than ${LIMITS.string} characters`))
const strings = v.pipe(v.array(text), v.maxLength(LIMITS.listItems, `has more than ${LIMITS.listItems} entries`))
const finite = v.pipe(v.number(), v.finite())
const nonEmpty = v.pipe(text, v.minLength(1, 'must not be empty'))

const DaemonSchema = v.object({
  bridge: v.optional(
    v.pipe(text, v.regex(/^[^\s/:]{1,15}$/, 'is not an interface name (1–15 characters, no space, / or :)')),
  ),
  bridgeIp: v.optional(text),
  icc: v.optional(v.boolean()),
  iptables: v.optional(v.boolean()),
  keepLinkEnv: v.optional(v.boolean()),
})

const ContainerSchema = v.object({
  name: nonEmpty,
  image: v.optional(text, ''),
  expose: v.optional(strings, []),
  env: v.optional(strings, []),
  publish: v.optional(strings, []),
  position: v.optional(v.object({ x: finite, y: finite })),
})

const LinkSchema = v.object({ parent: nonEmpty, child: text, alias: text })

const EventSchema = v.object({
  action: v.picklist(['stop', 'start', 'restart'], 'is not one of "stop", "start", "restart"'),
  container: nonEmpty,
})

const ScenarioSchema = v.object({
  version: v.literal(1, 'must be 1'),
  docker: v.optional(v.string()),
  daemon: v.optional(DaemonSchema, {}),
  containers: v.optional(
    v.pipe(v.array(ContainerSchema), v.maxLength(LIMITS.containers, `has more than ${LIMITS.containers} containers`)),
    [],
  ),
  links: v.optional(v.pipe(v.array(LinkSchema), v.maxLength(LIMITS.links, `has more than ${LIMITS.links} links`)), []),
  events: v.optional(
    v.pipe(v.array(EventSchema), v.maxLength(LIMITS.events, `has more than ${LIMITS.events} events`)),
    [],
  ),
})

const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  '': ['version', 'docker', 'daemon', 'containers', 'links', 'events'],
  daemon: ['bridge', 'bridgeIp', 'icc', 'iptables', 'keepLinkEnv'],
  containers: ['name', 'image', 'expose', 'env', 'publish', 'position'],
  links: ['parent', 'child', 'alias'],
  events: ['action', 'container'],
}

/**
 * Read a scenario. A problem is one line that names the field:
 * `containers[1].expose[0]: expected a string, got 80`.
 *
 * @example
 * parseScenario({ version: 1 })  //=> { ok: true, value: { docker: '0.10', daemon: { bridge: 'docker0', … }, … } }
 * parseScenario({ version: 2 })  //=> { ok: false, problem: 'version: must be 1, got 2' }
 */
export function parseScenario(json: unknown): Parsed<Scenario> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail(`scenario: expected a JSON object, got ${shown(json)}`)
  }
  const result = v.safeParse(ScenarioSchema, json)
  if (!result.success) return fail(problemOf(result.issues[0]))
  const raw = result.output

  const docker = raw.docker ?? DEFAULT_ERA
  if (!isDockerEra(docker)) {
    return fail(`docker: unknown Docker release ${JSON.stringify(docker)} (known: ${DOCKER_ERAS.join(', ')})`)
  }
  const era = ERAS[docker]
  const bridgeIp = raw.daemon.bridgeIp ?? era.defaultBridgeIp
  if (parseSubnet(bridgeIp) === null) {
    return fail(
      `daemon.bridgeIp: not an IPv4 address with a prefix length, such as 172.17.42.1/16: ${JSON.stringify(bridgeIp)}`,
    )
  }
  const names = new Set(raw.containers.map((c) => c.name))
  const orphan = raw.links.findIndex((link) => !names.has(link.parent))
  if (orphan >= 0) {
    return fail(`links[${orphan}].parent: no container is named ${JSON.stringify(raw.links[orphan]?.parent)}`)
  }

  const scenario: Scenario = {
    version: 1,
    docker,
    daemon: {
      bridge: raw.daemon.bridge ?? 'docker0',
      bridgeIp,
      icc: raw.daemon.icc ?? true,
      iptables: raw.daemon.iptables ?? true,
      keepLinkEnv: raw.daemon.keepLinkEnv ?? false,
    },
    containers: raw.containers.map((c) => ({
      name: c.name,
      image: c.image,
      expose: c.expose,
      env: c.env,
      publish: c.publish,
      ...(c.position ? { position: { x: c.position.x, y: c.position.y } } : {}),
    })),
    links: raw.links.map((l) => ({ parent: l.parent, child: l.child, alias: l.alias })),
    events: raw.events.map((e) => ({ action: e.action, container: e.container })),
  }
  return ok(scenario, unknownKeys(json))
}

/** Fields Link Lab does not know: ignored, but said, so a typo does not pass silently. */
function unknownKeys(json: object): string[] {
  const warnings: string[] = []
  const check = (value: unknown, at: string, kind: string): void => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return
    const known = KNOWN_KEYS[kind] ?? []
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) warnings.push(`${at ? `${at}.` : ''}${key}: unknown field, ignored`)
    }
  }
  const record = json as Record<string, unknown>
  check(record, '', '')
  check(record.daemon, 'daemon', 'daemon')
  for (const kind of ['containers', 'links', 'events'] as const) {
    const list = record[kind]
    if (!Array.isArray(list)) continue
    for (const [i, item] of list.entries()) check(item, `${kind}[${i}]`, kind)
  }
  return warnings.slice(0, 20)
}

function problemOf(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'scenario: not a valid scenario'
  let at = ''
  for (const item of issue.path ?? []) {
    const key = item.key
    at += typeof key === 'number' ? `[${key}]` : `${at ? '.' : ''}${String(key)}`
  }
  const where = at || 'scenario'
  if (issue.kind === 'schema' && issue.type !== 'literal' && issue.type !== 'picklist') {
    const expected = EXPECTED[issue.type] ?? issue.expected ?? issue.type
    return `${where}: expected ${expected}, got ${shown(issue.input)}`
  }
  return `${where}: ${issue.message}${issue.type === 'literal' || issue.type === 'picklist' ? `, got ${shown(issue.input)}` : ''}`
}

const EXPECTED: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'an array'
  if (value === null) return 'null'
  if (typeof value === 'object') return 'an object'
  const json = JSON.stringify(value)
  return json.length > 40 ? `${json.slice(0, 37)}...` : json
}
