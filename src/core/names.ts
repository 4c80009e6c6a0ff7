/**
 * Container names and link aliases as each era reads them.
 * Facts: docker-links-facts.md §9; `v0.10.0:runtime/runtime.go`,
 * `v20.10.0:daemon/names.go` (names.RestrictedNamePattern), research on `--link` parsing.
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

/** How docker reads one `--link child:alias`. */
export type LinkReading =
  /** The CLI cannot parse it (a `:` in the child or alias): nothing is created. */
  | { readonly kind: 'bad-format' }
  /** The link path collapses onto the parent itself (empty alias, `.`, `..`): silently dropped. */
  | { readonly kind: 'dropped' }
  /** 0.10/1.0: an alias with `/` asks the name graph for a path that does not exist. */
  | { readonly kind: 'no-graph-path'; readonly missing: string }
  /** A usable link: its full name (`/parent/alias`) and the alias as links use it. */
  | { readonly kind: 'ok'; readonly name: string; readonly alias: string }

/**
 * Read a link as docker does: the link's name is `path.Join("/" + parent, alias)`,
 * and the alias that names variables and hosts lines is that path's last element.
 *
 * @example
 * readLink({ parent: 'web', child: 'redis', alias: 'db' }, ERAS['0.10'])  //=> { kind: 'ok', name: '/web/db', alias: 'db' }
 * readLink({ parent: 'web', child: 'redis', alias: '' }, ERAS['0.10'])    //=> { kind: 'dropped' }
 * readLink({ parent: 'web', child: 'redis', alias: 'a/b' }, ERAS['20.10']) //=> { kind: 'ok', name: '/web/a/b', alias: 'b' }
 */
export function readLink(link: LinkSpec, era: EraBehaviour): LinkReading {
  if (link.alias.includes(':') || link.child.includes(':')) return { kind: 'bad-format' }
  if (SIMPLE.test(link.alias) && SIMPLE.test(link.parent))
    return { kind: 'ok', name: `/${link.parent}/${link.alias}`, alias: link.alias }
  const parentPath = cleanPath(`/${link.parent}`)
  const name = cleanPath(`${parentPath}/${link.alias}`)
  if (!name.startsWith(`${parentPath}/`)) return { kind: 'dropped' }
  const rest = name.slice(parentPath.length + 1)
  const slash = rest.lastIndexOf('/')
  if (slash >= 0 && era.nestedAlias === 'refused') {
    return { kind: 'no-graph-path', missing: `${parentPath}/${rest.slice(0, rest.indexOf('/'))}` }
  }
  return { kind: 'ok', name, alias: rest.slice(slash + 1) }
}

/** An alias or name that path.Join leaves as it is: no slash, not `.` or `..`. */
const SIMPLE = /^(?!\.\.?$)[^/]+$/

/** Go's `path.Clean` for absolute paths. */
function cleanPath(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return `/${out.join('/')}`
}
