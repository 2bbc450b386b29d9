import { lazy, Suspense, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { usePendingLocation } from '@/ui/pending-location';
import type { SiteManifest } from '@/article/site-index';
import { paths, routePaths } from '@/ui/paths';
import { DateFilter } from './date-filter';
import { EntityFilter } from './entity-filter';
import styles from './filter-panel.module.css';
import { hasFilters, readFilters, type ListFilters } from '@/data/list-filters';
import type { ListView } from './list-view';
import { TopicFilter } from './topic-filter';
import { useColumnLayout } from './use-column-layout';
import { useChangeFilters } from './use-change-filters';

type Props = {
  manifest: SiteManifest;
  filters: ListFilters;
  view: ListView;
  where?: 'list' | 'saved';
};

/** Where the keyboard shortcut "/" sends focus when there is no search box (features/keyboard). */
export const FILTERS_ID = 'filters';

/** Screens on which the filters open as a sheet over the list (filter-sheet.tsx): phones. */
const SHEET_MEDIA = '(max-width: 37.5em)';

// Only a phone opens it, so its code loads with the first press of the button there.
const FilterSheet = lazy(async () => ({ default: (await import('./filter-sheet')).FilterSheet }));

/**
 * Every filter of the list. Each change is a navigation (the URL is the state), so the controls only
 * show what the URL says. On wide screens they are a column; on narrower ones they fold away behind a
 * button, which on a phone opens them in a sheet over the list with "Show N articles".
 */
export function FilterPanel({ manifest, filters: current, view, where = 'list' }: Props) {
  const [open, setOpen] = useState(false);
  const [sheet, setSheet] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const filters = usePendingFilters(manifest, current);
  const panelId = useId();
  const column = useColumnLayout();
  const change = useChangeFilters(where);
  const active = hasFilters({ ...filters, q: '' });
  const activeCount =
    filters.topics.length +
    filters.people.length +
    filters.organisations.length +
    filters.places.length +
    (filters.from || filters.to ? 1 : 0);
  const controls = (
    <>
      {active && (
        <Link to={where === 'saved' ? paths.saved() : paths.list()} className={styles.clearAll}>
          Clear all filters
        </Link>
      )}
      <TopicFilter manifest={manifest} filters={filters} counts={view.topicCounts} onChange={change} />
      <DateFilter manifest={manifest} filters={filters} view={view} onChange={change} />
      <EntityFilter kind="people" legend="People" filters={filters} onChange={change} countsUnderFilters={where === 'list'} />
      <EntityFilter kind="organisations" legend="Organisations" filters={filters} onChange={change} countsUnderFilters={where === 'list'} />
      <EntityFilter kind="places" legend="Places" filters={filters} onChange={change} countsUnderFilters={where === 'list'} />
    </>
  );
  return (
    <section className={styles.panel} aria-label="Filters" id={FILTERS_ID} data-open={open}>
      <button
        type="button"
        className={styles.toggle}
        ref={toggle}
        aria-expanded={open || sheet}
        aria-controls={panelId}
        data-filters-toggle=""
        onClick={() => (typeof matchMedia === 'function' && matchMedia(SHEET_MEDIA).matches ? setSheet(true) : setOpen(!open))}
      >
        Filters{activeCount > 0 && ` (${activeCount} chosen)`}
      </button>
      {sheet ? (
        <Suspense fallback={null}>
          <FilterSheet
            id={panelId}
            count={view.count}
            onClose={() => {
              setSheet(false);
              toggle.current?.focus();
            }}
          >
            {controls}
          </FilterSheet>
        </Suspense>
      ) : (
        <div id={panelId} className={styles.controls}>
          {(column || open) && controls}
        </div>
      )}
    </section>
  );
}

/**
 * The filters being navigated to, while their list is worked out, so a checkbox shows its new state at
 * once: while columns.json first downloads, or the files of a person or place load. A change whose list
 * can be worked out at once is drawn with it, never pending (app/navigation/router-history.ts).
 */
function usePendingFilters(manifest: SiteManifest, current: ListFilters): ListFilters {
  const next = usePendingLocation();
  if (!next || !(next.pathname === routePaths.list || next.pathname === routePaths.saved)) return current;
  return readFilters(new URLSearchParams(next.search), new Set(manifest.topics.map((topic) => topic.slug))).filters;
}
