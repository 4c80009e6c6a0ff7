// jsdom has no layout engine. React Flow measures nodes with ResizeObserver and offsetWidth/Height and reads
// the viewport transform with DOMMatrixReadOnly; without these, nodes stay hidden and edges are never drawn.
// (The React Flow testing guide; verified in the project's toolchain notes.)

class ResizeObserverMock {
  private readonly callback: ResizeObserverCallback
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback
  }
  observe(target: Element) {
    this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver)
  }
  unobserve() {}
  disconnect() {}
}

class DOMMatrixReadOnlyMock {
  m22: number
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([1-9.]+)\)/)?.[1]
    this.m22 = scale !== undefined ? +scale : 1
  }
}

let installed = false
export function mockReactFlow(): void {
  if (installed) return
  installed = true
  globalThis.ResizeObserver = ResizeObserverMock as unknown as typeof ResizeObserver
  globalThis.DOMMatrixReadOnly = DOMMatrixReadOnlyMock as unknown as typeof DOMMatrixReadOnly
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: { configurable: true, get: () => 90 },
    offsetWidth: { configurable: true, get: () => 200 },
  })
  ;(SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () =>
    ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect
}
