/**
 * The rules the daemon writes when it starts, per era, on a fresh host
 * (empty tables, ip_forward 0). Facts: docker-links-facts.md §5.
 */
import type { DaemonStep, RuleCause } from '../cause'
import type { EraBehaviour } from '../eras'
import { formatNetwork, type Subnet } from '../ipv4'
import type { Rule } from './rule'
import { Table } from './table'

export interface Tables {
  readonly filter: Table
  readonly nat: Table
}

const because = (step: DaemonStep): RuleCause => ({ kind: 'daemon', step })

/** Empty tables as a fresh host lists them: built-in chains, policy ACCEPT. */
export function freshTables(): Tables {
  return {
    filter: new Table(['INPUT', 'FORWARD', 'OUTPUT'], because('policy')),
    nat: new Table(['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'], because('policy')),
  }
}

export interface StartupInput {
  readonly bridge: string
  readonly subnet: Subnet
  readonly icc: boolean
}

/** Write the era's start-up rules into fresh tables (only called with `--iptables=true`). */
export function writeStartupRules(tables: Tables, era: EraBehaviour, input: StartupInput): void {
  switch (era.startup) {
    case 'v0.10':
      startupV010(tables, input)
      return
    case 'v20.10':
      startupV2010(tables, input)
      return
    case 'v28':
      startupV28(tables, input, 'v28')
      return
    case 'v29':
      startupV28(tables, input, 'v29')
      return
  }
}

/** Shared by every era: nat DOCKER, entered for traffic to a local address (published ports). */
function natDockerChain({ nat }: Tables): void {
  nat.newChain('DOCKER', because('chain'))
  nat.append({ chain: 'PREROUTING', dstType: 'LOCAL', target: 'DOCKER' }, because('nat-jump'))
  nat.append(
    { chain: 'OUTPUT', destination: '127.0.0.0/8', notDestination: true, dstType: 'LOCAL', target: 'DOCKER' },
    because('nat-jump'),
  )
}

/**
 * 0.9–1.1 (`v0.10.0:runtime/networkdriver/bridge/driver.go` setupIPTables):
 * every filter rule is inserted at the top of FORWARD, so they list in reverse order of issue.
 */
function startupV010(tables: Tables, { bridge, subnet, icc }: StartupInput): void {
  const net = formatNetwork(subnet)
  tables.nat.insert(
    { chain: 'POSTROUTING', source: net, destination: net, notDestination: true, target: 'MASQUERADE' },
    because('masquerade'),
  )
  const { filter } = tables
  filter.insert(
    { chain: 'FORWARD', inInterface: bridge, outInterface: bridge, target: icc ? 'ACCEPT' : 'DROP' },
    because('icc'),
  )
  filter.insert(
    { chain: 'FORWARD', inInterface: bridge, outInterface: bridge, notOut: true, target: 'ACCEPT' },
    because('outgoing'),
  )
  filter.insert(
    { chain: 'FORWARD', outInterface: bridge, ctstate: 'RELATED,ESTABLISHED', target: 'ACCEPT' },
    because('conntrack'),
  )
  natDockerChain(tables)
}

/** nat rules of the libnetwork eras: 20.10 and 28 list the same; 29 dropped the RETURN ("skip DNAT"). */
function natLibnetwork(tables: Tables, bridge: string, subnet: Subnet, skipDnat: boolean): void {
  natDockerChain(tables)
  tables.nat.append(
    { chain: 'POSTROUTING', source: formatNetwork(subnet), outInterface: bridge, notOut: true, target: 'MASQUERADE' },
    because('masquerade'),
  )
  if (skipDnat) tables.nat.append({ chain: 'DOCKER', inInterface: bridge, target: 'RETURN' }, because('nat-return'))
}

