import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Derivation, type DockerEra, derive } from '../../src/core'
import { type Decider, type Packet, reachabilityMatrix, type Walk, walkPacket } from '../../src/core/packetWalk'
import { anyScenario } from '../arbitraries'
import { container, link, scenario, seed } from '../builders'

const ERAS = ['0.10', '1.0', '20.10', '28', '29'] as const
const isOld = (docker: DockerEra) => docker === '0.10' || docker === '1.0'
const isV28 = (docker: DockerEra) => docker === '28' || docker === '29'

/** redis (.2, 6379) first, then web (.3) `--link redis:db`, then other (.4, 80) that nobody links. */
const trio = (docker: DockerEra, daemon: Record<string, unknown> = {}) =>
  derive(
    scenario({
      docker,
      daemon,
      containers: [
        container('redis', { expose: ['6379/tcp'] }),
        container('web'),
        container('other', { expose: ['80'] }),
      ],
      links: [link('web', 'redis', 'db')],
    }),
  )
const REDIS = 0
const WEB = 1
const OTHER = 2

const tcp = (from: number, to: number, port: number): Packet => ({ from, to, port, proto: 'tcp' })

/** The deciding line as `iptables -S` prints it, or `policy CHAIN`. */
function decider(d: Derivation, decidedBy: Decider): string {
  if (decidedBy.kind === 'rule') return d.filter[decidedBy.line]?.text ?? `no line ${decidedBy.line}`
  return decidedBy.kind === 'policy' ? `policy ${decidedBy.chain}` : 'unsent'
}
const also = (d: Derivation, walk: Walk | null) => (walk?.alsoAcceptedBy ?? []).map((line) => d.filter[line]?.text)

/** The rule texts each era lists for the trio. */
function texts(docker: DockerEra, icc: boolean) {
  const linkChain = isOld(docker) ? 'FORWARD' : 'DOCKER'
  return {
    linkRequest: `-A ${linkChain} -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT`,
    linkReply: `-A ${linkChain} -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --sport 6379 -j ACCEPT`,
    icc: isV28(docker)
      ? icc
        ? '-A DOCKER-FORWARD -i docker0 -j ACCEPT'
        : '-A DOCKER-FORWARD -i docker0 -o docker0 -j DROP'
      : `-A FORWARD -i docker0 -o docker0 -j ${icc ? 'ACCEPT' : 'DROP'}`,
    conntrack: `-A ${isV28(docker) ? 'DOCKER-CT' : 'FORWARD'} -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`,
  }
}

describe.each(ERAS)('era %s', (docker) => {
  describe.each([true, false])('--icc=%s', (icc) => {
    const d = trio(docker, { icc })
    const t = texts(docker, icc)

    it('parent → child on the linked port: ACCEPT, by the link rule unless 20.10+ has none (icc=true)', () => {
      const { request, problem } = walkPacket(d, tcp(WEB, REDIS, 6379))
      expect(problem).toBeUndefined()
      expect(request.verdict).toBe('ACCEPT')
      expect(request.packet).toEqual({
        src: '172.17.0.3',
        dst: '172.17.0.2',
        sport: 40000,
        dport: 6379,
        proto: 'tcp',
        in: 'docker0',
        out: 'docker0',
        state: 'NEW',
      })
      const linkRuleDecides = isOld(docker) || !icc
      expect(decider(d, request.decidedBy)).toBe(linkRuleDecides ? t.linkRequest : t.icc)
      // 0.10/1.0 with icc=true: the link rule (inserted at the top) matches first, the bridge's ACCEPT would too.
      expect(also(d, request)).toEqual(isOld(docker) && icc ? [t.icc] : [])
      if (!isOld(docker) && icc) expect(d.filter.some((l) => l.text.includes('6379'))).toBe(false)
    })

    it('parent → child on a port the link does not open: the icc rule decides', () => {
      const { request, reply } = walkPacket(d, tcp(WEB, REDIS, 80))
      expect([request.verdict, decider(d, request.decidedBy)]).toEqual([icc ? 'ACCEPT' : 'DROP', t.icc])
      expect(reply === null).toBe(!icc)
    })

    it('parent → a container it has no link to: the icc rule decides', () => {
      const { request } = walkPacket(d, tcp(WEB, OTHER, 80))
      expect([request.verdict, decider(d, request.decidedBy)]).toEqual([icc ? 'ACCEPT' : 'DROP', t.icc])
    })

    it('child → parent, a new connection: the link opens nothing that way', () => {
      const { request, reply } = walkPacket(d, tcp(REDIS, WEB, 6379))
      expect([request.verdict, decider(d, request.decidedBy)]).toEqual([icc ? 'ACCEPT' : 'DROP', t.icc])
      if (!icc) {
        expect(reply).toBeNull()
        // The link's reply rule wants the child's service port as source; a new connection comes from 40000.
        const step = request.steps.find((s) => d.filter[s.line]?.text === t.linkReply)
        expect(step).toMatchObject({ matched: false, why: 'source port is 40000, rule wants 6379' })
      }
    })

    it('the reply: the link’s --sport rule first in 0.10/1.0, conntrack RELATED,ESTABLISHED in 20.10+', () => {
      const { reply } = walkPacket(d, tcp(WEB, REDIS, 6379))
      expect(reply?.packet).toMatchObject({ src: '172.17.0.2', dst: '172.17.0.3', sport: 6379, dport: 40000 })
      expect(reply?.packet.state).toBe('ESTABLISHED')
      expect(reply?.verdict).toBe('ACCEPT')
      if (reply === null) return
      expect(decider(d, reply.decidedBy)).toBe(isOld(docker) ? t.linkReply : t.conntrack)
      if (isOld(docker)) expect(also(d, reply)).toEqual(icc ? [t.conntrack, t.icc] : [t.conntrack])
      else expect(also(d, reply)).toEqual(icc ? [t.icc] : [t.linkReply])
    })
  })
})

