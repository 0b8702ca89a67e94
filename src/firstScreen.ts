import type { Lang } from './content/types';

/** Where the page would start from: the saved progress and storage status as loaded, and the language shown. */
export interface Start<S, T> {
  readonly state: S;
  readonly initialState: S;
  readonly storageStatus: T;
  readonly initialStorageStatus: T;
  readonly lang: Lang;
}

/**
 * Whether this browser would show exactly the prerendered first screen: the default language, nothing
 * loaded from storage (every field still the initial one) and nothing wrong with storage. Only then may
 * React hydrate it; anyone else gets their own page rendered afresh.
 */
export function showsFirstScreen<S extends object, T>(start: Start<S, T>, defaultLang: Lang): boolean {
  if (start.lang !== defaultLang || start.storageStatus !== start.initialStorageStatus) return false;
  const keys = Object.keys(start.initialState) as (keyof S)[];
  return (
    Object.keys(start.state).length === keys.length && keys.every((k) => Object.is(start.state[k], start.initialState[k]))
  );
}
