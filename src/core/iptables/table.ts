/**
 * One iptables table as docker leaves it: built-in chains with policies,
 * user chains, and rules that were inserted at the top (`-I CHAIN`), appended
 * (`-A`), checked (`-C`) or deleted (`-D`, first match). Listing follows
 * `iptables -S`: policies, `-N` for user chains in name order, then every
 * chain's rules, built-in chains first.
 *
 * Inserting at the top is a push onto a stack that lists reversed, so a
 * thousand links cost a thousand pushes, not a thousand array shifts.
 */
import type { RuleCause } from '../cause'
import { formatRule, type Rule } from './rule'

export interface ListedRule {
  /** The line exactly as `iptables -S` prints it. */
  readonly text: string
  /** Absent for `-P` and `-N` lines. */
  readonly rule?: Rule
  readonly cause: RuleCause
}

interface Chain {
  /** Rules inserted at position 1, oldest first (listed newest first). */
  readonly top: ListedRule[]
  /** Rules appended, in order. */
  readonly bottom: ListedRule[]
  readonly counts: Map<string, number>
  readonly declared?: ListedRule
}

export class Table {
  private readonly builtins: readonly string[]
  private readonly policies = new Map<string, ListedRule>()
  private readonly chains = new Map<string, Chain>()

  constructor(builtins: readonly string[], cause: RuleCause) {
    this.builtins = builtins
    for (const name of builtins) {
      this.policies.set(name, { text: `-P ${name} ACCEPT`, cause })
      this.chains.set(name, { top: [], bottom: [], counts: new Map() })
    }
  }

  setPolicy(chain: string, policy: 'ACCEPT' | 'DROP', cause: RuleCause): void {
    this.policies.set(chain, { text: `-P ${chain} ${policy}`, cause })
  }

  newChain(name: string, cause: RuleCause): void {
    if (this.chains.has(name)) return
    this.chains.set(name, { top: [], bottom: [], counts: new Map(), declared: { text: `-N ${name}`, cause } })
  }

  hasChain(name: string): boolean {
    return this.chains.has(name)
  }

  /** `-I CHAIN`: at position 1. */
  insert(rule: Rule, cause: RuleCause): ListedRule {
    return this.add(rule, cause, 'top')
  }

  /** `-A CHAIN`. */
  append(rule: Rule, cause: RuleCause): ListedRule {
    return this.add(rule, cause, 'bottom')
  }

  /** `-C CHAIN`: whether an identical rule is in the chain. */
  check(rule: Rule): boolean {
    return (this.chain(rule.chain).counts.get(formatRule(rule)) ?? 0) > 0
  }

  /** `-D CHAIN`: removes the first identical rule; `false` when there was none (docker ignores that). */
  delete(rule: Rule): boolean {
    const chain = this.chain(rule.chain)
    const text = formatRule(rule)
    const count = chain.counts.get(text) ?? 0
    if (count === 0) return false
    chain.counts.set(text, count - 1)
    for (let i = chain.top.length - 1; i >= 0; i--) {
      if (chain.top[i]?.text === text) {
        chain.top.splice(i, 1)
        return true
      }
    }
    const at = chain.bottom.findIndex((listed) => listed.text === text)
    chain.bottom.splice(at, 1)
    return true
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
      for (let i = chain.top.length - 1; i >= 0; i--) lines.push(chain.top[i] as ListedRule)
      for (const listed of chain.bottom) lines.push(listed)
    }
    return lines
  }

  private add(rule: Rule, cause: RuleCause, where: 'top' | 'bottom'): ListedRule {
    const chain = this.chain(rule.chain)
    const listed: ListedRule = { text: formatRule(rule), rule, cause }
    chain[where].push(listed)
    chain.counts.set(listed.text, (chain.counts.get(listed.text) ?? 0) + 1)
    return listed
  }

  private chain(name: string): Chain {
    const chain = this.chains.get(name)
    if (chain === undefined) throw new Error(`iptables: no chain ${name}`) // a bug in the engine, never input
    return chain
  }
}

const byBytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
