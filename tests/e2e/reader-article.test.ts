import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from './browser';

const SEED = '/articles/000-2109c60526df57ad';

describe('an article, in Chromium', () => {
  const browser = useBrowser();

  it('shows the seed with its title, its section and three calmly marked quotations by Jens Stoltenberg', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(SEED);
    const title = page.getByRole('heading', { level: 1 });
    await expect.poll(() => title.textContent()).toMatch(/^NATO Secretary-General Jens Stoltenberg/);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Focus on training missions' }).getAttribute('id')).toBe(
      'focus-on-training-missions',
    );

    const quotations = await page.locator('article q[id^="quote-"]').evaluateAll((elements) =>
      elements.map((q) => {
        const style = getComputedStyle(q);
        return {
          id: q.id,
          background: style.backgroundColor,
          underline: style.textDecorationLine,
          weight: style.fontWeight,
          marksAdded: getComputedStyle(q, '::before').content,
          speaker: document.getElementById(q.getAttribute('aria-describedby') ?? '')?.textContent ?? null,
        };
      }),
    );
    expect(quotations.map((quotation) => quotation.id)).toEqual(['quote-1', 'quote-2', 'quote-3']);
    for (const quotation of quotations) {
      // Calm: a tint, no underline, no bold.
      expect(quotation.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(quotation.underline).toBe('none');
      expect(quotation.weight).toBe('400');
      expect(['none', 'normal']).toContain(quotation.marksAdded);
      expect(quotation.speaker).toBe('Quotation by Jens Stoltenberg');
    }
    expect(await page.locator('#quote-2').textContent()).toMatch(/^“The Taliban must live up to their commitments.*in good faith,”$/);
  });

  it('names the speaker in the margin level with the quotation on a wide screen, after the paragraph on a phone', async () => {
    const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await wide.goto(SEED);
    await wide.locator('#quote-1-by').waitFor();
    for (const n of [1, 2, 3]) {
      const quote = await wide.locator(`#quote-${n}`).boundingBox();
      const note = await wide.locator(`#quote-${n}-by`).boundingBox();
      const text = await wide.locator(`#quote-${n}`).evaluate((q) => q.closest('p')!.getBoundingClientRect().right);
      expect(note!.x).toBeGreaterThan(text);
      expect(Math.abs(note!.y - quote!.y)).toBeLessThan(8);
    }

    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await phone.goto(SEED);
    await phone.locator('#quote-1-by').waitFor();
    const paragraph = await phone.locator('#quote-1').evaluate((q) => q.closest('p')!.getBoundingClientRect());
    const note = await phone.locator('#quote-1-by').boundingBox();
    expect(note!.y).toBeGreaterThanOrEqual(paragraph.bottom - 1);
    expect(note!.x + note!.width).toBeLessThanOrEqual(375);
    expect(await phone.locator('#quote-1-by').getByRole('link').textContent()).toBe('Jens Stoltenberg');
  });

  it('stands a second note on the same line under the first, never over it', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    // Its second and third quotations open on one line, each by its own speaker.
    await page.goto('/articles/2020-03-09-halvard-telescope-planet');
    await page.locator('#quote-3-by').waitFor();
    const notes = await page.locator('[id^="quote-"][id$="-by"]').evaluateAll((elements) =>
      elements.map((note) => {
        const quote = document.getElementById(note.id.replace(/-by$/, ''))!.getBoundingClientRect();
        const box = note.getBoundingClientRect();
        return { top: box.top, bottom: box.bottom, quoteTop: quote.top };
      }),
    );
    expect(notes[2]!.quoteTop).toBe(notes[1]!.quoteTop);
    for (let at = 1; at < notes.length; at += 1) expect(notes[at]!.top).toBeGreaterThanOrEqual(notes[at - 1]!.bottom);
    expect(Math.abs(notes[1]!.top - notes[1]!.quoteTop)).toBeLessThan(8);
  });

  it('follows a section link, and the section’s URL opens there again after a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    await page.goto(SEED);
    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Focus on training missions' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#focus-on-training-missions');
    const heading = page.getByRole('heading', { level: 2, name: 'Focus on training missions' });
    await expect.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(60);
    await expect
      .poll(() => page.getByRole('link', { name: 'Focus on training missions', exact: true }).getAttribute('aria-current'))
      .toBe('location');

    await page.reload();
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(60);
  });

  it('opens a deep link to a quotation at the quotation', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${SEED}#quote-3`);
    const quote = page.locator('#quote-3');
    await quote.waitFor();
    await expect.poll(() => quote.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(200);
    expect(await quote.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  });

  it('shows a not-found page with a way back for an unknown id', async () => {
    const page = await browser.newPage();
    await page.goto('/articles/no-such-article');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Article not found');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Go to the latest articles' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Latest articles');
  });

  it('shows a not-found page for an unknown path', async () => {
    const page = await browser.newPage();
    await page.goto('/no/such/page');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
  });

  // The article on a phone, in the light and dark themes, for axe: people-pages.test.ts (with /people and a speaker's page).

  it('fits a 320 px phone without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of [SEED, '/']) {
      await page.goto(path);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
  });

  it('prints the article with a line of site, address and date, no navigation or buttons, and quotations as quotations', async () => {
    const page = await browser.newPage();
    await page.goto(SEED);
    await page.locator('#quote-1').waitFor();
    await page.getByRole('navigation', { name: 'Previous and next articles' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('body > #root > header').isVisible()).toBe(false);
    expect(await page.locator('nav').count()).toBeGreaterThan(1);
    for (const nav of await page.locator('nav').all()) expect(await nav.isVisible()).toBe(false);
    for (const button of await page.locator('button').all()) expect(await button.isVisible()).toBe(false);
    // A quotation prints as one (its quotation marks and a light tint), not underlined like a link.
    expect(await page.locator('#quote-1').evaluate((q) => getComputedStyle(q).textDecorationLine)).toBe('none');
    expect(await page.locator('#quote-1').textContent()).toMatch(/^[“‘"]/);
    // A line says where the copy came from: the site, the article's address and its date.
    const printLine = page.locator('[data-print="only"]');
    expect(await printLine.isVisible()).toBe(true);
    const date = await page.locator('header time').first().textContent();
    expect(await printLine.textContent()).toBe(`Broadsheet · ${new URL(SEED, page.url()).href} · ${date}`);
    await page.emulateMedia({ media: 'screen' });
    expect(await printLine.isVisible()).toBe(false);
    expect(await page.locator('#quote-1-by').getByRole('link', { name: 'Jens Stoltenberg' }).isVisible()).toBe(true);
  });
});
