import slugify from '@sindresorhus/slugify';

/**
 * "Jens Stoltenberg" -> "jens-stoltenberg": the `/people/<slug>` of a speaker, made from the name alone so it
 * never changes as the archive grows. Spellings that differ only in case, accents or punctuation ("José Ramos",
 * "Jose Ramos") share a slug and so a page: they are one speaker written two ways far more often than two people.
 * Shared by ingest (which writes the people files) and the reader (which links to them). A name slugify keeps
 * nothing of (a script it cannot transliterate) is written out as its code points, so it still has a page.
 */
export function personSlug(name: string): string {
  const slug = slugify(name, { decamelize: false }).slice(0, 80).replace(/-+$/, '');
  if (slug) return slug;
  return `name-${[...name.trim()].map((char) => char.codePointAt(0)!.toString(36)).join('-')}`.slice(0, 120);
}

/**
 * personSlug, worked out once per spelling: a name is quoted in article after article (half a million
 * quotations at 100,000 articles, a tenth as many spellings), and slugify is slow. For one run over an archive.
 */
export function personSlugsOnce(): (name: string) => string {
  const slugs = new Map<string, string>();
  return (name) => {
    let slug = slugs.get(name);
    if (slug === undefined) slugs.set(name, (slug = personSlug(name)));
    return slug;
  };
}
