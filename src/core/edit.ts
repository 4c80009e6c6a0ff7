/**
 * Pure edits of a scenario: what the app's actions do, as functions that
 * return a new scenario and never change their input. The start-order rule
 * (a child must run before its parent) is domain knowledge, so it lives here.
 */
import type { ContainerStatus } from './daemon'
import type { ContainerSpec, DaemonSpec, LifecycleAction, LifecycleEvent, LinkSpec, Scenario } from './scenario'

/** Add a container at the end of the start order. */
export function withContainer(scenario: Scenario, container: ContainerSpec): Scenario {
  return { ...scenario, containers: [...scenario.containers, container] }
}

/** Remove the container at `index`, with its links (both ways) and its lifecycle events. */
export function withoutContainer(scenario: Scenario, index: number): Scenario {
  const gone = scenario.containers[index]
  if (!gone) return scenario
  const sameName = scenario.containers.filter((c) => c.name === gone.name).length > 1
  return {
    ...scenario,
    containers: scenario.containers.filter((_, i) => i !== index),
    // Another container with the same name keeps the links and events that name it.
    links: sameName ? scenario.links : scenario.links.filter((l) => l.parent !== gone.name && l.child !== gone.name),
    events: sameName ? scenario.events : scenario.events.filter((e) => e.container !== gone.name),
  }
}

/** Replace the container at `index`; a new name is carried into its links and events. */
export function withContainerAt(scenario: Scenario, index: number, next: ContainerSpec): Scenario {
  const before = scenario.containers[index]
  if (!before) return scenario
  const containers = scenario.containers.map((c, i) => (i === index ? next : c))
  if (before.name === next.name) return { ...scenario, containers }
  const rename = (name: string) => (name === before.name ? next.name : name)
  return {
    ...scenario,
    containers,
    links: scenario.links.map((l) => ({ ...l, parent: rename(l.parent), child: rename(l.child) })),
    events: scenario.events.map((e) => ({ ...e, container: rename(e.container) })),
  }
}

export function withDaemon(scenario: Scenario, daemon: Partial<DaemonSpec>): Scenario {
  return { ...scenario, daemon: { ...scenario.daemon, ...daemon } }
}

/** Why a link cannot be drawn. */
export type LinkRefusal =
  | { readonly kind: 'missing'; readonly name: string }
  /** Following links from the child comes back to the parent: no start order could create it. */
  | { readonly kind: 'cycle'; readonly path: readonly string[] }

export type LinkEdit =
  | { readonly ok: true; readonly scenario: Scenario; readonly moved: readonly string[] }
  | { readonly ok: false; readonly refusal: LinkRefusal }

/**
 * Add `--link child:alias` to `parent`, keeping the start order startable: a
 * child that starts after its parent moves ahead of it (with what it needs
 * itself), and `moved` names what moved. A link that would close a cycle is
 * refused: docker could never have created it, since each `docker run` needs
 * its children running already. A self link is allowed, as docker refuses it
 * with its own message.
 *
 * @example
 * withLink(scenario([client, redis]), { parent: 'client', child: 'redis', alias: 'db' })
 * //=> { ok: true, scenario: (redis, client), moved: ['redis'] }
 */
export function withLink(scenario: Scenario, link: LinkSpec): LinkEdit {
  const names = new Set(scenario.containers.map((c) => c.name))
  for (const name of [link.parent, link.child])
    if (!names.has(name)) return { ok: false, refusal: { kind: 'missing', name } }
  if (link.parent !== link.child) {
    const path = pathBetween(scenario.links, link.child, link.parent)
    if (path) return { ok: false, refusal: { kind: 'cycle', path: [link.parent, ...path] } }
  }
  const links = [...scenario.links, link]
  const containers = startOrder(scenario.containers, links)
  const before = scenario.containers.map((c) => c.name)
  const moved = containers
    .map((c, i) => ({ name: c.name, i }))
    .filter(({ name, i }) => before.indexOf(name) > i)
    .map(({ name }) => name)
  return { ok: true, scenario: { ...scenario, links, containers }, moved }
}

