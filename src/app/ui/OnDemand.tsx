import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode, Suspense } from 'react'
import { type EnglishPart, loadEnglish, useT } from '../i18n'

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
 * part nearly every session uses (the inspector, the other listings): fetched
 * once the page has drawn and is idle (`fetchPartsWhenIdle`), so its first
 * use does not wait; `on-use`: fetched when first shown. `words`: the part of
 * the English catalog it speaks (i18n/en.<part>.ts), which arrives with it.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  when: 'soon' | 'on-use',
  words?: EnglishPart,
): LazyExoticComponent<ComponentType<P>> {
  const withWords = () => Promise.all([load(), words && loadEnglish(words)]).then(([component]) => component)
  if (when === 'soon') wanted.push(withWords)
  return lazy(() => withWords().then((component) => ({ default: component })))
}

/**
 * Fetch the `soon` parts when the browser is idle, or after a second at the
 * latest on a page that keeps busy (a failure is retried on first use).
 */
export function fetchPartsWhenIdle(): void {
  const fetchAll = () => {
    for (const load of wanted) load().catch(() => {})
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fetchAll, { timeout: 1000 })
  else setTimeout(fetchAll, 200)
}
