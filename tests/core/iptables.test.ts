import { describe, expect, it } from 'vitest'
import { container, link, scenario, seed } from '../builders'
import { report, rulesOf } from './helpers'

const FILTER_POLICIES_ACCEPT = ['-P INPUT ACCEPT', '-P FORWARD ACCEPT', '-P OUTPUT ACCEPT']
const NAT_POLICIES = ['-P PREROUTING ACCEPT', '-P INPUT ACCEPT', '-P OUTPUT ACCEPT', '-P POSTROUTING ACCEPT']

describe('the seed, byte for byte (Docker 0.10.0 walkthrough)', () => {
  it('lists the five FORWARD rules of the blog post in their order', () => {
    expect(report(seed()).iptables.filter).toEqual([
      ...FILTER_POLICIES_ACCEPT,
      '-A FORWARD -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --sport 6379 -j ACCEPT',
      '-A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
      '-A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
      '-A FORWARD -i docker0 ! -o docker0 -j ACCEPT',
      '-A FORWARD -i docker0 -o docker0 -j ACCEPT',
    ])
  })
  it('gives the client exactly the six DB_* variables', () => {
    expect(report(seed()).containers[1]?.linkEnv).toEqual({
      DB_NAME: '/suspicious_fermat/db',
      DB_PORT: 'tcp://172.17.0.2:6379',
      DB_PORT_6379_TCP: 'tcp://172.17.0.2:6379',
      DB_PORT_6379_TCP_ADDR: '172.17.0.2',
      DB_PORT_6379_TCP_PORT: '6379',
      DB_PORT_6379_TCP_PROTO: 'tcp',
    })
  })
})

describe('daemon start-up rules per era (docker-links-facts.md §5)', () => {
  const empty = (docker: '0.10' | '1.0' | '20.10' | '28' | '29', daemon = {}) => report(scenario({ docker, daemon }))

  it('0.10 and 1.0: three inserted FORWARD rules and the nat DOCKER chain', () => {
    for (const docker of ['0.10', '1.0'] as const) {
      expect(empty(docker, { icc: false }).iptables).toEqual({
        filter: [
          ...FILTER_POLICIES_ACCEPT,
          '-A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
          '-A FORWARD -i docker0 ! -o docker0 -j ACCEPT',
          '-A FORWARD -i docker0 -o docker0 -j DROP',
        ],
        nat: [
          ...NAT_POLICIES,
          '-N DOCKER',
          '-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER',
          '-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER',
          '-A POSTROUTING -s 172.17.0.0/16 ! -d 172.17.0.0/16 -j MASQUERADE',
        ],
      })
    }
  })

  it('20.10: DOCKER-USER, the isolation chains and FORWARD policy DROP', () => {
    expect(empty('20.10').iptables.filter).toEqual([
      '-P INPUT ACCEPT',
      '-P FORWARD DROP',
      '-P OUTPUT ACCEPT',
      '-N DOCKER',
      '-N DOCKER-ISOLATION-STAGE-1',
      '-N DOCKER-ISOLATION-STAGE-2',
      '-N DOCKER-USER',
      '-A FORWARD -j DOCKER-USER',
      '-A FORWARD -j DOCKER-ISOLATION-STAGE-1',
      '-A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
      '-A FORWARD -o docker0 -j DOCKER',
      '-A FORWARD -i docker0 ! -o docker0 -j ACCEPT',
      '-A FORWARD -i docker0 -o docker0 -j ACCEPT',
      '-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2',
      '-A DOCKER-ISOLATION-STAGE-1 -j RETURN',
      '-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP',
      '-A DOCKER-ISOLATION-STAGE-2 -j RETURN',
      '-A DOCKER-USER -j RETURN',
    ])
  })

  it('28: DOCKER-FORWARD with a single icc ACCEPT', () => {
    expect(empty('28').iptables.filter).toEqual([
      '-P INPUT ACCEPT',
      '-P FORWARD DROP',
      '-P OUTPUT ACCEPT',
      '-N DOCKER',
      '-N DOCKER-BRIDGE',
      '-N DOCKER-CT',
      '-N DOCKER-FORWARD',
      '-N DOCKER-ISOLATION-STAGE-1',
      '-N DOCKER-ISOLATION-STAGE-2',
      '-N DOCKER-USER',
      '-A FORWARD -j DOCKER-USER',
      '-A FORWARD -j DOCKER-FORWARD',
      '-A DOCKER ! -i docker0 -o docker0 -j DROP',
      '-A DOCKER-BRIDGE -o docker0 -j DOCKER',
      '-A DOCKER-CT -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
      '-A DOCKER-FORWARD -j DOCKER-CT',
      '-A DOCKER-FORWARD -j DOCKER-ISOLATION-STAGE-1',
      '-A DOCKER-FORWARD -j DOCKER-BRIDGE',
      '-A DOCKER-FORWARD -i docker0 -j ACCEPT',
      '-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2',
      '-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP',
    ])
  })

  it('29: DOCKER-INTERNAL replaces the isolation chains; nat DOCKER has no RETURN', () => {
    const { filter, nat } = empty('29', { icc: false }).iptables
    expect(filter).toEqual([
      '-P INPUT ACCEPT',
      '-P FORWARD DROP',
      '-P OUTPUT ACCEPT',
      '-N DOCKER',
      '-N DOCKER-BRIDGE',
      '-N DOCKER-CT',
      '-N DOCKER-FORWARD',
      '-N DOCKER-INTERNAL',
      '-N DOCKER-USER',
      '-A FORWARD -j DOCKER-USER',
      '-A FORWARD -j DOCKER-FORWARD',
      '-A DOCKER ! -i docker0 -o docker0 -j DROP',
      '-A DOCKER-BRIDGE -o docker0 -j DOCKER',
      '-A DOCKER-CT -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
      '-A DOCKER-FORWARD -j DOCKER-CT',
      '-A DOCKER-FORWARD -j DOCKER-INTERNAL',
      '-A DOCKER-FORWARD -j DOCKER-BRIDGE',
      '-A DOCKER-FORWARD -i docker0 -o docker0 -j DROP',
      '-A DOCKER-FORWARD -i docker0 ! -o docker0 -j ACCEPT',
    ])
    expect(nat).toEqual([
      ...NAT_POLICIES,
      '-N DOCKER',
      '-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER',
      '-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER',
      '-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE',
    ])
  })

  it('uses the bridge name and subnet given to the daemon', () => {
    const r = empty('20.10', { bridge: 'br0', bridgeIp: '10.9.0.1/24' })
    expect(r.iptables.filter).toContain('-A FORWARD -o br0 -j DOCKER')
    expect(r.iptables.nat).toContain('-A POSTROUTING -s 10.9.0.0/24 ! -o br0 -j MASQUERADE')
    expect(r.iptables.nat).toContain('-A DOCKER -i br0 -j RETURN')
  })
})

