import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/article/article-schema';
import { matchSentence, setUpComponentTests } from '@/app/testing/component-test-setup';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';

const { site, countOf, qcodeOf } = setUpComponentTests();

const between = (from: string, to: string) => (article: Article) => article.date >= from && article.date <= to;

describe('the date filter', () => {
  it('says when the archive has nothing as recent as a quick range, and offers its newest week', async () => {
    const newest = site.manifest.newest!;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2031, 5, 15, 9, 30));
    serveSite(site);
    const { router, user } = renderApp('/');
    const ranges = await screen.findByRole('list', { name: 'Quick ranges' });
    await user.click(within(ranges).getByRole('button', { name: 'Last 7 days' }));
    await waitFor(() => expect(router.state.location.search).toBe('?from=2031-06-09&to=2031-06-15'));
    const notice = await screen.findByText(/Nothing in the archive is that recent/);
    expect(notice).toHaveTextContent(/^Nothing in the archive is that recent \(Last 7 days\): its newest article is from .+\.$/);
    await user.click(screen.getByRole('button', { name: 'Show the archive’s newest week' }));
    const weekBefore = new Date(Date.parse(newest) - 6 * 86_400_000).toISOString().slice(0, 10);
    await waitFor(() => expect(router.state.location.search).toBe(`?from=${weekBefore}&to=${newest}`));
    expect(await screen.findByText(matchSentence(countOf(between(weekBefore, newest))))).toBeInTheDocument();
    expect(screen.queryByText(/Nothing in the archive is that recent/)).not.toBeInTheDocument();
  });

  it('filters from and to the dates typed, both inclusive, and shows them', async () => {
    const [from, to] = ['2021-04-19', '2022-09-08'];
    serveSite(site);
    const { router, user } = renderApp('/');
    const dates = await screen.findByRole('group', { name: 'Dates' });
    const fromField = within(dates).getByLabelText('From');
    expect(fromField).toHaveAttribute('min', site.manifest.oldest);
    expect(fromField).toHaveAttribute('max', site.manifest.newest);

    await user.type(fromField, from);
    await waitFor(() => expect(router.state.location.search).toBe(`?from=${from}`));
    expect(await screen.findByText(matchSentence(countOf((article) => article.date >= from)))).toBeInTheDocument();

    await user.type(within(screen.getByRole('group', { name: 'Dates' })).getByLabelText('To'), to);
    await waitFor(() => expect(router.state.location.search).toBe(`?from=${from}&to=${to}`));
    expect(await screen.findByText(matchSentence(countOf(between(from, to))))).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Dates' })).getByLabelText('From')).toHaveValue(from);
    expect(within(screen.getByRole('group', { name: 'Dates' })).getByLabelText('To')).toHaveValue(to);
  });

  afterEach(() => void vi.useRealTimers());

  it('offers quick ranges counted back from today, and Any date', async () => {
    // Today is the archive's newest day here, so the ranges find its articles.
    const newest = site.manifest.newest!;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${newest}T12:00:00`));
    const year = newest.slice(0, 4);
    serveSite(site);
    const { router, user } = renderApp('/');
    const ranges = await screen.findByRole('list', { name: 'Quick ranges' });
    for (const name of ['Last 7 days', 'Last 30 days', 'Last 12 months', `This year (${year})`, `Last year (${Number(year) - 1})`]) {
      expect(within(ranges).getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
    }

    await user.click(within(ranges).getByRole('button', { name: `This year (${year})` }));
    await waitFor(() => expect(router.state.location.search).toBe(`?from=${year}-01-01&to=${newest}`));
    expect(await screen.findByText(matchSentence(countOf(between(`${year}-01-01`, newest))))).toBeInTheDocument();
    const pressed = within(screen.getByRole('list', { name: 'Quick ranges' }));
    expect(pressed.getByRole('button', { name: `This year (${year})` })).toHaveAttribute('aria-pressed', 'true');

    await user.click(pressed.getByRole('button', { name: 'Any date' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(within(screen.getByRole('list', { name: 'Quick ranges' })).queryByRole('button', { name: 'Any date' })).toBeNull();
  });

  it('picks a whole month from the archive, with counts under the other filters', async () => {
    const onPolitics = [...site.articles.values()].filter((article) => article.topics.includes(qcodeOf('politics')));
    const month = onPolitics
      .map((article) => article.date.slice(0, 7))
      .sort()
      .at(-1)!;
    const inMonth = onPolitics.filter((article) => article.date.startsWith(month)).length;
    const [year, monthNumber] = month.split('-').map(Number) as [number, number];
    const label = `${new Date(Date.UTC(year, monthNumber - 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`;
    const lastDay = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);

    serveSite(site);
    const { router, user } = renderApp('/?topic=politics');
    const select = await screen.findByRole('combobox', { name: 'Month' });
    // Only months with a politics article are offered, newest first, each with its count.
    const options = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options[0]).toBe('Choose a month');
    expect(options[1]).toBe(`${label} (${inMonth})`);
    expect(options).toHaveLength(1 + new Set(onPolitics.map((article) => article.date.slice(0, 7))).size);

    await user.selectOptions(select, `${label} (${inMonth})`);
    await waitFor(() => expect(router.state.location.search).toBe(`?topic=politics&from=${month}-01&to=${lastDay}`));
    expect(await screen.findByText(matchSentence(inMonth))).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Month' })).toHaveDisplayValue(`${label} (${inMonth})`);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Month' }), 'Any month');
    await waitFor(() => expect(router.state.location.search).toBe('?topic=politics'));
  });
});
