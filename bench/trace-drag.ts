/**
 * Where the drag time goes, app vs bare page: a diagnostic, not part of `npm run bench`.
 *
 *   npx tsx bench/trace-drag.ts [n=1000] [targets=app,bare]
 *
 * Builds both pages UNMINIFIED into a temporary directory (function and module names survive),
 * then per target, on one page:
 * 1. a Chrome trace of a 2 s drag: renderer main-thread self time by phase (script, style + layout,
 *    paint + commit, GC) per handled mousemove (tracing adds overhead: read it as proportions);
 * 2. a second 2 s drag under the V8 sampling profiler and a React DevTools-style commit hook:
 *    self time per source module and per function, and which components rendered how often;
 * 3. (app) three edits through the inspector's "Add a link" form, profiled the same way.
 * Trace and profile files go to bench/results/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  armEditProbe,
  build,
  drag,
  launch,
  openPage,
  type ProbeWindow,
  pageUrl,
  ROOT,
  serve,
  type Target,
} from './harness'

const N = Number(process.argv[2] ?? 1000)
const TARGETS = (process.argv[3] ?? 'app,bare').split(',') as Target[]
const EDITS = 3

// ── React commit hook: counts the function components that rendered in each commit ──

interface Fiber {
  tag: number
  type: unknown
  flags: number
  child: Fiber | null
  sibling: Fiber | null
  alternate: Fiber | null
}
interface HookWindow {
  __renders: Record<string, number>
  __commits: number
  __counting: boolean
}

/** Installed before React loads: a minimal `__REACT_DEVTOOLS_GLOBAL_HOOK__` (as React DevTools reads commits). */
function reactCommitHook() {
  const w = window as unknown as HookWindow & { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }
  w.__renders = {}
  w.__commits = 0
  w.__counting = false
  const PERFORMED_WORK = 1
  // FunctionComponent 0, ClassComponent 1, ForwardRef 11, SimpleMemoComponent 15
  const COMPONENT_TAGS = new Set([0, 1, 11, 15])
  const nameOf = (type: unknown): string => {
    const t = type as { displayName?: string; name?: string; render?: { name?: string } } | null
    return t?.displayName || t?.name || t?.render?.name || '(anonymous)'
  }
  const walk = (fiber: Fiber, mounted: boolean) => {
    const prev = fiber.alternate
    const rendered = mounted || prev === null || (fiber.flags & PERFORMED_WORK) !== 0
    if (COMPONENT_TAGS.has(fiber.tag) && rendered) {
      const name = nameOf(fiber.type)
      w.__renders[name] = (w.__renders[name] ?? 0) + 1
    }
    // a subtree React did not enter keeps its children: nothing below rendered
    if (!mounted && prev !== null && prev.child === fiber.child) return
    for (let c = fiber.child; c; c = c.sibling) walk(c, mounted || prev === null)
  }
  let nextId = 1
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => nextId++,
    checkDCE: () => {},
    onScheduleFiberRoot: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      if (!w.__counting) return
      w.__commits++
      const top = root.current
      for (let c = top.child; c; c = c.sibling) walk(c, false)
    },
  }
}

// ── trace: main-thread self time by phase ──

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  args?: { name?: string; data?: { type?: string } }
}

function phaseOf(name: string): string | null {
  if (
    /^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.|V8\.|EvaluateScript|MinorGC|MajorGC)/.test(
      name,
    )
  )
    return /GC/.test(name) ? 'gc' : 'script'
  if (/^(UpdateLayoutTree|RecalculateStyles|Layout|HitTest|IntersectionObserverController|UpdateLayerTree)/.test(name))
    return 'style+layout'
  if (/^(Paint|PrePaint|Layerize|PaintImage|CompositeLayers|Commit|UpdateLayer)/.test(name)) return 'paint+commit'
  return null
}