describe('--iptables=false (§4.1, §5.2)', () => {
  it('0.10 writes no start-up rule but still inserts the link pair', () => {
    const r = report(scenario({ ...seedInput(), daemon: { iptables: false } }))
    expect(r.iptables.filter).toEqual([
      ...FILTER_POLICIES_ACCEPT,
      '-A FORWARD -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --sport 6379 -j ACCEPT',
      '-A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
    ])
    expect(r.iptables.nat).toEqual(NAT_POLICIES)
  })

  it('1.0 accepts --iptables=false with --icc=false (refused only from 1.1.0)', () => {
    const r = report(scenario({ ...seedInput(), docker: '1.0', daemon: { iptables: false, icc: false } }))
    expect(r.errors).toEqual([])
    expect(r.containers.every((c) => c.started)).toBe(true)
  })

  it.each(['20.10', '28', '29'] as const)(
    '%s writes nothing at all, policies only, FORWARD left at ACCEPT',
    (docker) => {
      const r = report(scenario({ ...seedInput(), docker, daemon: { iptables: false } }))
      expect(r.iptables).toEqual({ filter: FILTER_POLICIES_ACCEPT, nat: NAT_POLICIES })
    },
  )

  it.each(['20.10', '28', '29'] as const)('%s refuses to start with --icc=false too; nothing runs', (docker) => {
    const r = report(scenario({ ...seedInput(), docker, daemon: { iptables: false, icc: false } }))
    expect(r.errors).toEqual([
      {
        code: 'daemon-refused',
        message:
          'You specified --iptables=false with --icc=false. ICC=false uses iptables to function. Please set --icc or --iptables to true',
      },
    ])
    expect(r.containers.map((c) => [c.started, c.ip])).toEqual([
      [false, undefined],
      [false, undefined],
    ])
    expect(r.iptables).toEqual({ filter: FILTER_POLICIES_ACCEPT, nat: NAT_POLICIES })
  })
})

