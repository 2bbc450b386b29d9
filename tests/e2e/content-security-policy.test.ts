import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, useBrowser } from './browser';

const SEED = '/articles/000-2109c60526df57ad';

type Violation = { directive: string; blocked: string; sample: string; page: string };

/**
 * Every view under the Content-Security-Policy that `npm start` sends (the build's dist/_headers, from
 * src/server/header-policy.ts): the page must work, and the browser must report no violation, neither as
 * a `securitypolicyviolation` event nor on the console.
 */
describe('the Content-Security-Policy, in Chromium', () => {
  const browser = useBrowser();

  /** A page that records every violation, across navigations, and every CSP complaint on its console. */
  async function watchedPage(): Promise<{ page: Page; violations: Violation[]; consoleErrors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const violations: Violation[] = [];
    const consoleErrors: string[] = [];
    await page.exposeFunction('reportViolation', (violation: Violation) => violations.push(violation));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportViolation: (violation: unknown) => void }).reportViolation;
        report({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample, page: location.href });
      });
    });
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) consoleErrors.push(message.text());
    });
    page.on('worker', (worker) =>
      worker
        .evaluate(() => {
          self.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective}`));
        })
        .catch(() => {}),
    );
    return { page, violations, consoleErrors };
  }

  it('is sent with the pages, and names no other host', async () => {
    const response = await fetch(`${baseURL}/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('lets every view work with no violation', async () => {
    const { page, violations, consoleErrors } = await watchedPage();

    // The list: the inline theme script runs before the first paint (a stored choice applies at once).
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('broadsheet:theme', 'dark'));
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.locator('[data-article-list] article').first().waitFor();

    // A filtered list: its counts come from the columns worker, a module worker from assets/.
    await page.goto('/?topic=politics');
    await page.locator('[data-result-count]').waitFor();
    const filtered = Number(await page.locator('[data-result-count]').getAttribute('data-result-count'));
    expect(filtered).toBeGreaterThan(0);

    await page.goto('/topics/politics');
    await page.getByRole('heading', { level: 1 }).waitFor();

    // An article, opened at a quotation.
    await page.goto(`${SEED}#quote-1`);
    await page.locator('#quote-1').waitFor();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-interactive'))).toBe(true);

    // Saved: save the article first, so the page lists one; its export is a download of a blob: URL.
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Saved' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto('/saved');
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export saved articles' }).click(),
    ]);
    expect(await download.failure()).toBeNull();

    // A search, typed: the search index is fetched and queried.
    await page.goto('/');
    const searchBox = page.locator('header').getByRole('searchbox');
    await searchBox.click();
    await searchBox.pressSequentially('ceasefire', { delay: 40 });
    await page.locator('[data-search-query="ceasefire"]:not([aria-busy="true"]) article').first().waitFor({ timeout: 30_000 });

    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('reports a script the policy does not allow (the check above can fail)', async () => {
    const { page, violations } = await watchedPage();
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations[0]!.directive).toMatch(/^script-src/);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  });
});
