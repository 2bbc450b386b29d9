import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser, useColorScheme } from './browser';

type Manifest = { articleCount: number; topics: Array<{ slug: string; label: string; count: number }> };
type Columns = { dayGaps: number[]; topicSets: number[][]; topicSetOfArticle: number[] };

/** The list's count, as the page states it once it is not busy. */
async function resultCount(page: Page): Promise<number> {
  const list = page.locator('[data-result-count]');
  await list.waitFor({ state: 'attached', timeout: 60_000 });
  await expect.poll(() => list.getAttribute('aria-busy'), { timeout: 10_000 }).not.toBe('true');
  return Number(await list.getAttribute('data-result-count'));
}

/** Articles of a topic (any of them) between two dates, counted straight from the index files. */
async function expectedCount(page: Page, slugs: string[], from: string | null, to: string | null): Promise<number> {
  return page.evaluate(
    async ([slugs, from, to]) => {
      const manifest = (await (await fetch('/data/index/manifest.json')).json()) as Manifest;
      const columns = (await (await fetch('/data/index/columns.json')).json()) as Columns;
      const wanted = new Set(slugs.map((slug) => manifest.topics.findIndex((topic) => topic.slug === slug)));
      const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
      let day = 0;
      let count = 0;
      columns.dayGaps.forEach((gap, ordinal) => {
        day = ordinal === 0 ? gap : day - gap;
        const topics = columns.topicSets[columns.topicSetOfArticle[ordinal]!]!;
        const topicOk = wanted.size === 0 || topics.some((topic) => wanted.has(topic));
        if (topicOk && (!from || day >= dayOf(from)) && (!to || day <= dayOf(to))) count += 1;
      });
      return count;
    },
    [slugs, from, to] as const,
  );
}

