import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser, useColorScheme } from './browser';

const SEED_ID = '000-2109c60526df57ad';
const SEED = `/articles/${SEED_ID}`;
const JENS = '/people/jens-stoltenberg';

type Inline = { type: 'text'; text: string } | { type: 'quote'; text: string; open: string; close: string };
type SeedArticle = { topics: string[]; blocks: Array<{ type: string; inlines?: Inline[] }> };

const quotationsShown = (page: Page) => page.locator('main ol blockquote');

describe('who said what, in Chromium', () => {
  const browser = useBrowser();

  it('reads the seed’s paragraphs exactly as written, with Jens Stoltenberg beside each quotation, linking to his page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(SEED);
    await page.locator('#quote-3-by').waitFor();
    const article = (await (await page.request.get(`/data/articles/${SEED_ID}.json`)).json()) as SeedArticle;
    const written = article.blocks.flatMap((block) =>
      block.type === 'paragraph'
        ? [block.inlines!.map((inline) => (inline.type === 'text' ? inline.text : `${inline.open}${inline.text}${inline.close}`)).join('')]
        : [],
    );
    const drawn = await page.locator('article p').evaluateAll((paragraphs) => paragraphs.map((p) => (p as HTMLElement).innerText));
    for (const paragraph of written) expect(drawn).toContain(paragraph);
    for (const text of drawn) expect(text).not.toMatch(/—\s*Jens Stoltenberg/);

    for (const n of [1, 2, 3]) {
      expect(await page.locator(`#quote-${n}`).getAttribute('aria-describedby')).toBe(`quote-${n}-by`);
      expect(await page.locator(`#quote-${n}-by`).textContent()).toBe('Quotation by Jens Stoltenberg');
    }
    await page.locator('#quote-2-by').getByRole('link', { name: 'Jens Stoltenberg' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(JENS);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Jens Stoltenberg');
    expect(await quotationsShown(page).count()).toBe(3);

    // Each entry links to its quotation, which the article opens at.
    const links = await page.locator('main ol figcaption a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual([1, 2, 3].map((n) => `${SEED}#quote-${n}`));
    await page.locator(`main ol figcaption a[href="${SEED}#quote-2"]`).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#quote-2');
    const quote = page.locator('#quote-2');
    await expect.poll(() => quote.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(450);
  });

  it('lists the most quoted on /people and finds a name as it is typed', async () => {
    const page = await browser.newPage();
    await page.goto('/people');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Who said what');
    expect(await page.locator('main ol li').count()).toBeGreaterThan(5);
    // One letter reads every name shard it starts (sa, se, st, ...); more read the one of their first two.
    await page.getByLabel('Find a name').fill('s');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=s');
    // Counted from the shards read (the most quoted list before it would also name him).
    await page.getByRole('heading', { level: 2, name: /^\d+ speakers match$/ }).waitFor();
    expect(await page.locator('main ol li').allTextContents()).toContain('Jens Stoltenberg 3 quotations');
    const shardsRead: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/people-names/')) shardsRead.push(request.url().split('/').at(-1)!);
    });
    await page.getByLabel('Find a name').fill('stolt');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=stolt');
    await expect.poll(() => page.locator('main ol li').allTextContents()).toEqual(['Jens Stoltenberg 3 quotations']);
    // Already read with the letter s.
    expect(shardsRead).toEqual([]);
    await page.getByRole('link', { name: 'Jens Stoltenberg' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(JENS);
  });

  it('offers a speaker’s page first when a search names them', async () => {
    const page = await browser.newPage();
    await page.goto('/?q=stoltenberg');
    const offered = page.getByRole('navigation', { name: 'People quoted' }).getByRole('link', { name: 'Jens Stoltenberg' });
    await offered.waitFor();
    // Before the first article found.
    const [speakerTop, firstHitTop] = await Promise.all([
      offered.evaluate((element) => element.getBoundingClientRect().top),
      page
        .locator('[data-search-query] ol li')
        .first()
        .evaluate((element) => element.getBoundingClientRect().top),
    ]);
    expect(speakerTop).toBeLessThan(firstHitTop);
    await offered.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(JENS);
  });

  it('takes the list’s filters on a person’s page as a bookmark', async () => {
    const page = await browser.newPage();
    const article = (await (await page.request.get(`/data/articles/${SEED_ID}.json`)).json()) as SeedArticle;
    const manifest = (await (await page.request.get('/data/index/manifest.json')).json()) as {
      topics: Array<{ qcode: string; slug: string }>;
    };
    const topic = manifest.topics.find((each) => each.qcode === article.topics[0])!.slug;

    await page.goto(`${JENS}?topic=${topic}&from=2020-01-01`);
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /match the filters/ }).textContent())
      .toBe('3 quotations of 3 match the filters');
    await page.goto(`${JENS}?from=2099-01-01`);
    await expect.poll(() => quotationsShown(page).count()).toBe(0);
    await page.goto(`${JENS}?q=taliban`);
    await expect.poll(() => quotationsShown(page).count()).toBe(1);
    await page.goto(`/people?topic=${topic}&from=2020-10-01&to=2020-10-31`);
    await expect.poll(() => page.getByRole('link', { name: 'Jens Stoltenberg' }).count()).toBe(1);
  });

  it('says what it left out of bad parameters, and never shows an error page', async () => {
    const page = await browser.newPage();
    await page.goto(`${JENS}?from=banana&topic=no-such-topic&person=Someone`);
    const notices = page.getByRole('status').filter({ hasText: 'left out' });
    await expect.poll(() => notices.textContent()).toContain('“banana” is not a date');
    expect(await notices.textContent()).toContain('There is no topic “no-such-topic”');
    expect(await notices.textContent()).toContain('person, organisation and place filters were left out');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Jens Stoltenberg');
    expect(await quotationsShown(page).count()).toBe(3);

    await page.goto('/people?to=2020-13-45');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'left out' }).textContent()).toContain('“2020-13-45” is not a date');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Who said what');
  });

  it('answers an unknown person with a not-found page', async () => {
    const page = await browser.newPage();
    await page.goto('/people/nobody-by-this-name');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Person not found');
    expect(await page.getByText('404').count()).toBe(1);
    await page.getByRole('link', { name: 'See everyone quoted' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Who said what');
  });

  it('draws /people and a person’s page into their HTML: they read without JavaScript', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(JENS);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Jens Stoltenberg');
    expect(await quotationsShown(page).count()).toBe(3);
    await page.goto('/people');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Who said what');
    expect(await page.getByRole('link', { name: 'Jens Stoltenberg' }).count()).toBe(1);
  });

  for (const [device, viewport] of [
    ['a wide screen', { width: 1280, height: 900 }],
    ['a phone', { width: 375, height: 740 }],
  ] as const) {
    // Three pages and six axe runs: twice the work of one test, so twice the time.
    it(`is clean for axe on the article, /people and a person’s page, light and dark, on ${device}`, { timeout: 120_000 }, async () => {
      const page = await browser.newPage({ viewport });
      // What must be drawn before axe reads the page: on the article, its last quotation's speaker and the links to
      // the articles before and after it.
      for (const [path, ready] of [
        [SEED, ['#quote-3-by', 'nav[aria-label="Previous and next articles"]']],
        ['/people', ['main ol li']],
        [JENS, ['main ol blockquote']],
      ] as const) {
        await page.goto(path);
        for (const selector of ready) await page.locator(selector).first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} fits`).toBe(true);
        for (const colorScheme of ['light', 'dark'] as const) {
          await useColorScheme(page, colorScheme);
          expect(await axeViolations(page), `${path}, ${colorScheme}`).toEqual([]);
        }
      }
    });
  }
});
