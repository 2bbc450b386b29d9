import { markAllRead } from '@/data/read-articles';
import styles from '@/ui/tool-switch.module.css';

/** Marks the whole archive as read, up to its newest day (src/data/read-articles.ts). */
export function MarkAllRead({ newest }: { newest: string }) {
  return (
    <button type="button" className={styles.switch} onClick={() => markAllRead(newest)}>
      Mark all as read
    </button>
  );
}
