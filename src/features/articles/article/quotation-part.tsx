import type { QuoteInline } from '@/article/article-schema';
import { quotationFragment, quotationSpeakerId } from '@/ui/paths';
import styles from './quotation.module.css';
import { useQuotations } from './quotation-context';

/**
 * One part of a quotation, exactly as written, with the article's own marks (CSS adds none): no word is
 * added to the paragraph. The first part carries the `quote-<n>` id and, when the speaker is known, is
 * described by the note that names them (speaker-notes.tsx), so a screen reader hears "Quotation by ...".
 * Pointing at or focusing any part lights up every part of the quotation.
 */
export function QuotationPart({ inline }: { inline: QuoteInline }) {
  const { index, active, setActive } = useQuotations();
  const info = index.parts.get(inline);
  if (!info) return <q className={styles.quote}>{`${inline.open}${inline.text}${inline.close}`}</q>;
  const { n, speaker, part } = info;
  const isFirst = part === 0;
  const clear = () => setActive(null);
  return (
    <q
      id={isFirst ? quotationFragment(n) : undefined}
      tabIndex={isFirst ? -1 : undefined}
      className={styles.quote}
      data-quote={n}
      data-active={active === n || undefined}
      aria-describedby={isFirst && speaker ? quotationSpeakerId(n) : undefined}
      // The margin note is placed level with the quotation's first part (CSS anchor positioning).
      style={isFirst && speaker ? { anchorName: anchorOf(n) } : undefined}
      onMouseEnter={() => setActive(n)}
      onMouseLeave={clear}
    >
      {inline.open}
      {inline.text}
      {inline.close}
    </q>
  );
}

/** The CSS anchor name that ties quotation n to its margin note. */
export const anchorOf = (n: number) => `--quote-${n}`;
