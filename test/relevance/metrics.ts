/**
 * Ranking metrics over graded judgments (0 for any talent not judged). nDCG uses the exponential gain 2^grade − 1
 * and the log2(rank + 1) discount, so a grade-3 talent at rank 1 weighs far more than a grade-1 one.
 */

/** Normalised discounted cumulative gain of the first k results (1 when nothing relevant exists). */
export function ndcgAt(ranked: string[], grades: ReadonlyMap<string, number>, k: number): number {
  const dcg = (gains: number[]) => gains.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...grades.values()].sort((a, b) => b - a));
  if (ideal === 0) return 1;
  return dcg(ranked.map((id) => grades.get(id) ?? 0)) / ideal;
}

/** Share of the relevant talents (grade ≥ 1) found in the first k results. */
export function recallAt(ranked: string[], grades: ReadonlyMap<string, number>, k: number): number {
  const relevant = [...grades.entries()].filter(([, g]) => g > 0).map(([id]) => id);
  if (relevant.length === 0) return 1;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** Arithmetic mean (0 for none). */
export const mean = (values: number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
