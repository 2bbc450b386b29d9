import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineScriptHashes, MAX_INLINE_SCRIPTS, siteInlineScriptHashes } from './inline-script-hashes.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('inline script hashes', () => {
  it('hashes the exact text of each script the page runs, white space included', () => {
    const theme = "\n      try { document.documentElement.dataset.theme = 'dark'; } catch (error) {}\n    ";
    const boot = '(function () { var é = 1; })();';
    const html = `<head><script>${theme}</script></head><body><script type="module">${boot}</script></body>`;
    expect(inlineScriptHashes(Buffer.from(html))).toEqual([sha256(theme), sha256(boot)]);
  });

  it('leaves out scripts that load a file and data blocks the browser does not run', () => {
    const html = [
      '<script type="module" crossorigin src="/assets/index.js"></script>',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script type="text/javascript">run()</script>',
    ].join('');
    expect(inlineScriptHashes(Buffer.from(html))).toEqual([sha256('run()')]);
  });

  describe('of a built site', () => {
    let dir: string;
    afterEach(() => rm(dir, { recursive: true, force: true }));

    it('are the distinct scripts of every page, in folders too, sorted', async () => {
      dir = await mkdtemp(join(tmpdir(), 'broadsheet-hashes-'));
      await mkdir(join(dir, 'articles'));
      await writeFile(join(dir, 'index.html'), '<script>a()</script><script>b()</script>');
      await writeFile(join(dir, 'articles', 'one.html'), '<script>a()</script><script>b()</script>');
      await writeFile(join(dir, 'articles', 'two.html'), '<script>a()</script><script>only.here()</script>');
      await writeFile(join(dir, 'notes.txt'), '<script>not.a.page()</script>');
      expect(await siteInlineScriptHashes(dir)).toEqual([sha256('a()'), sha256('b()'), sha256('only.here()')].sort());
    });

    it('remembered between builds, read again only from pages that changed', async () => {
      dir = await mkdtemp(join(tmpdir(), 'broadsheet-hashes-'));
      const cache = join(dir, '.state', 'hashes.json');
      await writeFile(join(dir, 'index.html'), '<script>a()</script>');
      await writeFile(join(dir, 'one.html'), '<script>b()</script>');
      expect(await siteInlineScriptHashes(dir, cache)).toEqual([sha256('a()'), sha256('b()')].sort());
      // A page redrawn with another script: its new hash replaces its old one.
      await writeFile(join(dir, 'one.html'), '<script>c(1)</script>');
      expect(await siteInlineScriptHashes(dir, cache)).toEqual([sha256('a()'), sha256('c(1)')].sort());
      // A page gone: its hash goes.
      await rm(join(dir, 'one.html'));
      expect(await siteInlineScriptHashes(dir, cache)).toEqual([sha256('a()')]);
    });

    it('take the pages a build step drew by what they were drawn from, without listing their folders', async () => {
      dir = await mkdtemp(join(tmpdir(), 'broadsheet-hashes-'));
      const cache = join(dir, '.state', 'hashes.json');
      await mkdir(join(dir, 'articles'));
      await writeFile(join(dir, 'index.html'), '<script>a()</script>');
      await writeFile(join(dir, 'articles', 'one.html'), '<script>b()</script>');
      await writeFile(join(dir, 'articles', 'stray.html'), '<script>not.drawn()</script>');
      const drawn = (stamp: string) => ({ folders: ['articles'], stamps: new Map([['articles/one.html', stamp]]) });
      expect(await siteInlineScriptHashes(dir, cache, [], drawn('v1:10'))).toEqual([sha256('a()'), sha256('b()')].sort());
      // Drawn from the same as before: known without reading the page.
      await writeFile(join(dir, 'articles', 'one.html'), '<script>unread()</script>');
      expect(await siteInlineScriptHashes(dir, cache, [], drawn('v1:10'))).toEqual([sha256('a()'), sha256('b()')].sort());
      // Drawn from something else: read again.
      expect(await siteInlineScriptHashes(dir, cache, [], drawn('v1:11'))).toEqual([sha256('a()'), sha256('unread()')].sort());
    });

    it('stops the build when the pages carry a script each, naming pages', async () => {
      dir = await mkdtemp(join(tmpdir(), 'broadsheet-hashes-'));
      for (let page = 0; page <= MAX_INLINE_SCRIPTS; page++)
        await writeFile(join(dir, `page-${page}.html`), `<script>page(${page})</script>`);
      await expect(siteInlineScriptHashes(dir)).rejects.toThrow(
        /more than 16 different inline scripts in the built pages \(first seen in page-/,
      );
    });
  });
});
