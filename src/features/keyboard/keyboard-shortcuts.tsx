import { useEffect, useRef } from 'react';
import styles from './keyboard-shortcuts.module.css';
import { focusFilters, moveInList, openCurrent, saveCurrent } from './shortcut-actions';
import { isShortcutPress, setShortcutsLoaded } from './use-first-shortcut-key';

export const SHORTCUTS: ReadonlyArray<[keys: string[], what: string]> = [
  [['j'], 'Next article in the list'],
  [['k'], 'Previous article in the list'],
  [['o', 'Enter'], 'Open the chosen article'],
  [['s'], 'Save the chosen article, or the one you are reading'],
  [['/'], 'Go to the filters (or the search box)'],
  [['?'], 'Show these shortcuts'],
];

/**
 * The reader's single-key shortcuts, and the dialog that lists them. Keys never fire while typing in a
 * field, with Ctrl, Alt or Cmd held, or while a dialog is open.
 */
export function KeyboardShortcuts({ earlyKeys }: { earlyKeys: readonly string[] }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const earlyKeysDone = useRef(false);
  useEffect(() => {
    const run = (key: string): boolean => {
      const act: Record<string, () => boolean> = {
        j: () => moveInList(1),
        k: () => moveInList(-1),
        o: openCurrent,
        s: saveCurrent,
        '/': focusFilters,
        '?': () => {
          dialogRef.current?.showModal();
          return true;
        },
      };
      return act[key]?.() ?? false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (isShortcutPress(event) && run(event.key)) event.preventDefault();
    };
    // The presses made while this code loaded, once (effects run twice in development).
    if (!earlyKeysDone.current) {
      earlyKeysDone.current = true;
      for (const key of earlyKeys) run(key);
    }
    setShortcutsLoaded(true);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      setShortcutsLoaded(false);
      document.removeEventListener('keydown', onKeyDown);
    };
    // The early keys are handled once, when the shortcuts arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog ref={dialogRef} className={styles.dialog} aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title" className={styles.title}>
        Keyboard shortcuts
      </h2>
      <dl className={styles.keys}>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what} className={styles.row}>
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className={styles.close}>
          Close
        </button>
      </form>
    </dialog>
  );
}
