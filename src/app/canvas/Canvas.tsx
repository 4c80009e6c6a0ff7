import {
  Background,
  type Connection,
  Controls,
  type EdgeChange,
  type NodeChange,
  ReactFlow,
  useReactFlow,
} from '@xyflow/react'
import { type DragEvent, useCallback, useMemo } from 'react'
import { type Derivation, secretsExposed } from '../../core'
import { rich, type Translate, useT } from '../i18n'
import { imagePreset } from '../palette/images'
import { PALETTE_MIME } from '../palette/Palette'
import type { AppState } from '../store/appStore'
import { derived } from '../store/derived'
import { useActions, useApp } from '../store/hooks'
import { selectDerivation } from '../store/selectors'
import { BridgeLayer } from './BridgeLayer'
import {
  type ContainerFlowNode,
  createFlowCache,
  dispatchEdgeChanges,
  dispatchNodeChanges,
  type LinkFlowEdge,
  toEdges,
  toNodes,
} from './flowModel'
import { LinkMarkers } from './LinkEdge'
import { edgeTypes, nodeTypes } from './nodeTypes'

const DELETE_KEYS = ['Backspace', 'Delete']

const staleLinks = (derivation: Derivation): Set<number> => new Set(derivation.stale.map((x) => x.link))

/** Per link, the secret-looking variables it copies; the same arrays while the derivation is the same. */
const secretsCache = new WeakMap<Derivation, Map<number, string[]>>()
function secretsOf(derivation: Derivation): Map<number, string[]> {
  let made = secretsCache.get(derivation)
  if (!made) {
    made = new Map(secretsExposed(derivation).map((s) => [s.link, s.keys]))
    secretsCache.set(derivation, made)
  }
  return made
}

/** The docker0 canvas: containers as nodes on the bridge, links as edges. A view of the store. */
export function Canvas() {
  const t = useT()
  // One cache per canvas, and one pair of memoized selectors per canvas and language (the nodes' and edges'
  // screen-reader names are words): unchanged nodes and edges are handed back as they were.
  const cache = useMemo(createFlowCache, [])
  const model = useMemo(() => {
    return {
      cache,
      nodes: derived(
        (s: AppState) => [s.scenario.containers, s.layout, s.selection],
        (containers, layout, selection) => toNodes(containers, layout, selection, cache, t),
      ),
      edges: derived(
        (s: AppState) => [s.scenario.links, s.scenario.containers, s.layout.ids, selectDerivation(s), s.selection],
        (links, containers, ids, derivation, selection) =>
          toEdges(
            links,
            containers,
            ids,
            derivation.links,
            staleLinks(derivation),
            secretsOf(derivation),
            selection,
            cache,
            t,
          ),
      ),
    }
  }, [cache, t])
  const ariaLabelConfig = useMemo(() => flowWords(t), [t])
  const nodes = useApp(model.nodes)
  const edges = useApp(model.edges)
  const actions = useActions()
  const editing = useApp((s) => s.mode === 'edit')
  const { screenToFlowPosition } = useReactFlow()

  const scenario = useApp((s) => s.scenario)
  /** A container lights up its own links and the lines they caused. */
  const pointedContainer = (index: number, name: string) => ({
    links: scenario.links.flatMap((l, i) => (l.parent === name || l.child === name ? [i] : [])),
    containers: [index],
  })
  const pointedLink = (index: number) => {
    const l = scenario.links[index]
    const ends = scenario.containers.flatMap((c, i) => (c.name === l?.parent || c.name === l?.child ? [i] : []))
    return { links: [index], containers: ends }
  }
  const onNodesChange = useCallback(
    (changes: NodeChange<ContainerFlowNode>[]) => dispatchNodeChanges(changes, actions, model.cache),
    [actions, model],
  )
  const onEdgesChange = useCallback(
    (changes: EdgeChange<LinkFlowEdge>[]) => dispatchEdgeChanges(changes, actions),
    [actions],
  )
  const onConnect = useCallback(({ source, target }: Connection) => actions.proposeLink(source, target), [actions])
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
  }, [])
  const onDrop = useCallback(
    (event: DragEvent) => {
      const preset = imagePreset(event.dataTransfer.getData(PALETTE_MIME))
      if (!preset) return
      event.preventDefault()
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY })
      // The drop point is the card's middle.
      actions.addContainer(preset, { x: Math.round(at.x - 100), y: Math.round(at.y - 40) })
    },
    [actions, screenToFlowPosition],
  )

  return (
    <section
      className="canvas"
      aria-label={t('canvas.label')}
      onDragOver={editing ? onDragOver : undefined}
      onDrop={editing ? onDrop : undefined}
    >
      <LinkMarkers />
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeMouseEnter={(_, node) => actions.point(pointedContainer(node.data.index, node.data.spec.name))}
        onNodeMouseLeave={() => actions.point(null)}
        onEdgeMouseEnter={(_, edge) => edge.data && actions.point(pointedLink(edge.data.index))}
        onEdgeMouseLeave={() => actions.point(null)}
        onNodeDragStart={actions.startDrag}
        onNodeDragStop={actions.endDrag}
        onPaneClick={() => actions.select(null)}
        deleteKeyCode={editing ? DELETE_KEYS : null}
        nodesDraggable={editing}
        nodesConnectable={editing}
        fitView
        fitViewOptions={{ padding: 0.25, maxZoom: 1 }}
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={ariaLabelConfig}
      >
        <BridgeLayer />
        <Background gap={24} size={1} />
        <Controls showInteractive={false} />
      </ReactFlow>
      <EmptyHint />
    </section>
  )
}

/** React Flow's own screen-reader texts, in the reader's language. */
function flowWords(t: Translate) {
  return {
    'node.a11yDescription.default': t('flow.node.default'),
    'node.a11yDescription.keyboardDisabled': t('flow.node.keyboard'),
    'node.a11yDescription.ariaLiveMessage': (p: { direction: string; x: number; y: number }) => t('flow.node.moved', p),
    'edge.a11yDescription.default': t('flow.edge.default'),
    'controls.ariaLabel': t('flow.controls'),
    'controls.zoomIn.ariaLabel': t('flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('flow.zoomOut'),
    'controls.fitView.ariaLabel': t('flow.fitView'),
    'controls.interactive.ariaLabel': t('flow.interactive'),
    'minimap.ariaLabel': t('flow.minimap'),
    'handle.ariaLabel': t('flow.handle'),
  }
}

function EmptyHint() {
  const empty = useApp((s) => s.scenario.containers.length === 0 && s.mode === 'edit')
  const actions = useActions()
  const t = useT()
  if (!empty) return null
  return (
    <div className="empty-hint">
      <p>
        <strong>{t('canvas.emptyTitle')}</strong> {t('canvas.emptyText')}
      </p>
      <button type="button" onClick={() => actions.loadExample()}>
        {rich(t('canvas.loadExample'), { link: <code>--link redis:db</code> })}
      </button>
    </div>
  )
}
