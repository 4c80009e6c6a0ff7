/**
 * The words of the page, in English: with en.panels.ts, en.why.ts and
 * en.tools.ts (the words of parts loaded on demand) the reference catalog. Keys are
 * grouped by area (`env.*`, `why.*`…). A value is a plain string, a string with
 * `{slot}` places for markup (filled by `rich`, see translate.ts), or a function
 * of the values a sentence needs. What Docker prints (env lines, hosts lines,
 * rules, docker's messages, commands and flags) never passes through here.
 *
 * `Messages`, derived from the three, is the type every other language
 * must satisfy: a missing, extra or mistyped key is a type error.
 */

import type { enPanels } from './en.panels'
import type { enTools } from './en.tools'
import type { enWhy } from './en.why'
import { plural } from './plural'

export const en = {
  // The page
  'app.tagline': 'what docker run --link really does',
  'app.editCopy': 'Edit a copy',
  'app.language': 'Language',
  'app.loading': 'Loading…',
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

  // Presets
  'presets.title': 'Presets',

  // Import / export
  'inout.button': 'Import / Export',

  // Undo
  'undo.undo': '↶ Undo',
  'undo.redo': '↷ Redo',
  'undo.undoTitle': (p: { mod: string }) => `Undo (${p.mod}Z)`,
  'undo.redoTitle': (p: { mod: string }) => `Redo (${p.mod}Shift+Z)`,

  // Share
  'share.button': 'Share',

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
  'flow.handle': 'Handle',

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

  // A container card
  'container.aria': (p: { name: string }) => `Container ${p.name}`,

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

  // "Why is this here?"
  'why.hint': 'Point at or focus any line to see why it is there.',
} as const

/** All the English words: the page's (here) and those of the parts loaded on demand. */
type English = typeof en & typeof enPanels & typeof enWhy & typeof enTools

/** The shape every language fills: the same keys, strings as strings, functions of the same values. */
export type Messages = {
  readonly [K in keyof English]: English[K] extends (p: infer P) => string ? (p: P) => string : string
}
