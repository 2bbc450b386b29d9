import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { freePort, run, waitForOutput } from './global-setup';

/** The documented sub-path deployment: BASE_PATH=/news/ at build time, the site served under /news/. */
describe('a site built for a sub-path', () => {
  const browser = useBrowser();
  const distDir = 'node_modules/.cache/broadsheet-e2e/dist-sub-path';
  let server: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    const env = { ...process.env, BASE_PATH: '/news/' };
    await run(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'],
      env,
    );
    const port = await freePort();
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
      env: { ...env, PORT: String(port), DIST_DIR: distDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await waitForOutput(server, 'being served');
    origin = `http://localhost:${port}`;
  }, 180_000);
  afterAll(() => {
    server?.kill();
  });

  it('serves the list and a deep-linked article under the sub-path, with every request under it', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));

    await page.goto(`${origin}/news/articles/000-2109c60526df57ad#focus-on-training-missions`);
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/^NATO Secretary-General Jens Stoltenberg/);
    expect(await page.locator('h2#focus-on-training-missions').count()).toBe(1);

    await page.getByRole('link', { name: 'Broadsheet' }).first().click();
    await expect.poll(() => page.url()).toBe(`${origin}/news/`);
    await expect.poll(() => page.locator('main article').count()).toBeGreaterThan(0);
    expect(requests.filter((path) => !path.startsWith('/news/'))).toEqual([]);
  });
});
