import { useState } from 'react'
import { type Derivation, explainRule, type ListedRule, staleRule } from '../../core'
import { hueOf } from '../canvas/flowModel'
import { useLineDiff } from '../changes/useLineDiff'
import { useT } from '../i18n'
import { useApp, useDerivation } from '../store/hooks'
import { selectBaseline } from '../store/selectors'
import { CopyButton } from '../ui/CopyButton'
import { MarkedLines } from '../ui/MarkedLines'
import { matchWords, targetWords } from './ruleWords'

/** The filter and nat tables exactly as `iptables -S` prints them, or the same rules as a table. */
export function IptablesPanel() {
  const derivation = useDerivation()
  const baseline = useApp(selectBaseline)
  const [view, setView] = useState<'text' | 'table'>('text')
  const t = useT()
  return (
    <div className="listing">
      <fieldset className="view-switch">
        <legend className="visually-hidden">{t('ipt.show')}</legend>
        <label>
          <input type="radio" name="iptables-view" checked={view === 'text'} onChange={() => setView('text')} />
          iptables -S
        </label>
        <label>
          <input type="radio" name="iptables-view" checked={view === 'table'} onChange={() => setView('table')} />
          {t('ipt.table')}
        </label>
      </fieldset>
      <RuleListing
        title="iptables -S"
        table="filter"
        lines={derivation.filter}
        before={baseline?.filter ?? derivation.filter}
        derivation={derivation}
        view={view}
      />
      <RuleListing
        title="iptables -t nat -S"
        table="nat"
        lines={derivation.nat}
        before={baseline?.nat ?? derivation.nat}
        derivation={derivation}
        view={view}
      />
    </div>
  )
}

function hueClass(line: ListedRule): string {
  return line.cause.kind === 'link' ? ` hue-line hue-${hueOf(line.cause.link)}` : ''
}

function RuleListing({
  title,
  table,
  lines,
  before,
  derivation,
  view,
}: {
  title: string
  table: 'filter' | 'nat'
  lines: readonly ListedRule[]
  before: readonly ListedRule[]
  derivation: Derivation
  view: 'text' | 'table'
}) {
  const text = lines.map((l) => l.text).join('\n')
  const t = useT()
  const diffLines = useLineDiff()
  const label = t(table === 'filter' ? 'ipt.filter' : 'ipt.nat')
  return (
    <section aria-label={label} className="rule-listing">
      <div className="listing__bar">
        <code>$ {title}</code>
        <CopyButton text={text} label={t('ipt.copy', { what: label })} />
      </div>
      {view === 'text' ? (
        <MarkedLines
          changes={diffLines(before, lines, (l) => l.text)}
          text={(l) => l.text}
          lineClass={(l) => `${hueClass(l)}${staleRule(derivation, l.cause) ? ' is-stale' : ''}`}
          after={(l) => (staleRule(derivation, l.cause) ? <span className="annot stale">{t('ipt.stale')}</span> : null)}
          testId={table === 'filter' ? 'iptables-filter' : 'iptables-nat'}
          cause={(l) => {
            const explanation = explainRule(derivation, l.cause)
            return {
              explanation,
              links: explanation.link === undefined ? [] : [explanation.link],
              containers: explanation.containers,
            }
          }}
        />
      ) : (
        <table className="rule-table">
          <thead>
            <tr>
              <th scope="col">{t('ipt.chain')}</th>
              <th scope="col">{t('ipt.match')}</th>
              <th scope="col">{t('ipt.target')}</th>
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
                  <td>{rule ? matchWords(rule, t) : kind === 'P' ? t('ipt.policy') : t('ipt.newChain')}</td>
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
