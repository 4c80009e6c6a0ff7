import { defineConfig } from '@playwright/test'

// Debian's chromium (apt-get install chromium); CHROMIUM_PATH points elsewhere on other systems.
// `npx playwright install` cannot download browsers on the CI machine, and is never needed here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const port = 4173

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1, // a 2-core machine: one browser at a time is faster and less flaky
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The production build, as users get it. E2E_SKIP_BUILD=1 when dist/ is fresh.
    command: process.env.E2E_SKIP_BUILD ? 'npm run preview' : 'npm run build && npm run preview',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 90_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
