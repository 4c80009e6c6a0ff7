import { describe, expect, it } from 'vitest'
import { lifecycleTakesEffect, withContainerAt, withLink, withoutContainer, withStartPosition } from '../../src/core'
import { container, link, scenario } from '../builders'

const names = (s: { containers: readonly { name: string }[] }) => s.containers.map((c) => c.name)

describe('withLink', () => {
  it('moves a child that starts after its parent ahead of it, and says so', () => {
    const edit = withLink(
      scenario({ containers: [container('client'), container('redis')] }),
      link('client', 'redis', 'db'),
    )
    expect(edit.ok && names(edit.scenario)).toEqual(['redis', 'client'])
    expect(edit.ok && edit.moved).toEqual(['redis'])
  })
  it('moves what the child needs along with it', () => {
    const s = scenario({
      containers: [container('web'), container('app'), container('db')],
      links: [link('app', 'db')],
    })
    const edit = withLink(s, link('web', 'app'))
    expect(edit.ok && names(edit.scenario)).toEqual(['db', 'app', 'web'])
  })
  it('refuses a link that closes a cycle, naming it', () => {
    const s = scenario({ containers: [container('db'), container('app')], links: [link('app', 'db')] })
    expect(withLink(s, link('db', 'app'))).toEqual({ ok: false, refusal: { kind: 'cycle', path: ['db', 'app', 'db'] } })
  })
  it('does not change its input', () => {
    const s = scenario({ containers: [container('client'), container('redis')] })
    const copy = structuredClone(s)
    withLink(s, link('client', 'redis'))
    expect(s).toEqual(copy)
  })
})

describe('withContainerAt', () => {
  it('carries a new name into links and events', () => {
    const s = scenario({
      containers: [container('db'), container('app')],
      links: [link('app', 'db')],
      events: [{ action: 'restart', container: 'db' }],
    })
    const next = withContainerAt(s, 0, { ...(s.containers[0] as (typeof s.containers)[0]), name: 'pg' })
    expect(next.links).toEqual([{ parent: 'app', child: 'pg', alias: 'db' }])
    expect(next.events).toEqual([{ action: 'restart', container: 'pg' }])
  })
})

describe('withoutContainer', () => {
  it('takes its links both ways and its events with it', () => {
    const s = scenario({
      containers: [container('db'), container('app'), container('web')],
      links: [link('app', 'db'), link('web', 'app')],
      events: [{ action: 'stop', container: 'app' }],
    })
    const next = withoutContainer(s, 1)
    expect(names(next)).toEqual(['db', 'web'])
    expect(next.links).toEqual([])
    expect(next.events).toEqual([])
  })
})

describe('withStartPosition', () => {
  it('moves a container in the start order, even against its links', () => {
    const s = scenario({ containers: [container('db'), container('app')], links: [link('app', 'db')] })
    expect(names(withStartPosition(s, 0, 1))).toEqual(['app', 'db'])
  })
})

describe('lifecycleTakesEffect', () => {
  it('offers stop to a running container, start to one that exists and is not running, restart to any that exists', () => {
    const statuses = ['pending', 'absent', 'created', 'running', 'stopped'] as const
    const offered = (action: 'stop' | 'start' | 'restart') =>
      statuses.filter((status) => lifecycleTakesEffect(action, status))
    expect(offered('stop')).toEqual(['running'])
    expect(offered('start')).toEqual(['pending', 'created', 'stopped'])
    expect(offered('restart')).toEqual(['pending', 'created', 'running', 'stopped'])
    expect(lifecycleTakesEffect('restart', undefined)).toBe(false)
  })
})
