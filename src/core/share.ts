/**
 * Share links: the whole scenario in the URL fragment, no server. The codec
 * lives in the core so the app and `derive --format url` make the same link,
 * and `derive <link>` reads one.
 *
 * Format (version 1): `#s=1<codec><payload>`.
 * - The scenario is first made compact (`toCompact`): defaults left out,
 *   containers and links as short arrays, positions rounded.
 * - codec `d`: that JSON, deflated with a preset dictionary of strings
 *   scenarios share (shareDictionary.ts, frozen), in base64url: what links use;
 * - codec `z`: that JSON, deflated (fflate, raw DEFLATE), in base64url (the first links);
 * - codec `j`: that JSON in base64url, for the tiny scenarios deflate cannot shrink.
 * A link made today must open in every later release: new versions get a new
 * leading digit, and this decoder keeps reading `1`.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate'
import { decodeBase64url, encodeBase64url } from './base64url'
import { ERAS } from './eras'
import { fail, ok, type Parsed } from './parsed'
import { parseScenario } from './parseScenario'
import type { ContainerSpec, Scenario } from './scenario'
import { SHARE_DICTIONARY_V1 } from './shareDictionary'

/** Longest link the decoder reads, and the most JSON a payload may inflate to. */
export const SHARE_LIMITS = { linkChars: 100_000, inflatedBytes: 2_000_000 } as const

const PARAM = 's'

/**
 * The share fragment for a scenario, without the `#`: `s=1z…`.
 *
 * @example
 * encodeShare(seed) //=> 's=1z…' (about 100 characters)
 */
export function encodeShare(scenario: Scenario): string {
  const json = strToU8(JSON.stringify(toCompact(scenario)))
  const deflated = deflateSync(json, { level: 9, dictionary: dictionary() })
  const payload = deflated.length < json.length ? `d${encodeBase64url(deflated)}` : `j${encodeBase64url(json)}`
  return `${PARAM}=1${payload}`
}

let dictionaryBytes: Uint8Array | undefined
/** The frozen preset dictionary of codec `d`, as bytes (made once). */
function dictionary(): Uint8Array {
  dictionaryBytes ??= strToU8(SHARE_DICTIONARY_V1)
  return dictionaryBytes
}

/**
 * Read a share link: a whole URL, its part from `#`, or the bare `s=…`. The
 * scenario inside goes through `parseScenario`, like a file.
 */
export function decodeShare(link: string): Parsed<Scenario> {
  if (link.length > SHARE_LIMITS.linkChars) {
    return fail(`share link: longer than ${SHARE_LIMITS.linkChars} characters, not read`)
  }
  const hash = link.indexOf('#')
  const fragment = hash >= 0 ? link.slice(hash + 1) : link
  const value = fragmentParam(fragment, PARAM)
  if (value === null) return fail('share link: no scenario in it (it should contain "#s=")')
  const version = value[0]
  if (version !== '1') {
    return fail(
      version === undefined
        ? 'share link: the scenario part is empty'
        : `share link: made by a newer Link Lab (format ${version}); this one reads format 1`,
    )
  }
  const codec = value[1]
  const bytes = decodeBase64url(value.slice(2))
  if (bytes === null || (codec !== 'd' && codec !== 'z' && codec !== 'j')) {
    return fail('share link: damaged (it is not a Link Lab scenario; was it cut short or changed?)')
  }
  const json = codec === 'j' ? bytes : inflateLimited(bytes, codec === 'd' ? dictionary() : undefined)
  if (json === null) return fail('share link: damaged (it does not decompress; was it cut short?)')
  if (json.length > SHARE_LIMITS.inflatedBytes) return fail('share link: the scenario inside is too large')
  let compact: unknown
  try {
    compact = JSON.parse(strFromU8(json))
  } catch {
    return fail('share link: damaged (the scenario inside is not JSON)')
  }
  const expanded = fromCompact(compact)
  if (!expanded.ok) return expanded
  const parsed = parseScenario(expanded.value)
  return parsed.ok ? parsed : fail(`share link: ${parsed.problem}`)
}

/** Whether `text` looks like a share link rather than a file name. */
export function isShareLink(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || text.includes('#') || text.startsWith(`${PARAM}=`)
}

function fragmentParam(fragment: string, name: string): string | null {
  for (const part of fragment.split('&')) {
    const eq = part.indexOf('=')
    if (eq >= 0 && part.slice(0, eq) === name) return part.slice(eq + 1)
  }
  return null
}

