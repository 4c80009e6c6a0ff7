import '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'

// Component tests opt into jsdom per file; unmount what each rendered.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react')
  afterEach(() => cleanup())
}