describe('the way through 28 and 29 with --icc=false', () => {
  it.each(['28', '29'] as const)(
    '%s: FORWARD → DOCKER-FORWARD → … → DOCKER-BRIDGE → DOCKER → the link pair',
    (docker) => {
      const d = trio(docker, { icc: false })
      const { request } = walkPacket(d, tcp(WEB, REDIS, 6379))
      const isolation =
        docker === '28'
          ? [['-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2', false]]
          : [] // 29: DOCKER-INTERNAL is empty, entered and left without a rule
      expect(request.steps.map((s) => [d.filter[s.line]?.text, s.matched])).toEqual([
        ['-A FORWARD -j DOCKER-USER', true], // DOCKER-USER is empty: straight back
        ['-A FORWARD -j DOCKER-FORWARD', true],
        ['-A DOCKER-FORWARD -j DOCKER-CT', true],
        ['-A DOCKER-CT -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', false],
        [`-A DOCKER-FORWARD -j ${docker === '28' ? 'DOCKER-ISOLATION-STAGE-1' : 'DOCKER-INTERNAL'}`, true],
        ...isolation,
        ['-A DOCKER-FORWARD -j DOCKER-BRIDGE', true],
        ['-A DOCKER-BRIDGE -o docker0 -j DOCKER', true],
        ['-A DOCKER ! -i docker0 -o docker0 -j DROP', false],
        [
          '-A DOCKER -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
          true,
        ],
      ])
      expect(request.steps.map((s) => s.chain)).toContain('DOCKER')
      const external = request.steps.find((s) => s.rule.target === 'DROP')
      expect(external?.why).toBe('in-interface is docker0, rule wants anything but docker0')
      expect(request.steps[3]?.why).toBe('connection state is NEW (a new connection), rule wants RELATED,ESTABLISHED')
    },
  )

  it('a dropped packet walks back out of DOCKER, past the link pair, onto the icc DROP', () => {
    const d = trio('28', { icc: false })
    const { request } = walkPacket(d, tcp(WEB, OTHER, 80))
    const tail = request.steps.slice(-3).map((s) => [d.filter[s.line]?.text, s.matched, s.why])
    expect(tail).toEqual([
      [
        '-A DOCKER -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
        false,
        'destination is 172.17.0.4, rule wants 172.17.0.2',
      ],
      [
        '-A DOCKER -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --sport 6379 -j ACCEPT',
        false,
        'source is 172.17.0.3, rule wants 172.17.0.2',
      ],
      ['-A DOCKER-FORWARD -i docker0 -o docker0 -j DROP', true, undefined],
    ])
    expect(request.steps.at(-1)?.line).toEqual(request.decidedBy.kind === 'rule' ? request.decidedBy.line : -1)
  })

  it('20.10 jumps from FORWARD into DOCKER and returns when no link rule matches', () => {
    const d = trio('20.10', { icc: false })
    const { request } = walkPacket(d, tcp(REDIS, WEB, 6379))
    expect(request.steps.map((s) => `${s.chain}:${s.matched}`)).toEqual([
      'FORWARD:true',
      'DOCKER-USER:true', // -j RETURN
      'FORWARD:true',
      'DOCKER-ISOLATION-STAGE-1:false',
      'DOCKER-ISOLATION-STAGE-1:true', // -j RETURN
      'FORWARD:false', // conntrack: NEW
      'FORWARD:true', // -o docker0 -j DOCKER
      'DOCKER:false',
      'DOCKER:false',
      'FORWARD:false', // -i docker0 ! -o docker0
      'FORWARD:true', // the icc DROP
    ])
  })
})

