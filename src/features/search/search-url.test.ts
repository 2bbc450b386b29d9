import { describe, expect, it } from 'vitest';
import { searchHref, searchOf, takesSearch } from './search-url';

describe('search URLs', () => {
  it('puts the search first and keeps the list’s filters', () => {
    expect(searchHref('/', '?topic=conflict-war-and-peace&from=2020-01-01', 'ceasefire')).toBe(
      '/?q=ceasefire&topic=conflict-war-and-peace&from=2020-01-01',
    );
    expect(searchHref('/', '?q=cease&topic=politics', 'ceasefire talks')).toBe('/?q=ceasefire+talks&topic=politics');
  });

  it('searches a topic’s landing page in place', () => {
    expect(searchHref('/topics/politics', '', 'Stoltenberg')).toBe('/topics/politics?q=Stoltenberg');
  });

  it('goes to the whole list from an article or the saved page, leaving their state behind', () => {
    expect(searchHref('/articles/000-2109c60526df57ad', '', 'nato')).toBe('/?q=nato');
    expect(searchHref('/saved', '?topic=politics', 'nato')).toBe('/?q=nato');
  });

  it('takes the search away and keeps the filters when the words are cleared', () => {
    expect(searchHref('/', '?q=nato&topic=politics', '  ')).toBe('/?topic=politics');
    expect(searchHref('/', '?q=nato', '')).toBe('/');
  });

  it('reads the search a view shows, and only on views that take one', () => {
    expect(searchOf('/', '?q=%22stand+together%22')).toBe('"stand together"');
    expect(searchOf('/articles/x', '?q=nato')).toBe('');
    expect(takesSearch('/saved')).toBe(false);
  });
});
