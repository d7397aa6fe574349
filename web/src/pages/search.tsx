import { useEffect, useState } from 'react';
import { search } from '../api/queries';
import { Loaded } from '../components/status';
import { Link } from '../components/link';
import { useAsync } from '../use-async';

/** The search box over people and issuers: names (OCR slips forgiven by the API), tickers and CIKs. */
export function SearchBox({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(initial);
  useEffect(() => {
    setText(initial);
  }, [initial]);
  return (
    <form
      className="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text.trim());
      }}
    >
      <input
        type="search"
        name="q"
        aria-label="Search people and issuers"
        placeholder="Name, ticker or CIK"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoFocus
      />
      <button type="submit">Search</button>
    </form>
  );
}

export function SearchPage({ q }: { q: string }) {
  if (!q) {
    return (
      <section className="intro">
        <h1>Insider Graph Explorer</h1>
        <p>
          Search for an insider or a company by name, ticker or CIK, then follow roles and holdings through the network. The API behind this page is open at <a href="/graphql">/graphql</a>.
        </p>
      </section>
    );
  }
  return <Results q={q} />;
}

function Results({ q }: { q: string }) {
  const result = useAsync((signal) => search(q, signal), [q]);
  return (
    <Loaded value={result}>
      {(r) => (
        <div className="columns" data-testid="search-results">
          <section>
            <h2>People {r.people.totalCount > r.people.edges.length ? <small>({r.people.totalCount}, first {r.people.edges.length})</small> : null}</h2>
            {r.people.edges.length === 0 ? <p className="muted">No one by that name.</p> : null}
            <ul className="results">
              {r.people.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to={{ page: 'person', id: node.id }}>{node.name}</Link>
                  <span className="muted">
                    {node.cik ? ` CIK ${node.cik}` : ''} {node.issuers.map((i) => i.issuer.name).join(', ')}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>Issuers {r.issuers.totalCount > r.issuers.edges.length ? <small>({r.issuers.totalCount}, first {r.issuers.edges.length})</small> : null}</h2>
            {r.issuers.edges.length === 0 ? <p className="muted">No issuer by that name or ticker.</p> : null}
            <ul className="results">
              {r.issuers.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link to={{ page: 'issuer', id: node.id }}>{node.name}</Link>
                  <span className="muted">
                    {node.ticker ? ` ${node.ticker}` : ''}
                    {node.cik ? ` CIK ${node.cik}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </Loaded>
  );
}
