import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { matchSentence, setUpComponentTests } from '@/app/testing/component-test-setup';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';

const { site, countOf, qcodeOf } = setUpComponentTests();

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
    expect(
      await screen.findByText('The dates were the wrong way round (2022-12-31 is after 2021-01-01), so they were swapped.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(matchSentence(countOf((article) => article.date >= '2021-01-01' && article.date <= '2022-12-31'))),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe('?from=2022-12-31&to=2021-01-01');
  });
});
