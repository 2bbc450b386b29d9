/** Where things stand in the built site, for the build steps that write them. */

/** Where the reader fetches its data from, below the site's base path (the data files' layout: src/data/data-files.ts). */
export { DATA_PATH } from '../data/data-files.ts';

/** An article's own page (prerendered): `/articles/<id>` is answered by `articles/<id>.html`. */
export const articlePageFile = (id: string) => `articles/${id}.html`;

/** The people index and each speaker's page (prerendered): `/people` and `/people/<slug>`. */
export const peoplePageFile = 'people.html';
export const personPageFile = (slug: string) => `people/${slug}.html`;

/** The feeds (Atom per topic and person, JSON Feed) and the parts of a split sitemap: written by the feeds step. */
export const FEEDS_FOLDER = 'feeds';
export const SITEMAPS_FOLDER = 'sitemaps';
