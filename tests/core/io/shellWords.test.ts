import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Command, readCommand, START, shellQuote } from '../../../src/core/io/shellWords'

/** Every command of `text`, as the lexer reads them. */
function commands(text: string): Command[] {
  const out: Command[] = []
  for (let at = START; at.index < text.length; ) {
    const read = readCommand(text, at)
    if (!read.ok) throw new Error(read.problem.message)
    if (read.command.words.length > 0) out.push(read.command)
    at = read.next
  }
  return out
}

const wordsOf = (text: string) => commands(text).map((c) => c.words.map((w) => w.text))

/** What dash makes of a script whose every command is `w ARGS…`: `<[arg][arg]>` per command. */
function shWords(script: string): string {
  const w = `w() { printf '<'; for a in "$@"; do printf '[%s]' "$a"; done; printf '>\\n'; }\n`
  return execFileSync('sh', ['-c', w + script], { encoding: 'utf8' })
}

const rendered = (text: string) =>
  commands(text)
    .map(
      (c) =>
        `<${c.words
          .slice(1)
          .map((w) => `[${w.text}]`)
          .join('')}>\n`,
    )
    .join('')

describe('readCommand', () => {
  it('splits words on blanks and commands on newline ; && || | &', () => {
    expect(wordsOf('a  b\tc\nd;e && f || g | h & i')).toEqual([
      ['a', 'b', 'c'],
      ['d'],
      ['e'],
      ['f'],
      ['g'],
      ['h'],
      ['i'],
    ])
  })

  it('removes quotes and backslashes as sh does, and joins continuations', () => {
    expect(wordsOf(`a'b c'"d \\" e" f\\ g \\\n h "x\\y" '\\'`)).toEqual([['ab cd " e', 'f g', 'h', 'x\\y', '\\']])
  })

  it('skips comments only at the start of a word', () => {
    expect(wordsOf('a#b # c "d\ne')).toEqual([['a#b'], ['e']])
  })

  it('gives each word its 1-based line and column', () => {
    const [first, second] = commands('  docker run \\\n    --name x\nnext')
    expect(first?.words.map((w) => [w.text, w.line, w.column])).toEqual([
      ['docker', 1, 3],
      ['run', 1, 10],
      ['--name', 2, 5],
      ['x', 2, 12],
    ])
    expect(second?.words[0]).toMatchObject({ line: 3, column: 1 })
  })

  it('marks words a shell would expand, in double quotes and bare, not in single quotes', () => {
    const [c] = commands(`a $HOME "\${X}" '$Y' \`id\` $ "$"`)
    expect(c?.words.map((w) => w.expansion)).toEqual([false, true, true, false, true, false, false])
  })

  it('says where an unterminated quote opens', () => {
    expect(readCommand('ok\nrun "abc\ndef', { index: 3, line: 2, column: 1 })).toEqual({
      ok: false,
      problem: {
        line: 2,
        column: 5,
        word: '"abc',
        message: 'unterminated double quote (no closing " up to line 3, the end)',
      },
    })
  })
})

/** Self-contained pieces of one command's arguments: none ends the command. */
const piece = fc.oneof(
  fc.constantFrom('a', 'b', 'é', ' ', '  ', '\\\n'),
  fc.constantFrom('a', ' ', "'", '"', '\\', '#', 'é', ';', '|').map((c) => `\\${c}`),
  fc.array(fc.constantFrom('a', ' ', '"', '\\', '\n', '#', '$', ';'), { maxLength: 5 }).map((cs) => `'${cs.join('')}'`),
  fc
    .array(fc.constantFrom('a', ' ', "'", '\\\\', '\\"', '\\$', '\\a', '\n', '#', ';', '\\\n'), { maxLength: 5 })
    .map((cs) => `"${cs.join('')}"`),
)
const command = fc.tuple(
  fc.array(piece, { maxLength: 8 }),
  fc.option(fc.constantFrom(' # it\'s "a" comment', ' #')),
  fc.constantFrom('\n', ';', ' && ', '\n\n'),
)
const script = fc
  .array(command, { minLength: 1, maxLength: 4 })
  // A comment runs to the end of its line, so only a newline ends a command that has one.
  .map((cs) =>
    cs
      .map(([pieces, comment, sep], i) => {
        const end = comment || i === cs.length - 1 ? '\n' : sep
        return `w ${pieces.join('')}${comment ?? ''}${end}`
      })
      .join(''),
  )

describe('readCommand agrees with a real POSIX shell (dash)', () => {
  it('on generated scripts of quotes, escapes, continuations and comments', () => {
    fc.assert(
      fc.property(script, (text) => {
        expect(rendered(text)).toBe(shWords(text))
      }),
      { numRuns: 150 },
    )
  })
})

describe('shellQuote', () => {
  it('leaves safe words bare and quotes the rest', () => {
    expect(['redis', '6379/tcp', 'a b', "it's", '', '$HOME', '-x'].map(shellQuote)).toEqual([
      'redis',
      '6379/tcp',
      "'a b'",
      `'it'\\''s'`,
      "''",
      "'$HOME'",
      '-x',
    ])
  })

  it('gives back any string through a real shell and through readCommand', () => {
    const value = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !s.includes('\0'))
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), (values) => {
        const text = `w ${values.map(shellQuote).join(' ')}\n`
        const want = `<${values.map((v) => `[${v}]`).join('')}>\n`
        expect(shWords(text)).toBe(want)
        expect(rendered(text)).toBe(want)
      }),
      { numRuns: 100 },
    )
  })
})
