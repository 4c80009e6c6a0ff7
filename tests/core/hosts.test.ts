import { describe, expect, it } from 'vitest'
import { derive } from '../../src/core'
import { container, link, scenario, seed } from '../builders'

describe('/etc/hosts lines (docker-links-facts.md §3)', () => {
  it('0.10 writes none', () => {
    expect(derive(seed('0.10')).report.containers.map((c) => c.hosts)).toEqual([[], []])
  })
  it('1.0 writes "IP<TAB>alias"', () => {
    expect(derive(seed('1.0')).report.containers[1]?.hosts).toEqual(['172.17.0.2\tdb'])
  })
  it.each(['20.10', '28', '29'] as const)(
    '%s writes "IP<TAB>alias id12 name", the name only when it differs',
    (docker) => {
      const s = scenario({
        docker,
        containers: [container('redis'), container('web1'), container('app')],
        links: [link('app', 'redis', 'db'), link('app', 'web1', 'web1')],
      })
      const d = derive(s)
      const id = (i: number) => d.containers[i]?.id.slice(0, 12)
      expect(d.report.containers[2]?.hosts).toEqual([`172.17.0.2\tdb ${id(0)} redis`, `172.17.0.3\tweb1 ${id(1)}`])
      expect(id(0)).toMatch(/^[0-9a-f]{12}$/)
    },
  )
  it('gives a child no line about its parents', () => {
    expect(derive(seed('20.10')).report.containers[0]?.hosts).toEqual([])
  })
  it('makes the same ID for the same scenario every time', () => {
    expect(derive(seed('28')).report).toEqual(derive(seed('28')).report)
  })
})
