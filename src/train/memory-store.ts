/** A RunStore in memory: for a browser, which has no run folder, and for tests of the loop. */
import type { Checkpoint } from './checkpoint.js';
import type { EpochMetrics } from './metrics.js';
import type { RunStore, RunSummary, TrainingHistory } from './store.js';
import type { TrainerState } from './trainer.js';

/** Keeps the latest of everything a run writes. */
export class MemoryRunStore implements RunStore {
  checkpoint?: Checkpoint;
  metrics: EpochMetrics[] = [];
  model?: TrainerState['model'];
  history?: TrainingHistory;
  summary?: RunSummary;

  async loadCheckpoint(): Promise<Checkpoint | undefined> {
    return this.checkpoint;
  }

  async saveCheckpoint(checkpoint: Checkpoint): Promise<void> {
    this.checkpoint = checkpoint;
  }

  async saveEpoch(metrics: readonly EpochMetrics[], model: TrainerState['model'], history: TrainingHistory): Promise<void> {
    this.metrics = [...metrics];
    this.model = model;
    this.history = history;
  }

  async loadSummary(): Promise<RunSummary | undefined> {
    return this.summary;
  }

  async saveSummary(summary: RunSummary): Promise<void> {
    this.summary = summary;
  }
}
