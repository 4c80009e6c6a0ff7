import { memo, useId } from 'react'
import { useT } from '../i18n'
import { useApp } from '../store/hooks'
import { type BridgeGeometry, selectBridgeGeometry } from './bridgeGeometry'
import { InViewport } from './flowLayers'

/**
 * The docker0 bridge as what it is: a bus with its name and address, every
 * container hanging off it by a quiet veth line. Drawn under the nodes (the
 * cards hide the top of each line), in flow coordinates, from the layout alone.
 */
export const BridgeLayer = memo(function BridgeLayer() {
  const geometry = useApp(selectBridgeGeometry)
  return (
    <InViewport>
      <BridgeDrawing geometry={geometry} />
    </InViewport>
  )
})

/**
 * How far down a veth line is drawn: past any bus. The lines are clipped at the
 * bus, so when the bus moves (a card dragged below all others) one clip
 * rectangle changes, not every line.
 */
const VETH_REACH = 1_000_000

/** One container's veth line: re-drawn only when that container moves. */
const Veth = memo(function Veth({ x, y }: { x: number; y: number }) {
  return <line className="bridge__veth" x1={x} x2={x} y1={y} y2={y + VETH_REACH} />
})

function BridgeDrawing({ geometry }: { geometry: BridgeGeometry }) {
  const t = useT()
  const clip = useId()
  const { left, right, top, busY, drops, label } = geometry
  const width = right - left
  const height = busY - top + 40
  return (
    <svg
      className="bridge"
      style={{ left, top, width, height }}
      width={width}
      height={height}
      viewBox={`${left} ${top} ${width} ${height}`}
      role="img"
      aria-label={t('canvas.bridge', { label })}
    >
      <clipPath id={clip}>
        <rect x={left} y={top} width={width} height={busY - top} />
      </clipPath>
      <g clipPath={`url(#${clip})`}>
        {drops.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one line per container, in order
          <Veth key={i} x={d.x} y={d.y} />
        ))}
      </g>
      <rect className="bridge__bus" x={left} y={busY - 7} width={width} height={14} rx={7} />
      <text className="bridge__label" x={left + 16} y={busY + 30}>
        {label}
      </text>
    </svg>
  )
}
