/**
 * The preset gallery: scenarios that teach one thing each. Plain contract-v1
 * JSON, read through parseScenario like any other input. Each preset's title
 * and lesson are words of the interface: `preset.<id>.title` and
 * `preset.<id>.lesson` in the catalogs (src/app/i18n).
 */
import { parseScenario, type Scenario } from '../core'

export type PresetId = 'classic' | 'chain' | 'lockdown' | 'secrets' | 'child-late' | 'self-link' | 'duplicate-alias'

export interface Preset {
  readonly id: PresetId
  readonly scenario: Scenario
}

const at = (x: number, y: number) => ({ position: { x, y } })

function preset(id: PresetId, json: Record<string, unknown>): Preset {
  const parsed = parseScenario({ version: 1, ...json })
  if (!parsed.ok) throw new Error(`preset ${id}: ${parsed.problem}`) // a bug in this file, caught by its test
  return { id, scenario: parsed.value }
}

export const PRESETS: readonly Preset[] = [
  preset('classic', {
    docker: '0.10',
    containers: [
      { name: 'redis', image: 'crosbymichael/redis', expose: ['6379/tcp'], ...at(420, 60) },
      { name: 'suspicious_fermat', image: 'ubuntu', ...at(60, 60) },
    ],
    links: [{ parent: 'suspicious_fermat', child: 'redis', alias: 'db' }],
  }),
  preset('chain', {
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
  }),
  preset('lockdown', {
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
  }),
  preset('secrets', {
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
  }),
  preset('child-late', {
    docker: '0.10',
    containers: [
      { name: 'client', image: 'ubuntu', ...at(60, 60) },
      { name: 'redis', image: 'crosbymichael/redis', expose: ['6379/tcp'], ...at(420, 60) },
    ],
    links: [{ parent: 'client', child: 'redis', alias: 'db' }],
  }),
  preset('self-link', {
    docker: '0.10',
    containers: [{ name: 'loner', image: 'busybox', ...at(200, 60) }],
    links: [{ parent: 'loner', child: 'loner', alias: 'me' }],
  }),
  preset('duplicate-alias', {
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
  }),
]
