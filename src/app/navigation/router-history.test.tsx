import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { matchSentence, setUpComponentTests } from '@/app/testing/component-test-setup';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';
import { resultsFor } from '@/features/search/testing/results-region';
import { searchableSite } from '@/search/testing/searchable-site';

const { site, countOf, qcodeOf } = setUpComponentTests();

/** Every value the list's aria-busy takes from now on. */
function watchBusy(): string[] {
  const section = document.querySelector('[data-article-list]')!;
  const seen: string[] = [];
  new MutationObserver(() => seen.push(section.getAttribute('aria-busy') ?? '')).observe(section, {
    attributes: true,
    attributeFilter: ['aria-busy'],
  });
  return seen;
}

describe('moves between addresses of the list', () => {
  it('draws a filter change at once, never busy, once the filters’ files are here; a new search waits in a transition', async () => {
    // With its search index: the test ends on a search.
    serveSite(await searchableSite(site));
    const { router } = renderApp('/?topic=politics');
    const onPolitics = countOf((article) => article.topics.includes(qcodeOf('politics')));
    expect(await screen.findByText(matchSentence(onPolitics))).toBeInTheDocument();

    const busy = watchBusy();
    const onEconomy = countOf((article) => article.topics.includes(qcodeOf('economy-business-and-finance')));
    await router.navigate('/?topic=economy-business-and-finance');
    expect(await screen.findByText(matchSentence(onEconomy))).toBeInTheDocument();
    await router.navigate(-1);
    expect(await screen.findByText(matchSentence(onPolitics))).toBeInTheDocument();
    expect(busy).toEqual([]);

    // The search results' code and index load first: meanwhile the list stays, marked busy.
    await router.navigate('/?topic=politics&q=minister');
    await waitFor(() => expect(busy).toContain('true'));
    const results = await resultsFor('minister');
    expect(within(results).getByRole('status')).toHaveTextContent(/match(es)? “minister”/);
  });
});
