/**
 * Bare React Flow page for the browser benchmark (bench/browser.ts):
 * `?n=N&links=L` → N nodes of one memoized custom type with two handles,
 * L default edges, a zustand store with applyNodeChanges, fitView.
 */
import '@xyflow/react/dist/style.css'
import {
  applyEdgeChanges,
  applyNodeChanges,
  type Edge,
  type EdgeChange,
  Handle,
  type NodeChange,
  type NodeProps,
  type NodeTypes,
  Position,
  ReactFlow,
} from '@xyflow/react'
import { type CSSProperties, memo } from 'react'
import { createRoot } from 'react-dom/client'
import { create } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import { type BareNode, makeGraph } from './graph'

const params = new URLSearchParams(location.search)
const n = Number(params.get('n') ?? 200)
const initial = makeGraph(n, Number(params.get('links') ?? Math.round(n * 1.5)))

interface State {
  nodes: BareNode[]
  edges: Edge[]
  onNodesChange: (changes: NodeChange<BareNode>[]) => void
  onEdgesChange: (changes: EdgeChange[]) => void
}

const useGraph = create<State>()((set, get) => ({
  nodes: initial.nodes,
  edges: initial.edges,
  onNodesChange: (changes) => set({ nodes: applyNodeChanges(changes, get().nodes) }),
  onEdgesChange: (changes) => set({ edges: applyEdgeChanges(changes, get().edges) }),
}))

const BareNodeView = memo(function BareNodeView({ data }: NodeProps<BareNode>) {
  return (
    <div style={{ padding: '8px 10px', border: '1px solid #555', borderRadius: 6, background: '#fff', width: 200 }}>
      <Handle type="target" position={Position.Left} />
      {data.label}
      <Handle type="source" position={Position.Right} />
    </div>
  )
})
const nodeTypes: NodeTypes = { bare: BareNodeView }

// Diagnostics only (bench/whatif-drag.ts): `?pane=682x670&padding=0.25` draws the flow in a pane of the app's
// canvas size with the app's fit-view padding, to compare like with like. Without them: the whole window.
const query = new URLSearchParams(location.search)
const paneSize = /^(\d+)x(\d+)$/.exec(query.get('pane') ?? '')
const PANE: CSSProperties = paneSize
  ? { position: 'fixed', left: 0, top: 0, width: Number(paneSize[1]), height: Number(paneSize[2]) }
  : { position: 'fixed', inset: 0 }
const FIT_VIEW = { padding: Number(query.get('padding') ?? 0.1) }

function App() {
  const { nodes, edges, onNodesChange, onEdgesChange } = useGraph(
    useShallow((s) => ({
      nodes: s.nodes,
      edges: s.edges,
      onNodesChange: s.onNodesChange,
      onEdgesChange: s.onEdgesChange,
    })),
  )
  return (
    <div style={PANE}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        fitView
        fitViewOptions={FIT_VIEW}
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
      />
    </div>
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(<App />)
