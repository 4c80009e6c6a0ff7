/**
 * YAML scalars by hand, for the compose file: plain where every YAML reader
 * (1.1 and 1.2) reads the same string back, double-quoted otherwise. Compose
 * interpolates `$` in values, so a value's `$` is written `$$`.
 */

/** A plain scalar that no YAML version reads as anything but this string. */
const PLAIN = /^[A-Za-z_][A-Za-z0-9_./-]*$/
/** Words YAML 1.1 or 1.2 read as booleans or null. */
const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null)$/i

/**
 * `value` as a YAML scalar: plain when safe, else double-quoted with escapes.
 *
 * @example
 * yamlString('redis')     //=> 'redis'
 * yamlString('8080:80')   //=> '"8080:80"'
 * yamlString('yes')       //=> '"yes"'
 */
export function yamlString(value: string): string {
  if (PLAIN.test(value) && !RESERVED.test(value)) return value
  let out = '"'
  for (const c of value) out += escaped(c)
  return `${out}"`
}

/**
 * A value compose will interpolate, with each `$` doubled so it stays itself.
 *
 * @example
 * composeValue('URL=$HOME') //=> '"URL=$$HOME"'
 */
export function composeValue(value: string): string {
  return yamlString(value.replaceAll('$', '$$$$'))
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
}

/** One character inside double quotes: YAML's printable set as is, the rest escaped. */
function escaped(c: string): string {
  const short = SHORT_ESCAPES[c]
  if (short !== undefined) return short
  const code = c.codePointAt(0) ?? 0
  if (printable(code)) return c
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * YAML's c-printable, less what YAML 1.1 reads as a line break (U+0085, U+2028,
 * U+2029) and the byte-order mark. Code points beyond U+FFFF come as one character.
 */
function printable(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xd7ff && code !== 0x2028 && code !== 0x2029) ||
    (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff) ||
    code >= 0x10000
  )
}
