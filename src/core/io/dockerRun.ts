/**
 * A way in: a pasted shell session or script of `docker run` commands becomes a
 * scenario. Lines are read as a POSIX shell splits them (nothing is expanded);
 * prompts (`$ `, `user@host:~$ `) and `sudo` are skipped; `docker start|stop|restart`
 * become lifecycle events; every other command is named in `notes`. Flags that do
 * not change links are listed in `ignored`, never dropped silently, and an unknown
 * flag is an error naming its line and word. The result goes through
 * `parseScenario`, the one door in, like any other input.
 */
import { DEFAULT_ERA, type DockerEra } from '../eras'
import { generatedName } from '../generatedNames'
import { parseScenario } from '../parseScenario'
import type { LifecycleAction, Scenario } from '../scenario'
import { afterGlobalFlags, commandWords } from './commandLine'
import { type ImageLookup, unknownImagesNote, withImage } from './images'
import { type ImportProblem, problemAt, type RunDraft, readRun } from './runCommand'
import { lifecycleFlag } from './runFlags'
import { type Command, type Position, readCommand, START, type Word } from './shellWords'

export type { ImageDefaults, ImageLookup } from './images'
export type { ImportProblem } from './runCommand'

/** How to read a session: the era it is for, and what images declare. */
export interface DockerRunOptions {
  /** The Docker era of the scenario; `'0.10'` by default. */
  readonly docker?: DockerEra
  /**
   * What an image declares, when known (the app's image palette). Without it a
   * container gets only what its command line says: `crosbymichael/redis` then
   * exposes nothing, so a link to it has no `DB_PORT`.
   */
  readonly images?: ImageLookup
}

/** A flag that was read and left out because it does not change what links do. */
export interface IgnoredFlag extends Position {
  /** As written: `--rm`, `-v`, `--network`. */
  readonly flag: string
  readonly value?: string
  /** The container it was given to. */
  readonly container: string
}

/** The scenario with what was left out and why, or the one problem that stopped the reading. */
export type DockerRunImport =
  | {
      readonly ok: true
      readonly scenario: Scenario
      readonly ignored: readonly IgnoredFlag[]
      /** One line each, `line 4: …`: other commands, unexpanded `$VAR`s, flags that matter after all. */
      readonly notes: readonly string[]
    }
  | { readonly ok: false; readonly problem: ImportProblem }

interface RunLine {
  readonly run: Word
  readonly draft: RunDraft
}

interface EventLine {
  readonly at: Word
  readonly action: LifecycleAction
  readonly container: string
  /** How many `docker run`s came before it. */
  readonly runsBefore: number
}

interface Session {
  readonly runs: RunLine[]
  readonly events: EventLine[]
  readonly notes: string[]
}

/**
 * Read a shell session or script into a scenario, in the order the commands ran.
 *
 * @example
 * importDockerRun('$ sudo docker run -d --name redis crosbymichael/redis\n$ sudo docker run -t -i --link redis:db ubuntu bash')
 * //=> { ok: true, scenario: { containers: [redis, <generated name>], links: [{ child: 'redis', alias: 'db' … }] … },
 * //     ignored: [-d, -t, -i], notes: […] }
 * importDockerRun('docker run --frobnicate x')
 * //=> { ok: false, problem: { line: 1, column: 12, word: '--frobnicate',
 * //     message: 'line 1, word "--frobnicate": unknown flag for docker run' } }
 */
export function importDockerRun(text: string, options: DockerRunOptions = {}): DockerRunImport {
  const docker = options.docker ?? DEFAULT_ERA
  const session: Session = { runs: [], events: [], notes: [] }
  const source = text.replaceAll('\r\n', '\n')
  for (let at = START; at.index < source.length; ) {
    const read = readCommand(source, at)
    const lineEnd = source.indexOf('\n', at.index)
    const line = source.slice(at.index, lineEnd < 0 ? undefined : lineEnd)
    // Pasted output (`It's up`) may hold a lone quote: only a docker command's quotes are read across lines.
    const spans = read.ok && source.slice(at.index, read.next.index).replace(/\n$/, '').includes('\n')
    if ((!read.ok || spans) && !/\bdocker\b/.test(line) && !line.endsWith('\\')) {
      session.notes.push(`line ${at.line}: an unclosed quote; not a docker command, ignored`)
      if (lineEnd < 0) break
      at = { index: lineEnd + 1, line: at.line + 1, column: 1 }
      continue
    }
    if (!read.ok) return { ok: false, problem: problemAt(read.problem, read.problem.word, read.problem.message) }
    const problem = readOne(read.command, session, docker)
    if (problem) return { ok: false, problem }
    at = read.next
  }
  return build(session, docker, options)
}

/** One command of the session: a run, an event, or a note. */
function readOne(command: Command, session: Session, docker: DockerEra): ImportProblem | null {
  const words = commandWords(command.words, session.notes)
  const first = words[0]
  if (first === undefined) return null
  if (first.text !== 'docker' && !first.text.endsWith('/docker')) {
    session.notes.push(`line ${first.line}: ${shown(words)} is not a docker command; ignored`)
    return null
  }
  const rest = afterGlobalFlags(words.slice(1), session.notes)
  if (rest === null) {
    session.notes.push(`line ${first.line}: ${shown(words)}: not read; ignored`)
    return null
  }
  noteExpansions(words, session.notes)
  const [sub, ...args] = rest[0]?.text === 'container' ? rest.slice(1) : rest
  if (sub === undefined) return null
  if (sub.text === 'run') return readRunLine(sub, args, session, docker)
  if (sub.text === 'start' || sub.text === 'stop' || sub.text === 'restart') {
    return readEvent(sub, sub.text, args, session)
  }
  const why = sub.text === 'create' ? ' (it makes a container without starting it: use docker run)' : ''
  session.notes.push(`line ${sub.line}: docker ${sub.text} is not read${why}; ignored`)
  return null
}

