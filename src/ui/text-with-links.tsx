import { Fragment } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s()<>]+[^\s()<>.,;:!?'"])/;

/** Plain text whose web addresses become links; everything else stays text (never HTML). */
export function TextWithLinks({ text }: { text: string }) {
  // split() with a capturing group puts the addresses at the odd indexes.
  const pieces = text.split(URL_PATTERN);
  return (
    <>
      {pieces.map((piece, index) =>
        index % 2 === 1 ? (
          <a key={index} href={piece} rel="noopener noreferrer">
            {piece.replace(/^https?:\/\//, '').replace(/\/$/, '')}
          </a>
        ) : (
          <Fragment key={index}>{piece}</Fragment>
        ),
      )}
    </>
  );
}
