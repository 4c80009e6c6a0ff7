import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../src/app/presets'
import { derive, looksSecret } from '../../src/core'
import { decodeShare, encodeShare } from '../../src/core/share'

const byId = (id: string) => {
  const p = PRESETS.find((x) => x.id === id)
  if (!p) throw new Error(id)
  return derive(p.scenario)
}

describe('presets', () => {
  it('each opens as a share link and comes back the same', () => {
    for (const p of PRESETS)
      expect(decodeShare(`#${encodeShare(p.scenario)}`)).toEqual({ ok: true, value: p.scenario, warnings: [] })
  })
  it('the classic walkthrough gives the six DB_* variables', () => {
    expect(Object.keys(byId('classic').report.containers[1]?.linkEnv ?? {})).toHaveLength(6)
  })
  it('the chain is not transitive', () => {
    const web = byId('chain').report.containers[2]?.linkEnv ?? {}
    expect(Object.keys(web).every((k) => k.startsWith('APP_'))).toBe(true)
  })
  it('the lockdown keeps the intruder out', () => {
    expect(byId('lockdown').report.iptables.filter).toContain('-A FORWARD -i docker0 -o docker0 -j DROP')
  })
  it('the secrets example leaks the password', () => {
    const web = byId('secrets').report.containers[1]?.linkEnv ?? {}
    expect(web.DB_ENV_POSTGRES_PASSWORD).toBe('s3cret')
    expect(looksSecret('POSTGRES_PASSWORD')).toBe(true)
  })
  it.each([
    ['child-late', 'child-not-found'],
    ['self-link', 'self-link'],
  ])('%s goes wrong as docker did: %s', (id, code) => {
    expect(byId(id).report.errors[0]?.code).toBe(code)
  })
  it('duplicate-alias: the second link is ignored', () => {
    const d = byId('duplicate-alias')
    expect(d.links).toEqual(['active', 'ignored'])
    expect(d.report.containers[2]?.linkEnv.DB_PORT).toBe('tcp://172.17.0.2:3306')
  })
})
