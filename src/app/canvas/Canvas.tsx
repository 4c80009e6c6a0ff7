import {
  Background,
  type Connection,
  Controls,
  type EdgeChange,
  type NodeChange,
  ReactFlow,
  useReactFlow,
  type Viewport,
} from '@xyflow/react'
import {
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent,
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { type Derivation, secretsExposed } from '../../core'
import { rich, type Translate, useT } from '../i18n'
import { imagePreset } from '../palette/images'
import { PALETTE_MIME } from '../palette/Palette'
import type { AppState } from '../store/appStore'
import { derived } from '../store/derived'
import { useActions, useApp, useAppStore } from '../store/hooks'
import { selectDerivation } from '../store/selectors'
import { lazyPart, OnDemand } from '../ui/OnDemand'
import { BridgeLayer } from './BridgeLayer'
import type { MenuAt } from './ContainerMenu'
import { FlowLayersContext, findFlowLayers, NO_LAYERS } from './flowLayers'
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

const ContainerMenu = lazyPart(() => import('./ContainerMenu').then((m) => m.ContainerMenu), 'soon', 'panels')

const DELETE_KEYS = ['Backspace', 'Delete']
const FIT_VIEW = { padding: 0.25, maxZoom: 1 }
const PRO_OPTIONS = { hideAttribution: true }

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
  const section = useRef<HTMLElement>(null)
  // One cache per canvas, and one pair of memoized selectors per canvas and language (the nodes' and edges'
  // screen-reader names are words): unchanged nodes and edges are handed back as they were.
  const cache = useMemo(createFlowCache, [])
  const model = useMemo(() => {
    return {
      cache,
      nodes: derived(
        (s: AppState) => [s.scenario.containers, s.layout, s.selection, selectDerivation(s), s.pointed],
        (containers, layout, selection, derivation, pointed) =>
          toNodes(containers, layout, selection, derivation, pointed, cache, t),
      ),
      edges: derived(
        (s: AppState) => [
          s.scenario.links,
          s.scenario.containers,
          s.layout.ids,
          selectDerivation(s),
          s.selection,
          s.pointed,
        ],
        (links, containers, ids, derivation, selection, pointed) =>
          toEdges(
            links,
            containers,
            ids,
            derivation.links,
            staleLinks(derivation),
            secretsOf(derivation),
            selection,
            pointed,
            cache,
            t,
          ),
      ),
    }
  }, [cache, t])
  const ariaLabelConfig = useMemo(() => flowWords(t), [t])
  const nodes = useApp(model.nodes)
  const edges = useApp(model.edges)
  const store = useAppStore()
  const actions = useActions()
  const editing = useApp((s) => s.mode === 'edit')
  const { screenToFlowPosition } = useReactFlow()

  // Handlers are stable (new functions would re-render every node and edge wrapper) and read the store when they run.
  const onNodeMouseEnter = useCallback(
    (_: unknown, node: ContainerFlowNode) => {
      const { scenario } = store.getState()
      const name = node.data.spec.name
      // A container lights up its own links and the lines they caused.
      actions.point({
        links: scenario.links.flatMap((l, i) => (l.parent === name || l.child === name ? [i] : [])),
        containers: [node.data.index],
      })
    },
    [store, actions],
  )
  const onEdgeMouseEnter = useCallback(
    (_: unknown, edge: LinkFlowEdge) => {
      if (!edge.data) return
      const { scenario } = store.getState()
      const l = scenario.links[edge.data.index]
      const ends = scenario.containers.flatMap((c, i) => (c.name === l?.parent || c.name === l?.child ? [i] : []))
      actions.point({ links: [edge.data.index], containers: ends })
    },
    [store, actions],
  )
  const onLeave = useCallback(() => actions.point(null), [actions])
  const onPaneClick = useCallback(() => actions.select(null), [actions])

  // The context menu: right click on a card, or the Menu key / Shift+F10 on a focused card.
  const [menu, setMenu] = useState<MenuAt | null>(null)
  const openMenu = useCallback((id: string, clientX: number, clientY: number) => {
    const box = section.current?.getBoundingClientRect()
    if (box) setMenu({ id, x: Math.round(clientX - box.left), y: Math.round(clientY - box.top) })
  }, [])
  const onNodeContextMenu = useCallback(
    (event: MouseEvent, node: ContainerFlowNode) => {
      event.preventDefault()
      // A keyboard-made contextmenu event has no pointer position: open at the card.
      const card = (event.target as Element).closest('.react-flow__node')?.getBoundingClientRect()
      const fromKeys = event.clientX === 0 && event.clientY === 0 && card
      openMenu(node.id, fromKeys ? card.left + 24 : event.clientX, fromKeys ? card.top + 24 : event.clientY)
    },
    [openMenu],
  )
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'ContextMenu' && !(event.key === 'F10' && event.shiftKey)) return
      const card = (event.target as Element).closest<HTMLElement>('.react-flow__node')
      const id = card?.dataset.id
      if (!card || id === undefined) return
      event.preventDefault()
      const box = card.getBoundingClientRect()
      openMenu(id, box.left + 24, box.top + 24)
    },
    [openMenu],
  )
  const closeMenu = useCallback(() => setMenu(null), [])
  // Link labels are unreadable when the view is zoomed far out: hide them there (a class, not a re-render).
  const onMove = useCallback((_: unknown, viewport: Viewport) => {
    section.current?.classList.toggle('is-zoomed-out', viewport.zoom < 0.45)
  }, [])
  const onInit = useCallback((flow: { getViewport(): Viewport }) => onMove(null, flow.getViewport()), [onMove])
  // React Flow's layers for labels and the bridge, found once (see flowLayers.tsx).
  const [layers, setLayers] = useState(NO_LAYERS)
  useLayoutEffect(() => setLayers(findFlowLayers(section.current)), [])
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
      ref={section}
      className="canvas"
      aria-label={t('canvas.label')}
      onDragOver={editing ? onDragOver : undefined}
      onDrop={editing ? onDrop : undefined}
      onKeyDown={editing ? onKeyDown : undefined}
    >
      <LinkMarkers />
      <FlowLayersContext.Provider value={layers}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onNodeMouseEnter={onNodeMouseEnter}
          onNodeMouseLeave={onLeave}
          onEdgeMouseEnter={onEdgeMouseEnter}
          onEdgeMouseLeave={onLeave}
          onNodeDragStart={actions.startDrag}
          onNodeDragStop={actions.endDrag}
          onPaneClick={onPaneClick}
          onNodeContextMenu={editing ? onNodeContextMenu : undefined}
          onMove={onMove}
          onInit={onInit}
          deleteKeyCode={editing ? DELETE_KEYS : null}
          nodesDraggable={editing}
          nodesConnectable={editing}
          fitView
          fitViewOptions={FIT_VIEW}
          minZoom={0.05}
          proOptions={PRO_OPTIONS}
          ariaLabelConfig={ariaLabelConfig}
        >
          <BridgeLayer />
          <Background gap={24} size={1} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </FlowLayersContext.Provider>
      <EmptyHint />
      {menu && editing && (
        <OnDemand quiet>
          <ContainerMenu at={menu} onClose={closeMenu} />
        </OnDemand>
      )}
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

/** The empty canvas's invitation. Memo: the canvas re-renders on every drag step, this has nothing to redo. */
const EmptyHint = memo(function EmptyHint() {
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
})
