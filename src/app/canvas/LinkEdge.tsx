import { BaseEdge, type EdgeProps, getBezierPath } from '@xyflow/react'
import { memo } from 'react'
import { useT } from '../i18n'
import { useStableActions } from '../store/hooks'
import { EdgeLabel } from './flowLayers'
import type { LinkFlowEdge } from './flowModel'

/** A link, parent → child, labelled with its alias and drawn in the link's hue. */
export const LinkEdge = memo(function LinkEdge(props: EdgeProps<LinkFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } = props
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })
  const actions = useStableActions()
  const t = useT()
  if (!data) return null
  const { status, lit } = data
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={`url(#link-arrow-${data.hue})`}
        className={`link-edge hue-${data.hue} link-edge--${status}${data.stale ? ' is-stale' : ''}${selected ? ' is-selected' : ''}${lit ? ' is-lit' : ''}`}
        interactionWidth={16}
      />
      <EdgeLabel>
        <button
          type="button"
          className={`link-label hue-${data.hue} link-label--${status}${selected ? ' is-selected' : ''}${lit ? ' is-lit' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-testid={`link-label-${data.index}`}
          onClick={() => actions.select({ kind: 'link', index: data.index })}
          tabIndex={-1}
        >
          {data.link.alias || t('edge.noAlias')}
          {data.secrets.length > 0 && (
            <span className="link-label__secret">
              <span aria-hidden="true"> ⚠ </span>
              {t('edge.exposes', { keys: data.secrets.join(', '), parent: data.link.parent })}
            </span>
          )}
          {data.stale && (
            <span className="link-label__stale" title={t('edge.staleTitle')}>
              {' '}
              {t('edge.stale')}
            </span>
          )}
          {status !== 'active' && <span className="visually-hidden">{t(`edge.status.${status}`)}</span>}
        </button>
      </EdgeLabel>
    </>
  )
})

const HUE_IDS = [0, 1, 2, 3, 4, 5, 6, 7]

/** One arrowhead per hue, defined once for the whole canvas (memo: the canvas re-renders on every drag step). */
export const LinkMarkers = memo(function LinkMarkers() {
  return (
    <svg className="link-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {HUE_IDS.map((hue) => (
          <marker
            key={hue}
            id={`link-arrow-${hue}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className={`link-arrow hue-${hue}`} />
          </marker>
        ))}
      </defs>
    </svg>
  )
})
