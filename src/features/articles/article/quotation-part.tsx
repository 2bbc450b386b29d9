import { Link } from 'react-router';
import type { QuoteInline } from '../../../article/article-schema';
import { quotationFragment } from '../../../ui/paths';
import styles from './quotation.module.css';
import { useQuotations } from './quotation-context';

/**
 * One part of a quotation, with the article's own marks (CSS adds none). The first part carries the
 * `quote-<n>` id and, on hover or focus, the speaker's name above its opening words; the speaker is
 * named once more after the last part, as a link to the quotation itself.
 */
export function QuotationPart({ inline }: { inline: QuoteInline }) {
  const { index, active, setActive } = useQuotations();
  const info = index.parts.get(inline);
  if (!info) return <q className={styles.quote}>{`${inline.open}${inline.text}${inline.close}`}</q>;
  const { n, speaker, part, partCount } = info;
  const isFirst = part === 0;
  const isLast = part === partCount - 1;
  const highlight = () => setActive(n);
  const clear = () => setActive(null);
  return (
    <span
      className={styles.quotation}
      data-active={active === n}
      data-attributed={speaker !== null}
      onMouseEnter={highlight}
      onMouseLeave={clear}
      onFocus={highlight}
      onBlur={clear}
    >
      {speaker && isFirst && (
        <span className={styles.tip} aria-hidden="true">
          {speaker}
        </span>
      )}
      <q id={isFirst ? quotationFragment(n) : undefined} tabIndex={isFirst ? -1 : undefined} className={styles.quote} data-quote={n}>
        {inline.open}
        {inline.text}
        {inline.close}
      </q>
      {isLast && speaker && (
        <>
          {' '}
          <Link to={`#${quotationFragment(n)}`} className={styles.attribution} title="Link to this quotation">
            {`—\u00a0${speaker}`}
          </Link>
        </>
      )}
    </span>
  );
}
