import { type ReactNode, Suspense } from 'react'
import { useT } from '../i18n'

/** A part of the app loaded on first use (`React.lazy`): "Loading…" until its code has arrived. */
export function OnDemand({ children }: { children: ReactNode }) {
  const t = useT()
  return <Suspense fallback={<span className="loading">{t('app.loading')}</span>}>{children}</Suspense>
}
