/** fast-check generators for scenarios: small names, real-looking ports, links between existing containers. */
import fc from 'fast-check'
import { DOCKER_ERAS, parseScenario, type Scenario } from '../src/core'

const name = fc.constantFrom('redis', 'db', 'web', 'app', 'cache', 'client', 'api', 'queue', 'worker', 'proxy')
const port = fc.oneof(
  fc.constantFrom('80', '443', '5432', '6379', '53/udp', '53/tcp', '8080', '8081', '8082', '11211', '9200'),
  fc.integer({ min: 1, max: 65535 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 65535 }), fc.constantFrom('tcp', 'udp')).map(([n, p]) => `${n}/${p}`),
)
const envEntry = fc.constantFrom('PASSWORD=secret', 'URL=http://x/?a=1', 'EMPTY=', 'HOME=/root', 'NOEQUALS', 'A=b=c')

/** Raw scenario JSON (contract shape) whose links point at containers that may or may not exist. */
export const rawScenario = fc
  .record({
    docker: fc.constantFrom(...DOCKER_ERAS),
    icc: fc.boolean(),
    iptables: fc.boolean(),
    keepLinkEnv: fc.boolean(),
    containers: fc.uniqueArray(
      fc.record({ name, expose: fc.array(port, { maxLength: 4 }), env: fc.array(envEntry, { maxLength: 3 }) }),
      { selector: (c) => c.name, minLength: 1, maxLength: 6 },
    ),
    links: fc.array(fc.tuple(fc.nat(20), fc.nat(20), fc.constantFrom('db', 'cache', 'web', 'my-db', 'x')), {
      maxLength: 6,
    }),
  })
  .map((r) => ({
    version: 1 as const,
    docker: r.docker,
    daemon: { icc: r.icc, iptables: r.iptables, keepLinkEnv: r.keepLinkEnv },
    containers: r.containers,
    links: r.links.map(([p, c, alias]) => ({
      parent: r.containers[p % r.containers.length]?.name ?? 'redis',
      child: r.containers[c % r.containers.length]?.name ?? 'redis',
      alias,
    })),
  }))

export const anyScenario: fc.Arbitrary<Scenario> = rawScenario.map((raw) => {
  const parsed = parseScenario(raw)
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.value
})
