import { expect, test } from '@playwright/test'
import { center, dropImage, linesOf, pointerDrag, SEED_FORWARD, watchErrors } from './helpers'

test('the page loads with an inviting empty canvas', async ({ page }, testInfo) => {
  const noErrors = watchErrors(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { name: /Link Lab/ })).toBeVisible()
  await expect(page.getByText('An empty docker0 bridge.')).toBeVisible()
  await expect(page.getByRole('img', { name: 'Bridge docker0 172.17.42.1/16' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('empty.png') })
  noErrors()
})

test('drag the seed’s two images, link them as db, and read the seed’s listing', async ({ page }, testInfo) => {
  const noErrors = watchErrors(page)
  await page.goto('/')
  await dropImage(page, 'crosbymichael-redis', 0.65, 0.3)
  await dropImage(page, 'ubuntu', 0.2, 0.3)
  const nodes = page.locator('.react-flow__node')
  await expect(nodes).toHaveCount(2)
  const client = nodes.nth(1)
  const clientName = (await client.locator('.container-node__name').textContent()) ?? ''
  expect(clientName).toMatch(/^[a-z]+_[a-z]+$/)

  // Drag from the client's right handle (parent) to redis's left handle (child).
  await pointerDrag(
    page,
    await center(client.locator('.react-flow__handle.source')),
    await center(nodes.nth(0).locator('.react-flow__handle.target')),
  )
  const alias = page.getByTestId('alias-input')
  await expect(alias).toBeVisible()
  await alias.fill('db')
  await alias.press('Enter')
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  await expect(page.getByTestId('link-label-0')).toHaveText('db')

  await page.getByRole('combobox', { name: 'Container' }).selectOption({ label: `${clientName} (172.17.0.3)` })
  const env = page.getByRole('tabpanel', { name: 'Environment' })
  expect(await linesOf(env)).toEqual([
    'DB_PORT=tcp://172.17.0.2:6379',
    'DB_PORT_6379_TCP=tcp://172.17.0.2:6379',
    'DB_PORT_6379_TCP_ADDR=172.17.0.2',
    'DB_PORT_6379_TCP_PORT=6379',
    'DB_PORT_6379_TCP_PROTO=tcp',
    `DB_NAME=/${clientName}/db`,
  ])

  await page.getByRole('tab', { name: 'iptables' }).click()
  const filter = page.getByTestId('iptables-filter')
  expect((await linesOf(filter)).filter((l) => l.startsWith('-A FORWARD'))).toEqual(SEED_FORWARD)
  await page.screenshot({ path: testInfo.outputPath('seed.png') })
  noErrors()
})

test('switching era and --icc changes the listings', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByRole('tab', { name: 'iptables' }).click()
  const filter = page.getByTestId('iptables-filter')
  await expect(filter).toContainText('--sport 6379')

  await page.getByRole('combobox', { name: 'Docker' }).selectOption('20.10')
  await expect(page.getByText('libnetwork: bridge 172.17.0.1')).toBeVisible()
  await expect(filter).toContainText('-N DOCKER-USER')
  // the link's rules are gone (struck through as removed, no longer in the listing)
  await expect.poll(async () => (await linesOf(filter)).some((l) => l.includes('6379'))).toBe(false)
  await expect(filter.locator('.line.is-removed')).not.toHaveCount(0)
  await expect(page.getByRole('img', { name: 'Bridge docker0 172.17.0.1/16' })).toBeVisible()

  await page.getByRole('checkbox', { name: '--icc' }).uncheck()
  await expect(filter).toContainText('-A FORWARD -i docker0 -o docker0 -j DROP')
  await expect(filter).toContainText(
    '-A DOCKER -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
  )

  await page.getByRole('combobox', { name: 'Docker' }).selectOption('29')
  await page.getByRole('combobox', { name: 'Container' }).selectOption({ label: 'suspicious_fermat (172.17.0.3)' })
  await page.getByRole('tab', { name: 'Environment' }).click()
  await expect(page.getByText(/Docker 29 sets no link variables unless/)).toBeVisible()
  await page.getByRole('checkbox', { name: 'keep link env' }).check()
  await expect(page.getByRole('tabpanel', { name: 'Environment' })).toContainText('DB_PORT=tcp://172.17.0.2:6379')
})

test('a refusal shows docker’s message, and choosing it selects the culprit', async ({ page }, testInfo) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByTestId('container-redis').click()
  const ports = page.getByLabel('Exposed ports (one per line)')
  await ports.fill('99999/tcp')
  await expect(page.getByText('Docker 0.10 refuses 99999/tcp: Invalid containerPort: 99999')).toBeVisible()
  await expect(page.getByTestId('container-redis')).toContainText('Invalid containerPort: 99999')
  await page.getByRole('tab', { name: /Problems/ }).click()
  const problems = page.getByRole('tabpanel', { name: /Problems/ })
  await expect(problems).toContainText('Invalid containerPort: 99999')
  await expect(problems).toContainText('Could not find entity for redis')
  await page.screenshot({ path: testInfo.outputPath('refusal.png') })
  await problems.getByRole('button', { name: /Could not find entity for redis/ }).click()
  await expect(page.getByRole('region', { name: 'Link suspicious_fermat to redis' })).toBeVisible()
})

test('a link that would make a cycle is refused with an explanation', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByTestId('container-redis').click()
  const form = page.getByRole('form', { name: 'Add a link from redis' })
  await form.getByLabel('Alias').fill('back')
  await form.getByRole('button', { name: 'Add link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'would be a cycle' })).toContainText(
    'redis → suspicious_fermat → redis would be a cycle',
  )
})

test('every step works from the keyboard', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('palette-crosbymichael-redis').focus()
  await page.keyboard.press('Enter')
  await page.getByTestId('palette-ubuntu').focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('.react-flow__node')).toHaveCount(2)
  // The new ubuntu container is selected: link it from the inspector.
  const form = page.getByRole('form', { name: /Add a link from / })
  await form.getByLabel('Alias').focus()
  await page.keyboard.type('db')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('tabpanel', { name: 'Environment' })).toContainText('DB_PORT=tcp://172.17.0.2:6379')
  // Delete the link's parent from the canvas with the keyboard.
  await page.locator('.react-flow__node').nth(1).focus()
  await page.keyboard.press('Delete')
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
  await expect(page.locator('.react-flow__edge')).toHaveCount(0)
})

test('on a narrow screen the panels stack under the canvas; dark mode follows the system', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, colorScheme: 'dark' })
  const page = await context.newPage()
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  const canvas = await page.locator('.canvas').boundingBox()
  const side = await page.getByRole('complementary', { name: 'What Docker does' }).boundingBox()
  expect(side && canvas && side.y >= canvas.y + canvas.height - 1).toBe(true)
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).toBe('rgb(15, 17, 21)')
  await page.screenshot({ path: testInfo.outputPath('narrow-dark.png'), fullPage: true })
  await context.close()
})