function phases(traceEvents: TraceEvent[]) {
  const threads = new Map<string, string>()
  for (const e of traceEvents) {
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '')
  }
  const evs = traceEvents
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const byThread = new Map<string, Record<string, number>>()
  const byName = new Map<string, Map<string, number>>()
  const stacks = new Map<string, { end: number; phase: string | null; name: string }[]>()
  for (const e of evs) {
    const key = `${e.pid}:${e.tid}`
    const st = stacks.get(key) ?? []
    while (st.length && (st.at(-1)?.end ?? 0) <= e.ts) st.pop()
    const p = phaseOf(e.name)
    const parent = st.at(-1)
    const rec = byThread.get(key) ?? {}
    const dur = e.dur ?? 0
    const names = byName.get(key) ?? new Map<string, number>()
    names.set(e.name, (names.get(e.name) ?? 0) + dur)
    if (parent) names.set(parent.name, (names.get(parent.name) ?? 0) - Math.min(dur, parent.end - e.ts))
    byName.set(key, names)
    if (p) {
      rec[p] = (rec[p] ?? 0) + dur
      if (parent?.phase) rec[parent.phase] = (rec[parent.phase] ?? 0) - Math.min(dur, parent.end - e.ts)
    }
    byThread.set(key, rec)
    st.push({ end: e.ts + dur, phase: p ?? parent?.phase ?? null, name: e.name })
    stacks.set(key, st)
  }
  const mainKey = [...threads].find(([, name]) => /CrRendererMain/.test(name))?.[0] ?? ''
  const main = byThread.get(mainKey) ?? {}
  const events = [...(byName.get(mainKey) ?? [])]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, us]) => ({ event: name, ms: Math.round(us / 1000) }))
  const moves = traceEvents.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'mousemove').length
  return { moves, ms: Object.fromEntries(Object.entries(main).map(([k, v]) => [k, Math.round(v / 1000)])), events }
}

// ── CPU profile: self time by module and by function ──

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** A source map, read just enough to say which source file a (line, column) of the bundle comes from. */
function sourceLookup(map: { sources: string[]; mappings: string }): (line: number, column: number) => string {
  const lines: [number, number][][] = [] // per generated line: [column, source index], by column
  let source = 0
  for (const text of map.mappings.split(';')) {
    const segments: [number, number][] = []
    let column = 0
    for (const segment of text.split(',')) {
      if (!segment) continue
      const fields: number[] = []
      let value = 0
      let shift = 0
      for (const ch of segment) {
        const digit = B64.indexOf(ch)
        value += (digit & 31) << shift
        if (digit & 32) shift += 5
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = 0
          shift = 0
        }
      }
      column += fields[0] ?? 0
      if (fields.length >= 4) {
        source += fields[1] ?? 0
        segments.push([column, source])
      }
    }
    lines.push(segments)
  }
  return (line, column) => {
    const segments = lines[line] ?? []
    let found: number | undefined
    for (const [c, src] of segments) {
      if (c > column) break
      found = src
    }
    if (found === undefined) found = segments[0]?.[1]
    return found === undefined ? '(bundle glue)' : (map.sources[found] ?? '(bundle glue)').replace(/^(\.\.\/)+/, '')
  }
}

/** `node_modules/@xyflow/react/node_modules/zustand/esm/x.mjs` → `zustand`; app sources stay whole. */
function shortModule(m: string): string {
  const inPackage = m.split('node_modules/').at(-1) ?? m
  if (inPackage === m) return m.replace(/^.*?\/?(src\/|bench\/)/, '$1')
  return /^(@[^/]+\/[^/]+|[^/]+)/.exec(inPackage)?.[1] ?? m
}

