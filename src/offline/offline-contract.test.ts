import { describe, expect, it } from 'vitest';
import { articleIdOf, articleUrls, isIndexUrl, keepSavedMessage, readKeepSavedMessage } from './offline-contract';

const scope = 'https://news.example/news/';

describe('the URLs the service worker keeps', () => {
  it('gives an article page and data file below the base, and reads the id back from either', () => {
    const { page, data } = articleUrls(scope, 'nato-meets-2024');
    expect(page).toBe('https://news.example/news/articles/nato-meets-2024');
    expect(data).toBe('https://news.example/news/data/articles/nato-meets-2024.json');
    expect(articleIdOf(scope, page)).toEqual({ id: 'nato-meets-2024', kind: 'page' });
    expect(articleIdOf(scope, `${page}.html`)).toEqual({ id: 'nato-meets-2024', kind: 'page' });
    expect(articleIdOf(scope, data)).toEqual({ id: 'nato-meets-2024', kind: 'data' });
  });

  it('knows nothing outside the base, or of paths that are no article', () => {
    expect(articleIdOf(scope, 'https://news.example/articles/a-b')).toBeNull();
    expect(articleIdOf(scope, 'https://news.example/news/articles/Not_An_Id')).toBeNull();
    expect(articleIdOf(scope, 'https://news.example/news/articles/a/b')).toBeNull();
    expect(articleIdOf(scope, 'https://news.example/news/data/index/manifest.json')).toBeNull();
  });

  it('keeps the list index files, but not the search index', () => {
    expect(isIndexUrl(scope, 'https://news.example/news/data/index/cards/3.json')).toBe(true);
    expect(isIndexUrl(scope, 'https://news.example/news/data/index/search/meta.json')).toBe(false);
    expect(isIndexUrl(scope, 'https://news.example/news/data/articles/a.json')).toBe(false);
  });
});

describe('the keep-saved message', () => {
  it('carries article ids only, and is read back only when every id is one', () => {
    expect(keepSavedMessage(['a-1', '../etc', 'b-2'])).toEqual({ type: 'keep-saved', ids: ['a-1', 'b-2'] });
    expect(readKeepSavedMessage({ type: 'keep-saved', ids: ['a-1'] })).toEqual({ type: 'keep-saved', ids: ['a-1'] });
    expect(readKeepSavedMessage({ type: 'keep-saved', ids: ['a-1', '../x'] })).toBeNull();
    expect(readKeepSavedMessage({ type: 'keep-saved', ids: 'a-1' })).toBeNull();
    expect(readKeepSavedMessage({ type: 'SKIP_WAITING' })).toBeNull();
    expect(readKeepSavedMessage(null)).toBeNull();
  });
});
