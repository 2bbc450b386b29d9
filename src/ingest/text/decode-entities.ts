import { DecodingMode, decodeHTML } from 'entities';

/**
 * Entities that lost their `&` in scraping (`quot;`, `#39;`, `rsquo;`). Names that only ever occur as
 * entities may stand anywhere ("Alliancersquo;s"); short ones that could end a word ("camp;", "aliquot;")
 * count only after a non-letter; numeric ones need their `#`.
 */
const BROKEN_ENTITY =
  /(?<![&\p{L}\p{N}])(?:quot|amp|apos|lt|gt|nbsp);|(?<!&)(?:#(?:\d{2,6}|x[\da-f]{2,5})|[lr][sd]quo|[bs]dquo|[lr]aquo|[lr]saquo|[mn]dash|hellip|lsquor|rsquor);/giu;

const LOOKS_ENTITY = /&(?:#\d|#x[\da-f]|[a-z][a-z\d]{1,31};?)/i;
const MAX_ROUNDS = 12;

/**
 * HTML entities decoded, including double-encoded ones (`&amp;#39;`) and broken ones that lost their `&`.
 * Attribute mode decodes `&quot` without its semicolon but leaves `&notice` alone.
 */
export function decodeEntities(text: string): string {
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    // Whole entities first, so `&amp;#39;` is read as one double-encoded entity, not as `&amp;` plus a broken one.
    const decoded = LOOKS_ENTITY.test(current) ? decodeHTML(current, DecodingMode.Attribute) : current;
    if (decoded !== current) {
      current = decoded;
      continue;
    }
    const repaired = current.replace(BROKEN_ENTITY, (entity) => `&${entity}`);
    if (repaired === current) return current;
    current = repaired;
  }
  return current;
}
