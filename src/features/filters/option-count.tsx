import styles from './filter-panel.module.css';
import { formatCount } from '@/ui/format-count';

type Props = {
  count: number;
  /** True where the count is the whole archive's, not the list's under the other filters. */
  inAll?: boolean;
};

/**
 * The count after a filter option's name. Seen, it is a bare number in its own column; heard, the label
 * would run the name and the number together ("politics9"), so hidden words make it "politics, 9 articles".
 * The spaces stand between the spans, not inside them: some name computations (Testing Library's) trim
 * each element's text, and the flex row and the end of the line draw no space there.
 */
export function OptionCount({ count, inAll = false }: Props) {
  return (
    <>
      <span className="visually-hidden">,</span>{' '}
      <span className={styles.count}>
        {formatCount(count)}{' '}
        <span className="visually-hidden">
          {count === 1 ? 'article' : 'articles'}
          {inAll && ' in all'}
        </span>
      </span>
    </>
  );
}
