/** Where the bridge bus goes: under every container, as wide as they spread. Pure, from the layout. */
import type { XY } from '../../core'
import type { AppState } from '../store/appStore'
import { derived } from '../store/derived'
import type { Layout } from '../store/layout'

/** The card width in CSS (index.css, .container-node). */
export const NODE_WIDTH = 200
/** Below the lowest card's top: taller than any card. */
const BUS_GAP = 190

export interface BridgeGeometry {
  readonly left: number
  readonly right: number
  readonly top: number
  readonly busY: number
  /** Where each container's veth line starts (inside its card, which hides that end). */
  readonly drops: readonly { readonly x: number; readonly y: number }[]
  readonly label: string
}

/**
 * The bus spans the layout; while a card is dragged it stays where it was when the drag began
 * (`dragOrigin`) and settles when the card is let go. Following the card live would move the bus and
 * redraw the whole bridge, as wide as the canvas, on every step of the drag: the dearest part of a
 * drag at 200 containers (`bench/whatif-drag.ts`). The dragged card's own veth line follows it.
 */
export const selectBridgeGeometry = derived(
  (s: AppState) => [s.layout, s.dragOrigin?.layout ?? s.layout, s.scenario.daemon.bridge, s.scenario.daemon.bridgeIp],
  (layout, spanned, bridge, bridgeIp): BridgeGeometry => {
    const points = pointsOf(layout)
    const label = `${bridge} ${bridgeIp}`
    const extent = spanned === layout ? points : pointsOf(spanned)
    if (points.length === 0 || extent.length === 0) return { left: 0, right: 900, top: 0, busY: 320, drops: [], label }
    let minX = Number.POSITIVE_INFINITY
    let maxX = Number.NEGATIVE_INFINITY
    let minY = Number.POSITIVE_INFINITY
    let maxY = Number.NEGATIVE_INFINITY
    for (const p of extent) {
      minX = Math.min(minX, p.x)
      maxX = Math.max(maxX, p.x)
      minY = Math.min(minY, p.y)
      maxY = Math.max(maxY, p.y)
    }
    return {
      left: minX - 60,
      right: maxX + NODE_WIDTH + 60,
      top: minY,
      busY: maxY + BUS_GAP,
      drops: points.map((p) => ({ x: p.x + NODE_WIDTH / 2, y: p.y + 20 })),
      label,
    }
  },
)

function pointsOf(layout: Layout): XY[] {
  return layout.ids.flatMap((id) => {
    const p = layout.positions[id]
    return p ? [p] : []
  })
}
