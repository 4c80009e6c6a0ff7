/**
 * English words of the parts fetched once the page is idle: the listings
 * other than Environment (/etc/hosts, iptables, Problems), the inspector, the
 * link dialog, the container menu, the share popover. They travel with those
 * parts (see `loadEnglish` in index.ts), not in the first load. Part of the
 * reference catalog: `Messages` (en.ts) includes these keys.
 */

export const enPanels = {
  // Dialog buttons
  'app.close': 'Close',
  'app.cancel': 'Cancel',

  // Share
  'share.link': 'Share link',
  'share.intro': 'Anyone who opens this link sees this scenario; nothing is stored on a server.',
  'share.length': (p: { n: number }) => `${p.n} characters after the #`,
  'share.long': ' · long: some chat apps and QR codes will not carry it',
  'share.copy': 'Copy the share link',

  // The container menu on the canvas
  'menu.label': (p: { name: string }) => `Container ${p.name}`,
  'menu.inspect': 'Inspect',
  'menu.remove': 'Remove container',

  // The alias dialog
  'alias.label': 'Alias',
  'alias.link': 'Link',

  // Container inspector
  'container.title': 'Container {name}',
  'container.name': 'Name (--name)',
  'container.nameNeeded': 'A name is needed: Link Lab names every container.',
  'container.nameTaken': (p: { name: string }) => `Another container is already named ${p.name}.`,
  'container.image': 'Image',
  'container.exposed': 'Exposed ports (one per line)',
  'container.refuses': (p: { docker: string; what: string }) => `Docker ${p.docker} refuses ${p.what}`,
  'container.exposeHintRanges': 'PORT, PORT/udp, or a range START-END/PROTO',
  'container.exposeHintNoRanges': 'PORT, PORT/udp (ranges only from Docker 1.5)',
  'container.env': 'Environment (KEY=VALUE, one per line)',
  'container.envHint': 'Copied into every parent as ALIAS_ENV_KEY (HOME and PATH excepted).',
  'container.published': 'Published ports (-p, one per line)',
  'container.publishHint': 'A published port is also exposed: links see it. It adds a DNAT rule and an ACCEPT rule.',
  'container.lifecycle': 'Lifecycle',
  'container.neverCreated': 'Docker never created it.',
  'container.runningAt': (p: { ip: string }) => `Running at ${p.ip}.`,
  'container.notRunning': 'Not running.',
  'container.linksFrom': (p: { name: string }) => `Links from ${p.name}`,
  'container.noneYet': 'None yet.',
  'container.edit': 'Edit',
  'container.remove': 'Remove',
  'container.removeLink': (p: { link: string }) => `Remove link ${p.link}`,
  'container.addLinkForm': (p: { name: string }) => `Add a link from ${p.name}`,
  'container.child': 'Child',
  'container.addLink': 'Add link',
  'container.linkedFrom': 'Linked from:',
  'container.linkedAs': (p: { parent: string; alias: string }) => `${p.parent} as ${p.alias}`,
  'container.startOrder': 'Start order',
  'container.started': (p: { n: number; of: number }) => `Started ${p.n} of ${p.of}.`,
  'container.earlier': 'Start earlier',
  'container.later': 'Start later',
  'container.removeContainer': (p: { name: string }) => `Remove ${p.name}`,

  // Link inspector
  'link.aria': (p: { parent: string; child: string }) => `Link ${p.parent} to ${p.child}`,
  'link.title': 'Link {parent} → {child}',
  'link.aliasHint': 'Names the variables (ALIAS_PORT…) and, from Docker 0.11, the hosts entry.',
  'link.remove': 'Remove this link',
  'link.status.active': 'Active: its parent runs with it.',
  'link.status.inactive': 'Registered, but its parent is not running.',
  'link.status.ignored': 'Ignored by docker: the parent already has a link with this alias (or the alias is empty).',
  'link.status.refused': 'Refused by docker: see Problems.',
  'link.status.unused': 'Never used: its parent was refused before links were read.',

  // /etc/hosts
  'hosts.none':
    'Docker {docker} writes no link lines to {hosts}: a link is only variables and rules. From 0.11 each link adds {line}.',
  'hosts.selectFirst': 'Select a container to see the lines its links add to /etc/hosts.',
  'hosts.notRunning': (p: { name: string }) => `${p.name} is not running, so it has no /etc/hosts.`,
  'hosts.bar': '{cmd} in {name}: the lines links add',
  'hosts.copy': (p: { name: string }) => `Copy the hosts lines of ${p.name}`,
  'hosts.noLinks': (p: { name: string }) => `${p.name} has no links, so no link lines.`,
  'hosts.rewritten': ' ← rewritten by docker when the child came back',
  'hosts.stale': ' ← stale: the child is no longer here',
  'hosts.idName':
    'From Docker 1.6 the line also names the child’s hostname (its container ID’s first 12 digits, made up here) and, when the alias differs, its name.',

  // iptables
  'ipt.show': 'Show',
  'ipt.table': 'Table',
  'ipt.filter': 'filter table',
  'ipt.nat': 'nat table',
  'ipt.copy': (p: { what: string }) => `Copy ${p.what}`,
  'ipt.stale': ' ← stale: names an old address',
  'ipt.chain': 'Chain',
  'ipt.match': 'Match',
  'ipt.target': 'Target',
  'ipt.policy': 'policy: what happens when no rule decides',
  'ipt.newChain': 'a chain docker created',
  'rule.sep': ', ',
  'rule.not': 'not ',
  'rule.from': (p: { what: string }) => `from ${p.what}`,
  'rule.to': (p: { what: string }) => `to ${p.what}`,
  'rule.in': (p: { what: string }) => `in ${p.what}`,
  'rule.out': (p: { what: string }) => `out ${p.what}`,
  'rule.sport': (p: { port: string }) => ` source port ${p.port}`,
  'rule.dport': (p: { port: string }) => ` port ${p.port}`,
  'rule.ctstate': (p: { states: string }) => `connection ${p.states.toLowerCase().replace(',', ' or ')}`,
  'rule.dstType': (p: { type: string }) => `to a ${p.type.toLowerCase()} address`,
  'rule.every': 'every packet',

  // Problems
  'problems.none': 'Docker refused nothing: every container started.',
  'problems.daemon': 'the daemon',
  'problems.advice.child-not-found':
    'The linked container must exist before its parent runs: create the child first, or check the name.',
  'problems.advice.child-not-running':
    'The child exists but is not running; start it before the parent (or fix why it failed).',
  'problems.advice.self-link': 'A container cannot link to itself.',
  'problems.advice.invalid-name': 'Change the name: this era accepts only the characters shown.',
  'problems.advice.name-conflict': 'Two containers have the same name; rename one.',
  'problems.advice.invalid-link': 'The --link value cannot be read: use child:alias with no extra colon or slash.',
  'problems.advice.invalid-port': 'Fix the exposed or published port: a number from 1 to 65535, with /tcp or /udp.',
  'problems.advice.daemon-refused': 'Change the daemon flags: this era will not start with them.',
  'problems.advice.no-such-container': 'The event names a container docker never created.',
  'problems.advice.no-address': 'The bridge subnet has no address left: use a larger --bip prefix.',
  'problems.advice.port-conflict': 'Another container already published that host port.',
} as const
