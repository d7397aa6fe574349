import { useEffect, useState } from 'react';
import { IssuerView } from './pages/issuer';
import { NetworkView } from './pages/network';
import { PersonView } from './pages/person';
import { SearchBox, SearchPage } from './pages/search';
import { href, parseRoute, type Route } from './routes';

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

export function App() {
  const route = useRoute();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route.page, route.page === 'search' ? route.q : route.id]);
  return (
    <>
      <nav className="top">
        <a href="#/" className="brand">
          Insider Graph
        </a>
        <SearchBox initial={route.page === 'search' ? route.q : ''} onSearch={(q) => (window.location.hash = href({ page: 'search', q }))} />
        <a href="/graphql" className="ide-link">
          GraphQL IDE
        </a>
      </nav>
      <main>
        {route.page === 'search' && <SearchPage q={route.q} />}
        {route.page === 'person' && <PersonView key={route.id} id={route.id} />}
        {route.page === 'issuer' && <IssuerView key={route.id} id={route.id} />}
        {route.page === 'network' && <NetworkView key={route.id} id={route.id} />}
      </main>
    </>
  );
}
