import { describe, expect, it } from 'vitest'
import { type DockerEra, derive } from '../../src/core'
import { container, link, scenario } from '../builders'
import { envOf, report, rulesOf } from './helpers'

const web = (docker: DockerEra, publish: string[], extra: { events?: { action: string; container: string }[] } = {}) =>
  scenario({ docker, containers: [container('web', { publish })], ...extra })

describe('what -p adds (lifecycle-and-publish-facts.md §1)', () => {
  it('0.10: a DNAT in nat DOCKER and an ACCEPT inserted at the top of FORWARD', () => {
    const s = web('0.10', ['8080:80'])
    expect(rulesOf(s, 'nat')).toContain('-A DOCKER -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80')
    expect(rulesOf(s)[0]).toBe('-A FORWARD -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT')
  })

  it('1.0 adds `! -i docker0` to the DNAT, and `-d IP/32` first for a host address', () => {
    const nat = rulesOf(web('1.0', ['127.0.0.1:5300:53/udp']), 'nat')
    expect(nat).toContain(
      '-A DOCKER -d 127.0.0.1/32 ! -i docker0 -p udp -m udp --dport 5300 -j DNAT --to-destination 172.17.0.2:53',
    )
  })

  it('counts as exposed: a link sees its variables and gets its rules', () => {
    const s = scenario({
      containers: [container('web', { publish: ['8080:80'] }), container('app')],
      links: [link('app', 'web', 'w')],
    })
    expect(envOf(s, 'app').W_PORT).toBe('tcp://172.17.0.2:80')
    expect(rulesOf(s).slice(0, 2)).toEqual([
      '-A FORWARD -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --sport 80 -j ACCEPT',
      '-A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT',
    ])
  })

  it('a port exposed twice, or exposed and published, is kept once, also in long ranges', () => {
    const s = scenario({
      docker: '20.10',
      containers: [container('web', { expose: ['1-3000/tcp', '2000-4000/tcp', '80/udp'], publish: ['8080:80'] })],
    })
    const ports = derive(s).containers[0]?.ports ?? []
    expect(ports).toHaveLength(4001)
    expect(ports.slice(0, 2)).toEqual([
      { number: 1, proto: 'tcp' },
      { number: 2, proto: 'tcp' },
    ])
    expect(ports.slice(-2)).toEqual([
      { number: 4000, proto: 'tcp' },
      { number: 80, proto: 'udp' },
    ])
  })

  it('0.10/1.0 random host ports count from 49153 per protocol, in request order', () => {
    const s = scenario({
      docker: '1.0',
      containers: [container('a1', { publish: ['80'] }), container('b1', { publish: ['53/udp', '9000', '8080:8080'] })],
    })
    const nat = rulesOf(s, 'nat').filter((l) => l.includes('DNAT'))
    expect(nat).toEqual([
      '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 49153 -j DNAT --to-destination 172.17.0.2:80',
      '-A DOCKER ! -i docker0 -p udp -m udp --dport 49153 -j DNAT --to-destination 172.17.0.3:53',
      '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 49154 -j DNAT --to-destination 172.17.0.3:9000',
      '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.3:8080',
    ])
  })

  it('20.10: DNAT with `! -i`, ACCEPT appended to filter DOCKER, and a hairpin MASQUERADE', () => {
    const s = web('20.10', ['8080:80'])
    expect(rulesOf(s, 'nat')).toEqual([
      '-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER',
      '-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER',
      '-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE',
      '-A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE',
      '-A DOCKER -i docker0 -j RETURN',
      '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80',
    ])
    expect(rulesOf(s).filter((l) => l.startsWith('-A DOCKER '))).toEqual([
      '-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT',
    ])
  })

  it('20.10 lists 8443 first, 28 lists 8080 first (ACCEPT inserted above the DROP)', () => {
    const ports = ['8080:80', '127.0.0.1:8443:443']
    expect(rulesOf(web('20.10', ports)).filter((l) => l.includes('ACCEPT') && l.startsWith('-A DOCKER '))).toEqual([
      '-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 443 -j ACCEPT',
      '-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT',
    ])
    expect(rulesOf(web('28', ports)).filter((l) => l.startsWith('-A DOCKER '))).toEqual([
      '-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT',
      '-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 443 -j ACCEPT',
      '-A DOCKER ! -i docker0 -o docker0 -j DROP',
    ])
    expect(rulesOf(web('28', ports), 'nat').some((l) => l.includes('MASQUERADE') && l.includes('/32'))).toBe(false)
  })

  it('a stop removes a container’s port rules; a start adds them again', () => {
    const once = report(web('20.10', ['8080:80']))
    expect(report(web('20.10', ['8080:80'], { events: [{ action: 'restart', container: 'web' }] })).iptables).toEqual(
      once.iptables,
    )
    const stopped = report(web('20.10', ['8080:80'], { events: [{ action: 'stop', container: 'web' }] }))
    expect(stopped.iptables.nat.some((l) => l.includes('DNAT'))).toBe(false)
  })

  it('a host port taken twice refuses the second container', () => {
    const s = scenario({
      containers: [container('a1', { publish: ['8080:80'] }), container('b1', { publish: ['8080:81'] })],
    })
    const r = report(s)
    expect(r.containers.map((c) => c.started)).toEqual([true, false])
    expect(r.errors[0]?.code).toBe('port-conflict')
  })

  it('a random host port is only modelled where docker made it predictable (0.10, 1.0)', () => {
    expect(report(web('20.10', ['80'])).errors[0]?.code).toBe('invalid-port')
  })
})
