import slugify from '@sindresorhus/slugify';

/**
 * A quoted person's URL slug, as their page `/people/<slug>` and their feed use it: "Jens Stoltenberg"
 * is `jens-stoltenberg`. Empty for a name slugify cannot spell in ASCII at all.
 */
export const personSlug = (name: string): string => slugify(name, { decamelize: false });
