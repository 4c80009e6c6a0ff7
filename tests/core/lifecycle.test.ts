import { describe, expect, it } from 'vitest'
import { type DockerEra, derive, staleRule } from '../../src/core'
import { container, link, scenario } from '../builders'
import { envOf, ipsOf, report, rulesOf } from './helpers'

type Event = { action: 'stop' | 'start' | 'restart'; container: string }
const ev = (action: Event['action'], name: string): Event => ({ action, container: name })

/** db (6379) started first, then web --link db:db; then `events`. */
const webDb = (docker: DockerEra, events: Event[], daemon: Record<string, unknown> = {}) =>
  scenario({
    docker,
    daemon,
    containers: [container('db', { expose: ['6379'] }), container('web')],
    links: [link('web', 'db', 'db')],
    events,
  })

describe('addresses after stop and start (lifecycle-and-publish-facts.md §2)', () => {
  it('0.10 hands released addresses back smallest first: stop a, stop b, start b, start a swaps them', () => {
    const s = scenario({
      containers: [container('a1'), container('b1')],
      events: [ev('stop', 'a1'), ev('stop', 'b1'), ev('start', 'b1'), ev('start', 'a1')],
    })
    expect(ipsOf(s)).toEqual(['172.17.0.3', '172.17.0.2'])
  })

  it('0.10 gives a child restarted alone its own address back: nothing goes stale', () => {
    const s = webDb('0.10', [ev('restart', 'db')])
    expect(ipsOf(s)).toEqual(['172.17.0.2', '172.17.0.3'])
    expect(envOf(s, 'web').DB_PORT).toBe('tcp://172.17.0.2:6379')
  })

  it('1.0 moves a restarted child on (.2 → .4); the parent’s env, hosts line and rules keep .2', () => {
    const s = webDb('1.0', [ev('restart', 'db')])
    const r = report(s)
    expect(ipsOf(s)).toEqual(['172.17.0.4', '172.17.0.3'])
    expect(r.containers[1]?.linkEnv.DB_PORT).toBe('tcp://172.17.0.2:6379')
    expect(r.containers[1]?.hosts).toEqual(['172.17.0.2\tdb'])
    expect(rulesOf(s).slice(0, 2)).toEqual([
      '-A FORWARD -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --sport 6379 -j ACCEPT',
      '-A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
    ])
  })

  it('1.0: restarting the parent too makes env, hosts and rules fresh, and deletes the old pair', () => {
    const s = webDb('1.0', [ev('restart', 'db'), ev('restart', 'web')])
    const r = report(s)
    expect(ipsOf(s)).toEqual(['172.17.0.4', '172.17.0.5'])
    expect(r.containers[1]?.linkEnv.DB_PORT).toBe('tcp://172.17.0.4:6379')
    expect(r.containers[1]?.hosts).toEqual(['172.17.0.4\tdb'])
    expect(rulesOf(s).filter((l) => l.includes('6379'))).toEqual([
      '-A FORWARD -s 172.17.0.4/32 -d 172.17.0.5/32 -i docker0 -o docker0 -p tcp -m tcp --sport 6379 -j ACCEPT',
      '-A FORWARD -s 172.17.0.5/32 -d 172.17.0.4/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
    ])
  })
})

describe('20.10: a child that comes back with a new address', () => {
  // a frees .2, so db comes back as .2; web keeps .4 (golden example ext-2010, with icc=false).
  const moved = (events: Event[]) =>
    scenario({
      docker: '20.10',
      daemon: { icc: false },
      containers: [container('aa'), container('db', { expose: ['6379'] }), container('web')],
      links: [link('web', 'db', 'db')],
      events: [ev('stop', 'aa'), ev('restart', 'db'), ...events],
    })

  it('rewrites the running parent’s hosts line, leaves its env and its rule pair stale', () => {
    const d = derive(moved([]))
    const web = d.report.containers[2]
    expect(web?.hosts[0]).toMatch(/^172\.17\.0\.2\tdb [0-9a-f]{12}$/)
    expect(web?.linkEnv.DB_PORT).toBe('tcp://172.17.0.3:6379')
    expect(d.report.iptables.filter.filter((l) => l.includes('6379'))).toEqual([
      '-A DOCKER -s 172.17.0.4/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
      '-A DOCKER -s 172.17.0.3/32 -d 172.17.0.4/32 -i docker0 -o docker0 -p tcp -m tcp --sport 6379 -j ACCEPT',
    ])
  })

  it('restarting the parent then leaves the stale pair for good and adds a fresh one', () => {
    // web gives back .4 and takes the lowest free address, .3 (db's old one).
    const r = report(moved([ev('restart', 'web')]))
    expect(r.containers[2]?.ip).toBe('172.17.0.3')
    expect(r.containers[2]?.linkEnv.DB_PORT).toBe('tcp://172.17.0.2:6379')
    expect(r.iptables.filter.filter((l) => l.includes('6379'))).toEqual([
      '-A DOCKER -s 172.17.0.4/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
      '-A DOCKER -s 172.17.0.3/32 -d 172.17.0.4/32 -i docker0 -o docker0 -p tcp -m tcp --sport 6379 -j ACCEPT',
      '-A DOCKER -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
      '-A DOCKER -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --sport 6379 -j ACCEPT',
    ])
  })

  it('a parent restarted while its child is unchanged deletes its pair and appends it again', () => {
    const r = report(webDb('20.10', [ev('restart', 'web')], { icc: false }))
    expect(r.iptables.filter.filter((l) => l.includes('6379'))).toHaveLength(2)
  })
})

