import { startTransition } from 'react';
import type { Location } from 'react-router';
import type { AppHistory } from './app-history';

/** Whether the move from one address to the next can be drawn at once, with nothing to wait for. */
export type DrawsAtOnce = (from: Location, to: Location) => boolean;

/**
 * The history as the router hears it (HistoryRouter with useTransitions={false}). Each move is made in a
 * transition, as react-router makes them, so the page on screen stays while the next one's code and data
 * load; except the moves that `drawsAtOnce` says need no waiting (a filter change whose list is worked out
 * from files already here), which are plain updates: one render and one commit. In a transition such a
 * move first committed and painted its pending state (the list marked busy, the progress bar), then drew
 * the new list in slices, a frame or two after it was ready.
 */
export function routerHistory(history: AppHistory, drawsAtOnce: DrawsAtOnce): AppHistory {
  const routed: AppHistory = Object.create(history);
  routed.listen = (listener) => {
    let shown = history.location;
    return history.listen((update) => {
      const from = shown;
      shown = update.location;
      if (drawsAtOnce(from, update.location)) listener(update);
      else startTransition(() => listener(update));
    });
  };
  return routed;
}
