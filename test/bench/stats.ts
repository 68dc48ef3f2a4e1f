/**
 * The benchmarks' figures from repeated samples. `median` is the middle value, the upper of the
 * two middle ones for an even count, so every figure printed is one that was measured.
 */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
