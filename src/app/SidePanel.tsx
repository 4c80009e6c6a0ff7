import { useMemo, useState } from 'react'
import { summarizeChanges } from '../core'
import { WhyBox } from './explain/WhyBox'
import { ContainerInspector } from './inspector/ContainerInspector'
import { LinkInspector } from './inspector/LinkInspector'
import { changeWords } from './panels/changeWords'
import { EnvPanel } from './panels/EnvPanel'
import { HostsPanel } from './panels/HostsPanel'
import { IptablesPanel } from './panels/IptablesPanel'
import { PacketsPanel } from './panels/PacketsPanel'
import { ProblemsPanel } from './panels/ProblemsPanel'
import { useActions, useApp, useDerivation } from './store/hooks'
import { selectBaseline } from './store/selectors'
import { Tabs } from './ui/Tabs'

/** The right column: which container, what docker made of it (listings), and the inspector. */
export function SidePanel() {
  const [tab, setTab] = useState('env')
  const problems = useDerivation().refusals.length
  return (
    <aside className="side" aria-label="What Docker does">
      <ContainerPicker />
      <ChangeSummaryLine />
      <Tabs
        label="Listings"
        active={tab}
        onChange={setTab}
        tabs={[
          { id: 'env', label: 'Environment', content: () => <EnvPanel /> },
          { id: 'hosts', label: '/etc/hosts', content: () => <HostsPanel /> },
          { id: 'iptables', label: 'iptables', content: () => <IptablesPanel /> },
          { id: 'packets', label: 'Packets', content: () => <PacketsPanel /> },
          {
            id: 'problems',
            label: (
              <>
                Problems{' '}
                {problems > 0 && (
                  <span className="badge badge--refused">
                    {problems}
                    <span className="visually-hidden"> refused</span>
                  </span>
                )}
              </>
            ),
            content: () => <ProblemsPanel />,
          },
        ]}
      />
      <WhyBox />
      <Inspector />
    </aside>
  )
}

/** The last change in words, announced to screen readers: "+6 variables in client, +2 FORWARD rules". */
function ChangeSummaryLine() {
  const derivation = useDerivation()
  const baseline = useApp(selectBaseline)
  const words = useMemo(
    () => (baseline && baseline !== derivation ? changeWords(summarizeChanges(baseline, derivation)) : ''),
    [baseline, derivation],
  )
  return (
    <p className="change-summary" role="status" aria-live="polite" aria-label="Last change">
      {words && <>Last change: {words}</>}
    </p>
  )
}

function ContainerPicker() {
  const derivation = useDerivation()
  const ids = useApp((s) => s.layout.ids)
  const selection = useApp((s) => s.selection)
  const actions = useActions()
  const { containers } = derivation.scenario
  const selected = selection?.kind === 'container' ? selection.id : ''
  return (
    <label className="picker">
      Container
      <select
        value={selected}
        onChange={(e) => actions.select(e.target.value ? { kind: 'container', id: e.target.value } : null)}
      >
        <option value="">{containers.length === 0 ? '(none yet)' : '(choose one)'}</option>
        {containers.map((c, i) => (
          <option key={ids[i]} value={ids[i]}>
            {c.name}
            {derivation.containers[i]?.ip ? ` (${derivation.containers[i]?.ip})` : ' (not running)'}
          </option>
        ))}
      </select>
    </label>
  )
}

function Inspector() {
  const selection = useApp((s) => s.selection)
  const viewing = useApp((s) => s.mode === 'view')
  if (viewing) return null
  if (selection?.kind === 'container') return <ContainerInspector id={selection.id} />
  if (selection?.kind === 'link') return <LinkInspector index={selection.index} />
  return <p className="empty inspector-empty">Select a container or a link to edit it.</p>
}
