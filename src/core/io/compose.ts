/**
 * A compose file, both ways. Out: one service per container (keyed by its name),
 * with image, container_name, expose, environment, ports and links, written by
 * hand so the text is the same for the same scenario. In: the YAML is parsed
 * safely (core schema, no custom tags, few aliases), each service is checked,
 * and the start order follows the links: a compose file has no order of its own.
 */
import { parseDocument } from 'yaml'
import { startOrder } from '../edit'
import { DEFAULT_ERA, type DockerEra } from '../eras'
import { parseScenario } from '../parseScenario'
import type { ContainerSpec, LinkSpec, Scenario } from '../scenario'
import { mappingOf, readService, type ServiceDraft, shown } from './composeService'
import { commentSafe, headerLines } from './header'
import { type ImageLookup, PLACEHOLDER_IMAGE, unknownImagesNote, withImage } from './images'
import { composeValue, yamlString } from './yamlText'

/** A service key compose accepts. */
const SERVICE_KEY = /^[a-zA-Z0-9._-]+$/

/**
 * The scenario as a compose file.
 *
 * @example
 * exportCompose(seed)
 * //=> '# Link Lab: …\nservices:\n  redis:\n    image: crosbymichael/redis\n    container_name: redis\n …
 * //    links:\n      - "redis:db"\n'
 */
export function exportCompose(scenario: Scenario): string {
  const keys = serviceKeys(scenario.containers)
  const lines = [
    '# Link Lab: a scenario as a compose file.',
    ...headerLines(scenario).map((line) => `# ${line}`),
    '# A compose file has no start order of its own: compose starts each service after those it links to.',
    `# Link Lab's start order: ${commentSafe(scenario.containers.map((c) => c.name).join(', ') || '(no containers)')}`,
    ...eventComments(scenario),
  ]
  const services = scenario.containers.flatMap((container, i) => {
    const key = keys[i]
    if (key === undefined) return [`  # a second container named ${commentSafe(container.name)} is left out`]
    return serviceLines(
      key,
      container,
      scenario.links.filter((l) => l.parent === container.name),
      keys,
      scenario,
    )
  })
  lines.push(services.length === 0 ? 'services: {}' : 'services:', ...services)
  return `${lines.join('\n')}\n`
}

/** Compose has no lifecycle events: they are said, as commands to run afterwards. */
function eventComments(scenario: Scenario): string[] {
  if (scenario.events.length === 0) return []
  return [
    '# Lifecycle events, to run after `docker compose up -d`:',
    ...scenario.events.map((e) => `#   docker ${e.action} ${commentSafe(e.container)}`),
  ]
}

/** A key per container (`undefined` for a second one of the same name): its name, or a safe, unused stand-in. */
function serviceKeys(containers: readonly ContainerSpec[]): (string | undefined)[] {
  const used = new Set<string>()
  const named = new Set<string>()
  return containers.map((c) => {
    if (named.has(c.name)) return undefined
    named.add(c.name)
    let key = SERVICE_KEY.test(c.name) ? c.name : c.name.replace(/[^a-zA-Z0-9._-]/g, '_')
    for (let n = 2; used.has(key); n++) key = `${key.replace(/_\d+$/, '')}_${n}`
    used.add(key)
    return key
  })
}

function serviceLines(
  key: string,
  container: ContainerSpec,
  links: readonly LinkSpec[],
  keys: readonly (string | undefined)[],
  scenario: Scenario,
): string[] {
  const keyOf = (name: string): string | undefined => keys[scenario.containers.findIndex((c) => c.name === name)]
  const image = container.image === '' ? PLACEHOLDER_IMAGE : container.image
  const lines = [`  ${yamlString(key)}:`]
  if (container.image === '') lines.push(`    # no image in the scenario; ${PLACEHOLDER_IMAGE} stands in`)
  lines.push(`    image: ${composeValue(image)}`, `    container_name: ${composeValue(container.name)}`)
  lines.push(...list('expose', container.expose), ...list('environment', container.env))
  lines.push(...list('ports', container.publish))
  const written = links.flatMap((l) => {
    const child = keyOf(l.child)
    return child !== undefined && !l.alias.includes(':') && l.alias !== '' ? [`${child}:${l.alias}`] : []
  })
  lines.push(...list('links', written))
  for (const l of links) {
    const child = keyOf(l.child)
    if (child === undefined || l.alias.includes(':') || l.alias === '') {
      lines.push(`    # --link ${commentSafe(`${l.child}:${l.alias}`)} is left out: compose cannot say it`)
    }
  }
  return lines
}

function list(field: string, values: readonly string[]): string[] {
  return values.length === 0 ? [] : [`    ${field}:`, ...values.map((v) => `      - ${composeValue(v)}`)]
}

/** How to read a compose file: the era it is for, and what images declare. */
export interface ComposeOptions {
  /** The Docker era of the scenario; `'0.10'` by default. */
  readonly docker?: DockerEra
  /** What an image declares, when known (as for `importDockerRun`). */
  readonly images?: ImageLookup
}

