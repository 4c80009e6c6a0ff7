import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { derive, deriveReport, parseScenario, type Scenario, startOrder, withLink, withoutLink } from '../../src/core'
import { type Proto, sortForLinkRules } from '../../src/core/ports'
import { decodeShare, encodeShare } from '../../src/core/share'
import { anyScenario } from '../arbitraries'

const RUNS = { numRuns: 300 }

describe('derive, for any scenario', () => {
  it('is deterministic and never changes its input', () => {
    fc.assert(
      fc.property(anyScenario, (s) => {
        const copy = structuredClone(s)
        const first = deriveReport(s)
        expect(s).toEqual(copy)
        expect(deriveReport(s)).toEqual(first)
      }),
      RUNS,
    )
  })

  it('never throws and reports every container, in start order', () => {
    fc.assert(
      fc.property(anyScenario, (s) => {
        const r = deriveReport(s)
        expect(r.containers.map((c) => c.name)).toEqual(s.containers.map((c) => c.name))
        for (const c of r.containers) if (!c.started) expect([c.ip, c.linkEnv, c.hosts]).toEqual([undefined, {}, []])
      }),
      RUNS,
    )
  })

  it('gives every running container a distinct address', () => {
    fc.assert(
      fc.property(anyScenario, (s) => {
        const ips = deriveReport(s).containers.flatMap((c) => (c.ip ? [c.ip] : []))
        expect(new Set(ips).size).toBe(ips.length)
      }),
      RUNS,
    )
  })
})

describe("libnetwork's order for a link's rules (sortForLinkRules)", () => {
  it('is what a stable Array#sort gives, for short lists (sorted by insertion) and long ones', () => {
    const port = fc.record({
      number: fc.integer({ min: 0, max: 20 }),
      proto: fc.constantFrom('tcp', 'udp') as fc.Arbitrary<Proto>,
    })
    fc.assert(
      fc.property(fc.array(port, { maxLength: 40 }), (ports) => {
        const expected = [...ports].sort(
          (a, b) => b.number - a.number || (a.proto === b.proto ? 0 : a.proto === 'tcp' ? -1 : 1),
        )
        const sorted = sortForLinkRules(ports)
        expect(sorted).toEqual(expected)
        // Stable: equal ports keep their order (same objects in the same places).
        for (const [i, p] of sorted.entries()) expect(p).toBe(expected[i])
      }),
      RUNS,
    )
  })
})

describe('Docker 0.10', () => {
  it('adds exactly two FORWARD rules per exposed port of the child for every started link', () => {
    fc.assert(
      fc.property(
        anyScenario.filter((s) => s.docker === '0.10'),
        (s) => {
          const d = derive(s)
          const bare = derive({ ...s, links: [] })
          const startupRules = bare.report.iptables.filter.length
          let expected = 0
          d.links.forEach((status, i) => {
            if (status !== 'active') return
            const child = d.containers.find((c) => c.name === s.links[i]?.child && c.status === 'running')
            expected += 2 * (child?.ports.length ?? 0)
          })
          expect(d.report.iptables.filter.length - startupRules).toBe(expected)
        },
      ),
      RUNS,
    )
  })
})

describe('deleting a link', () => {
  it('gives back exactly the report of the scenario without it, wherever it was', () => {
    fc.assert(
      fc.property(anyScenario, fc.nat(), fc.nat(), fc.nat(), (s, p, c, at) => {
        const names = s.containers.map((x) => x.name)
        const added = { parent: names[p % names.length] ?? '', child: names[c % names.length] ?? '', alias: 'extra' }
        const k = at % (s.links.length + 1)
        const withExtra: Scenario = { ...s, links: [...s.links.slice(0, k), added, ...s.links.slice(k)] }
        expect(deriveReport(withoutLink(withExtra, k))).toEqual(deriveReport(s))
      }),
      RUNS,
    )
  })
})

describe('drawing a link (withLink)', () => {
  it('either refuses a cycle or leaves every child starting before its parent', () => {
    fc.assert(
      fc.property(anyScenario, fc.nat(), fc.nat(), (s, p, c) => {
        const names = s.containers.map((x) => x.name)
        const acyclic = startOrder(s.containers, []).length === names.length
        const base = { ...s, links: [] as Scenario['links'] }
        let current: Scenario = base
        for (const l of s.links) {
          const edit = withLink(current, l)
          if (edit.ok) current = edit.scenario
          else expect(edit.refusal.kind).toBe('cycle')
        }
        const edit = withLink(current, {
          parent: names[p % names.length] ?? '',
          child: names[c % names.length] ?? '',
          alias: 'x',
        })
        if (edit.ok) current = edit.scenario
        const order = current.containers.map((x) => x.name)
        for (const l of current.links) {
          if (l.parent !== l.child) expect(order.indexOf(l.child)).toBeLessThan(order.indexOf(l.parent))
        }
        expect(acyclic).toBe(true)
      }),
      RUNS,
    )
  })
})

describe('reading and writing scenarios', () => {
  it('parse → serialize → parse is the identity', () => {
    fc.assert(
      fc.property(anyScenario, (s) => {
        const again = parseScenario(JSON.parse(JSON.stringify(s)))
        expect(again.ok && again.value).toEqual(s)
      }),
      RUNS,
    )
  })

  it('share link → decode is the identity', () => {
    fc.assert(
      fc.property(anyScenario, (s) => {
        const decoded = decodeShare(`#${encodeShare(s)}`)
        expect(decoded.ok && decoded.value).toEqual(s)
      }),
      RUNS,
    )
  })
})
