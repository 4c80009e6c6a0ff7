import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Scenario, startOrder } from '../../../src/core'
import { type ComposeImport, exportCompose, importCompose } from '../../../src/core/io/compose'
import { container, link, scenario, seed } from '../../builders'
import { containerFields, ioScenario, linksByParent } from './ioArbitraries'

function scenarioOf(result: ComposeImport): Scenario {
  if (!result.ok) throw new Error(result.problem)
  return result.scenario
}

const problemOf = (yaml: string) => {
  const result = importCompose(yaml)
  return result.ok ? null : result.problem
}

const notesOf = (yaml: string) => {
  const result = importCompose(yaml)
  return result.ok ? result.notes : [result.problem]
}

describe('exportCompose', () => {
  it('writes the seed as services keyed by name, with the era and the missing start order in comments', () => {
    expect(exportCompose(seed())).toBe(
      [
        '# Link Lab: a scenario as a compose file.',
        '# Docker 0.10 (releases 0.9.0 – 0.10.0): legacy links as that release made them.',
        '# The daemon: docker -d (its defaults: bridge docker0 172.17.42.1/16, --icc=true, --iptables=true)',
        '# A compose file has no start order of its own: compose starts each service after those it links to.',
        "# Link Lab's start order: redis, suspicious_fermat",
        'services:',
        '  redis:',
        '    image: crosbymichael/redis',
        '    container_name: redis',
        '    expose:',
        '      - "6379/tcp"',
        '  suspicious_fermat:',
        '    image: ubuntu',
        '    container_name: suspicious_fermat',
        '    links:',
        '      - "redis:db"',
        '',
      ].join('\n'),
    )
  })

  it('quotes what YAML would misread, doubles $ for compose, and says what compose cannot hold', () => {
    const s = scenario({
      docker: '29',
      daemon: { keepLinkEnv: true },
      containers: [
        container('yes', { image: 'redis:7.4', env: ['URL=$HOME', 'ON=off'], publish: ['8080:80'] }),
        container('we b', { env: ['Q="x"\n'] }),
      ],
      links: [link('we b', 'yes', 'db'), link('we b', 'gone', 'x'), link('we b', 'yes', 'a:b')],
      events: [{ action: 'restart', container: 'yes' }],
    })
    const text = exportCompose(s)
    expect(text).toContain('# The daemon: DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS=1 dockerd\n')
    expect(text).toContain('#   docker restart yes\n')
    expect(text).toContain('  "yes":\n    image: "redis:7.4"\n    container_name: "yes"\n')
    expect(text).toContain('      - "URL=$$HOME"\n      - "ON=off"\n')
    expect(text).toContain('  we_b:\n    # no image in the scenario; busybox stands in\n    image: busybox\n')
    expect(text).toContain('    container_name: "we b"\n    environment:\n      - "Q=\\"x\\"\\n"\n')
    expect(text).toContain('    links:\n      - "yes:db"\n')
    expect(text).toContain('    # --link gone:x is left out: compose cannot say it\n')
    expect(text).toContain('    # --link yes:a:b is left out: compose cannot say it\n')
  })

  it('writes an empty scenario as an empty mapping', () => {
    expect(exportCompose(scenario({}))).toMatch(/\nservices: \{\}\n$/)
  })
})

describe('importCompose', () => {
  it('starts children first, then in file order, and keeps each service links in file order', () => {
    const s = scenarioOf(
      importCompose(
        'services:\n  web:\n    image: nginx\n    links: [api, "cache:c"]\n  api:\n    image: app\n    links: [db]\n' +
          '  cache:\n    image: redis\n  db:\n    image: postgres\n',
      ),
    )
    expect(s.containers.map((c) => c.name)).toEqual(['db', 'api', 'cache', 'web'])
    expect(s.links).toEqual([
      { parent: 'web', child: 'api', alias: 'api' },
      { parent: 'web', child: 'cache', alias: 'c' },
      { parent: 'api', child: 'db', alias: 'db' },
    ])
  })

  it('reads expose, environment (list or map), ports (short and long syntax) and container_name', () => {
    const s = scenarioOf(
      importCompose(
        [
          'services:',
          '  db:',
          '    image: postgres',
          '    container_name: pg',
          '    expose: [5432, "53/udp"]',
          '    environment: { A: x, N: 5, B: true, FROM_SHELL: null }',
          '    ports:',
          '      - "5432:5432"',
          '      - 9000',
          '      - { target: 53, published: 5353, host_ip: 127.0.0.1, protocol: udp }',
          '  web:',
          '    image: nginx',
          '    environment: ["A=1", "B=x=y", ONLY_KEY]',
          '    links: [db]',
        ].join('\n'),
        { docker: '20.10' },
      ),
    )
    expect(s.docker).toBe('20.10')
    expect(s.containers[0]).toEqual({
      name: 'pg',
      image: 'postgres',
      expose: ['5432', '53/udp'],
      env: ['A=x', 'N=5', 'B=true'],
      publish: ['5432:5432', '9000', '127.0.0.1:5353:53/udp'],
    })
    expect(s.containers[1]?.env).toEqual(['A=1', 'B=x=y'])
    expect(s.links).toEqual([{ parent: 'web', child: 'pg', alias: 'db' }])
  })

  it('notes what it leaves out: keys, shell values, interpolation, missing names and images', () => {
    const notes = notesOf(
      `version: "3"\nservices:\n  web:\n    build: .\n    volumes: [x]\n    environment: [HOME, "A=\${X}", "B=$$Y"]\n`,
    )
    expect(notes).toEqual([
      'version: not read (top-level key)',
      'services.web.build: not read (it does not change legacy links)',
      'services.web.volumes: not read (it does not change legacy links)',
      'services.web: no image (it is built); the container has none',
      'services.web: no container_name; compose would name it <project>-web-1, Link Lab names it web',
      'services.web.environment[0]: HOME has no "=": compose takes its value from the shell; not imported',
      `services.web.environment: "A=\${X}" is not interpolated; read as written`,
    ])
    expect(scenarioOf(importCompose('services:\n  web:\n    environment: ["B=$$Y"]\n')).containers[0]?.env).toEqual([
      'B=$Y',
    ])
  })

  it('notes links in a cycle and two services with one container name', () => {
    const notes = notesOf(
      'services:\n  a: { image: x, links: [b] }\n  b: { image: x, links: [a] }\n  c: { image: x, container_name: a }\n',
    )
    expect(notes).toContain('a: two services have this container name; docker refuses the second')
    expect(notes.some((n) => n.endsWith('link in a cycle: compose refuses it ("dependency cycle")'))).toBe(true)
  })

  it('merges what the image declares when a catalogue is given', () => {
    const images = (image: string) =>
      image === 'redis' ? { expose: ['6379/tcp'], env: ['REDIS_VERSION=7'] } : undefined
    const s = scenarioOf(importCompose('services:\n  r: { image: redis, container_name: r }\n', { images }))
    expect(s.containers[0]).toMatchObject({ expose: ['6379/tcp'], env: ['REDIS_VERSION=7'] })
  })
})

