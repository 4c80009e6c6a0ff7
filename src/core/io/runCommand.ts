/**
 * One `docker run`: its words after `run` read as docker's flag parser reads
 * them (long flags with ` ` or `=`, clusters such as `-it`, `-p80:80`, `--`),
 * into what the container is: name, links, ports, environment, image.
 */
import { type FlagSpec, runFlag } from './runFlags'
import type { Position, Word } from './shellWords'

/** A problem at one word of the input: `line 3, word "--frobnicate": unknown flag for docker run`. */
export interface ImportProblem extends Position {
  readonly word: string
  readonly message: string
}

/** A flag read and left out, because it does not change what links do. */
export interface IgnoredUse extends Position {
  /** As written: `--rm`, `-v`, `--network`. */
  readonly flag: string
  readonly value?: string
  /** Why it matters anyway, when it does. */
  readonly why?: string
}

/** A `--link` as written. */
export interface LinkUse extends Position {
  readonly child: string
  readonly alias: string
  /** `--link child` with no `:alias`. */
  readonly bare: boolean
}

/** What one `docker run` asks for. */
export interface RunDraft {
  readonly name?: string
  /** Where the name was given, when it was given twice or more (the last wins). */
  readonly renamed: readonly Position[]
  readonly image: string
  readonly imageAt?: Position
  readonly expose: readonly string[]
  /** `-e KEY=VALUE` as given. */
  readonly env: readonly string[]
  /** `-e KEY` without `=`: not imported. */
  readonly envFromShell: readonly (Position & { readonly key: string })[]
  readonly publish: readonly string[]
  readonly links: readonly LinkUse[]
  readonly ignored: readonly IgnoredUse[]
}

interface Draft {
  name?: string
  renamed: Position[]
  image: string
  imageAt?: Position
  expose: string[]
  env: string[]
  envFromShell: (Position & { key: string })[]
  publish: string[]
  links: LinkUse[]
  ignored: IgnoredUse[]
}

/**
 * A problem at `at`, its message naming the line and the word.
 *
 * @example
 * problemAt({ line: 3, column: 12 }, '--frobnicate', 'unknown flag for docker run')
 * //=> { line: 3, column: 12, word: '--frobnicate', message: 'line 3, word "--frobnicate": unknown flag for docker run' }
 */
export function problemAt(at: Position, word: string, reason: string): ImportProblem {
  return { line: at.line, column: at.column, word, message: `line ${at.line}, word ${JSON.stringify(word)}: ${reason}` }
}

/** Go's strconv.ParseBool, which docker's flag parsers use for `--rm=false`. */
const GO_BOOL = /^(?:1|0|t|f|T|F|true|false|TRUE|FALSE|True|False)$/

type Step = { readonly next: number } | { readonly problem: ImportProblem }

/**
 * Read the words after `docker run`.
 *
 * @example
 * readRun(words('-d --name redis -p 6379:6379 redis:7'), runWord)
 * //=> { name: 'redis', image: 'redis:7', publish: ['6379:6379'], ignored: [{ flag: '-d' … }] … }
 */
export function readRun(args: readonly Word[], run: Word): RunDraft | ImportProblem {
  const draft: Draft = {
    renamed: [],
    image: '',
    expose: [],
    env: [],
    envFromShell: [],
    publish: [],
    links: [],
    ignored: [],
  }
  let i = 0
  while (i < args.length) {
    const word = args[i] as Word
    if (word.text === '--' || !word.text.startsWith('-') || word.text === '-') {
      const image = word.text === '--' ? args[i + 1] : word
      if (image === undefined) break
      draft.image = image.text
      draft.imageAt = image
      // What follows the image is the container's command: not docker's business here.
      return draft
    }
    const step = word.text.startsWith('--') ? longFlag(args, i, draft) : shortFlags(args, i, draft)
    if ('problem' in step) return step.problem
    i = step.next
  }
  return problemAt(run, run.text, 'docker run needs an image ("requires at least 1 argument")')
}

