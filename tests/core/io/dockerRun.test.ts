import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { derive, generatedName, parseScenario, type Scenario } from '../../../src/core'
import { type DockerRunImport, importDockerRun } from '../../../src/core/io/dockerRun'
import { IGNORED_RUN_FLAGS, runFlag } from '../../../src/core/io/runFlags'

const SEED = [
  'sudo docker run -d --name redis crosbymichael/redis',
  'sudo docker run -t -i --link redis:db ubuntu bash',
].join('\n')

/** What the app's palette says of the seed's image (src/app/palette/images.ts). */
const images = (image: string) => (image === 'crosbymichael/redis' ? { expose: ['6379/tcp'] } : undefined)

function scenarioOf(result: DockerRunImport): Scenario {
  if (!result.ok) throw new Error(result.problem.message)
  return result.scenario
}

const problemOf = (result: DockerRunImport) => (result.ok ? null : result.problem)

/** A contract scenario with one container renamed everywhere. */
function renamed(raw: unknown, from: string, to: string): Scenario {
  const parsed = parseScenario(JSON.parse(JSON.stringify(raw).replaceAll(`"${from}"`, `"${to}"`)))
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.value
}

describe("importDockerRun: the seed's two commands", () => {
  const result = importDockerRun(SEED, { images })
  const s = scenarioOf(result)
  const client = s.containers[1]?.name ?? ''

  it('gives redis, then a container with a generated name linked to it as db', () => {
    expect(s.containers.map((c) => c.name)).toEqual(['redis', generatedName(1, new Set(['redis']))])
    expect(client).toMatch(/^[a-z]+_[a-z]+$/)
    expect(s.containers.map((c) => c.image)).toEqual(['crosbymichael/redis', 'ubuntu'])
    expect(s.links).toEqual([{ parent: client, child: 'redis', alias: 'db' }])
    expect(s.docker).toBe('0.10')
  })

  it('derives the six DB_* variables and the five FORWARD rules of the golden example', () => {
    const golden = JSON.parse(
      readFileSync(new URL('../../fixtures/golden/010-seed-redis-db.json', import.meta.url), 'utf8'),
    ).scenario
    const want = derive(renamed(golden, 'suspicious_fermat', client)).report
    const got = derive(s).report
    expect(got).toEqual(want)
    const env = got.containers[1]?.linkEnv ?? {}
    expect(Object.keys(env).sort()).toEqual([
      'DB_NAME',
      'DB_PORT',
      'DB_PORT_6379_TCP',
      'DB_PORT_6379_TCP_ADDR',
      'DB_PORT_6379_TCP_PORT',
      'DB_PORT_6379_TCP_PROTO',
    ])
    expect(env.DB_NAME).toBe(`/${client}/db`)
    expect(env.DB_PORT).toBe('tcp://172.17.0.2:6379')
    expect(got.iptables.filter.filter((l) => l.startsWith('-A FORWARD'))).toHaveLength(5)
  })

  it('lists -d, -t and -i as ignored, with the container they were given to', () => {
    expect(result.ok && result.ignored.map((f) => [f.line, f.flag, f.container])).toEqual([
      [1, '-d', 'redis'],
      [2, '-t', client],
      [2, '-i', client],
    ])
  })

  it('without an image catalogue, says the images are unknown (and redis exposes nothing)', () => {
    const bare = importDockerRun(SEED)
    expect(scenarioOf(bare).containers[0]?.expose).toEqual([])
    expect(bare.ok && bare.notes.at(-1)).toMatch(/"crosbymichael\/redis", "ubuntu": no image catalogue given/)
  })
})

