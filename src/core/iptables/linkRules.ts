/**
 * The ACCEPT pairs a link opens, one pair per exposed port of its child.
 * Facts: docker-links-facts.md §4 (0.10: `-I FORWARD`, always; 1.7+: `-A DOCKER`, icc=false only).
 *
 * A big scenario has tens of thousands of these rules, so one link's rules are
 * kept as one block, and each rule's data and text are made when it is listed.
 */
import type { LinkDirection, RuleCause } from '../cause'
import type { Port } from '../ports'
import { formatRule, type Rule } from './rule'
import type { ListedRule } from './table'

/** One rule of a link: its data, text and cause are made when first read. */
export class LinkRule implements ListedRule {
  private readonly block: LinkRuleBlock
  private readonly port: Port
  private readonly direction: LinkDirection
  private madeRule?: Rule
  private madeText?: string

  constructor(block: LinkRuleBlock, port: Port, direction: LinkDirection) {
    this.block = block
    this.port = port
    this.direction = direction
  }

  get rule(): Rule {
    if (this.madeRule) return this.madeRule
    const { parentIp, childIp, bridge, chainName } = this.block
    const { number, proto } = this.port
    // Two literals rather than a spread of shared fields: a big scenario lists tens of thousands.
    this.madeRule =
      this.direction === 'request'
        ? {
            chain: chainName,
            inInterface: bridge,
            outInterface: bridge,
            protocol: proto,
            target: 'ACCEPT',
            source: `${parentIp}/32`,
            destination: `${childIp}/32`,
            dport: number,
          }
        : {
            chain: chainName,
            inInterface: bridge,
            outInterface: bridge,
            protocol: proto,
            target: 'ACCEPT',
            source: `${childIp}/32`,
            destination: `${parentIp}/32`,
            sport: number,
          }
    return this.madeRule
  }

  get cause(): RuleCause {
    const { link, parentIp, childIp } = this.block
    return { kind: 'link', link, port: this.port, direction: this.direction, parentIp, childIp }
  }

  get text(): string {
    this.madeText ??= formatRule(this.rule)
    return this.madeText
  }
}

/**
 * The rules one link issued: for each port, the request rule (parent → child,
 * `--dport`) then the reply rule (child → parent, `--sport`), in issue order.
 * `skipped` holds the ports whose pair `-C` found already there (1.7+).
 */
export class LinkRuleBlock {
  readonly chainName: string
  readonly bridge: string
  readonly link: number
  readonly parentIp: string
  readonly childIp: string
  readonly ports: readonly Port[]
  readonly skipped: ReadonlySet<number>

  constructor(
    chainName: string,
    bridge: string,
    link: number,
    parentIp: string,
    childIp: string,
    ports: readonly Port[],
    skipped: ReadonlySet<number> = NONE,
  ) {
    this.chainName = chainName
    this.bridge = bridge
    this.link = link
    this.parentIp = parentIp
    this.childIp = childIp
    this.ports = ports
    this.skipped = skipped
  }

  /** Blocks with identical rules have the same pair key (what `-C` compares first). */
  get pairKey(): string {
    return linkPairKey(this.parentIp, this.childIp)
  }

  /** Whether this block put the pair for `port` in the table. */
  has(port: Port): boolean {
    for (let i = 0; i < this.ports.length; i++) {
      const p = this.ports[i] as Port
      if (p.number === port.number && p.proto === port.proto && !this.skipped.has(i)) return true
    }
    return false
  }

  /** The block's rules in the order iptables lists them: reversed when each was inserted at the top. */
  listed(insertedAtTop: boolean): LinkRule[] {
    const rules: LinkRule[] = []
    this.ports.forEach((port, i) => {
      if (this.skipped.has(i)) return
      rules.push(new LinkRule(this, port, 'request'), new LinkRule(this, port, 'reply'))
    })
    return insertedAtTop ? rules.reverse() : rules
  }

  /** How many rules the block put in the table. */
  get size(): number {
    return 2 * (this.ports.length - this.skipped.size)
  }
}

const NONE: ReadonlySet<number> = new Set()

/** What `-C` compares first: blocks between the same two addresses. */
export function linkPairKey(parentIp: string, childIp: string): string {
  return `${parentIp}>${childIp}`
}
