import type { Article, Inline } from '@/article/article-schema';

/** A small valid article with fictional people, for builder and quotation tests. */
export function articleFixture(id: string, paragraphs: Inline[][], overrides: Partial<Article> = {}): Article {
  return {
    id,
    date: '2021-03-04',
    title: `Article ${id}`,
    titleSource: 'headline',
    source: `${id}.txt`,
    blocks: paragraphs.map((inlines) => ({ type: 'paragraph', inlines })),
    topics: [],
    topicScores: {},
    entities: { people: [], organisations: [], places: [] },
    removed: [],
    metadata: {},
    excerpt: '',
    wordCount: 0,
    readingMinutes: 1,
    ...overrides,
  };
}

export const text = (value: string): Inline => ({ type: 'text', text: value });

export const quote = (value: string, speaker: string | null, continued = false): Inline => ({
  type: 'quote',
  text: value,
  speaker,
  open: '“',
  close: '”',
  continued,
});
