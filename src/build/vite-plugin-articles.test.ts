import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articlesPlugin } from './vite-plugin-articles';

/** Each build's ingest starts Node with tsx and the NLP library: seconds on a busy machine. */
const INGEST_TIMEOUT = 120_000;

describe('the build’s ingest, when ingest rejects files', () => {
  let root: string;
  const logged: { info: string[]; warn: string[] } = { info: [], warn: [] };

  /**
   * The plugin's part of the bundle step, as `vite build` runs it: buildStart sets ingest off, buildEnd
   * waits for it (a failure there fails the build before anything is written). A logger records what it says.
   */
  async function bundleStep(): Promise<void> {
    const plugin = articlesPlugin({ articlesDir: join(root, 'articles'), dataDir: join(root, 'data') });
    const logger = { info: (line: string) => logged.info.push(line), warn: (line: string) => logged.warn.push(line) };
    (plugin.configResolved as (config: ResolvedConfig) => void)({
      command: 'build',
      root: resolve('.'),
      logger,
    } as unknown as ResolvedConfig);
    (plugin.buildStart as () => void).call({});
    await (plugin.buildEnd as (error?: Error) => Promise<void>).call({});
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'broadsheet-articles-plugin-test-'));
    const articles = join(root, 'articles');
    await mkdir(articles);
    await copyFile('content/000_2109c60526df57ad.txt', join(articles, 'seed.txt'));
    await writeFile(join(articles, 'undated.txt'), 'An article without its date line.\n');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(root, { recursive: true, force: true });
  });

  it(
    'fails the build, naming each rejected file with its reason and the setting that allows them',
    async () => {
      vi.stubEnv('ALLOW_REJECTED', '');
      const failure = await bundleStep().then(
        () => null,
        (error: Error) => error.message,
      );
      expect(failure).toMatch(/^ingest rejected 1 files:\n {2}undated\.txt: no " date YYYY-MM-DD" prefix/);
      expect(failure).toContain('ALLOW_REJECTED=1');
      expect(logged.info.some((line) => /ingest: read 2 files, wrote 1 articles/.test(line))).toBe(true);
    },
    INGEST_TIMEOUT,
  );

  it(
    'with ALLOW_REJECTED=1, builds and lists the rejected files as a warning',
    async () => {
      vi.stubEnv('ALLOW_REJECTED', '1');
      await bundleStep();
      expect(logged.warn).toEqual([
        expect.stringMatching(/^ingest rejected 1 files, left out of the site \(ALLOW_REJECTED=1\):\n {2}undated\.txt: /),
      ]);
    },
    INGEST_TIMEOUT,
  );
});
