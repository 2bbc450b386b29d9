import { useNavigate } from 'react-router';
import styles from './tool-switch.module.css';

type Props = {
  /** Whether the view hides read articles now (`?unread=1`). */
  hiding: boolean;
  /** The same view with `?unread=1` toggled: the list's or /saved's own path. */
  toggled: string;
};

/**
 * "Hide read": `?unread=1` on or off, on the list and on /saved alike. The state is the URL's
 * (bookmarkable; Back and Forward walk through it), so each press is a navigation to the same view
 * with or without it.
 */
export function HideReadSwitch({ hiding, toggled }: Props) {
  const navigate = useNavigate();
  return (
    <button type="button" className={styles.switch} aria-pressed={hiding} onClick={() => void navigate(toggled)}>
      Hide read
    </button>
  );
}
