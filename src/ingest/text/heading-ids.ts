import slugify from '@sindresorhus/slugify';

/**
 * URL fragments for headings, unique within the article: "focus-on-training-missions", then
 * "focus-on-training-missions-2" for a second heading with the same words. A heading with no letters a
 * slug can keep (all punctuation, or a script slugify cannot transliterate) becomes "section".
 */
export function uniqueHeadingIds(headings: readonly string[]): string[] {
  const taken = new Set<string>();
  return headings.map((heading) => {
    const base = slugify(heading, { decamelize: false }).slice(0, 80).replace(/-+$/, '') || 'section';
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
