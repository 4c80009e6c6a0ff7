import { describe, expect, it } from 'vitest'
import { IMAGES, imagePreset } from '../../src/app/palette/images'

const exposeOf = (id: string): readonly string[] => imagePreset(id)?.expose ?? []

describe('image palette', () => {
  it('stores every exposed port as Docker does: port/proto', () => {
    for (const preset of IMAGES) {
      for (const port of preset.expose) expect(port, preset.id).toMatch(/^\d+\/(tcp|udp)$/)
    }
  })

  it('stores every env entry as KEY=VALUE', () => {
    for (const preset of IMAGES) {
      for (const entry of preset.env) expect(entry, preset.id).toContain('=')
    }
  })

  it('has unique ids', () => {
    const ids = IMAGES.map((preset) => preset.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('lists the images in palette order, custom last', () => {
    expect(IMAGES.map((preset) => preset.id)).toEqual([
      'redis',
      'postgres',
      'mysql',
      'mongo',
      'memcached',
      'nginx',
      'rabbitmq',
      'elasticsearch',
      'ubuntu',
      'busybox',
      'crosbymichael-redis',
      'custom',
    ])
  })

  it('carries the ports the official Dockerfiles EXPOSE', () => {
    expect(exposeOf('redis')).toEqual(['6379/tcp'])
    expect(exposeOf('postgres')).toEqual(['5432/tcp'])
    expect(exposeOf('mysql')).toContain('3306/tcp')
    expect(exposeOf('mongo')).toEqual(['27017/tcp'])
    expect(exposeOf('memcached')).toEqual(['11211/tcp'])
    expect(exposeOf('nginx')).toEqual(['80/tcp'])
    expect(exposeOf('rabbitmq')).toContain('5672/tcp')
    expect(exposeOf('elasticsearch')).toEqual(expect.arrayContaining(['9200/tcp', '9300/tcp']))
    expect(exposeOf('crosbymichael-redis')).toEqual(['6379/tcp'])
  })

  it('gives ubuntu and busybox no exposed ports', () => {
    expect(imagePreset('ubuntu')?.expose).toEqual([])
    expect(imagePreset('busybox')?.expose).toEqual([])
  })

  it('finds a preset by id, and nothing for an unknown id', () => {
    expect(imagePreset('redis')?.image).toBe('redis:7.4')
    expect(imagePreset('custom')).toMatchObject({ image: 'myapp', expose: [], env: [] })
    expect(imagePreset('nope')).toBeUndefined()
  })
})
