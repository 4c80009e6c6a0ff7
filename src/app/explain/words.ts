/**
 * An explanation in plain words. The facts (behaviour, values, release,
 * source) come from the core; only the sentences live here.
 */
import type { Explanation } from '../../core'

type Words = (p: Readonly<Record<string, string>>) => string

const PORT_RULE: Record<string, string> = {
  'number-tcp-tie': 'the lowest exposed port number (tcp wins a tie)',
  'tcp-first': 'the lowest TCP port (from Docker 28 TCP ports sort first)',
}

const DAEMON: Record<string, Words> = {
  policy: () => 'A built-in chain’s policy: what happens to a packet no rule decided.',
  'forward-policy-drop': () =>
    'The daemon had to switch ip_forward on, so it set the FORWARD policy to DROP: only what a rule accepts is forwarded.',
  chain: () => 'A chain docker created for its own rules.',
  masquerade: (p) => `Containers on ${p.bridge} reach the outside world with the host’s address (MASQUERADE).`,
  icc: (p) =>
    p.icc === 'true'
      ? `--icc=true: containers on ${p.bridge} may talk to each other freely.`
      : `--icc=false: traffic between containers on ${p.bridge} is dropped unless a link rule accepts it first.`,
  outgoing: (p) => `Containers may send traffic out of ${p.bridge} to the rest of the world.`,
  conntrack: () => 'Replies to connections already allowed (RELATED, ESTABLISHED) pass.',
  'nat-jump': () => 'Traffic to a host address goes through nat DOCKER, where published ports are DNATed.',
  'nat-return': (p) => `Traffic that comes from ${p.bridge} itself is never DNATed.`,
  'docker-jump': () => 'Traffic into the bridge goes through the filter DOCKER chain, where link and port rules live.',
  'docker-user': () => 'DOCKER-USER: the chain docker leaves for the administrator’s own rules, checked first.',
  isolation: () => 'Keeps different bridge networks apart (the default bridge alone here).',
  'docker-forward': () => 'Docker 28 gathers its forwarding rules in DOCKER-FORWARD.',
  'docker-ct': () => 'Replies to allowed connections into the bridge pass (conntrack).',
  'external-drop': (p) => `Nothing from outside may enter ${p.bridge} unless a published-port rule above accepted it.`,
}

const WORDS: Record<string, Words> = {
  'env-default-port': (p) =>
    `${p.key} points at ${p.child}’s ${p.port}: ${PORT_RULE[p.rule ?? ''] ?? 'its first port'}. Set by --link ${p.child}:${p.alias}; the prefix is the alias ${p.prefix}.`,
  'env-port': (p) =>
    `One of the four variables docker sets for each port ${p.child} exposes (${p.port}). Set by --link ${p.child}:${p.alias}.`,
  'env-range': (p) =>
    `${p.child} exposes consecutive ports from ${p.port}: docker adds range variables (${p.rule === 'two-same-proto' ? 'from 28: two ports of one protocol are enough' : 'three or more ports in a row, protocol ignored'}).`,
  'env-name': (p) => `The link’s full name, /${p.parent}/${p.alias}: ${p.parent} links ${p.child} as ${p.alias}.`,
  'env-copy': (p) =>
    `A copy of ${p.child}’s own ${p.entry} (its image ENV or -e): every variable of a child reaches its parents, except HOME and PATH.${p.secret === 'yes' ? ` It looks secret: ${p.parent} can read it.` : ''}${p.split === 'every-equals' ? ' (Up to 1.6 a value with a second = is dropped.)' : ''}`,
  'hosts-alias': (p) =>
    `--link ${p.child}:${p.alias} makes the name ${p.alias} resolve to ${p.child}’s address ${p.ip}.`,
  'hosts-alias-id-name': (p) =>
    `--link ${p.child}:${p.alias}: ${p.alias}, ${p.child}’s hostname (its container ID) and its name resolve to ${p.ip}.`,
  'rule-link-request': (p) =>
    `Lets ${p.parent} (${p.parentIp}) reach ${p.child}’s port ${p.port} (${p.childIp}): --link ${p.child}:${p.alias}. ${
      p.placement === 'insert-forward'
        ? 'Inserted at the top of FORWARD, so the newest link lists first; written whatever --icc says.'
        : 'Appended to the DOCKER chain, and only because --icc=false.'
    }`,
  'rule-link-reply': (p) =>
    `Lets ${p.child}’s answers from port ${p.port} back to ${p.parent}: the other half of --link ${p.child}:${p.alias}.`,
  'rule-publish-dnat': (p) => `-p ${p.binding}: traffic to that host port is sent on to ${p.container} (${p.ip}).`,
  'rule-publish-accept': (p) => `-p ${p.binding}: lets that traffic through the filter to ${p.container}.`,
  'rule-publish-hairpin': (p) => `-p ${p.binding}: ${p.container} can reach its own published port through the host.`,
}

export function explanationWords(e: Explanation): string {
  const daemon = e.behaviour.startsWith('daemon-') ? DAEMON[e.behaviour.slice('daemon-'.length)] : undefined
  const words = daemon ?? WORDS[e.behaviour]
  return words ? words(e.params) : e.behaviour
}
