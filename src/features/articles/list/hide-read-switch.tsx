import { useNavigate } from 'react-router';
import type { ListFilters } from '@/data/list-filters';
import styles from './density-switch.module.css';
import { listViewPath } from './view-summary';

/**
 * "Hide read": `?unread=1` on or off. The state is the URL's (bookmarkable; Back and Forward walk
 * through it), so each press is a navigation to the same view with or without it.
 */
export function HideReadSwitch({ filters, topic }: { filters: ListFilters; topic: string | null }) {
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className={styles.switch}
      aria-pressed={filters.unread}
      onClick={() => void navigate(listViewPath({ ...filters, unread: !filters.unread }, topic))}
    >
      Hide read
    </button>
  );
}
