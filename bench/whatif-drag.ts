/**
 * What-if builds of the app, to weigh the suspects of a slow drag: a diagnostic, not part of
 * `npm run bench`, and it changes nothing in src/ (each variant is a build-time rewrite into a
 * temporary directory).
 *
 *   npx tsx bench/whatif-drag.ts [reps=3] [sizes=1000]
 *   WHATIF='app;app, no edge labels;bare' npx tsx bench/whatif-drag.ts 3 200   # only these variants
 *
 * Variants: the app as is; without the hover highlighting (onNode/EdgeMouseEnter/Leave); with
 * the dragged card on a compositor layer of its own; without edge labels (LinkEdge without its
 * EdgeLabel); without the BridgeLayer; with a minimal node instead of ContainerNode; without the
 * page around the canvas (which also makes the canvas as wide as the bare page's); all of the canvas
 * removals together; and the bare page. Each is dragged 2 s
 * (same 125 Hz mouse as bench/browser.ts), runs interleaved, medians printed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Plugin, build as viteBuild } from 'vite'
import { drag, launch, median, openPage, pageUrl, ROOT, round, serve } from './harness'

const REPS = Number(process.argv[2] ?? 3)
const SIZES = (process.argv[3] ?? '1000').split(',').map(Number)

/** A build-time rewrite of one module; fails loudly when the code it expects is gone. */
function rewrite(name: string, file: RegExp, from: RegExp | string, to: string): Plugin {
  return {
    name,
    enforce: 'pre',
    transform(code, id) {
      if (!file.test(id)) return null
      const next = code.replace(from, to)
      if (next === code) throw new Error(`${name}: pattern not found in ${id}`)
      return next
    },
  }
}

/** Rules appended to the app's stylesheet. */
const addCss = (name: string, css: string) => rewrite(name, /src\/app\/index\.css$/, /$/, `\n${css}\n`)

const noLabels = rewrite('no-labels', /src\/app\/canvas\/LinkEdge\.tsx$/, /<EdgeLabel>[\s\S]*?<\/EdgeLabel>/, '')
const noHover = rewrite(
  'no-hover',
  /src\/app\/canvas\/Canvas\.tsx$/,
  /\n\s*on(Node|Edge)Mouse(Enter|Leave)=\{[^\n]*\}/g,
  '',
)
const noBridge = rewrite('no-bridge', /src\/app\/canvas\/Canvas\.tsx$/, '<BridgeLayer />', '')

/** The card being dragged promoted to a compositor layer of its own (moved without repainting it). */
const draggedLayer = addCss('dragged-layer', '.react-flow__node.dragging { will-change: transform; }')

/** The page around the canvas left out (palette, start order, listings, inspector, timeline). */
const AROUND_THE_CANVAS_HIDDEN = '.side, .left, .timeline { display: none !important; }'
const canvasOnly = addCss('canvas-only', AROUND_THE_CANVAS_HIDDEN)

/** The same, with the canvas kept at the app's width (682 px at 1280 × 800). */
const canvasOnlyNarrow = addCss(
  'canvas-only-narrow',
  `${AROUND_THE_CANVAS_HIDDEN}\n.workspace { grid-template-columns: 682px !important; }`,
)

/** ContainerNode swapped for a minimal card (its name and two handles, no store subscriptions). */
const plainNodes = rewrite(
  'plain-nodes',
  /src\/app\/canvas\/nodeTypes\.ts$/,
  /^([\s\S]*)\{ container: ContainerNode \}/,
  `import * as __react from 'react'
import * as __rf from '@xyflow/react'
$1{ container: __react.memo(function PlainNode({ data }) {
  const h = __react.createElement
  return h('div', { className: 'container-node' },
    h(__rf.Handle, { type: 'target', position: 'left' }), data.spec.name, h(__rf.Handle, { type: 'source', position: 'right' }))
}) }`,
)

