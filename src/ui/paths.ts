/**
 * Every link in the reader is built here, so URLs (a public contract: people bookmark them) cannot
 * drift between views. Paths are relative to the site's base; the router adds the base.
 */
export const paths = {
  list: () => '/',
  /** The list filtered by one topic (issue 5 reads the parameter). */
  topic: (slug: string) => `/?${new URLSearchParams({ topic: slug })}`,
  article: (id: string) => `/articles/${encodeURIComponent(id)}`,
  section: (id: string, headingId: string) => `${paths.article(id)}#${headingId}`,
  quotation: (id: string, n: number) => `${paths.article(id)}#${quotationFragment(n)}`,
};

/** The fragment of a logical quotation: n counts from 1, as in src/article/quotations.ts. */
export function quotationFragment(n: number): string {
  return `quote-${n}`;
}
