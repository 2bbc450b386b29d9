import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestedSite } from '../app/testing/ingested-site';
import { prerenderPages, type PrerenderReport } from './prerender-pages';
import { prerenderFixture, TEMPLATE, type PrerenderFixture } from './testing/prerender-fixture';

describe('prerenderPages, on the sample site', () => {
  let fixture: PrerenderFixture;
  let site: IngestedSite;
  let report: PrerenderReport;
  const page = (file: string) => readFile(join(fixture.outDir, file), 'utf8');

  beforeAll(async () => {
    fixture = await prerenderFixture();
    site = fixture.site;
    const { dataDir, outDir } = fixture;
    // A data file that went bad after ingest: its page fails, the others are drawn all the same.
    await writeFile(join(dataDir, 'articles', 'broken-article.json'), '{"id": "broken-article", "blocks": ');
    const articles = [site.seed.id, 'broken-article', ...[...site.articles.keys()].filter((id) => id !== site.seed.id).slice(0, 3)];
    report = await prerenderPages({
      base: '/',
      dataDir,
      outDir,
      template: TEMPLATE,
      pages: [{ kind: 'list' }, ...articles.map((id) => ({ kind: 'article' as const, id }))],
    });
  }, 120_000);
  afterAll(() => fixture.remove());

  it('draws the list into index.html and each article into articles/<id>.html, reporting the one that failed', async () => {
    expect(report.written).toBe(5);
    expect(report.failed).toEqual([{ page: 'article broken-article', reason: expect.stringMatching(/JSON/), id: 'broken-article' }]);
    const list = await page('index.html');
    expect(list).toContain('<div id="root" data-prerendered="/">');
    expect(list).toContain('<title>Broadsheet: the latest articles</title>');
    expect(list).toMatch(/<h1[^>]*>Latest articles<\/h1>/);
  });

  it('draws an article as the reader shows it: its title, sections and quotations, with its description in the head', async () => {
    const html = await page(`articles/${site.seed.id}.html`);
    expect(html).toContain(`<div id="root" data-prerendered="/articles/${site.seed.id}">`);
    expect(html).toMatch(/<h1[^>]*>NATO Secretary-General Jens Stoltenberg said that/);
    expect(html).toMatch(/<h2[^>]*id="focus-on-training-missions"/);
    expect(html.match(/<q id="quote-\d+"/g)).toHaveLength(3);
    expect(html).toContain(`<meta name="description" content="${site.seed.excerpt.slice(0, 60)}`);
    expect(html).toContain(`<meta property="article:published_time" content="${site.seed.date}" />`);
    // The code the boot script starts once the page has painted.
    expect(html).toContain('boot(["/assets/index-A1.js"]);');
  });

  it('draws each page as a fresh browser would: nothing of one page is left in the next', async () => {
    const others = [...site.articles.keys()].filter((id) => id !== site.seed.id).slice(0, 3);
    for (const id of others) {
      const html = await page(`articles/${id}.html`);
      // The title's opening words, up to any character the markup escapes.
      expect(html).toContain(
        site.articles
          .get(id)!
          .title.split(/[&<>"']/)[0]!
          .slice(0, 30),
      );
      expect(html).not.toContain('Jens Stoltenberg said that');
    }
  });
});
