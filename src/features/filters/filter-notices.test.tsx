import { configure, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../article/article-schema';
import { ingestedSite, type IngestedSite } from '../../app/testing/ingested-site';
import { renderApp } from '../../app/testing/render-app';
import { serveSite } from '../../app/testing/serve-site';

vi.setConfig({ testTimeout: 60_000 });
// The filters' code loads lazily, as in the browser: on a busy two-core machine the first view of a file can take long.
configure({ asyncUtilTimeout: 15_000 });
let site: IngestedSite;
beforeAll(async () => {
  site = await ingestedSite();
}, 120_000);
afterEach(() => vi.unstubAllGlobals());

const qcodeOf = (slug: string) => site.manifest.topics.find((topic) => topic.slug === slug)!.qcode;
const countOf = (test: (article: Article) => boolean) => [...site.articles.values()].filter(test).length;
const matchSentence = (count: number) => (count === 1 ? '1 article matches' : `${count} articles match`);

describe('invalid filter values', () => {
  it('are left out with a notice, never a crash: an unknown topic, dates that are not dates', async () => {
    serveSite(site);
    renderApp('/?topic=no-such-topic&topic=politics&from=banana&to=2020-13-45');
    const notices = await screen.findByText(/There is no topic “no-such-topic”, so it was left out\./);
    const region = notices.closest('[role="status"]') as HTMLElement;
    expect(region).toHaveTextContent('“banana” is not a date written YYYY-MM-DD, so the “from” date was left out.');
    expect(region).toHaveTextContent('“2020-13-45” is not a date written YYYY-MM-DD, so the “to” date was left out.');
    expect(await screen.findByText(matchSentence(countOf((article) => article.topics.includes(qcodeOf('politics')))))).toBeInTheDocument();
  });

  it('swap dates given the wrong way round, and say so', async () => {
    serveSite(site);
    const { router } = renderApp('/?from=2022-12-31&to=2021-01-01');
    expect(await screen.findByText('The dates were the wrong way round (2022-12-31 is after 2021-01-01), so they were swapped.')).toBeInTheDocument();
    expect(await screen.findByText(matchSentence(countOf((article) => article.date >= '2021-01-01' && article.date <= '2022-12-31')))).toBeInTheDocument();
    expect(router.state.location.search).toBe('?from=2022-12-31&to=2021-01-01');
  });
});
