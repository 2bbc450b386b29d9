/** What a missing page or article is, so the not-found page can say what was missing. */
export type NotFoundDetail = { missing: 'page' } | { missing: 'article'; id: string } | { missing: 'person'; slug: string };

/** Thrown while a route's data loads: the route's error boundary renders the not-found page for it. */
export class NotFound extends Error {
  constructor(readonly detail: NotFoundDetail) {
    super(
      detail.missing === 'article'
        ? `No article ${detail.id}`
        : detail.missing === 'person'
          ? `Nobody quoted as ${detail.slug}`
          : 'No such page',
    );
    this.name = 'NotFound';
  }
}
