import { useDeferredValue, useMemo, useState } from 'react'
import { useChanges } from './changes/useLineDiff'
import { WhyBox } from './explain/WhyBox'
import { useT } from './i18n'
import { changeWords } from './panels/changeWords'
import { EnvPanel } from './panels/EnvPanel'
import { useActions, useApp, useDerivation } from './store/hooks'
import { selectBaseline } from './store/selectors'
import { lazyPart, OnDemand } from './ui/OnDemand'
import { Tabs } from './ui/Tabs'

// The page opens on Environment; the other listings and the inspector arrive once the page is idle.
const HostsPanel = lazyPart(() => import('./panels/HostsPanel').then((m) => m.HostsPanel), 'soon', 'panels')
const IptablesPanel = lazyPart(() => import('./panels/IptablesPanel').then((m) => m.IptablesPanel), 'soon', 'panels')
const ProblemsPanel = lazyPart(() => import('./panels/ProblemsPanel').then((m) => m.ProblemsPanel), 'soon', 'panels')
const ContainerInspector = lazyPart(
  () => import('./inspector/ContainerInspector').then((m) => m.ContainerInspector),
  'soon',
  'panels',
)
const LinkInspector = lazyPart(() => import('./inspector/LinkInspector').then((m) => m.LinkInspector), 'soon', 'panels')
// Packet walks and the reachability matrix load when their tab is first opened.
const PacketsPanel = lazyPart(() => import('./panels/PacketsPanel').then((m) => m.PacketsPanel), 'on-use', 'tools')

/** The right column: which container, what docker made of it (listings), and the inspector. */
export function SidePanel() {
  const [tab, setTab] = useState('env')
  const problems = useDerivation().refusals.length
  const t = useT()
  return (
    <aside className="side" aria-label={t('side.label')}>
      <ContainerPicker />
      <ChangeSummaryLine />
      <Tabs
        label={t('side.listings')}
        active={tab}
        onChange={setTab}
        tabs={[
          { id: 'env', label: t('side.env'), content: () => <EnvPanel /> },
          {
            id: 'hosts',
            label: '/etc/hosts',
            content: () => (
              <OnDemand>
                <HostsPanel />
              </OnDemand>
            ),
          },
          {
            id: 'iptables',
            label: 'iptables',
            content: () => (
              <OnDemand>
                <IptablesPanel />
              </OnDemand>
            ),
          },
          {
            id: 'packets',
            label: t('side.packets'),
            content: () => (
              <OnDemand>
                <PacketsPanel />
              </OnDemand>
            ),
          },
          {
            id: 'problems',
            label: (
              <>
                {t('side.problems')}{' '}
                {problems > 0 && (
                  <span className="badge badge--refused">
                    {problems}
                    <span className="visually-hidden">{t('side.refused')}</span>
                  </span>
                )}
              </>
            ),
            content: () => (
              <OnDemand>
                <ProblemsPanel />
              </OnDemand>
            ),
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
  // Deferred: the listings update in the edit's own frame; the sentence (a diff of everything) may follow.
  const derivation = useDeferredValue(useDerivation())
  const baseline = useDeferredValue(useApp(selectBaseline))
  const changes = useChanges()
  const t = useT()
  const words = useMemo(
    () =>
      changes && baseline && baseline !== derivation
        ? changeWords(changes.summarizeChanges(baseline, derivation), t)
        : '',
    [changes, baseline, derivation, t],
  )
  return (
    <p className="change-summary" role="status" aria-live="polite" aria-label={t('side.lastChangeLabel')}>
      {words && t('side.lastChange', { words })}
    </p>
  )
}

function ContainerPicker() {
  const derivation = useDerivation()
  const ids = useApp((s) => s.layout.ids)
  const selection = useApp((s) => s.selection)
  const actions = useActions()
  const t = useT()
  const { containers } = derivation.scenario
  const selected = selection?.kind === 'container' ? selection.id : ''
  return (
    <label className="picker">
      {t('side.container')}
      <select
        value={selected}
        onChange={(e) => actions.select(e.target.value ? { kind: 'container', id: e.target.value } : null)}
      >
        <option value="">{containers.length === 0 ? t('side.noneYet') : t('side.chooseOne')}</option>
        {containers.map((c, i) => (
          <option key={ids[i]} value={ids[i]}>
            {c.name}
            {derivation.containers[i]?.ip ? ` (${derivation.containers[i]?.ip})` : t('side.notRunning')}
          </option>
        ))}
      </select>
    </label>
  )
}

function Inspector() {
  const selection = useApp((s) => s.selection)
  const viewing = useApp((s) => s.mode === 'view')
  const t = useT()
  if (viewing) return null
  if (selection?.kind === 'container')
    return (
      <OnDemand>
        <ContainerInspector id={selection.id} />
      </OnDemand>
    )
  if (selection?.kind === 'link')
    return (
      <OnDemand>
        <LinkInspector index={selection.index} />
      </OnDemand>
    )
  return <p className="empty inspector-empty">{t('side.selectToEdit')}</p>
}
