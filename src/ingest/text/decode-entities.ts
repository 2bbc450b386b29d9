import { DecodingMode, decodeHTML } from 'entities';

/**
 * Entities that lost their `&` in scraping (`quot;`, `#39;`, `rsquo;`), matched at the end of the text
 * before a semicolon. Names that only ever occur as entities may stand anywhere ("Alliancersquo;s");
 * short ones that could end a word ("camp;", "aliquot;") count only after a non-letter; numeric ones
 * need their `#`.
 */
const BROKEN_NAMED = /(?:[lr][sd]quo|[bs]dquo|[lr]aquo|[lr]saquo|[mn]dash|hellip)$/;
const BROKEN_SHORT = /(?:^|[^&\p{L}\p{N}])(quot|amp|apos|lt|gt|nbsp)$/u;
const BROKEN_NUMERIC = /#(?:\d{2,6}|x[\da-f]{2,5})$/i;
/** The longest broken entity name, with the character before it. */
const LOOK_BACK = 8;

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
    const repaired = withAmpersandsRestored(current);
    if (repaired === current) return current;
    current = repaired;
  }
  return current;
}

function withAmpersandsRestored(text: string): string {
  let repaired = '';
  let from = 0;
  for (let semicolon = text.indexOf(';'); semicolon >= 0; semicolon = text.indexOf(';', semicolon + 1)) {
    const before = text.slice(Math.max(0, semicolon - LOOK_BACK), semicolon);
    const name = BROKEN_NAMED.exec(before)?.[0] ?? BROKEN_SHORT.exec(before)?.[1] ?? BROKEN_NUMERIC.exec(before)?.[0];
    if (!name) continue;
    const start = semicolon - name.length;
    if (text[start - 1] === '&') continue;
    repaired += `${text.slice(from, start)}&`;
    from = start;
  }
  return from === 0 && repaired === '' ? text : repaired + text.slice(from);
}
