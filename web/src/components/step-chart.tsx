import type { HoldingPoint } from '../api/types';
import { compact, shares } from '../format';

/*
 * Holdings over time as a step line per security line (title, direct/indirect, nature): a balance
 * holds until the next reported row changes it. Hand-drawn SVG, for a few dozen points a chart
 * library would be more code to load than to write.
 */

const W = 640;
const H = 180;
const PAD = { left: 56, right: 12, top: 10, bottom: 24 };
const COLOURS = ['#2563eb', '#d97706', '#059669', '#7c3aed', '#dc2626', '#0891b2'];

interface Series {
  name: string;
  points: Array<{ t: number; shares: number; date: string }>;
}

function seriesOf(points: readonly HoldingPoint[]): Series[] {
  const byLine = new Map<string, Series>();
  for (const p of points) {
    if (!p.date) continue;
    const name = [p.securityTitle, p.ownership === 'INDIRECT' ? `indirect${p.natureOfOwnership ? ` (${p.natureOfOwnership})` : ''}` : null].filter(Boolean).join(', ');
    const s = byLine.get(name) ?? { name, points: [] };
    s.points.push({ t: Date.parse(p.date), shares: p.shares, date: p.date });
    byLine.set(name, s);
  }
  return [...byLine.values()];
}

export function HoldingChart({ points, label }: { points: readonly HoldingPoint[]; label: string }) {
  const series = seriesOf(points);
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return <p className="muted">No dated holdings reported.</p>;
  const t0 = Math.min(...all.map((p) => p.t));
  let t1 = Math.max(...all.map((p) => p.t));
  if (t1 === t0) t1 = t0 + 86_400_000 * 30;
  const yMax = Math.max(1, ...all.map((p) => p.shares));
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / yMax) * (H - PAD.top - PAD.bottom);
  const years = yearTicks(t0, t1);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="axis" />
        {[0, 0.5, 1].map((f) => (
          <text key={f} x={PAD.left - 6} y={y(yMax * f) + 4} textAnchor="end" className="tick">
            {compact(yMax * f)}
          </text>
        ))}
        {years.map((yr) => (
          <text key={yr} x={x(Date.UTC(yr, 0, 1))} y={H - 6} textAnchor="middle" className="tick">
            {yr}
          </text>
        ))}
        {series.map((s, n) => {
          const colour = COLOURS[n % COLOURS.length];
          let d = '';
          s.points.forEach((p, k) => {
            d += k === 0 ? `M${x(p.t)},${y(p.shares)}` : `H${x(p.t)}V${y(p.shares)}`;
          });
          const last = s.points[s.points.length - 1];
          if (last) d += `H${x(t1)}`;
          return (
            <g key={s.name}>
              <path d={d} fill="none" stroke={colour} strokeWidth={2} />
              {s.points.map((p, k) => (
                <circle key={k} cx={x(p.t)} cy={y(p.shares)} r={3} fill={colour}>
                  <title>{`${p.date}: ${shares(p.shares)} ${s.name}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {series.map((s, n) => (
          <span key={s.name} className="legend">
            <i style={{ background: COLOURS[n % COLOURS.length] }} /> {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** Year labels, at most about eight of them. */
function yearTicks(t0: number, t1: number): number[] {
  const a = new Date(t0).getUTCFullYear() + 1;
  const b = new Date(t1).getUTCFullYear();
  const step = Math.max(1, Math.ceil((b - a + 1) / 8));
  const out: number[] = [];
  for (let yr = a; yr <= b; yr += step) out.push(yr);
  return out;
}
