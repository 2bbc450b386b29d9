import { createPortal } from 'react-dom';
import styles from './storage-notice.module.css';

/**
 * Said where the reader just saved, not only on /saved: saving works, but only for this tab. Fixed at the
 * foot of the window (in a portal, so no card's layout or overflow clips it) until dismissed.
 */
export function StorageNotice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return createPortal(
    <div role="alert" className={styles.notice} data-print="hide">
      <p className={styles.text}>{text}</p>
      <button type="button" className={styles.dismiss} onClick={onDismiss}>
        OK
      </button>
    </div>,
    document.body,
  );
}
