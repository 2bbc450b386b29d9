import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import anyAscii from 'any-ascii';

const MAX_ID_LENGTH = 120;
const HASH_LENGTH = 8;

/**
 * The id of the article made from `source` (its path relative to --in): the path without its
 * extension, slugified. It depends on nothing else, so the same file keeps its id (and its URL)
 * whatever else the corpus holds: "world/000_2109c60526df57ad.txt" -> "world-000-2109c60526df57ad".
 *
 * Readable in any script: words the slugifier cannot spell in Latin letters (Chinese, Korean, Hindi,
 * emoji: it drops them) are transliterated first ("北京.txt" -> "beijing"). When some characters still
 * leave nothing, or the id had to be cut short, a short hash of the whole path is added, so two such
 * files never come out with the same id ("✳.txt" -> "3f9a2c1d").
 */
export function articleIdFromSource(source: string): string {
  const withoutExtension = source.replace(/\.[^./]+$/, '');
  let lost = false;
  const spelled = withoutExtension.replace(WORD, (word) => {
    if (slugifiedWhole(word)) return word;
    const transliterated = anyAscii(word);
    if (!/[A-Za-z0-9]/.test(transliterated)) lost = true;
    return ` ${transliterated} `;
  });
  const slug = slugify(spelled.replaceAll('/', ' '), { decamelize: false }).replace(/-+$/, '');
  // A file name that leaves nothing would take its folder's id.
  if (slugify(spelled.slice(spelled.lastIndexOf('/') + 1)) === '') lost = true;
  const hash = () => createHash('sha256').update(source).digest('hex').slice(0, HASH_LENGTH);
  if (slug === '') return hash();
  if (slug.length > MAX_ID_LENGTH) return `${slug.slice(0, MAX_ID_LENGTH - HASH_LENGTH - 1).replace(/-+$/, '')}-${hash()}`;
  return lost ? `${slug}-${hash()}` : slug;
}

/** A run of letters, marks, digits or pictographs (with the joiners emoji are built of). */
const WORD = /(?:[\p{L}\p{M}\p{N}\p{Extended_Pictographic}]|\u200d|\ufe0f)+/gu;
const spellable = new Map<string, boolean>();

/** Whether the slugifier keeps every character of the word (it drops those it cannot transliterate). */
function slugifiedWhole(word: string): boolean {
  for (const char of word) {
    let kept = spellable.get(char);
    if (kept === undefined) {
      kept = /\p{M}|\u200d|\ufe0f/u.test(char) || slugify(char) !== '';
      spellable.set(char, kept);
    }
    if (!kept) return false;
  }
  return true;
}
