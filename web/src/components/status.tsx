import type { ReactNode } from 'react';
import type { Async } from '../use-async';

/** Loading and error states alike on every page; children render only with the data. */
export function Loaded<T>({ value, children }: { value: Async<T>; children: (v: T) => ReactNode }) {
  if (value.state === 'loading') return <p className="muted">Loading…</p>;
  if (value.state === 'error') return <p className="error" role="alert">Could not load: {value.message}</p>;
  return <>{children(value.value)}</>;
}