describe('--iptables=false', () => {
  it.each(['0.10', '1.0'] as const)('%s: only the link pair, then policy ACCEPT', (docker) => {
    for (const icc of [true, false]) {
      const d = trio(docker, { iptables: false, icc })
      const linked = walkPacket(d, tcp(WEB, REDIS, 6379))
      expect(decider(d, linked.request.decidedBy)).toBe(texts(docker, icc).linkRequest)
      expect(decider(d, linked.reply?.decidedBy ?? { kind: 'unsent' })).toBe(texts(docker, icc).linkReply)
      for (const walk of [walkPacket(d, tcp(WEB, REDIS, 80)), walkPacket(d, tcp(REDIS, WEB, 6379))]) {
        expect([walk.request.verdict, decider(d, walk.request.decidedBy)]).toEqual(['ACCEPT', 'policy FORWARD'])
        expect(walk.request.steps.map((s) => s.matched)).toEqual([false, false])
      }
    }
  })

  it.each(['20.10', '28', '29'] as const)('%s: no rule at all, policy ACCEPT', (docker) => {
    const d = trio(docker, { iptables: false })
    const { request, reply } = walkPacket(d, tcp(WEB, REDIS, 6379))
    expect(request).toMatchObject({ verdict: 'ACCEPT', decidedBy: { kind: 'policy', chain: 'FORWARD' }, steps: [] })
    expect(reply).toMatchObject({ verdict: 'ACCEPT', decidedBy: { kind: 'policy', chain: 'FORWARD' }, steps: [] })
  })
})

describe('stale rules: a child back with a new address', () => {
  type Event = { action: 'stop' | 'start' | 'restart'; container: string }
  const webDb = (docker: DockerEra, events: Event[]) =>
    derive(
      scenario({
        docker,
        daemon: { icc: false },
        containers: [container('db', { expose: ['6379'] }), container('web')],
        links: [link('web', 'db', 'db')],
        events,
      }),
    )

  it('1.0: db restarted as .4, the pair still names .2, so web → db hits the icc DROP', () => {
    const d = webDb('1.0', [{ action: 'restart', container: 'db' }])
    const { request, reply } = walkPacket(d, tcp(1, 0, 6379))
    expect(request.packet.dst).toBe('172.17.0.4')
    expect([request.verdict, decider(d, request.decidedBy)]).toEqual([
      'DROP',
      '-A FORWARD -i docker0 -o docker0 -j DROP',
    ])
    expect(reply).toBeNull()
    const stale = request.steps.find((s) => s.rule.dport === 6379)
    expect(stale).toMatchObject({ matched: false, why: 'destination is 172.17.0.4, rule wants 172.17.0.2' })
  })

  it('0.10: db gets its own address back, nothing is stale, the pair still lets web in', () => {
    const d = webDb('0.10', [{ action: 'restart', container: 'db' }])
    expect(walkPacket(d, tcp(1, 0, 6379)).request.verdict).toBe('ACCEPT')
  })

  it.each(['20.10', '28', '29'] as const)('%s: db comes back as .2, the pair in DOCKER still names .3', (docker) => {
    const d = derive(
      scenario({
        docker,
        daemon: { icc: false },
        containers: [container('aa'), container('db', { expose: ['6379'] }), container('web')],
        links: [link('web', 'db', 'db')],
        events: [
          { action: 'stop', container: 'aa' },
          { action: 'restart', container: 'db' },
        ],
      }),
    )
    const { request } = walkPacket(d, tcp(2, 1, 6379))
    expect(request.packet).toMatchObject({ src: '172.17.0.4', dst: '172.17.0.2' })
    expect([request.verdict, decider(d, request.decidedBy)]).toEqual(['DROP', texts(docker, false).icc])
    const stale = request.steps.find((s) => s.rule.dport === 6379)
    expect(stale).toMatchObject({ matched: false, why: 'destination is 172.17.0.2, rule wants 172.17.0.3' })
  })
})

