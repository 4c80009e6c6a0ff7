/**
 * Every word the interface says, in English: the reference catalog. Keys are
 * grouped by area (`env.*`, `why.*`…). A value is a plain string, a string with
 * `{slot}` places for markup (filled by `rich`, see translate.ts), or a function
 * of the values a sentence needs. What Docker prints (env lines, hosts lines,
 * rules, docker's messages, commands and flags) never passes through here.
 *
 * `Messages`, derived from this object, is the type every other language
 * must satisfy: a missing, extra or mistyped key is a type error.
 */

/** The values of an explanation, as the core hands them over. */
type Why = Readonly<Record<string, string>>

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const PORT_RULE: Readonly<Record<string, string>> = {
  'number-tcp-tie': 'the lowest exposed port number (tcp wins a tie)',
  'tcp-first': 'the lowest TCP port (from Docker 28 TCP ports sort first)',
}

export const en = {
  // The page
  'app.tagline': 'what docker run --link really does',
  'app.editCopy': 'Edit a copy',
  'app.language': 'Language',
  'app.loading': 'Loading…',
  'app.close': 'Close',
  'app.cancel': 'Cancel',
  'app.dismiss': 'Dismiss',

  // Shared scenario over kept work, and other page-wide messages
  'banner.keptWork': 'You opened a shared scenario. Your work was kept.',
  'banner.restore': 'Restore it',
  'banner.badLinkKept': (p: { problem: string }) =>
    `This share link cannot be opened: ${p.problem}. Your own work is shown instead.`,
  'banner.badLink': (p: { problem: string }) => `This share link cannot be opened: ${p.problem}.`,
  'storage.off': 'This browser does not let Link Lab save your work here (storage is off).',
  'storage.blocked': 'Your saved work could not be read (storage is blocked).',
  'storage.damaged':
    'Your saved work was damaged (not JSON), so Link Lab started empty. It was left untouched in storage.',
  'storage.unreadable': (p: { problem: string }) =>
    `Your saved work could not be read (${p.problem}), so Link Lab started empty.`,
  'storage.notSavedOff': 'Your work is not being saved: this browser has storage turned off.',
  'storage.notSavedFull':
    'Your work is not being saved: the browser’s storage is full. Share it as a link or export it to keep it.',
  'storage.notSavedRefused': 'Your work is not being saved: the browser refused to store it.',

  // Daemon bar
  'daemon.legend': 'Daemon settings',
  'daemon.andLater': ' and later',
  'daemon.compare': 'Compare eras',
  'daemon.keepLinkEnv': 'keep link env',
  'daemon.badBridge': 'An interface name: 1–15 characters, no space, / or :.',
  'daemon.badBip': 'An IPv4 address with its prefix length, such as 172.17.42.1/16.',
  'era.note.0.10': 'The seed: no /etc/hosts lines, dashes kept, link rules inserted at the top of FORWARD always.',
  'era.note.1.0': 'Adds the hosts line IP<TAB>alias; addresses move on after a restart.',
  'era.note.20.10': 'libnetwork: bridge 172.17.0.1, dashes become _, port ranges, link rules only with --icc=false.',
  'era.note.28': 'TCP ports first for ALIAS_PORT, 2-port ranges, DOCKER-FORWARD chains.',
  'era.note.29': 'No link variables unless the daemon keeps them; hosts line and --icc=false rules remain.',

  // Comparing eras
  'compare.with': 'Compare with',
  'compare.env': '{env} in {name}',
  'compare.hosts': '{hosts} lines in {name}',
  'compare.switch': (p: { era: string }) => `Switch to ${p.era}`,

  // Presets
  'presets.title': 'Presets',
  'preset.classic.title': 'The classic walkthrough (Docker 0.10)',
  'preset.classic.lesson':
    'redis, then a client with --link redis:db: six DB_* variables and two FORWARD rules, exactly as the 2014 write-up shows.',
  'preset.chain.title': 'web → app → db: links are not transitive',
  'preset.chain.lesson':
    'web sees app’s variables and app’s own env, nothing about db; app sees db. Start order: db, app, web.',
  'preset.lockdown.title': '--icc=false lockdown (Docker 20.10)',
  'preset.lockdown.lesson':
    'Containers cannot talk to each other, except where a link opens exactly the child’s ports: walk a packet to see it.',
  'preset.secrets.title': 'A password that leaks through a link',
  'preset.secrets.lesson':
    'Every variable of a child reaches its parents as ALIAS_ENV_*: the database password is readable in web.',
  'preset.child-late.title': 'What went wrong: the child started after its parent',
  'preset.child-late.lesson':
    'docker run --link needs the child running already: the parent is refused with "Could not find entity for redis".',
  'preset.self-link.title': 'What went wrong: a container linked to itself',
  'preset.self-link.lesson':
    'Docker 0.10 says "Cannot set self as child"; from 1.6 the link is registered before the container exists, so it is "not found".',
  'preset.duplicate-alias.title': 'What went wrong: one alias, two links',
  'preset.duplicate-alias.lesson':
    'The second --link with the same alias is silently ignored: app only ever sees the first child.',

  // Import / export
  'inout.button': 'Import / Export',
  'inout.title': 'Import and export',
  'inout.mode': 'Import or export',
  'inout.import': 'Import',
  'inout.export': 'Export',
  'inout.pasteLabel': 'Paste a shell session with {cmd} lines, a compose file, scenario JSON or a share link',
  'inout.read': 'Read it',
  'inout.orFile': 'or a file:',
  'inout.fileTooLarge': (p: { name: string; size: string }) =>
    `${p.name} is ${p.size} bytes: too large to be a scenario.`,
  'inout.kind.json': 'json',
  'inout.kind.link': 'link',
  'inout.kind.compose': 'compose',
  'inout.kind.docker run': 'docker run',
  'inout.readAs': (p: { kind: string; containers: number; links: number; docker: string }) =>
    `Read as ${p.kind}: ${plural(p.containers, 'container', 'containers')}, ${plural(p.links, 'link', 'links')}, Docker ${p.docker}.`,
  'inout.ignored': 'Flags that do not affect links, left out:',
  'inout.ignoredFlag': (p: { line: number; flag: string }) => `line ${p.line}: ${p.flag}`,
  'inout.open': 'Open it',
  'inout.tooLarge': (p: { chars: string; max: string }) =>
    `This is ${p.chars} characters: more than ${p.max}, too large to be a scenario.`,
  'inout.nothing': 'Nothing to read: paste docker run lines, a compose file, scenario JSON or a share link.',
  'inout.notJson': (p: { why: string }) => `Not JSON: ${p.why}`,
  'inout.unreadable': 'unreadable',
  'inout.format': 'Format',
  'inout.format.script': 'Shell script (docker run)',
  'inout.format.compose': 'Compose file',
  'inout.format.json': 'Scenario JSON',
  'inout.format.env': '.env file per container',
  'inout.format.png': 'The canvas as PNG',
  'inout.format.svg': 'The canvas as SVG',
  'inout.download': (p: { file: string }) => `Download ${p.file}`,
  'inout.copy': (p: { what: string }) => `Copy the ${p.what}`,
  'inout.imageFailed': 'The browser could not draw the canvas into an image.',

  // Undo
  'undo.undo': '↶ Undo',
  'undo.redo': '↷ Redo',
  'undo.undoTitle': (p: { mod: string }) => `Undo (${p.mod}Z)`,
  'undo.redoTitle': (p: { mod: string }) => `Redo (${p.mod}Shift+Z)`,

  // Share
  'share.button': 'Share',
  'share.link': 'Share link',
  'share.intro': 'Anyone who opens this link sees this scenario; nothing is stored on a server.',
  'share.length': (p: { n: number }) => `${p.n} characters after the #`,
  'share.long': ' · long: some chat apps and QR codes will not carry it',
  'share.copy': 'Copy the share link',

  // Copy buttons
  'copy.copy': 'Copy',
  'copy.copied': 'Copied',
  'copy.failed': 'Copy failed: select the text',

  // Image palette
  'palette.title': 'Images',
  'palette.hint': 'Drag onto the bridge, or focus and press Enter.',
  'palette.customLabel': 'custom',
  'palette.role.redis': 'key–value store',
  'palette.role.postgres': 'relational SQL database',
  'palette.role.mysql': 'relational SQL database',
  'palette.role.mongo': 'document database',
  'palette.role.memcached': 'in-memory cache',
  'palette.role.nginx': 'web server and reverse proxy',
  'palette.role.rabbitmq': 'message broker (AMQP)',
  'palette.role.elasticsearch': 'search and analytics engine',
  'palette.role.ubuntu': 'base OS image, runs no service',
  'palette.role.busybox': 'tiny Unix toolbox, runs no service',
  'palette.role.crosbymichael-redis': 'redis of the 2014 linking walkthrough',
  'palette.role.custom': 'your own image: set its ports and env',

  // Start order
  'order.title': 'Start order',
  'order.notRunning': 'not running',
  'order.notRunningHidden': ' (not running)',
  'order.earlier': (p: { name: string }) => `Start ${p.name} earlier`,
  'order.later': (p: { name: string }) => `Start ${p.name} later`,

  // Timeline
  'timeline.label': 'Timeline',
  'timeline.back': 'Step back',
  'timeline.forward': 'Step forward',
  'timeline.all': 'After every step',
  'timeline.at': (p: { at: number; of: number }) => `After step ${p.at} of ${p.of}`,
  'timeline.remove': (p: { command: string }) => `Remove ${p.command}`,

  // The canvas
  'canvas.label': 'docker0 canvas',
  'canvas.bridge': (p: { label: string }) => `Bridge ${p.label}`,
  'canvas.emptyTitle': 'An empty docker0 bridge.',
  'canvas.emptyText':
    'Drag an image from the left onto it (or focus one and press Enter), then drag from one container’s right handle to another’s left handle to link them.',
  'canvas.loadExample': 'Load the example: redis + {link} (Docker 0.10)',
  'node.status.pending': 'not run yet',
  'node.status.absent': 'not created',
  'node.status.created': 'not running',
  'node.status.running': 'running',
  'node.status.stopped': 'stopped',
  'node.target': (p: { name: string }) => `Link target: ${p.name} as child`,
  'node.source': (p: { name: string }) => `Link source: ${p.name} as parent`,
  'node.noImage': 'no image',
  'node.exposed': 'Exposed ports',
  'node.published': 'Published ports',
  'edge.aria': (p: { parent: string; child: string; alias: string }) => `Link ${p.parent} to ${p.child} as ${p.alias}`,
  'edge.noAlias': '(no alias)',
  'edge.exposes': (p: { keys: string; parent: string }) => `exposes ${p.keys} to ${p.parent}`,
  'edge.staleTitle': 'The parent names an address its child no longer has',
  'edge.stale': '⚠ stale',
  'edge.status.inactive': ' (parent not running)',
  'edge.status.ignored': ' (ignored by docker)',
  'edge.status.refused': ' (refused)',
  'edge.status.unused': ' (not used)',
  // React Flow's own screen-reader texts (its defaults, in English)
  'flow.node.default':
    'Press enter or space to select a node. Press delete to remove it and escape to cancel. Shift+F10 opens its menu: docker stop, start, restart.',
  'flow.node.keyboard':
    'Press enter or space to select a node. You can then use the arrow keys to move the node around. Press delete to remove it and escape to cancel.',
  'flow.node.moved': (p: { direction: string; x: number; y: number }) =>
    `Moved selected node ${p.direction}. New position, x: ${p.x}, y: ${p.y}`,
  'flow.edge.default':
    'Press enter or space to select an edge. You can then press delete to remove it or escape to cancel.',
  'flow.controls': 'Control Panel',
  'flow.zoomIn': 'Zoom In',
  'flow.zoomOut': 'Zoom Out',
  'flow.fitView': 'Fit View',
  'flow.interactive': 'Toggle Interactivity',
  'flow.minimap': 'Mini Map',
  'menu.label': (p: { name: string }) => `Container ${p.name}`,
  'menu.inspect': 'Inspect',
  'menu.remove': 'Remove container',
  'flow.handle': 'Handle',

  // The alias dialog
  'alias.label': 'Alias',
  'alias.link': 'Link',

  // The right column
  'side.label': 'What Docker does',
  'side.listings': 'Listings',
  'side.env': 'Environment',
  'side.packets': 'Packets',
  'side.problems': 'Problems',
  'side.refused': ' refused',
  'side.lastChangeLabel': 'Last change',
  'side.lastChange': (p: { words: string }) => `Last change: ${p.words}`,
  'side.container': 'Container',
  'side.noneYet': '(none yet)',
  'side.chooseOne': '(choose one)',
  'side.notRunning': ' (not running)',
  'side.selectToEdit': 'Select a container or a link to edit it.',

  // The last change, in words
  'change.started': (p: { name: string }) => `${p.name} started`,
  'change.stopped': (p: { name: string }) => `${p.name} stopped`,
  'change.moved': (p: { name: string; from: string; to: string }) => `${p.name} moved ${p.from} → ${p.to}`,
  'change.env': (p: { sign: string; n: number; container: string }) =>
    `${p.sign}${plural(p.n, 'variable', 'variables')} in ${p.container}`,
  'change.hosts': (p: { sign: string; n: number; container: string }) =>
    `${p.sign}${plural(p.n, 'hosts line', 'hosts lines')} in ${p.container}`,
  'change.rules': (p: { sign: string; n: number; chain: string; table: string }) =>
    `${p.sign}${plural(p.n, `${p.chain} rule`, `${p.chain} rules`)}${p.table === 'nat' ? ' (nat)' : ''}`,
  'change.none': 'No change in what docker does.',
  'change.sep': ', ',
  'change.more': (p: { list: string; n: number }) => `${p.list} and ${p.n} more changes`,

  // Container inspector
  'container.aria': (p: { name: string }) => `Container ${p.name}`,
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

  // Environment
  'env.selectFirst': 'Select a container to see the variables its links set.',
  'env.notRunning': '{name} is not running, so it has no environment. See Problems for what docker said.',
  'env.bar': (p: { n: number }) => `{env} in {name}: ${plural(p.n, 'link variable', 'link variables')}`,
  'env.copy': (p: { name: string }) => `Copy the environment of ${p.name}`,
  'env.off':
    'Docker 29 sets no link variables unless the daemon runs with {flag}. The hosts line and the rules remain.',
  'env.staleLabel': 'Stale:',
  'env.staleMoved': (p: { recorded: string; child: string; current: string; parent: string }) =>
    `{key} says ${p.recorded}, ${p.child} is now ${p.current} — the variables were set when ${p.parent} started, and docker never updates them.`,
  'env.staleGone': (p: { recorded: string; child: string; parent: string }) =>
    `{key} says ${p.recorded}, ${p.child} is not running — the variables were set when ${p.parent} started, and docker never updates them.`,
  'env.noLinks': (p: { name: string }) => `${p.name} has no links, so links add nothing to its environment.`,
  'env.group': (p: { link: string }) => `Variables of --link ${p.link}`,
  'env.replaced': (p: { name: string; key: string }) => `← replaced by ${p.name}’s own -e ${p.key}`,

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

  // Packets
  'packets.needTwo': 'Two running containers are needed for a packet to go from one to the other.',
  'packets.form': 'Packet',
  'packets.from': 'From',
  'packets.to': 'To',
  'packets.port': 'Port',
  'packets.protocol': 'Protocol',
  'packets.request': 'The packet',
  'packets.reply': 'Its reply',
  'packets.noReply': 'No reply: the packet never arrived.',
  'packets.walkTitle': (p: { title: string; flow: string; state: string }) => `${p.title}: ${p.flow} (${p.state})`,
  'packets.newConnection': 'new connection',
  'packets.isReply': 'reply',
  'packets.byRule': 'by {rule}',
  'packets.byPolicy': 'by the policy of {chain}: no rule decided',
  'packets.alsoOne': 'This rule would have accepted it too:',
  'packets.alsoMany': 'These rules would have accepted it too:',
  'packets.matches': ' (matches)',
  'packets.noMatch': ' (does not match)',
  'packets.noPorts': 'No container exposes a port, so there is nothing to reach.',
  'packets.reachability': 'Reachability',
  'packets.who': 'Who can reach what',
  'packets.fromTo': 'from \\ to',
  'packets.accepted': 'accepted',
  'packets.dropped': 'dropped',
  'packets.cell': (p: { from: string; to: string; port: string; verdict: string }) =>
    `${p.from} to ${p.to} port ${p.port}: ${p.verdict}`,

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

  // "Why is this here?"
  'why.hint': 'Point at or focus any line to see why it is there.',
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

/** The shape every language fills: the same keys, strings as strings, functions of the same values. */
export type Messages = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends (p: infer P) => string ? (p: P) => string : string
}
