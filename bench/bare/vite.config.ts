/**
 * The reference page of the browser benchmark: a bare React Flow + zustand app
 * with the same numbers of nodes and edges as the generated scenario.
 * `npx vite build --config bench/bare/vite.config.ts` builds it to dist-bare/.
 */
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const here = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../dist-bare', import.meta.url)), emptyOutDir: true },
})
