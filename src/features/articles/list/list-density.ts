import { useSyncExternalStore } from 'react';

/**
 * How much of each card the list shows: the default (title, excerpt, meta) or headlines only. Remembered
 * per browser in localStorage; every tab follows a change. A page drawn at build time has the default,
 * so hydration draws that first and a stored "headlines" applies right after.
 */
export type ListDensity = 'default' | 'headlines';

const STORAGE_KEY = 'broadsheet:density';
const listeners = new Set<() => void>();
/** This tab's choice when storage is refused (private mode, policies): it then lasts for the page. */
let unstored: ListDensity | null = null;

function readDensity(): ListDensity {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'headlines' ? 'headlines' : 'default';
  } catch {
    return unstored ?? 'default';
  }
}

export function saveListDensity(density: ListDensity): void {
  try {
    if (density === 'default') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, density);
  } catch {
    unstored = density;
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useListDensity(): ListDensity {
  return useSyncExternalStore(subscribe, readDensity, () => 'default');
}
