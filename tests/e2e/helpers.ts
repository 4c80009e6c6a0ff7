import { expect, type Locator, type Page } from '@playwright/test'

export async function center(locator: Locator) {
  const box = await locator.boundingBox()
  if (!box) throw new Error('element not visible')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** Pointer drag with intermediate moves: React Flow's connection line and node drag need several move events. */
export async function pointerDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 })
  await page.mouse.move(to.x, to.y, { steps: 15 })
  await page.mouse.up()
}

/** Drag an image from the palette onto the canvas at (fx, fy), fractions of the canvas size. */
export async function dropImage(page: Page, id: string, fx: number, fy: number) {
  const canvas = page.getByRole('region', { name: 'docker0 canvas' })
  const box = await canvas.boundingBox()
  if (!box) throw new Error('no canvas')
  await page.getByTestId(`palette-${id}`).dragTo(canvas, { targetPosition: { x: box.width * fx, y: box.height * fy } })
}

/** Collect page errors and console errors; assert none at the end. */
export function watchErrors(page: Page): () => void {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  return () => expect(errors).toEqual([])
}

/**
 * Docker's text of a listing's current lines (`.line .text`), removed lines left out. Waits for the
 * listing first: all but Environment are parts of the page that may still be arriving.
 */
export async function linesOf(locator: Locator): Promise<string[]> {
  await locator.waitFor()
  return locator.locator('.line:not(.is-removed) .text').allTextContents()
}

export const SEED_FORWARD = [
  '-A FORWARD -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --sport 6379 -j ACCEPT',
  '-A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
  '-A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
  '-A FORWARD -i docker0 ! -o docker0 -j ACCEPT',
  '-A FORWARD -i docker0 -o docker0 -j ACCEPT',
]
