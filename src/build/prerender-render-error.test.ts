import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prerenderPages, type PrerenderReport } from './prerender-pages';
import { prerenderFixture, TEMPLATE, type PrerenderFixture } from './testing/prerender-fixture';

// An article's text that cannot be drawn: React would draw the Suspense boundary's skeleton instead.
vi.mock('../features/articles/article/article-body', () => ({
  ArticleBody: () => {
    throw new Error('the body cannot be drawn');
  },
}));

describe('prerenderPages, when a page fails while it is drawn', () => {
  let fixture: PrerenderFixture;
  let report: PrerenderReport;

  beforeAll(async () => {
    fixture = await prerenderFixture();
    report = await prerenderPages({
      base: '/',
      dataDir: fixture.dataDir,
      outDir: fixture.outDir,
      template: TEMPLATE,
      pages: [{ kind: 'article', id: fixture.site.seed.id }, { kind: 'list' }],
    });
  }, 120_000);
  afterAll(() => fixture.remove());

  it('writes no page rather than a skeleton, says why, and still draws the others', async () => {
    expect(report.failed).toEqual([
      { page: `article ${fixture.site.seed.id}`, reason: 'the page did not draw: the body cannot be drawn', id: fixture.site.seed.id },
    ]);
    await expect(access(join(fixture.outDir, 'articles', `${fixture.site.seed.id}.html`))).rejects.toThrow(/ENOENT/);
    expect(report.written).toBe(1);
    expect(await readFile(join(fixture.outDir, 'index.html'), 'utf8')).toMatch(/<h1[^>]*>Latest articles<\/h1>/);
  });
});