describe('importCompose: problems name the service and the key', () => {
  it.each([
    ['services:\n  web:\n    image: 3\n', 'services.web.image: expected a string, got 3'],
    ['services:\n  web:\n', 'services.web: expected a mapping, got nothing'],
    ['services:\n  web: { image: x, expose: 80 }\n', 'services.web.expose: expected a list, got 80'],
    [
      'services:\n  web: { image: x, expose: [{a: 1}] }\n',
      'services.web.expose[0]: expected a port such as "6379/tcp", got a mapping',
    ],
    ['services:\n  web: { image: x, links: [db] }\n', 'services.web.links[0]: no service named "db"'],
    ['services:\n  web: { image: x, links: [[db]] }\n', 'services.web.links[0]: expected a string, got a list'],
    [
      'services:\n  web: { image: x, environment: "A=1" }\n',
      'services.web.environment: expected a list or a mapping, got "A=1"',
    ],
    [
      'services:\n  web: { image: x, environment: { A: [1] } }\n',
      'services.web.environment.A: expected a string, a number or true/false, got a list',
    ],
    [
      'services:\n  web: { image: x, ports: [{ published: 80 }] }\n',
      'services.web.ports[0].target: expected the container port, got nothing',
    ],
    ['services:\n  web: { image: x, container_name: "" }\n', 'services.web: containers[0].name: must not be empty'],
    ['services: [web]\n', 'services: expected a mapping, got a list'],
    ['image: x\n', 'services: expected a mapping, got nothing'],
    ['- services\n', 'compose file: expected a mapping with services, got a list'],
    ['', 'compose file: expected a mapping with services, got nothing'],
  ])('%j', (yaml, problem) => {
    expect(problemOf(yaml)).toBe(problem)
  })

  it('refuses malformed YAML with its line and column', () => {
    expect(problemOf('services:\n  a: {image: x}\n  a: {image: y}\n')).toBe(
      'yaml: Map keys must be unique at line 3, column 3',
    )
    expect(problemOf('services: [\n')).toMatch(/^yaml: .* at line 2, column 1$/)
    expect(problemOf('a: 1\n---\nb: 2\n')).toMatch(/^yaml: Source contains multiple documents/)
  })

  it('refuses an alias bomb, and reads unknown tags as plain data', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]']
    bomb.push('c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'services: {}')
    expect(problemOf(bomb.join('\n'))).toBe('yaml: Excessive alias count indicates a resource exhaustion attack')
    const tagged = importCompose('services:\n  a: !!js/function {image: x}\n')
    expect(tagged.ok && tagged.notes[0]).toMatch(/^yaml: Unresolved tag/)
    expect(scenarioOf(tagged).containers[0]?.image).toBe('x')
  })

  it('accepts the merge keys compose files use', () => {
    const s = scenarioOf(
      importCompose(
        'x-base: &base\n  image: redis\n  expose: [6379]\nservices:\n  r:\n    <<: *base\n    container_name: r\n',
      ),
    )
    expect(s.containers[0]).toMatchObject({ name: 'r', image: 'redis', expose: ['6379'] })
  })
})

describe('importCompose(exportCompose(s))', () => {
  it('gives back the containers (in link order) and the links (fast-check)', () => {
    fc.assert(
      fc.property(ioScenario({ composeAliases: true }), (s) => {
        const back = importCompose(exportCompose(s), { docker: s.docker })
        if (!back.ok) throw new Error(back.problem)
        expect(back.scenario.containers.map(containerFields)).toEqual(
          startOrder(s.containers, s.links).map(containerFields),
        )
        expect(back.scenario.links).toEqual(linksByParent(s))
      }),
      { numRuns: 300 },
    )
  })
})