describe('importDockerRun: reading a session like a shell', () => {
  it('skips prompts, sudo, output lines and comments; notes other commands', () => {
    const result = importDockerRun(
      [
        'paas@ubuntu:~$ sudo docker run -d --name redis redis # the server',
        '7f3a9c1e2b',
        "It's running",
        '$ ls -la',
        'bash-5.2# docker run --name web --link redis:db nginx',
        '% docker run --name c busybox',
      ].join('\n'),
    )
    expect(scenarioOf(result).containers.map((c) => c.name)).toEqual(['redis', 'web', 'c'])
    expect(result.ok && result.notes.slice(0, 3)).toEqual([
      'line 2: "7f3a9c1e2b" is not a docker command; ignored',
      'line 3: an unclosed quote; not a docker command, ignored',
      'line 4: "ls -la" is not a docker command; ignored',
    ])
  })

  it('does not let a lone quote in pasted output swallow the docker lines after it', () => {
    const result = importDockerRun("It's up\n$ docker run --name 'x' y\nDon't\n$ echo \"a\nb\"\ndocker run --name z y")
    expect(scenarioOf(result).containers.map((c) => c.name)).toEqual(['x', 'z'])
  })

  it('joins backslash continuations and splits on ; && || |', () => {
    const s = scenarioOf(
      importDockerRun(
        'docker run -d \\\n  --name a \\\n  busybox && docker run --name b busybox; docker run --name c x | cat',
      ),
    )
    expect(s.containers.map((c) => c.name)).toEqual(['a', 'b', 'c'])
  })

  it('reads quotes and escapes as a POSIX shell, and keeps $VAR literal with a note', () => {
    const result = importDockerRun(
      `docker run --name "my db" -e 'A=it''s' -e "B=\\"q\\" \\$x" -e C=a\\ b -e "HOME=$HOME" img`,
    )
    const c = scenarioOf(result).containers[0]
    expect(c?.name).toBe('my db')
    expect(c?.env).toEqual(['A=its', 'B="q" $x', 'C=a b', 'HOME=$HOME'])
    expect(result.ok && result.notes[0]).toBe('line 1: "HOME=$HOME" is not expanded; read as written')
  })

  it('reads flag spellings: --flag=value, clusters, attached values, --', () => {
    const s = scenarioOf(
      importDockerRun('docker run -dit -p80:80 -p=81:81 --publish=82:82 -e=A=1 --expose=53/udp --name=x -- -img cmd'),
    )
    expect(s.containers[0]).toMatchObject({
      name: 'x',
      image: '-img',
      publish: ['80:80', '81:81', '82:82'],
      env: ['A=1'],
      expose: ['53/udp'],
    })
  })

  it('keeps links in command-line order, --link child as child:child, and notes it for 0.10 and 1.0', () => {
    const text = 'docker run --name a x\ndocker run --name b x\ndocker run --name c --link b --link=a:first x'
    const old = importDockerRun(text)
    expect(scenarioOf(old).links).toEqual([
      { parent: 'c', child: 'b', alias: 'b' },
      { parent: 'c', child: 'a', alias: 'first' },
    ])
    expect(old.ok && old.notes.some((n) => n.includes('Invalid format to parse.  b should match template'))).toBe(true)
    const modern = importDockerRun(text, { docker: '20.10' })
    expect(modern.ok && modern.notes.some((n) => n.includes('has no alias'))).toBe(false)
  })

  it('notes -e KEY without "=" and leaves it out', () => {
    const result = importDockerRun('docker run -e HOME -e A=1 x')
    expect(scenarioOf(result).containers[0]?.env).toEqual(['A=1'])
    expect(result.ok && result.notes[0]).toMatch(/^line 1: -e HOME has no "=": docker takes its value from the shell/)
  })

  it('notes --network other than the default bridge, and -P', () => {
    const result = importDockerRun('docker run --net=bridge --network mynet -P x')
    expect(result.ok && result.ignored.map((f) => [f.flag, f.value])).toEqual([
      ['--net', 'bridge'],
      ['--network', 'mynet'],
      ['-P', undefined],
    ])
    expect(result.ok && result.notes.slice(0, 2)).toEqual([
      'line 1: --network mynet: legacy links work on the default bridge only; Link Lab puts every container there',
      'line 1: -P: Link Lab does not publish exposed ports to random host ports: use -p for each',
    ])
  })

  it('knows which ignored flags take a value', () => {
    const s = scenarioOf(
      importDockerRun(
        'docker run -v /a:/b -w /src -u 1000 --restart always -h host --entrypoint sh -m 1g --cpus 2 ' +
          '--privileged --init -l a=b --log-driver none --add-host h:1.2.3.4 --dns 8.8.8.8 --rm x',
      ),
    )
    expect(s.containers[0]?.image).toBe('x')
  })

  it('makes lifecycle events of docker start|stop|restart, and docker container run', () => {
    const s = scenarioOf(
      importDockerRun('docker container run --name a x\ndocker stop -t 1 a\ndocker start -a a\ndocker restart a a'),
    )
    expect(s.events).toEqual([
      { action: 'stop', container: 'a' },
      { action: 'start', container: 'a' },
      { action: 'restart', container: 'a' },
      { action: 'restart', container: 'a' },
    ])
  })

  it('notes an event before a later run, and an event for an unknown container', () => {
    const result = importDockerRun('docker run --name a x\ndocker stop a\ndocker run --name b x\ndocker stop zz')
    expect(result.ok && result.notes.slice(0, 2)).toEqual([
      'line 2: docker stop before later docker runs: Link Lab plays events after every run',
      'line 4: docker stop zz: no container of that name ran',
    ])
  })

  it('names unnamed containers deterministically, never with a name the session uses', () => {
    const taken = generatedName(0, new Set())
    const s = scenarioOf(importDockerRun(`docker run x\ndocker run --name ${taken} y`))
    expect(s.containers[0]?.name).not.toBe(taken)
    expect(importDockerRun('docker run x\ndocker run y')).toEqual(importDockerRun('docker run x\ndocker run y'))
  })

  it('takes the era from the options', () => {
    expect(scenarioOf(importDockerRun('docker run x', { docker: '29' })).docker).toBe('29')
  })

  it("merges the image's EXPOSE and ENV as docker does: -e first, then image entries it did not set", () => {
    const lookup = () => ({ expose: ['5432/tcp'], env: ['PATH=/bin', 'PGDATA=/data'] })
    const c = scenarioOf(importDockerRun('docker run --expose 5432/tcp --expose 9 -e PGDATA=/x pg', { images: lookup }))
      .containers[0]
    expect(c?.expose).toEqual(['5432/tcp', '9'])
    expect(c?.env).toEqual(['PGDATA=/x', 'PATH=/bin'])
  })
})