describe('refusals and no-ops among events', () => {
  it('a parent started while its child is stopped is refused, takes nothing and leaves no rule', () => {
    for (const docker of ['0.10', '20.10'] as const) {
      const r = report(webDb(docker, [ev('stop', 'web'), ev('stop', 'db'), ev('start', 'web')], { icc: false }))
      expect(r.errors).toEqual([
        {
          code: 'child-not-running',
          message: 'Cannot link to a non running container: /db AS /web/db',
          link: { parent: 'web', child: 'db', alias: 'db' },
        },
      ])
      expect(r.containers.map((c) => c.started)).toEqual([false, false])
      expect(r.iptables.filter.some((l) => l.includes('6379'))).toBe(false)
    }
  })

  it('stopping a stopped container and starting a running one change nothing', () => {
    const plain = report(webDb('0.10', []))
    expect(
      report(webDb('0.10', [ev('start', 'db'), ev('stop', 'web'), ev('stop', 'web'), ev('start', 'web')])),
    ).toEqual(plain)
  })

  it('an event naming a container docker never created is refused', () => {
    const r = report(webDb('0.10', [ev('stop', 'ghost')]))
    expect(r.errors).toEqual([{ code: 'no-such-container', message: 'No such container: ghost' }])
  })

  it('a stopped container reports no address, env or hosts lines', () => {
    expect(report(webDb('1.0', [ev('stop', 'web')])).containers[1]).toEqual({
      name: 'web',
      started: false,
      linkEnv: {},
      hosts: [],
    })
  })
})

describe('the host after any prefix of the operations', () => {
  it('steps through docker run, then each event', () => {
    const s = webDb('1.0', [ev('restart', 'db')])
    const d0 = derive(s, { steps: 0 })
    expect(d0.operations.map((o) => o.kind)).toEqual(['run', 'run', 'event'])
    expect(d0.report.containers.map((c) => c.started)).toEqual([false, false])
    expect(derive(s, { steps: 2 }).report.containers.map((c) => c.ip)).toEqual(['172.17.0.2', '172.17.0.3'])
    expect(derive(s, { steps: 3 }).report).toEqual(derive(s).report)
  })
})

describe('staleness', () => {
  it('1.0: a parent whose child moved names the old address in env, hosts and rules', () => {
    expect(derive(webDb('1.0', [ev('restart', 'db')])).stale).toEqual([
      {
        link: 0,
        parent: 1,
        child: 0,
        recorded: '172.17.0.2',
        current: '172.17.0.4',
        env: true,
        hosts: true,
        rules: true,
      },
    ])
  })
  it('20.10: the hosts line followed the child, the env did not (rules: none with --icc=true)', () => {
    const d = derive(
      scenario({
        docker: '20.10',
        containers: [container('aa'), container('db', { expose: ['6379'] }), container('web')],
        links: [link('web', 'db', 'db')],
        events: [ev('stop', 'aa'), ev('restart', 'db')],
      }),
    )
    expect(d.stale).toEqual([
      {
        link: 0,
        parent: 2,
        child: 1,
        recorded: '172.17.0.3',
        current: '172.17.0.2',
        env: true,
        hosts: false,
        rules: false,
      },
    ])
  })
  it('a stopped child leaves its running parents stale', () => {
    expect(derive(webDb('0.10', [ev('stop', 'db')])).stale[0]).toMatchObject({
      recorded: '172.17.0.2',
      env: true,
      rules: true,
    })
  })
  it('nothing is stale in 0.10 after a lone child restart: it gets its address back', () => {
    expect(derive(webDb('0.10', [ev('restart', 'db')])).stale).toEqual([])
  })
})

describe('staleRule', () => {
  it('marks exactly the pair libnetwork left behind', () => {
    const d = derive(
      scenario({
        docker: '20.10',
        daemon: { icc: false },
        containers: [container('aa'), container('db', { expose: ['6379'] }), container('web')],
        links: [link('web', 'db', 'db')],
        events: [ev('stop', 'aa'), ev('restart', 'db'), ev('restart', 'web')],
      }),
    )
    const marked = d.filter.filter((l) => staleRule(d, l.cause)).map((l) => l.text)
    expect(marked).toEqual([
      '-A DOCKER -s 172.17.0.4/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
      '-A DOCKER -s 172.17.0.3/32 -d 172.17.0.4/32 -i docker0 -o docker0 -p tcp -m tcp --sport 6379 -j ACCEPT',
    ])
  })
})
