import { expect, test } from '@playwright/test'
import { watchErrors } from './helpers'

test('pointing at a rule says why it is there and lights up its link', async ({ page }, testInfo) => {
  const noErrors = watchErrors(page)
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByRole('tab', { name: 'iptables' }).click()
  const rule = page.getByTestId('iptables-filter').locator('.line').filter({ hasText: '--dport 6379' })
  await rule.hover()
  const why = page.getByRole('status').filter({ hasText: 'Lets suspicious_fermat' })
  await expect(why).toContainText(
    'Lets suspicious_fermat (172.17.0.3) reach redis’s port 6379/tcp (172.17.0.2): --link redis:db. Inserted at the top of FORWARD, so the newest link lists first',
  )
  await expect(why).toContainText('Docker 0.9.0 and later')
  await expect(page.locator('.link-edge.is-lit')).toHaveCount(1)
  await expect(page.getByTestId('container-redis')).toHaveClass(/is-lit/)
  await page.screenshot({ path: testInfo.outputPath('why.png') })

  // …and with the keyboard: focus a line, the explanation follows, and it describes the line.
  await page.getByTestId('iptables-filter').locator('.line').filter({ hasText: 'RELATED,ESTABLISHED' }).focus()
  await expect(page.locator('#why-this-line')).toContainText('Replies to connections already allowed')
  await expect(
    page.getByTestId('iptables-filter').locator('.line').filter({ hasText: 'RELATED,ESTABLISHED' }),
  ).toHaveAttribute('aria-describedby', 'why-this-line')

  // Pointing at the edge lights up every line it caused.
  await page.locator('.link-edge').first().hover({ force: true })
  await expect(page.getByTestId('iptables-filter').locator('.line.is-lit')).toHaveCount(2)
  noErrors()
})

test('a packet walk gives the verdict and the rule that decided, with --icc on and off', async ({ page }, testInfo) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByRole('tab', { name: 'Packets' }).click()
  await expect(page.getByTestId('request-verdict')).toHaveText(
    'ACCEPT by -A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
  )
  // with --icc=true the bridge's own ACCEPT would have let it through too
  await expect(page.getByRole('region', { name: 'The packet' })).toContainText(
    '-A FORWARD -i docker0 -o docker0 -j ACCEPT',
  )
  await expect(page.getByTestId('reply-verdict')).toContainText('--sport 6379 -j ACCEPT')

  // another port on the child: with --icc=false only a link rule lets a packet in
  await page.getByRole('checkbox', { name: '--icc' }).uncheck()
  await page.getByLabel('Port', { exact: true }).fill('6380')
  await expect(page.getByTestId('request-verdict')).toHaveText('DROP by -A FORWARD -i docker0 -o docker0 -j DROP')
  await page.getByLabel('Port', { exact: true }).fill('6379')
  await expect(page.getByTestId('request-verdict')).toContainText('ACCEPT by -A FORWARD -s 172.17.0.3/32')

  // Docker 20.10 with --icc=false: through FORWARD → DOCKER to the link pair
  await page.getByRole('combobox', { name: 'Docker' }).selectOption('20.10')
  await expect(page.getByTestId('request-verdict')).toHaveText(
    'ACCEPT by -A DOCKER -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
  )
  await expect(page.getByTestId('reply-verdict')).toContainText('RELATED,ESTABLISHED')

  // the matrix: the child cannot open a connection to its parent
  const matrix = page.getByRole('region', { name: 'Reachability' })
  await expect(matrix.getByRole('button', { name: 'suspicious_fermat to redis port 6379/tcp: accepted' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('packets.png'), fullPage: true })
})

test('comparing eras shows the diff before switching', async ({ page }, testInfo) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByRole('button', { name: 'Compare eras' }).click()
  const dialog = page.getByRole('dialog', { name: 'Docker 0.10 → 1.0' })
  await dialog.getByLabel('Compare with').selectOption('20.10')
  await expect(page.getByRole('dialog', { name: 'Docker 0.10 → 20.10' })).toBeVisible()
  const removed = await page.getByTestId('compare-filter').locator('.line.is-removed .text').allTextContents()
  expect(removed).toContain(
    '-A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
  )
  const added = await page.getByTestId('compare-filter').locator('.line.is-added .text').allTextContents()
  expect(added).toContain('-N DOCKER-USER')
  await page.screenshot({ path: testInfo.outputPath('compare.png') })
  await page.getByRole('button', { name: 'Switch to 20.10' }).click()
  await expect(page.getByRole('combobox', { name: 'Docker' })).toHaveValue('20.10')
})

test('the secrets lens calls out a password a link copies', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('palette-postgres').click()
  await page.getByLabel('Environment (KEY=VALUE, one per line)').fill('POSTGRES_PASSWORD=hunter2')
  await page.getByTestId('palette-ubuntu').click()
  const form = page.getByRole('form', { name: /Add a link from / })
  await form.getByLabel('Alias').fill('db')
  await form.getByRole('button', { name: 'Add link' }).click()
  const web = (await page.locator('.container-node__name').allTextContents())[1]
  await expect(page.getByTestId('link-label-0')).toContainText(`exposes POSTGRES_PASSWORD to ${web}`)
  await expect(page.getByRole('tabpanel', { name: 'Environment' }).locator('.line.is-secret')).toHaveText(
    /DB_ENV_POSTGRES_PASSWORD=hunter2/,
  )
})

test('a view-only link presents the scenario: no editing, large type, an "edit a copy" button', async ({
  page,
}, testInfo) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByRole('button', { name: 'Share' }).click()
  const url = new URL(await page.getByTestId('share-url').inputValue())
  await page.goto('about:blank')
  await page.goto(`${url.origin}${url.pathname}?mode=view${url.hash}`)
  await expect(page.locator('.app')).toHaveClass(/is-presenting/)
  await expect(page.getByRole('navigation', { name: 'Images' })).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: 'Docker' })).toBeDisabled()
  await page.getByRole('combobox', { name: 'Container' }).selectOption({ label: 'suspicious_fermat (172.17.0.3)' })
  await expect(page.getByRole('tabpanel', { name: 'Environment' })).toContainText('DB_PORT=tcp://172.17.0.2:6379')
  await expect(page.getByLabel('Name (--name)')).toHaveCount(0)
  await page.screenshot({ path: testInfo.outputPath('view.png') })
  await page.getByRole('button', { name: 'Edit a copy' }).click()
  await expect(page.getByRole('navigation', { name: 'Images' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Docker' })).toBeEnabled()
  expect(new URL(page.url()).search).toBe('')
})
