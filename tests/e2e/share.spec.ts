import { expect, test } from '@playwright/test'
import { watchErrors } from './helpers'

test('a share link moves a scenario to another browser: same canvas, same listings', async ({ page, browser }) => {
  const noErrors = watchErrors(page)
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByRole('combobox', { name: 'Docker' }).selectOption('1.0')
  await page.getByRole('button', { name: 'Share' }).click()
  const url = await page.getByTestId('share-url').inputValue()
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=1/)
  await expect(page.getByText(/characters after the #/)).toBeVisible()

  const other = await browser.newContext()
  const fresh = await other.newPage()
  const freshErrors = watchErrors(fresh)
  await fresh.goto(url)
  await expect(fresh.locator('.react-flow__node')).toHaveCount(2)
  await expect(fresh.getByRole('combobox', { name: 'Docker' })).toHaveValue('1.0')
  await expect(fresh.getByTestId('container-redis')).toContainText('172.17.0.2')
  await fresh.getByRole('combobox', { name: 'Container' }).selectOption({ label: 'suspicious_fermat (172.17.0.3)' })
  await fresh.getByRole('tab', { name: '/etc/hosts' }).click()
  await expect(fresh.getByRole('tabpanel', { name: '/etc/hosts' })).toContainText('172.17.0.2\tdb')
  // Same positions as in the first browser.
  const a = await page.getByTestId('container-redis').boundingBox()
  const b = await fresh.getByTestId('container-redis').boundingBox()
  expect(Math.round(b?.x ?? 0)).toBe(Math.round(a?.x ?? 1))
  // The link is read once; the address bar no longer carries it.
  expect(new URL(fresh.url()).hash).toBe('')
  freshErrors()
  await other.close()
  noErrors()
})

test.describe('broken links show a message and the user’s own work', () => {
  const broken: [string, string][] = [
    ['a cut-short link', '#s=1zLYtBCoAgEAD_sueljKDoLYtEm'],
    ['a tampered link', '#s=1z!!!notbase64'],
    ['a link from a newer Link Lab', '#s=7zAAAA'],
    ['a link with no scenario', '#hello'],
  ]
  for (const [what, hash] of broken) {
    test(what, async ({ page }) => {
      const noErrors = watchErrors(page)
      await page.goto('/')
      await page.getByRole('button', { name: /Load the example/ }).click()
      await page.waitForTimeout(400) // autosave
      await page.goto(`/${hash}`)
      await page.reload()
      await expect(page.getByRole('alert')).toContainText('This share link cannot be opened')
      await expect(page.locator('.react-flow__node')).toHaveCount(2)
      await expect(page.getByTestId('container-redis')).toBeVisible()
      noErrors()
    })
  }
})

test('opening a shared scenario keeps the user’s own work one click away', async ({ page }) => {
  // Someone else's scenario: the classic example, as a share link.
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByRole('button', { name: 'Share' }).click()
  const shared = await page.getByTestId('share-url').inputValue()
  // The user's own work: one postgres.
  await page.getByRole('button', { name: 'Undo' }).click()
  await page.getByTestId('palette-postgres').click()
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
  await page.waitForTimeout(400)

  await page.goto('about:blank')
  await page.goto(shared)
  await expect(page.getByTestId('container-redis')).toBeVisible()
  await expect(page.getByText('You opened a shared scenario. Your work was kept.')).toBeVisible()
  await page.getByRole('button', { name: 'Restore it' }).click()
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
  await expect(page.locator('.container-node__image')).toHaveText('postgres:17')
  // …and the shared scenario is one undo away.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('container-redis')).toBeVisible()
})

test('a share link pasted into the same tab opens too', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByRole('button', { name: 'Share' }).click()
  const shared = await page.getByTestId('share-url').inputValue()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.locator('.react-flow__node')).toHaveCount(0)
  await page.goto(shared)
  await expect(page.locator('.react-flow__node')).toHaveCount(2)
})

test('autosave brings back exactly the canvas after a reload', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByTestId('container-redis').click()
  await page.getByLabel('Image', { exact: true }).fill('redis:2.8')
  await page.getByLabel('Image', { exact: true }).press('Enter')
  await page.getByRole('checkbox', { name: '--icc' }).uncheck()
  const before = await page.getByTestId('container-redis').boundingBox()
  await page.waitForTimeout(400)
  await page.reload()
  await expect(page.getByTestId('container-redis')).toContainText('redis:2.8')
  await expect(page.getByRole('checkbox', { name: '--icc' })).not.toBeChecked()
  const after = await page.getByTestId('container-redis').boundingBox()
  expect(Math.round(after?.x ?? 0)).toBe(Math.round(before?.x ?? 1))
})

test('storage that is corrupted gives a message and a working app', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.setItem('link-lab:work:v1', '{"version":1,"containers":[{"name":5}]}'))
  await page.reload()
  await expect(page.getByRole('alert')).toContainText('Your saved work could not be read')
  await page.getByTestId('palette-redis').click()
  await expect(page.locator('.react-flow__node')).toHaveCount(1)
})
