import { expect, test } from '@playwright/test'
import { linesOf, SEED_FORWARD, watchErrors } from './helpers'

test('importing the seed’s two commands gives the seed’s listing', async ({ page }) => {
  const noErrors = watchErrors(page)
  await page.goto('/')
  await page.getByRole('button', { name: 'Import / Export' }).click()
  await page
    .getByLabel(/Paste a shell session/)
    .fill(
      '$ sudo docker run -d --name redis crosbymichael/redis\n$ sudo docker run -t -i --link redis:db ubuntu bash\n',
    )
  await page.getByRole('button', { name: 'Read it' }).click()
  const result = page.getByRole('status').filter({ hasText: 'Read as docker run' })
  await expect(result).toContainText('2 containers, 1 link, Docker 0.10')
  await expect(result).toContainText('line 2: -t')
  await page.getByRole('button', { name: 'Open it' }).click()
  await expect(page.locator('.react-flow__node')).toHaveCount(2)
  await page.getByRole('tab', { name: 'iptables' }).click()
  expect((await linesOf(page.getByTestId('iptables-filter'))).filter((l) => l.startsWith('-A FORWARD'))).toEqual(
    SEED_FORWARD,
  )
  const client = (await page.locator('.container-node__name').allTextContents())[1]
  await page.getByRole('combobox', { name: 'Container' }).selectOption({ label: `${client} (172.17.0.3)` })
  await page.getByRole('tab', { name: 'Environment' }).click()
  expect(await linesOf(page.getByRole('tabpanel', { name: 'Environment' }))).toEqual([
    'DB_PORT=tcp://172.17.0.2:6379',
    'DB_PORT_6379_TCP=tcp://172.17.0.2:6379',
    'DB_PORT_6379_TCP_ADDR=172.17.0.2',
    'DB_PORT_6379_TCP_PORT=6379',
    'DB_PORT_6379_TCP_PROTO=tcp',
    `DB_NAME=/${client}/db`,
  ])
  noErrors()
})

test('an import error points at the line and the word, and the workspace stays', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByRole('button', { name: 'Import / Export' }).click()
  await page
    .getByLabel(/Paste a shell session/)
    .fill('docker run -d --name a1 busybox\ndocker run --frobnicate x busybox')
  await page.getByRole('button', { name: 'Read it' }).click()
  await expect(page.getByRole('alert')).toContainText('line 2')
  await expect(page.getByRole('alert')).toContainText('--frobnicate')
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(page.locator('.react-flow__node')).toHaveCount(2)
})

for (const format of ['Shell script (docker run)', 'Compose file', 'Scenario JSON']) {
  test(`export as ${format}, import it back: the same scenario`, async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Presets' }).click()
    await page.getByRole('button', { name: /web → app → db/ }).click()
    await page.getByRole('tab', { name: 'iptables' }).click()
    const before = await linesOf(page.getByTestId('iptables-filter'))
    await page.getByRole('button', { name: 'Import / Export' }).click()
    await page.getByRole('radio', { name: 'Export' }).check()
    await page.getByRole('combobox', { name: 'Format' }).selectOption({ label: format })
    const text = await page.getByTestId('export-text').inputValue()
    expect(text.length).toBeGreaterThan(50)
    await page.getByRole('radio', { name: 'Import' }).check()
    // a script carries its era in a comment only: import it in the same era
    await page.getByLabel(/Paste a shell session/).fill(text)
    await page.getByRole('button', { name: 'Read it' }).click()
    await page.getByRole('button', { name: 'Open it' }).click()
    await expect(page.locator('.react-flow__node')).toHaveCount(3)
    expect(await linesOf(page.getByTestId('iptables-filter'))).toEqual(before)
  })
}

test('the canvas downloads as an SVG', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByRole('button', { name: 'Import / Export' }).click()
  await page.getByRole('radio', { name: 'Export' }).check()
  await page.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'The canvas as SVG' })
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download link-lab.svg' }).click()
  expect((await download).suggestedFilename()).toBe('link-lab.svg')
})
