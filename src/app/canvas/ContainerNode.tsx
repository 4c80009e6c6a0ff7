import { Handle, type NodeProps, Position } from '@xyflow/react'
import { memo } from 'react'
import { useT } from '../i18n'
import { useApp } from '../store/hooks'
import { selectDerivation } from '../store/selectors'
import type { ContainerFlowNode } from './flowModel'

/**
 * A container on the bridge: name, image, address, exposed ports and its place
 * in the start order. What docker made of it comes from the derivation; node
 * data carries only the container's own spec, so a new derivation re-renders
 * cards, never rebuilds the canvas.
 */
export const ContainerNode = memo(function ContainerNode({ data, selected }: NodeProps<ContainerFlowNode>) {
  const state = useApp((s) => selectDerivation(s).containers[data.index])
  // The latest refusal of this container, while it is not running: the reason why.
  const refusal = useApp((s) => {
    const d = selectDerivation(s)
    return d.containers[data.index]?.status === 'running'
      ? undefined
      : d.refusals.findLast((r) => r.container === data.index)
  })
  const lit = useApp((s) => !!s.pointed?.containers.includes(data.index))
  const t = useT()
  const { spec } = data
  const running = state?.status === 'running'
  const status = t(`node.status.${running ? 'running' : (state?.status ?? 'pending')}`)
  return (
    <div
      className={`container-node${selected ? ' is-selected' : ''}${lit ? ' is-lit' : ''}${running ? '' : state?.status === 'pending' ? ' is-pending' : ' is-refused'}`}
      data-testid={`container-${spec.name}`}
      title={refusal ? refusal.error.message : undefined}
    >
      {/* A link runs parent → child: drag from a parent's right handle to a child's left handle. */}
      <Handle type="target" position={Position.Left} title={t('node.target', { name: spec.name })} />
      <div className="container-node__head">
        <span className="container-node__order" title={t('order.title')}>
          {data.index + 1}
        </span>
        <span className="container-node__name">{spec.name}</span>
      </div>
      <div className="container-node__image">{spec.image || t('node.noImage')}</div>
      <code className="container-node__ip">{running ? state?.ip : status}</code>
      {spec.expose.length > 0 && (
        <ul className="container-node__ports" aria-label={t('node.exposed')}>
          {spec.expose.map((port) => (
            <li key={port}>{port}</li>
          ))}
        </ul>
      )}
      {spec.publish.length > 0 && (
        <ul className="container-node__ports container-node__ports--published" aria-label={t('node.published')}>
          {spec.publish.map((port) => (
            <li key={port}>-p {port}</li>
          ))}
        </ul>
      )}
      {refusal && (
        <p className="container-node__refusal" role="note" lang="en">
          <span aria-hidden="true">⚠ </span>
          {refusal.error.message}
        </p>
      )}
      <Handle type="source" position={Position.Right} title={t('node.source', { name: spec.name })} />
    </div>
  )
})
