import { createContext, type ReactNode, useContext } from 'react'
import { createPortal } from 'react-dom'

/**
 * React Flow's two layers inside its viewport (they pan and zoom with the
 * graph), looked up once by the canvas: the edge-label layer, where the links'
 * alias labels go, and the viewport portal, where the bridge is drawn.
 * React Flow's own `<EdgeLabelRenderer>` and `<ViewportPortal>` look their
 * layer up with a `querySelector` over the whole canvas in a store selector,
 * and every store update runs them all: 300 lookups per drag step at 200
 * containers.
 */
export interface FlowLayers {
  readonly labels: HTMLElement | null
  readonly portal: HTMLElement | null
}

export const NO_LAYERS: FlowLayers = { labels: null, portal: null }

export const FlowLayersContext = createContext<FlowLayers>(NO_LAYERS)

/** Find the layers in the canvas React Flow has rendered into. */
export function findFlowLayers(canvas: Element | null): FlowLayers {
  return {
    labels: canvas?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null,
    portal: canvas?.querySelector<HTMLElement>('.react-flow__viewport-portal') ?? null,
  }
}

/** Render an edge's label into the edge-label layer (nothing until the canvas has found it). */
export function EdgeLabel({ children }: { children: ReactNode }) {
  const { labels } = useContext(FlowLayersContext)
  return labels ? createPortal(children, labels) : null
}

/** Render into the viewport, under the nodes (nothing until the canvas has found it). */
export function InViewport({ children }: { children: ReactNode }) {
  const { portal } = useContext(FlowLayersContext)
  return portal ? createPortal(children, portal) : null
}
