import { useEffect, useState } from 'react';

export type Async<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; value: T };

/** Runs load when deps change; an older answer arriving late never overwrites a newer one (abort). */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Async<T> {
  const [result, setResult] = useState<Async<T>>({ state: 'loading' });
  useEffect(() => {
    const ctrl = new AbortController();
    setResult({ state: 'loading' });
    load(ctrl.signal).then(
      (value) => {
        if (!ctrl.signal.aborted) setResult({ state: 'done', value });
      },
      (e: unknown) => {
        if (!ctrl.signal.aborted) setResult({ state: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => ctrl.abort();
    // The caller names the deps, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return result;
}
