/**
 * What an edit changed: two derivations compared line by line, so the app can
 * mark added lines (+) and removed ones (−, struck through, where they were),
 * and say it in one sentence. Pure; the line diff is jsdiff's `diffArrays`.
 */
import { diffArrays } from 'diff'
import type { Derivation } from './derive'

export interface LineChange<T> {
  readonly kind: 'same' | 'added' | 'removed'
  readonly line: T
}

/**
 * The lines of `after`, with the lines of `before` that are gone put back where
 * they were, marked removed.
 *
 * @example
 * diffLines(['a', 'b'], ['a', 'c'], (l) => l)
 * //=> [{ kind: 'same', line: 'a' }, { kind: 'removed', line: 'b' }, { kind: 'added', line: 'c' }]
 */
export function diffLines<T>(before: readonly T[], after: readonly T[], key: (line: T) => string): LineChange<T>[] {
  const out: LineChange<T>[] = []
  const a = before.map(key)
  const b = after.map(key)
  let i = 0
  let j = 0
  for (const part of diffArrays(a, b)) {
    for (let k = 0; k < part.count; k++) {
      if (part.removed) out.push({ kind: 'removed', line: before[i++] as T })
      else if (part.added) out.push({ kind: 'added', line: after[j++] as T })
      else {
        out.push({ kind: 'same', line: after[j++] as T })
        i++
      }
    }
  }
  return out
}

/** Counts of what changed, for a one-line summary. */
export interface ChangeSummary {
  /** Per container (by name): link variables added and removed. */
  readonly env: readonly { readonly container: string; readonly added: number; readonly removed: number }[]
  readonly hosts: readonly { readonly container: string; readonly added: number; readonly removed: number }[]
  /** Per table and chain: rules added and removed. */
  readonly rules: readonly {
    readonly table: 'filter' | 'nat'
    readonly chain: string
    readonly added: number
    readonly removed: number
  }[]
  /** Containers that started or stopped running. */
  readonly started: readonly string[]
  readonly stopped: readonly string[]
  /** Containers running before and after, at a new address. */
  readonly moved: readonly { readonly container: string; readonly from: string; readonly to: string }[]
}

const count = (changes: readonly LineChange<unknown>[], kind: 'added' | 'removed') =>
  changes.reduce((n, c) => n + (c.kind === kind ? 1 : 0), 0)

/**
 * Compare two derivations: what the edit between them added and removed.
 * Containers are matched by name, so renames count as one removed and one added.
 */
export function summarizeChanges(before: Derivation, after: Derivation): ChangeSummary {
  const previous = new Map(before.containers.map((c) => [c.name, c]))
  const env: { container: string; added: number; removed: number }[] = []
  const hosts: { container: string; added: number; removed: number }[] = []
  const started: string[] = []
  const stopped: string[] = []
  const moved: { container: string; from: string; to: string }[] = []
  const text = (l: { key?: string; value?: string; text?: string }) => l.text ?? `${l.key}=${l.value}`
  for (const c of after.containers) {
    const p = previous.get(c.name)
    if ((p?.status === 'running') !== (c.status === 'running'))
      (c.status === 'running' ? started : stopped).push(c.name)
    const e = diffLines(p?.env ?? [], c.env, text)
    const h = diffLines(p?.hosts ?? [], c.hosts, text)
    if (count(e, 'added') + count(e, 'removed') > 0) {
      env.push({ container: c.name, added: count(e, 'added'), removed: count(e, 'removed') })
    }
    if (count(h, 'added') + count(h, 'removed') > 0) {
      hosts.push({ container: c.name, added: count(h, 'added'), removed: count(h, 'removed') })
    }
  }
  const names = new Set(after.containers.map((c) => c.name))
  for (const p of before.containers) {
    if (names.has(p.name)) continue
    if (p.status === 'running') stopped.push(p.name)
    if (p.env.length > 0) env.push({ container: p.name, added: 0, removed: p.env.length })
  }
  const rules: { table: 'filter' | 'nat'; chain: string; added: number; removed: number }[] = []
  for (const table of ['filter', 'nat'] as const) {
    const byChain = new Map<string, { added: number; removed: number }>()
    for (const change of diffLines(before[table], after[table], (l) => l.text)) {
      if (change.kind === 'same') continue
      const chain = change.line.rule?.chain ?? change.line.text.split(' ')[1] ?? ''
      const entry = byChain.get(chain) ?? { added: 0, removed: 0 }
      entry[change.kind]++
      byChain.set(chain, entry)
    }
    for (const [chain, n] of byChain) rules.push({ table, chain, ...n })
  }
  return { env, hosts, rules, started, stopped, moved }
}
