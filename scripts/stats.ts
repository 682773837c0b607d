// The order statistics every benchmark prints, with one definition: the nearest-rank percentile.

/** The nearest-rank percentile `q` (0–1) of `values`: with 30 runs, p50 is the 15th smallest. NaN values (runs that gave no figure) are left out. */
export function percentile(values: readonly number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export const median = (values: readonly number[]) => percentile(values, 0.5);

/** p50, p95 and the largest value, and how many values were not figures. */
export function quantiles(values: readonly number[]): { p50: number; p95: number; max: number; missing: number } {
  return { p50: percentile(values, 0.5), p95: percentile(values, 0.95), max: percentile(values, 1), missing: values.filter((v) => !Number.isFinite(v)).length };
}
