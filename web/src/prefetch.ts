import { issuerPage, personPage } from './api/queries';
import { parseRoute } from './routes';

/*
 * The first page's data is asked for as soon as this small entry script runs, while React and the
 * pages are still loading: on a fresh visit the API's answer and the scripts arrive side by side
 * instead of one after the other. Each answer is taken once, by the page it was fetched for.
 */
const pending = new Map<string, Promise<unknown>>();

export function prefetchFor(hash: string): void {
  const route = parseRoute(hash);
  if (route.page !== 'person' && route.page !== 'issuer') return;
  const p = route.page === 'person' ? personPage(route.id) : issuerPage(route.id);
  // A failure is the page's to show when it takes the promise; until then it must not be "unhandled".
  p.catch(() => undefined);
  pending.set(`${route.page}:${route.id}`, p);
}

export function takePrefetched<T>(page: 'person' | 'issuer', id: string): Promise<T> | undefined {
  const key = `${page}:${id}`;
  const p = pending.get(key) as Promise<T> | undefined;
  pending.delete(key);
  return p;
}
