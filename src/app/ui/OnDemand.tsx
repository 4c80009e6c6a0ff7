import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode, Suspense } from 'react'
import { useT } from '../i18n'

/**
 * A part of the app loaded on first use (`React.lazy`): "Loading…" until its code has arrived.
 * `quiet` shows nothing meanwhile (a menu or a dialog that appears a moment later).
 */
export function OnDemand({ children, quiet = false }: { children: ReactNode; quiet?: boolean }) {
  const t = useT()
  return <Suspense fallback={quiet ? null : <span className="loading">{t('app.loading')}</span>}>{children}</Suspense>
}

const wanted: (() => Promise<unknown>)[] = []

/**
 * A component in a chunk of its own, not part of the first load. `soon`: a
 * part nearly every session uses (the inspector, the link dialog): fetched
 * once the page has drawn and is idle (`fetchPartsWhenIdle`), so its first
 * use does not wait. Otherwise fetched on first use.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  when: 'soon' | 'on-use',
): LazyExoticComponent<ComponentType<P>> {
  if (when === 'soon') wanted.push(load)
  return lazy(() => load().then((component) => ({ default: component })))
}

/** Fetch the `soon` parts when the browser is idle (a failure is retried on first use). */
export function fetchPartsWhenIdle(): void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200))
  idle(() => {
    for (const load of wanted) load().catch(() => {})
  })
}
