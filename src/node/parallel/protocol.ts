/** The messages between the training thread and its gradient workers (steps go by channel.ts). */
import type { NetModel } from '../../model.js';

/**
 * What a worker starts with (its workerData): the tfjs backend it activates at once, the
 * training thread's own. Loading tfjs and initializing the backend is most of a worker's
 * start, so it can begin before the network is known (prewarmWorkers).
 */
export interface WorkerStart {
  backend: 'wasm' | 'tfjs-wasm' | 'cpu';
}

/** The worker's first message: the network to build a copy of. */
export interface WorkerInit {
  type: 'init';
  model: NetModel;
  classes: number;
}

/** Sent once the worker's backend and network are ready. */
export interface WorkerReady {
  type: 'ready';
  /** Trainable weight shapes, checked against the training thread's. */
  shapes: number[][];
}

/** A failure while the worker starts; the pool's start rejects with it. */
export interface WorkerFailure {
  type: 'error';
  message: string;
  stack?: string;
}

export type WorkerReply = WorkerReady | WorkerFailure;
