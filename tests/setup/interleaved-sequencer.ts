import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The unit files that run ingest or a build in processes or threads of their own: each keeps more than its own
 * worker's core busy for ten seconds or more. Longest first. (tests/unit/interleaved-sequencer.test.ts checks that
 * each is still there.)
 */
export const BUSY_UNIT_FILES = [
  'src/build/incremental-build.test.ts',
  'src/ingest/interrupted-run.test.ts',
  'src/ingest/cli.test.ts',
  'src/ingest/run-ingest-limits.test.ts',
  'tests/unit/fuzz-ingest.test.ts',
  'scripts/command-line.test.ts',
  'src/ingest/run-ingest.test.ts',
  'src/build/vite-plugin-articles.test.ts',
];

/**
 * Runs the unit and component files in turns, a unit file, then a component file, the busy unit files first,
 * instead of Vitest's order (every component file, then every unit file). A component file keeps its worker busy
 * only part of the time (its views load their code and data a module at a time through Vitest's main process),
 * so with the component files together one core stood idle for about half a minute once the e2e sites were
 * built; beside a unit file that runs ingest or a build, the core has work (the measured runs: README, first
 * section). The e2e files still run last (their `groupOrder`), in Vitest's order.
 */
export class InterleavedSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const busyRank = (file: TestSpecification) => {
      const rank = BUSY_UNIT_FILES.findIndex((path) => file.moduleId.endsWith(path));
      return rank < 0 ? BUSY_UNIT_FILES.length : rank;
    };
    const components = sorted.filter((file) => file.project.name === 'components');
    // Array.prototype.sort is stable: past the busy files, Vitest's own order is kept.
    const unit = sorted.filter((file) => file.project.name === 'unit').sort((a, b) => busyRank(a) - busyRank(b));
    const interleaved: TestSpecification[] = [];
    for (let k = 0; k < Math.max(components.length, unit.length); k += 1) {
      if (unit[k]) interleaved.push(unit[k]!);
      if (components[k]) interleaved.push(components[k]!);
    }
    const rest = sorted.filter((file) => file.project.name !== 'components' && file.project.name !== 'unit');
    return [...interleaved, ...rest];
  }
}
