/**
 * Engine benchmark: median derive time for generated scenarios, and how it
 * scales. `npm run bench:engine` (part of `npm run bench`).
 *   1,000 containers / 2,000 links / 3 ports each: the target is < 10 ms median;
 *   2,000 containers must take at most 2.2× the time of 1,000 (no quadratic step).
 */
import { derive } from '../src/core'
import { generatedScenario } from './scenarios'

const REPS = Number(process.env.REPS ?? 41)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/**
 * Median ms of each of `runs` over REPS rounds, after a warm-up. The runs are
 * interleaved round by round, so the machine's noise (this is a shared 2-core
 * VM, and V8's collector runs when it likes) falls on every size alike.
 */
function measure(runs: readonly (() => unknown)[]): number[] {
  for (let i = 0; i < 5; i++) for (const run of runs) run() // warm up the JIT
  const times: number[][] = runs.map(() => [])
  for (let i = 0; i < REPS; i++) {
    runs.forEach((run, k) => {
      const t0 = performance.now()
      run()
      times[k]?.push(performance.now() - t0)
    })
  }
  return times.map(median)
}

const rows: Record<string, string | number>[] = []
for (const [docker, icc] of [
  ['0.10', true],
  ['20.10', false],
  ['28', false],
] as const) {
  const scenarios = [1000, 2000, 5000].map((n) => generatedScenario(n, { docker, icc }))
  // derive(): the host simulated (addresses, every rule, refusals); what each edit in the app costs.
  const [t1, t2, t5] = measure(scenarios.map((s) => () => derive(s))) as [number, number, number]
  // .report: every variable and rule printed as text too; what `derive` (the CLI) prints.
  const [r1, r2] = measure(scenarios.slice(0, 2).map((s) => () => derive(s).report)) as [number, number]
  rows.push({
    era: `${docker} icc=${icc}`,
    'rules (1k)': derive(scenarios[0] as (typeof scenarios)[0]).filter.length,
    'derive 1k ms': +t1.toFixed(2),
    '2k ms': +t2.toFixed(2),
    '5k ms': +t5.toFixed(2),
    '2k/1k': +(t2 / t1).toFixed(2),
    '5k/1k': +(t5 / t1).toFixed(2),
    'full report 1k ms': +r1.toFixed(1),
    'report 2k/1k': +(r2 / r1).toFixed(2),
  })
}
console.log(`engine: median of ${REPS} runs; n containers, 2n links, 3 ports each (node ${process.version})`)
console.table(rows)
