import { expect, type Page, test } from '@playwright/test'
import { linesOf, watchErrors } from './helpers'

async function example(page: Page, era: string) {
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByRole('combobox', { name: 'Docker' }).selectOption(era)
}

test('publishing a port adds its DNAT and ACCEPT rules', async ({ page }, testInfo) => {
  const noErrors = watchErrors(page)
  await example(page, '20.10')
  await page.getByTestId('container-redis').click()
  await page.getByLabel('Published ports (-p, one per line)').fill('6380:6379')
  await expect(page.getByTestId('container-redis')).toContainText('-p 6380:6379')
  await page.getByRole('tab', { name: 'iptables' }).click()
  expect(await linesOf(page.getByTestId('iptables-nat'))).toContain(
    '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 6380 -j DNAT --to-destination 172.17.0.2:6379',
  )
  expect(await linesOf(page.getByTestId('iptables-filter'))).toContain(
    '-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
  )
  // …marked as added by that edit
  await expect(page.getByTestId('iptables-nat').locator('.line.is-added')).toHaveCount(2)
  await page.screenshot({ path: testInfo.outputPath('publish.png') })
  noErrors()
})

test('Docker 1.0: restarting the child leaves the parent’s variables, hosts line and rules stale', async ({
  page,
}, testInfo) => {
  await example(page, '1.0')
  // A third container takes the next address, so redis comes back elsewhere.
  await page.getByTestId('container-redis').click()
  await page.getByRole('button', { name: 'docker restart' }).click()
  await expect(page.getByTestId('container-redis')).toContainText('172.17.0.4')
  await expect(page.getByTestId('link-label-0')).toContainText('stale')
  await page.getByRole('combobox', { name: 'Container' }).selectOption({ label: 'suspicious_fermat (172.17.0.3)' })
  const env = page.getByRole('tabpanel', { name: 'Environment' })
  await expect(env.getByRole('note')).toContainText('DB_PORT says 172.17.0.2, redis is now 172.17.0.4')
  expect(await linesOf(env)).toContain('DB_PORT=tcp://172.17.0.2:6379')
  await page.getByRole('tab', { name: '/etc/hosts' }).click()
  await expect(page.getByRole('tabpanel', { name: '/etc/hosts' })).toContainText('172.17.0.2\tdb')
  await expect(page.getByRole('tabpanel', { name: '/etc/hosts' })).toContainText('stale')
  await page.getByRole('tab', { name: 'iptables' }).click()
  await expect(page.getByTestId('iptables-filter').locator('.line.is-stale')).toHaveCount(2)
  await page.screenshot({ path: testInfo.outputPath('stale-1.0.png') })

  // Step back through the timeline: before the restart, nothing was stale.
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(timeline.getByRole('listitem')).toHaveCount(3)
  await timeline.getByRole('button', { name: 'Step back' }).click()
  await expect(timeline).toContainText('After step 2 of 3')
  await expect(page.getByTestId('container-redis')).toContainText('172.17.0.2')
  await expect(page.getByTestId('iptables-filter').locator('.line.is-stale')).toHaveCount(0)
  await timeline.getByRole('button', { name: 'Step back' }).click()
  await expect(page.getByTestId('container-suspicious_fermat')).toContainText('not run yet')
  await timeline.getByRole('button', { name: 'Step forward' }).click()
  await timeline.getByRole('button', { name: 'Step forward' }).click()
  await expect(timeline).toContainText('After every step')
  await expect(page.getByTestId('container-redis')).toContainText('172.17.0.4')
})

