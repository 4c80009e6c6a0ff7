/**
 * A chunk of the app loaded on first use, once: every caller gets the same
 * promise; a failed download (offline, a redeployed site) is forgotten, so the
 * next call tries again.
 *
 * @example
 * const loadCodec = loadOnce(() => import('../../core/share'))
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null
      throw error
    })
    return pending
  }
}
