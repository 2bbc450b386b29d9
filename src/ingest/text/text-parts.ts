/**
 * The pieces the text stage passes between its steps. Nothing is ever dropped: whatever a step takes
 * out of the text becomes a Removal (a whole line) or a Cut (a span inside a line or paragraph), so the
 * serialiser can put every character back where it stood.
 */

import type { MetadataKind } from '../../article/article-schema';

/**
 * Something taken out of the text: a whole line, or a span (see Cut). `keptAs` marks a byline, credit,
 * caption or timestamp, which the article keeps as metadata too.
 */
export type Removal = { text: string; reason: string; keptAs?: MetadataKind };

/**
 * A span taken out of a line or paragraph. `offset` is where it stood in the text that remains; its
 * `text` carries the whitespace that went with it, so putting it back at `offset` restores the words
 * exactly (" - IANS" at the end of a sentence, "Advertisement " between two wrapped lines).
 */
export type Cut = Removal & { offset: number };

/** One line of the source after whitespace runs are collapsed and HTML tags are cut out. */
export type SourceLine = { text: string; cuts: Cut[] };

/**
 * A block-to-be: its text, the spans cut out of it (in document order), the removed lines that stood
 * before it, and how many source lines it was joined from (a heading or a headline is one line).
 */
export type Draft = { text: string; cuts: Cut[]; before: Removal[]; lineCount: number };