function inflateLimited(bytes: Uint8Array, dictionary?: Uint8Array): Uint8Array | null {
  const chunks: Uint8Array[] = []
  let total = 0
  let done = false
  try {
    const inflate = new Inflate(dictionary ? { dictionary } : {}, (chunk, final) => {
      total += chunk.length
      if (total > SHARE_LIMITS.inflatedBytes) throw new Error('too large')
      chunks.push(chunk)
      if (final) done = true
    })
    // Small input chunks keep a decompression bomb from allocating more than a bounded amount at once.
    for (let i = 0; i < bytes.length; i += 256) inflate.push(bytes.subarray(i, i + 256), i + 256 >= bytes.length)
    if (bytes.length === 0) return null
  } catch {
    return total > SHARE_LIMITS.inflatedBytes ? new Uint8Array(SHARE_LIMITS.inflatedBytes + 1) : null
  }
  if (!done) return null
  const out = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

// ── the compact form ────────────────────────────────────────────────────────
//
// [era, daemon, containers, links, events?]
//   daemon: {} with only what differs from the era's defaults (b, i, c, t, k)
//   container: [name, image, expose, env, publish, x, y], trailing defaults dropped
//   link: [parentIndex, child (index, or name when no container has it), alias (omitted = child's name)]
//   event: [action code (x stop, s start, r restart), container index]

type CompactContainer = (string | number | string[])[]

export function toCompact(scenario: Scenario): unknown[] {
  const { daemon } = scenario
  const era = ERAS[scenario.docker]
  const d: Record<string, string | number> = {}
  if (daemon.bridge !== 'docker0') d.b = daemon.bridge
  if (daemon.bridgeIp !== era.defaultBridgeIp) d.i = daemon.bridgeIp
  if (!daemon.icc) d.c = 0
  if (!daemon.iptables) d.t = 0
  if (daemon.keepLinkEnv) d.k = 1
  const index = new Map<string, number>()
  scenario.containers.forEach((c, i) => {
    if (!index.has(c.name)) index.set(c.name, i)
  })
  const containers = scenario.containers.map((c) => compactContainer(c))
  const links = scenario.links.map((l) => {
    const parent = index.get(l.parent) ?? l.parent
    const child = index.get(l.child) ?? l.child
    return l.alias === l.child ? [parent, child] : [parent, child, l.alias]
  })
  const out: unknown[] = [scenario.docker, d, containers, links]
  if (scenario.events.length > 0) {
    out.push(scenario.events.map((e) => [ACTION_CODES[e.action], index.get(e.container) ?? e.container]))
  }
  return out
}

function compactContainer(c: ContainerSpec): CompactContainer {
  const out: CompactContainer = [
    c.name,
    c.image,
    [...c.expose],
    [...c.env],
    [...c.publish],
    ...(c.position ? [Math.round(c.position.x), Math.round(c.position.y)] : []),
  ]
  while (out.length > 1) {
    const last = out[out.length - 1]
    if (last === '' || (Array.isArray(last) && last.length === 0)) out.pop()
    else break
  }
  return out
}

const ACTION_CODES = { stop: 'x', start: 's', restart: 'r' } as const
const ACTIONS: Readonly<Record<string, string>> = { x: 'stop', s: 'start', r: 'restart' }

/** Compact form → contract JSON (still unchecked: parseScenario does that). */
function fromCompact(compact: unknown): Parsed<unknown> {
  const damaged = fail('share link: damaged (the scenario inside has the wrong shape)')
  if (!Array.isArray(compact) || compact.length < 4) return damaged
  const [docker, d, containers, links, events = []] = compact as unknown[]
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return damaged
  if (!Array.isArray(containers) || !Array.isArray(links) || !Array.isArray(events)) return damaged
  const daemon = d as Record<string, unknown>
  const names: unknown[] = []
  const outContainers: unknown[] = []
  for (const c of containers) {
    if (!Array.isArray(c)) return damaged
    const [name, image, expose, env, publish, x, y] = c as unknown[]
    names.push(name)
    outContainers.push({
      name,
      ...(image === undefined ? {} : { image }),
      ...(expose === undefined ? {} : { expose }),
      ...(env === undefined ? {} : { env }),
      ...(publish === undefined ? {} : { publish }),
      ...(x === undefined && y === undefined ? {} : { position: { x, y } }),
    })
  }
  const nameOf = (ref: unknown): unknown => (typeof ref === 'number' ? names[ref] : ref)
  const outLinks: unknown[] = []
  for (const l of links) {
    if (!Array.isArray(l)) return damaged
    const [parent, child, alias] = l as unknown[]
    outLinks.push({ parent: nameOf(parent), child: nameOf(child), alias: alias === undefined ? nameOf(child) : alias })
  }
  const outEvents: unknown[] = []
  for (const e of events) {
    if (!Array.isArray(e)) return damaged
    const [action, container] = e as unknown[]
    outEvents.push({
      action: typeof action === 'string' && Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : action,
      container: nameOf(container),
    })
  }
  return ok({
    version: 1,
    docker,
    daemon: {
      ...(daemon.b === undefined ? {} : { bridge: daemon.b }),
      ...(daemon.i === undefined ? {} : { bridgeIp: daemon.i }),
      ...(daemon.c === undefined ? {} : { icc: daemon.c === 0 ? false : daemon.c }),
      ...(daemon.t === undefined ? {} : { iptables: daemon.t === 0 ? false : daemon.t }),
      ...(daemon.k === undefined ? {} : { keepLinkEnv: daemon.k === 1 ? true : daemon.k }),
    },
    containers: outContainers,
    links: outLinks,
    events: outEvents,
  })
}
