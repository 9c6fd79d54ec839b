/**
 * Where a run keeps what it writes: the Node run folder (./run-folder.ts), or memory
 * (./memory-store.ts) in a browser or a test. The training loop and the session around it
 * write only through this, so they run wherever a RunStore and a Trainer exist. Types only.
 */
import type { Checkpoint } from './checkpoint.js';
import type { EpochMetrics } from './metrics.js';
import type { TrainerState } from './trainer.js';

/** The run's summary.json: how the last session ended, and what it ran on. */
export interface RunSummary {
  status: 'completed' | 'interrupted' | 'diverged';
  name: string;
  epochs: number;
  epochs_completed: number;
  /** The last finished epoch's metrics. */
  final: EpochMetrics | null;
  /** Where an interrupted or diverged run stopped (1-based; batch 0 = before the epoch began). */
  stopped_at: { epoch: number; batch: number } | null;
  backend: string;
  device: string;
  /** Threads each training step ran on (data-parallel shards; see node/parallel). */
  threads: number;
  tfjs_version: string;
  dataset: { name: string; train_count: number; val_count: number; files: Record<string, string> };
  /** Wall time of all sessions of the run, resumes included. */
  wall_seconds: number;
  command: string[];
  seed: number;
  /** How many times the run was resumed. */
  resumes: number;
}

/** What curves.svg draws besides the epochs' metrics. */
export interface TrainingHistory {
  /** The spec's name: the run's, in the title. */
  name: string;
  /** Each finished epoch's training loss per step, in order (an epoch without them: an older checkpoint's). */
  losses: readonly (readonly number[])[];
}

/** A run's storage, as the training loop and the session around it use it. */
export interface RunStore {
  /** The last checkpoint, or undefined when the run has none. */
  loadCheckpoint(): Promise<Checkpoint | undefined>;
  /** Replaces the checkpoint, whole: a reader sees the old one or the new one. */
  saveCheckpoint(checkpoint: Checkpoint): Promise<void>;
  /** After each epoch: the metrics so far (metrics.jsonl, metrics.csv, curves.svg with `history`) and the model (model/). */
  saveEpoch(metrics: readonly EpochMetrics[], model: TrainerState['model'], history: TrainingHistory): Promise<void>;
  /** The summary of the run's last session, if it has one. */
  loadSummary(): Promise<RunSummary | undefined>;
  saveSummary(summary: RunSummary): Promise<void>;
}
