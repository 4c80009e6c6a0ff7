import { describe, expect, it } from 'vitest'
import { createFlowCache, toEdges, toNodes } from '../../src/app/canvas/flowModel'
import { createAppStore } from '../../src/app/store/appStore'
import { selectDerivation } from '../../src/app/store/selectors'
import { seed } from '../builders'

describe('toNodes', () => {
  it('hands back the very same node objects after an edit that did not change what they show', () => {
    const store = createAppStore(seed())
    const cache = createFlowCache()
    const s = store.getState()
    const first = toNodes(s.scenario.containers, s.layout, s.selection, selectDerivation(s), null, cache)
    store.getState().actions.setDaemon({ icc: false }) // rules change, no card does
    const t = store.getState()
    const second = toNodes(t.scenario.containers, t.layout, t.selection, selectDerivation(t), null, cache)
    expect(second[0]).toBe(first[0])
    expect(second[1]).toBe(first[1])
  })

  it('hands back the very same node objects except the one that moved', () => {
    const store = createAppStore(seed())
    const cache = createFlowCache()
    const s = store.getState()
    const first = toNodes(s.scenario.containers, s.layout, s.selection, selectDerivation(s), null, cache)
    store.getState().actions.move('c2', { x: 5, y: 5 })
    const t = store.getState()
    const second = toNodes(t.scenario.containers, t.layout, t.selection, selectDerivation(t), null, cache)
    expect(second[0]).toBe(first[0])
    expect(second[1]).not.toBe(first[1])
    expect(second[1]?.position).toEqual({ x: 5, y: 5 })
  })

  it('names nodes for assistive technology and carries identity only', () => {
    const s = createAppStore(seed()).getState()
    const [node] = toNodes(s.scenario.containers, s.layout, s.selection, selectDerivation(s), null, createFlowCache())
    expect(node).toMatchObject({
      id: 'c1',
      type: 'container',
      ariaLabel: 'Container redis',
      data: { index: 0, view: { status: 'running', ip: '172.17.0.2', lit: false } },
    })
  })
})

describe('toEdges', () => {
  it('draws each link parent → child with its status and hue', () => {
    const s = createAppStore(seed()).getState()
    const edges = toEdges(
      s.scenario.links,
      s.scenario.containers,
      s.layout.ids,
      selectDerivation(s).links,
      new Set(),
      new Map(),
      s.selection,
      null,
      createFlowCache(),
    )
    expect(edges).toEqual([
      expect.objectContaining({
        id: 'link-0',
        source: 'c2',
        target: 'c1',
        data: { index: 0, link: s.scenario.links[0], status: 'active', hue: 0, stale: false, secrets: [], lit: false },
      }),
    ])
  })
})
