import { expect, test } from '@playwright/test'
import { parseScenario } from '../../src/core'
import { encodeShare } from '../../src/core/share'
import { watchErrors } from './helpers'

/** Count CSP violations from the very first script on. */
async function watchCsp(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] }
    w.cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
}

test('the built app runs under a strict CSP and sends no request off the page’s origin', async ({ page }) => {
  const noErrors = watchErrors(page)
  const violations = await watchCsp(page)
  const foreign: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:')
      foreign.push(r.url())
  })
  await page.goto('/')
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe')
  // Use the app: every panel, the packet walk, the import dialog (loaded on demand), an export.
  await page.getByRole('button', { name: /Load the example/ }).click()
  for (const tab of ['Environment', '/etc/hosts', 'iptables', 'Packets', 'Problems'])
    await page.getByRole('tab', { name: tab }).click()
  await page.getByRole('button', { name: 'Import / Export' }).click()
  await page.getByRole('radio', { name: 'Export' }).check()
  await page.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Compose file' })
  await expect(page.getByTestId('export-text')).toHaveValue(/services:/)
  expect(await violations()).toEqual([])
  expect(foreign).toEqual([])
  noErrors()
  // An inline script (what an injection would need) is refused by the policy.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.injected = true'
    document.head.append(script)
    await new Promise((r) => setTimeout(r, 50))
    return (window as unknown as { injected?: boolean }).injected === true
  })
  expect(ran).toBe(false)
  expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true)
})

test('hostile names and values in a shared link are shown as text and run nothing', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>'
  const parsed = parseScenario({
    version: 1,
    containers: [
      { name: hostile, image: '"><script>alert(2)</script>', expose: ['6379'], env: [`EVIL=${hostile}`] },
      { name: 'client', image: 'javascript:alert(3)' },
    ],
    links: [{ parent: 'client', child: hostile, alias: '"><svg onload=alert(4)>' }],
  })
  if (!parsed.ok) throw new Error(parsed.problem)
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const violations = await watchCsp(page)
  await page.goto(`/#${encodeShare(parsed.value)}`)
  await expect(page.getByTestId(`container-${hostile}`)).toContainText(hostile)
  await expect(page.getByText('"><script>alert(2)</script>')).toBeVisible()
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await expect(page.locator('svg[onload]')).toHaveCount(0)
  await page.getByRole('combobox', { name: 'Container' }).selectOption({ label: 'client (not running)' })
  await page.getByRole('tab', { name: 'Problems' }).click()
  await expect(page.getByRole('tabpanel', { name: /Problems/ })).toContainText(`Invalid container name (${hostile})`)
  await page.waitForTimeout(300)
  expect(dialogs).toEqual([])
  expect(await violations()).toEqual([])
})