/** `--name X`, `--name=X`, `--rm`, `--rm=false`. */
function longFlag(args: readonly Word[], i: number, draft: Draft): Step {
  const word = args[i] as Word
  const eq = word.text.indexOf('=')
  const flag = eq < 0 ? word.text : word.text.slice(0, eq)
  const spec = runFlag(flag)
  if (spec === undefined) return { problem: problemAt(word, word.text, 'unknown flag for docker run') }
  if (eq >= 0) return use(spec, flag, word.text.slice(eq + 1), word, draft, i + 1)
  if (!spec.value) return use(spec, flag, undefined, word, draft, i + 1)
  const value = args[i + 1]
  if (value === undefined) return { problem: needsValue(word, flag) }
  return use(spec, flag, value.text, word, draft, i + 2)
}

/** `-d`, `-it`, `-p 80:80`, `-p80:80`, `-p=80:80`, `-dp 80:80`. */
function shortFlags(args: readonly Word[], i: number, draft: Draft): Step {
  const word = args[i] as Word
  const letters = word.text.slice(1)
  for (let k = 0; k < letters.length; k++) {
    const flag = `-${letters[k]}`
    const spec = runFlag(flag)
    if (spec === undefined) return { problem: problemAt(word, word.text, unknownShort(flag, word.text)) }
    const rest = letters.slice(k + 1)
    const attached = rest.startsWith('=') ? rest.slice(1) : rest
    if (!spec.value && !rest.startsWith('=')) {
      const step = use(spec, flag, undefined, word, draft, i + 1)
      if ('problem' in step) return step
      continue
    }
    if (attached !== '' || rest.startsWith('=')) return use(spec, flag, attached, word, draft, i + 1)
    const value = args[i + 1]
    if (value === undefined) return { problem: needsValue(word, flag) }
    return use(spec, flag, value.text, word, draft, i + 2)
  }
  return { next: i + 1 }
}

function use(spec: FlagSpec, flag: string, value: string | undefined, at: Word, draft: Draft, next: number): Step {
  if (!spec.value && value !== undefined && !GO_BOOL.test(value)) {
    return {
      problem: problemAt(at, at.text, `invalid argument ${JSON.stringify(value)} for ${flag}: not true or false`),
    }
  }
  const where = { line: at.line, column: at.column }
  switch (spec.kind) {
    case 'name':
      if (draft.name !== undefined) draft.renamed.push(where)
      // An empty --name is no name: docker makes one up.
      draft.name = value === '' ? undefined : value
      break
    case 'link':
      draft.links.push(readLinkValue(value ?? '', where))
      break
    case 'expose':
      draft.expose.push(value ?? '')
      break
    case 'env':
      if (value?.includes('=')) draft.env.push(value)
      else draft.envFromShell.push({ ...where, key: value ?? '' })
      break
    case 'publish':
      draft.publish.push(value ?? '')
      break
    case 'ignored':
      draft.ignored.push({
        ...where,
        flag,
        ...(value === undefined ? {} : { value }),
        ...(spec.why === undefined || !mattersTo(spec, value) ? {} : { why: spec.why }),
      })
      break
  }
  return { next }
}

/** `--net bridge` and `--rm=false`-like switches turned off change nothing worth a note. */
function mattersTo(spec: FlagSpec, value: string | undefined): boolean {
  if (spec.long === '--network' || spec.long === '--net') return value !== 'bridge' && value !== 'default'
  if (!spec.value) return value === undefined || /^(?:1|t|T|true|TRUE|True)$/.test(value)
  return true
}

/** `child:alias`, or `child` alone (alias = child, from docker 1.7). Only the first `:` splits. */
function readLinkValue(value: string, at: Position): LinkUse {
  const colon = value.indexOf(':')
  if (colon < 0) return { ...at, child: value, alias: value, bare: true }
  return { ...at, child: value.slice(0, colon), alias: value.slice(colon + 1), bare: false }
}

function needsValue(at: Word, flag: string): ImportProblem {
  return problemAt(at, at.text, `flag ${flag} needs a value ("flag needs an argument")`)
}

/** `-name`, docker 0.x's single-dash spelling, gets a hint. */
function unknownShort(flag: string, word: string): string {
  const long = `-${word.split('=')[0] ?? ''}`
  const hint = word.length > 2 && runFlag(long) ? ` (docker 0.x's ${word.split('=')[0]} is written ${long} here)` : ''
  return word.length > 2 ? `unknown flag ${flag} in ${word} for docker run${hint}` : 'unknown flag for docker run'
}
