import { expect, test } from '@playwright/test'
import { type Io, main } from '../../src/cli/derive'

/** Run `derive` in this process on a scenario given as stdin; returns stdout. */
async function derive(argv: string[], stdin: string): Promise<string> {
  let out = ''
  const io: Io = {
    readFile: async () => {
      throw new Error('no files here')
    },
    readStdin: async () => stdin,
    stdout: (text) => {
      out += text
    },
    stderr: () => {},
  }
  expect(await main(argv, io)).toBe(0)
  return out
}

test('derive --format url and the app make the same link for the same scenario', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Presets' }).click()
  await page.getByRole('button', { name: /--icc=false lockdown/ }).click()
  // The scenario as the app holds it, positions included…
  await page.getByRole('button', { name: 'Import / Export' }).click()
  await page.getByRole('radio', { name: 'Export' }).check()
  await page.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'Scenario JSON' })
  const json = await page.getByTestId('export-text').inputValue()
  await page.getByRole('button', { name: 'Close' }).click()
  // …and the link the app shares for it.
  await page.getByRole('button', { name: 'Share' }).click()
  const shared = new URL(await page.getByTestId('share-url').inputValue())
  const cli = (await derive(['-', '--format', 'url'], json)).trim()
  expect(cli).toBe(`/${shared.hash}`)
})
