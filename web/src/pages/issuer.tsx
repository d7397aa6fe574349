import { useEffect } from 'react';
import { issuerPage, type IssuerPage } from '../api/queries';
import type { PersonRef, Relationship, Role } from '../api/types';
import { ActivityChart } from '../components/activity-chart';
import { Link } from '../components/link';
import { Loaded } from '../components/status';
import { TransactionsTable } from '../components/transactions';
import { date, roleName, span } from '../format';
import { takePrefetched } from '../prefetch';
import { markRendered } from '../timing';
import { useAsync } from '../use-async';

const ROLE_ORDER: Role[] = ['DIRECTOR', 'OFFICER', 'TEN_PERCENT_OWNER', 'OTHER'];

export function IssuerView({ id }: { id: string }) {
  const page = useAsync((signal) => takePrefetched<IssuerPage>('issuer', id) ?? issuerPage(id, signal), [id]);
  return <Loaded value={page}>{(i) => <Issuer i={i} />}</Loaded>;
}

/** One list per role; a director who is also an officer appears under both. */
function byRole(insiders: IssuerPage['insiders']): Map<Role, Array<{ person: PersonRef; r: Relationship }>> {
  const out = new Map<Role, Array<{ person: PersonRef; r: Relationship }>>();
  for (const { node } of insiders.edges) {
    for (const r of node.relationships) {
      const list = out.get(r.role) ?? [];
      list.push({ person: node.person, r });
      out.set(r.role, list);
    }
  }
  return out;
}

function Issuer({ i }: { i: IssuerPage }) {
  useEffect(() => {
    markRendered('issuer');
  }, [i]);
  const roles = byRole(i.insiders);
  return (
    <article data-testid="issuer-page">
      <header className="page-head">
        <h1>{i.name}</h1>
        <span className="muted">
          {i.ticker ? `${i.ticker} · ` : ''}
          {i.cik ? `CIK ${i.cik}` : 'no CIK reported'}
        </span>
        <Link to={{ page: 'network', id: i.id }} className="button">
          Network view
        </Link>
      </header>

      <section>
        <h2>
          Insiders by role {i.insiders.totalCount > i.insiders.edges.length ? <small>(first {i.insiders.edges.length} of {i.insiders.totalCount})</small> : null}
        </h2>
        {i.insiders.edges.length === 0 ? <p className="muted">No insiders reported.</p> : null}
        <div className="roles">
          {ROLE_ORDER.filter((r) => roles.has(r)).map((role) => (
            <div key={role} data-testid={`insiders-${role}`}>
              <h3>{roleName(role)}s</h3>
              <ul className="results">
                {(roles.get(role) ?? []).map(({ person, r }, n) => (
                  <li key={`${person.id}-${n}`}>
                    <Link to={{ page: 'person', id: person.id }}>{person.name}</Link>
                    {r.title ? <span> — {r.title}</span> : null} <span className="muted">{span(r.since, r.until)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>

      <section>
        <h2>Monthly buy and sell activity</h2>
        <ActivityChart periods={i.activity} />
      </section>

      <section>
        <h2>Latest filings {i.filings.totalCount > i.filings.edges.length ? <small>(first {i.filings.edges.length} of {i.filings.totalCount})</small> : null}</h2>
        <table className="table" data-testid="filings">
          <thead>
            <tr>
              <th>Period</th>
              <th>Form</th>
              <th>Accession</th>
              <th>Signed</th>
              <th>Reporting owners</th>
            </tr>
          </thead>
          <tbody>
            {i.filings.edges.map(({ node: f }) => (
              <tr key={f.id} className={f.superseded ? 'superseded' : undefined}>
                <td>{date(f.periodOfReport)}</td>
                <td>
                  {f.formType}
                  {f.superseded ? <span className="tag">superseded</span> : null}
                </td>
                <td className="mono">{f.accessionNumber ?? '—'}</td>
                <td>{date(f.signatureDate)}</td>
                <td>
                  {f.reportingOwners.map((p, n) => (
                    <span key={p.id}>
                      {n > 0 ? ', ' : ''}
                      <Link to={{ page: 'person', id: p.id }}>{p.name}</Link>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section>
        <h2>Latest transactions</h2>
        <TransactionsTable
          rows={i.transactions.edges.map((e) => e.node)}
          extra={{
            head: 'Insider',
            cell: (t) =>
              t.reportingOwners.map((p, n) => (
                <span key={p.id}>
                  {n > 0 ? ', ' : ''}
                  <Link to={{ page: 'person', id: p.id }}>{p.name}</Link>
                </span>
              )),
          }}
        />
      </section>
    </article>
  );
}
