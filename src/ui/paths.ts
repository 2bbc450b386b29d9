/**
 * The reader's URLs, written once (a public contract: people bookmark them). `routePaths` are the
 * patterns the router matches (src/app/routes/route-table.ts); every link is built from them here, so
 * URLs cannot drift between views. Paths are relative to the site's base; the router adds the base.
 * No imports beyond this folder's reach: the build reads it too, through the route table.
 */
export const routePaths = {
  list: '/',
  topic: '/topics/:slug',
  saved: '/saved',
  article: '/articles/:id',
  people: '/people',
  person: '/people/:slug',
} as const;

/** A pattern with its `:name` parameters filled in (each encoded). */
function fill(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name]!));
}

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

export const paths = {
  /** The list; `query` is a filter query string as writeFilters (src/data/list-filters.ts) makes it. */
  list: (query = '') => withQuery(routePaths.list, query),
  /** One topic's landing page: the same list as `/?topic=<slug>`, under the topic's name. */
  topic: (slug: string) => fill(routePaths.topic, { slug }),
  saved: (query = '') => withQuery(routePaths.saved, query),
  article: (id: string) => fill(routePaths.article, { id }),
  section: (id: string, headingId: string) => `${paths.article(id)}#${headingId}`,
  quotation: (id: string, n: number) => `${paths.article(id)}#${quotationFragment(n)}`,
  /** Everyone quoted; `query` as writeFilters makes it (?q= finds a name). */
  people: (query = '') => withQuery(routePaths.people, query),
  /** One person's (or body's) quotations; `slug` as src/article/person-slug.ts makes it. */
  person: (slug: string, query = '') => withQuery(fill(routePaths.person, { slug }), query),
};

/** Where the list is drawn: the list itself and a topic's landing page (both take the list's filters). */
export function isListPath(pathname: string): boolean {
  return pathname === routePaths.list || pathname.startsWith(routePaths.topic.replace(/:\w+$/, ''));
}

/** The fragment of a logical quotation: n counts from 1, as in src/article/quotations.ts. */
export function quotationFragment(n: number): string {
  return `quote-${n}`;
}

/** The id of the element that names a quotation's speaker (its accessible description). */
export function quotationSpeakerId(n: number): string {
  return `quote-${n}-by`;
}
