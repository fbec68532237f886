/**
 * happy-dom lays nothing out and its ResizeObserver never calls back, so virtua would show no rows. This one
 * reports the sizes a browser would: the list (the scrolling grid) is 800 × 400 px, anything else a 40 px row.
 * virtua also measures only items with an `offsetParent` (laid out), which happy-dom never gives.
 */
export function installResizeObserver(): void {
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
  class SizedResizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const list = target.getAttribute('role') === 'grid';
      const [width, height] = list ? [800, 400] : [800, 40];
      const size = [{ inlineSize: width, blockSize: height }];
      const entry = { target, contentRect: { width, height }, borderBoxSize: size, contentBoxSize: size };
      queueMicrotask(() => this.callback([entry as unknown as ResizeObserverEntry], this));
    }
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver = SizedResizeObserver;
}
