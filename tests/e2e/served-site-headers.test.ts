import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { baseURL } from './browser';

const SEED = '/articles/000-2109c60526df57ad';

/** The inline scripts of a page as served, hashed as a browser checks them against script-src. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) =>
    createHash('sha256').update(match[1]!).digest('base64'),
  );
}

/** The real build, as `npm start` serves it: the headers the build wrote, and no source maps. */
describe('the built site as served', () => {
  it.each(['/', SEED])('allows exactly the inline scripts %s has, and has it revalidated', async (path) => {
    const response = await fetch(`${baseURL}${path}`);
    const html = await response.text();
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const allowed = [...(response.headers.get('content-security-policy') ?? '').matchAll(/'sha256-([^']+)'/g)].map((match) => match[1]);
    const hashes = inlineScriptHashes(html);
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(allowed).toContain(hash);
  });

  it('caches the code for a year and deploys no source map', async () => {
    const html = await (await fetch(`${baseURL}/`)).text();
    const entry = /"(\/assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const code = await fetch(`${baseURL}${entry}`);
    expect(code.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await code.text()).not.toContain('sourceMappingURL');
    expect((await fetch(`${baseURL}${entry}.map`)).status).toBe(404);
  });

  it('revalidates the data', async () => {
    const response = await fetch(`${baseURL}/data/index/manifest.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
