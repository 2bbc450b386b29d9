/**
 * Builds the site on the sample corpus, serves it with `npm start`'s server on a free port and starts
 * one Chromium (Debian's package) for every e2e test file to connect to.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    browserWSEndpoint: string;
  }
}

/** Its own output folder, so a test run never fights with a `npm run build` of the working copy. */
const DIST_DIR = 'node_modules/.cache/broadsheet-e2e/dist';

export async function setup(project: TestProject) {
  // Worker threads draw the pages, as they do for a large archive (the unit tests draw them in-thread).
  await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', DIST_DIR, '--emptyOutDir'], {
    ...process.env,
    PRERENDER_THREADS: '2',
  });
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, PORT: String(port), DIST_DIR },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await waitForOutput(server, 'being served');
  const browser: BrowserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

  project.provide('baseURL', `http://localhost:${port}`);
  project.provide('browserWSEndpoint', browser.wsEndpoint());

  return async () => {
    await browser.close();
    server.kill();
  };
}

/** Vitest sets NODE_ENV=test; a build must be the production one that people deploy. */
const buildEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...env, NODE_ENV: 'production' });

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: buildEnv(env) });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

export async function waitForOutput(child: ChildProcess, text: string): Promise<void> {
  let seen = '';
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the server exited (${code}) before it was ready: ${seen}`);
  });
  const ready = new Promise<void>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) resolve();
    });
  });
  await Promise.race([ready, exited]);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0);
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
