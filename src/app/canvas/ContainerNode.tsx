import { Handle, type NodeProps, Position } from '@xyflow/react'
import { memo } from 'react'
import { useT } from '../i18n'
import type { ContainerFlowNode } from './flowModel'

/**
 * A container on the bridge: name, image, address, exposed ports and its place
 * in the start order. Everything it shows arrives in its node data (flowModel's
 * `view`), so a card re-renders only when what it shows changed: never while
 * another card is dragged, and not for an edit that did not touch it.
 */
export const ContainerNode = memo(function ContainerNode({ data, selected }: NodeProps<ContainerFlowNode>) {
  const t = useT()
  const { spec, view } = data
  const running = view.status === 'running'
  const status = t(`node.status.${view.status}`)
  const refusal = view.refusal
  return (
    <div
      className={`container-node${selected ? ' is-selected' : ''}${view.lit ? ' is-lit' : ''}${running ? '' : view.status === 'pending' ? ' is-pending' : ' is-refused'}`}
      data-testid={`container-${spec.name}`}
      title={refusal}
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
      <code className="container-node__ip">{running ? view.ip : status}</code>
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
          {refusal}
        </p>
      )}
      <Handle type="source" position={Position.Right} title={t('node.source', { name: spec.name })} />
    </div>
  )
})
