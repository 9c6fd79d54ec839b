/**
 * Checkpoints: everything a run needs to go on exactly where it stopped (weights, optimizer
 * state, the RNG, the position in the epoch and the metrics so far). This is their content;
 * where they are kept is a RunStore's business (./store.ts).
 */
import { UserError } from '../errors.js';
import type { EpochMetrics } from './metrics.js';
import type { TrainerState } from './trainer.js';

/**
 * What makes a run the same run: a checkpoint records it, and a resume must match it, or the
 * resumed run would not give the numbers of an uninterrupted one.
 */
export interface RunIdentity {
  /** SHA-256 of spec.resolved.yaml. */
  spec_sha256: string;
  /** The data set's files (SHA-256 by role) and the examples used of each split. */
  data: { files: Record<string, string>; train_count: number; val_count: number };
  /** The engine (tfjs backend) and the threads each step was cut across. */
  backend: string;
  threads: number;
}

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
  /**
   * Each step's training loss, by epoch: the finished epochs' and the batches done of the next
   * (curves.svg draws them). Absent in checkpoints of older lenetc: their curves start where
   * they were resumed.
   */
  losses?: number[][];
  /** The run's identity when the checkpoint was written (absent in checkpoints of older lenetc). */
  identity?: RunIdentity;
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
    partial: { lossSum: 0, correct: 0, seen: 0, seconds: 0 }, metrics: [], losses: [],
  };
}

/**
 * Refuses `state` (read from `where`) unless it is a position inside a run of `epochs` epochs
 * of `batches` batches: a damaged or foreign state.json must not steer the loop.
 */
export function checkState(state: unknown, where: string, epochs: number, batches: number): CheckpointState {
  const s = state as Partial<CheckpointState> | null;
  const whole = (n: unknown, max: number) => Number.isSafeInteger(n) && (n as number) >= 0 && (n as number) <= max;
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  if (typeof s === 'object' && s !== null && s.version !== 1) throw new UserError('CHECKPOINT_VERSION', { file: where, version: JSON.stringify(s.version) });
  const problem =
    typeof s !== 'object' || s === null ? 'it is not an object'
        : !whole(s.epoch, epochs) ? `its epoch ${JSON.stringify(s.epoch)} is not one of 0..${epochs}`
          : !whole(s.batch, batches - 1) || (s.batch! > 0 && s.epoch === epochs) ? `its batch ${JSON.stringify(s.batch)} is not one of 0..${batches - 1} of epoch ${s.epoch! + 1}`
            : !finite(s.rng?.epochStart) || !finite(s.rng?.now) ? 'its RNG state is not two numbers'
              : !s.partial || ![s.partial.lossSum, s.partial.correct, s.partial.seen, s.partial.seconds].every(finite) ? 'its partial sums are not numbers'
                : !Array.isArray(s.metrics) || s.metrics.length !== s.epoch ? `it has ${Array.isArray(s.metrics) ? s.metrics.length : 'no'} epochs of metrics for ${s.epoch} finished epochs`
                  : s.losses !== undefined && !(Array.isArray(s.losses) && s.losses.length <= s.epoch! + 1 && s.losses.every((l) => Array.isArray(l) && l.length <= batches && l.every(finite)))
                    ? 'its step losses are not lists of numbers, one per epoch'
                    : undefined;
  if (problem) throw new UserError('CHECKPOINT_DAMAGED', { file: where, problem: `is not a checkpoint this run can go on from: ${problem}` });
  return s as CheckpointState;
}

/** What differs between the identity a checkpoint recorded and the run about to resume it, in words. */
export function identityChanges(recorded: RunIdentity, now: RunIdentity): string[] {
  const changes: string[] = [];
  if (recorded.spec_sha256 !== now.spec_sha256) changes.push('spec.resolved.yaml changed since the checkpoint was written');
  const files = Object.keys({ ...recorded.data.files, ...now.data.files }).filter((k) => recorded.data.files[k] !== now.data.files[k]);
  if (files.length) changes.push(`the data set's ${files.join(', ')} ${files.length === 1 ? 'differs' : 'differ'} from the run's`);
  if (recorded.data.train_count !== now.data.train_count || recorded.data.val_count !== now.data.val_count) {
    changes.push(`the run trained on ${recorded.data.train_count} and validated on ${recorded.data.val_count} images, now ${now.data.train_count} and ${now.data.val_count}`);
  }
  // on another backend the numbers differ anyway; on the same one, another layout changes them
  if (recorded.backend === now.backend && recorded.threads !== now.threads) {
    changes.push(`the run's steps were cut across ${recorded.threads} thread${recorded.threads === 1 ? '' : 's'}, now ${now.threads}`);
  }
  return changes;
}
