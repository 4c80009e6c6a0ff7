/** Generated scenarios for benchmarks: n containers, about `linksPer` links each, `ports` exposed ports each. */
import { IMAGES } from '../src/app/palette/images'
import { type DockerEra, parseScenario, type Scenario } from '../src/core'

/** A small deterministic PRNG (mulberry32), so every run measures the same scenario. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function generatedScenario(
  n: number,
  opts: { links?: number; ports?: number; docker?: DockerEra; icc?: boolean } = {},
): Scenario {
  const random = prng(n)
  const ports = opts.ports ?? 3
  const linkCount = opts.links ?? 2 * n
  const containers = Array.from({ length: n }, (_, i) => ({
    name: `c${i}`,
    image: 'redis',
    expose: Array.from(
      { length: ports },
      (_, p) => `${1000 + ((i * 7 + p * 13) % 60000)}/${p % 3 === 2 ? 'udp' : 'tcp'}`,
    ),
    env: [`INDEX=${i}`],
    position: { x: (i % 40) * 220, y: Math.floor(i / 40) * 140 },
  }))
  const links = Array.from({ length: linkCount }, (_, k) => {
    const parent = 1 + Math.floor(random() * (n - 1))
    const child = Math.floor(random() * parent) // children start before their parents
    return { parent: `c${parent}`, child: `c${child}`, alias: `l${k}` }
  })
  const parsed = parseScenario({
    version: 1,
    docker: opts.docker ?? '0.10',
    daemon: { icc: opts.icc ?? true },
    containers,
    links,
  })
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.value
}

/** 30 containers from the palette as a class would build them: web tiers linked to caches and databases. */
export function classroom(): Scenario {
  const pick = (i: number) => IMAGES[i % (IMAGES.length - 1)] ?? IMAGES[0]
  const containers = Array.from({ length: 30 }, (_, i) => {
    const image = pick(i)
    return {
      name: `${image?.label.replace(/[^a-z0-9]/g, '') ?? 'c'}_${i}`,
      image: image?.image ?? '',
      expose: [...(image?.expose ?? [])],
      env: [...(image?.env ?? [])],
      position: { x: 40 + (i % 6) * 240, y: 40 + Math.floor(i / 6) * 170 },
    }
  })
  const links = containers
    .slice(1)
    .map((c, i) => ({ parent: c.name, child: containers[i]?.name ?? '', alias: `svc${i}` }))
  const parsed = parseScenario({ version: 1, docker: '20.10', daemon: { icc: false }, containers, links })
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.value
}
