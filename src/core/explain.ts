/**
 * Why a line exists, as data: which Docker behaviour made it, with what
 * values, since which release, and which link and containers it comes from.
 * The app turns an explanation into words (in the reader's language); the
 * facts and their sources stay here. Facts: docker-links-facts.md, cited per entry.
 */
import type { RuleCause } from './cause'
import type { Derivation } from './derive'
import { ERAS } from './eras'
import type { HostsLine } from './hosts'
import type { EnvVar } from './linkEnv'

/** Every behaviour an explanation can name. */
export type Behaviour =
  | 'env-default-port'
  | 'env-port'
  | 'env-range'
  | 'env-name'
  | 'env-copy'
  | 'hosts-alias'
  | 'hosts-alias-id-name'
  | 'rule-link-request'
  | 'rule-link-reply'
  | 'rule-publish-dnat'
  | 'rule-publish-accept'
  | 'rule-publish-hairpin'
  | `daemon-${string}`

export interface Explanation {
  readonly behaviour: Behaviour
  /** Values for the words: container names, ports, addresses, flags. */
  readonly params: Readonly<Record<string, string>>
  /** The release that introduced the behaviour. */
  readonly since: string
  /** Where in Docker's source it comes from (`tag:path`). */
  readonly source: string
  /** The link that caused the line, when one did. */
  readonly link?: number
  /** Containers involved (indexes in the scenario). */
  readonly containers: readonly number[]
}

const indexOf = (derivation: Derivation, name: string | undefined): number[] => {
  const i = derivation.scenario.containers.findIndex((c) => c.name === name)
  return i < 0 ? [] : [i]
}

function linkParams(derivation: Derivation, link: number) {
  const l = derivation.scenario.links[link]
  return {
    params: { parent: l?.parent ?? '', child: l?.child ?? '', alias: l?.alias ?? '' },
    containers: [...indexOf(derivation, l?.parent), ...indexOf(derivation, l?.child)],
  }
}

/** Why a link variable is in the environment (§2). */
export function explainEnv(derivation: Derivation, v: EnvVar): Explanation {
  const era = ERAS[derivation.scenario.docker]
  const { params, containers } = linkParams(derivation, v.link)
  const port = v.port ? `${v.port.number}/${v.port.proto}` : ''
  const base = { link: v.link, containers }
  const prefix = era.dashToUnderscore ? 'upper-cased, - as _' : 'upper-cased'
  switch (v.role) {
    case 'default-port':
      return {
        ...base,
        behaviour: 'env-default-port',
        params: { ...params, key: v.key, port, prefix, rule: era.portOrder, ip: v.childIp },
        since: era.portOrder === 'tcp-first' ? '28.0.0' : '0.9.0',
        source: era.portOrder === 'tcp-first' ? 'v28.0.0:daemon/links/links.go' : 'v0.10.0:links/links.go',
      }
    case 'port':
    case 'port-addr':
    case 'port-port':
    case 'port-proto':
      return {
        ...base,
        behaviour: 'env-port',
        params: { ...params, key: v.key, port, prefix, ip: v.childIp },
        since: '0.9.0',
        source: 'v0.10.0:links/links.go',
      }
    case 'name':
      return {
        ...base,
        behaviour: 'env-name',
        params: { ...params, key: v.key, value: v.value, prefix },
        since: '0.9.0',
        source: 'v0.10.0:links/links.go',
      }
    case 'env': {
      const entry = v.entry ?? ''
      const name = entry.slice(0, entry.indexOf('='))
      return {
        ...base,
        behaviour: 'env-copy',
        params: { ...params, key: v.key, entry: name, secret: looksSecret(name) ? 'yes' : 'no', split: era.envSplit },
        since: '0.9.0',
        source: era.envSplit === 'first-equals' ? 'v1.7.0:links/links.go' : 'v0.10.0:links/links.go',
      }
    }
    default:
      return {
        ...base,
        behaviour: 'env-range',
        params: { ...params, key: v.key, port, rule: era.rangeVars },
        since: era.rangeVars === 'two-same-proto' ? '28.0.0' : '1.5.0',
        source: era.rangeVars === 'two-same-proto' ? 'v28.0.0:daemon/links/links.go' : 'v1.5.0:links/links.go',
      }
  }
}

