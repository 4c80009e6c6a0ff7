/**
 * What the browser benchmarks share (bench/browser.ts, bench/trace-drag.ts): building and serving
 * both pages, launching Chromium, the in-page probes, the 2 s drag and frame statistics.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test'
import { encodeShare } from '../src/core/share'
import { generatedScenario } from './scenarios'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const LINKS_PER_CONTAINER = 1.5
export const DRAG_MS = 2000
export const VIEWPORT = { width: 1280, height: 800 }
export const EXE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // let the page run frames at full rate even though nobody looks at it
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
]

export type Target = 'app' | 'bare'

/** The page URL of each target for N containers and round(1.5 N) links. */
export function pageUrl(target: Target, base: string, n: number): string {
  const links = Math.round(n * LINKS_PER_CONTAINER)
  return target === 'app'
    ? `${base}/#${encodeShare(generatedScenario(n, { links }))}`
    : `${base}/?n=${n}&links=${links}`
}

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: EXE, headless: true, args: ARGS })

/** A fresh context and page with the probes installed, navigated to `url`; resolves when all is drawn. */
export async function openPage(browser: Browser, url: string, n: number, extraInit?: () => void) {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  // tsx (esbuild, keepNames) wraps named functions in __name(…); give the page a no-op one
  await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
  await page.addInitScript(initScript, { n, e: Math.round(n * LINKS_PER_CONTAINER) })
  if (extraInit) await page.addInitScript(extraInit)
  const cdp = await context.newCDPSession(page)
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__rendered !== null, null, {
    timeout: 120_000,
    polling: 50,
  })
  return { context, page, cdp, errors }
}

// ── build and serve ───────────────────────────────────────────────────────

export function build(args: string[]): void {
  const run = spawnSync('npx', ['vite', 'build', ...args], { cwd: ROOT, encoding: 'utf8' })
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr)
    throw new Error(`vite build ${args.join(' ')} failed`)
  }
}

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/** A static file server for one directory on a free port of 127.0.0.1 (what `vite preview` does, minus the rest). */
export async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(dir)) {
      res.writeHead(403).end()
      return
    }
    try {
      const body = readFileSync(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

/** The JS and CSS the first load needs: the assets dist*\/index.html references, raw and gzip bytes. */
export function firstLoad(dir: string) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '')
  const files = refs.map((ref) => {
    const bytes = readFileSync(join(dir, ref))
    return { file: ref, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
  })
  const sum = (kind: string, key: 'raw' | 'gzip') =>
    files.filter((f) => f.file.endsWith(kind)).reduce((a, f) => a + f[key], 0)
  return {
    files,
    jsRaw: sum('.js', 'raw'),
    jsGzip: sum('.js', 'gzip'),
    cssRaw: sum('.css', 'raw'),
    cssGzip: sum('.css', 'gzip'),
    totalGzip: sum('.js', 'gzip') + sum('.css', 'gzip'),
  }
}

// ── in-page probes ────────────────────────────────────────────────────────

export interface ProbeWindow {
  __expect: { n: number; e: number }
  __frames: number[]
  __sampling: boolean
  __rendered: number | null
  __dragEl: HTMLElement | null
  __updates: number
  __edit: { t0: number | null; seen: number; raf: number; afterFrame: number } | null
}

/** Injected before any page code: a frame sampler and the "every node and edge drawn" detector. */
export function initScript(expect: { n: number; e: number }) {
  const w = window as unknown as ProbeWindow
  w.__expect = expect
  w.__frames = []
  w.__sampling = false
  w.__rendered = null
  w.__dragEl = null
  w.__updates = 0
  w.__edit = null
  let lastTransform: string | null = null
  const tick = (ts: number) => {
    if (w.__sampling) {
      w.__frames.push(ts)
      if (w.__dragEl) {
        const t = w.__dragEl.style.transform
        if (lastTransform !== null && t !== lastTransform) w.__updates++
        lastTransform = t
      }
    }
    if (w.__rendered === null && document.querySelectorAll('.react-flow__edge').length >= w.__expect.e) {
      let visible = 0
      for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
        if (el.style.visibility !== 'hidden') visible++
      }
      if (visible >= w.__expect.n) w.__rendered = ts // the frame's start, ms since navigation start
    }
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
}

/**
 * Arm the edit probe: the Enter keydown's timestamp, then a MutationObserver on the side panel
 * until the Environment panel shows `${ALIAS}_PORT=`, then the next animation frame (and the task
 * after that frame, roughly when it has been painted). All in performance.now() ms.
 */
export function armEditProbe(alias: string) {
  const w = window as unknown as ProbeWindow
  const want = `${alias.toUpperCase()}_PORT=`
  const side = document.querySelector('.side') ?? document.body
  const probe = { t0: null as number | null, seen: 0, raf: 0, afterFrame: 0 }
  w.__edit = null
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && probe.t0 === null) probe.t0 = e.timeStamp
  }
  window.addEventListener('keydown', onKey, true)
  const observer = new MutationObserver(() => {
    const panel = side.querySelector('[role="tabpanel"]')
    if (!panel?.textContent?.includes(want)) return
    observer.disconnect()
    window.removeEventListener('keydown', onKey, true)
    probe.seen = performance.now()
    requestAnimationFrame(() => {
      probe.raf = performance.now()
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        probe.afterFrame = performance.now()
        w.__edit = probe
      }
      channel.port2.postMessage(null)
    })
  })
  observer.observe(side, { subtree: true, childList: true, characterData: true })
}