test('Docker 20.10: the hosts line follows a restarted child, the variables do not', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('palette-busybox').click()
  await page.getByRole('button', { name: /Load the example/ }).isHidden()
  // busybox first (takes .2), then the example's two containers through the keyboard form
  await page.getByTestId('palette-crosbymichael-redis').click()
  await page.getByTestId('palette-ubuntu').click()
  await page.getByRole('combobox', { name: 'Docker' }).selectOption('20.10')
  const names = await page.locator('.container-node__name').allTextContents()
  const [box, redis, client] = names as [string, string, string]
  const form = page.getByRole('form', { name: /Add a link from / })
  await form.getByLabel('Child').selectOption(redis)
  await form.getByLabel('Alias').fill('db')
  await form.getByRole('button', { name: 'Add link' }).click()
  // stop busybox (frees .2), restart redis (takes .2)
  await page.getByTestId(`container-${box}`).click()
  await page.getByRole('button', { name: 'docker stop' }).click()
  await page.getByTestId(`container-${redis}`).click()
  await page.getByRole('button', { name: 'docker restart' }).click()
  await expect(page.getByTestId(`container-${redis}`)).toContainText('172.17.0.2')
  await page.getByRole('combobox', { name: 'Container' }).selectOption({ label: `${client} (172.17.0.4)` })
  await expect(page.getByRole('tabpanel', { name: 'Environment' }).getByRole('note')).toContainText(
    `DB_PORT says 172.17.0.3, ${redis} is now 172.17.0.2`,
  )
  await page.getByRole('tab', { name: '/etc/hosts' }).click()
  const hosts = page.getByRole('tabpanel', { name: '/etc/hosts' })
  await expect(hosts).toContainText('172.17.0.2\tdb')
  await expect(hosts).toContainText('rewritten by docker when the child came back')
})

test('an edit marks exactly the lines it added, and says so', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('palette-crosbymichael-redis').click()
  await page.getByTestId('palette-ubuntu').click()
  const form = page.getByRole('form', { name: /Add a link from / })
  await form.getByLabel('Alias').fill('db')
  await form.getByRole('button', { name: 'Add link' }).click()
  const env = page.getByRole('tabpanel', { name: 'Environment' })
  await expect(env.locator('.line.is-added')).toHaveCount(6)
  const client = (await page.locator('.container-node__name').allTextContents())[1]
  await expect(page.getByRole('status', { name: 'Last change' })).toHaveText(
    `Last change: +6 variables in ${client}, +2 FORWARD rules`,
  )
  await page.getByRole('tab', { name: 'iptables' }).click()
  await page.getByTestId('iptables-filter').waitFor()
  const added = await page.getByTestId('iptables-filter').locator('.line.is-added .text').allTextContents()
  expect(added).toEqual([
    '-A FORWARD -s 172.17.0.2/32 -d 172.17.0.3/32 -i docker0 -o docker0 -p tcp -m tcp --sport 6379 -j ACCEPT',
    '-A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
  ])
  // Undo shows the reverse.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('iptables-filter').locator('.line.is-removed')).toHaveCount(2)
})

test('a container’s menu on the canvas stops, starts and restarts it, by mouse and by keyboard', async ({
  page,
}, testInfo) => {
  const noErrors = watchErrors(page)
  await example(page, '20.10')
  const timeline = page.getByRole('region', { name: 'Timeline' })

  // Right click → docker stop redis
  await page.getByTestId('container-redis').click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'Container redis' })
  await expect(menu.getByRole('menuitem', { name: 'docker start redis' })).toBeDisabled()
  await expect(menu.getByRole('menuitem', { name: 'docker stop redis' })).toBeFocused()
  await page.screenshot({ path: testInfo.outputPath('menu.png') })
  await menu.getByRole('menuitem', { name: 'docker stop redis' }).click()
  await expect(menu).toBeHidden()
  await expect(timeline.getByRole('listitem').last()).toContainText('stop redis')
  await expect(page.getByTestId('container-redis')).toContainText('stopped')

  // Keyboard: focus the card, Shift+F10, arrow to "docker start", Enter.
  const card = page.locator('.react-flow__node', { has: page.getByTestId('container-redis') })
  await card.focus()
  await page.keyboard.press('Shift+F10')
  await expect(menu.getByRole('menuitem', { name: 'docker stop redis' })).toBeDisabled()
  await expect(menu.getByRole('menuitem', { name: 'docker start redis' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: 'docker restart redis' })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(menu).toBeHidden()
  await expect(card).toBeFocused()
  await expect(timeline.getByRole('listitem').last()).toContainText('start redis')
  await expect(page.getByTestId('container-redis')).toContainText('172.17.0.2')

  // Escape closes without doing anything, and gives focus back to the card.
  await page.keyboard.press('Shift+F10')
  await expect(menu).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(card).toBeFocused()
  await expect(timeline.getByRole('listitem')).toHaveCount(4)
  noErrors()
})
