/**
 * npm run ingest -- --in <dir> --out <dir>
 *
 * Exit codes (a contract: scripts depend on them): 0 every file became an article; 1 some files were
 * rejected or skipped (every good one was still written); 2 the command was used wrongly; 3 ingest itself
 * failed (the output could not be written, or a fault of ours): the output of this run is not to be used.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FILE_LIMITS } from './ingest-pool';
import { progressReport } from './progress-report';
import { describeErrno } from './read-source';
import { IngestFailure, runIngest } from './run-ingest';

const USAGE = `usage: npm run ingest -- --in <articles folder> --out <output folder>

Reads every *.txt (" date YYYY-MM-DD" then the article) and *.json (article JSON, or
{ "date", "title"?, "body" }) under --in, recursively, and writes <out>/articles/<id>.json
for each, plus the index files the reader loads from <out>/index/. A file is rejected, with
its reason on stderr, when it is bad input, over 1 MiB, or takes over ${FILE_LIMITS.seconds} s or
${FILE_LIMITS.megabytes} MB; links, pipes and unreadable folders are skipped and named.

exit status: 0 all good; 1 some files rejected or skipped (the good ones are written);
2 usage error; 3 ingest itself failed.`;

const usageError = (line: string) => {
  console.error(`ingest: ${line}\n\n${USAGE}`);
  return 2;
};

async function main(): Promise<number> {
  let values: { in?: string | undefined; out?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      options: { in: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const option = /'([^']+)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return usageError(`unknown option ${option}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && option) return usageError(`unexpected argument ${option}`);
    return usageError(message.split('. ')[0] ?? message);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.in || !values.out) return usageError('both --in and --out are needed');
  const inDir = resolve(values.in);
  const isFolder = await stat(inDir).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isFolder) return usageError(`--in ${values.in}: not a folder`);
  const unreadable = await access(inDir, constants.R_OK | constants.X_OK).then(
    () => null,
    (error: unknown) => error,
  );
  if (unreadable) return usageError(`--in ${values.in}: cannot read the folder: ${describeErrno(unreadable)}`);

  const progress = progressReport(process.stderr);
  try {
    const report = await runIngest(inDir, resolve(values.out), { onProgress: progress.report });
    progress.end();
    for (const { source, reason } of report.rejected) console.error(`${source}: ${reason}`);
    console.log(
      `ingest: read ${report.read} files, wrote ${report.written} articles ` +
        `(${report.processed} processed, ${report.read - report.processed} unchanged), ` +
        `rejected ${report.rejected.length}, in ${report.seconds.toFixed(2)} s`,
    );
    return report.rejected.length > 0 ? 1 : 0;
  } catch (error) {
    progress.end();
    // Expected failures (the output cannot be written) say what and where; only a fault of ours has a stack.
    console.error(`ingest failed: ${error instanceof IngestFailure ? error.message : ((error as Error).stack ?? String(error))}`);
    return 3;
  }
}

process.exitCode = await main();
