/**
 * How a data-parallel step cuts its batch. Each shard's gradients are train/step.ts's
 * stepGradients with the `sum` reduction, in whichever thread computes them.
 */

/**
 * `[start, end)` of shard `index` of `threads` over a batch of `size`: contiguous, the first
 * `size % threads` shards one example longer, so shard 0 is never empty and the split is a
 * function of the batch size alone (runs with the same seed stay identical).
 */
export function shardBounds(size: number, threads: number, index: number): [number, number] {
  const base = Math.floor(size / threads);
  const extra = size % threads;
  const start = index * base + Math.min(index, extra);
  return [start, start + base + (index < extra ? 1 : 0)];
}
