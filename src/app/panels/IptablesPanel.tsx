import { useState } from 'react'
import type { ListedRule } from '../../core'
import { hueOf } from '../canvas/flowModel'
import { useDerivation } from '../store/hooks'
import { CopyButton } from '../ui/CopyButton'
import { matchWords, targetWords } from './ruleWords'

/** The filter and nat tables exactly as `iptables -S` prints them, or the same rules as a table. */
export function IptablesPanel() {
  const derivation = useDerivation()
  const [view, setView] = useState<'text' | 'table'>('text')
  return (
    <div className="listing">
      <fieldset className="view-switch">
        <legend className="visually-hidden">Show</legend>
        <label>
          <input type="radio" name="iptables-view" checked={view === 'text'} onChange={() => setView('text')} />
          iptables -S
        </label>
        <label>
          <input type="radio" name="iptables-view" checked={view === 'table'} onChange={() => setView('table')} />
          Table
        </label>
      </fieldset>
      <RuleListing title="iptables -S" label="filter table" lines={derivation.filter} view={view} />
      <RuleListing title="iptables -t nat -S" label="nat table" lines={derivation.nat} view={view} />
    </div>
  )
}

function hueClass(line: ListedRule): string {
  return line.cause.kind === 'link' ? ` hue-line hue-${hueOf(line.cause.link)}` : ''
}

function RuleListing({
  title,
  label,
  lines,
  view,
}: {
  title: string
  label: string
  lines: readonly ListedRule[]
  view: 'text' | 'table'
}) {
  const text = lines.map((l) => l.text).join('\n')
  return (
    <section aria-label={label} className="rule-listing">
      <div className="listing__bar">
        <code>$ {title}</code>
        <CopyButton text={text} label={`Copy ${label}`} />
      </div>
      {view === 'text' ? (
        <pre className="output" data-testid={label === 'filter table' ? 'iptables-filter' : 'iptables-nat'}>
          {lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: identical rules can repeat; the position is the identity
            <span key={i} className={`line${hueClass(line)}`}>
              {line.text}
              {'\n'}
            </span>
          ))}
        </pre>
      ) : (
        <table className="rule-table">
          <thead>
            <tr>
              <th scope="col">Chain</th>
              <th scope="col">Match</th>
              <th scope="col">Target</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => {
              const rule = line.rule
              const [, kind, chain, policy] = /^-(P|N) (\S+) ?(\S*)$/.exec(line.text) ?? []
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: identical rules can repeat; the position is the identity
                <tr key={i} className={hueClass(line)}>
                  <td>
                    <code>{rule?.chain ?? chain}</code>
                  </td>
                  <td>
                    {rule
                      ? matchWords(rule)
                      : kind === 'P'
                        ? 'policy: what happens when no rule decides'
                        : 'a chain docker created'}
                  </td>
                  <td>
                    <code>{rule ? targetWords(rule) : policy || '—'}</code>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
