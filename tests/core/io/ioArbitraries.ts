/** fast-check generators for the way-in-and-out tests: awkward names and values, links between existing containers. */
import fc from 'fast-check'
import { DOCKER_ERAS, type LinkSpec, parseScenario, type Scenario } from '../../../src/core'

/** Any text a shell argument can hold (no NUL), of at least `minLength` characters. */
const text = (minLength: number, maxLength: number) =>
  fc.string({ unit: 'grapheme', minLength, maxLength }).filter((s) => !s.includes('\0'))

const awkward = fc.constantFrom('a b', "it's", 'x$HOME', 'we\nb', '"q"', '-rm', '#c', 'é', 'a\\b', 'yes', '8080', '~')

/** Container names: plain, awkward, or anything without `:` (which a `--link` would split). */
const name = fc
  .oneof(fc.constantFrom('redis', 'db', 'web', 'app', 'cache'), awkward, text(1, 8))
  .filter((s) => !s.includes(':'))
const value = fc.oneof(
  fc.constantFrom('6379/tcp', '80', '53/udp', '8080:80', '127.0.0.1:53:53/udp'),
  awkward,
  text(0, 8),
)
const envEntry = fc.tuple(fc.oneof(fc.constantFrom('A', 'PATH', 'URL'), text(0, 4)), value).map(([k, v]) => `${k}=${v}`)

export interface IoOptions {
  /** Link aliases compose can say: not empty, no `:`. */
  readonly composeAliases?: boolean
}

/** A scenario with unique names, non-empty images, links between its containers, and events. */
export function ioScenario(options: IoOptions = {}): fc.Arbitrary<Scenario> {
  const alias = options.composeAliases
    ? fc.oneof(fc.constantFrom('db', 'cache', 'my-db'), text(1, 6)).filter((s) => s !== '' && !s.includes(':'))
    : fc.oneof(fc.constantFrom('db', 'cache', 'my-db', '', 'a:b'), text(0, 6))
  return fc
    .record({
      docker: fc.constantFrom(...DOCKER_ERAS),
      containers: fc.uniqueArray(
        fc.record({
          name,
          image: fc.oneof(fc.constantFrom('redis:7.4', 'crosbymichael/redis', '-img', 'a b'), text(1, 8)),
          expose: fc.array(value, { maxLength: 2 }),
          env: fc.array(envEntry, { maxLength: 2 }),
          publish: fc.array(value, { maxLength: 2 }),
        }),
        { selector: (c) => c.name, minLength: 1, maxLength: 5 },
      ),
      links: fc.array(fc.tuple(fc.nat(), fc.nat(), alias), { maxLength: 5 }),
      events: fc.array(fc.tuple(fc.constantFrom('stop', 'start', 'restart'), fc.nat()), { maxLength: 3 }),
    })
    .map((r) => {
      const at = (n: number) => r.containers[n % r.containers.length]?.name ?? ''
      const parsed = parseScenario({
        version: 1,
        docker: r.docker,
        containers: r.containers,
        links: r.links.map(([p, c, a]) => ({ parent: at(p), child: at(c), alias: a })),
        events: r.events.map(([action, n]) => ({ action, container: at(n) })),
      })
      if (!parsed.ok) throw new Error(parsed.problem)
      return parsed.value
    })
}

/** The links grouped by parent in start order, each parent's in command-line order: how a file lists them. */
export function linksByParent(s: Scenario): LinkSpec[] {
  const order = new Map(s.containers.map((c, i) => [c.name, i]))
  return [...s.links].sort((a, b) => (order.get(a.parent) ?? 0) - (order.get(b.parent) ?? 0))
}

/** A container as the round trips compare it. */
export const containerFields = (c: Scenario['containers'][number]) => ({
  name: c.name,
  image: c.image,
  expose: c.expose,
  env: c.env,
  publish: c.publish,
})
