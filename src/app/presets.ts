/**
 * The preset gallery: scenarios that teach one thing each. Plain contract-v1
 * JSON, read through parseScenario like any other input.
 */
import { parseScenario, type Scenario } from '../core'

export interface Preset {
  readonly id: string
  readonly title: string
  /** What it shows, in one or two sentences. */
  readonly lesson: string
  readonly scenario: Scenario
}

const at = (x: number, y: number) => ({ position: { x, y } })

function preset(id: string, title: string, lesson: string, json: Record<string, unknown>): Preset {
  const parsed = parseScenario({ version: 1, ...json })
  if (!parsed.ok) throw new Error(`preset ${id}: ${parsed.problem}`) // a bug in this file, caught by its test
  return { id, title, lesson, scenario: parsed.value }
}

export const PRESETS: readonly Preset[] = [
  preset(
    'classic',
    'The classic walkthrough (Docker 0.10)',
    'redis, then a client with --link redis:db: six DB_* variables and two FORWARD rules, exactly as the 2014 write-up shows.',
    {
      docker: '0.10',
      containers: [
        { name: 'redis', image: 'crosbymichael/redis', expose: ['6379/tcp'], ...at(420, 60) },
        { name: 'suspicious_fermat', image: 'ubuntu', ...at(60, 60) },
      ],
      links: [{ parent: 'suspicious_fermat', child: 'redis', alias: 'db' }],
    },
  ),
  preset(
    'chain',
    'web → app → db: links are not transitive',
    'web sees app’s variables and app’s own env, nothing about db; app sees db. Start order: db, app, web.',
    {
      docker: '1.0',
      containers: [
        {
          name: 'db',
          image: 'postgres:17',
          expose: ['5432/tcp'],
          env: ['PGDATA=/var/lib/postgresql/data'],
          ...at(620, 60),
        },
        { name: 'app', image: 'myapp', expose: ['8000/tcp'], env: ['APP_ENV=production'], ...at(340, 60) },
        { name: 'web', image: 'nginx:1.30', expose: ['80/tcp'], ...at(60, 60) },
      ],
      links: [
        { parent: 'app', child: 'db', alias: 'db' },
        { parent: 'web', child: 'app', alias: 'app' },
      ],
    },
  ),
  preset(
    'lockdown',
    '--icc=false lockdown (Docker 20.10)',
    'Containers cannot talk to each other, except where a link opens exactly the child’s ports: walk a packet to see it.',
    {
      docker: '20.10',
      daemon: { icc: false },
      containers: [
        { name: 'cache', image: 'redis:7.4', expose: ['6379/tcp'], ...at(620, 60) },
        { name: 'db', image: 'postgres:17', expose: ['5432/tcp'], ...at(620, 260) },
        { name: 'api', image: 'myapi', expose: ['8080/tcp'], ...at(300, 160) },
        { name: 'intruder', image: 'busybox', ...at(40, 320) },
      ],
      links: [
        { parent: 'api', child: 'cache', alias: 'cache' },
        { parent: 'api', child: 'db', alias: 'db' },
      ],
    },
  ),
  preset(
    'secrets',
    'A password that leaks through a link',
    'Every variable of a child reaches its parents as ALIAS_ENV_*: the database password is readable in web.',
    {
      docker: '20.10',
      containers: [
        {
          name: 'db',
          image: 'postgres:17',
          expose: ['5432/tcp'],
          env: ['POSTGRES_PASSWORD=s3cret', 'POSTGRES_USER=shop', 'PGDATA=/var/lib/postgresql/data'],
          ...at(420, 60),
        },
        { name: 'web', image: 'shop-web', ...at(60, 60) },
      ],
      links: [{ parent: 'web', child: 'db', alias: 'db' }],
    },
  ),
  preset(
    'child-late',
    'What went wrong: the child started after its parent',
    'docker run --link needs the child running already: the parent is refused with "Could not find entity for redis".',
    {
      docker: '0.10',
      containers: [
        { name: 'client', image: 'ubuntu', ...at(60, 60) },
        { name: 'redis', image: 'crosbymichael/redis', expose: ['6379/tcp'], ...at(420, 60) },
      ],
      links: [{ parent: 'client', child: 'redis', alias: 'db' }],
    },
  ),
  preset(
    'self-link',
    'What went wrong: a container linked to itself',
    'Docker 0.10 says "Cannot set self as child"; from 1.6 the link is registered before the container exists, so it is "not found".',
    {
      docker: '0.10',
      containers: [{ name: 'loner', image: 'busybox', ...at(200, 60) }],
      links: [{ parent: 'loner', child: 'loner', alias: 'me' }],
    },
  ),
  preset(
    'duplicate-alias',
    'What went wrong: one alias, two links',
    'The second --link with the same alias is silently ignored: app only ever sees the first child.',
    {
      docker: '0.10',
      containers: [
        { name: 'old-db', image: 'mysql:8.4', expose: ['3306/tcp'], ...at(600, 0) },
        { name: 'new-db', image: 'postgres:17', expose: ['5432/tcp'], ...at(600, 200) },
        { name: 'app', image: 'myapp', ...at(200, 100) },
      ],
      links: [
        { parent: 'app', child: 'old-db', alias: 'db' },
        { parent: 'app', child: 'new-db', alias: 'db' },
      ],
    },
  ),
]
