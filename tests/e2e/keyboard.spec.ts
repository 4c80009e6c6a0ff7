import { expect, type Page, test } from '@playwright/test'
import { linesOf, SEED_FORWARD } from './helpers'

/** Press Tab until the focused element matches `selector` (and contains `text`), at most `max` presses. */
async function tabTo(page: Page, selector: string, text = '', max = 250) {
  for (let i = 0; i < max; i++) {
    const here = await page.evaluate(
      ([s, t]) =>
        (document.activeElement?.matches(s) ?? false) && (document.activeElement?.textContent ?? '').includes(t),
      [selector, text] as const,
    )
    if (here) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${selector} ${text}`)
}

test('the seed scenario built and read with the keyboard alone', async ({ page }, testInfo) => {
  await page.goto('/')
  // Two containers from the palette: focus, Enter.
  await tabTo(page, '[data-testid="palette-crosbymichael-redis"]')
  await page.keyboard.press('Enter')
  await tabTo(page, '[data-testid="palette-ubuntu"]')
  await page.keyboard.press('Enter')
  await expect(page.locator('.react-flow__node')).toHaveCount(2)
  const [redis, client] = (await page.locator('.container-node__name').allTextContents()) as [string, string]

  // The new container is selected: link it from the inspector's form (its child defaults to the other one).
  await tabTo(page, 'form[aria-label^="Add a link from"] select')
  await expect(page.locator('form[aria-label^="Add a link from"] select')).toHaveValue(redis)
  await page.keyboard.press('Tab')
  await page.keyboard.type('db')
  await page.keyboard.press('Enter')

  // Environment is the open tab: the six DB_* variables.
  expect(await linesOf(page.getByRole('tabpanel', { name: 'Environment' }))).toEqual([
    'DB_PORT=tcp://172.17.0.2:6379',
    'DB_PORT_6379_TCP=tcp://172.17.0.2:6379',
    'DB_PORT_6379_TCP_ADDR=172.17.0.2',
    'DB_PORT_6379_TCP_PORT=6379',
    'DB_PORT_6379_TCP_PROTO=tcp',
    `DB_NAME=/${client}/db`,
  ])

  // To the listings' tabs, then the arrow keys to "iptables".
  await tabTo(page, '[role="tab"][aria-selected="true"]')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'iptables' })).toBeFocused()
  expect((await linesOf(page.getByTestId('iptables-filter'))).filter((l) => l.startsWith('-A FORWARD'))).toEqual(
    SEED_FORWARD,
  )

  // Focus a rule with Tab: the why box explains it.
  await tabTo(page, '[data-testid="iptables-filter"] .line[tabindex]', '--dport 6379')
  await expect(page.locator('#why-this-line')).toContainText(
    `Lets ${client} (172.17.0.3) reach ${redis}’s port 6379/tcp`,
  )
  await page.screenshot({ path: testInfo.outputPath('keyboard.png') })
})
