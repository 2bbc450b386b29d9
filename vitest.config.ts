import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { missingChromium } from './tests/e2e/chromium-options.ts';
import { MissingBrowserReporter } from './tests/setup/missing-browser-reporter.ts';
import { InterleavedSequencer } from './tests/setup/interleaved-sequencer.ts';

const UNIT_FILES = ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'];
/** Unit files that replace a module with vi.mock: run with modules of their own (below). */
const MOCKING_FILES = ['src/build/prerender-render-error.test.ts'];

/** Without a browser the e2e files are left out, the rest still runs, and the run fails saying why. */
const noBrowser = missingChromium();

/**
 * Three projects, one command (npm test):
 * - unit (and unit-mocking, the few files that replace a module): ingest and logic, in Node;
 * - components: views through the real router and providers, in jsdom with Testing Library;
 * - e2e: the built site served by `npm start`, driven in Debian's Chromium by playwright-core.
 * Unit and component files run in parallel, a worker per core (Vitest's default leaves one core idle, which
 * on a two-core machine means one file at a time), while the e2e sites are built in the background
 * (tests/e2e/global-setup.ts); the e2e files then run, a worker per core too, all against the same servers
 * and the same Chromium, each test in new tabs whose storage is cleared (tests/e2e/browser.ts).
 */
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@/': fileURLToPath(new URL('./src/', import.meta.url)) } },
  test: {
    maxWorkers: Math.max(2, availableParallelism()),
    // Unit and component files in turns, the busy unit files first (tests/setup/interleaved-sequencer.ts).
    sequence: { sequencer: InterleavedSequencer },
    reporters: noBrowser ? ['default', new MissingBrowserReporter(noBrowser)] : ['default'],
    projects: [
      {
        extends: true,
        // A worker keeps the modules it loaded from one file to the next (Vitest's isolate: false): the unit
        // files load much the same modules, and loading them afresh for each was a third of their CPU time.
        test: {
          name: 'unit',
          environment: 'node',
          include: UNIT_FILES,
          exclude: [...configDefaults.exclude, ...MOCKING_FILES],
          isolate: false,
        },
      },
      {
        extends: true,
        // A file that replaces a module (vi.mock) gets modules of its own: a shared one may already be loaded.
        test: { name: 'unit-mocking', environment: 'node', include: MOCKING_FILES },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['tests/setup/components.ts'],
          // As the unit files, and more so: a worker process of its own for each file, with React, jsdom and
          // Testing Library loaded again, was two thirds of these files' CPU. The setup file gives each file
          // fresh modules of the reader's own, empty storage and a blank document.
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: noBrowser ? [] : ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          // expect.poll gives up after 1 s by default: on two busy cores an article's data and code can take longer.
          expect: { poll: { timeout: 10_000 } },
          // A file's first hook waits for its site, which may still be building (from scratch: minutes).
          hookTimeout: 300_000,
          // After the unit and component files, which run while the sites build.
          sequence: { groupOrder: 1 },
          // Each file loading playwright-core and the helpers afresh cost about 1.7 s of a worker's CPU.
          isolate: false,
          maxWorkers: Math.max(2, availableParallelism()),
          // One more try for a browser test that fails, as Playwright's own runner does on CI: on two busy
          // cores a timing the test did not wait for can slip. A test that passes only on its retry is
          // still named in the report (a flake to fix), but it does not sink the run.
          retry: 1,
        },
      },
    ],
  },
});
