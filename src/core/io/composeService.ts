/**
 * One compose service read into a container: its image, container_name,
 * expose, environment, ports and links, each checked by type guards. What
 * does not fit is a problem naming the service and the key.
 */

/** A compose value as YAML gives it: nothing is taken on trust. */
export type Json = unknown

/** What one service asks for; links still name services. */
export interface ServiceDraft {
  readonly key: string
  readonly name: string
  readonly image: string
  readonly expose: readonly string[]
  readonly env: readonly string[]
  readonly publish: readonly string[]
  readonly links: readonly { readonly service: string; readonly alias: string }[]
}

/** A service read, or a problem naming the service and the key. */
export type ServiceRead =
  | { readonly ok: true; readonly draft: ServiceDraft }
  | { readonly ok: false; readonly problem: string }

const READ_KEYS = new Set(['image', 'container_name', 'expose', 'environment', 'ports', 'links'])

/**
 * A YAML mapping (read with `mapAsMap` and `stringKeys`, so its keys are strings in file order), or `null`.
 *
 * @example
 * mappingOf(new Map([['image', 'redis']])) //=> Map { 'image' => 'redis' }
 * mappingOf(['redis'])                     //=> null
 */
export function mappingOf(value: Json): ReadonlyMap<string, Json> | null {
  if (!(value instanceof Map)) return null
  const entries: Iterable<[Json, Json]> = value
  const out = new Map<string, Json>()
  for (const [key, v] of entries) out.set(String(key), v)
  return out
}

/**
 * How a value shows in a problem.
 *
 * @example
 * shown(3)    //=> '3'
 * shown(null) //=> 'nothing'
 */
export function shown(value: Json): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Map) return 'a mapping'
  if (typeof value === 'object') return 'an object'
  const text = JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
}

/**
 * What a reader below throws on a value that does not fit; `readService` turns it
 * into its result, so no exception leaves this module.
 */
class Problem {
  readonly text: string
  constructor(text: string) {
    this.text = text
  }
}

/**
 * Read `services.<key>`.
 *
 * @example
 * readService('web', { image: 'nginx', links: ['db:database'] }, notes)
 * //=> { ok: true, draft: { key: 'web', name: 'web', image: 'nginx', links: [{ service: 'db', alias: 'database' }] … } }
 */
export function readService(key: string, json: Json, notes: string[]): ServiceRead {
  const at = `services.${key}`
  const value = mappingOf(json)
  if (value === null) return { ok: false, problem: `${at}: expected a mapping, got ${shown(json)}` }
  const text = (v: string, where: string): string => uninterpolated(v, where, notes)
  try {
    for (const field of value.keys()) {
      if (!READ_KEYS.has(field)) notes.push(`${at}.${field}: not read (it does not change legacy links)`)
    }
    const image = imageOf(value, at, notes)
    const containerName = value.get('container_name')
    const name =
      containerName === undefined ? key : text(stringAt(containerName, `${at}.container_name`), `${at}.container_name`)
    if (containerName === undefined) {
      notes.push(`${at}: no container_name; compose would name it <project>-${key}-1, Link Lab names it ${key}`)
    }
    const draft: ServiceDraft = {
      key,
      name,
      image: text(image, `${at}.image`),
      expose: listAt(value.get('expose'), `${at}.expose`).map((v, i) =>
        text(portText(v, `${at}.expose[${i}]`), `${at}.expose[${i}]`),
      ),
      env: envOf(value.get('environment'), `${at}.environment`, notes).map((v) => text(v, `${at}.environment`)),
      publish: listAt(value.get('ports'), `${at}.ports`).map((v, i) =>
        text(publishText(v, `${at}.ports[${i}]`, notes), `${at}.ports[${i}]`),
      ),
      links: listAt(value.get('links'), `${at}.links`).map((v, i) =>
        linkOf(text(stringAt(v, `${at}.links[${i}]`), `${at}.links[${i}]`)),
      ),
    }
    return { ok: true, draft }
  } catch (e) {
    if (e instanceof Problem) return { ok: false, problem: e.text }
    throw e
  }
}

