import { describeErrno } from './read-source';

/**
 * Ingest itself failed (the output cannot be written, a worker failed for a reason that is not its
 * file's): not the input's fault, and no output of this run can be trusted. The CLI exits 3 on it.
 */
export class IngestFailure extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IngestFailure';
  }
}

const FAILURE_MARK = 'ingest failure: ';

/** An error for a worker thread to throw: asIngestFailure makes it an IngestFailure again on the other side. */
export function workerFailure(error: unknown): Error {
  return new Error(`${FAILURE_MARK}${asIngestFailure(error).message}`);
}

/**
 * Any error as an IngestFailure: a system error in words with its path ("cannot write /out/articles/a.json:
 * no space left on device (ENOSPC)"), anything else (a bug of ours) with its stack.
 */
export function asIngestFailure(error: unknown): IngestFailure {
  if (error instanceof IngestFailure) return error;
  // One thrown in a worker thread arrives as a plain Error with the same message.
  if ((error as Error | null)?.message?.startsWith(FAILURE_MARK)) {
    return new IngestFailure((error as Error).message.slice(FAILURE_MARK.length), { cause: error });
  }
  const { code, path, syscall } = error as NodeJS.ErrnoException;
  if (code && path) return new IngestFailure(`cannot ${syscall ?? 'use'} ${path}: ${describeErrno(error)}`, { cause: error });
  return new IngestFailure(`internal error: ${(error as Error).stack ?? String(error)}`, { cause: error });
}
