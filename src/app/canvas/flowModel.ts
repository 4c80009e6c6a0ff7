/**
 * The one translator between Docker words and canvas words: containers become
 * React Flow nodes, links become edges, and React Flow's change events become
 * store actions. Node and edge objects are reused while nothing about them
 * changed, so dragging one container hands React Flow one new node, not all.
 */
import type { Edge, EdgeChange, Node, NodeChange } from '@xyflow/react'
import type { ContainerSpec, ContainerStatus, Derivation, LinkSpec, LinkStatus } from '../../core'
import { enT, type Translate } from '../i18n'
import type { AppActions, Pointed, Selection } from '../store/appStore'
import type { Layout } from '../store/layout'

/** What a card shows of what docker made of its container. */
export interface ContainerView {
  readonly status: ContainerStatus
  readonly ip?: string
  /** Docker's latest refusal while the container is not running: the reason why. */
  readonly refusal?: string
  /** Pointed at, directly or through one of its links. */
  readonly lit: boolean
}

export interface ContainerNodeData extends Record<string, unknown> {
  /** Index in the scenario: its place in the start order. */
  readonly index: number
  readonly spec: ContainerSpec
  readonly view: ContainerView
}

export interface LinkEdgeData extends Record<string, unknown> {
  readonly index: number
  readonly link: LinkSpec
  readonly status: LinkStatus
  /** 0–7: the link's colour, shared by its variables, hosts line and rules. */
  readonly hue: number
  /** The parent still names an address its child no longer has. */
  readonly stale: boolean
  /** Secret-looking variables of the child this link copies into the parent. */
  readonly secrets: readonly string[]
  /** Pointed at, directly or through one of its containers. */
  readonly lit: boolean
}

export type ContainerFlowNode = Node<ContainerNodeData, 'container'>
export type LinkFlowEdge = Edge<LinkEdgeData, 'link'>

export const HUES = 8

const NO_SECRETS: readonly string[] = []

/** The colour of a link: by its index, so it stays put while others change. */
export const hueOf = (index: number): number => index % HUES

/** Keeps the last node and edge objects so unchanged ones are handed back as they were. */
export interface FlowCache {
  readonly nodes: Map<string, ContainerFlowNode>
  readonly edges: Map<string, LinkFlowEdge>
}

export const createFlowCache = (): FlowCache => ({ nodes: new Map(), edges: new Map() })

const sameView = (a: ContainerView, b: ContainerView) =>
  a.status === b.status && a.ip === b.ip && a.refusal === b.refusal && a.lit === b.lit

/** What a card shows, from the derivation; the same object as before when nothing changed. */
function viewOf(derivation: Derivation, index: number, lit: boolean, before: ContainerView | undefined): ContainerView {
  const state = derivation.containers[index]
  const status = state?.status ?? 'pending'
  const refusal =
    status === 'running' ? undefined : derivation.refusals.findLast((r) => r.container === index)?.error.message
  const view: ContainerView = {
    status,
    ...(state?.ip !== undefined ? { ip: state.ip } : {}),
    ...(refusal !== undefined ? { refusal } : {}),
    lit,
  }
  return before && sameView(before, view) ? before : view
}

/**
 * Containers → React Flow nodes, with what the cards show. A node object is
 * handed back unchanged unless its position, selection, spec or view changed:
 * a drag changes one node, an edit only the cards it affected.
 */
export function toNodes(
  containers: readonly ContainerSpec[],
  layout: Layout,
  selection: Selection,
  derivation: Derivation,
  pointed: Pointed | null,
  cache: FlowCache,
  t: Translate = enT,
): ContainerFlowNode[] {
  const seen = new Set<string>()
  const nodes = containers.map((spec, index) => {
    const id = layout.ids[index] ?? `missing-${index}`
    seen.add(id)
    const position = layout.positions[id] ?? { x: 0, y: 0 }
    const selected = selection?.kind === 'container' && selection.id === id
    const ariaLabel = t('container.aria', { name: spec.name })
    const before = cache.nodes.get(id)
    const view = viewOf(derivation, index, !!pointed?.containers.includes(index), before?.data.view)
    if (
      before &&
      before.position === position &&
      before.selected === selected &&
      before.data.spec === spec &&
      before.data.index === index &&
      before.data.view === view &&
      before.ariaLabel === ariaLabel
    ) {
      return before
    }
    const node: ContainerFlowNode = {
      id,
      type: 'container',
      position,
      selected,
      data:
        before && before.data.spec === spec && before.data.index === index && before.data.view === view
          ? before.data
          : { index, spec, view },
      ariaLabel,
      ...(before?.measured ? { measured: before.measured } : {}),
    }
    cache.nodes.set(id, node)
    return node
  })
  for (const id of cache.nodes.keys()) if (!seen.has(id)) cache.nodes.delete(id)
  return nodes
}

