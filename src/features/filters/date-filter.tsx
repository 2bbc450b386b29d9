import { memo, useId, useMemo } from 'react';
import type { SiteManifest } from '@/article/site-index';
import { localToday, newestWeek, periodsOf, quickRanges } from './date-ranges';
import { DateInput } from './date-input';
import { DayHistogram } from './day-histogram';
import styles from './filter-panel.module.css';
import type { ListFilters } from '@/data/list-filters';
import type { ListView } from './list-view';
import { formatCount } from '@/ui/format-count';
import { longDate } from '@/ui/day-label';

type Props = {
  manifest: Pick<SiteManifest, 'newest' | 'oldest'>;
  filters: ListFilters;
  view: Pick<ListView, 'dayCounts' | 'firstDay'>;
  onChange: (filters: ListFilters) => void;
};

/** From/to dates, quick ranges counted back from today, a list of months (or years...) and the histogram. */
export const DateFilter = memo(function DateFilter({ manifest, filters, view, onChange }: Props) {
  const id = useId();
  const { unit, periods } = useMemo(() => periodsOf(view.dayCounts, view.firstDay), [view.dayCounts, view.firstDay]);
  // Read at each draw: a panel left open past midnight counts from the new day.
  const today = localToday();
  const ranges = useMemo(() => quickRanges(today), [today]);
  if (!manifest.newest || !manifest.oldest) return null;
  const newest = manifest.newest;
  const chosenRange = ranges.find((range) => range.from === filters.from && range.to === filters.to);
  // A quick range that starts after the archive's newest article finds nothing: said, with a way to its newest days.
  const tooRecent = chosenRange !== undefined && chosenRange.from > newest;
  const pick = (from: string | null, to: string | null) => onChange({ ...filters, from, to });
  const period = periods.find((each) => each.from === filters.from && each.to === filters.to)?.key ?? '';
  const dateInput = (name: 'from' | 'to', label: string) => (
    <DateInput
      name={name}
      label={label}
      min={manifest.oldest!}
      max={newest}
      value={filters[name]}
      onPick={(value) => pick(name === 'from' ? value : filters.from, name === 'to' ? value : filters.to)}
    />
  );
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>Dates</legend>
      <div className={styles.dates}>
        {dateInput('from', 'From')}
        {dateInput('to', 'To')}
      </div>
      <ul className={styles.quickRanges} aria-label="Quick ranges">
        {ranges.map((range) => (
          <li key={range.label}>
            <button
              type="button"
              className={styles.chip}
              aria-pressed={filters.from === range.from && filters.to === range.to}
              onClick={() => pick(range.from, range.to)}
            >
              {range.label}
            </button>
          </li>
        ))}
        {(filters.from || filters.to) && (
          <li>
            <button type="button" className={styles.chip} onClick={() => pick(null, null)}>
              Any date
            </button>
          </li>
        )}
      </ul>
      {tooRecent && <NothingThatRecent range={chosenRange.label} newest={newest} onPick={pick} />}
      <label className={styles.monthField} htmlFor={`${id}-period`}>
        {unit[0]!.toUpperCase() + unit.slice(1)}
      </label>
      <select
        id={`${id}-period`}
        className={styles.select}
        value={period}
        onChange={(event) => {
          const chosen = periods.find((each) => each.key === event.currentTarget.value);
          pick(chosen?.from ?? null, chosen?.to ?? null);
        }}
      >
        <option value="">{period ? `Any ${unit}` : `Choose a ${unit}`}</option>
        {periods.map((each) => (
          <option key={each.key} value={each.key}>
            {`${each.label} (${formatCount(each.count)})`}
          </option>
        ))}
      </select>
      <DayHistogram dayCounts={view.dayCounts} firstDay={view.firstDay} from={filters.from} to={filters.to} onPick={pick} />
    </fieldset>
  );
});

type NothingThatRecentProps = { range: string; newest: string; onPick: (from: string, to: string) => void };

function NothingThatRecent({ range, newest, onPick }: NothingThatRecentProps) {
  const week = newestWeek(newest);
  return (
    <div className={styles.tooRecent} role="status">
      <p>
        Nothing in the archive is that recent ({range}): its newest article is from {longDate(newest)}.
      </p>
      <button type="button" className={styles.chip} onClick={() => onPick(week.from, week.to)}>
        {week.label}
      </button>
    </div>
  );
}
