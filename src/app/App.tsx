import { ReactFlowProvider } from '@xyflow/react'
import { Banner } from './Banner'
import { Canvas } from './canvas/Canvas'
import { DaemonBar } from './DaemonBar'
import { useT } from './i18n'
import { InOutButton } from './io/InOutButton'
import { LanguageSwitcher } from './LanguageSwitcher'
import { NoticeBar } from './NoticeBar'
import { PresetGallery } from './PresetGallery'
import { Palette } from './palette/Palette'
import { SidePanel } from './SidePanel'
import { StartOrder } from './StartOrder'
import { ShareButton } from './share/ShareButton'
import { useActions, useApp } from './store/hooks'
import { Timeline } from './Timeline'
import { UndoButtons } from './UndoButtons'
import { lazyPart, OnDemand } from './ui/OnDemand'

const AliasDialog = lazyPart(() => import('./AliasDialog').then((m) => m.AliasDialog), 'soon', 'panels')

/** The page: daemon flags on top; images and start order, the canvas, and the listings side by side. */
export function App() {
  const viewing = useApp((s) => s.mode === 'view')
  const linking = useApp((s) => s.pendingLink !== null)
  const actions = useActions()
  const t = useT()
  return (
    <div className={`app${viewing ? ' is-presenting' : ''}`}>
      <header className="topbar">
        <h1 className="brand">
          Link Lab <span className="brand__sub">{t('app.tagline')}</span>
        </h1>
        <DaemonBar />
        <div className="topbar__actions">
          {viewing ? (
            <button type="button" className="primary" onClick={actions.editCopy}>
              {t('app.editCopy')}
            </button>
          ) : (
            <>
              <PresetGallery />
              <InOutButton />
              <UndoButtons />
            </>
          )}
          <ShareButton />
          <LanguageSwitcher />
        </div>
      </header>
      <Banner />
      <div className="workspace">
        {!viewing && (
          <div className="left">
            <Palette />
            <StartOrder />
          </div>
        )}
        <main className="center">
          <NoticeBar />
          <ReactFlowProvider>
            <Canvas />
          </ReactFlowProvider>
          {linking && (
            <OnDemand quiet>
              <AliasDialog />
            </OnDemand>
          )}
          <Timeline />
        </main>
        <SidePanel />
      </div>
    </div>
  )
}