/** v20.10.0, run (§5.2): DOCKER-USER, DOCKER-ISOLATION-STAGE-1/2, FORWARD policy DROP. */
function startupV2010(tables: Tables, { bridge, subnet, icc }: StartupInput): void {
  const { filter } = tables
  filter.setPolicy('FORWARD', 'DROP', because('forward-policy-drop'))
  for (const name of ['DOCKER', 'DOCKER-ISOLATION-STAGE-1', 'DOCKER-ISOLATION-STAGE-2', 'DOCKER-USER']) {
    filter.newChain(name, because('chain'))
  }
  const rules: [Rule, DaemonStep][] = [
    [{ chain: 'FORWARD', target: 'DOCKER-USER' }, 'docker-user'],
    [{ chain: 'FORWARD', target: 'DOCKER-ISOLATION-STAGE-1' }, 'isolation'],
    [{ chain: 'FORWARD', outInterface: bridge, ctstate: 'RELATED,ESTABLISHED', target: 'ACCEPT' }, 'conntrack'],
    [{ chain: 'FORWARD', outInterface: bridge, target: 'DOCKER' }, 'docker-jump'],
    [{ chain: 'FORWARD', inInterface: bridge, outInterface: bridge, notOut: true, target: 'ACCEPT' }, 'outgoing'],
    [{ chain: 'FORWARD', inInterface: bridge, outInterface: bridge, target: icc ? 'ACCEPT' : 'DROP' }, 'icc'],
    [
      {
        chain: 'DOCKER-ISOLATION-STAGE-1',
        inInterface: bridge,
        outInterface: bridge,
        notOut: true,
        target: 'DOCKER-ISOLATION-STAGE-2',
      },
      'isolation',
    ],
    [{ chain: 'DOCKER-ISOLATION-STAGE-1', target: 'RETURN' }, 'isolation'],
    [{ chain: 'DOCKER-ISOLATION-STAGE-2', outInterface: bridge, target: 'DROP' }, 'isolation'],
    [{ chain: 'DOCKER-ISOLATION-STAGE-2', target: 'RETURN' }, 'isolation'],
    [{ chain: 'DOCKER-USER', target: 'RETURN' }, 'docker-user'],
  ]
  for (const [rule, step] of rules) filter.append(rule, because(step))
  natLibnetwork(tables, bridge, subnet, true)
}

/**
 * v28.5.2, run (§5.2): DOCKER-FORWARD, DOCKER-CT, DOCKER-BRIDGE; filter DOCKER starts with a DROP.
 * docker-v29.1.0, read (commit 1ad9599da7 "Drop DOCKER-ISOLATION rules"): the isolation chains
 * give way to an empty DOCKER-INTERNAL, and nat DOCKER loses its RETURN.
 */
function startupV28(tables: Tables, { bridge, subnet, icc }: StartupInput, layout: 'v28' | 'v29'): void {
  const { filter } = tables
  filter.setPolicy('FORWARD', 'DROP', because('forward-policy-drop'))
  const isolation = layout === 'v28' ? ['DOCKER-ISOLATION-STAGE-1', 'DOCKER-ISOLATION-STAGE-2'] : ['DOCKER-INTERNAL']
  for (const name of ['DOCKER', 'DOCKER-BRIDGE', 'DOCKER-CT', 'DOCKER-FORWARD', ...isolation, 'DOCKER-USER']) {
    filter.newChain(name, because('chain'))
  }
  const iccRules: [Rule, DaemonStep][] = icc
    ? [[{ chain: 'DOCKER-FORWARD', inInterface: bridge, target: 'ACCEPT' }, 'icc']]
    : [
        [{ chain: 'DOCKER-FORWARD', inInterface: bridge, outInterface: bridge, target: 'DROP' }, 'icc'],
        [
          { chain: 'DOCKER-FORWARD', inInterface: bridge, outInterface: bridge, notOut: true, target: 'ACCEPT' },
          'outgoing',
        ],
      ]
  const rules: [Rule, DaemonStep][] = [
    [{ chain: 'FORWARD', target: 'DOCKER-USER' }, 'docker-user'],
    [{ chain: 'FORWARD', target: 'DOCKER-FORWARD' }, 'docker-forward'],
    [{ chain: 'DOCKER', inInterface: bridge, notIn: true, outInterface: bridge, target: 'DROP' }, 'external-drop'],
    [{ chain: 'DOCKER-BRIDGE', outInterface: bridge, target: 'DOCKER' }, 'docker-jump'],
    [{ chain: 'DOCKER-CT', outInterface: bridge, ctstate: 'RELATED,ESTABLISHED', target: 'ACCEPT' }, 'docker-ct'],
    [{ chain: 'DOCKER-FORWARD', target: 'DOCKER-CT' }, 'docker-forward'],
    [
      { chain: 'DOCKER-FORWARD', target: layout === 'v28' ? 'DOCKER-ISOLATION-STAGE-1' : 'DOCKER-INTERNAL' },
      layout === 'v28' ? 'docker-forward' : 'isolation',
    ],
    [{ chain: 'DOCKER-FORWARD', target: 'DOCKER-BRIDGE' }, 'docker-forward'],
    ...iccRules,
  ]
  if (layout === 'v28') {
    rules.push(
      [
        {
          chain: 'DOCKER-ISOLATION-STAGE-1',
          inInterface: bridge,
          outInterface: bridge,
          notOut: true,
          target: 'DOCKER-ISOLATION-STAGE-2',
        },
        'isolation',
      ],
      [{ chain: 'DOCKER-ISOLATION-STAGE-2', outInterface: bridge, target: 'DROP' }, 'isolation'],
    )
  }
  for (const [rule, step] of rules) filter.append(rule, because(step))
  natLibnetwork(tables, bridge, subnet, layout === 'v28')
}
