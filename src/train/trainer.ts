/**
 * What the training loop asks of an engine that runs the steps: tfjs in one thread, tfjs over
 * data-parallel worker threads (./tfjs-trainer.ts), or a compiled GPU engine. The loop owns
 * everything else (epochs, data order, augmentation draws, learning rates, metrics, interrupts,
 * checkpoints), so every engine trains on the same data in the same order. Types only.
 */
import type { NetModel } from '../model.js';
import type { ImageSplit } from './data/split.js';
import type { AugmentDraws } from './batches.js';
import type { WeightSpec } from '../formats/weights-manifest.js';

export type { WeightSpec };

/** One optimizer step: which examples, how each is augmented, at what learning rate. */
export interface TrainStep {
  /** The step's index over the whole run (0-based): with the run's seed it keys the dropout masks. */
  step: number;
  /** Indices into the training split, in batch order (a slice of the epoch's permutation). */
  indices: Uint32Array;
  /** Per-example flips and shifts; absent when the spec augments nothing. */
  augment?: AugmentDraws;
  lr: number;
}

/** What one step measured, before its update: the batch's mean loss and correct count. */
export interface StepResult {
  loss: number;
  correct: number;
}

/** What one pass over a split measured. */
export interface Evaluation {
  /** Mean cross-entropy per example. */
  loss: number;
  accuracy: number;
  /** confusion[true][predicted] counts. */
  confusion: number[][];
}


/**
 * An engine's weights and optimizer state, in the form the run folder stores them, so a run
 * saved by one engine resumes on another.
 */
export interface TrainerState {
  /** A tfjs model folder: `model.json` (layers-model format) and `weights.bin`. */
  model: Record<string, string | Uint8Array>;
  /** The optimizer's variables, named and ordered as tfjs's optimizer.getWeights() gives them, encoded as tf.io.encodeWeights does. */
  optimizer: { specs: WeightSpec[]; data: Uint8Array };
}

/** A running engine for one network, built from fresh weights or from a TrainerState. */
export interface Trainer {
  /**
   * Steps per `run` call that suit the engine: 1 where readbacks are free, more on a GPU. The
   * loop reads it before each call, so an engine may size its groups by how long its steps take.
   */
  readonly stepsPerReadback: number;
  /**
   * `run` calls the engine takes before the first resolves (default 1): 2 lets a GPU engine
   * compute one group while the last one's numbers are read back.
   */
  readonly runsInFlight?: number;
  /**
   * Runs `steps` in order, one optimizer update each, and resolves to their results in the
   * same order (one readback for all). A non-finite loss does not stop it: the loop checks.
   */
  run(steps: readonly TrainStep[]): Promise<StepResult[]>;
  /** Loss, accuracy and confusion of the current weights (inference mode) on all of `split`. */
  evaluate(split: ImageSplit): Promise<Evaluation>;
  /** The current weights and optimizer state. */
  save(): Promise<TrainerState>;
  /** Frees the engine's weights, optimizer and threads. */
  dispose(): Promise<void>;
}

/** What an engine is started with. */
export interface TrainerInit {
  model: NetModel;
  /** The split the steps' indices point into. */
  train: ImageSplit;
  classes: number;
  /** Threads per step the run asked for (an engine that schedules its own work may ignore it). */
  threads: number;
  /** Weights and optimizer state to go on from (a checkpoint's); else fresh, seeded weights. */
  restore?: TrainerState;
  /** Names the checkpoint in errors about `restore`. */
  restoreFrom?: string;
  /**
   * An engine that compiles a program before its first step (the WebGPU one) reports each
   * kernel compiled, `done` of `total`, and stops when `signal` aborts (a START_INTERRUPTED error).
   */
  compiling?: { signal?: AbortSignal; onKernel?: (done: number, total: number) => void };
}

/** Starts an engine: the tfjs one (./tfjs-trainer.ts), or another that plugs in. */
export type StartTrainer = (init: TrainerInit) => Promise<Trainer>;
