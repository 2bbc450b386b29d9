import type { Check } from './index-validators.generated';
import { DataMalformed } from './data-errors';

/**
 * `value` as the type its check proves (a check generated from the zod schemas), or DataMalformed naming
 * the first place in the file that breaks the format and the rule it breaks ("blocks/0/type: const").
 */
export function checked<T>(check: Check, value: unknown, url: string, what: string): T {
  if (check(value)) return value as T;
  const error = check.errors?.[0];
  const place = error?.instanceLocation.replace(/^#\/?/, '') || 'the whole file';
  const rule = error?.keywordLocation.split('/').pop() ?? 'format';
  throw new DataMalformed(url, `it is not ${what} (${place} breaks the rule "${rule}")`);
}
