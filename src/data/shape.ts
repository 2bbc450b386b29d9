/**
 * Tiny structural checks for data files. The reader trusts ingest's output to follow the format
 * (ingest validates with the full zod schema), so in the browser it only checks the shape it is
 * about to render: cheap in bytes and time, and enough to turn a damaged file into a clear error.
 */
export type Problem = string;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
