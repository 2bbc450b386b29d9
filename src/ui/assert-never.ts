/**
 * The default branch of an exhaustive switch over a union: a new kind added to the union without a
 * case is a type error here. At run time it is unreachable for data that passed the shape checks.
 */
export function assertNever(value: never, what: string): never {
  throw new Error(`Unknown ${what}: ${JSON.stringify(value)}`);
}