/** Self time by module and function, and inclusive time per function, over one or more profiles. */
function cpu(profiles: Profile[], sourceOf: (line: number, column: number) => string, bundleUrl: string) {
  const byModule = new Map<string, number>()
  const byFunction = new Map<string, number>()
  const inclusive = new Map<string, number>()
  let total = 0
  const label = (n: ProfileNode) => {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame
    if (!url) return { fn: functionName || '(program)', module: `(${functionName || 'native'})` }
    const module = url === bundleUrl ? shortModule(sourceOf(lineNumber, columnNumber)) : '(other script)'
    return { fn: `${functionName || '(anonymous)'} [${module}]`, module }
  }
  for (const profile of profiles) {
    const self = new Map<number, number>()
    profile.samples.forEach((id, i) => {
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
    })
    for (const t of self.values()) total += t
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
    const visit = (id: number, onPath: Set<string>) => {
      const node = nodes.get(id)
      if (!node) return
      const { fn, module } = label(node)
      const t = self.get(id) ?? 0
      byModule.set(module, (byModule.get(module) ?? 0) + t)
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + t)
      const added = !onPath.has(fn)
      if (added) onPath.add(fn)
      for (const key of onPath) inclusive.set(key, (inclusive.get(key) ?? 0) + t)
      for (const child of node.children ?? []) visit(child, onPath)
      if (added) onPath.delete(fn)
    }
    const root = profile.nodes[0]
    if (root) visit(root.id, new Set())
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), '%': Math.round((100 * us) / total) }))
  return { totalMs: Math.round(total / 1000), byModule: top(byModule, 14), byFunction: top(byFunction, 25), inclusive }
}