// ── statistics ────────────────────────────────────────────────────────────

export const pct = (values: readonly number[], p: number): number => {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN
}
/** The middle value (the lower of the two middles for an even count, as the engine bench does). */
export const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN
}
export const round = (x: number, digits = 1) => +x.toFixed(digits)

export function frameStats(ts: readonly number[]) {
  const d = ts.slice(1).map((t, i) => t - (ts[i] as number))
  const vsync = 1000 / 60
  return {
    frames: d.length,
    medianMs: round(median(d), 2),
    p95Ms: round(pct(d, 95), 2),
    maxMs: round(Math.max(...d), 2),
    dropped: d.reduce((acc, x) => acc + Math.max(0, Math.round(x / vsync) - 1), 0),
    fps: round((d.length * 1000) / ((ts.at(-1) ?? 0) - (ts[0] ?? 0))),
  }
}

// ── one run ───────────────────────────────────────────────────────────────

export const MB = 2 ** 20

export async function heapMB(cdp: CDPSession, collect: boolean): Promise<number> {
  if (collect) await cdp.send('HeapProfiler.collectGarbage')
  return round((await cdp.send('Runtime.getHeapUsage')).usedSize / MB, 2)
}

export async function sampleFrames(page: Page, ms: number) {
  await page.evaluate(() => {
    const w = window as unknown as ProbeWindow
    w.__frames = []
    w.__sampling = true
  })
  await page.waitForTimeout(ms)
  return frameStats(
    await page.evaluate(() => {
      const w = window as unknown as ProbeWindow
      w.__sampling = false
      return w.__frames
    }),
  )
}

/** Drag the node nearest 20 % across / half-way down the flow pane 60 % of the pane's width, for 2 s. */
export async function drag(page: Page, around?: { start(): Promise<void>; stop(): Promise<void> }) {
  const target = await page.evaluate(() => {
    const pane = (document.querySelector('.react-flow') as HTMLElement).getBoundingClientRect()
    const aim = { x: pane.left + pane.width * 0.2, y: pane.top + pane.height / 2 }
    let best: { d: number; id: string; x: number; y: number; w: number } | null = null
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const r = el.getBoundingClientRect()
      const x = r.x + r.width / 2
      const y = r.y + r.height / 2
      const d = Math.hypot(x - aim.x, y - aim.y)
      if (best && d >= best.d) continue
      // the pointer must land on the node itself, not on a handle, an edge or an edge label
      const hit = document.elementFromPoint(x, y)
      if (hit?.closest('.react-flow__node') !== el || hit.closest('.react-flow__handle')) continue
      best = { d, id: el.dataset.id ?? '', x, y, w: r.width }
    }
    return best && { ...best, paneWidth: pane.width, paneHeight: pane.height }
  })
  if (!target) throw new Error('no node to drag')
  const dx = target.paneWidth * 0.6
  await page.mouse.move(target.x, target.y)
  await page.mouse.down()
  await page.mouse.move(target.x + 3, target.y + 3)
  await page.evaluate((id) => {
    const w = window as unknown as ProbeWindow
    w.__dragEl = document.querySelector(`.react-flow__node[data-id="${id}"]`)
    w.__updates = 0
    w.__frames = []
    w.__sampling = true
  }, target.id)
  await around?.start()
  // A 125 Hz "mouse": moves fired on a timer and NOT awaited one by one, like real input;
  // Chromium coalesces them per frame, so node updates/s is the effective drag frame rate.
  const t0 = Date.now()
  let moves = 0
  const pending: Promise<void>[] = []
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const t = (Date.now() - t0) / DRAG_MS
      if (t >= 1) {
        clearInterval(timer)
        resolve()
        return
      }
      pending.push(page.mouse.move(target.x + 3 + dx * t, target.y + 3 + 60 * Math.sin(t * Math.PI * 2)))
      moves++
    }, 8)
  })
  const sent = Date.now()
  await Promise.all(pending)
  const inputBacklogMs = Date.now() - sent
  await around?.stop()
  await page.mouse.up()
  const frames = await page.evaluate(() => {
    const w = window as unknown as ProbeWindow
    w.__sampling = false
    return { frames: w.__frames, updates: w.__updates }
  })
  const movedPx = await page.evaluate((id) => {
    const r = (document.querySelector(`.react-flow__node[data-id="${id}"]`) as HTMLElement).getBoundingClientRect()
    return r.x + r.width / 2
  }, target.id)
  return {
    ...frameStats(frames.frames),
    nodeUpdatesPerS: round(frames.updates / (DRAG_MS / 1000)),
    moves,
    inputBacklogMs,
    movedPx: Math.round(movedPx - target.x),
    nodeScreenWidth: round(target.w),
    paneWidth: Math.round(target.paneWidth),
  }
}
