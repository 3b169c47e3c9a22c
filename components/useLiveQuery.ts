import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';

/** Re-runs a Dexie query whenever the tables it read change (in any extension page or the worker). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: Error | null } {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (v) => {
        setValue(() => v);
        setError(null);
      },
      error: (e: unknown) => setError(e instanceof Error ? e : new Error(String(e))),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return { value, error };
}
