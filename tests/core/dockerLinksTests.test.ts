/**
 * Docker's own unit tests for links, transcribed per era: the same data in, the same variables expected out.
 * Sources (moby/moby): v0.10.0:links/links_test.go, v1.0.0:links/links_test.go,
 * v20.10.0:daemon/links/links_test.go, v28.5.2:daemon/links/links_test.go, docker-v29.1.0:daemon/links/links_test.go,
 * and the integration tests that read a linked container's env (TestLinksEnvs, TestLegacyLinksEnvVars).
 *
 * Docker builds the exposed ports as a Go map, so `NewLink` sees them in a random order. Where Docker's test
 * compares a map or a sorted list, these tests compare the same way, and they run every input order. Where the
 * order is fixed after the sort in ToEnv, a separate case pins it, citing the tag's links.go.
 */
import { describe, expect, it } from 'vitest'
import { type DockerEra, deriveReport, ERAS, type Port } from '../../src/core'
import { type EnvVar, envPrefix, linkEnv } from '../../src/core/linkEnv'
import { sortForEnv } from '../../src/core/ports'
import { container, link, scenario } from '../builders'

/** NewLink's parentIP in every Docker test. Not an input of linkEnv: the parent's address only reaches iptables. */
const PARENT_IP = '172.0.17.3'
/** NewLink's childIP in every Docker test. */
const CHILD_IP = '172.0.17.2'

/** `nat.Port("6379/tcp")`. */
function port(spec: string): Port {
  const [number, proto] = spec.split('/')
  if (proto !== 'tcp' && proto !== 'udp') throw new Error(`only tcp and udp are modelled: ${spec}`)
  return { number: Number(number), proto }
}

