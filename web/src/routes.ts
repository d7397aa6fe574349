/*
 * Hash routes (#/person/<id>): the server serves one index.html and needs no fallback route, and a
 * link to a page works when pasted.
 */
export type Route =
  | { page: 'search'; q: string }
  | { page: 'person'; id: string }
  | { page: 'issuer'; id: string }
  | { page: 'network'; id: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [head = '', ...rest] = path.split('/');
  const arg = decodeURIComponent(rest.join('/'));
  if ((head === 'person' || head === 'issuer' || head === 'network') && arg) return { page: head, id: arg };
  const q = head.startsWith('search') ? new URLSearchParams(path.slice(path.indexOf('?') + 1)).get('q') ?? '' : '';
  return { page: 'search', q };
}

export function href(route: Route): string {
  if (route.page === 'search') return route.q ? `#/search?q=${encodeURIComponent(route.q)}` : '#/';
  return `#/${route.page}/${encodeURIComponent(route.id)}`;
}

/** The page of a node id: ids start with their label (Person:..., Issuer:...). */
export function pageOf(id: string): Route {
  return id.startsWith('Issuer:') ? { page: 'issuer', id } : { page: 'person', id };
}
