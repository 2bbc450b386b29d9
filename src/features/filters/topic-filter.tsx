import { useId, useState } from 'react';
import type { SiteManifest } from '@/article/site-index';
import styles from './filter-panel.module.css';
import { toggleFilterValue, type ListFilters } from '@/data/list-filters';
import { OptionCount } from './option-count';

type Props = {
  manifest: Pick<SiteManifest, 'topics'>;
  filters: ListFilters;
  /** Per manifest topic: articles it would match with the other filters kept. */
  counts: ArrayLike<number>;
  onChange: (filters: ListFilters) => void;
};

const FIRST_SHOWN = 10;

/** Topic checkboxes, most common first under the other filters; several chosen match any of them. */
export function TopicFilter({ manifest, filters, counts, onChange }: Props) {
  const [showAll, setShowAll] = useState(false);
  const hintId = useId();
  const ranked = manifest.topics
    .map((topic, index) => ({ topic, count: counts[index] ?? 0 }))
    .filter(({ topic, count }) => count > 0 || filters.topics.includes(topic.slug))
    .sort((a, b) => b.count - a.count);
  const shown = showAll ? ranked : ranked.filter(({ topic }, rank) => rank < FIRST_SHOWN || filters.topics.includes(topic.slug));
  return (
    <fieldset className={styles.group} aria-describedby={hintId}>
      <legend className={styles.legend}>Topics</legend>
      <p id={hintId} className={styles.hint}>
        Articles on any of the topics you choose
      </p>
      <ul className={styles.options}>
        {shown.map(({ topic, count }) => (
          <li key={topic.slug}>
            <label className={styles.option}>
              <input
                type="checkbox"
                checked={filters.topics.includes(topic.slug)}
                onChange={() => onChange(toggleFilterValue(filters, 'topics', topic.slug))}
              />
              <span className={styles.optionLabel}>{topic.label}</span>
              <OptionCount count={count} />
            </label>
          </li>
        ))}
      </ul>
      {ranked.length > FIRST_SHOWN && (
        <button type="button" className={styles.more} aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Fewer topics' : `All ${ranked.length} topics`}
        </button>
      )}
    </fieldset>
  );
}
