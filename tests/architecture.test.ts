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
