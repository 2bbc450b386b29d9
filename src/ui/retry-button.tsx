import styles from './retry-button.module.css';

type Props = { onRetry: () => void; busy?: boolean; prominent?: boolean };

/** The one way to try a failed load again, wherever a load can fail. */
export function RetryButton({ onRetry, busy = false, prominent = false }: Props) {
  return (
    <button type="button" className={prominent ? styles.prominent : styles.quiet} onClick={onRetry} disabled={busy}>
      {busy ? 'Retrying…' : 'Retry'}
    </button>
  );
}
