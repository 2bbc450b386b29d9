/**
 * The e2e files' test environment: Vitest's `node` environment, and at the end of a worker's last file
 * the worker's connection to the shared Chromium is closed (browser.ts keeps one per worker, for all the
 * files the worker runs).
 *
 * Why here: an environment is set up when Vitest starts a worker and torn down when it stops it (after
 * the worker's last file), where a setup file's hooks run once per file. A connection left open keeps
 * the worker's process alive after Vitest has told it to stop, and then Vitest kills it.
 */
import { builtinEnvironments, type Environment } from 'vitest/runtime';

/** Where browser.ts leaves the function that closes its worker's connection (its module and this one do not share imports). */
export const CLOSE_WORKER_BROWSER = Symbol.for('broadsheet.e2e.closeWorkerBrowser');

type WithCloser = typeof globalThis & { [CLOSE_WORKER_BROWSER]?: () => Promise<void> };

const { node } = builtinEnvironments;

export default {
  name: 'e2e',
  viteEnvironment: node.viteEnvironment,
  async setup(global, options) {
    const environment = await node.setup(global, options);
    return {
      async teardown(global: WithCloser) {
        await global[CLOSE_WORKER_BROWSER]?.();
        delete global[CLOSE_WORKER_BROWSER];
        await environment.teardown(global);
      },
    };
  },
} satisfies Environment;
