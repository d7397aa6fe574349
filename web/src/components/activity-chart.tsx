import type { ActivityPeriod } from '../api/types';
import { compact, shares } from '../format';
import { monthsBetween } from '../months';

/*
 * Monthly open-market buys (up, green) and sells (down, red) in shares. Months without activity are
 * filled in so the time axis is even; a long history shows its latest MAX_MONTHS months.
 */

const W = 640;
const H = 200;
const PAD = { left: 56, right: 12, top: 10, bottom: 24 };
const MAX_MONTHS = 240;

export function ActivityChart({ periods }: { periods: readonly ActivityPeriod[] }) {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return <p className="muted">No transactions reported.</p>;
  const byMonth = new Map(periods.map((p) => [p.period, p]));
  const months = monthsBetween(first.period, last.period).slice(-MAX_MONTHS);
  const max = Math.max(1, ...months.map((m) => Math.max(byMonth.get(m)?.buyShares ?? 0, byMonth.get(m)?.sellShares ?? 0)));
  const mid = PAD.top + (H - PAD.top - PAD.bottom) / 2;
  const half = (H - PAD.top - PAD.bottom) / 2;
  const slot = (W - PAD.left - PAD.right) / months.length;
  const bar = Math.max(1, slot * 0.8);
  const totalBuys = periods.reduce((s, p) => s + p.buys, 0);
  const totalSells = periods.reduce((s, p) => s + p.sells, 0);
  const labelEvery = Math.max(1, Math.ceil(months.length / 8));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Monthly open-market buys and sells">
        <line x1={PAD.left} x2={W - PAD.right} y1={mid} y2={mid} className="axis" />
        <text x={PAD.left - 6} y={PAD.top + 8} textAnchor="end" className="tick">
          {compact(max)}
        </text>
        <text x={PAD.left - 6} y={H - PAD.bottom} textAnchor="end" className="tick">
          {compact(-max)}
        </text>
        {months.map((m, n) => {
          const p = byMonth.get(m);
          const x = PAD.left + n * slot + (slot - bar) / 2;
          const up = ((p?.buyShares ?? 0) / max) * half;
          const down = ((p?.sellShares ?? 0) / max) * half;
          return (
            <g key={m}>
              {p && (
                <title>{`${m}: ${p.buys} buys (${shares(p.buyShares)} sh), ${p.sells} sells (${shares(p.sellShares)} sh), net ${shares(p.netShares)} sh`}</title>
              )}
              {up > 0 && <rect x={x} y={mid - up} width={bar} height={up} className="buy" />}
              {down > 0 && <rect x={x} y={mid} width={bar} height={down} className="sell" />}
              {n % labelEvery === 0 && (
                <text x={x + bar / 2} y={H - 6} textAnchor="middle" className="tick">
                  {m}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="legend">
          <i className="buy" /> buys (code P): {totalBuys}
        </span>
        <span className="legend">
          <i className="sell" /> sells (code S): {totalSells}
        </span>
      </figcaption>
    </figure>
  );
}
