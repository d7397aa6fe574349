import type { MouseEvent, ReactNode } from 'react';
import type { Footnote, Transaction } from '../api/types';
import { date, money, shares } from '../format';

/*
 * Latest transactions with the code in words and the footnotes beneath. Footnote ids (F1, F2...)
 * restart in every filing, so the table numbers the distinct texts itself.
 */
export function TransactionsTable<T extends Transaction>({ rows, extra }: { rows: readonly T[]; extra?: { head: string; cell: (t: T) => ReactNode } }) {
  const notes: Footnote[] = [];
  const numberOf = new Map<string, number>();
  const refs = (fs: readonly Footnote[]) =>
    fs.map((f) => {
      let n = numberOf.get(f.text);
      if (n === undefined) {
        notes.push(f);
        n = notes.length;
        numberOf.set(f.text, n);
      }
      return n;
    });
  if (rows.length === 0) return <p className="muted">No transactions reported.</p>;
  const body = rows.map((t) => {
    const ns = refs(t.footnotes);
    return (
      <tr key={t.id} data-testid="transaction">
        <td>{date(t.date)}</td>
        {extra && <td>{extra.cell(t)}</td>}
        <td>
          <span className="code" title={t.codeDescription ?? undefined}>
            {t.code ?? (t.kind === 'HOLDING' ? 'holding' : '—')}
          </span>{' '}
          <span className="muted">{t.codeDescription ?? ''}</span>
        </td>
        <td>
          {t.securityTitle}
          {t.derivative ? <span className="tag">derivative</span> : null}
        </td>
        <td className={`num ${t.acquiredDisposed === 'A' ? 'acq' : t.acquiredDisposed === 'D' ? 'disp' : ''}`}>
          {t.acquiredDisposed === 'D' ? '−' : t.acquiredDisposed === 'A' ? '+' : ''}
          {shares(t.shares)}
        </td>
        <td className="num">{money(t.pricePerShare)}</td>
        <td className="num">{money(t.value)}</td>
        <td className="num">{shares(t.sharesOwnedAfter)}</td>
        <td>
          {ns.map((n) => (
            <sup key={n}>
              <a href={`#fn-${n}`} onClick={(e) => jump(e, n)}>
                [{n}]
              </a>
            </sup>
          ))}
        </td>
      </tr>
    );
  });
  return (
    <>
      <table className="table">
        <thead>
          <tr>
            <th>Date</th>
            {extra && <th>{extra.head}</th>}
            <th>Code</th>
            <th>Security</th>
            <th className="num">Shares</th>
            <th className="num">Price</th>
            <th className="num">Value</th>
            <th className="num">Owned after</th>
            <th>Notes</th>
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
      {notes.length > 0 && (
        <ol className="footnotes">
          {notes.map((f, n) => (
            <li key={n} id={`fn-${n + 1}`} data-testid="footnote">
              {f.text}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** Hash links are routes here, so footnote links scroll by hand instead of changing the hash. */
function jump(e: MouseEvent, n: number): void {
  e.preventDefault();
  document.getElementById(`fn-${n}`)?.scrollIntoView({ block: 'center' });
}
