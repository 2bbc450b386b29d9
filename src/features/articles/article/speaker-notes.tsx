import { Link } from 'react-router';
import { quotationSpeakerId } from '@/ui/paths';
import type { QuotationPart } from '../model/quotation-index';
import type { CSSProperties } from 'react';
import { anchorOf } from './quotation-part';
import { usePersonPath } from './speaker-path-context';
import styles from './speaker-notes.module.css';

/**
 * Who said the quotations that open in a paragraph, after it: a quiet line under the paragraph on a phone, a
 * note in the margin level with each quotation on a wide screen (CSS only). Each note is its quotation's
 * accessible description ("Quotation by Jens Stoltenberg") and links to the speaker's page. Quotations with
 * no known speaker get no note: they read as quotations and nothing more. In the margin, a note never stands
 * over the one before it: two quotations on one line put the second note under the first.
 */
export function SpeakerNotes({ opened }: { opened: readonly QuotationPart[] }) {
  const personPath = usePersonPath();
  const attributed = opened.filter((part): part is QuotationPart & { speaker: string } => part.speaker !== null);
  if (attributed.length === 0) return null;
  return (
    <p className={styles.notes}>
      {attributed.map(({ n, speaker, attributedBefore }) => (
        <span key={n} id={quotationSpeakerId(n)} className={styles.note} style={marginPlace(n, attributedBefore)}>
          <span className="visually-hidden">Quotation by</span>{' '}
          <Link to={personPath(speaker)} className={styles.speaker}>
            {speaker}
          </Link>
        </span>
      ))}
    </p>
  );
}

/** The note's CSS anchors: level with its quotation, and named itself so the next note can stand below it. */
function marginPlace(n: number, attributedBefore: number | null): CSSProperties {
  return {
    positionAnchor: anchorOf(n),
    anchorName: noteAnchorOf(n),
    ...(attributedBefore !== null && { '--note-above': noteAnchorOf(attributedBefore) }),
  } as CSSProperties;
}

const noteAnchorOf = (n: number) => `--quote-${n}-note`;
