/**
 * English words of "why is this here?": one sentence per behaviour the core
 * names (`why.<behaviour>`). They travel with the why box's words part (see
 * `loadEnglish` in index.ts), not in the first load. Part of the reference
 * catalog: `Messages` (en.ts) includes these keys.
 */

/** The values of an explanation, as the core hands them over. */
type Why = Readonly<Record<string, string>>

const PORT_RULE: Readonly<Record<string, string>> = {
  'number-tcp-tie': 'the lowest exposed port number (tcp wins a tie)',
  'tcp-first': 'the lowest TCP port (from Docker 28 TCP ports sort first)',
}

export const enWhy = {
  'why.since': 'Docker {since} and later · {source}',
  'why.daemon-policy': () => 'A built-in chain’s policy: what happens to a packet no rule decided.',
  'why.daemon-forward-policy-drop': () =>
    'The daemon had to switch ip_forward on, so it set the FORWARD policy to DROP: only what a rule accepts is forwarded.',
  'why.daemon-chain': () => 'A chain docker created for its own rules.',
  'why.daemon-masquerade': (p: Why) =>
    `Containers on ${p.bridge} reach the outside world with the host’s address (MASQUERADE).`,
  'why.daemon-icc': (p: Why) =>
    p.icc === 'true'
      ? `--icc=true: containers on ${p.bridge} may talk to each other freely.`
      : `--icc=false: traffic between containers on ${p.bridge} is dropped unless a link rule accepts it first.`,
  'why.daemon-outgoing': (p: Why) => `Containers may send traffic out of ${p.bridge} to the rest of the world.`,
  'why.daemon-conntrack': () => 'Replies to connections already allowed (RELATED, ESTABLISHED) pass.',
  'why.daemon-nat-jump': () => 'Traffic to a host address goes through nat DOCKER, where published ports are DNATed.',
  'why.daemon-nat-return': (p: Why) => `Traffic that comes from ${p.bridge} itself is never DNATed.`,
  'why.daemon-docker-jump': () =>
    'Traffic into the bridge goes through the filter DOCKER chain, where link and port rules live.',
  'why.daemon-docker-user': () =>
    'DOCKER-USER: the chain docker leaves for the administrator’s own rules, checked first.',
  'why.daemon-isolation': () => 'Keeps different bridge networks apart (the default bridge alone here).',
  'why.daemon-docker-forward': () => 'Docker 28 gathers its forwarding rules in DOCKER-FORWARD.',
  'why.daemon-docker-ct': () => 'Replies to allowed connections into the bridge pass (conntrack).',
  'why.daemon-external-drop': (p: Why) =>
    `Nothing from outside may enter ${p.bridge} unless a published-port rule above accepted it.`,
  'why.env-default-port': (p: Why) =>
    `${p.key} points at ${p.child}’s ${p.port}: ${PORT_RULE[p.rule ?? ''] ?? 'its first port'}. Set by --link ${p.child}:${p.alias}; the prefix is the alias ${p.prefix}.`,
  'why.env-port': (p: Why) =>
    `One of the four variables docker sets for each port ${p.child} exposes (${p.port}). Set by --link ${p.child}:${p.alias}.`,
  'why.env-range': (p: Why) =>
    `${p.child} exposes consecutive ports from ${p.port}: docker adds range variables (${p.rule === 'two-same-proto' ? 'from 28: two ports of one protocol are enough' : 'three or more ports in a row, protocol ignored'}).`,
  'why.env-name': (p: Why) =>
    `The link’s full name, /${p.parent}/${p.alias}: ${p.parent} links ${p.child} as ${p.alias}.`,
  'why.env-copy': (p: Why) =>
    `A copy of ${p.child}’s own ${p.entry} (its image ENV or -e): every variable of a child reaches its parents, except HOME and PATH.${p.secret === 'yes' ? ` It looks secret: ${p.parent} can read it.` : ''}${p.split === 'every-equals' ? ' (Up to 1.6 a value with a second = is dropped.)' : ''}`,
  'why.hosts-alias': (p: Why) =>
    `--link ${p.child}:${p.alias} makes the name ${p.alias} resolve to ${p.child}’s address ${p.ip}.`,
  'why.hosts-alias-id-name': (p: Why) =>
    `--link ${p.child}:${p.alias}: ${p.alias}, ${p.child}’s hostname (its container ID) and its name resolve to ${p.ip}.`,
  'why.rule-link-request': (p: Why) =>
    `Lets ${p.parent} (${p.parentIp}) reach ${p.child}’s port ${p.port} (${p.childIp}): --link ${p.child}:${p.alias}. ${
      p.placement === 'insert-forward'
        ? 'Inserted at the top of FORWARD, so the newest link lists first; written whatever --icc says.'
        : 'Appended to the DOCKER chain, and only because --icc=false.'
    }`,
  'why.rule-link-reply': (p: Why) =>
    `Lets ${p.child}’s answers from port ${p.port} back to ${p.parent}: the other half of --link ${p.child}:${p.alias}.`,
  'why.rule-publish-dnat': (p: Why) =>
    `-p ${p.binding}: traffic to that host port is sent on to ${p.container} (${p.ip}).`,
  'why.rule-publish-accept': (p: Why) => `-p ${p.binding}: lets that traffic through the filter to ${p.container}.`,
  'why.rule-publish-hairpin': (p: Why) =>
    `-p ${p.binding}: ${p.container} can reach its own published port through the host.`,
} as const
