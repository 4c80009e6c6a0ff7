import { expect, type Page, test } from '@playwright/test'
import { linesOf, SEED_FORWARD, watchErrors } from './helpers'

/** What Docker prints for the classic example, read from the page: env of the client, both tables. */
async function dockerOutput(page: Page) {
  await page.getByRole('tab').nth(0).click()
  const env = await linesOf(page.getByRole('tabpanel').first())
  await page.getByRole('tab', { name: 'iptables' }).click()
  return {
    env,
    filter: await linesOf(page.getByTestId('iptables-filter')),
    nat: await linesOf(page.getByTestId('iptables-nat')),
  }
}

test('简体中文: the words change, Docker’s output does not; the choice survives a reload', async ({
  page,
}, testInfo) => {
  const noErrors = watchErrors(page)
  const chunks: string[] = []
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) chunks.push(new URL(r.url()).pathname)
  })
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByRole('button', { name: /Load the example/ }).click()
  await page.getByRole('combobox', { name: 'Container' }).selectOption({ label: 'suspicious_fermat (172.17.0.3)' })
  const english = await dockerOutput(page)
  expect(english.filter.filter((l) => l.startsWith('-A FORWARD'))).toEqual(SEED_FORWARD)
  // An English reader never loads the Chinese words.
  expect(chunks.filter((c) => /\/zh-[\w-]+\.js$/.test(c))).toEqual([])

  await page.getByRole('combobox', { name: 'Language' }).selectOption('简体中文')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  expect(chunks.filter((c) => /\/zh-[\w-]+\.js$/.test(c))).toHaveLength(1)
  await expect(page.getByRole('tab', { name: '环境变量' })).toBeVisible()
  await expect(page.getByRole('tab', { name: '数据包' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: '容器', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: '对比各版本' })).toBeVisible()
  // Docker's own names stay: the tabs /etc/hosts and iptables, the flags.
  await expect(page.getByRole('tab', { name: '/etc/hosts' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: '--icc' })).toBeChecked()

  // Every line docker prints is byte for byte what the English page showed.
  expect(await dockerOutput(page)).toEqual(english)

  // "Why is this here?" speaks Chinese, and quotes Docker's words as they are.
  const rule = page.getByTestId('iptables-filter').locator('.line').filter({ hasText: '--dport 6379' })
  await rule.hover()
  const why = page.locator('#why-this-line')
  await expect(why).toContainText(
    '允许 suspicious_fermat (172.17.0.3) 访问 redis 的 6379/tcp 端口 (172.17.0.2)：--link redis:db。插入到 FORWARD 链的最前面',
  )
  await expect(why).toContainText('Docker 0.9.0 及更高版本')

  // The inspector.
  await page.getByTestId('container-redis').click()
  const inspector = page.getByRole('region', { name: '容器 redis' })
  await expect(inspector.getByLabel('暴露的端口（每行一个）')).toHaveValue('6379/tcp')
  await expect(inspector.getByRole('button', { name: '推后启动' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('zh.png') })

  // docker's refusal stays docker's; the advice around it is Chinese.
  await inspector.getByLabel('暴露的端口（每行一个）').fill('99999/tcp')
  await expect(page.getByText('Docker 0.10 拒绝：99999/tcp: Invalid containerPort: 99999')).toBeVisible()
  await page.getByRole('tab', { name: /问题/ }).click()
  const problems = page.getByRole('tabpanel', { name: /问题/ })
  await expect(problems).toContainText('Could not find entity for redis')
  await expect(problems).toContainText('被链接的容器必须在父容器运行之前就已存在')
  await page.screenshot({ path: testInfo.outputPath('zh-problems.png') })
  await page.getByRole('button', { name: '↶ 撤销' }).click()

  // Reload: still Chinese, from the first paint of the words on.
  await page.reload()
  await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByRole('tab', { name: '环境变量' })).toBeVisible()
  await page
    .getByRole('combobox', { name: '容器', exact: true })
    .selectOption({ label: 'suspicious_fermat (172.17.0.3)' })
  expect(await dockerOutput(page)).toEqual(english)

  // And back.
  await page.getByRole('combobox', { name: '语言' }).selectOption('English')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('tab', { name: 'Environment' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Compare eras' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en')
  noErrors()
})

test('a browser that asks for Chinese starts in Chinese; a choice of English wins over it', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ locale: 'zh-CN' })
  const page = await context.newPage()
  const noErrors = watchErrors(page)
  await page.goto('/')
  await expect(page.getByText('一个空的 docker0 网桥。')).toBeVisible()
  await expect(page.getByRole('img', { name: '网桥 docker0 172.17.42.1/16' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('zh-empty.png') })
  await page.getByRole('combobox', { name: '语言' }).selectOption('en')
  await page.reload()
  await expect(page.getByText('An empty docker0 bridge.')).toBeVisible()
  noErrors()
  await context.close()
})
