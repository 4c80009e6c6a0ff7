/**
 * One iptables table as docker leaves it: built-in chains with policies,
 * user chains, and rules that were inserted at the top (`-I CHAIN`), appended
 * (`-A`), checked (`-C`) or deleted (`-D`, first match). Listing follows
 * `iptables -S`: policies, `-N` for user chains in name order, then every
 * chain's rules, built-in chains first.
 *
 * Inserting at the top is a push onto a stack that lists reversed, so a
 * thousand links cost a thousand pushes, not a thousand array shifts. A link's
 * rules are kept as one block and only made one by one when listed.
 */
import type { RuleCause } from '../cause'
import type { Port } from '../ports'
import type { LinkRuleBlock } from './linkRules'
import { formatRule, type Rule } from './rule'

/** One line of `iptables -S`, with the rule it prints and why it is there. */
export interface ListedRule {
  /** The line exactly as `iptables -S` prints it. */
  readonly text: string
  /** Absent for `-P` and `-N` lines. */
  readonly rule?: Rule
  readonly cause: RuleCause
}

/** A single rule as the table keeps it: `key` is equal for identical rules (what `-D` compares). */
export interface TableRule extends ListedRule {
  readonly key: string
  readonly chainName: string
  readonly rule: Rule
}

type Entry = TableRule | LinkRuleBlock

interface Chain {
  /** Entries inserted at position 1, oldest first (listed newest first). */
  readonly top: Entry[]
  /** Entries appended, in order. */
  readonly bottom: Entry[]
  readonly declared?: ListedRule
}

/** A rule whose key is its text: for the few start-up and port rules. */
export function tableRule(rule: Rule, cause: RuleCause): TableRule {
  const text = formatRule(rule)
  return { key: text, chainName: rule.chain, text, rule, cause }
}

export class Table {
  private readonly builtins: readonly string[]
  private readonly policies = new Map<string, ListedRule>()
  private readonly chains = new Map<string, Chain>()
  /**
   * The appended link blocks per parent>child pair (one block, or several after
   * a repeat), for `-C`. Only libnetwork (1.7+) checks before it appends; the
   * links of 0.10/1.0, inserted at the top, are never looked up.
   */
  private readonly pairs = new Map<string, LinkRuleBlock | LinkRuleBlock[]>()

  constructor(builtins: readonly string[], cause: RuleCause) {
    this.builtins = builtins
    for (const name of builtins) {
      this.policies.set(name, { text: `-P ${name} ACCEPT`, cause })
      this.chains.set(name, { top: [], bottom: [] })
    }
  }

  setPolicy(chain: string, policy: 'ACCEPT' | 'DROP', cause: RuleCause): void {
    this.policies.set(chain, { text: `-P ${chain} ${policy}`, cause })
  }

  newChain(name: string, cause: RuleCause): void {
    if (this.chains.has(name)) return
    this.chains.set(name, { top: [], bottom: [], declared: { text: `-N ${name}`, cause } })
  }

  /** `-I CHAIN`: at position 1. */
  insert(rule: Rule, cause: RuleCause): TableRule {
    const line = tableRule(rule, cause)
    this.chain(line.chainName).top.push(line)
    return line
  }

  /** `-A CHAIN`. */
  append(rule: Rule, cause: RuleCause): TableRule {
    const line = tableRule(rule, cause)
    this.chain(line.chainName).bottom.push(line)
    return line
  }

  /** `-D CHAIN`: removes the first identical rule; `false` when there was none (docker ignores that). */
  delete(rule: TableRule): boolean {
    const chain = this.chain(rule.chainName)
    for (let i = chain.top.length - 1; i >= 0; i--) {
      const entry = chain.top[i]
      if (entry && 'key' in entry && entry.key === rule.key) {
        chain.top.splice(i, 1)
        return true
      }
    }
    const at = chain.bottom.findIndex((entry) => 'key' in entry && entry.key === rule.key)
    if (at >= 0) chain.bottom.splice(at, 1)
    return at >= 0
  }

  /** A link's rules, each inserted at the top (0.10/1.0) or appended (1.7+). */
  addLinkRules(block: LinkRuleBlock, where: 'top' | 'bottom'): void {
    this.chain(block.chainName)[where].push(block)
    if (where === 'top') return
    const key = block.pairKey
    const present = this.pairs.get(key)
    this.pairs.set(key, present === undefined ? block : Array.isArray(present) ? [...present, block] : [present, block])
  }

  /**
   * `-C` for each port of a link (`pairKey`: see LinkRuleBlock): the indices
   * of the ports whose pair is already in the table, `undefined` when none is
   * (the pair key is looked up once per link: most links are a new pair).
   */
  presentLinkPairs(pairKey: string, ports: readonly Port[]): Set<number> | undefined {
    const present = this.pairs.get(pairKey)
    if (present === undefined) return undefined
    const blocks = Array.isArray(present) ? present : [present]
    const found = new Set<number>()
    ports.forEach((port, k) => {
      if (blocks.some((block) => block.has(port))) found.add(k)
    })
    return found.size > 0 ? found : undefined
  }

  /** `-D` of every rule a link added. */
  deleteLinkRules(block: LinkRuleBlock): void {
    const chain = this.chain(block.chainName)
    for (const list of [chain.top, chain.bottom]) {
      const at = list.indexOf(block)
      if (at >= 0) {
        list.splice(at, 1)
        if (list === chain.top) return
        const present = this.pairs.get(block.pairKey)
        const rest = Array.isArray(present) ? present.filter((b) => b !== block) : []
        if (rest.length === 0) this.pairs.delete(block.pairKey)
        else this.pairs.set(block.pairKey, rest.length === 1 ? (rest[0] as LinkRuleBlock) : rest)
        return
      }
    }
  }

  /** The table as `iptables -S` lists it. */
  list(): ListedRule[] {
    const lines: ListedRule[] = []
    for (const name of this.builtins) {
      const policy = this.policies.get(name)
      if (policy) lines.push(policy)
    }
    const user = [...this.chains.keys()].filter((name) => !this.builtins.includes(name)).sort(byBytes)
    for (const name of user) {
      const declared = this.chains.get(name)?.declared
      if (declared) lines.push(declared)
    }
    for (const name of [...this.builtins, ...user]) {
      const chain = this.chain(name)
      for (let i = chain.top.length - 1; i >= 0; i--) push(lines, chain.top[i] as Entry, true)
      for (const entry of chain.bottom) push(lines, entry, false)
    }
    return lines
  }

  private chain(name: string): Chain {
    const chain = this.chains.get(name)
    if (chain === undefined) throw new Error(`iptables: no chain ${name}`) // a bug in the engine, never input
    return chain
  }
}

function push(lines: ListedRule[], entry: Entry, top: boolean): void {
  if ('key' in entry) lines.push(entry)
  else for (const rule of entry.listed(top)) lines.push(rule)
}

const byBytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
