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
        <line key={i} className="bridge__veth" x1={d.x} x2={d.x} y1={d.y} y2={busY} />
      ))}
      <rect className="bridge__bus" x={left} y={busY - 7} width={width} height={14} rx={7} />
      <text className="bridge__label" x={left + 16} y={busY + 30}>
        {label}
      </text>
    </svg>
  )
}
