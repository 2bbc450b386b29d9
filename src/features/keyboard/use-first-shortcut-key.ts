import { useEffect, useState } from 'react';
import { isTypingTarget } from './typing-target';

/** The keys that have a shortcut (keyboard-shortcuts.tsx). */
export const SHORTCUT_KEYS = new Set(['j', 'k', 'o', 's', '/', '?']);

export function isShortcutPress(event: KeyboardEvent): boolean {
  return (
    !event.defaultPrevented &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.isComposing &&
    SHORTCUT_KEYS.has(event.key) &&
    !isTypingTarget(event.target) &&
    !document.querySelector('dialog[open]')
  );
}

/**
 * The first shortcut key pressed, or null before any. The shortcuts' code loads only then (it is no part
 * of the first view), and the key that loaded it is handed over, so that press is not lost.
 */
export function useFirstShortcutKey(): string | null {
  const [key, setKey] = useState<string | null>(null);
  useEffect(() => {
    if (key !== null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutPress(event)) return;
      event.preventDefault();
      setKey(event.key);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [key]);
  return key;
}
