/** The messages between the training thread and its gradient workers (steps go by channel.ts). */
import type { NetModel } from '../../model.js';

/** What a worker needs to build its copy of the network. */
export interface WorkerInit {
  model: NetModel;
  /** The tfjs backend the worker activates: the training thread's own. */
  backend: 'wasm' | 'cpu';
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
