import '@xyflow/react/dist/style.css'
import './index.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { startLanguage } from './i18n'
import { startAutosave } from './share/autosave'
import { readLaunch } from './share/launch'
import { followMode, openPastedLink, openWorkspace } from './share/openWorkspace'
import { createAppStore } from './store/appStore'
import { StoreContext } from './store/hooks'
import { fetchPartsWhenIdle } from './ui/OnDemand'

// The reader's language: English at once; Chinese as soon as its words arrive (a chunk of their own).
void startLanguage()
const store = createAppStore()
// Read the link once; from here on the URL no longer decides what a reload shows (autosave does).
// Only a page opened with a link waits for the link reader (a chunk of its own).
openWorkspace(store, await readLaunch(location), location, history)
addEventListener('hashchange', () => void openPastedLink(store, location, history))
followMode(store, location, history)
startAutosave(store)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
)
// The inspector, the link dialog and the container menu: not needed to draw the page, wanted soon after.
fetchPartsWhenIdle()
