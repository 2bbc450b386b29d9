import { useOnline } from '@/ui/use-online';
import styles from './offline-notices.module.css';

type Props = {
  /** A new version of the site is installed and waits for this page to reload. */
  updateReady: boolean;
  onReload: () => void;
};

/**
 * What the reader is told about the connection and the site's versions, at the foot of the window: that
 * they are offline and what still opens, and that a new version is ready (with a Reload button; nothing
 * reloads behind their back, so nothing they are reading or typing is lost). The live region is there
 * from the start, empty, so screen readers announce what appears in it.
 */
export function OfflineNotices({ updateReady, onReload }: Props) {
  const online = useOnline();
  return (
    <aside aria-label="Connection and updates" className={styles.notices} data-print="hide">
      <div role="status" className={styles.stack}>
        {!online && (
          <p className={styles.notice} data-notice="offline">
            You are offline. Saved articles and the last 50 you read still open; other articles and search need a connection.
          </p>
        )}
        {updateReady && (
          <p className={styles.notice} data-notice="update">
            <span className={styles.text}>A new version of Broadsheet is ready.</span>
            <button type="button" className={styles.reload} onClick={onReload}>
              Reload
            </button>
          </p>
        )}
      </div>
    </aside>
  );
}
