import { useEffect } from 'react';
import { holdingHistories, personPage, PERSON_TRANSACTIONS, type PersonPage } from '../api/queries';
import type { Listed } from '../api/types';
import { HoldingChart } from '../components/step-chart';
import { Link } from '../components/link';
import { Loaded } from '../components/status';
import { TransactionsTable } from '../components/transactions';
import { date, money, roleName, shares, span } from '../format';
import { takePrefetched } from '../prefetch';
import { markRendered } from '../timing';
import { useAsync } from '../use-async';

export function PersonView({ id }: { id: string }) {
  const page = useAsync((signal) => takePrefetched<PersonPage>('person', id) ?? personPage(id, signal), [id]);
  return <Loaded value={page}>{(p) => <Person p={p} />}</Loaded>;
}

function Person({ p }: { p: PersonPage }) {
  useEffect(() => {
    markRendered('person');
  }, [p]);
  return (
    <article data-testid="person-page">
      <header className="page-head">
        <h1>{p.name}</h1>
        <span className="muted">{p.cik ? `CIK ${p.cik}` : 'no CIK reported'}</span>
        <Link to={{ page: 'network', id: p.id }} className="button">
          Network view
        </Link>
      </header>

      <section>
        <h2>Roles{cut(p.issuers, 'issuers')}</h2>
        <table className="table" data-testid="roles">
          <thead>
            <tr>
              <th>Issuer</th>
              <th>Role</th>
              <th>Title</th>
              <th>Reported</th>
            </tr>
          </thead>
          <tbody>
            {p.issuers.items.flatMap(({ issuer, relationships }) =>
              relationships.map((r, n) => (
                <tr key={`${issuer.id}-${n}`} data-testid="role">
                  <td>
                    <Link to={{ page: 'issuer', id: issuer.id }}>{issuer.name}</Link> {issuer.ticker ? <span className="muted">{issuer.ticker}</span> : null}
                  </td>
                  <td>{roleName(r.role)}</td>
                  <td>{r.title ?? ''}</td>
                  <td>{span(r.since, r.until)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </section>

      <section>
        <h2>
          Holdings now{cut(p.holdings, 'lines')}
          {cut(p.options, 'options')}
        </h2>
        {p.holdings.items.length === 0 && p.options.items.length === 0 ? <p className="muted">No holdings reported.</p> : null}
        {p.holdings.items.length > 0 && (
          <table className="table" data-testid="holdings">
            <thead>
              <tr>
                <th>Issuer</th>
                <th>Security</th>
                <th>Ownership</th>
                <th className="num">Shares</th>
                <th>As of</th>
              </tr>
            </thead>
            <tbody>
              {p.holdings.items.map((h, n) => (
                <tr key={n} data-testid="holding">
                  <td>
                    <Link to={{ page: 'issuer', id: h.issuer.id }}>{h.issuer.name}</Link>
                  </td>
                  <td>{h.securityTitle}</td>
                  <td>{ownershipText(h.ownership, h.natureOfOwnership)}</td>
                  <td className="num">{shares(h.shares)}</td>
                  <td>{date(h.asOf)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {p.options.items.length > 0 && (
          <table className="table" data-testid="options">
            <thead>
              <tr>
                <th>Issuer</th>
                <th>Derivative</th>
                <th className="num">Exercise price</th>
                <th>Expires</th>
                <th>Ownership</th>
                <th className="num">Held</th>
                <th>Underlying</th>
              </tr>
            </thead>
            <tbody>
              {p.options.items.map((o) => (
                <tr key={o.id} data-testid="option">
                  <td>{o.issuer.name}</td>
                  <td>{o.title}</td>
                  <td className="num">{money(o.exercisePrice)}</td>
                  <td>{date(o.expirationDate)}</td>
                  <td>{ownershipText(o.ownership, o.natureOfOwnership)}</td>
                  <td className="num">{shares(o.shares)}</td>
                  <td>
                    {/* The amount only where a report stated it for the holding; otherwise the title alone. */}
                    {o.underlyingShares === null ? '' : `${shares(o.underlyingShares)} `}
                    {o.underlyingTitle ?? ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h2>Holdings over time</h2>
        <History p={p} />
      </section>

      <section>
        <h2>
          Latest transactions{' '}
          {p.transactions.totalCount > PERSON_TRANSACTIONS ? (
            <small>
              ({PERSON_TRANSACTIONS} of {p.transactions.totalCount})
            </small>
          ) : null}
        </h2>
        <TransactionsTable
          rows={p.transactions.edges.map((e) => e.node)}
          extra={{ head: 'Issuer', cell: (t) => <Link to={{ page: 'issuer', id: t.issuer.id }}>{t.issuer.ticker ?? t.issuer.name}</Link> }}
        />
      </section>
    </article>
  );
}

/** A note when a list is longer than the page the API gave (its hard maximum). */
function cut(l: Listed<unknown>, what: string) {
  return l.total > l.items.length ? (
    <small>
      {' '}
      (first {l.items.length} of {l.total} {what})
    </small>
  ) : null;
}

/** Loaded after the page itself: the chart needs the issuer ids the first answer brings. */
function History({ p }: { p: PersonPage }) {
  const ids = p.issuers.items.map((i) => i.issuer.id);
  const history = useAsync((signal) => holdingHistories(p.id, ids, signal), [p.id, ids.join(' ')]);
  return (
    <Loaded value={history}>
      {(h) => (
        <div data-testid="holding-history">
          {p.issuers.items.map(({ issuer }) => (
            <div key={issuer.id}>
              {p.issuers.items.length > 1 ? <h3>{issuer.name}</h3> : null}
              <HoldingChart points={h.get(issuer.id) ?? []} label={`Shares of ${issuer.name} held by ${p.name} over time`} />
            </div>
          ))}
        </div>
      )}
    </Loaded>
  );
}

function ownershipText(ownership: 'DIRECT' | 'INDIRECT' | null, nature: string | null): string {
  return `${ownership === 'INDIRECT' ? 'indirect' : ownership === 'DIRECT' ? 'direct' : ''}${nature ? ` (${nature})` : ''}`;
}
