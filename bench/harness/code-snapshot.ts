import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, REPO_ROOT } from './bench-paths';

export type CodeSnapshot = {
  /** The ingest CLI inside the snapshot. */
  ingestCli: string;
  commit: string;
  /** Files under src/ that differ from the commit: the snapshot is of the working tree. */
  uncommittedFiles: number;
};

/**
 * Copies src/ as it stands now into bench/.cache, and the benchmark runs ingest from that copy.
 * Ingest processes everything again whenever its own code changes (its state is keyed by a hash of
 * the code), and in a team that edits ingest all day that happens between two runs minutes apart:
 * a frozen copy makes "ingest again, nothing changed" mean what it says. Its packages resolve from
 * the repository's node_modules, above the copy.
 */
export function snapshotCode(): CodeSnapshot {
  const target = join(CACHE_DIR, 'code-snapshot');
  rmSync(target, { recursive: true, force: true });
  cpSync(join(REPO_ROOT, 'src'), join(target, 'src'), { recursive: true, filter: (source) => !/\.test\.tsx?$/.test(source) });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  return {
    ingestCli: join(target, 'src', 'ingest', 'cli.ts'),
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedFiles: git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length,
  };
}
