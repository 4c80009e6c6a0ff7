/**
 * A way out: a scenario as a runnable POSIX shell script. One `docker run` per
 * container in start order, then the lifecycle events; the header says what the
 * daemon needs. `importDockerRun` reads it back to the same containers, links
 * and events.
 */
import type { ContainerSpec, LinkSpec, Scenario } from '../scenario'
import { commentSafe, headerLines } from './header'
import { PLACEHOLDER_IMAGE } from './images'
import { shellQuote } from './shellWords'

/** Longer commands are split over lines with `\`. */
const WIDTH = 100

/**
 * The scenario as a shell script.
 *
 * @example
 * exportScript(seed)
 * //=> '#!/bin/sh\n# Docker 0.10 …\n…\ndocker run -d -t --name redis --expose 6379/tcp crosbymichael/redis\n
 * //    docker run -d -t --name suspicious_fermat --link redis:db ubuntu\n'
 */
export function exportScript(scenario: Scenario): string {
  const lines = [
    '#!/bin/sh',
    '# Link Lab: a scenario as docker commands, in start order.',
    ...headerLines(scenario).map((line) => `# ${line}`),
    '# -t keeps images whose command is a shell (ubuntu, busybox) running, as -t -i did in the seed.',
    '# No `set -e`: a command docker refuses is part of the lesson; the rest still runs.',
  ]
  const seen = new Set<string>()
  for (const container of scenario.containers) {
    // Links belong to a name: a second container of that name is refused before its links are read.
    const links = seen.has(container.name) ? [] : scenario.links.filter((l) => l.parent === container.name)
    seen.add(container.name)
    lines.push('', ...runLines(container, links))
  }
  if (scenario.events.length > 0) {
    lines.push('', '# lifecycle events, after every container ran')
    for (const event of scenario.events) {
      const name = shellQuote(event.container)
      lines.push(`docker ${event.action} ${event.container.startsWith('-') ? `-- ${name}` : name}`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** One container's comments and its `docker run`. */
function runLines(container: ContainerSpec, links: readonly LinkSpec[]): string[] {
  const comments: string[] = []
  const name = commentSafe(container.name)
  if (container.image === '') comments.push(`# ${name}: the scenario gives no image; ${PLACEHOLDER_IMAGE} stands in`)
  for (const entry of container.env) {
    if (!entry.includes('=')) {
      comments.push(`# ${name}: -e ${commentSafe(entry)} has no "=": docker takes its value from this shell`)
    }
  }
  const image = container.image === '' ? PLACEHOLDER_IMAGE : container.image
  const parts = [
    'docker run -d -t',
    `--name ${shellQuote(container.name)}`,
    ...container.expose.map((port) => `--expose ${shellQuote(port)}`),
    ...container.env.map((entry) => `-e ${shellQuote(entry)}`),
    ...container.publish.map((binding) => `-p ${shellQuote(binding)}`),
    ...links.map((link) => `--link ${shellQuote(`${link.child}:${link.alias}`)}`),
    // An image that starts with `-` would be read as a flag.
    image.startsWith('-') ? `-- ${shellQuote(image)}` : shellQuote(image),
  ]
  const oneLine = parts.join(' ')
  return [...comments, oneLine.length <= WIDTH ? oneLine : parts.join(' \\\n    ')]
}
