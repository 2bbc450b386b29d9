/**
 * npm run ingest -- --in <dir> --out <dir>
 *
 * Exit codes (a contract: scripts depend on them): 0 every file became an article; 1 some files were
 * rejected (every good one was still written); 2 the command was used wrongly.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest } from './run-ingest';

const USAGE = `usage: npm run ingest -- --in <articles folder> --out <output folder>

Reads every *.txt (" date YYYY-MM-DD" then the article) and *.json (article JSON, or
{ "date", "title"?, "body" }) under --in, recursively, and writes <out>/articles/<id>.json
for each, plus the index files the reader loads from <out>/index/.`;

async function main(): Promise<number> {
  let values: { in?: string | undefined; out?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      options: { in: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.in || !values.out) {
    console.error(`both --in and --out are needed\n\n${USAGE}`);
    return 2;
  }
  const inDir = resolve(values.in);
  const isFolder = await stat(inDir).then((info) => info.isDirectory(), () => false);
  if (!isFolder) {
    console.error(`--in ${values.in}: not a folder\n\n${USAGE}`);
    return 2;
  }

  const report = await runIngest(inDir, resolve(values.out));
  for (const { source, reason } of report.rejected) console.error(`${source}: ${reason}`);
  console.log(
    `ingest: read ${report.read} files, wrote ${report.written} articles ` +
      `(${report.processed} processed, ${report.read - report.processed} unchanged), ` +
      `rejected ${report.rejected.length}, in ${report.seconds.toFixed(2)} s`,
  );
  return report.rejected.length > 0 ? 1 : 0;
}

process.exitCode = await main();
