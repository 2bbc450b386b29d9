import { describe, expect, it } from 'vitest';
import { articleIdFromSource } from './article-id';
import { articleId } from '../article/article-schema';

describe('articleIdFromSource', () => {
  it('slugifies the path without its extension', () => {
    expect(articleIdFromSource('world/000_2109c60526df57ad.txt')).toBe('world-000-2109c60526df57ad');
    expect(articleIdFromSource('café crème.json')).toBe('cafe-creme');
    expect(articleIdFromSource('Русский текст.txt')).toBe('russkiy-tekst');
  });

  it("transliterates scripts and emoji the slugifier would drop, so such names no longer share their folder's id", () => {
    const ids = ['news/北京.txt', 'news/東京.txt', 'news/한국어.txt', 'news/हिन्दी.txt', 'news/😀.txt', 'news/🎉.txt'].map(
      articleIdFromSource,
    );
    expect(ids).toEqual(['news-beijing', 'news-dongjing', 'news-hangugeo', 'news-hindi', 'news-grinning', 'news-tada']);
  });

  it('falls back to a short stable hash of the path when nothing readable is left, or the id is cut short', () => {
    const blank = articleIdFromSource('news/\u200b.txt');
    expect(blank).toMatch(/^news-[0-9a-f]{8}$/);
    expect(articleIdFromSource('news/\u200b.txt')).toBe(blank);
    expect(articleIdFromSource('\u200b\u200b.txt')).toMatch(/^[0-9a-f]{8}$/);
    const long = (tail: string) => articleIdFromSource(`${'long-name-'.repeat(20)}${tail}.txt`);
    expect(long('a')).not.toBe(long('b'));
    expect(long('a').length).toBeLessThanOrEqual(120);
  });

  it('always gives an id the article format accepts', () => {
    for (const source of ['北京.txt', '😀🎉.txt', '\u200b.txt', '---.txt', 'a/b/c.json', `${'é'.repeat(300)}.txt`]) {
      expect(articleId.safeParse(articleIdFromSource(source)).success).toBe(true);
    }
  });
});
