import { expect, test } from '@playwright/test'
import { center, pointerDrag } from './helpers'

test('undo and redo every kind of edit, with buttons and keys', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  const nodes = page.locator('.react-flow__node')
  const undo = page.getByRole('button', { name: 'Undo' })
  const redo = page.getByRole('button', { name: 'Redo' })

  // add a container
  await page.getByTestId('palette-nginx').click()
  await expect(nodes).toHaveCount(3)
  await undo.click()
  await expect(nodes).toHaveCount(2)
  await redo.click()
  await expect(nodes).toHaveCount(3)

  // a daemon setting
  await page.getByRole('checkbox', { name: '--icc' }).uncheck()
  await page.locator('.react-flow__pane').click()
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('checkbox', { name: '--icc' })).toBeChecked()
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByRole('checkbox', { name: '--icc' })).not.toBeChecked()

  // a drag is one step
  const redis = page.getByTestId('container-redis')
  const start = await redis.boundingBox()
  const grip = await center(redis.locator('.container-node__name'))
  await pointerDrag(page, grip, { x: grip.x + 120, y: grip.y + 60 })
  await expect
    .poll(async () => Math.round((await redis.boundingBox())?.x ?? 0))
    .toBeGreaterThan(Math.round((start?.x ?? 0) + 80))
  await undo.click()
  await expect.poll(async () => Math.round((await redis.boundingBox())?.x ?? 0)).toBe(Math.round(start?.x ?? 0))

  // an era switch
  await page.getByRole('combobox', { name: 'Docker' }).selectOption('28')
  await undo.click()
  await expect(page.getByRole('combobox', { name: 'Docker' })).toHaveValue('0.10')

  // removing a link, then a container
  await page.getByTestId('link-label-0').click()
  await page.getByRole('button', { name: 'Remove this link' }).click()
  await expect(page.locator('.react-flow__edge')).toHaveCount(0)
  await undo.click()
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  await redis.click()
  await page.getByRole('button', { name: 'Remove redis' }).click()
  await expect(nodes).toHaveCount(2)
  await undo.click()
  await expect(nodes).toHaveCount(3)
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
})
