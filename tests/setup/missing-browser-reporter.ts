import type { Reporter, Vitest } from 'vitest/node';

/**
 * On a machine without Chromium the e2e project has no files (vitest.config.ts), so the unit and component
 * tests still run. This reporter then says why the e2e tests did not, as the run's last line, and fails the
 * run: a green `npm test` must mean every test passed. Silent when e2e was not asked for (`npm run test:unit`).
 */
export class MissingBrowserReporter implements Reporter {
  private e2eRequested = false;

  constructor(private readonly message: string) {}

  onInit(vitest: Vitest): void {
    this.e2eRequested = vitest.projects.some((project) => project.name === 'e2e');
  }

  onTestRunEnd(): void {
    if (!this.e2eRequested) return;
    console.error(`\nThe end-to-end tests did not run. ${this.message}\n`);
    process.exitCode = 1;
  }
}
