import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { deflateSync, strToU8 } from 'fflate'
import { parseScenario } from '../../src/core'
import { encodeBase64url } from '../../src/core/base64url'
import { encodeShare } from '../../src/core/share'
import { watchErrors } from './helpers'

const seedLink = (() => {
  const parsed = parseScenario({
    version: 1,
    containers: [{ name: 'redis', expose: ['6379'] }, { name: 'web' }],
    links: [{ parent: 'web', child: 'redis', alias: 'db' }],
  })
  if (!parsed.ok) throw new Error(parsed.problem)
  return encodeShare(parsed.value)
})()
const j = (text: string) => `s=1j${encodeBase64url(strToU8(text))}`
const z = (text: string) => `s=1z${encodeBase64url(deflateSync(strToU8(text)))}`

/** Twenty ways a link arrives broken: cut, changed, foreign, hostile, huge. */
const BROKEN: [string, string][] = [
  ['cut in half', seedLink.slice(0, Math.floor(seedLink.length / 2))],
  ['cut by one character', seedLink.slice(0, -1)],
  ['one character changed', `${seedLink.slice(0, 20)}${seedLink[20] === 'A' ? 'B' : 'A'}${seedLink.slice(21)}`],
  ['not base64', 's=1z@@@@'],
  ['an unknown codec', `s=1q${seedLink.slice(4)}`],
  ['a newer format', `s=2${seedLink.slice(3)}`],
  ['an empty scenario part', 's='],
  ['no scenario parameter', 'mode=edit'],
  ['only a hash', ''],
  ['JSON that is not a scenario', j('{"hello":"world"}')],
  ['JSON with the wrong types', j('["0.10",{},[[1,2,3]],[]]')],
  ['an unknown Docker era', j('["7.7",{},[],[]]')],
  ['a link to a container index that does not exist', j('["0.10",{},[["a1"]],[[0,9]]]')],
  ['not JSON at all', j('this is not json')],
  ['deeply nested JSON', j(`${'['.repeat(3000)}${']'.repeat(3000)}`)],
  ['__proto__ keys', j('{"__proto__":{"polluted":1},"version":1}')],
  ['a decompression bomb', `s=1z${encodeBase64url(deflateSync(new Uint8Array(20_000_000), { level: 9 }))}`],
  ['deflated garbage', z('[[[[[[')],
  ['a huge link', `s=1z${'A'.repeat(150_000)}`],
  ['a percent-encoded mess', 's=%E0%A4%A'],
]

test.describe('twenty kinds of broken links', () => {
  for (const [what, fragment] of BROKEN) {
    test(`${what}: a message, the saved work, no uncaught error`, async ({ page }) => {
      const noErrors = watchErrors(page)
      // the user's own work, autosaved
      await page.goto('/')
      await page.getByTestId('palette-postgres').click()
      await page.waitForTimeout(350)
      await page.goto('about:blank')
      await page.goto(`/#${fragment}`)
      await expect(page.locator('.react-flow__node')).toHaveCount(1)
      await expect(page.locator('.container-node__image')).toHaveText('postgres:17')
      if (fragment.startsWith('s='))
        await expect(page.getByRole('alert')).toContainText('This share link cannot be opened')
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      // the page still works
      await page.getByTestId('palette-redis').click()
      await expect(page.locator('.react-flow__node')).toHaveCount(2)
      noErrors()
    })
  }
})

test.describe('served from a sub-path of a static host', () => {
  let server: Server
  let base = ''
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url))
  const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
  test.beforeAll(async () => {
    server = createServer(async (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      if (!path.startsWith('/courses/docker/lab/')) {
        res.writeHead(404).end()
        return
      }
      const file = normalize(join(dist, path.slice('/courses/docker/lab/'.length) || 'index.html'))
      if (!file.startsWith(dist)) {
        res.writeHead(403).end()
        return
      }
      try {
        const body = await readFile(file)
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body)
      } catch {
        res.writeHead(404).end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/courses/docker/lab/`
  })
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  test('the production build works there, share links included', async ({ page }) => {
    const noErrors = watchErrors(page)
    await page.goto(`${base}#${seedLink}`)
    await expect(page.locator('.react-flow__node')).toHaveCount(2)
    await expect(page.getByTestId('container-redis')).toContainText('172.17.0.2')
    await page.getByRole('button', { name: 'Share' }).click()
    expect(await page.getByTestId('share-url').inputValue()).toMatch(/\/courses\/docker\/lab\/#s=1/)
    // the import dialog's chunk loads from the sub-path too
    await page.getByRole('button', { name: 'Import / Export' }).click()
    await expect(page.getByRole('dialog', { name: 'Import and export' })).toBeVisible()
    noErrors()
  })
})
