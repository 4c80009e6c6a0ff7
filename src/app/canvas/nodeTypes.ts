import type { EdgeTypes, NodeTypes } from '@xyflow/react'
import { ContainerNode } from './ContainerNode'
import { LinkEdge } from './LinkEdge'

// Module scope, never inside a component: a new object on each render makes
// React Flow remount every node (its warning error002 says as much).
export const nodeTypes = { container: ContainerNode } satisfies NodeTypes
export const edgeTypes = { link: LinkEdge } satisfies EdgeTypes
