/*
 * When a page first showed its data, in ms since navigation started: the Explorer's benchmark and
 * e2e test read window.__explorer.rendered instead of guessing from the DOM.
 */
declare global {
  interface Window {
    __explorer?: { rendered: Record<string, number> };
  }
}

export function markRendered(page: string): void {
  const t = (window.__explorer ??= { rendered: {} });
  t.rendered[page] ??= performance.now();
}
