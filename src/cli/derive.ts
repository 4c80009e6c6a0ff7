/**
 * `derive INPUT [--format json|text|url]`: a thin shell over the core, with
 * every effect passed in, so tests run it without spawning a process.
 * Contract v1, "Command line".
 */
import { derive, type Parsed, parseScenario, renderText } from '../core'
import { decodeShare, encodeShare, isShareLink } from '../core/share'

/** Everything the CLI touches outside itself. bin.ts passes the real ones; tests pass fakes. */
export interface Io {
  readonly readFile: (path: string) => Promise<string>
  readonly readStdin: () => Promise<string>
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

type Format = 'json' | 'text' | 'url'

interface Args {
  readonly input: string
  readonly format: Format
}

export const USAGE =
  'usage: derive INPUT [--format json|text|url]   (INPUT: a scenario file, - for stdin, or a share link)'

/** Largest file or stdin the CLI reads (a scenario of thousands of containers is far below). */
const MAX_INPUT = 20_000_000

/**
 * Run `derive` and return the exit code: 0 for any structurally valid
 * scenario (docker's refusals are in the report), 2 with one line on stderr
 * for anything else.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv)
  if (!args.ok) return problem(io, args.problem)
  const scenario = await readScenario(args.value.input, io)
  if (!scenario.ok) return problem(io, scenario.problem)
  for (const warning of scenario.warnings) io.stderr(`derive: warning: ${warning}\n`)

  switch (args.value.format) {
    case 'url':
      io.stdout(`/#${encodeShare(scenario.value)}\n`)
      break
    case 'text':
      io.stdout(renderText(derive(scenario.value)))
      break
    case 'json':
      io.stdout(`${JSON.stringify(derive(scenario.value).report, null, 2)}\n`)
      break
  }
  return 0
}

function parseArgs(argv: readonly string[]): Parsed<Args> {
  let input: string | undefined
  let format: Format = 'json'
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    let value: string | undefined
    if (arg === '--format' || arg === '-f') value = argv[++i]
    else if (arg.startsWith('--format=')) value = arg.slice('--format='.length)
    else if (arg === '--help' || arg === '-h') return { ok: false, problem: USAGE }
    else if (arg.startsWith('--')) return { ok: false, problem: `unknown option ${arg}; ${USAGE}` }
    else if (input === undefined) {
      input = arg
      continue
    } else return { ok: false, problem: `one INPUT only, got also ${JSON.stringify(arg)}; ${USAGE}` }
    if (value !== 'json' && value !== 'text' && value !== 'url') {
      return { ok: false, problem: `--format must be json, text or url, got ${JSON.stringify(value ?? '')}` }
    }
    format = value
  }
  if (input === undefined) return { ok: false, problem: USAGE }
  return { ok: true, value: { input, format }, warnings: [] }
}

async function readScenario(input: string, io: Io) {
  if (input !== '-' && isShareLink(input)) return decodeShare(input)
  const name = input === '-' ? 'stdin' : input
  let text: string
  try {
    text = input === '-' ? await io.readStdin() : await io.readFile(input)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'
    return { ok: false as const, problem: `${name}: ${why}` }
  }
  if (text.length > MAX_INPUT) return { ok: false as const, problem: `${name}: larger than ${MAX_INPUT} characters` }
  const trimmed = text.trim()
  // A share link piped in (`echo '…#s=…' | derive -`) reads like one given as an argument.
  if (!trimmed.startsWith('{') && isShareLink(trimmed)) return decodeShare(trimmed)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : ''
    return { ok: false as const, problem: `${name}: not JSON${detail}` }
  }
  return parseScenario(json)
}

function problem(io: Io, line: string): 2 {
  io.stderr(`derive: ${line.replaceAll('\n', ' ')}\n`)
  return 2
}
