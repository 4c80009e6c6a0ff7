/**
 * Browser benchmark: Link Lab side by side with a bare React Flow page (bench/bare/)
 * holding the same numbers of nodes and edges. `npm run bench:browser` (part of `npm run bench`).
 *
 *   npx tsx bench/browser.ts [reps=3] [sizes=50,200,1000]     (env: BENCH_EDITS=5, BENCH_NO_BUILD=1)
 *
 * Both pages are built (`vite build` → dist/, `vite build --config bench/bare/vite.config.ts` → dist-bare/),
 * served by a tiny static server on free ports, and measured in headless Chromium (software raster,
 * 1280×800, DPR 1, a fresh browser per run), N = 50 → 200 → 1000, app and bare interleaved, `reps` times:
 * - rendered: ms since navigation until the first frame with all N nodes visible and all edges in the DOM;
 * - drag: 2 s of a 125 Hz mouse dragging one node; frame median / p95, dropped frames, node updates/s;
 * - heap: JS heap after render, after a forced GC (CDP);
 * - edit (app only): Enter in the inspector's "Add a link" form → next animation frame after the
 *   Environment panel shows the new ALIAS_PORT line.
 * Raw results: bench/results/browser-<time>.json. Methodology and today's figures: docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import {
  ARGS,
  armEditProbe,
  build,
  drag,
  firstLoad,
  heapMB,
  LINKS_PER_CONTAINER,
  launch,
  median,
  openPage,
  type ProbeWindow,
  pageUrl,
  pct,
  ROOT,
  round,
  sampleFrames,
  serve,
  type Target,
  VIEWPORT,
} from './harness'

const REPS = Number(process.argv[2] ?? process.env.BENCH_REPS ?? 3)
const SIZES = (process.argv[3] ?? process.env.BENCH_SIZES ?? '50,200,1000').split(',').map(Number)
const EDITS = Number(process.env.BENCH_EDITS ?? 5)
const TARGETS: readonly Target[] = ['app', 'bare']

/** App only: select the last container, then add links to c0, c1, … through the inspector's form. */
async function edits(page: Page, n: number, rep: number) {
  const parent = `c${n - 1}`
  const value = await page.evaluate((name) => {
    const options = document.querySelectorAll<HTMLOptionElement>('.picker select option')
    return [...options].find((o) => o.textContent?.startsWith(`${name} `))?.value ?? null
  }, parent)
  if (!value) throw new Error(`${parent} is not in the container picker`)
  await page.selectOption('.picker select', value)
  const form = page.locator('form.add-link')
  await form.waitFor()
  const results: { ms: number; domMs: number; afterFrameMs: number }[] = []
  for (let k = 0; k < EDITS; k++) {
    const alias = `bx${rep}e${k}`
    await form.locator('select').selectOption({ label: `c${k}` })
    await form.locator('input').fill(alias)
    await page.waitForTimeout(500) // let the autosave (250 ms after a change) and the frame settle
    await page.evaluate(armEditProbe, alias)
    await form.locator('input').press('Enter')
    await page.waitForFunction(() => (window as unknown as ProbeWindow).__edit !== null, null, {
      timeout: 30_000,
      polling: 20,
    })
    const probe = await page.evaluate(() => (window as unknown as ProbeWindow).__edit)
    if (!probe || probe.t0 === null) throw new Error('edit probe saw no Enter')
    results.push({
      ms: round(probe.raf - probe.t0),
      domMs: round(probe.seen - probe.t0),
      afterFrameMs: round(probe.afterFrame - probe.t0),
    })
  }
  return results
}

async function runOnce(browser: Browser, target: Target, n: number, url: string, rep: number) {
  const { context, page, cdp, errors } = await openPage(browser, url, n)
  try {
    const load = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]
      return {
        renderedMs: +((window as unknown as ProbeWindow).__rendered ?? 0).toFixed(1),
        domContentLoadedMs: +nav.domContentLoadedEventEnd.toFixed(1),
        fcpMs: fcp ? +fcp.startTime.toFixed(1) : null,
        domElements: document.getElementsByTagName('*').length,
        nodes: document.querySelectorAll('.react-flow__node').length,
        edges: document.querySelectorAll('.react-flow__edge').length,
      }
    })
    await page.waitForTimeout(300) // let fitView settle
    const heapAfterRenderMB = await heapMB(cdp, true)
    const idle = await sampleFrames(page, 1000)
    const dragStats = await drag(page)
    const heapAfterDragMB = await heapMB(cdp, false)
    const editResults = target === 'app' ? await edits(page, n, rep) : []
    return {
      target,
      n,
      links: Math.round(n * LINKS_PER_CONTAINER),
      rep,
      ...load,
      heapAfterRenderMB,
      heapAfterDragMB,
      idle,
      drag: dragStats,
      edits: editResults,
      errors,
    }
  } finally {
    await context.close()
  }
}