/** Every order of `items`: the orders a Go map may hand NewLink its ports in. */
function everyOrder<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]]
  return items.flatMap((item, i) =>
    everyOrder([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  )
}

/**
 * `NewLink(PARENT_IP, CHILD_IP, name, env, ports).ToEnv()`, `name` being the link's full name (`/db/docker`)
 * and the alias its last element, as Go's `path.Split` gives it (`Link.Alias`).
 */
function toEnv(era: DockerEra, name: string, env: readonly string[] | null, ports: readonly Port[]): EnvVar[] {
  const alias = name.slice(name.lastIndexOf('/') + 1)
  return linkEnv({ link: 0, name, alias, childIp: CHILD_IP, ports, childEnv: env ?? [] }, ERAS[era])
}

/** The `KEY=VALUE` strings ToEnv returns. */
const lines = (vars: readonly EnvVar[]): string[] => vars.map((v) => `${v.key}=${v.value}`)

/**
 * The map the older Docker tests build from ToEnv: each entry split on every `=`, the test failing
 * (`t.FailNow`) unless that gives exactly two parts; a repeated key keeps its last value.
 */
function envMap(vars: readonly EnvVar[]): Record<string, string> {
  const env: Record<string, string> = {}
  for (const line of lines(vars)) {
    const parts = line.split('=')
    expect(parts, line).toHaveLength(2)
    env[parts[0] as string] = parts[1] as string
  }
  return env
}

/** The four variables ToEnv gives every port, in its order. */
const perPort = (alias: string, number: number, proto: 'tcp' | 'udp'): string[] => {
  const prefix = `${alias}_PORT_${number}_${proto.toUpperCase()}`
  return [
    `${prefix}=${proto}://${CHILD_IP}:${number}`,
    `${prefix}_ADDR=${CHILD_IP}`,
    `${prefix}_PORT=${number}`,
    `${prefix}_PROTO=${proto}`,
  ]
}

// 0.10 and 1.0: links/links_test.go is the same blob (e66f9bfb) at both tags, as is links/links.go (7665a06a).
for (const [era, tag] of [
  ['0.10', 'v0.10.0'],
  ['1.0', 'v1.0.0'],
] as const) {
  const source = `${tag}:links/links_test.go`

  describe(`era ${era}: ${source}`, () => {
    it(`TestLinkNew (${source})`, () => {
      const vars = toEnv(era, '/db/docker', null, [port('6379/tcp')])
      const env = envMap(vars)
      // link.Name == "/db/docker", link.Alias() == "docker"
      expect(env.DOCKER_NAME).toBe('/db/docker')
      expect(envPrefix('docker', ERAS[era])).toBe('DOCKER')
      // link.ChildIP == "172.0.17.2"; link.ParentIP (PARENT_IP) is not an input of ToEnv and appears nowhere.
      for (const v of vars) expect(v.childIp).toBe(CHILD_IP)
      expect(lines(vars).some((line) => line.includes(PARENT_IP))).toBe(false)
      // every entry of link.Ports is 6379/tcp
      const described = vars.flatMap((v) => (v.port ? [`${v.port.number}/${v.port.proto}`] : []))
      expect(new Set(described)).toEqual(new Set(['6379/tcp']))
      // env nil: nothing copied from the child
      expect(vars.filter((v) => v.key.startsWith('DOCKER_ENV_'))).toEqual([])
    })

    it(`TestLinkEnv (${source})`, () => {
      const env = envMap(toEnv(era, '/db/docker', ['PASSWORD=gordon'], [port('6379/tcp')]))
      expect(env.DOCKER_PORT).toBe('tcp://172.0.17.2:6379')
      expect(env.DOCKER_PORT_6379_TCP).toBe('tcp://172.0.17.2:6379')
      expect(env.DOCKER_PORT_6379_TCP_PROTO).toBe('tcp')
      expect(env.DOCKER_PORT_6379_TCP_ADDR).toBe('172.0.17.2')
      expect(env.DOCKER_PORT_6379_TCP_PORT).toBe('6379')
      expect(env.DOCKER_NAME).toBe('/db/docker')
      expect(env.DOCKER_ENV_PASSWORD).toBe('gordon')
    })

    it(`TestLinkEnv data: emission order of ToEnv (${tag}:links/links.go)`, () => {
      expect(lines(toEnv(era, '/db/docker', ['PASSWORD=gordon'], [port('6379/tcp')]))).toEqual([
        'DOCKER_PORT=tcp://172.0.17.2:6379',
        ...perPort('DOCKER', 6379, 'tcp'),
        'DOCKER_NAME=/db/docker',
        'DOCKER_ENV_PASSWORD=gordon',
      ])
    })
  })
}

describe('era 20.10: v20.10.0:daemon/links/links_test.go', () => {
  const source = 'v20.10.0:daemon/links/links_test.go'
  const range = ['6379/tcp', '6380/tcp', '6381/tcp'].map(port)

  it(`TestLinkNaming (${source})`, () => {
    expect(envPrefix('docker-1', ERAS['20.10'])).toBe('DOCKER_1')
    const env = envMap(toEnv('20.10', '/db/docker-1', null, [port('6379/tcp')]))
    expect(env).toHaveProperty('DOCKER_1_PORT')
    expect(env.DOCKER_1_PORT).toBe('tcp://172.0.17.2:6379')
  })

  it(`TestLinkNew (${source})`, () => {
    const vars = toEnv('20.10', '/db/docker', null, [port('6379/tcp')])
    // link.Name == "/db/docker"
    expect(envMap(vars).DOCKER_NAME).toBe('/db/docker')
    // link.ChildIP == "172.0.17.2"; link.ParentIP (PARENT_IP) is not an input of ToEnv and appears nowhere.
    for (const v of vars) expect(v.childIp).toBe(CHILD_IP)
    expect(lines(vars).some((line) => line.includes(PARENT_IP))).toBe(false)
    // every entry of link.Ports is 6379/tcp
    const described = vars.flatMap((v) => (v.port ? [`${v.port.number}/${v.port.proto}`] : []))
    expect(new Set(described)).toEqual(new Set(['6379/tcp']))
  })

  it(`TestLinkEnv (${source})`, () => {
    const env = envMap(toEnv('20.10', '/db/docker', ['PASSWORD=gordon'], [port('6379/tcp')]))
    expect(env.DOCKER_PORT).toBe('tcp://172.0.17.2:6379')
    expect(env.DOCKER_PORT_6379_TCP).toBe('tcp://172.0.17.2:6379')
    expect(env.DOCKER_PORT_6379_TCP_PROTO).toBe('tcp')
    expect(env.DOCKER_PORT_6379_TCP_ADDR).toBe('172.0.17.2')
    expect(env.DOCKER_PORT_6379_TCP_PORT).toBe('6379')
    expect(env.DOCKER_NAME).toBe('/db/docker')
    expect(env.DOCKER_ENV_PASSWORD).toBe('gordon')
  })

  it(`TestLinkMultipleEnv, every port order (${source})`, () => {
    for (const ports of everyOrder(range)) {
      const env = envMap(toEnv('20.10', '/db/docker', ['PASSWORD=gordon'], ports))
      expect(env.DOCKER_PORT).toBe('tcp://172.0.17.2:6379')
      expect(env.DOCKER_PORT_6379_TCP_START).toBe('tcp://172.0.17.2:6379')
      expect(env.DOCKER_PORT_6379_TCP_END).toBe('tcp://172.0.17.2:6381')
      expect(env.DOCKER_PORT_6379_TCP_PROTO).toBe('tcp')
      expect(env.DOCKER_PORT_6379_TCP_ADDR).toBe('172.0.17.2')
      expect(env.DOCKER_PORT_6379_TCP_PORT_START).toBe('6379')
      expect(env.DOCKER_PORT_6379_TCP_PORT_END).toBe('6381')
      expect(env.DOCKER_NAME).toBe('/db/docker')
      expect(env.DOCKER_ENV_PASSWORD).toBe('gordon')
    }
  })

  it(`TestLinkPortRangeEnv, every port order (${source})`, () => {
    for (const ports of everyOrder(range)) {
      const env = envMap(toEnv('20.10', '/db/docker', ['PASSWORD=gordon'], ports))
      expect(env.DOCKER_PORT).toBe('tcp://172.0.17.2:6379')
      expect(env.DOCKER_PORT_6379_TCP_START).toBe('tcp://172.0.17.2:6379')
      expect(env.DOCKER_PORT_6379_TCP_END).toBe('tcp://172.0.17.2:6381')
      expect(env.DOCKER_PORT_6379_TCP_PROTO).toBe('tcp')
      expect(env.DOCKER_PORT_6379_TCP_ADDR).toBe('172.0.17.2')
      expect(env.DOCKER_PORT_6379_TCP_PORT_START).toBe('6379')
      expect(env.DOCKER_PORT_6379_TCP_PORT_END).toBe('6381')
      expect(env.DOCKER_NAME).toBe('/db/docker')
      expect(env.DOCKER_ENV_PASSWORD).toBe('gordon')
      // every port of the range keeps its own four variables
      for (const n of [6379, 6380, 6381]) {
        expect(env[`DOCKER_PORT_${n}_TCP_ADDR`]).toBe('172.0.17.2')
        expect(env[`DOCKER_PORT_${n}_TCP_PORT`]).toBe(`${n}`)
        expect(env[`DOCKER_PORT_${n}_TCP_PROTO`]).toBe('tcp')
        expect(env[`DOCKER_PORT_${n}_TCP`]).toBe(`tcp://172.0.17.2:${n}`)
      }
    }
  })

  it('TestLinkMultipleEnv data: emission order of ToEnv, every port order (v20.10.0:daemon/links/links.go)', () => {
    // The range block repeats _ADDR and _PROTO of its first port; the per-port block then gives them again.
    const expected = [
      'DOCKER_PORT=tcp://172.0.17.2:6379',
      'DOCKER_PORT_6379_TCP_START=tcp://172.0.17.2:6379',
      'DOCKER_PORT_6379_TCP_ADDR=172.0.17.2',
      'DOCKER_PORT_6379_TCP_PROTO=tcp',
      'DOCKER_PORT_6379_TCP_PORT_START=6379',
      'DOCKER_PORT_6379_TCP_END=tcp://172.0.17.2:6381',
      'DOCKER_PORT_6379_TCP_PORT_END=6381',
      ...perPort('DOCKER', 6379, 'tcp'),
      ...perPort('DOCKER', 6380, 'tcp'),
      ...perPort('DOCKER', 6381, 'tcp'),
      'DOCKER_NAME=/db/docker',
      'DOCKER_ENV_PASSWORD=gordon',
    ]
    for (const ports of everyOrder(range)) {
      expect(lines(toEnv('20.10', '/db/docker', ['PASSWORD=gordon'], ports))).toEqual(expected)
    }
  })

  it('TestLinksEnvs, as a scenario (v20.10.0:integration-cli/docker_cli_links_test.go)', () => {
    const report = deriveReport(
      scenario({
        docker: '20.10',
        containers: [
          container('first', { image: 'busybox', env: ['e1=', 'e2=v2', 'e3=v3=v3'] }),
          container('second', { image: 'busybox' }),
        ],
        links: [link('second', 'first', 'first')],
      }),
    )
    const env = report.containers[1]?.linkEnv
    expect(env).toHaveProperty('FIRST_ENV_e1', '')
    expect(env).toHaveProperty('FIRST_ENV_e2', 'v2')
    expect(env).toHaveProperty('FIRST_ENV_e3', 'v3=v3')
  })
})

// 28 and 29: the tests differ only in Go types (nat.Port became network.Port); data and expectations are the same.
for (const [era, tag] of [
  ['28', 'v28.5.2'],
  ['29', 'docker-v29.1.0'],
] as const) {
  const source = `${tag}:daemon/links/links_test.go`

  describe(`era ${era}: ${source}`, () => {
    it(`TestLinkNaming (${source})`, () => {
      expect([...lines(toEnv(era, '/db/docker-1', null, [port('6379/tcp')]))].sort()).toEqual([
        'DOCKER_1_NAME=/db/docker-1',
        'DOCKER_1_PORT=tcp://172.0.17.2:6379',
        'DOCKER_1_PORT_6379_TCP=tcp://172.0.17.2:6379',
        'DOCKER_1_PORT_6379_TCP_ADDR=172.0.17.2',
        'DOCKER_1_PORT_6379_TCP_PORT=6379',
        'DOCKER_1_PORT_6379_TCP_PROTO=tcp',
      ])
    })

    it(`TestLinkNew (${source})`, () => {
      // expected Link{Name: "/db/docker", ParentIP: "172.0.17.3", ChildIP: "172.0.17.2", Ports: [6379/tcp]}, no env
      const vars = toEnv(era, '/db/docker', null, [port('6379/tcp')])
      expect(vars.filter((v) => v.role === 'name').map((v) => v.value)).toEqual(['/db/docker'])
      for (const v of vars) expect(v.childIp).toBe(CHILD_IP)
      // ParentIP is not an input of ToEnv and appears nowhere.
      expect(lines(vars).some((line) => line.includes(PARENT_IP))).toBe(false)
      const described = vars.flatMap((v) => (v.port ? [`${v.port.number}/${v.port.proto}`] : []))
      expect(new Set(described)).toEqual(new Set(['6379/tcp']))
      expect(vars.filter((v) => v.role === 'env')).toEqual([])
    })

    it(`TestLinkEnv (${source})`, () => {
      expect([...lines(toEnv(era, '/db/docker', ['PASSWORD=gordon'], [port('6379/tcp')]))].sort()).toEqual([
        'DOCKER_ENV_PASSWORD=gordon',
        'DOCKER_NAME=/db/docker',
        'DOCKER_PORT=tcp://172.0.17.2:6379',
        'DOCKER_PORT_6379_TCP=tcp://172.0.17.2:6379',
        'DOCKER_PORT_6379_TCP_ADDR=172.0.17.2',
        'DOCKER_PORT_6379_TCP_PORT=6379',
        'DOCKER_PORT_6379_TCP_PROTO=tcp',
      ])
    })

    it(`TestSortPorts, tcp and udp only, every input order (${source})`, () => {
      // Docker's list also holds 6376/sctp and 6375/sctp (sorted between tcp and udp); sctp is not modelled, so
      // both are left out of the input and the expectation. The order is total, so the rest keeps its places.
      const given = ['6379/tcp', '6376/udp', '6380/tcp', '6381/tcp', '6381/udp', '6375/udp'].map(port)
      const expected = ['6379/tcp', '6380/tcp', '6381/tcp', '6375/udp', '6376/udp', '6381/udp'].map(port)
      expect(sortForEnv(given, ERAS[era].portOrder)).toEqual(expected)
      for (const ports of everyOrder(given)) expect(sortForEnv(ports, ERAS[era].portOrder)).toEqual(expected)
    })

    const mixed = ['6300/udp', '6379/tcp', '6380/tcp', '6381/tcp', '6382/udp'].map(port)

    it(`TestLinkMultipleEnv, every port order (${source})`, () => {
      const expected = [
        'DOCKER_ENV_PASSWORD=gordon',
        'DOCKER_NAME=/db/docker',
        'DOCKER_PORT=tcp://172.0.17.2:6379',

        'DOCKER_PORT_6300_UDP=udp://172.0.17.2:6300',
        'DOCKER_PORT_6300_UDP_ADDR=172.0.17.2',
        'DOCKER_PORT_6300_UDP_PORT=6300',
        'DOCKER_PORT_6300_UDP_PROTO=udp',

        'DOCKER_PORT_6379_TCP=tcp://172.0.17.2:6379',
        'DOCKER_PORT_6379_TCP_ADDR=172.0.17.2',
        'DOCKER_PORT_6379_TCP_END=tcp://172.0.17.2:6381',
        'DOCKER_PORT_6379_TCP_PORT=6379',
        'DOCKER_PORT_6379_TCP_PORT_END=6381',
        'DOCKER_PORT_6379_TCP_PORT_START=6379',
        'DOCKER_PORT_6379_TCP_PROTO=tcp',
        'DOCKER_PORT_6379_TCP_START=tcp://172.0.17.2:6379',

        'DOCKER_PORT_6380_TCP=tcp://172.0.17.2:6380',
        'DOCKER_PORT_6380_TCP_ADDR=172.0.17.2',
        'DOCKER_PORT_6380_TCP_PORT=6380',
        'DOCKER_PORT_6380_TCP_PROTO=tcp',

        'DOCKER_PORT_6381_TCP=tcp://172.0.17.2:6381',
        'DOCKER_PORT_6381_TCP_ADDR=172.0.17.2',
        'DOCKER_PORT_6381_TCP_PORT=6381',
        'DOCKER_PORT_6381_TCP_PROTO=tcp',

        'DOCKER_PORT_6382_UDP=udp://172.0.17.2:6382',
        'DOCKER_PORT_6382_UDP_ADDR=172.0.17.2',
        'DOCKER_PORT_6382_UDP_PORT=6382',
        'DOCKER_PORT_6382_UDP_PROTO=udp',
      ]
      for (const ports of everyOrder(mixed)) {
        expect([...lines(toEnv(era, '/db/docker', ['PASSWORD=gordon'], ports))].sort()).toEqual(expected)
      }
    })

    it(`TestLinkMultipleEnv data: emission order of ToEnv, every port order (${tag}:daemon/links/links.go)`, () => {
      // TCP first; the 6379-6381 run is closed after the variables of the first port that breaks it (6300/udp).
      const expected = [
        'DOCKER_PORT=tcp://172.0.17.2:6379',
        ...perPort('DOCKER', 6379, 'tcp'),
        ...perPort('DOCKER', 6380, 'tcp'),
        ...perPort('DOCKER', 6381, 'tcp'),
        ...perPort('DOCKER', 6300, 'udp'),
        'DOCKER_PORT_6379_TCP_START=tcp://172.0.17.2:6379',
        'DOCKER_PORT_6379_TCP_PORT_START=6379',
        'DOCKER_PORT_6379_TCP_END=tcp://172.0.17.2:6381',
        'DOCKER_PORT_6379_TCP_PORT_END=6381',
        ...perPort('DOCKER', 6382, 'udp'),
        'DOCKER_NAME=/db/docker',
        'DOCKER_ENV_PASSWORD=gordon',
      ]
      for (const ports of everyOrder(mixed)) {
        expect(lines(toEnv(era, '/db/docker', ['PASSWORD=gordon'], ports))).toEqual(expected)
      }
    })
  })
}

describe('era 28: v28.5.2:integration-cli/docker_cli_links_test.go', () => {
  it('TestLinksEnvs, as a scenario (v28.5.2:integration-cli/docker_cli_links_test.go)', () => {
    const report = deriveReport(
      scenario({
        docker: '28',
        containers: [
          container('first', { image: 'busybox', env: ['e1=', 'e2=v2', 'e3=v3=v3'] }),
          container('second', { image: 'busybox' }),
        ],
        links: [link('second', 'first', 'first')],
      }),
    )
    const env = report.containers[1]?.linkEnv
    expect(env).toHaveProperty('FIRST_ENV_e1', '')
    expect(env).toHaveProperty('FIRST_ENV_e2', 'v2')
    expect(env).toHaveProperty('FIRST_ENV_e3', 'v3=v3')
  })
})

describe('era 29: docker-v29.1.0:integration/networking/bridge_linux_test.go', () => {
  // `docker run --name ctr1 busybox httpd -f`, then `docker run --name ctr2 --link ctr1 busybox sh -c export`.
  const legacy = (keepLinkEnv: boolean) =>
    deriveReport(
      scenario({
        docker: '29',
        daemon: { keepLinkEnv },
        containers: [container('ctr1', { image: 'busybox' }), container('ctr2', { image: 'busybox' })],
        links: [link('ctr2', 'ctr1')],
      }),
    ).containers[1]?.linkEnv ?? {}

  it('TestLegacyLinksEnvVars "with legacy links env vars" (docker-v29.1.0:integration/networking/bridge_linux_test.go)', () => {
    expect(Object.keys(legacy(true)).some((key) => key.startsWith('CTR1_'))).toBe(true)
  })

  it('TestLegacyLinksEnvVars "without legacy links env vars" (docker-v29.1.0:integration/networking/bridge_linux_test.go)', () => {
    expect(Object.keys(legacy(false)).filter((key) => key.startsWith('CTR1_'))).toEqual([])
  })
})
