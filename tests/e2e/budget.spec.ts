import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'

/**
 * The first load's JavaScript stays within 1.3× a bare React + React Flow + zustand page: 128.2 kB gzip
 * with the versions in package-lock.json, as `npm run bench` measures it (docs/benchmarks.md). A size, not a
 * time: the same on every machine. When a dependency update moves the bare page, measure it again here.
 */
const BARE_JS_GZIP = 128_200
const BUDGET = 1.3 * BARE_JS_GZIP

test('the JavaScript the first load needs stays within its budget', async ({ page }) => {
  const dist = join(process.cwd(), 'dist')
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const scripts = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) => m[1] ?? '')
  expect(scripts.length).toBeGreaterThan(0)
  const gzip = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0)
  expect(gzip, `first-load JS ${(gzip / 1000).toFixed(1)} kB gzip in ${scripts.length} files`).toBeLessThanOrEqual(
    BUDGET,
  )

  // And the page opened without a link fetches no more script than index.html names before it is drawn:
  // the parts loaded on demand (share codec, import/export, packet walk…) stay out of it.
  const fetched: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') fetched.push(new URL(r.url()).pathname.split('/').pop() ?? '')
  })
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'docker0 canvas' })).toBeVisible()
  const named = scripts.map((s) => s.split('/').pop())
  expect(fetched.slice(0, named.length).sort()).toEqual([...named].sort())
  for (const part of ['share-', 'InOut-', 'PacketsPanel-', 'zh-']) {
    expect(
      fetched.some((f) => f.startsWith(part)),
      part,
    ).toBe(false)
  }
})
