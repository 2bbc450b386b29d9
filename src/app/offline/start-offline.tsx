import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { Workbox } from 'workbox-window';
import { keepSavedMessage } from '@/offline/offline-contract';
import { OfflineNotices } from '@/features/offline/offline-notices';
import type { SavedArticlesStore } from '@/features/saved/saved-articles-store';
import { whenSavedStoreNeeded } from '@/features/saved/use-saved-store';

/** How often an open page asks whether a new version was deployed (also when it is shown again, and back online). */
const UPDATE_CHECK_MS = 60 * 60_000;

/**
 * Offline reading, started once the page has loaded (src/main.tsx): registers the service worker
 * (src/offline/service-worker.ts), tells it which articles are saved whenever that changes (in this tab
 * or another), and shows the offline and new-version notices in a root of their own, outside the app.
 * None of it is in the list's critical code: this module is loaded after the load event.
 */
export async function startOffline(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const worker = new Workbox(`${base}service-worker.js`, { scope: base });
  const update = createUpdateState(worker);
  showNotices(update);
  await worker.register();
  void navigator.serviceWorker.ready.then((registration) => whenSavedStoreNeeded((store) => keepSavedInStep(store, registration)));
  const check = () => void worker.update().catch(() => undefined);
  setInterval(check, UPDATE_CHECK_MS);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
  window.addEventListener('online', check);
}

type UpdateState = { subscribe(listener: () => void): () => void; ready(): boolean; reload(): void };

/**
 * A new worker that has installed waits (the open pages keep the old one, which serves them their own
 * build's files). Reload lets it take over, then loads the page again with the new version.
 */
function createUpdateState(worker: Workbox): UpdateState {
  const listeners = new Set<() => void>();
  let waiting = false;
  worker.addEventListener('waiting', () => {
    waiting = true;
    for (const listener of listeners) listener();
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: () => waiting,
    reload() {
      worker.addEventListener('controlling', () => window.location.reload());
      worker.messageSkipWaiting();
    },
  };
}

function showNotices(update: UpdateState): void {
  const container = document.createElement('div');
  document.body.append(container);
  createRoot(container).render(<Notices update={update} />);
}

function Notices({ update }: { update: UpdateState }) {
  const updateReady = useSyncExternalStore(update.subscribe, update.ready);
  return <OfflineNotices updateReady={updateReady} onReload={update.reload} />;
}

/**
 * Sends the saved articles' ids to the worker now and after every change, from this tab or another. With
 * nothing saved the store is not loaded for this (its code is about 100 ms of a phone's main thread): the
 * worker then has nothing to keep, and hears from the page once the first save loads the store.
 */
function keepSavedInStep(store: SavedArticlesStore, registration: ServiceWorkerRegistration): void {
  let sent = '';
  const send = () => {
    const message = keepSavedMessage(store.getSnapshot().articles.map((article) => article.id));
    const key = message.ids.join(' ');
    if (key === sent) return;
    sent = key;
    registration.active?.postMessage(message);
  };
  store.subscribe(send);
  // Back online: the files that could not be fetched while offline are fetched now.
  window.addEventListener('online', () => {
    sent = '';
    send();
  });
  send();
}
