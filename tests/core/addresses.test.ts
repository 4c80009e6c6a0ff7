import { describe, expect, it } from 'vitest'
import { container, link, scenario } from '../builders'
import { ipsOf, report } from './helpers'

const three = [container('a1'), container('b1'), container('c1')]

describe('addresses in start order (docker-links-facts.md §8)', () => {
  it.each([
    ['0.10', undefined, ['172.17.0.2', '172.17.0.3', '172.17.0.4']],
    ['1.0', undefined, ['172.17.0.2', '172.17.0.3', '172.17.0.4']],
    ['20.10', undefined, ['172.17.0.2', '172.17.0.3', '172.17.0.4']],
    ['28', undefined, ['172.17.0.2', '172.17.0.3', '172.17.0.4']],
    ['29', undefined, ['172.17.0.2', '172.17.0.3', '172.17.0.4']],
    // 0.10/1.0 skip the subnet's first host and the bridge's own address.
    ['0.10', '172.30.0.3/16', ['172.30.0.2', '172.30.0.4', '172.30.0.5']],
    ['1.0', '172.30.0.3/16', ['172.30.0.2', '172.30.0.4', '172.30.0.5']],
    ['0.10', '192.168.44.1/24', ['192.168.44.2', '192.168.44.3', '192.168.44.4']],
    // libnetwork reserves only network, broadcast and gateway: x.x.0.1 goes to the first container.
    ['20.10', '172.17.42.1/16', ['172.17.0.1', '172.17.0.2', '172.17.0.3']],
    ['28', '172.30.0.3/16', ['172.30.0.1', '172.30.0.2', '172.30.0.4']],
    ['29', '10.1.2.129/25', ['10.1.2.130', '10.1.2.131', '10.1.2.132']],
  ] as const)('Docker %s with --bip %s', (docker, bridgeIp, ips) => {
    expect(ipsOf(scenario({ docker, daemon: bridgeIp ? { bridgeIp } : {}, containers: three }))).toEqual(ips)
  })

  it('prints the bridge subnet, not the bridge address, in MASQUERADE', () => {
    const nat = report(scenario({ daemon: { bridgeIp: '10.0.42.1/24' }, containers: three })).iptables.nat
    expect(nat).toContain('-A POSTROUTING -s 10.0.42.0/24 ! -d 10.0.42.0/24 -j MASQUERADE')
  })

  describe('an address given back by a failed start', () => {
    it('is handed out again at once by 0.10', () => {
      const s = scenario({
        docker: '0.10',
        containers: [container('bad'), container('app'), container('next')],
        links: [link('bad', 'nosuch', 'x'), link('app', 'bad', 'b')],
      })
      expect(ipsOf(s)).toEqual([null, null, '172.17.0.2'])
    })
    it('is skipped by 1.0, which continues after the last one it gave', () => {
      const s = scenario({
        docker: '1.0',
        containers: [container('bad'), container('app'), container('next')],
        links: [link('bad', 'nosuch', 'x'), link('app', 'bad', 'b')],
      })
      expect(ipsOf(s)).toEqual([null, null, '172.17.0.3'])
    })
    // web is restarted while db is stopped: it takes an address, is refused, and gives it back.
    const refusedRestart = (docker: '0.10' | '1.0' | '20.10') =>
      scenario({
        docker,
        containers: [container('x1'), container('db', { expose: ['6379'] }), container('web'), container('z1')],
        links: [link('web', 'db', 'db')],
        events: [
          { action: 'stop', container: 'db' },
          { action: 'restart', container: 'web' },
          { action: 'start', container: 'db' },
          { action: 'start', container: 'web' },
        ],
      })
    it.each([
      ['0.10', ['172.17.0.2', '172.17.0.3', '172.17.0.4', '172.17.0.5']],
      ['1.0', ['172.17.0.2', '172.17.0.7', '172.17.0.8', '172.17.0.5']],
      ['20.10', ['172.17.0.2', '172.17.0.3', '172.17.0.4', '172.17.0.5']],
    ] as const)('Docker %s after a refused restart', (docker, ips) => {
      const s = refusedRestart(docker)
      expect(ipsOf(s)).toEqual(ips)
      expect(report(s).errors).toEqual([
        {
          code: 'child-not-running',
          message: 'Cannot link to a non running container: /db AS /web/db',
          link: { parent: 'web', child: 'db', alias: 'db' },
        },
      ])
    })
  })

  describe('a subnet with no address left', () => {
    it('refuses the container with the era allocator’s words', () => {
      const s = scenario({ docker: '0.10', daemon: { bridgeIp: '192.168.7.1/30' }, containers: three })
      const r = report(s)
      expect(r.containers.map((c) => c.ip ?? null)).toEqual(['192.168.7.2', null, null])
      expect(r.errors[0]).toEqual({ code: 'no-address', message: 'no available ip addresses on network' })
    })
    it('names the pool in 20.10 and later', () => {
      const s = scenario({ docker: '20.10', daemon: { bridgeIp: '192.168.7.1/30' }, containers: three })
      expect(ipsOf(s)).toEqual(['192.168.7.2', null, null])
      expect(report(s).errors[0]?.message).toMatch(
        /^no available IPv4 addresses on this network's address pools: bridge \([0-9a-f]{64}\)$/,
      )
    })
  })
})
