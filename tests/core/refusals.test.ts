import { describe, expect, it } from 'vitest'
import { type DockerEra, derive } from '../../src/core'
import { container, link, scenario } from '../builders'
import { report } from './helpers'

const OLD = ['0.10', '1.0'] as const
const MODERN = ['20.10', '28', '29'] as const

describe('a child that does not exist (yet)', () => {
  const childLater = (docker: DockerEra) =>
    scenario({
      docker,
      containers: [container('web'), container('db', { expose: ['5432'] })],
      links: [link('web', 'db')],
    })

  it.each(OLD)('%s: "Could not find entity for db"; the parent exists but does not start', (docker) => {
    const d = derive(childLater(docker))
    expect(d.report.errors).toEqual([
      {
        code: 'child-not-found',
        message: 'Could not find entity for db',
        link: { parent: 'web', child: 'db', alias: 'db' },
      },
    ])
    expect(d.containers.map((c) => c.status)).toEqual(['created', 'running'])
    expect(d.report.containers[0]).toEqual({ name: 'web', started: false, linkEnv: {}, hosts: [] })
  })

  it.each(MODERN)(
    '%s: "could not get container for db: No such container: db"; the parent is not created',
    (docker) => {
      const d = derive(childLater(docker))
      expect(d.report.errors[0]?.message).toBe('could not get container for db: No such container: db')
      expect(d.containers.map((c) => c.status)).toEqual(['absent', 'running'])
    },
  )
})

describe('a child that exists but is not running', () => {
  // bad's own link fails; a later link to bad then meets a container that is (0.10) or is not (20.10) there.
  const chain = (docker: DockerEra) =>
    scenario({
      docker,
      containers: [container('bad'), container('app')],
      links: [link('bad', 'nosuch', 'x'), link('app', 'bad', 'other')],
    })
  it('0.10: "Cannot link to a non running container: /bad AS /app/other"', () => {
    expect(report(chain('0.10')).errors.map((e) => e.message)).toEqual([
      'Could not find entity for nosuch',
      'Cannot link to a non running container: /bad AS /app/other',
    ])
  })
  it('20.10: bad was never created, so app meets "not found" instead', () => {
    expect(report(chain('20.10')).errors.map((e) => e.code)).toEqual(['child-not-found', 'child-not-found'])
  })
  it('one failing link refuses the whole parent, good links included, and deletes their rules', () => {
    const s = scenario({
      docker: '0.10',
      containers: [container('redis', { expose: ['6379'] }), container('bad'), container('app')],
      links: [link('bad', 'nosuch', 'x'), link('app', 'redis', 'cache'), link('app', 'bad', 'other')],
    })
    const r = report(s)
    expect(r.containers[2]).toEqual({ name: 'app', started: false, linkEnv: {}, hosts: [] })
    expect(r.iptables.filter.some((line) => line.includes('6379'))).toBe(false)
  })
})

describe('a self link', () => {
  it.each(OLD)('%s: "Cannot set self as child"', (docker) => {
    const r = report(scenario({ docker, containers: [container('me')], links: [link('me', 'me', 'self')] }))
    expect(r.errors).toEqual([
      { code: 'self-link', message: 'Cannot set self as child', link: { parent: 'me', child: 'me', alias: 'self' } },
    ])
  })
  it.each(MODERN)('%s: not found, as links are registered before the container is', (docker) => {
    const r = report(scenario({ docker, containers: [container('me')], links: [link('me', 'me', 'self')] }))
    expect(r.errors[0]).toMatchObject({
      code: 'child-not-found',
      message: 'could not get container for me: No such container: me',
    })
  })
})

