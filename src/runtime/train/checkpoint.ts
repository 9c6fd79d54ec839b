/**
 * Checkpoints: everything a run needs to go on exactly where it stopped (weights, optimizer
 * state, the RNG, the position in the epoch and the metrics so far). This is their content;
 * where they are kept is a RunStore's business (./store.ts).
 */
import type { EpochMetrics } from './metrics.js';
import type { TrainerState } from './trainer.js';

/** Where in the run a checkpoint was taken. */
export interface CheckpointState {
  version: 1;
  /** Epochs finished. */
  epoch: number;
  /** Batches finished of epoch `epoch + 1` (0 at an epoch boundary). */
  batch: number;
  /** The RNG's state when epoch `epoch + 1` began (it draws that epoch's order) and now. */
  rng: { epochStart: number; now: number };
  /** Sums over the finished batches of the unfinished epoch. */
  partial: { lossSum: number; correct: number; seen: number; seconds: number };
  metrics: EpochMetrics[];
}

/** A checkpoint: its state and the engine's weights and optimizer state. */
export interface Checkpoint {
  state: CheckpointState;
  trainer: TrainerState;
}

/** The state of a run that has not trained yet, with its RNG at `rngState`. */
export function initialState(rngState: number): CheckpointState {
  return {
    version: 1, epoch: 0, batch: 0, rng: { epochStart: rngState, now: rngState },
    partial: { lossSum: 0, correct: 0, seen: 0, seconds: 0 }, metrics: [],
  };
}
