/**
 * Every link in the reader is built here, so URLs (a public contract: people bookmark them) cannot
 * drift between views. Paths are relative to the site's base; the router adds the base.
 */
export const paths = {
  /** The list; `query` is a filter query string as writeFilters (features/filters/list-filters.ts) makes it. */
  list: (query = '') => (query ? `/?${query}` : '/'),
  /** One topic's landing page: the same list as `/?topic=<slug>`, under the topic's name. */
  topic: (slug: string) => `/topics/${encodeURIComponent(slug)}`,
  saved: (query = '') => (query ? `/saved?${query}` : '/saved'),
  article: (id: string) => `/articles/${encodeURIComponent(id)}`,
  section: (id: string, headingId: string) => `${paths.article(id)}#${headingId}`,
  quotation: (id: string, n: number) => `${paths.article(id)}#${quotationFragment(n)}`,
};

/** The fragment of a logical quotation: n counts from 1, as in src/article/quotations.ts. */
export function quotationFragment(n: number): string {
  return `quote-${n}`;
}
