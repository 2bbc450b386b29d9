import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { usePendingLocation } from '@/ui/pending-location';
import { useNearViewport } from '@/ui/use-near-viewport';
import { ENTITY_TOP_POSTINGS, type EntityKind } from '@/article/site-index';
import { entityCountsQueryOptions, entityDirectoryQueryOptions } from '@/data/filters/entity-queries';
import styles from './filter-panel.module.css';
import { hasFilters, toggleFilterValue, type ListFilters } from '@/data/list-filters';
import { OptionCount } from './option-count';

type Props = {
  kind: EntityKind;
  legend: string;
  filters: ListFilters;
  onChange: (filters: ListFilters) => void;
  /** False where the list is not the archive's (saved articles): the archive's counts are shown there. */
  countsUnderFilters?: boolean;
};

const FIRST_SHOWN = 8;

/**
 * The people, organisations or places most often in the news, as checkboxes (several chosen match any
 * of them). With no other filter their counts are the archive's (from the directory, "in all"); while
 * other filters or a search narrow the list, the names shown are counted under them (the postings of
 * the most mentioned names are in one small file per kind, fetched then), showing the archive's counts until that is done.
 * Names with no article under the other filters are then left out (a chosen one stays, to be unticked).
 */
export function EntityFilter({ kind, legend, filters, onChange, countsUnderFilters = true }: Props) {
  const [showAll, setShowAll] = useState(false);
  const { data: directory } = useQuery(entityDirectoryQueryOptions(kind));
  const chosen = filters[kind];
  const entries = directory?.entries ?? [];
  // "Show more" offers the names whose postings ingest keeps together (top.json), so they count at once.
  const limit = showAll ? ENTITY_TOP_POSTINGS : FIRST_SHOWN;
  const shown = entries.filter(([name], rank) => rank < limit || chosen.includes(name));
  const extra = chosen
    .filter((name) => !shown.some(([shownName]) => shownName === name))
    .map((name): [string, number | null] => [name, null]);
  const rows = [...extra, ...shown];
  const otherFilters = hasFilters({ ...filters, [kind]: [] });
  const narrowed = countsUnderFilters && otherFilters;
  // Counted once the list has changed, so the counting never delays the list itself, and once the group
  // is on screen: the postings it needs are some 50-80 KB a kind at 100,000 articles, two thirds of what
  // a first search downloaded while the groups sat below the window (the archive's counts show till then).
  const settled = usePendingLocation() === null;
  const [groupRef, onScreen] = useNearViewport('0px');
  const { data: narrowedCounts } = useQuery({
    ...entityCountsQueryOptions(
      filters,
      kind,
      rows.map(([name]) => name),
    ),
    enabled: narrowed && settled && onScreen && rows.length > 0,
    // The counts of the filters before stay until these are counted (milliseconds), rather than blinking.
    placeholderData: keepPreviousData,
  });
  if (entries.length === 0 && chosen.length === 0) return null;
  const counts = narrowed ? narrowedCounts : undefined;
  // A name no article of the view mentions would only empty the list: it is left out, unless chosen.
  const offered = counts ? rows.filter(([name]) => counts.get(name) !== 0 || chosen.includes(name)) : rows;
  return (
    <fieldset className={styles.group} ref={groupRef}>
      <legend className={styles.legend}>{legend}</legend>
      <ul className={styles.options}>
        {offered.map(([name, archiveCount]) => {
          const count = counts?.get(name);
          return (
            <li key={name}>
              <label className={styles.option}>
                <input type="checkbox" checked={chosen.includes(name)} onChange={() => onChange(toggleFilterValue(filters, kind, name))} />
                <span className={styles.optionLabel}>{name}</span>
                {count !== undefined ? <OptionCount count={count} /> : archiveCount !== null && <OptionCount count={archiveCount} inAll />}
              </label>
            </li>
          );
        })}
      </ul>
      {entries.length > FIRST_SHOWN && (
        <button type="button" className={styles.more} aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? `Fewer ${legend.toLowerCase()}` : `More ${legend.toLowerCase()}`}
        </button>
      )}
    </fieldset>
  );
}