function printProfile(
  label: string,
  react: { commits: number; renders: Record<string, number> },
  c: ReturnType<typeof cpu>,
): void {
  console.log(`React components rendered during ${label} (${react.commits} commits):`)
  console.table(
    Object.fromEntries(
      Object.entries(react.renders)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 40)
        .map(([name, count]) => [
          name,
          { renders: count, 'per commit': +(count / Math.max(1, react.commits)).toFixed(1) },
        ]),
    ),
  )
  console.log(`CPU self time by module (${label}, ${c.totalMs} ms sampled):`)
  console.table(c.byModule)
  console.log(`CPU self time by function (${label}):`)
  console.table(c.byFunction)
  const appFunctions = [...c.inclusive]
    .filter(([name]) => /\[src\//.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([name, us]) => ({ name, 'inclusive ms': Math.round(us / 1000) }))
  if (appFunctions.length) {
    console.log(`App functions, inclusive time (${label}):`)
    console.table(appFunctions)
  }
}

// ── main ──

const work = mkdtempSync(join(tmpdir(), 'link-lab-trace-'))
const dirs = { app: join(work, 'app'), bare: join(work, 'bare') }
process.stdout.write('building unminified app and bare page… ')
const unminified = ['--minify', 'false', '--sourcemap', '--emptyOutDir', '--outDir']
build([...unminified, dirs.app])
build(['--config', 'bench/bare/vite.config.ts', ...unminified, dirs.bare])
process.stdout.write('done\n')
mkdirSync(join(ROOT, 'bench/results'), { recursive: true })

for (const target of TARGETS) {
  const { server, base } = await serve(dirs[target])
  const browser = await launch()
  try {
    const { page, errors } = await openPage(browser, pageUrl(target, base, N), N, reactCommitHook)
    await page.waitForTimeout(500)
    const bundleUrl = await page.evaluate(
      () => (document.querySelector('script[type="module"]') as HTMLScriptElement).src,
    )
    const bundlePath = join(dirs[target], new URL(bundleUrl).pathname)
    const sourceOf = sourceLookup(JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8')))

    // 1. Chrome trace of one drag
    const traced: { moves: number; ms: Record<string, number>; events: { event: string; ms: number }[] } = {
      moves: 0,
      ms: {},
      events: [],
    }
    const first = await drag(page, {
      start: () =>
        browser.startTracing(page, {
          categories: [
            'devtools.timeline',
            'disabled-by-default-devtools.timeline',
            'v8.execute',
            'toplevel',
            'blink',
            'cc',
          ],
        }),
      stop: async () => {
        const buf = await browser.stopTracing()
        writeFileSync(join(ROOT, `bench/results/trace-${target}-n${N}.json`), buf)
        Object.assign(traced, phases(JSON.parse(String(buf)).traceEvents))
      },
    })
    await page.waitForTimeout(500)

    // 2. CPU profile + React commits of a second drag
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    let profile: Profile | null = null
    const second = await drag(page, {
      start: async () => {
        await page.evaluate(() => {
          const w = window as unknown as HookWindow
          w.__renders = {}
          w.__commits = 0
          w.__counting = true
        })
        await cdp.send('Profiler.start')
      },
      stop: async () => {
        profile = (await cdp.send('Profiler.stop')).profile as unknown as Profile
        await page.evaluate(() => {
          ;(window as unknown as HookWindow).__counting = false
        })
      },
    })
    const react = await page.evaluate(() => {
      const w = window as unknown as HookWindow
      return { commits: w.__commits, renders: w.__renders }
    })
    if (!profile) throw new Error('no profile')
    writeFileSync(join(ROOT, `bench/results/drag-${target}-n${N}.cpuprofile`), JSON.stringify(profile))
    const c = cpu([profile], sourceOf, bundleUrl)

    const perMove = (ms: number) => +(ms / Math.max(1, traced.moves)).toFixed(1)
    console.log(`\n══ ${target}, N = ${N} ══`)
    console.log(
      `drag 1 (traced): ${first.nodeUpdatesPerS} node updates/s, ${traced.moves} mousemoves handled; ` +
        `main thread per move: ${Object.entries(traced.ms)
          .map(([k, v]) => `${k} ${perMove(v)} ms`)
          .join(', ')}`,
    )
    console.log('main-thread trace events by self time (drag 1):')
    console.table(traced.events)
    console.log(
      `drag 2 (profiled): ${second.nodeUpdatesPerS} node updates/s, ${react.commits} React commits, ` +
        `${c.totalMs} ms sampled`,
    )
    printProfile('drag 2', react, c)

    // 3. app only: edits (add a link in the inspector) under the profiler and the commit hook
    if (target === 'app') {
      const parent = `c${N - 1}`
      const value = await page.evaluate(
        (name) =>
          [...document.querySelectorAll<HTMLOptionElement>('.picker select option')].find((o) =>
            o.textContent?.startsWith(`${name} `),
          )?.value ?? null,
        parent,
      )
      if (!value) throw new Error(`${parent} is not in the container picker`)
      await page.selectOption('.picker select', value)
      const form = page.locator('form.add-link')
      await form.waitFor()
      await page.evaluate(() => {
        const w = window as unknown as HookWindow
        w.__renders = {}
        w.__commits = 0
      })
      const profiles: Profile[] = []
      const times: number[] = []
      for (let k = 0; k < EDITS; k++) {
        const alias = `tr${k}`
        await form.locator('select').selectOption({ label: `c${k}` })
        await form.locator('input').fill(alias)
        await page.waitForTimeout(400)
        await page.evaluate(armEditProbe, alias)
        await page.evaluate(() => {
          ;(window as unknown as HookWindow).__counting = true
        })
        await cdp.send('Profiler.start')
        await form.locator('input').press('Enter')
        await page.waitForFunction(() => (window as unknown as ProbeWindow).__edit !== null, null, { polling: 20 })
        const probe = await page.evaluate(() => {
          const w = window as unknown as ProbeWindow & HookWindow
          w.__counting = false
          return w.__edit
        })
        profiles.push((await cdp.send('Profiler.stop')).profile as unknown as Profile)
        times.push(Math.round((probe?.raf ?? 0) - (probe?.t0 ?? 0)))
      }
      writeFileSync(join(ROOT, `bench/results/edit-app-n${N}.cpuprofile`), JSON.stringify(profiles[0]))
      const editReact = await page.evaluate(() => {
        const w = window as unknown as HookWindow
        return { commits: w.__commits, renders: w.__renders }
      })
      console.log(`\n${EDITS} edits (Enter → frame after the env line): ${times.join(', ')} ms`)
      printProfile(`${EDITS} edits`, editReact, cpu(profiles, sourceOf, bundleUrl))
    }
    if (errors.length) console.log(`page errors: ${errors.join('; ')}`)
  } finally {
    await browser.close()
    server.close()
  }
}
rmSync(work, { recursive: true, force: true })
