import slugify from '@sindresorhus/slugify';

/** "conflict, war and peace" -> "conflict-war-and-peace": readable slugs for /topics/<slug> and ?topic=. */
export function topicSlug(label: string): string {
  return slugify(label, { decamelize: false });
}