const ALL_VARIANTS: { name: string; plugins: Plugin[] | null; query?: string }[] = [
  { name: 'app', plugins: [] },
  { name: 'app, no hover highlighting', plugins: [noHover] },
  { name: 'app, dragged card on its own layer', plugins: [draggedLayer] },
  { name: 'app, no edge labels', plugins: [noLabels] },
  { name: 'app, no BridgeLayer', plugins: [noBridge] },
  { name: 'app, plain nodes', plugins: [plainNodes] },
  { name: 'app, canvas only (no columns beside it, no timeline)', plugins: [canvasOnly] },
  { name: "app, canvas only, at the app's width", plugins: [canvasOnlyNarrow] },
  {
    name: 'app, none of them (no hover, labels, BridgeLayer; plain nodes)',
    plugins: [noHover, noLabels, noBridge, plainNodes],
  },
  { name: 'bare', plugins: null },
  // The bare page in a pane of the app's canvas size (682 × 670 at 1280 × 800) with its fit-view padding.
  { name: "bare, in the app's canvas size", plugins: null, query: '&pane=682x670&padding=0.25' },
]

// WHATIF='app;bare;app, no edge labels' (names as listed, separated by ;) to run only some of them.
const only = process.env.WHATIF?.split(';').map((name) => name.trim())
const VARIANTS = only ? ALL_VARIANTS.filter((v) => only.includes(v.name)) : ALL_VARIANTS

const work = mkdtempSync(join(tmpdir(), 'link-lab-whatif-'))
const servers: { name: string; base: string; close: () => void; bare: boolean; query: string }[] = []
process.stdout.write('building the variants… ')
for (const [i, v] of VARIANTS.entries()) {
  const outDir = join(work, `v${i}`)
  await viteBuild({
    configFile: v.plugins ? join(ROOT, 'vite.config.ts') : join(ROOT, 'bench/bare/vite.config.ts'),
    root: v.plugins ? ROOT : join(ROOT, 'bench/bare'),
    plugins: v.plugins ?? [],
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  })
  const { server, base } = await serve(outDir)
  servers.push({ name: v.name, base, close: () => server.close(), bare: v.plugins === null, query: v.query ?? '' })
}
process.stdout.write('done\n')

const rows: Record<string, unknown>[] = []
const raw: Record<string, unknown>[] = []
for (const n of SIZES) {
  const results = new Map<string, Awaited<ReturnType<typeof drag>>[]>()
  for (let rep = 1; rep <= REPS; rep++) {
    for (const s of rep % 2 ? servers : [...servers].reverse()) {
      const browser = await launch()
      try {
        const { page, errors } = await openPage(browser, pageUrl(s.bare ? 'bare' : 'app', s.base, n) + s.query, n)
        await page.waitForTimeout(300)
        const d = await drag(page)
        if (errors.length) console.log(`  ${s.name}: page errors: ${errors.join('; ')}`)
        results.set(s.name, [...(results.get(s.name) ?? []), d])
        raw.push({ n, rep, variant: s.name, ...d })
        console.log(`  N=${n} run ${rep} ${s.name}: ${d.nodeUpdatesPerS} updates/s, p95 ${d.p95Ms} ms`)
      } finally {
        await browser.close()
      }
    }
  }
  for (const s of servers) {
    const ds = results.get(s.name) ?? []
    rows.push({
      N: n,
      variant: s.name,
      'node updates/s': median(ds.map((d) => d.nodeUpdatesPerS)),
      'frame p95 ms': median(ds.map((d) => d.p95Ms)),
      'dropped / 2 s': median(ds.map((d) => d.dropped)),
      'mousemoves sent': round(median(ds.map((d) => d.moves)), 0),
    })
  }
}
for (const s of servers) s.close()
rmSync(work, { recursive: true, force: true })
console.log(`\nwhat-if drag, medians of ${REPS} runs`)
console.table(rows)
mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
writeFileSync(join(ROOT, `bench/results/whatif-${Date.now()}.json`), JSON.stringify({ rows, raw }, null, 2))
