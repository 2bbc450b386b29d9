import { Link } from 'react-router';
import styles from './filter-chips.module.css';
import type { FilterChip } from './view-summary';

/**
 * The active filters and the search, above the results: each a link to the same view without it, so
 * removing one is a new history entry (Back puts it back). Nothing when no filter is on.
 */
export function FilterChips({ chips }: { chips: readonly FilterChip[] }) {
  if (chips.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label="Active filters">
      {chips.map((chip) => (
        <li key={`${chip.kind}:${chip.label}`}>
          <Link to={chip.to} className={styles.chip}>
            <span className="visually-hidden">{chip.kind === 'search' ? 'Remove search:' : 'Remove filter:'}</span> {chip.label}
            <svg className={styles.cross} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 4l8 8M12 4l-8 8" />
            </svg>
          </Link>
        </li>
      ))}
    </ul>
  );
}
