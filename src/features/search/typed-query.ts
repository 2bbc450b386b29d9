import { useSyncExternalStore } from 'react';

/**
 * What the header's search box holds while its URL lags behind (the address bar follows the typing after
 * a pause), so results follow every keystroke. null when the URL's ?q= is the search to show: on load,
 * after Back or Forward, after following a link.
 */
let typed: string | null = null;
const listeners = new Set<() => void>();

export function setTypedQuery(text: string | null): void {
  if (text === typed) return;
  typed = text;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => typed;

/** The search the list shows: what is being typed, else the URL's ?q= (`urlQuery`). Trimmed; "" for none. */
export function useSearchText(urlQuery: string): string {
  const text = useSyncExternalStore(subscribe, snapshot, snapshot);
  return (text ?? urlQuery).trim();
}
