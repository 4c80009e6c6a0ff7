/**
 * Engine benchmark: derive time for generated scenarios, and how it scales.
 * `npx tsx bench/engine.ts` (part of `npm run bench`).
 *   1,000 containers / 2,000 links / 3 ports each: the target is < 10 ms median;
 *   2,000 containers must take at most 2.2× the time of 1,000 (no quadratic step).
 *
 * Two ways to time it, because a derive allocates a few MB and V8's young-generation collections
 * land wherever they land:
 * - _single_: the median of single 1k derives one after another, what one edit in the app waits
 *   for. (Single derives of several sizes are no fair scale: a 1k derive often fits between two
 *   collections and a 2k one rarely does, which made 2k/1k 3–4 from one 7 ms pause more or less.)
 * - _amortized_: batches of derives of 10,000 containers in all (10 × 1k, 5 × 2k, 2 × 5k), time per
 *   derive; every size then pays for the collections its allocations cause. The scaling ratios are
 *   taken from these.
 */
import { derive } from '../src/core'
import { generatedScenario } from './scenarios'

const REPS = Number(process.env.REPS ?? 41)
const BATCH_CONTAINERS = 10_000
const BATCHES = Number(process.env.BATCHES ?? 15)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/**
 * Median ms of each of `runs` over `rounds` rounds of `times[k]` calls each, after a warm-up. The
 * runs are interleaved round by round, so the machine's noise (a shared 2-core VM) falls on every
 * size alike.
 */
function measure(runs: readonly (() => unknown)[], rounds: number, times: readonly number[] = runs.map(() => 1)) {
  for (let i = 0; i < 5; i++) for (const run of runs) run() // warm up the JIT
  const samples: number[][] = runs.map(() => [])
  for (let i = 0; i < rounds; i++) {
    runs.forEach((run, k) => {
      const count = times[k] ?? 1
      const t0 = performance.now()
      for (let c = 0; c < count; c++) run()
      samples[k]?.push((performance.now() - t0) / count)
    })
  }
  return samples.map(median)
}

const SIZES = [1000, 2000, 5000] as const
const rows: Record<string, string | number>[] = []
for (const [docker, icc] of [
  ['0.10', true],
  ['20.10', false],
  ['28', false],
] as const) {
  const scenarios = SIZES.map((n) => generatedScenario(n, { docker, icc }))
  const derives = scenarios.map((s) => () => derive(s))
  // derive(): the host simulated (addresses, every rule, refusals); what each edit in the app costs.
  const [single] = measure(derives.slice(0, 1), REPS) as [number]
  const [a1, a2, a5] = measure(
    derives,
    BATCHES,
    SIZES.map((n) => BATCH_CONTAINERS / n),
  ) as [number, number, number]
  // .report: every variable and rule printed as text too; what `derive` (the CLI) prints.
  const [r1, r2] = measure(
    scenarios.slice(0, 2).map((s) => () => derive(s).report),
    REPS,
  ) as [number, number]
  rows.push({
    era: `${docker} icc=${icc}`,
    'rules (1k)': derive(scenarios[0] as (typeof scenarios)[0]).filter.length,
    'single 1k ms': +single.toFixed(2),
    'amortized 1k ms': +a1.toFixed(2),
    '2k ms': +a2.toFixed(2),
    '5k ms': +a5.toFixed(2),
    '2k/1k': +(a2 / a1).toFixed(2),
    '5k/1k': +(a5 / a1).toFixed(2),
    'full report 1k ms': +r1.toFixed(1),
    'report 2k/1k': +(r2 / r1).toFixed(2),
  })
}
console.log(
  `engine: n containers, 2n links, 3 ports each (node ${process.version}); single = median of ${REPS} derives, ` +
    `amortized = median of ${BATCHES} batches of ${BATCH_CONTAINERS} containers`,
)
console.table(rows)
