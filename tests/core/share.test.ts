import { createHash } from 'node:crypto'
import { deflateSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { classroom } from '../../bench/scenarios'
import { parseScenario } from '../../src/core'
import { encodeBase64url } from '../../src/core/base64url'
import { decodeShare, encodeShare } from '../../src/core/share'
import { SHARE_DICTIONARY_V1 } from '../../src/core/shareDictionary'
import { container, link, scenario, seed } from '../builders'

describe('share links', () => {
  it('pins the seed’s link, so a format change breaks a test before it breaks shared links', () => {
    expect(encodeShare(seed())).toMatchInlineSnapshot(
      `"s=1dQ22LQi0n7CSQm4pLiwsykzPzS4vj01KLchNLgBqhTUKQfLShjoEOqBEZGxsLAA"`,
    )
  })

  it('still opens links made with the first codec (z), and every later one', () => {
    const first =
      's=1zLYtBCoAgEAD_sueljKDoLYtEmpGQKa57iOjvSXScGYZANZ0CvB8kguxWz4Bgc2RzBW_3xR3tbwmGfpzaYhNoXYmFk7c-Cs-by2EpdRQjZ5GvU4cKYTUV9As'
    expect(decodeShare(`#${first}`)).toEqual({ ok: true, value: seed(), warnings: [] })
  })

  it('keeps its dictionary frozen: links made with it need the very same bytes', () => {
    const hash = createHash('sha256').update(SHARE_DICTIONARY_V1).digest('hex')
    expect(hash).toMatchInlineSnapshot(`"caf95758d8f4948c53ca2d915edbedebb4c9bb1a3f9dd284ceca129abfeefcf7"`)
  })

  it('keeps the seed’s link under 200 characters and a 30-container classroom under 2,000', () => {
    expect(encodeShare(seed()).length).toBeLessThanOrEqual(200)
    expect(encodeShare(classroom()).length).toBeLessThanOrEqual(2000)
  })

  it('round-trips positions, daemon flags and events', () => {
    const s = scenario({
      docker: '20.10',
      daemon: { icc: false, bridgeIp: '10.0.0.1/24', bridge: 'br0' },
      containers: [container('db', { expose: ['5432'], env: ['A=1'], publish: ['5433:5432'] }), container('web')],
      links: [link('web', 'db', 'pg'), link('web', 'nosuch', 'x')],
      events: [
        { action: 'restart', container: 'db' },
        { action: 'stop', container: 'ghost' },
      ],
    })
    const placed = { ...s, containers: s.containers.map((c, i) => ({ ...c, position: { x: 10 * i, y: -5 } })) }
    expect(decodeShare(`https://x.org/app/#${encodeShare(placed)}`)).toEqual({ ok: true, value: placed, warnings: [] })
  })

  it.each([
    ['', 'share link: no scenario in it (it should contain "#s=")'],
    ['#x=1', 'share link: no scenario in it (it should contain "#s=")'],
    ['#s=', 'share link: the scenario part is empty'],
    ['#s=2zAAAA', 'share link: made by a newer Link Lab (format 2); this one reads format 1'],
    ['#s=1q', 'share link: damaged (it is not a Link Lab scenario; was it cut short or changed?)'],
    ['#s=1z!!!', 'share link: damaged (it is not a Link Lab scenario; was it cut short or changed?)'],
    [`#${encodeShare(seed()).slice(0, 40)}`, 'share link: damaged (it does not decompress; was it cut short?)'],
    [`#s=1j${encodeBase64url(strToU8('{"a":1}'))}`, 'share link: damaged (the scenario inside has the wrong shape)'],
    [`#s=1j${encodeBase64url(strToU8('[0.10'))}`, 'share link: damaged (the scenario inside is not JSON)'],
    [
      `#s=1j${encodeBase64url(strToU8('["7",{},[],[]]'))}`,
      'share link: docker: unknown Docker release "7" (known: 0.10, 1.0, 20.10, 28, 29)',
    ],
    [
      `#s=1j${encodeBase64url(strToU8('["0.10",{},[[5]],[]]'))}`,
      'share link: containers[0].name: expected a string, got 5',
    ],
  ])('refuses %j with a clear message', (link, problem) => {
    expect(decodeShare(link)).toEqual({ ok: false, problem })
  })

  it('refuses a decompression bomb without inflating it all', () => {
    const bomb = deflateSync(new Uint8Array(50_000_000), { level: 9 })
    expect(decodeShare(`#s=1z${encodeBase64url(bomb)}`)).toEqual({
      ok: false,
      problem: 'share link: the scenario inside is too large',
    })
  })

  it('does not let a __proto__ key reach anything', () => {
    const evil = '["0.10",{"__proto__":{"polluted":1}},[["a1"]],[],[["__proto__",0]]]'
    const decoded = decodeShare(`#s=1j${encodeBase64url(strToU8(evil))}`)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(decoded.ok).toBe(false)
  })

  it('decodes to exactly what parseScenario accepts', () => {
    const s = seed('28')
    const decoded = decodeShare(`#${encodeShare(s)}`)
    expect(decoded.ok && parseScenario(JSON.parse(JSON.stringify(decoded.value)))).toEqual({
      ok: true,
      value: s,
      warnings: [],
    })
  })
})
