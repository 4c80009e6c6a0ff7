import { describe, expect, it } from 'vitest'
import { loadOnce } from '../../src/app/ui/loadOnce'

describe('loadOnce', () => {
  it('loads once for every caller', async () => {
    let calls = 0
    const load = loadOnce(async () => ++calls)
    expect(await Promise.all([load(), load(), load()])).toEqual([1, 1, 1])
    expect(await load()).toBe(1)
    expect(calls).toBe(1)
  })

  it('forgets a failed load, so the next call tries again', async () => {
    let calls = 0
    const load = loadOnce(async () => {
      calls++
      if (calls === 1) throw new Error('offline')
      return 'here'
    })
    await expect(load()).rejects.toThrow('offline')
    expect(await load()).toBe('here')
    expect(await load()).toBe('here')
    expect(calls).toBe(2)
  })
})
