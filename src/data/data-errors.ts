/**
 * The three ways loading data can fail, kept apart because the reader answers each differently:
 * a missing file is a not-found page, a broken file is an error for that file alone, and a network
 * failure is worth retrying.
 */
export class DataNotFound extends Error {
  override readonly name = 'DataNotFound';
  constructor(readonly url: string) {
    super(`Nothing was found at ${url}.`);
  }
}

export class DataMalformed extends Error {
  override readonly name = 'DataMalformed';
  constructor(
    readonly url: string,
    readonly problem: string,
  ) {
    super(`The file at ${url} is damaged: ${problem}.`);
  }
}

export class DataUnavailable extends Error {
  override readonly name = 'DataUnavailable';
  constructor(
    readonly url: string,
    readonly status: number | null,
  ) {
    super(status === null ? `Could not reach ${url}.` : `Loading ${url} failed (HTTP ${status}).`);
  }
}

/** Only a network or server failure may go away by itself; a missing or broken file will not. */
export function isWorthRetrying(error: unknown): boolean {
  return error instanceof DataUnavailable;
}
