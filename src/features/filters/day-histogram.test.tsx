import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { articles, setUpComponentTests } from '@/app/testing/component-test-setup';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';

const { site } = setUpComponentTests();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (date: string) => `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
const articlesIn = (month: string) => [...site.articles.values()].filter((article) => article.date.startsWith(month)).length;
const lastDayOf = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
/** The month n months before one written YYYY-MM. */
function monthsBefore(month: string, n: number): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 - n));
  return date.toISOString().slice(0, 7);
}

/** The archive spans years: a bar per month, oldest first. */
function histogram() {
  return screen.findByRole('slider', { name: 'Articles per month' });
}

describe('the histogram', () => {
  it('is a slider named for what it counts, described, starting on the newest month', async () => {
    serveSite(site);
    renderApp('/');
    const slider = await histogram();
    const newest = site.manifest.newest!.slice(0, 7);
    expect(slider).toHaveAccessibleDescription(/arrow keys move, Shift with arrow keys stretches the range, Enter chooses it/);
    expect(slider).toHaveAttribute('aria-valuetext', `${monthName(newest)}: ${articles(articlesIn(newest))}`);
  });

  it('picks a range from the keyboard: arrows move, Shift stretches, Enter chooses, Escape lets go', async () => {
    serveSite(site);
    const { router, user } = renderApp('/');
    const slider = await histogram();
    const newest = site.manifest.newest!.slice(0, 7);
    const oldest = site.manifest.oldest!.slice(0, 7);
    act(() => slider.focus());

    await user.keyboard('{Home}');
    expect(slider).toHaveAttribute('aria-valuetext', `${monthName(oldest)}: ${articles(articlesIn(oldest))}`);
    await user.keyboard('{Escape}{End}{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}');
    const start = monthsBefore(newest, 2);
    const inRange = [0, 1, 2].reduce((sum, back) => sum + articlesIn(monthsBefore(newest, back)), 0);
    expect(slider).toHaveAttribute('aria-valuetext', `${monthName(start)} to ${monthName(newest)}: ${articles(inRange)}`);
    expect(router.state.location.search).toBe('');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe(`?from=${start}-01&to=${lastDayOf(newest)}`));
    expect(await screen.findByText(`${inRange} ${inRange === 1 ? 'article matches' : 'articles match'}`)).toBeInTheDocument();
    // The chosen range is shown in the date fields.
    expect(screen.getByLabelText('From')).toHaveValue(`${start}-01`);
    expect(screen.getByLabelText('To')).toHaveValue(lastDayOf(newest));
    // And the slider, no longer being moved, says the whole chosen range.
    act(() => slider.blur());
    await waitFor(() =>
      expect(slider).toHaveAttribute('aria-valuetext', `${monthName(start)} to ${monthName(newest)}: ${articles(inRange)}`),
    );
  });

  it('picks one month with a click and several by dragging across the bars', async () => {
    serveSite(site);
    const { router, user } = renderApp('/');
    const slider = await histogram();
    const oldest = site.manifest.oldest!.slice(0, 7);
    const bars = Number(slider.getAttribute('aria-valuemax')) + 1;
    // jsdom lays nothing out: one pixel per bar, from the left edge.
    vi.spyOn(slider, 'getBoundingClientRect').mockReturnValue({ left: 0, width: bars, top: 0, height: 40 } as DOMRect);

    await user.pointer([
      { keys: '[MouseLeft>]', target: slider, coords: { clientX: 1.5 } },
      { keys: '[/MouseLeft]', target: slider, coords: { clientX: 1.5 } },
    ]);
    const second = monthsBefore(oldest, -1);
    await waitFor(() => expect(router.state.location.search).toBe(`?from=${second}-01&to=${lastDayOf(second)}`));

    const target = await histogram();
    vi.spyOn(target, 'getBoundingClientRect').mockReturnValue({ left: 0, width: bars, top: 0, height: 40 } as DOMRect);
    await user.pointer([
      { keys: '[MouseLeft>]', target, coords: { clientX: 0.5 } },
      { target, coords: { clientX: 2.5 } },
      { keys: '[/MouseLeft]', target, coords: { clientX: 3.5 } },
    ]);
    const fourth = monthsBefore(oldest, -3);
    await waitFor(() => expect(router.state.location.search).toBe(`?from=${oldest}-01&to=${lastDayOf(fourth)}`));
  });
});