function imageOf(value: ReadonlyMap<string, Json>, at: string, notes: string[]): string {
  const image = value.get('image')
  if (image !== undefined) return stringAt(image, `${at}.image`)
  notes.push(`${at}: no image${value.has('build') ? ' (it is built)' : ''}; the container has none`)
  return ''
}

function stringAt(value: Json, where: string): string {
  if (typeof value !== 'string') throw new Problem(`${where}: expected a string, got ${shown(value)}`)
  return value
}

function listAt(value: Json, where: string): readonly Json[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new Problem(`${where}: expected a list, got ${shown(value)}`)
  return value
}

/** `- 6379`, `- "6379/tcp"`. */
function portText(value: Json, where: string): string {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value)
  if (typeof value === 'string') return value
  throw new Problem(`${where}: expected a port such as "6379/tcp", got ${shown(value)}`)
}

/** The short syntax (`"8080:80"`, `80`), or the long one (`{ target: 80, published: 8080 }`) written short. */
function publishText(json: Json, where: string, notes: string[]): string {
  const value = mappingOf(json)
  if (value === null) return portText(json, where)
  const [target, published, hostIp, protocol] = ['target', 'published', 'host_ip', 'protocol'].map((k) => value.get(k))
  if (target === undefined) throw new Problem(`${where}.target: expected the container port, got nothing`)
  const parts = [
    hostIp === undefined ? '' : `${stringAt(hostIp, `${where}.host_ip`)}:`,
    published === undefined ? '' : `${portText(published, `${where}.published`)}:`,
    portText(target, `${where}.target`),
    protocol === undefined ? '' : `/${stringAt(protocol, `${where}.protocol`)}`,
  ]
  for (const field of value.keys()) {
    if (!['target', 'published', 'host_ip', 'protocol'].includes(field)) notes.push(`${where}.${field}: not read`)
  }
  return parts.join('')
}

/** A list of `KEY=VALUE`, or a mapping `KEY: VALUE`; a key without a value comes from the shell and is left out. */
function envOf(value: Json, where: string, notes: string[]): string[] {
  if (value === undefined) return []
  if (Array.isArray(value)) {
    return value.flatMap((entry: Json, i) => {
      const text = stringAt(entry, `${where}[${i}]`)
      if (text.includes('=')) return [text]
      notes.push(`${where}[${i}]: ${text} has no "=": compose takes its value from the shell; not imported`)
      return []
    })
  }
  const map = mappingOf(value)
  if (map === null) throw new Problem(`${where}: expected a list or a mapping, got ${shown(value)}`)
  return [...map].flatMap(([key, v]) => {
    if (v === null) {
      notes.push(`${where}.${key}: no value: compose takes it from the shell; not imported`)
      return []
    }
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return [`${key}=${String(v)}`]
    throw new Problem(`${where}.${key}: expected a string, a number or true/false, got ${shown(v)}`)
  })
}

/** `db` (alias db) or `db:database`. */
function linkOf(text: string): { service: string; alias: string } {
  const colon = text.indexOf(':')
  return colon < 0 ? { service: text, alias: text } : { service: text.slice(0, colon), alias: text.slice(colon + 1) }
}

/** Compose's `$$` is one `$`; a `${VAR}` or `$VAR` left is not interpolated here, and a note says so. */
function uninterpolated(value: string, where: string, notes: string[]): string {
  let out = ''
  let variable = false
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (c === '$' && value[i + 1] === '$') {
      out += '$'
      i++
      continue
    }
    if (c === '$' && /[A-Za-z_{]/.test(value[i + 1] ?? '')) variable = true
    out += c
  }
  if (variable) notes.push(`${where}: ${JSON.stringify(out)} is not interpolated; read as written`)
  return out
}