describe('filters, in Chromium', () => {
  const browser = useBrowser();

  it('opens a URL with a topic and a date range and lists exactly the matching articles', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/?topic=politics&from=2020-01-01&to=2024-12-31');
    const shown = await resultCount(page);
    expect(shown).toBe(await expectedCount(page, ['politics'], '2020-01-01', '2024-12-31'));
    expect(shown).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('[data-article-list] article').count())
      .toBe(Math.min(shown, await page.locator('[data-article-list] article').count()));
    const dates = await page
      .locator('[data-article-list] article time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    for (const date of dates) expect(date >= '2020-01-01' && date <= '2024-12-31').toBe(true);
    // The controls show the URL's state.
    await expect.poll(() => page.getByRole('checkbox', { name: /^politics/i }).isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('2020-01-01');
  });

  it('changes the URL when a filter changes in the interface, restores it on reload, and walks Back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    const all = await resultCount(page);
    await page.getByRole('checkbox', { name: /^economy, business and finance/i }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?topic=economy-business-and-finance');
    const economy = await expectedCount(page, ['economy-business-and-finance'], null, null);
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(economy);
    expect(economy).toBeLessThan(all);

    await page.getByRole('checkbox', { name: /^politics/i }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('topic')).toEqual(['economy-business-and-finance', 'politics']);
    const either = await expectedCount(page, ['economy-business-and-finance', 'politics'], null, null);
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(either);

    await page.reload();
    expect(await resultCount(page)).toBe(either);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?topic=economy-business-and-finance');
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(economy);
    await page.goForward();
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(either);
  });

  it('picks a date range from a quick range, the month archive and the histogram', async () => {
    // A browser of its own: the clock set below is the whole context's (Playwright's page.clock).
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } }, { freshBrowser: true });
    await page.goto('/');
    await resultCount(page);
    const manifest = await page.evaluate(async () => (await (await fetch('/data/index/manifest.json')).json()) as { newest: string });
    // The quick ranges count from today: on the archive's newest day, "This year" is the newest article's year.
    await page.clock.setFixedTime(new Date(`${manifest.newest}T12:00:00`));
    await page.reload();
    await resultCount(page);
    await page.getByRole('button', { name: /^This year/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new URL(page.url()).searchParams.get('from')).toBe(`${manifest.newest.slice(0, 4)}-01-01`);

    const month = page.getByLabel('Month', { exact: true });
    const option = (await month.locator('option').nth(1).getAttribute('value'))!;
    await month.selectOption(option);
    // A period's option is keyed by its first day: a month's is the 1st of that month.
    expect(option).toMatch(/^\d{4}-\d{2}-01$/);
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(option);

    // The histogram from the keyboard: End is the newest bar, Shift+Left stretches the range by one, Enter picks it.
    const histogram = page.getByRole('slider', { name: /Articles per/ });
    await histogram.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Enter');
    const newestMonth = manifest.newest.slice(0, 7);
    await expect.poll(() => new URL(page.url()).searchParams.get('from')! < `${newestMonth}-01`).toBe(true);
    expect(new URL(page.url()).searchParams.get('to')?.slice(0, 7)).toBe(newestMonth);

    // And by dragging across it with the mouse.
    const box = (await histogram.boundingBox())!;
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const oldest = await page.evaluate(async () => (await (await fetch('/data/index/manifest.json')).json()) as { oldest: string });
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(`${oldest.oldest.slice(0, 7)}-01`);
  });

  it('serves /topics/<slug> as the topic’s own list, under its name', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/topics/politics');
    await page.getByRole('heading', { level: 1, name: 'Politics' }).waitFor();
    expect(await resultCount(page)).toBe(await expectedCount(page, ['politics'], null, null));
    await page.goto('/topics/no-such-topic');
    await page.getByRole('heading', { level: 1, name: /not found/i }).waitFor({ timeout: 60_000 });
  });

  it('ignores invalid values with a visible notice, and offers to clear filters that match nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/?from=banana&topic=no-such-topic&person=Nobody%20Atall');
    const status = page.getByRole('status').filter({ hasText: 'banana' });
    await expect.poll(() => status.textContent()).toMatch(/“banana” is not a date/);
    expect(await status.textContent()).toMatch(/no topic “no-such-topic”/);
    expect(await status.textContent()).toMatch(/No article mentions the person “Nobody Atall”/);
    const all = await page.evaluate(async () => ((await (await fetch('/data/index/manifest.json')).json()) as Manifest).articleCount);
    expect(await resultCount(page)).toBe(all);

    await page.goto('/?topic=politics&from=2000-01-01&to=2000-01-31');
    expect(await resultCount(page)).toBe(0);
    await page.getByText('No articles match these filters.').waitFor();
    await page.getByRole('link', { name: 'Clear the filters' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(all);
  });

  it('filters by a person from the directory', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    const people = page.getByRole('group', { name: 'People' });
    const first = people.getByRole('checkbox').first();
    const name = (await first.locator('xpath=..').locator('span').first().textContent())!;
    await first.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('person')).toBe(name);
    const directory = await page.evaluate(
      async () => (await (await fetch('/data/index/entities/people.json')).json()) as { entries: Array<[string, number]> },
    );
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(directory.entries.find(([each]) => each === name)![1]);
  });

  it('folds the filters behind a button on a phone, and is axe clean with them open', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto('/?topic=politics');
    await resultCount(page);
    const toggle = page.getByRole('button', { name: /^Filters/ });
    expect(await page.getByRole('group', { name: 'Topics' }).isVisible()).toBe(false);
    await toggle.click();
    await page.getByRole('group', { name: 'Topics' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens the filters as a sheet on a phone, whose Show N articles follows each change and closes it', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto('/');
    const total = await resultCount(page);
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await toggle.click();
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await sheet.waitFor();
    const show = sheet.getByRole('button', { name: /^Show \d+ articles?$/ });
    expect(await show.textContent()).toBe(`Show ${total.toLocaleString('en-GB')} articles`);
    // Modal: the page behind is inert, and focus starts on the first filter inside the sheet.
    expect(await page.evaluate(() => document.querySelector('dialog')!.contains(document.activeElement))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // A topic ticked in the sheet: the list behind and the sheet's button both follow.
    const topic = sheet.getByRole('group', { name: 'Topics' }).getByRole('checkbox').first();
    await topic.check();
    await page.waitForURL((url) => url.searchParams.getAll('topic').length === 1);
    const narrowed = await resultCount(page);
    expect(narrowed).toBeLessThan(total);
    await expect.poll(() => show.textContent()).toBe(narrowed === 1 ? 'Show 1 article' : `Show ${narrowed} articles`);
    expect(await sheet.isVisible()).toBe(true);
    // The "Show N articles" button stays in view at the sheet's foot, the filters scrolling above it.
    const box = (await show.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);

    await show.click();
    await sheet.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-filters-toggle'))).toBe(true);
    expect(await toggle.textContent()).toBe('Filters (1 chosen)');

    // Escape closes it too, and focus goes back to the button.
    await toggle.click();
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-filters-toggle'))).toBe(true);
    expect(await resultCount(page)).toBe(narrowed);
  });

  it('is axe clean on a wide screen with the filter column, in both themes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/?topic=economy-business-and-finance&from=2020-01-01');
    await resultCount(page);
    await page.getByRole('group', { name: 'Topics' }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await useColorScheme(page, colorScheme);
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
});
