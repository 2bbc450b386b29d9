import { DataMalformed, DataNotFound, DataUnavailable } from '../data-errors';
import type { DecodedColumns } from './decode-columns';

/** What the page asks the columns worker: the file's absolute URL (the worker's own URL is under assets/). */
export type ColumnsRequest = { href: string };

/** A failure as plain fields: an error's class does not survive postMessage, and the page must tell them apart. */
export type ColumnsFailure =
  | { name: 'DataNotFound' }
  | { name: 'DataMalformed'; problem: string }
  | { name: 'DataUnavailable'; status: number | null }
  | { name: 'Error'; message: string };

export type ColumnsReply = { columns: DecodedColumns } | { failure: ColumnsFailure };

/** In the worker: the error loadColumns threw, as fields. */
export function failureOf(error: unknown): ColumnsFailure {
  if (error instanceof DataNotFound) return { name: 'DataNotFound' };
  if (error instanceof DataMalformed) return { name: 'DataMalformed', problem: error.problem };
  if (error instanceof DataUnavailable) return { name: 'DataUnavailable', status: error.status };
  return { name: 'Error', message: error instanceof Error ? error.message : String(error) };
}

/** On the page: the error again, naming the URL the page asked for, as if it had fetched the file itself. */
export function errorOf(failure: ColumnsFailure, url: string): Error {
  switch (failure.name) {
    case 'DataNotFound':
      return new DataNotFound(url);
    case 'DataMalformed':
      return new DataMalformed(url, failure.problem);
    case 'DataUnavailable':
      return new DataUnavailable(url, failure.status);
    case 'Error':
      return new Error(failure.message);
  }
}
