/**
 * The words around a command: a shell prompt pasted with it, `sudo`, variable
 * assignments, and the `docker` client's own flags before its subcommand.
 */
import { globalFlag } from './runFlags'
import type { Word } from './shellWords'

/** A prompt word: `$`, `%`, `>`, `user@host:~$`, `host:/dir#`, `bash-5.2$`. */
const PROMPT = /^(?:[$%>]|\S*[@:]\S*[$#%>]|[\w.-]+-\d[\d.]*[$#])$/
/** A variable assignment before a command: `DOCKER_HOST=… docker run`. */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/
/** sudo's options that take a value. */
const SUDO_VALUE = new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T'])

/**
 * The command's own words: prompt, `sudo` (with its options) and variable assignments left out.
 *
 * @example
 * commandWords(words('user@host:~$ sudo -E docker run x'), notes) //=> words('docker run x')
 */
export function commandWords(words: readonly Word[], notes: string[]): readonly Word[] {
  let i = 0
  while (i < words.length && PROMPT.test(words[i]?.text ?? '')) i++
  if (words[i]?.text === 'sudo') {
    i++
    while (i < words.length && words[i]?.text.startsWith('-')) {
      const flag = words[i]?.text ?? ''
      i += SUDO_VALUE.has(flag) ? 2 : 1
      if (flag === '--') break
    }
  }
  while (i < words.length && ASSIGNMENT.test(words[i]?.text ?? '') && words[i + 1] !== undefined) {
    notes.push(`line ${words[i]?.line}: ${words[i]?.text.split('=')[0]}=… before the command is not read`)
    i++
  }
  return words.slice(i)
}

/**
 * The words after `docker`'s own flags (`-H tcp://…`), or `null` at a flag it does not know (`docker -d`).
 *
 * @example
 * afterGlobalFlags(words('-H tcp://h:2375 run x'), notes) //=> words('run x')
 */
export function afterGlobalFlags(words: readonly Word[], notes: string[]): readonly Word[] | null {
  let i = 0
  while (i < words.length && words[i]?.text.startsWith('-')) {
    const text = words[i]?.text ?? ''
    const takesValue = globalFlag(text.split('=')[0] ?? '')
    if (takesValue === undefined) return null
    notes.push(`line ${words[i]?.line}: docker ${text}: a client flag, ignored`)
    i += takesValue && !text.includes('=') ? 2 : 1
  }
  return words.slice(i)
}
