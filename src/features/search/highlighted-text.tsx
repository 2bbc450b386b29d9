import { Fragment } from 'react';
import type { TextPart } from '@/search/query/highlight';

/** Text with the words a search matched in <mark>, as React elements: the text is never read as HTML. */
export function HighlightedText({ parts }: { parts: readonly TextPart[] }) {
  return parts.map((part, index) => (part.matched ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>));
}