describe('packets that cannot be sent', () => {
  const unsent = { verdict: 'DROP', decidedBy: { kind: 'unsent' }, steps: [] }

  it('a stopped container has no address: a problem, an empty dropped request, no reply', () => {
    const d = derive(
      scenario({
        containers: [container('redis', { expose: ['6379'] }), container('web')],
        links: [link('web', 'redis', 'db')],
        events: [{ action: 'stop', container: 'redis' }],
      }),
    )
    const walk = walkPacket(d, tcp(1, 0, 6379))
    expect(walk.problem).toBe('redis is stopped: a container that is not running has no address')
    expect(walk.request).toMatchObject(unsent)
    expect(walk.request.packet).toMatchObject({ src: '172.17.0.3', dst: '' })
    expect(walk.reply).toBeNull()
  })

  it('a refused daemon, a container docker never started or created, a bad index, itself, port 0', () => {
    const refused = derive(
      scenario({ docker: '20.10', daemon: { iptables: false, icc: false }, containers: [container('web')] }),
    )
    expect(walkPacket(refused, tcp(0, 0, 80)).problem).toBe(
      'the daemon did not start: no container runs, no packet flows',
    )
    // `--link db:db` names a container that starts later: docker refuses web (0.10: created, 20.10: never created).
    const early = (docker: DockerEra) =>
      derive(
        scenario({
          docker,
          containers: [container('web'), container('db', { expose: ['80'] })],
          links: [link('web', 'db')],
        }),
      )
    expect(walkPacket(early('0.10'), tcp(1, 0, 80)).problem).toBe(
      'web never started: a container that is not running has no address',
    )
    expect(walkPacket(early('20.10'), tcp(1, 0, 80)).problem).toBe(
      'web was never created: a container that is not running has no address',
    )
    const two = trio('0.10')
    expect(walkPacket(two, tcp(0, 7, 80)).problem).toBe('no container at index 7')
    expect(walkPacket(two, tcp(-1, 0, 80)).problem).toBe('no container at index -1')
    expect(walkPacket(two, tcp(1, 1, 80)).problem).toMatch(/^a container reaching its own address/)
    expect(walkPacket(two, tcp(1, 0, 0)).problem).toBe('0 is not a port number (1–65535)')
    for (const packet of [tcp(0, 7, 80), tcp(1, 1, 80), tcp(1, 0, 0)]) {
      expect(walkPacket(two, packet)).toMatchObject({ request: unsent, reply: null })
    }
  })
})

describe('udp', () => {
  it('a tcp link rule does not match a udp packet (20.10, icc=false)', () => {
    const d = trio('20.10', { icc: false })
    const { request } = walkPacket(d, { from: WEB, to: REDIS, port: 6379, proto: 'udp' })
    expect(request.verdict).toBe('DROP')
    expect(request.steps.find((s) => s.rule.dport === 6379)?.why).toBe('protocol is udp, rule wants tcp')
  })
})

