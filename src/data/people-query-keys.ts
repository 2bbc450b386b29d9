/**
 * The people files' query keys (people-query.ts), on their own: the routes ask the cache whether a file is
 * here without taking the fetching and checking code into the entry chunk, which every first view loads.
 */
export const peopleKeys = {
  index: ['people'] as const,
  person: (slug: string) => ['person', slug] as const,
  personPage: (slug: string, page: number) => ['person', slug, page] as const,
  names: (shard: string) => ['people-names', shard] as const,
  month: (month: string) => ['people-month', month] as const,
};