/** Why a line is in /etc/hosts (§3). */
export function explainHosts(derivation: Derivation, line: HostsLine): Explanation {
  const era = ERAS[derivation.scenario.docker]
  const { params, containers } = linkParams(derivation, line.link)
  const full = era.hostsLines === 'alias-id-name'
  return {
    behaviour: full ? 'hosts-alias-id-name' : 'hosts-alias',
    params: { ...params, ip: line.childIp },
    since: full ? '1.6.0' : '0.11.0',
    source: full ? 'v1.6.0:daemon/container.go' : 'v0.11.0:daemon/container.go',
    link: line.link,
    containers,
  }
}

/** Why a rule is in the table (§4, §5, lifecycle §1). */
export function explainRule(derivation: Derivation, cause: RuleCause): Explanation {
  const { scenario } = derivation
  const era = ERAS[scenario.docker]
  const { daemon } = scenario
  if (cause.kind === 'link') {
    const { params, containers } = linkParams(derivation, cause.link)
    const inserted = era.linkRules === 'insert-forward'
    return {
      behaviour: cause.direction === 'request' ? 'rule-link-request' : 'rule-link-reply',
      params: {
        ...params,
        port: `${cause.port.number}/${cause.port.proto}`,
        parentIp: cause.parentIp,
        childIp: cause.childIp,
        placement: inserted ? 'insert-forward' : 'append-docker',
        icc: String(daemon.icc),
      },
      since: inserted ? '0.9.0' : '1.7.0',
      source: inserted
        ? 'v0.10.0:runtime/networkdriver/bridge/driver.go'
        : 'v20.10.0:libnetwork/drivers/bridge/link.go',
      link: cause.link,
      containers,
    }
  }
  if (cause.kind === 'publish') {
    const c = scenario.containers[cause.container]
    return {
      behaviour: `rule-publish-${cause.part}`,
      params: { container: c?.name ?? '', binding: c?.publish[cause.binding] ?? '', ip: cause.containerIp },
      since: cause.part === 'hairpin' ? '1.7.0' : '0.5.0',
      source: 'v0.10.0:pkg/iptables/iptables.go',
      containers: [cause.container],
    }
  }
  const since: Record<string, string> = {
    'forward-policy-drop': '1.13.0',
    'docker-user': '17.06.0',
    isolation: '18.06.0',
    'docker-forward': '28.0.0',
    'docker-ct': '28.0.0',
    'external-drop': '28.0.0',
    'docker-jump': '1.5.0',
    'nat-return': '1.9.0',
  }
  return {
    behaviour: `daemon-${cause.step}`,
    params: { bridge: daemon.bridge, icc: String(daemon.icc), bip: daemon.bridgeIp },
    since: since[cause.step] ?? '0.9.0',
    source: `${era.tag}:${era.startup === 'v0.10' ? 'runtime/networkdriver/bridge/driver.go' : 'libnetwork/drivers/bridge/setup_ip_tables.go'}`,
    containers: [],
  }
}

/** Keys that look like secrets (`*PASSWORD*`, `*SECRET*`, `*TOKEN*`, `*KEY*`), case-insensitive. */
export function looksSecret(key: string): boolean {
  return /PASSWORD|PASSWD|SECRET|TOKEN|KEY/i.test(key)
}

/** Per link: the child's env entries that look secret and that the link copied into its parent. */
export function secretsExposed(derivation: Derivation): { link: number; keys: string[] }[] {
  const out = new Map<number, string[]>()
  for (const c of derivation.containers) {
    for (const v of c.env) {
      if (v.role !== 'env' || !v.entry) continue
      const key = v.entry.slice(0, v.entry.indexOf('='))
      if (!looksSecret(key)) continue
      const list = out.get(v.link) ?? []
      if (!list.includes(key)) list.push(key)
      out.set(v.link, list)
    }
  }
  return [...out].map(([link, keys]) => ({ link, keys }))
}
