/**
 * English words of the tools loaded on demand: era comparison, presets,
 * import/export, packet walk. They travel with those parts (each part's
 * loader asks for them, see `loadEnglish` in index.ts), not in the first load.
 * Part of the reference catalog: `Messages` (en.ts) includes these keys.
 */

import { plural } from './plural'

export const enTools = {
  // Comparing eras (EraCompare)
  'compare.with': 'Compare with',
  'compare.env': '{env} in {name}',
  'compare.hosts': '{hosts} lines in {name}',
  'compare.switch': (p: { era: string }) => `Switch to ${p.era}`,

  // Presets (PresetDialog)
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

  // Import / export (InOut)
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

  // Packets (PacketsPanel)
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
} as const
