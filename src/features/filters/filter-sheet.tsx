import { useEffect, useId, useRef, type ReactNode } from 'react';
import { formatCount } from '@/ui/format-count';
import styles from './filter-sheet.module.css';

type Props = {
  /** The id the filters' button names in aria-controls. */
  id: string;
  /** Articles the filters match now: the sheet's own button says it, and follows each change. */
  count: number;
  /** The sheet has closed (its button, Escape, or the close button): the caller gives focus back. */
  onClose: () => void;
  children: ReactNode;
};

/**
 * The filters on a phone: a modal dialog over the list (the page behind is inert, so focus stays in
 * it; Escape closes it), with "Show N articles" always in view at its foot. Each change is still a
 * navigation, so the list behind and the count follow it while the sheet stays open.
 */
export function FilterSheet({ id, count, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const sheet = dialog.current!;
    if (!sheet.open) sheet.showModal();
    // The first filter, as the fold-out's first control would be (and where "/" sends focus).
    sheet.querySelector<HTMLElement>(`.${styles.body} :is(input, select)`)?.focus();
    return () => sheet.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      id={id}
      className={styles.sheet}
      aria-labelledby={titleId}
      // A close queued by the effect's cleanup, then opened again (React's strict mode runs effects twice), is not one.
      onClose={() => dialog.current?.open || onClose()}
    >
      <div className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          Filters
        </h2>
        <button type="button" className={styles.close} onClick={() => dialog.current!.close()}>
          Close
        </button>
      </div>
      <div className={styles.body}>{children}</div>
      <div className={styles.footer}>
        <button type="button" className={styles.show} onClick={() => dialog.current!.close()}>
          {showLabel(count)}
        </button>
      </div>
    </dialog>
  );
}

function showLabel(count: number): string {
  if (count === 0) return 'No articles match: close';
  return count === 1 ? 'Show 1 article' : `Show ${formatCount(count)} articles`;
}