describe('names', () => {
  it.each([
    ['0.10', '-rm', null],
    ['0.10', 'a', null],
    ['0.10', 'bad name', 'Invalid container name (bad name), only [a-zA-Z0-9_.-] are allowed'],
    ['20.10', '-rm', 'Invalid container name (-rm), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed'],
    ['28', 'a', 'Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed'],
    ['29', 'web.1', null],
  ] as const)('Docker %s, name %j', (docker, name, message) => {
    const r = report(scenario({ docker, containers: [container(name)] }))
    expect(r.errors).toEqual(message === null ? [] : [{ code: 'invalid-name', message }])
    expect(r.containers[0]?.started).toBe(message === null)
  })

  it('0.10: a second "redis" meets the first one’s 12-digit ID', () => {
    const d = derive(scenario({ containers: [container('redis'), container('redis')] }))
    const id = d.containers[0]?.id.slice(0, 12)
    expect(d.report.errors).toEqual([
      {
        code: 'name-conflict',
        message: `Conflict, The name redis is already assigned to ${id}. You have to delete (or rename) that container to be able to assign redis to a container again.`,
      },
    ])
    expect(d.report.containers.map((c) => c.started)).toEqual([true, false])
  })

  it('20.10: quotes the name with its slash and the full ID', () => {
    const d = derive(scenario({ docker: '20.10', containers: [container('redis'), container('redis')] }))
    expect(d.report.errors[0]?.message).toBe(
      `Conflict. The container name "/redis" is already in use by container "${d.containers[0]?.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    )
  })
})

describe('malformed ports', () => {
  it.each([
    ['0.10', '99999', 'Invalid containerPort: 99999'],
    ['0.10', 'http', 'Invalid containerPort: http'],
    ['1.0', '7000-7002/tcp', 'Invalid containerPort: 7000-7002'],
    ['1.0', '80/sctp', 'Invalid proto: sctp'],
    [
      '20.10',
      '99999/tcp',
      'invalid range format for --expose: 99999/tcp, error: strconv.ParseUint: parsing "99999": value out of range',
    ],
    [
      '20.10',
      'http',
      'invalid range format for --expose: http, error: strconv.ParseUint: parsing "http": invalid syntax',
    ],
    [
      '20.10',
      '7002-7000',
      'invalid range format for --expose: 7002-7000, error: Invalid range specified for the Port: 7002-7000',
    ],
    [
      '28',
      '7002-7000',
      'invalid range format for --expose: 7002-7000, error: invalid range specified for port: 7002-7000',
    ],
    ['28', '', 'invalid range format for --expose: , error: empty string specified for ports'],
    ['29', '99999', "invalid range format for --expose: invalid start port '99999': value out of range"],
    ['29', '7002-7000', 'invalid range format for --expose: invalid port range: 7002-7000'],
  ] as const)('Docker %s refuses %j', (docker, expose, message) => {
    const r = report(scenario({ docker, containers: [container('svc', { expose: [expose] })] }))
    expect(r.errors).toEqual([{ code: 'invalid-port', message }])
    expect(r.containers[0]?.started).toBe(false)
  })

  it.each([
    ['20.10', '8000-8002/udp', 3],
    ['0.10', '0', 1],
    ['20.10', '08080', 1],
  ] as const)('Docker %s accepts %j', (docker, expose, count) => {
    const d = derive(scenario({ docker, containers: [container('svc', { expose: [expose] })] }))
    expect(d.report.errors).toEqual([])
    expect(d.containers[0]?.ports).toHaveLength(count)
  })
})

describe('link syntax', () => {
  const withAlias = (docker: DockerEra, alias: string, child = 'db') =>
    scenario({
      docker,
      containers: [container('db', { expose: ['5432'] }), container('web')],
      links: [link('web', child, alias)],
    })

  it.each([
    ['0.10', 'a:b', 'Invalid format to parse.  db:a:b should match template name:alias'],
    ['20.10', 'a:b', 'bad format for links: db:a:b'],
  ] as const)('Docker %s refuses the alias %j', (docker, alias, message) => {
    const r = report(withAlias(docker, alias))
    expect(r.errors[0]).toMatchObject({ code: 'invalid-link', message })
    expect(r.containers[1]?.started).toBe(false)
  })

  it('drops an empty alias silently (the link path is the parent’s own)', () => {
    const d = derive(withAlias('0.10', ''))
    expect(d.report.errors).toEqual([])
    expect(d.report.containers[1]?.linkEnv).toEqual({})
    expect(d.links).toEqual(['ignored'])
    expect(d.notes).toEqual([{ kind: 'alias-dropped', link: 0 }])
  })

  it('0.10: an alias with a slash asks the name graph for a path that is not there', () => {
    expect(report(withAlias('0.10', 'a/b')).errors[0]).toMatchObject({
      code: 'invalid-link',
      message: 'Cannot find child for /web/a',
    })
  })

  it('20.10: an alias with a slash names the variables after its last element', () => {
    const env = report(withAlias('20.10', 'a/b')).containers[1]?.linkEnv
    expect(env?.B_NAME).toBe('/web/a/b')
  })

  it('ignores a second link with the same alias on one parent; the first wins', () => {
    const s = scenario({
      containers: [container('one', { expose: ['1111'] }), container('two', { expose: ['2222'] }), container('app')],
      links: [link('app', 'one', 'db'), link('app', 'two', 'db')],
    })
    const d = derive(s)
    expect(d.report.containers[2]?.linkEnv.DB_PORT).toBe('tcp://172.17.0.2:1111')
    expect(d.links).toEqual(['active', 'ignored'])
    expect(d.report.errors).toEqual([])
  })
})
