/**
 * Where the build writes the site's feeds, relative to the site's base (src/build/feeds/). The pages
 * link to them, so the paths are written once, here. Atom files end in `.xml`, which every static host
 * serves as XML.
 */
export const feedPaths = {
  /** Atom 1.0: the newest articles of the whole site. */
  siteAtom: 'feeds/all.xml',
  /** JSON Feed 1.1: the same entries. */
  siteJson: 'feeds/all.json',
  /** Atom 1.0: the newest articles on one topic (its URL slug, as its page has it). */
  topicAtom: (slug: string) => `feeds/topics/${slug}.xml`,
  /** Atom 1.0: the newest articles quoting one person (the slug of `/people/<slug>`). */
  personAtom: (slug: string) => `feeds/people/${slug}.xml`,
} as const;
