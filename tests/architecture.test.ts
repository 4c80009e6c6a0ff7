import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { expect, it } from 'vitest'

// The dependency rule, as a test: a stray import fails with the file and the import named.
const ROOT = resolve(import.meta.dirname, '..')
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

const sourceFiles = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(ROOT, dir, name))

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '')

const isUnder = (dir: string, path: string) => path.startsWith(join(ROOT, dir))

it('src/core imports only src/core and reviewed pure packages', () => {
  // valibot: schema validation; fflate: DEFLATE for share links; diff: line diffs; yaml: compose files (loaded
  // on demand by the app). All pure JavaScript with no DOM or Node use in their browser builds.
  const PURE_PACKAGES = ['valibot', 'fflate', 'diff', 'yaml']
  const strays = sourceFiles('src/core').flatMap((file) =>
    importsOf(file)
      .filter((spec) =>
        spec.startsWith('.') ? !isUnder('src/core', resolve(dirname(file), spec)) : !PURE_PACKAGES.includes(spec),
      )
      .map((spec) => `${relative(ROOT, file)} -> ${spec}`),
  )
  expect(strays).toEqual([])
})

it('src/core touches no DOM, Node, clock or randomness', () => {
  const FORBIDDEN = /\b(window|document|localStorage|navigator|process|Date\.now|Math\.random|require)\b/
  const strays = sourceFiles('src/core').filter((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .some((line) => !/^\s*(\/\/|\/\*|\*)/.test(line) && FORBIDDEN.test(line)),
  )
  expect(strays.map((file) => relative(ROOT, file))).toEqual([])
})

it('src/cli imports only the core (its barrel and the share codec) and node:*', () => {
  const strays = sourceFiles('src/cli').flatMap((file) =>
    importsOf(file)
      .filter(
        (spec) =>
          !(spec.startsWith('node:') || spec === '../core' || spec === '../core/share' || spec.startsWith('./')),
      )
      .map((spec) => `${relative(ROOT, file)} -> ${spec}`),
  )
  expect(strays).toEqual([])
})

it('the engine is called from two places: the derivation selector and the CLI', () => {
  const callers = sourceFiles('src')
    .filter((file) => !isUnder('src/core', file))
    .filter((file) => /\bderive(Report)?\(/.test(readFileSync(file, 'utf8')))
  expect(callers.map((file) => relative(ROOT, file)).sort()).toEqual([
    'src/app/store/selectors.ts',
    'src/cli/derive.ts',
  ])
})

it('derive and the engine never execute or fetch anything from their input', () => {
  // `.exec(` is RegExp's; a bare exec/spawn call, fetch, eval or a computed import() is not allowed.
  const FORBIDDEN =
    /(^|[^.\w])(fetch|eval|exec|execFile|spawn)\s*\(|\b(XMLHttpRequest|WebSocket|new Function|child_process|node:http|node:https|node:net|importScripts)\b|\bimport\(\s*[^'"\s]/
  const strays = [...sourceFiles('src/core'), ...sourceFiles('src/cli')].filter((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .some((line) => !/^\s*(\/\/|\/\*|\*)/.test(line) && FORBIDDEN.test(line)),
  )
  expect(strays.map((file) => relative(ROOT, file))).toEqual([])
})

it('the words of the parts loaded on demand are said only by code loaded on demand', async () => {
  const { enPanels } = await import('../src/app/i18n/en.panels')
  const { enTools } = await import('../src/app/i18n/en.tools')
  const { enWhy } = await import('../src/app/i18n/en.why')
  const later = [...Object.keys(enPanels), ...Object.keys(enTools), ...Object.keys(enWhy)]
  // The first load: what main.tsx reaches by static imports of values (`import type` is erased, `import()` waits).
  const STATIC = /^\s*(?:import|export)\s+(?!type\s)[^'"]*?from\s*['"](\.[^'"]+)['"]/gm
  const resolveModule = (from: string, spec: string): string | undefined => {
    const base = resolve(dirname(from), spec)
    return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((path) => {
      try {
        return readFileSync(path) && /\.tsx?$/.test(path)
      } catch {
        return false
      }
    })
  }
  const eager = new Set<string>()
  const queue = [join(ROOT, 'src/app/main.tsx')]
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (eager.has(file)) continue
    eager.add(file)
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC)) {
      const next = resolveModule(file, m[1] ?? '')
      if (next) queue.push(next)
    }
  }
  const strays = [...eager]
    .filter((file) => !isUnder('src/app/i18n', file))
    .flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      const said = later.filter((key) => text.includes(`'${key}'`))
      const prefixes = [...text.matchAll(/`([a-z][\w.-]*\.)\$\{/g)].map((m) => m[1] ?? '')
      const built = later.filter((key) => prefixes.some((prefix) => key.startsWith(prefix)))
      return [...said, ...built].map((key) => `${relative(ROOT, file)}: ${key}`)
    })
  expect(eager.size).toBeGreaterThan(30)
  expect(strays).toEqual([])
})
