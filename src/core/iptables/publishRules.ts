/**
 * What one published port (`-p`) adds: the DNAT that sends the host port to
 * the container, the ACCEPT that lets it through the filter, and (20.10) the
 * hairpin MASQUERADE. Facts: lifecycle-and-publish-facts.md §1.
 */
import type { EraBehaviour } from '../eras'
import type { Proto } from '../ports'
import type { Rule } from './rule'

export interface PublishInput {
  readonly bridge: string
  readonly containerIp: string
  readonly hostIp?: string
  readonly hostPort: number
  readonly containerPort: number
  readonly proto: Proto
}

export interface PublishRules {
  readonly dnat: Rule
  readonly accept: Rule
  /** Where docker puts the ACCEPT rule: inserted at the top, or appended. */
  readonly acceptAt: 'top' | 'bottom'
  readonly hairpin?: Rule
}

export function publishRules(era: EraBehaviour, input: PublishInput): PublishRules {
  const { bridge, containerIp, hostPort, containerPort, proto } = input
  const hostIp = input.hostIp && input.hostIp !== '0.0.0.0' ? `${input.hostIp}/32` : undefined
  const fromOutside = era.publish !== 'v0.10' // 1.0 onward: `! -i <bridge>` on the DNAT
  const dnat: Rule = {
    chain: 'DOCKER',
    ...(hostIp ? { destination: hostIp } : {}),
    ...(fromOutside ? { inInterface: bridge, notIn: true } : {}),
    protocol: proto,
    dport: hostPort,
    target: 'DNAT',
    toDestination: `${containerIp}:${containerPort}`,
  }
  const oldEra = era.publish === 'v0.10' || era.publish === 'v1.0'
  const accept: Rule = {
    chain: oldEra ? 'FORWARD' : 'DOCKER',
    destination: `${containerIp}/32`,
    inInterface: bridge,
    notIn: true,
    outInterface: bridge,
    protocol: proto,
    dport: containerPort,
    target: 'ACCEPT',
  }
  const hairpin: Rule | undefined =
    era.publish === 'v20.10'
      ? {
          chain: 'POSTROUTING',
          source: `${containerIp}/32`,
          destination: `${containerIp}/32`,
          protocol: proto,
          dport: containerPort,
          target: 'MASQUERADE',
        }
      : undefined
  return { dnat, accept, acceptAt: era.publish === 'v20.10' ? 'bottom' : 'top', ...(hairpin ? { hairpin } : {}) }
}