describe('link rules (§4)', () => {
  it('0.10 inserts at the top of FORWARD: the newest link lists first, reply above request', () => {
    const s = scenario({
      containers: [container('db', { expose: ['5432'] }), container('cache', { expose: ['11211'] }), container('web')],
      links: [link('web', 'db'), link('web', 'cache')],
    })
    expect(rulesOf(s).slice(0, 4)).toEqual([
      '-A FORWARD -s 172.17.0.3/32 -d 172.17.0.4/32 -i docker0 -o docker0 -p tcp -m tcp --sport 11211 -j ACCEPT',
      '-A FORWARD -s 172.17.0.4/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --dport 11211 -j ACCEPT',
      '-A FORWARD -s 172.17.0.2/32 -d 172.17.0.4/32 -i docker0 -o docker0 -p tcp -m tcp --sport 5432 -j ACCEPT',
      '-A FORWARD -s 172.17.0.4/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 5432 -j ACCEPT',
    ])
  })

  it('0.10 writes two rules per exposed port, udp ones with -m udp', () => {
    const s = scenario({
      containers: [container('dns', { expose: ['53/udp', '53/tcp'] }), container('app')],
      links: [link('app', 'dns', 'ns')],
    })
    expect(rulesOf(s).slice(0, 4)).toEqual([
      '-A FORWARD -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --sport 53 -j ACCEPT',
      '-A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 53 -j ACCEPT',
      '-A FORWARD -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p udp -m udp --sport 53 -j ACCEPT',
      '-A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p udp -m udp --dport 53 -j ACCEPT',
    ])
  })

  it('0.10 inserts the identical pair twice for the same child under two aliases (no -C)', () => {
    const s = scenario({
      containers: [container('db', { expose: ['5432'] }), container('web')],
      links: [link('web', 'db', 'db'), link('web', 'db', 'pg')],
    })
    expect(rulesOf(s)).toHaveLength(4 + 3)
  })

  it.each(['20.10', '28', '29'] as const)('%s writes no link rule with --icc=true', (docker) => {
    const linked = report(seed(docker)).iptables
    const alone = report(
      scenario({ docker, containers: [container('redis'), container('suspicious_fermat')] }),
    ).iptables
    expect(linked).toEqual(alone)
  })

  it('20.10 appends to DOCKER with --icc=false, ports descending, tcp first on one number, each pair once', () => {
    const s = scenario({
      docker: '20.10',
      daemon: { icc: false },
      containers: [container('web', { expose: ['53/udp', '80', '443', '53/tcp'] }), container('app')],
      links: [link('app', 'web', 'w'), link('app', 'web', 'w2')],
    })
    const pair = (port: string, proto = 'tcp') => [
      `-A DOCKER -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p ${proto} -m ${proto} --dport ${port} -j ACCEPT`,
      `-A DOCKER -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p ${proto} -m ${proto} --sport ${port} -j ACCEPT`,
    ]
    expect(rulesOf(s).filter((r) => r.startsWith('-A DOCKER '))).toEqual([
      ...pair('443'),
      ...pair('80'),
      ...pair('53'),
      ...pair('53', 'udp'),
    ])
  })

  it('28 appends link rules after the DROP that already heads filter DOCKER', () => {
    const docker = rulesOf(scenario({ ...seedInput(), docker: '28', daemon: { icc: false } })).filter((r) =>
      r.startsWith('-A DOCKER '),
    )
    expect(docker).toEqual([
      '-A DOCKER ! -i docker0 -o docker0 -j DROP',
      '-A DOCKER -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
      '-A DOCKER -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --sport 6379 -j ACCEPT',
    ])
  })

  it('a child without exposed ports gives no rule in any era', () => {
    for (const docker of ['0.10', '20.10'] as const) {
      const s = scenario({
        docker,
        daemon: { icc: false },
        containers: [container('tools'), container('app')],
        links: [link('app', 'tools')],
      })
      const bare = scenario({ docker, daemon: { icc: false }, containers: [container('tools'), container('app')] })
      expect(report(s).iptables).toEqual(report(bare).iptables)
    }
  })
})

function seedInput() {
  return {
    containers: [
      container('redis', { image: 'crosbymichael/redis', expose: ['6379/tcp'] }),
      container('suspicious_fermat', { image: 'ubuntu' }),
    ],
    links: [link('suspicious_fermat', 'redis', 'db')],
  }
}
