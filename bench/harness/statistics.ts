/** The p-th percentile (0-100) of `values`, interpolating between the two nearest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return (sorted[below] as number) + ((sorted[above] as number) - (sorted[below] as number)) * (rank - below);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}
