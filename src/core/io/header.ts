/**
 * What an exported file says first, as comment lines: the Docker era, and the
 * daemon the commands need (its flags, and for era 29 its environment). Shared
 * by the shell script and the compose file.
 */
import { ERAS } from '../eras'
import type { Scenario } from '../scenario'

/** The variable that brings link environment variables back in Docker 29. */
export const KEEP_LINK_ENV = 'DOCKER_KEEP_DEPRECATED_LEGACY_LINKS_ENV_VARS'

/**
 * `text` safe inside a one-line comment: control and line-breaking characters
 * become `\n`, `\u2028` and the like, so nothing can end the comment.
 *
 * @example
 * commentSafe('a\nrm -rf /') //=> 'a\\nrm -rf /'
 */
export function commentSafe(text: string): string {
  let out = ''
  for (const c of text) {
    const code = c.charCodeAt(0)
    out += !breaksLine(code) ? c : c === '\n' ? '\\n' : `\\u${code.toString(16).padStart(4, '0')}`
  }
  return out
}

/**
 * C0 and C1 controls, DEL, and the Unicode line and paragraph separators: what may end a comment line.
 *
 * @example
 * breaksLine(0x0a) //=> true
 * breaksLine(0x41) //=> false
 */
export function breaksLine(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029
}

/**
 * The daemon's flags that differ from the era's defaults. With `-b` the bridge's own
 * address gives the subnet, so `--bip` (which docker refuses beside `-b`) is left out.
 *
 * @example
 * daemonFlags(scenario({ daemon: { icc: false, bridgeIp: '10.0.0.1/24' } })) //=> ['--icc=false', '--bip 10.0.0.1/24']
 */
export function daemonFlags(scenario: Scenario): string[] {
  const { daemon } = scenario
  const flags: string[] = []
  if (!daemon.icc) flags.push('--icc=false')
  if (!daemon.iptables) flags.push('--iptables=false')
  if (daemon.bridge !== 'docker0') flags.push(`-b ${daemon.bridge}`)
  else if (daemon.bridgeIp !== ERAS[scenario.docker].defaultBridgeIp) flags.push(`--bip ${daemon.bridgeIp}`)
  return flags
}

/**
 * The header's lines, without the comment marker.
 *
 * @example
 * headerLines(seed)
 * //=> ['Docker 0.10 (releases 0.9.0 – 0.10.0): legacy links as that release made them.',
 * //    'The daemon: docker -d (its defaults: bridge docker0 172.17.42.1/16, --icc=true, --iptables=true)']
 */
export function headerLines(scenario: Scenario): string[] {
  const era = ERAS[scenario.docker]
  const { daemon } = scenario
  const flags = daemonFlags(scenario)
  const env = scenario.docker === '29' && daemon.keepLinkEnv ? `${KEEP_LINK_ENV}=1 ` : ''
  const command = scenario.docker === '0.10' || scenario.docker === '1.0' ? 'docker -d' : 'dockerd'
  const lines = [
    `Docker ${scenario.docker} (releases ${era.releases}): legacy links as that release made them.`,
    flags.length === 0 && env === ''
      ? `The daemon: ${command} (its defaults: bridge docker0 ${era.defaultBridgeIp}, --icc=true, --iptables=true)`
      : `The daemon: ${env}${command} ${flags.join(' ')}`.trimEnd(),
  ]
  if (env !== '') lines.push(`  (${KEEP_LINK_ENV}=1 must be in dockerd's environment, e.g. a systemd drop-in)`)
  if (scenario.docker === '29' && !daemon.keepLinkEnv) {
    lines.push(`  (Docker 29 sets no link variables unless dockerd runs with ${KEEP_LINK_ENV}=1)`)
  }
  if (daemon.bridge !== 'docker0') {
    lines.push(
      `  (-b needs the bridge first: ip link add ${daemon.bridge} type bridge; ` +
        `ip addr add ${daemon.bridgeIp} dev ${daemon.bridge}; ip link set ${daemon.bridge} up)`,
    )
  }
  return lines.map(commentSafe)
}
