/** The keys that have a shortcut (keyboard-shortcuts.tsx). */
export const SHORTCUT_KEYS: readonly string[] = ['j', 'k', 'o', 's', '/', '?'];

/**
 * Where the boot script (src/build/boot-script.ts) leaves its hand-over: a function that stops its own
 * listener and gives the shortcut keys pressed before the app listened, in order.
 */
export const BOOT_KEYS_GLOBAL = '__broadsheetBootKeys';

/** The shortcut keys pressed before the app's code ran (none when the page had no boot script). */
export function takeBootKeys(): string[] {
  const take = (window as unknown as Record<string, (() => string[]) | undefined>)[BOOT_KEYS_GLOBAL];
  return typeof take === 'function' ? take() : [];
}
