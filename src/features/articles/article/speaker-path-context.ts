import { createContext, useContext } from 'react';
import { paths } from '@/ui/paths';

/**
 * Turns a speaker's name into their `/people/<slug>` page, for the article's speaker links. The slug
 * code (src/article/person-slug.ts, through a transliteration library that builds its tables as it loads:
 * about 50 ms of one task, 200 ms at Lighthouse's phone slowdown) comes with the article's route data, not
 * with the article page's code: the list fetches that code while idle so the first article opens at once,
 * and must not pay for the slugs then.
 */
export type PersonSlug = (name: string) => string;

export const PersonSlugContext = createContext<PersonSlug | null>(null);

export function usePersonPath(): (name: string) => string {
  const personSlug = useContext(PersonSlugContext);
  if (!personSlug) throw new Error('usePersonPath is used outside an article page (no PersonSlugContext)');
  return (name) => paths.person(personSlug(name));
}
