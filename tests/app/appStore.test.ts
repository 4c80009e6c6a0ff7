import { describe, expect, it } from 'vitest'
import { createAppStore } from '../../src/app/store/appStore'
import { selectDerivation } from '../../src/app/store/selectors'
import { container, link, scenario, seed } from '../builders'

const redis = { image: 'redis', expose: ['6379/tcp'], env: [] }
const ubuntu = { image: 'ubuntu', expose: [], env: [] }

describe('appStore', () => {
  it('adds a container with a docker-style name and selects it', () => {
    const store = createAppStore()
    const id = store.getState().actions.addContainer(redis, { x: 10, y: 20 })
    const { scenario: s, layout, selection } = store.getState()
    expect(s.containers[0]?.name).toMatch(/^[a-z]+_[a-z]+$/)
    expect(layout.positions[id]).toEqual({ x: 10, y: 20 })
    expect(selection).toEqual({ kind: 'container', id })
  })

  it('never hands out a name twice', () => {
    const store = createAppStore()
    for (let i = 0; i < 40; i++) store.getState().actions.addContainer(ubuntu)
    const names = store.getState().scenario.containers.map((c) => c.name)
    expect(new Set(names).size).toBe(40)
  })

  it('moves a child drawn after its parent ahead of it, and says so', () => {
    const store = createAppStore(scenario({ containers: [container('client'), container('redis')] }))
    expect(store.getState().actions.addLink(link('client', 'redis', 'db'))).toBe(true)
    const s = store.getState()
    expect(s.scenario.containers.map((c) => c.name)).toEqual(['redis', 'client'])
    expect(s.layout.ids).toEqual(['c2', 'c1'])
    expect(s.notice?.text).toBe('redis now starts before client: a child must be running when its parent starts.')
    expect(selectDerivation(s).report.errors).toEqual([])
  })

  it('refuses a link that would make a cycle, with the cycle named', () => {
    const store = createAppStore(
      scenario({ containers: [container('db'), container('app')], links: [link('app', 'db')] }),
    )
    expect(store.getState().actions.addLink(link('db', 'app'))).toBe(false)
    expect(store.getState().notice).toEqual({
      tone: 'refusal',
      text: 'No link: db → app → db would be a cycle. Docker could never have created it: each docker run needs its children running already.',
    })
    expect(store.getState().scenario.links).toHaveLength(1)
  })

  it('dragging a node does not re-run the engine', () => {
    const store = createAppStore(seed())
    const before = selectDerivation(store.getState())
    store.getState().actions.move('c1', { x: 300, y: 300 })
    expect(store.getState().layout.positions.c1).toEqual({ x: 300, y: 300 })
    expect(selectDerivation(store.getState())).toBe(before)
  })

  it('an edit re-derives: renaming a child renames it in its links too', () => {
    const store = createAppStore(seed())
    const redisSpec = store.getState().scenario.containers[0]
    if (!redisSpec) throw new Error('seed has redis')
    store.getState().actions.updateContainer('c1', { ...redisSpec, name: 'cache' })
    const s = store.getState()
    expect(s.scenario.links[0]).toEqual({ parent: 'suspicious_fermat', child: 'cache', alias: 'db' })
    expect(s.layout.ids).toEqual(['c1', 'c2'])
    expect(selectDerivation(s).report.containers[1]?.linkEnv.DB_PORT).toBe('tcp://172.17.0.2:6379')
  })

  it('switching era moves a default bridge address to the new era’s default, and keeps a custom one', () => {
    const store = createAppStore(seed())
    store.getState().actions.setEra('20.10')
    expect(store.getState().scenario.daemon.bridgeIp).toBe('172.17.0.1/16')
    store.getState().actions.setDaemon({ bridgeIp: '10.0.0.1/24' })
    store.getState().actions.setEra('0.10')
    expect(store.getState().scenario.daemon.bridgeIp).toBe('10.0.0.1/24')
  })

  it('removing a container removes its links and keeps the other ids', () => {
    const store = createAppStore(seed())
    store.getState().actions.removeContainer('c1')
    const s = store.getState()
    expect(s.scenario.links).toEqual([])
    expect(s.layout.ids).toEqual(['c2'])
    expect(s.layout.positions.c1).toBeUndefined()
  })

  it('reorders the start order and keeps ids with their containers', () => {
    const store = createAppStore(seed())
    store.getState().actions.reorder('c1', 1)
    const s = store.getState()
    expect(s.scenario.containers.map((c) => c.name)).toEqual(['suspicious_fermat', 'redis'])
    expect(s.layout.ids).toEqual(['c2', 'c1'])
    expect(selectDerivation(s).report.errors[0]?.code).toBe('child-not-found')
  })

  it('loads the classic example', () => {
    const store = createAppStore()
    store.getState().actions.loadExample()
    expect(selectDerivation(store.getState()).report.containers[1]?.linkEnv.DB_NAME).toBe('/suspicious_fermat/db')
  })
})
