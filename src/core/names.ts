/**
 * Container names and link aliases as each era checks them.
 * Facts: docker-links-facts.md §9; `v0.10.0:runtime/runtime.go`,
 * `v20.10.0:daemon/names.go` (names.RestrictedNamePattern).
 */
import type { EraBehaviour } from './eras'
import type { LinkSpec } from './scenario'

// 0.9–1.2: any of [a-zA-Z0-9_.-], an optional leading slash.
const LOOSE = /^\/?[a-zA-Z0-9_.-]+$/
// 1.3 onward: a letter or digit, then at least one more allowed character (`+` applies to the second class).
const STRICT = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/

/**
 * Whether the era's daemon accepts `name` as a container name.
 *
 * @example
 * validName('-rm', ERAS['0.10'])  //=> true
 * validName('-rm', ERAS['20.10']) //=> false
 * validName('a', ERAS['20.10'])   //=> false (two characters at least)
 */
export function validName(name: string, era: EraBehaviour): boolean {
  return era.names === 'loose' ? LOOSE.test(name) : STRICT.test(name.startsWith('/') ? name.slice(1) : name)
}

/** Whether docker can read `--link child:alias` at all (the format, not the child). */
export function validLinkAlias(link: LinkSpec, _era: EraBehaviour): boolean {
  return link.alias !== '' && link.child !== '' && !link.alias.includes(':') && !link.child.includes(':')
}
