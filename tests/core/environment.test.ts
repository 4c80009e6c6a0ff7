import { describe, expect, it } from 'vitest'
import type { DockerEra } from '../../src/core'
import { container, link, scenario } from '../builders'
import { envLines, envOf } from './helpers'

/** One child exposing `expose` with `env`, linked from `app` under `alias`. */
const linked = (
  docker: DockerEra,
  expose: string[],
  opts: { env?: string[]; alias?: string; daemon?: Record<string, unknown> } = {},
) =>
  scenario({
    docker,
    daemon: opts.daemon ?? {},
    containers: [container('svc', { expose, env: opts.env ?? [] }), container('app')],
    links: [link('app', 'svc', opts.alias ?? 'svc')],
  })

describe('the default port ALIAS_PORT (docker-links-facts.md §2.4)', () => {
  it.each([
    ['0.10', ['53/udp', '80/tcp'], 'udp://172.17.0.2:53'],
    ['20.10', ['53/udp', '80/tcp'], 'udp://172.17.0.2:53'],
    ['28', ['53/udp', '80/tcp'], 'tcp://172.17.0.2:80'],
    ['29', ['53/udp', '80/tcp'], undefined],
    ['0.10', ['53/udp', '53/tcp'], 'tcp://172.17.0.2:53'],
    ['1.0', ['53/udp', '53/tcp'], 'tcp://172.17.0.2:53'],
    ['0.10', ['10000', '9999', '8080', '443', '80'], 'tcp://172.17.0.2:80'],
    ['28', ['161/udp', '162/udp'], 'udp://172.17.0.2:161'],
  ] as const)('Docker %s with %j: %s', (docker, expose, port) => {
    expect(envOf(linked(docker, [...expose]), 'app').SVC_PORT).toBe(port)
  })

  it('is absent, with every per-port variable, when the child exposes nothing', () => {
    expect(envOf(linked('0.10', []), 'app')).toEqual({ SVC_NAME: '/app/svc' })
  })
})

describe('per-port variables and their order', () => {
  it('0.10 emits the default port, then each port in sorted order, then the name', () => {
    expect(envLines(linked('0.10', ['80', '53/udp'], { alias: 'web' }), 'app')).toEqual([
      'WEB_PORT=udp://172.17.0.2:53',
      'WEB_PORT_53_UDP=udp://172.17.0.2:53',
      'WEB_PORT_53_UDP_ADDR=172.17.0.2',
      'WEB_PORT_53_UDP_PORT=53',
      'WEB_PORT_53_UDP_PROTO=udp',
      'WEB_PORT_80_TCP=tcp://172.17.0.2:80',
      'WEB_PORT_80_TCP_ADDR=172.17.0.2',
      'WEB_PORT_80_TCP_PORT=80',
      'WEB_PORT_80_TCP_PROTO=tcp',
      'WEB_NAME=/app/web',
    ])
  })
})

describe('port ranges (§2.5)', () => {
  it('none before 1.5: 0.10 refuses a range in EXPOSE', () => {
    const s = linked('0.10', ['7000-7002'])
    expect(envOf(s, 'app')).toEqual({})
  })

  it('20.10: three consecutive ports make a range, under the first port', () => {
    const env = envOf(linked('20.10', ['7000-7002/tcp']), 'app')
    expect(env).toMatchObject({
      SVC_PORT_7000_TCP_START: 'tcp://172.17.0.2:7000',
      SVC_PORT_7000_TCP_ADDR: '172.17.0.2',
      SVC_PORT_7000_TCP_PROTO: 'tcp',
      SVC_PORT_7000_TCP_PORT_START: '7000',
      SVC_PORT_7000_TCP_END: 'tcp://172.17.0.2:7002',
      SVC_PORT_7000_TCP_PORT_END: '7002',
    })
    expect(Object.keys(env).filter((k) => /_(START|END)$/.test(k))).toHaveLength(4)
  })

  it('20.10: two consecutive ports are no range', () => {
    const env = envOf(linked('20.10', ['8080', '8081']), 'app')
    expect(Object.keys(env).some((k) => k.endsWith('_START'))).toBe(false)
  })

  it('20.10 ignores the protocol and names the end keys with the last port’s protocol', () => {
    const env = envOf(
      linked('20.10', ['6300/udp', '6379/tcp', '6380/tcp', '6381/tcp', '6382/udp'], { alias: 'docker' }),
      'app',
    )
    expect(env.DOCKER_PORT_6379_TCP_START).toBe('tcp://172.17.0.2:6379')
    expect(env.DOCKER_PORT_6379_UDP_END).toBe('udp://172.17.0.2:6382')
    expect(env.DOCKER_PORT_6379_UDP_PORT_END).toBe('6382')
    expect(env.DOCKER_PORT_6379_TCP_END).toBeUndefined()
  })

  it('28: two consecutive ports of one protocol are a range; the end keys keep its protocol', () => {
    const env = envOf(linked('28', ['8080', '8081', '8082/udp']), 'app')
    expect(env).toMatchObject({
      SVC_PORT_8080_TCP_START: 'tcp://172.17.0.2:8080',
      SVC_PORT_8080_TCP_PORT_START: '8080',
      SVC_PORT_8080_TCP_END: 'tcp://172.17.0.2:8081',
      SVC_PORT_8080_TCP_PORT_END: '8081',
    })
    expect(env.SVC_PORT_8080_TCP_ADDR).toBe('172.17.0.2')
    expect(Object.keys(env).filter((k) => /_(START|END)$/.test(k))).toHaveLength(4)
  })

  it('28 emits a range right after its last port’s variables', () => {
    const lines = envLines(linked('28', ['8080', '8081']), 'app')
    expect(lines.slice(5, 13)).toEqual([
      'SVC_PORT_8081_TCP=tcp://172.17.0.2:8081',
      'SVC_PORT_8081_TCP_ADDR=172.17.0.2',
      'SVC_PORT_8081_TCP_PORT=8081',
      'SVC_PORT_8081_TCP_PROTO=tcp',
      'SVC_PORT_8080_TCP_START=tcp://172.17.0.2:8080',
      'SVC_PORT_8080_TCP_PORT_START=8080',
      'SVC_PORT_8080_TCP_END=tcp://172.17.0.2:8081',
      'SVC_PORT_8080_TCP_PORT_END=8081',
    ])
  })
})

