/**
 * Shell words, both ways: reading a pasted session or script into commands and
 * words the way a POSIX shell splits them (quotes, backslashes, line
 * continuations, comments, `;` `&&` `||` `|` `&`), and quoting a value so that
 * a shell reads it back unchanged. Nothing is expanded: `$VAR`, `$(…)` and
 * backquotes stay literal, and the word says that it had one.
 */

/** Where a word starts: 1-based line and column of its first character. */
export interface Position {
  readonly line: number
  readonly column: number
}

/** One shell word after quote removal. */
export interface Word extends Position {
  readonly text: string
  /** It holds a `$` expansion or a backquote that a shell would have expanded. */
  readonly expansion: boolean
}

/** A simple command: the words between two separators. */
export interface Command extends Position {
  readonly words: readonly Word[]
}

/** Why the text could not be split: an unterminated quote. */
export interface LexProblem extends Position {
  readonly word: string
  readonly message: string
}

/** One command read from `at`, and where reading goes on. */
export type CommandRead =
  | { readonly ok: true; readonly command: Command; readonly next: Cursor }
  | { readonly ok: false; readonly problem: LexProblem }

/** A place in the text: its index, and the line and column it stands for. */
export interface Cursor extends Position {
  readonly index: number
}

/** The start of a text. */
export const START: Cursor = { index: 0, line: 1, column: 1 }

/** A shell expands `$` before a name, a digit, a special parameter, `{` or `(`. */
const EXPANDS = /[A-Za-z0-9_{(@*#?$!-]/

class Reader {
  index: number
  line: number
  column: number
  readonly src: string

  constructor(src: string, at: Cursor) {
    this.src = src
    this.index = at.index
    this.line = at.line
    this.column = at.column
  }

  peek(offset = 0): string | undefined {
    return this.src[this.index + offset]
  }

  /** Move past one character, keeping line and column. */
  skip(): void {
    if (this.src[this.index] === '\n') {
      this.line++
      this.column = 1
    } else this.column++
    this.index++
  }

  get cursor(): Cursor {
    return { index: this.index, line: this.line, column: this.column }
  }
}

/** The word being built. */
interface Building {
  text: string
  start: Position
  expansion: boolean
}

/**
 * Read the next simple command from `at`. Empty commands (blank lines,
 * comments) come back with no words. `next.index === text.length` at the end.
 *
 * @example
 * readCommand('sudo docker run -d \\\n  --name "my db" redis # x', START)
 * //=> { ok: true, command: { words: ['sudo', 'docker', 'run', '-d', '--name', 'my db', 'redis'] … } … }
 */
export function readCommand(text: string, at: Cursor): CommandRead {
  const r = new Reader(text, at)
  const words: Word[] = []
  let word: Building | null = null
  const start = (): Building => {
    word ??= { text: '', start: { line: r.line, column: r.column }, expansion: false }
    return word
  }
  const end = (): void => {
    if (word) words.push({ text: word.text, expansion: word.expansion, ...word.start })
    word = null
  }
  const commandStart = { line: r.line, column: r.column }
  for (let c = r.peek(); c !== undefined; c = r.peek()) {
    if (c === '\\') {
      if (r.peek(1) === '\n') {
        r.skip()
        r.skip()
        continue
      }
      const w = start()
      r.skip()
      const escaped = r.peek()
      // A backslash at the very end stays itself, as in sh.
      w.text += escaped ?? '\\'
      if (escaped !== undefined) r.skip()
    } else if (c === "'" || c === '"') {
      const w = start()
      // Where the quote opens, and the rest of its line: what the problem shows.
      const quoteAt = { line: r.line, column: r.column }
      const lineEnd = text.indexOf('\n', r.index)
      const rest = text.slice(r.index, lineEnd < 0 ? undefined : lineEnd)
      const quoted = c === "'" ? singleQuoted(r) : doubleQuoted(r)
      if (quoted === null) return { ok: false, problem: unterminated(c, rest, quoteAt, r.line) }
      w.text += quoted.text
      w.expansion ||= quoted.expansion
    } else if (c === '#' && word === null) {
      while (r.peek() !== undefined && r.peek() !== '\n') r.skip()
    } else if (c === ' ' || c === '\t' || c === '\r') {
      end()
      r.skip()
    } else if (c === '\n' || c === ';' || c === '&' || c === '|') {
      end()
      r.skip()
      if ((c === '&' || c === '|') && r.peek() === c) r.skip()
      return { ok: true, command: { words, ...commandStart }, next: r.cursor }
    } else {
      const w = start()
      if (c === '`' || (c === '$' && EXPANDS.test(r.peek(1) ?? ''))) w.expansion = true
      w.text += c
      r.skip()
    }
  }
  end()
  return { ok: true, command: { words, ...commandStart }, next: r.cursor }
}

/** The text between single quotes (the reader is on the opening quote); `null` when it never closes. */
function singleQuoted(r: Reader): { text: string; expansion: boolean } | null {
  r.skip()
  let text = ''
  for (let c = r.peek(); c !== undefined; c = r.peek()) {
    r.skip()
    if (c === "'") return { text, expansion: false }
    text += c
  }
  return null
}

/** The text between double quotes: `\` escapes only `$`, backquote, `"`, `\` and a newline. */
function doubleQuoted(r: Reader): { text: string; expansion: boolean } | null {
  r.skip()
  let text = ''
  let expansion = false
  for (let c = r.peek(); c !== undefined; c = r.peek()) {
    r.skip()
    if (c === '"') return { text, expansion }
    if (c === '\\') {
      const next = r.peek()
      if (next === '\n') {
        r.skip()
        continue
      }
      if (next === '$' || next === '`' || next === '"' || next === '\\') {
        text += next
        r.skip()
        continue
      }
    }
    if (c === '`' || (c === '$' && EXPANDS.test(r.peek() ?? ''))) expansion = true
    text += c
  }
  return null
}

function unterminated(quote: string, word: string, at: Position, lastLine: number): LexProblem {
  const kind = quote === "'" ? 'single' : 'double'
  return { ...at, word, message: `unterminated ${kind} quote (no closing ${quote} up to line ${lastLine}, the end)` }
}

/** What a shell reads as one word without quotes. */
const BARE = /^[A-Za-z0-9_@%+=:,./-]+$/

/**
 * `value` as one shell word: bare when it is safe, otherwise in single quotes
 * (a `'` inside becomes `'\''`). The empty string is `''`.
 *
 * @example
 * shellQuote('redis')       //=> 'redis'
 * shellQuote('a b')         //=> "'a b'"
 * shellQuote("it's")        //=> "'it'\\''s'"
 */
export function shellQuote(value: string): string {
  if (BARE.test(value)) return value
  return `'${value.replaceAll("'", `'\\''`)}'`
}