describe('reachabilityMatrix', () => {
  /** api (.2, 5432) ← web (.3, 80) ← edge (.4): web links api, edge links web. */
  const chain = (docker: DockerEra, icc: boolean, events: { action: 'stop'; container: string }[] = []) =>
    derive(
      scenario({
        docker,
        daemon: { icc },
        containers: [container('api', { expose: ['5432'] }), container('web', { expose: ['80'] }), container('edge')],
        links: [link('web', 'api', 'api'), link('edge', 'web', 'web')],
        events,
      }),
    )
  const rows = (d: Derivation) =>
    reachabilityMatrix(d).map((r) => [
      `${d.scenario.containers[r.from]?.name} → ${d.scenario.containers[r.to]?.name}:${r.port.number}/${r.port.proto}`,
      r.verdict,
      r.line === undefined ? 'policy' : d.filter[r.line]?.text,
    ])

  it.each(ERAS)('%s, icc=false: only the two links get through', (docker) => {
    const c = isOld(docker) ? 'FORWARD' : 'DOCKER'
    const drop = texts(docker, false).icc
    expect(rows(chain(docker, false))).toEqual([
      ['api → web:80/tcp', 'DROP', drop],
      [
        'web → api:5432/tcp',
        'ACCEPT',
        `-A ${c} -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 5432 -j ACCEPT`,
      ],
      ['edge → api:5432/tcp', 'DROP', drop], // links are not transitive
      [
        'edge → web:80/tcp',
        'ACCEPT',
        `-A ${c} -s 172.17.0.4/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT`,
      ],
    ])
  })

  it('0.10, icc=true: everything gets through; the links decide their own pairs', () => {
    const r = rows(chain('0.10', true))
    expect(r.map(([cell, verdict]) => [cell, verdict])).toEqual([
      ['api → web:80/tcp', 'ACCEPT'],
      ['web → api:5432/tcp', 'ACCEPT'],
      ['edge → api:5432/tcp', 'ACCEPT'],
      ['edge → web:80/tcp', 'ACCEPT'],
    ])
    expect(r.map(([, , line]) => line?.includes('--dport'))).toEqual([false, true, false, true])
  })

  it('leaves out containers that are not running', () => {
    expect(rows(chain('20.10', false, [{ action: 'stop', container: 'web' }]))).toEqual([
      ['edge → api:5432/tcp', 'DROP', '-A FORWARD -i docker0 -o docker0 -j DROP'],
    ])
  })

  it('the seed: one cell, the link’s --dport rule', () => {
    const d = derive(seed())
    expect(reachabilityMatrix(d)).toEqual([
      { from: 1, to: 0, port: { number: 6379, proto: 'tcp' }, verdict: 'ACCEPT', line: 4 },
    ])
  })
})

describe('walkPacket, for any scenario', () => {
  it('never throws, and every step and decision points at its rule in derivation.filter', () => {
    fc.assert(
      fc.property(
        anyScenario,
        fc.integer({ min: -1, max: 6 }),
        fc.integer({ min: -1, max: 6 }),
        fc.oneof(fc.constantFrom(53, 80, 6379, 5432, 40000), fc.integer({ min: 0, max: 65536 })),
        fc.constantFrom('tcp' as const, 'udp' as const),
        (s, from, to, port, proto) => {
          const d = derive(s)
          const walk = walkPacket(d, { from, to, port, proto })
          for (const w of walk.reply === null ? [walk.request] : [walk.request, walk.reply]) {
            for (const step of w.steps) {
              expect(d.filter[step.line]?.rule).toBe(step.rule)
              expect(step.chain).toBe(step.rule.chain)
              expect(step.matched).toBe(step.why === undefined)
            }
            if (w.decidedBy.kind === 'rule') {
              expect(d.filter[w.decidedBy.line]?.rule?.target).toBe(w.verdict)
              expect(w.steps.at(-1)?.line).toBe(w.decidedBy.line)
            }
            for (const line of w.alsoAcceptedBy ?? []) expect(d.filter[line]?.rule?.target).toBe('ACCEPT')
          }
          expect(walk.reply === null).toBe(walk.problem !== undefined || walk.request.verdict === 'DROP')
          expect(walk.request.decidedBy.kind === 'unsent').toBe(walk.problem !== undefined)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('reachabilityMatrix covers every running pair × the destination’s ports, and agrees with walkPacket', () => {
    fc.assert(
      fc.property(anyScenario, (s) => {
        const d = derive(s)
        const running = d.containers.filter((c) => c.status === 'running')
        const cells = reachabilityMatrix(d)
        const expected = running.flatMap((from) =>
          running.filter((to) => to !== from).flatMap((to) => to.ports.map(() => [from.index, to.index])),
        )
        expect(cells.map((c) => [c.from, c.to])).toEqual(expected)
        for (const cell of cells) {
          const { request } = walkPacket(d, {
            from: cell.from,
            to: cell.to,
            port: cell.port.number,
            proto: cell.port.proto,
          })
          expect(request.verdict).toBe(cell.verdict) // replies always pass: every era accepts ESTABLISHED
        }
      }),
      { numRuns: 200 },
    )
  })
})
