/** The messages between the training thread and its gradient workers. */
import type { NetModel } from '../../model.js';

/** What a worker needs to build its copy of the network. */
export interface WorkerInit {
  model: NetModel;
  /** The tfjs backend the worker activates: the training thread's own. */
  backend: 'wasm' | 'cpu';
  classes: number;
}

/** One shard of one step: the current weights and the shard's examples. */
export interface ShardRequest {
  type: 'shard';
  /** Trainable weights in `net.trainableWeights` order. */
  weights: Float32Array[];
  /** size×H×W×C pixels. */
  images: Float32Array;
  labels: Int32Array;
  size: number;
}

/** Gradients of the SUM of the shard's per-example losses, so shards add up to one batch. */
export interface ShardResult {
  type: 'shard';
  grads: Float32Array[];
  lossSum: number;
  hits: number;
}

/** Sent once the worker's backend and network are ready. */
export interface WorkerReady {
  type: 'ready';
  /** Trainable weight shapes, checked against the training thread's. */
  shapes: number[][];
}

/** Any failure inside the worker; the pool rejects the pending call with it. */
export interface WorkerFailure {
  type: 'error';
  message: string;
  stack?: string;
}

export type WorkerReply = WorkerReady | ShardResult | WorkerFailure;