function readRunLine(run: Word, args: readonly Word[], session: Session, docker: DockerEra): ImportProblem | null {
  const draft = readRun(args, run)
  if ('message' in draft) return draft
  for (const link of draft.links) {
    if (link.bare && (docker === '0.10' || docker === '1.0')) {
      session.notes.push(
        `line ${link.line}: --link ${link.child} has no alias: Docker ${docker} refuses it ` +
          `("Invalid format to parse.  ${link.child} should match template name:alias"); ` +
          `kept as ${link.child}:${link.child}, as Docker 1.7 and later read it`,
      )
    }
  }
  for (const env of draft.envFromShell) {
    session.notes.push(
      `line ${env.line}: -e ${env.key} has no "=": docker takes its value from the shell that runs it; not imported`,
    )
  }
  for (const at of draft.renamed) session.notes.push(`line ${at.line}: --name given twice; the last one counts`)
  for (const flag of draft.ignored) {
    if (flag.why)
      session.notes.push(`line ${flag.line}: ${flag.flag}${flag.value ? ` ${flag.value}` : ''}: ${flag.why}`)
  }
  session.runs.push({ run, draft })
  return null
}

function readEvent(at: Word, action: LifecycleAction, args: readonly Word[], session: Session): ImportProblem | null {
  let names = 0
  let flags = true
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as Word
    if (flags && word.text === '--') {
      flags = false
      continue
    }
    if (flags && word.text.startsWith('-') && word.text !== '-') {
      const flag = word.text.split('=')[0] ?? ''
      const takesValue = lifecycleFlag(flag)
      if (takesValue === undefined) return problemAt(word, word.text, `unknown flag for docker ${action}`)
      if (takesValue && !word.text.includes('=')) i++
      continue
    }
    session.events.push({ at: word, action, container: word.text, runsBefore: session.runs.length })
    names++
  }
  return names === 0
    ? problemAt(at, at.text, `docker ${action} needs a container ("requires at least 1 argument")`)
    : null
}

function noteExpansions(words: readonly Word[], notes: string[]): void {
  for (const word of words) {
    if (word.expansion) notes.push(`line ${word.line}: ${JSON.stringify(word.text)} is not expanded; read as written`)
  }
}

/** The start of a command, for a note. */
function shown(words: readonly Word[]): string {
  const text = words.map((w) => w.text).join(' ')
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text)
}

/** The scenario, through `parseScenario`. */
function build(session: Session, docker: DockerEra, options: DockerRunOptions): DockerRunImport {
  const names = containerNames(session.runs)
  const known = new Set(names)
  const notes = [...session.notes]
  const unknownImages = new Set<string>()
  const containers = session.runs.map(({ draft }, i) => {
    const image = options.images?.(draft.image)
    if (image === undefined && draft.image !== '') unknownImages.add(draft.image)
    return { name: names[i] ?? '', image: draft.image, ...withImage(draft, image), publish: draft.publish }
  })
  const links = session.runs.flatMap(({ draft }, i) =>
    draft.links.map((l) => ({ parent: names[i] ?? '', child: l.child, alias: l.alias })),
  )
  for (const e of session.events) {
    if (!known.has(e.container))
      notes.push(`line ${e.at.line}: docker ${e.action} ${e.container}: no container of that name ran`)
    else if (e.runsBefore < session.runs.length) {
      notes.push(
        `line ${e.at.line}: docker ${e.action} before later docker runs: Link Lab plays events after every run`,
      )
    }
  }
  notes.sort((a, b) => lineOf(a) - lineOf(b))
  notes.push(...unknownImagesNote(unknownImages, options.images !== undefined))
  const parsed = parseScenario({
    version: 1,
    docker,
    containers,
    links,
    events: session.events.map((e) => ({ action: e.action, container: e.container })),
  })
  if (!parsed.ok) return { ok: false, problem: locate(parsed.problem, session) }
  const ignored = session.runs.flatMap(({ draft }, i) =>
    draft.ignored.map(({ why: _why, ...flag }): IgnoredFlag => ({ ...flag, container: names[i] ?? '' })),
  )
  return { ok: true, scenario: parsed.value, ignored, notes }
}

/** The line a note is about (`line 4: …`), for keeping notes in line order. */
function lineOf(note: string): number {
  return Number(/^line (\d+):/.exec(note)?.[1] ?? Number.MAX_SAFE_INTEGER)
}

/** `--name`s, and docker-style names for the rest, never one that the session uses. */
function containerNames(runs: readonly RunLine[]): string[] {
  const taken = new Set(runs.flatMap(({ draft }) => (draft.name === undefined ? [] : [draft.name])))
  return runs.map(({ draft }, i) => {
    if (draft.name !== undefined) return draft.name
    const name = generatedName(i, taken)
    taken.add(name)
    return name
  })
}

/** `containers[3].expose[0]: …` from parseScenario, pointed at the line that made container 3. */
function locate(problem: string, session: Session): ImportProblem {
  const match = /^(containers|links|events)\[(\d+)\]/.exec(problem)
  const origin = match ? originOf(match[1] ?? '', Number(match[2]), session) : undefined
  const at = origin ?? session.runs.at(-1)?.run ?? { line: 1, column: 1, text: '' }
  return problemAt(at, at.text, problem)
}

function originOf(kind: string, n: number, session: Session): (Position & { readonly text: string }) | undefined {
  if (kind === 'containers') return session.runs[n]?.run
  if (kind === 'events') return session.events[n]?.at
  const link = session.runs.flatMap(({ draft }) => draft.links)[n]
  return link && { line: link.line, column: link.column, text: '--link' }
}