describe('importDockerRun: problems point at the line and the word', () => {
  it('an unknown flag', () => {
    expect(problemOf(importDockerRun('# setup\ndocker run -d x\ndocker run --frobnicate x'))).toEqual({
      line: 3,
      column: 12,
      word: '--frobnicate',
      message: 'line 3, word "--frobnicate": unknown flag for docker run',
    })
  })

  it('an unknown letter in a cluster, with a hint for 0.x single-dash flags', () => {
    expect(problemOf(importDockerRun('docker run -ix x'))?.message).toBe(
      'line 1, word "-ix": unknown flag -x in -ix for docker run',
    )
    expect(problemOf(importDockerRun('docker run -name x'))?.message).toBe(
      `line 1, word "-name": unknown flag -n in -name for docker run (docker 0.x's -name is written --name here)`,
    )
  })

  it('a flag without its value, a run without an image, a bad switch value', () => {
    expect(problemOf(importDockerRun('docker run x\n  docker run --name'))).toMatchObject({ line: 2, column: 14 })
    expect(problemOf(importDockerRun('docker run -d'))?.message).toBe(
      'line 1, word "run": docker run needs an image ("requires at least 1 argument")',
    )
    expect(problemOf(importDockerRun('docker run --rm=maybe x'))?.word).toBe('--rm=maybe')
  })

  it('an unterminated quote in a docker command', () => {
    expect(problemOf(importDockerRun("docker run --name 'oops x"))).toMatchObject({
      line: 1,
      column: 19,
      word: "'oops x",
    })
  })

  it('an unknown flag of docker stop', () => {
    expect(problemOf(importDockerRun('docker stop --frob a'))?.message).toBe(
      'line 1, word "--frob": unknown flag for docker stop',
    )
  })

  it("parseScenario's problem, pointed at the run that made the container", () => {
    const long = 'x'.repeat(5000)
    expect(problemOf(importDockerRun(`docker run a\n\ndocker run --expose ${long} b`))).toMatchObject({
      line: 3,
      word: 'run',
      message: 'line 3, word "run": containers[1].expose[0]: is longer than 4096 characters',
    })
  })
})

describe('the ignored flags', () => {
  it('are the documented list', () => {
    expect(IGNORED_RUN_FLAGS).toContain('--rm')
    expect(IGNORED_RUN_FLAGS).toContain('--publish-all')
    expect(IGNORED_RUN_FLAGS).not.toContain('--link')
    expect(IGNORED_RUN_FLAGS.length).toBeGreaterThan(90)
  })

  it('each reads in both spellings, taking a value exactly when it needs one', () => {
    for (const flag of IGNORED_RUN_FLAGS) {
      const spaced = runFlag(flag)?.value ? `${flag} 1` : flag
      for (const text of [`docker run ${flag}=1 x`, `docker run ${spaced} x`]) {
        const result = importDockerRun(text)
        expect(result.ok && [result.ignored[0]?.flag, result.scenario.containers[0]?.image], text).toEqual([flag, 'x'])
      }
    }
  })
})