/** The scenario with what was left out and why, or one line naming the service and key at fault. */
export type ComposeImport =
  | { readonly ok: true; readonly scenario: Scenario; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problem: string }

/** Aliases a compose file may use (`<<: *defaults`); more looks like an attack (the billion laughs). */
const MAX_ALIASES = 50

/**
 * Read a compose file into a scenario: services in link order (children first,
 * then file order), each service's links in file order.
 *
 * @example
 * importCompose('services:\n  web: { image: nginx, links: [db] }\n  db: { image: redis }\n')
 * //=> { ok: true, scenario: { containers: [db, web], links: [{ parent: 'web', child: 'db', alias: 'db' }] … }, notes: […] }
 * importCompose('services:\n  web: { image: 3 }\n')
 * //=> { ok: false, problem: 'services.web.image: expected a string, got 3' }
 */
export function importCompose(yamlText: string, options: ComposeOptions = {}): ComposeImport {
  const read = readYaml(yamlText)
  if (!read.ok) return read
  const notes = [...read.notes]
  const top = mappingOf(read.value)
  if (top === null) {
    return { ok: false, problem: `compose file: expected a mapping with services, got ${shown(read.value)}` }
  }
  for (const key of top.keys()) if (key !== 'services') notes.push(`${key}: not read (top-level key)`)
  const services = mappingOf(top.get('services'))
  if (services === null)
    return { ok: false, problem: `services: expected a mapping, got ${shown(top.get('services'))}` }
  const drafts: ServiceDraft[] = []
  for (const [key, value] of services) {
    const service = readService(key, value, notes)
    if (!service.ok) return service
    drafts.push(service.draft)
  }
  return build(drafts, notes, options)
}

type YamlRead =
  | { readonly ok: true; readonly value: unknown; readonly notes: string[] }
  | { readonly ok: false; readonly problem: string }

function readYaml(text: string): YamlRead {
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    customTags: [],
    resolveKnownTags: false,
    merge: true,
    uniqueKeys: true,
    stringKeys: true,
    prettyErrors: true,
  })
  const error = doc.errors[0]
  if (error) return { ok: false, problem: `yaml: ${firstLine(error.message)}` }
  const notes = doc.warnings.map((w) => `yaml: ${firstLine(w.message)}`)
  try {
    // Maps, not objects: file order kept (`8080:` stays where it is) and no prototype keys.
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES, mapAsMap: true })
    return { ok: true, value, notes }
  } catch (e) {
    // toJS throws only when aliases expand past the limit.
    return { ok: false, problem: `yaml: ${e instanceof Error ? e.message : 'too many aliases'}` }
  }
}

/** The yaml package's message without its code frame: `Map keys must be unique at line 3, column 3`. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/:$/, '')
}

function build(drafts: readonly ServiceDraft[], notes: string[], options: ComposeOptions): ComposeImport {
  const byKey = new Map(drafts.map((d) => [d.key, d]))
  const links: LinkSpec[] = []
  for (const d of drafts) {
    for (const [i, l] of d.links.entries()) {
      const child = byKey.get(l.service)
      if (!child)
        return { ok: false, problem: `services.${d.key}.links[${i}]: no service named ${JSON.stringify(l.service)}` }
      links.push({ parent: d.name, child: child.name, alias: l.alias })
    }
  }
  const unknownImages = new Set<string>()
  const keyOf = new Map<ContainerSpec, string>()
  const given = drafts.map((d): ContainerSpec => {
    const image = options.images?.(d.image)
    if (image === undefined && d.image !== '') unknownImages.add(d.image)
    const spec = { name: d.name, image: d.image, ...withImage(d, image), publish: d.publish }
    keyOf.set(spec, d.key)
    return spec
  })
  const containers = startOrder(given, links)
  notes.push(...orderNotes(containers, links), ...unknownImagesNote(unknownImages, options.images !== undefined))
  const parsed = parseScenario({ version: 1, docker: options.docker ?? DEFAULT_ERA, containers, links })
  if (parsed.ok) return { ok: true, scenario: parsed.value, notes }
  const at = /^containers\[(\d+)\]/.exec(parsed.problem)
  const container = at ? containers[Number(at[1])] : undefined
  const key = container && keyOf.get(container)
  return { ok: false, problem: key === undefined ? parsed.problem : `services.${key}: ${parsed.problem}` }
}

/** What compose itself would refuse, though docker would run it: a name twice, links in a cycle. */
function orderNotes(containers: readonly ContainerSpec[], links: readonly LinkSpec[]): string[] {
  const notes: string[] = []
  const seen = new Set<string>()
  for (const c of containers) {
    if (seen.has(c.name)) notes.push(`${c.name}: two services have this container name; docker refuses the second`)
    seen.add(c.name)
  }
  const at = new Map(containers.map((c, i) => [c.name, i] as const).reverse())
  for (const l of links) {
    if ((at.get(l.child) ?? -1) > (at.get(l.parent) ?? -1)) {
      notes.push(`${l.parent} and ${l.child} link in a cycle: compose refuses it ("dependency cycle")`)
    }
  }
  return notes
}
