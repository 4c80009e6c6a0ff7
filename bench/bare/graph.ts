/**
 * The bare page's graph: the same grid and the same links as
 * `generatedScenario(n, { links })` in bench/scenarios.ts (positions, and the
 * parent → child pairs from the same PRNG), without the engine, so the page
 * carries nothing but React, React Flow and zustand.
 */
import type { Edge, Node } from '@xyflow/react'

export type BareData = { label: string }
export type BareNode = Node<BareData, 'bare'>

/** mulberry32, as `prng` in bench/scenarios.ts. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function makeGraph(n: number, linkCount: number): { nodes: BareNode[]; edges: Edge[] } {
  const random = prng(n)
  const nodes: BareNode[] = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    type: 'bare',
    position: { x: (i % 40) * 220, y: Math.floor(i / 40) * 140 },
    data: { label: `c${i}` },
  }))
  const edges: Edge[] = Array.from({ length: linkCount }, (_, k) => {
    const parent = 1 + Math.floor(random() * (n - 1))
    const child = Math.floor(random() * parent)
    return { id: `l${k}`, source: `c${parent}`, target: `c${child}` }
  })
  return { nodes, edges }
}
