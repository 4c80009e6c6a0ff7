import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { type Io, main } from '../../src/cli/derive'
import { encodeShare } from '../../src/core/share'
import { seed } from '../builders'

const SEED_JSON = JSON.stringify({
  version: 1,
  docker: '0.10',
  containers: [
    { name: 'redis', image: 'crosbymichael/redis', expose: ['6379/tcp'] },
    { name: 'suspicious_fermat', image: 'ubuntu' },
  ],
  links: [{ parent: 'suspicious_fermat', child: 'redis', alias: 'db' }],
})

function fakeIo(files: Record<string, string>, stdin = '') {
  const out = { stdout: '', stderr: '' }
  const io: Io = {
    readFile: async (path) => {
      const text = files[path]
      if (text === undefined) throw Object.assign(new Error(`ENOENT ${path}`), { code: 'ENOENT' })
      return text
    },
    readStdin: async () => stdin,
    stdout: (text) => {
      out.stdout += text
    },
    stderr: (text) => {
      out.stderr += text
    },
  }
  return { io, out }
}

describe('derive', () => {
  it('prints the report of a scenario file as JSON', async () => {
    const { io, out } = fakeIo({ 'seed.json': SEED_JSON })
    expect(await main(['seed.json'], io)).toBe(0)
    const report = JSON.parse(out.stdout)
    expect(report.containers[1].linkEnv.DB_PORT).toBe('tcp://172.17.0.2:6379')
    expect(out.stderr).toBe('')
  })

  it('reads standard input with "-" and prints the seed walkthrough as text', async () => {
    const { io, out } = fakeIo({}, SEED_JSON)
    expect(await main(['-', '--format', 'text'], io)).toBe(0)
    expect(out.stdout).toContain('DB_NAME=/suspicious_fermat/db\n')
    expect(out.stdout).toContain(
      '-A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT\n',
    )
  })

  it('prints the app-relative share link, which the app and derive both read', async () => {
    const { io, out } = fakeIo({ 'seed.json': SEED_JSON })
    expect(await main(['seed.json', '--format=url'], io)).toBe(0)
    expect(out.stdout).toBe(`/#${encodeShare(seed())}\n`)
    const back = fakeIo({})
    expect(await main([`https://example.org/lab${out.stdout.trim()}`], back.io)).toBe(0)
    expect(JSON.parse(back.out.stdout).containers[1].linkEnv.DB_NAME).toBe('/suspicious_fermat/db')
  })

  it('reads just the part from "#" too', async () => {
    const { io, out } = fakeIo({})
    expect(await main([`#${encodeShare(seed())}`, '--format', 'text'], io)).toBe(0)
    expect(out.stdout).toContain('DB_PORT=tcp://172.17.0.2:6379')
  })

  it('exits 0 with docker’s refusals in the report', async () => {
    const { io, out } = fakeIo({}, '{"version":1,"containers":[{"name":"bad name"}]}')
    expect(await main(['-'], io)).toBe(0)
    expect(JSON.parse(out.stdout).errors[0].code).toBe('invalid-name')
  })

  it.each([
    [['-'], '{"version": 2}', 'derive: version: must be 1, got 2\n'],
    [['-'], 'not json', /^derive: stdin: not JSON: .+\n$/],
    [
      ['-'],
      '{"version":1,"docker":"1.5"}',
      'derive: docker: unknown Docker release "1.5" (known: 0.10, 1.0, 20.10, 28, 29)\n',
    ],
    [
      ['-'],
      '{"version":1,"containers":[{"name":"x","expose":[80]}]}',
      'derive: containers[0].expose[0]: expected a string, got 80\n',
    ],
    [['missing.json'], '', 'derive: missing.json: no such file\n'],
    [['#s=1zAAAA'], '', 'derive: share link: damaged (it does not decompress; was it cut short?)\n'],
    [['/#s=9zAAAA'], '', 'derive: share link: made by a newer Link Lab (format 9); this one reads format 1\n'],
    [['-', '--format', 'yaml'], '{}', 'derive: --format must be json, text or url, got "yaml"\n'],
    [[], '', /^derive: usage: derive INPUT/],
  ])('exits 2 with one line on stderr for %j', async (argv, stdin, message) => {
    const { io, out } = fakeIo({}, stdin)
    expect(await main(argv, io)).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr.split('\n')).toHaveLength(2)
    if (typeof message === 'string') expect(out.stderr).toBe(message)
    else expect(out.stderr).toMatch(message)
  })

  it('warns about fields it does not know, and still derives', async () => {
    const { io, out } = fakeIo({}, '{"version":1,"containers":[{"name":"db","expsoe":["80"]}]}')
    expect(await main(['-'], io)).toBe(0)
    expect(out.stderr).toBe('derive: warning: containers[0].expsoe: unknown field, ignored\n')
  })
})

describe('npm run --silent derive', () => {
  it('runs as a new user would call it, on a scenario file', async () => {
    const example = JSON.parse(
      readFileSync(new URL('../fixtures/golden/010-seed-redis-db.json', import.meta.url), 'utf8'),
    )
    const dir = mkdtempSync(join(tmpdir(), 'derive-'))
    const file = join(dir, 'seed.json')
    writeFileSync(file, JSON.stringify(example.scenario))
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'derive', '--', file], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
    })
    expect(JSON.parse(stdout).iptables).toEqual(example.report.iptables)
  }, 30_000)
})
