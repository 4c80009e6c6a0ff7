import { ViewportPortal } from '@xyflow/react'
import { memo } from 'react'
import { useT } from '../i18n'
import { useApp } from '../store/hooks'
import { type BridgeGeometry, selectBridgeGeometry } from './bridgeGeometry'

/**
 * The docker0 bridge as what it is: a bus with its name and address, every
 * container hanging off it by a quiet veth line. Drawn under the nodes (the
 * cards hide the top of each line), in flow coordinates, from the layout alone.
 */
export const BridgeLayer = memo(function BridgeLayer() {
  const geometry = useApp(selectBridgeGeometry)
  return (
    <ViewportPortal>
      <BridgeDrawing geometry={geometry} />
    </ViewportPortal>
  )
})

/** One container's veth line: re-drawn only when that container (or the bus) moves. */
const Veth = memo(function Veth({ x, y, busY }: { x: number; y: number; busY: number }) {
  return <line className="bridge__veth" x1={x} x2={x} y1={y} y2={busY} />
})

function BridgeDrawing({ geometry }: { geometry: BridgeGeometry }) {
  const t = useT()
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
      {drops.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one line per container, in order
        <Veth key={i} x={d.x} y={d.y} busY={busY} />
      ))}
      <rect className="bridge__bus" x={left} y={busY - 7} width={width} height={14} rx={7} />
      <text className="bridge__label" x={left + 16} y={busY + 30}>
        {label}
      </text>
    </svg>
  )
}
