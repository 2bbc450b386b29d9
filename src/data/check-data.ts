import type { Check } from './index-validators.generated';
import { DataMalformed } from './data-errors';

/**
 * `value` as the type its check proves (a check generated from the zod schemas), or DataMalformed naming
 * the file and, when the check records it, the first place that breaks the format and the rule it breaks.
 */
export function checked<T>(check: Check, value: unknown, url: string, what: string): T {
  if (check(value)) return value as T;
  const error = check.errors?.[0];
  // The index checks do not say where (their code would cost the list's budget): the file is named all the same.
  if (!error) throw new DataMalformed(url, `it is not ${what}`);
  const place = error.instanceLocation.replace(/^#\/?/, '') || 'the whole file';
  throw new DataMalformed(url, `it is not ${what} (${place} breaks the rule "${error.keywordLocation.split('/').pop()}")`);
}