type Run = Awaited<ReturnType<typeof runOnce>>

// ── main ──────────────────────────────────────────────────────────────────

if (!process.env.BENCH_NO_BUILD) {
  process.stdout.write('building dist/ (the app) and dist-bare/ (bare React Flow)… ')
  build([])
  build(['--config', 'bench/bare/vite.config.ts'])
  process.stdout.write('done\n')
}
/** Which app was measured: the commit, and the files that differed from it (other work may be in progress). */
function gitState() {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim()
  const dirty = git('status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'package.json')
  return {
    commit: git('rev-parse', '--short', 'HEAD'),
    subject: git('log', '-1', '--format=%s'),
    dirtyFiles: dirty ? dirty.split('\n').map((l) => l.trim()) : [],
  }
}
const git = gitState()
const bundles = { app: firstLoad(join(ROOT, 'dist')), bare: firstLoad(join(ROOT, 'dist-bare')) }
const servers = { app: await serve(join(ROOT, 'dist')), bare: await serve(join(ROOT, 'dist-bare')) }

const urls = new Map<string, string>()
for (const n of SIZES)
  for (const target of TARGETS) urls.set(`${target}:${n}`, pageUrl(target, servers[target].base, n))

const playwrightVersion = JSON.parse(
  readFileSync(join(ROOT, 'node_modules/@playwright/test/package.json'), 'utf8'),
).version
const chromiumVersion = await (async () => {
  const b = await launch()
  const v = b.version()
  await b.close()
  return v
})()
console.log(
  `app at ${git.commit}${git.dirtyFiles.length ? ` + ${git.dirtyFiles.length} uncommitted files in src/` : ''} (${git.subject})`,
)
console.log(
  `browser bench: chromium ${chromiumVersion} (headless, --disable-gpu), @playwright/test ${playwrightVersion}, ` +
    `${VIEWPORT.width}×${VIEWPORT.height}, N = ${SIZES.join(', ')}, ${REPS} runs each, ${EDITS} edits per app run`,
)

const runs: Run[] = []
for (let rep = 1; rep <= REPS; rep++) {
  for (const n of SIZES) {
    // alternate which page goes first, so neither always gets the warmer machine
    const order = rep % 2 === 1 ? TARGETS : [...TARGETS].reverse()
    for (const target of order) {
      const browser = await launch() // a fresh browser and profile per run
      try {
        const run = await runOnce(browser, target, n, urls.get(`${target}:${n}`) ?? '', rep)
        runs.push(run)
        const editMs = run.edits.length ? ` edit ${median(run.edits.map((e) => e.ms))} ms` : ''
        console.log(
          `  run ${rep}/${REPS} N=${n} ${target.padEnd(4)} rendered ${run.renderedMs} ms, drag p95 ${run.drag.p95Ms} ms, ` +
            `${run.drag.nodeUpdatesPerS} updates/s, heap ${run.heapAfterRenderMB} MB${editMs}` +
            (run.errors.length ? `, ${run.errors.length} page errors: ${run.errors[0]}` : ''),
        )
      } finally {
        await browser.close()
      }
    }
  }
}
servers.app.server.close()
servers.bare.server.close()

// ── summary ───────────────────────────────────────────────────────────────

const METRICS: { key: string; unit: string; get: (r: Run) => number; lowerIsBetter: boolean }[] = [
  { key: 'all drawn', unit: 'ms', get: (r) => r.renderedMs, lowerIsBetter: true },
  { key: 'drag frame median', unit: 'ms', get: (r) => r.drag.medianMs, lowerIsBetter: true },
  { key: 'drag frame p95', unit: 'ms', get: (r) => r.drag.p95Ms, lowerIsBetter: true },
  { key: 'dropped frames / 2 s', unit: '', get: (r) => r.drag.dropped, lowerIsBetter: true },
  { key: 'node updates / s', unit: '', get: (r) => r.drag.nodeUpdatesPerS, lowerIsBetter: false },
  { key: 'JS heap after render', unit: 'MB', get: (r) => r.heapAfterRenderMB, lowerIsBetter: true },
  { key: 'DOM elements', unit: '', get: (r) => r.domElements, lowerIsBetter: true },
]

const label = (m: { key: string; unit: string }) => (m.unit ? `${m.key} (${m.unit})` : m.key)
const summary = SIZES.map((n) => {
  const of = (target: Target) => runs.filter((r) => r.n === n && r.target === target)
  const rows = METRICS.map((m) => {
    const app = median(of('app').map(m.get))
    const bare = median(of('bare').map(m.get))
    // "ratio" is always app/bare; "slower" says whether that ratio is the bad direction past 1.25
    // no ratio against 0 (dropped frames): then a handful of dropped frames (≥ 3 in 2 s) counts as over
    if (bare === 0) return { metric: label(m), app, bare, ratio: null, over125: app >= 3 }
    const ratio = app / bare
    const worse = m.lowerIsBetter ? ratio : 1 / ratio
    return { metric: label(m), app, bare, ratio: round(ratio, 2), over125: worse > 1.25 }
  })
  const allEdits = of('app').flatMap((r) => r.edits)
  const edit = {
    count: allEdits.length,
    medianMs: round(median(allEdits.map((e) => e.ms))),
    p95Ms: round(
      pct(
        allEdits.map((e) => e.ms),
        95,
      ),
    ),
    domMedianMs: round(median(allEdits.map((e) => e.domMs))),
    afterFrameMedianMs: round(median(allEdits.map((e) => e.afterFrameMs))),
  }
  return { n, links: Math.round(n * LINKS_PER_CONTAINER), rows, edit }
})

for (const s of summary) {
  console.log(`\nN = ${s.n} containers, ${s.links} links — medians of ${REPS} runs (ratio = app / bare)`)
  console.table(
    Object.fromEntries(
      s.rows.map((r) => [
        r.metric,
        { app: r.app, bare: r.bare, 'app/bare': r.ratio ?? '–', '> 1.25×': r.over125 ? '◀' : '' },
      ]),
    ),
  )
  console.log(
    `  edit → all panels updated (app only, ${s.edit.count} edits): median ${s.edit.medianMs} ms, p95 ${s.edit.p95Ms} ms ` +
      `(DOM updated ${s.edit.domMedianMs} ms, frame done ${s.edit.afterFrameMedianMs} ms)`,
  )
}
const kB = (b: number) => round(b / 1000)
console.log('\nFirst load: JS + CSS referenced by index.html (kB = 1000 B, gzip -9 via node:zlib)')
console.table({
  'JS gzip (kB)': {
    app: kB(bundles.app.jsGzip),
    bare: kB(bundles.bare.jsGzip),
    'app/bare': round(bundles.app.jsGzip / bundles.bare.jsGzip, 2),
  },
  'CSS gzip (kB)': {
    app: kB(bundles.app.cssGzip),
    bare: kB(bundles.bare.cssGzip),
    'app/bare': round(bundles.app.cssGzip / bundles.bare.cssGzip, 2),
  },
  'JS + CSS gzip (kB)': {
    app: kB(bundles.app.totalGzip),
    bare: kB(bundles.bare.totalGzip),
    'app/bare': round(bundles.app.totalGzip / bundles.bare.totalGzip, 2),
  },
  'JS raw (kB)': {
    app: kB(bundles.app.jsRaw),
    bare: kB(bundles.bare.jsRaw),
    'app/bare': round(bundles.app.jsRaw / bundles.bare.jsRaw, 2),
  },
})

const resultsDir = join(ROOT, 'bench/results')
mkdirSync(resultsDir, { recursive: true })
const file = join(resultsDir, `browser-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
writeFileSync(
  file,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      git,
      chromium: chromiumVersion,
      playwright: playwrightVersion,
      node: process.version,
      reps: REPS,
      sizes: SIZES,
      editsPerRun: EDITS,
      viewport: VIEWPORT,
      args: ARGS,
      bundles,
      summary,
      runs,
    },
    null,
    2,
  ),
)
console.log(`\nraw results: ${file.slice(ROOT.length)}`)
const pageErrors = runs.flatMap((r) => r.errors)
if (pageErrors.length > 0) {
  console.error(`${pageErrors.length} page errors, first: ${pageErrors[0]}`)
  process.exitCode = 1
}