/** Links → edges parent → child. A link whose child is not on the canvas has no edge (Problems lists it). */
export function toEdges(
  links: readonly LinkSpec[],
  containers: readonly ContainerSpec[],
  ids: readonly string[],
  statuses: readonly LinkStatus[],
  stale: ReadonlySet<number>,
  secrets: ReadonlyMap<number, readonly string[]>,
  selection: Selection,
  pointed: Pointed | null,
  cache: FlowCache,
  t: Translate = enT,
): LinkFlowEdge[] {
  const idOf = new Map<string, string>()
  containers.forEach((c, i) => {
    const id = ids[i]
    if (id !== undefined && !idOf.has(c.name)) idOf.set(c.name, id)
  })
  const edges: LinkFlowEdge[] = []
  const seen = new Set<string>()
  links.forEach((link, index) => {
    const source = idOf.get(link.parent)
    const target = idOf.get(link.child)
    if (source === undefined || target === undefined) return
    const id = `link-${index}`
    seen.add(id)
    const status = statuses[index] ?? 'unused'
    const selected = selection?.kind === 'link' && selection.index === index
    const ariaLabel = t('edge.aria', { parent: link.parent, child: link.child, alias: link.alias })
    const before = cache.edges.get(id)
    const lit = !!pointed?.links.includes(index)
    if (
      before?.data &&
      before.data.lit === lit &&
      before.ariaLabel === ariaLabel &&
      before.source === source &&
      before.target === target &&
      before.selected === selected &&
      before.data.link === link &&
      before.data.status === status &&
      before.data.stale === stale.has(index) &&
      before.data.secrets === (secrets.get(index) ?? NO_SECRETS)
    ) {
      edges.push(before)
      return
    }
    const edge: LinkFlowEdge = {
      id,
      type: 'link',
      source,
      target,
      selected,
      data: {
        index,
        link,
        status,
        hue: hueOf(index),
        stale: stale.has(index),
        secrets: secrets.get(index) ?? NO_SECRETS,
        lit,
      },
      ariaLabel,
    }
    cache.edges.set(id, edge)
    edges.push(edge)
  })
  for (const id of cache.edges.keys()) if (!seen.has(id)) cache.edges.delete(id)
  return edges
}

/** React Flow's node events → store actions. The canvas never writes state itself. */
export function dispatchNodeChanges(
  changes: readonly NodeChange<ContainerFlowNode>[],
  actions: AppActions,
  cache: FlowCache,
): void {
  for (const change of changes) {
    switch (change.type) {
      case 'position':
        if (change.position) actions.move(change.id, change.position, change.dragging ?? false)
        break
      case 'dimensions': {
        const node = cache.nodes.get(change.id)
        // Keep the size React Flow measured on the node object, so it is not measured again.
        if (node && change.dimensions) cache.nodes.set(change.id, { ...node, measured: change.dimensions })
        break
      }
      case 'select':
        // Deselecting is onPaneClick's job: a `selected: false` may arrive after the new `true`.
        if (change.selected) actions.select({ kind: 'container', id: change.id })
        break
      case 'remove':
        actions.removeContainer(change.id)
        break
    }
  }
}

/** React Flow's edge events → store actions. Removals arrive highest index first, so the others keep theirs. */
export function dispatchEdgeChanges(changes: readonly EdgeChange<LinkFlowEdge>[], actions: AppActions): void {
  const removed: number[] = []
  for (const change of changes) {
    if (change.type !== 'select' && change.type !== 'remove') continue
    const index = Number(change.id.replace('link-', ''))
    if (change.type === 'select' && change.selected) actions.select({ kind: 'link', index })
    if (change.type === 'remove') removed.push(index)
  }
  for (const index of removed.sort((a, b) => b - a)) actions.removeLink(index)
}

/** Selection as the canvas shows it. */
export type { Selection }
