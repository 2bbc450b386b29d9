import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { EntityKind } from '../../article/site-index';
import { entityDirectoryQueryOptions } from './api/entity-queries';
import styles from './filter-panel.module.css';
import { toggleFilterValue, type ListFilters } from './list-filters';
import { formatCount } from '../../ui/format-count';

type Props = {
  kind: EntityKind;
  legend: string;
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
};

const FIRST_SHOWN = 8;

/**
 * The people, organisations or places most often in the news, as checkboxes (several chosen match any
 * of them). Their counts are over the whole archive: the directory lists up to a thousand names, and
 * counting each under the other filters would need every postings file.
 */
export function EntityFilter({ kind, legend, filters, onChange }: Props) {
  const [showAll, setShowAll] = useState(false);
  const { data: directory } = useQuery(entityDirectoryQueryOptions(kind));
  const chosen = filters[kind];
  const entries = directory?.entries ?? [];
  if (entries.length === 0 && chosen.length === 0) return null;
  const limit = showAll ? 50 : FIRST_SHOWN;
  const shown = entries.filter(([name], rank) => rank < limit || chosen.includes(name));
  const extra = chosen.filter((name) => !shown.some(([shownName]) => shownName === name)).map((name): [string, number | null] => [name, null]);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <ul className={styles.options}>
        {[...extra, ...shown].map(([name, count]) => (
          <li key={name}>
            <label className={styles.option}>
              <input type="checkbox" checked={chosen.includes(name)} onChange={() => onChange(toggleFilterValue(filters, kind, name))} />
              <span className={styles.optionLabel}>{name}</span>
              {count !== null && (
                <span className={styles.count}>
                  {formatCount(count)}
                  <span className="visually-hidden"> in all</span>
                </span>
              )}
            </label>
          </li>
        ))}
      </ul>
      {entries.length > FIRST_SHOWN && (
        <button type="button" className={styles.more} aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? `Fewer ${legend.toLowerCase()}` : `More ${legend.toLowerCase()}`}
        </button>
      )}
    </fieldset>
  );
}