describe('the child’s environment as ALIAS_ENV_* (§2.6, §2.7)', () => {
  const env = [
    'URL=http://x/?a=1',
    'TRAIL=a=',
    'EMPTY=',
    'NOEQUALS',
    'HOME=/root',
    'PATH=/bin',
    'home=/h',
    'PATHX=1',
    'HOSTNAME=h',
  ]
  it('0.10 splits on every "=" and drops what does not give two parts', () => {
    expect(envOf(linked('0.10', [], { env, alias: 'db' }), 'app')).toEqual({
      DB_NAME: '/app/db',
      DB_ENV_EMPTY: '',
      DB_ENV_home: '/h',
      DB_ENV_PATHX: '1',
      DB_ENV_HOSTNAME: 'h',
    })
  })
  it('20.10 splits on the first "=" only; HOME and PATH stay out', () => {
    expect(envOf(linked('20.10', [], { env, alias: 'db' }), 'app')).toEqual({
      DB_NAME: '/app/db',
      DB_ENV_URL: 'http://x/?a=1',
      DB_ENV_TRAIL: 'a=',
      DB_ENV_EMPTY: '',
      DB_ENV_home: '/h',
      DB_ENV_PATHX: '1',
      DB_ENV_HOSTNAME: 'h',
    })
  })
})

describe('the alias as a prefix (§2.2)', () => {
  it('keeps dashes before 1.2 and turns them into underscores after; _NAME is never changed', () => {
    expect(Object.keys(envOf(linked('0.10', ['80'], { alias: 'my-db' }), 'app'))).toContain('MY-DB_PORT')
    const modern = envOf(linked('20.10', ['80'], { alias: 'My-Cache' }), 'app')
    expect(modern.MY_CACHE_PORT).toBe('tcp://172.17.0.2:80')
    expect(modern.MY_CACHE_NAME).toBe('/app/My-Cache')
  })
  it('keeps dots and other characters verbatim', () => {
    expect(envOf(linked('1.0', [], { alias: 'db_1.prod' }), 'app')).toEqual({ 'DB_1.PROD_NAME': '/app/db_1.prod' })
  })
  it('upper-cases as Go does: a letter without a one-letter capital stays', () => {
    expect(envOf(linked('20.10', [], { alias: 'straße' }), 'app')).toEqual({ STRAßE_NAME: '/app/straße' })
  })
})

describe('links are not transitive (§2.9)', () => {
  it('A sees B and B’s configured env, nothing about C', () => {
    const s = scenario({
      containers: [
        container('c1', { expose: ['5432'], env: ['C=1'] }),
        container('b1', { expose: ['80'], env: ['B=1'] }),
        container('a1'),
      ],
      links: [link('b1', 'c1', 'c'), link('a1', 'b1', 'b')],
    })
    const a = envOf(s, 'a1')
    expect(Object.keys(a).every((k) => k.startsWith('B_'))).toBe(true)
    expect(a.B_ENV_B).toBe('1')
    expect(envOf(s, 'b1').C_PORT).toBe('tcp://172.17.0.2:5432')
  })
})

describe('two links giving the same key', () => {
  it('lets the later link win (contract v1)', () => {
    const s = scenario({
      containers: [container('one', { expose: ['1111'] }), container('two', { expose: ['2222'] }), container('app')],
      links: [link('app', 'one', 'db'), link('app', 'two', 'DB')],
    })
    expect(envOf(s, 'app').DB_PORT).toBe('tcp://172.17.0.3:2222')
  })
})

describe('Docker 29 (§2.11)', () => {
  it('sets no link variable unless the daemon keeps them', () => {
    expect(envOf(linked('29', ['80']), 'app')).toEqual({})
  })
  it('with DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS=1 gives exactly what 28 gives', () => {
    const kept = envOf(linked('29', ['53/udp', '80', '81'], { daemon: { keepLinkEnv: true } }), 'app')
    expect(kept).toEqual(envOf(linked('28', ['53/udp', '80', '81']), 'app'))
  })
})
