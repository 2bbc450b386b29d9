// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createAppBrowserHistory } from './app-history';

/** What a page load starts with: an entry without state (a typed address, a bookmark, a link from elsewhere). */
const loadPage = (url: string) => window.history.replaceState(null, '', url);

describe('the address bar history', () => {
  it('gives the entry a page was loaded at a key of its own, which a reload keeps', () => {
    loadPage('/');
    const first = createAppBrowserHistory().location.key;
    expect(first).not.toBe('default');
    expect(createAppBrowserHistory().location.key).toBe(first);

    loadPage('/topics/politics');
    expect(createAppBrowserHistory().location.key).not.toBe(first);
  });

  it('keeps the state react-router gave the entry', () => {
    window.history.replaceState({ usr: { keepScroll: true }, key: 'abc', idx: 3 }, '', '/?topic=politics');
    const history = createAppBrowserHistory();
    expect(history.location).toMatchObject({ key: 'abc', state: { keepScroll: true }, search: '?topic=politics' });
  });

  it('tells every listener of a navigation, in the order they listened', () => {
    loadPage('/');
    const history = createAppBrowserHistory();
    const heard: string[] = [];
    history.listen(({ location }) => heard.push(`a ${location.pathname}`));
    const stop = history.listen(({ location }) => heard.push(`b ${location.pathname}`));
    history.push('/saved');
    stop();
    history.push('/');
    expect(heard).toEqual(['a /saved', 'b /saved', 'a /']);
  });
});
