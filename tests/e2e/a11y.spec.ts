import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, type Page, test } from '@playwright/test'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** axe-core on the page as it is; serious and critical violations only. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }
    ).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    )
}

test.describe('accessibility (axe-core): no serious or critical violations', () => {
  test('the empty lab', async ({ page }) => {
    await page.goto('/')
    expect(await seriousViolations(page)).toEqual([])
  })

  test('the seed scenario with the inspector open', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: /Load the example/ }).click()
    await page.getByTestId('container-suspicious_fermat').click()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('tab', { name: 'iptables' }).click()
    expect(await seriousViolations(page)).toEqual([])
  })

  test('a packet walk', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: /Load the example/ }).click()
    await page.getByRole('tab', { name: 'Packets' }).click()
    expect(await seriousViolations(page)).toEqual([])
  })

  test('the dark theme', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' })
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('button', { name: /Load the example/ }).click()
    await page.getByTestId('container-redis').click()
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })
})