/** Remove the link at `index`. */
export function withoutLink(scenario: Scenario, index: number): Scenario {
  if (index < 0 || index >= scenario.links.length) return scenario
  return { ...scenario, links: scenario.links.filter((_, i) => i !== index) }
}

/** Replace the link at `index` (a new alias, say). */
export function withLinkAt(scenario: Scenario, index: number, next: LinkSpec): Scenario {
  if (index < 0 || index >= scenario.links.length) return scenario
  return { ...scenario, links: scenario.links.map((l, i) => (i === index ? next : l)) }
}

/**
 * Move the container at `from` to `to` in the start order. Allowed even when
 * it breaks the order: showing what docker does then ("child not found") is
 * part of the lesson.
 */
export function withStartPosition(scenario: Scenario, from: number, to: number): Scenario {
  const moving = scenario.containers[from]
  if (!moving || to < 0 || to >= scenario.containers.length || from === to) return scenario
  const containers = scenario.containers.filter((_, i) => i !== from)
  containers.splice(to, 0, moving)
  return { ...scenario, containers }
}

/**
 * Children before their parents, otherwise the order the containers already
 * have (a stable topological order). Links in a cycle keep the given order.
 */
export function startOrder(containers: readonly ContainerSpec[], links: readonly LinkSpec[]): ContainerSpec[] {
  const byName = new Map<string, ContainerSpec>()
  for (const c of containers) if (!byName.has(c.name)) byName.set(c.name, c)
  const children = new Map<string, string[]>()
  for (const l of links) {
    if (l.parent === l.child) continue
    const list = children.get(l.parent)
    if (list) list.push(l.child)
    else children.set(l.parent, [l.child])
  }
  const state = new Map<ContainerSpec, 'visiting' | 'done'>()
  const ordered: ContainerSpec[] = []
  const visit = (c: ContainerSpec): void => {
    if (state.has(c)) return
    state.set(c, 'visiting')
    for (const childName of children.get(c.name) ?? []) {
      const child = byName.get(childName)
      if (child && child !== c && !state.has(child)) visit(child)
    }
    state.set(c, 'done')
    ordered.push(c)
  }
  for (const c of containers) visit(c)
  return ordered
}

/** The names from `from` to `to` following links parent → child, or `null`. */
function pathBetween(links: readonly LinkSpec[], from: string, to: string): string[] | null {
  const children = new Map<string, string[]>()
  for (const l of links) {
    const list = children.get(l.parent)
    if (list) list.push(l.child)
    else children.set(l.parent, [l.child])
  }
  const previous = new Map<string, string | null>([[from, null]])
  const queue = [from]
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (name === to) {
      const path: string[] = []
      for (let at: string | null | undefined = to; at != null; at = previous.get(at)) path.unshift(at)
      return path
    }
    for (const child of children.get(name) ?? []) {
      if (!previous.has(child)) {
        previous.set(child, name)
        queue.push(child)
      }
    }
  }
  return null
}

/**
 * Whether `docker <action>` would change a container in this state: stop a running one, start one that
 * exists and is not running, restart one that exists. (Docker accepts the others as no-ops, or refuses
 * a container it never created.) What the app offers.
 */
export function lifecycleTakesEffect(action: LifecycleAction, status: ContainerStatus | undefined): boolean {
  if (status === undefined || status === 'absent') return false
  if (action === 'stop') return status === 'running'
  if (action === 'start') return status !== 'running'
  return true
}

/** Add a lifecycle event (`docker stop|start|restart NAME`) after the others. */
export function withEvent(scenario: Scenario, event: LifecycleEvent): Scenario {
  return { ...scenario, events: [...scenario.events, event] }
}

/** Remove the lifecycle event at `index`. */
export function withoutEvent(scenario: Scenario, index: number): Scenario {
  if (index < 0 || index >= scenario.events.length) return scenario
  return { ...scenario, events: scenario.events.filter((_, i) => i !== index) }
}
