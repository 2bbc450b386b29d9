import { dropped } from './dropped-draft';
import { comparable } from './line-shape';
import type { Draft } from './text-parts';

/** A paragraph that is one text in quote marks and nothing else. */
const WHOLE_QUOTE = /^["“‘'](?<inner>[^"“”]{20,400}?)[.,!?]?["”’']$/u;
/** ... or one signed with its speaker's name after a dash, in marks or not: "... in tourism rentals.- Dheera Smith". */
const SIGNED_QUOTE = /^["“‘']?(?<inner>[^"“”]{20,400}?)[.,!?]?["”’']?\s*[-–—]\s*(?<signer>\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})$/u;
const MIN_WORDS = 8;
/** How many such paragraphs an article's are looked for again: a page of thousands of quotations costs no more. */
const MAX_CANDIDATES = 40;

/**
 * "‘This event can lead the way to position Guyana as one of the top culinary destinations’": a pull quote, a
 * paragraph in quote marks (or signed "- Name") whose words a paragraph before it already gives (inside a quotation
 * there, with its speaker). Set large between the paragraphs on the page, it is page furniture, and the quotation it
 * repeats would otherwise be counted and attributed twice. Taken out, kept among the removed lines.
 */
export function withoutPullQuotes(drafts: readonly Draft[]): Draft[] {
  const texts = drafts.map((draft) => comparable(draft.text));
  const pulled: number[] = [];
  for (let k = 1; k < drafts.length && pulled.length < MAX_CANDIDATES; k += 1) {
    const text = drafts[k]!.text;
    const whole = WHOLE_QUOTE.exec(text);
    const signed = whole ? null : SIGNED_QUOTE.exec(text);
    const inner = (whole ?? signed)?.groups?.inner;
    if (!inner || inner.split(/\s+/u).length < MIN_WORDS) continue;
    const words = comparable(inner);
    // Its words given before it: a quotation set alone and then told again later ("“We carry them still”" / "The line,
    // repeated at the end of each verse, ...") is the story's, and so is one a story opens on. A signed one repeats a
    // quotation, maybe a paragraph that is only that, of the one who signs it, named before: not a list of awards or
    // letters ("Young journalist of the year - Kari Nes") whose words the lead gives.
    const signer = signed?.groups?.signer?.split(/\s+/u).at(-1) ?? '';
    // Where the signer is first named, looked for once (not again for every paragraph before).
    const signerNamedAt = signed ? drafts.findIndex((draft) => draft.text.includes(signer)) : -1;
    const given = (j: number): boolean =>
      whole
        ? texts[j]!.length > words.length && texts[j]!.includes(words)
        : signerNamedAt >= 0 && signerNamedAt <= j && /["“‘]/u.test(drafts[j]!.text) && texts[j]!.includes(words);
    if (texts.some((_, j) => j < k && given(j))) pulled.push(k);
  }
  let body = [...drafts];
  // From the last, so the indexes before it still point at their drafts.
  for (const k of pulled.reverse()) body = dropped(body, k, 'pull quote');
  return body;
}
