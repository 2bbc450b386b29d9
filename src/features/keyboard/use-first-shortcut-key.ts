import { useEffect, useState } from 'react';
import { SHORTCUT_KEYS, takeBootKeys } from './boot-keys';
import { isTypingTarget } from './typing-target';

const shortcutKeys = new Set(SHORTCUT_KEYS);

/** A search box that wants "/" first carries data-shortcut="search" (features/search/search-box.tsx). */
export const SEARCH_TARGET = '[data-shortcut="search"]';

export function isShortcutPress(event: KeyboardEvent): boolean {
  return (
    !event.defaultPrevented &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.isComposing &&
    shortcutKeys.has(event.key) &&
    !isTypingTarget(event.target) &&
    !document.querySelector('dialog[open]')
  );
}

/**
 * The shortcut keys pressed before the shortcuts' code arrived, in order, or null before any. That code
 * loads only on the first press (it is no part of the first view) and replays these, so no press is lost.
 * Keys pressed before the app itself ran were kept by the boot script, and come first.
 * "/" is served here, at once: the search box takes focus in the same key press, so the letters typed
 * straight after it land in the box however long the code takes to load.
 */
export function useFirstShortcutKeys(): readonly string[] | null {
  const [keys, setKeys] = useState<readonly string[] | null>(null);
  useEffect(() => {
    const press = (key: string) => {
      const search = key === '/' ? document.querySelector<HTMLElement>(SEARCH_TARGET) : null;
      search?.focus();
      // Served already: a placeholder keeps the load going without doing it again.
      setKeys((pressed) => [...(pressed ?? []), search ? '' : key]);
    };
    takeBootKeys().forEach(press);
    const onKeyDown = (event: KeyboardEvent) => {
      if (shortcutsLoaded || !isShortcutPress(event)) return;
      event.preventDefault();
      press(event.key);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return keys;
}

let shortcutsLoaded = false;

/** Called by the shortcuts while they listen themselves (true), and when they go (false): this early listener stands aside meanwhile. */
export function setShortcutsLoaded(loaded: boolean): void {
  shortcutsLoaded = loaded;
}
