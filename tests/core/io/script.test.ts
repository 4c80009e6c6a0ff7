import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../../src/core'
import { importDockerRun } from '../../../src/core/io/dockerRun'
import { exportScript } from '../../../src/core/io/script'
import { container, link, scenario, seed } from '../../builders'
import { containerFields, ioScenario, linksByParent } from './ioArbitraries'

/** Run the script with `docker` replaced by a function that prints its arguments: `<[a][b]>` per call. */
function dockerCalls(script: string): string {
  const docker = `docker() { printf '<'; for a in "$@"; do printf '[%s]' "$a"; done; printf '>\\n'; }\n`
  return execFileSync('sh', ['-c', `${docker}eval "$(cat)"`], { input: script, encoding: 'utf8' })
}

const call = (...args: string[]) => `<${args.map((a) => `[${a}]`).join('')}>\n`

describe('exportScript', () => {
  it('writes the seed as a header and one docker run per container, in start order', () => {
    expect(exportScript(seed())).toBe(
      [
        '#!/bin/sh',
        '# Link Lab: a scenario as docker commands, in start order.',
        '# Docker 0.10 (releases 0.9.0 – 0.10.0): legacy links as that release made them.',
        '# The daemon: docker -d (its defaults: bridge docker0 172.17.42.1/16, --icc=true, --iptables=true)',
        '# -t keeps images whose command is a shell (ubuntu, busybox) running, as -t -i did in the seed.',
        '# No `set -e`: a command docker refuses is part of the lesson; the rest still runs.',
        '',
        'docker run -d -t --name redis --expose 6379/tcp crosbymichael/redis',
        '',
        'docker run -d -t --name suspicious_fermat --link redis:db ubuntu',
        '',
      ].join('\n'),
    )
  })

  it('says what the daemon needs: flags off the era default, and era 29 keepLinkEnv in its environment', () => {
    const s29 = scenario({ docker: '29', daemon: { keepLinkEnv: true, icc: false, iptables: false } })
    expect(exportScript(s29)).toContain(
      '# The daemon: DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS=1 dockerd --icc=false --iptables=false\n',
    )
    expect(exportScript(s29)).toContain("must be in dockerd's environment")
    expect(exportScript(scenario({ docker: '29' }))).toContain('Docker 29 sets no link variables unless dockerd runs')
    expect(exportScript(scenario({ docker: '20.10', daemon: { bridgeIp: '10.0.0.1/24' } }))).toContain(
      '# The daemon: dockerd --bip 10.0.0.1/24\n',
    )
    const bridge = exportScript(scenario({ daemon: { bridge: 'br0', bridgeIp: '10.0.0.1/24' } }))
    expect(bridge).toContain('# The daemon: docker -d -b br0\n')
    expect(bridge).toContain('ip addr add 10.0.0.1/24 dev br0')
    expect(exportScript(scenario({ docker: '20.10', daemon: { bridgeIp: '172.17.0.1/16' } }))).toContain(
      '# The daemon: dockerd (its defaults',
    )
  })

  it('quotes values, stands busybox in for a missing image, and writes the events last', () => {
    const s = scenario({
      containers: [container('a b', { env: ["Q=it's $HOME", 'FROM_SHELL'] }), container('web', { image: '-x' })],
      links: [link('web', 'a b', 'db')],
      events: [{ action: 'stop', container: 'a b' }],
    })
    const text = exportScript(s)
    expect(text).toContain('# a b: the scenario gives no image; busybox stands in\n')
    expect(text).toContain('# a b: -e FROM_SHELL has no "=": docker takes its value from this shell\n')
    expect(dockerCalls(text)).toBe(
      call('run', '-d', '-t', '--name', 'a b', '-e', "Q=it's $HOME", '-e', 'FROM_SHELL', 'busybox') +
        call('run', '-d', '-t', '--name', 'web', '--link', 'a b:db', '--', '-x') +
        call('stop', 'a b'),
    )
  })

  it('keeps every comment on its line, whatever the names hold', () => {
    const s = scenario({ containers: [container('x\ndocker run evil', { env: ['NOEQ\nrm -rf'] })] })
    expect(dockerCalls(exportScript(s))).toBe(
      call('run', '-d', '-t', '--name', 'x\ndocker run evil', '-e', 'NOEQ\nrm -rf', 'busybox'),
    )
  })

  it('splits a long command over lines with backslashes', () => {
    const s = scenario({
      containers: [container('web', { image: 'nginx', expose: ['80', '443', '8080', '8443', '9000', '9001'] })],
    })
    expect(exportScript(s)).toContain('docker run -d -t \\\n    --name web \\\n    --expose 80 \\\n')
  })
})

/** What the import gives back of a scenario. */
function roundTrip(s: Scenario) {
  const back = importDockerRun(exportScript(s), { docker: s.docker })
  if (!back.ok) throw new Error(back.problem.message)
  return back.scenario
}

describe('importDockerRun(exportScript(s))', () => {
  it('gives back the containers, links and events (fast-check)', () => {
    fc.assert(
      fc.property(ioScenario(), (s) => {
        const back = roundTrip(s)
        expect(back.docker).toBe(s.docker)
        expect(back.containers.map(containerFields)).toEqual(s.containers.map(containerFields))
        expect(back.links).toEqual(linksByParent(s))
        expect(back.events).toEqual(s.events)
      }),
      { numRuns: 300 },
    )
  })

  it('runs in a real shell with exactly the arguments the importer reads (fast-check)', () => {
    fc.assert(
      fc.property(ioScenario(), (s) => {
        const back = roundTrip(s)
        const runs = back.containers.map((c) => {
          const links = linksByParent(back).filter((l) => l.parent === c.name)
          return call(
            'run',
            '-d',
            '-t',
            '--name',
            c.name,
            ...c.expose.flatMap((p) => ['--expose', p]),
            ...c.env.flatMap((e) => ['-e', e]),
            ...c.publish.flatMap((p) => ['-p', p]),
            ...links.flatMap((l) => ['--link', `${l.child}:${l.alias}`]),
            ...(c.image.startsWith('-') ? ['--', c.image] : [c.image]),
          )
        })
        const events = back.events.map((e) =>
          e.container.startsWith('-') ? call(e.action, '--', e.container) : call(e.action, e.container),
        )
        expect(dockerCalls(exportScript(s))).toBe([...runs, ...events].join(''))
      }),
      { numRuns: 40 },
    )
  })
})
