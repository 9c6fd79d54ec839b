/**
 * A gradient worker: its own tfjs backend and copy of the network. For each shard it takes
 * the training thread's current weights, computes the shard's summed-loss gradients and sends
 * them back; it never updates weights itself, so it holds no optimizer state.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../backend.js';
import { buildModel } from '../model.js';
import type { ShardRequest, WorkerInit, WorkerReply } from './protocol.js';
import { shardGradients, trainableVariables } from './shard.js';

const port = parentPort;
if (!port) throw new Error('parallel/worker.ts runs only as a worker thread');
const init = workerData as WorkerInit;

function reply(message: WorkerReply): void {
  port!.postMessage(message);
}

try {
  await selectBackend(init.backend);
  const net = buildModel(init.model, init.model.train.seed);
  const variables = trainableVariables(net);
  port.on('message', (request: ShardRequest) => {
    try {
      reply(computeShard(net, variables, request));
    } catch (err) {
      reply(failure(err));
    }
  });
  reply({ type: 'ready', shapes: variables.map((v) => [...v.shape]) });
} catch (err) {
  reply(failure(err));
}

function computeShard(net: tf.LayersModel, variables: tf.Variable[], request: ShardRequest): WorkerReply {
  variables.forEach((v, i) => {
    const value = tf.tensor(request.weights[i], v.shape);
    v.assign(value);
    value.dispose();
  });
  const result = shardGradients(net, variables, init.model, init.classes, request.images, request.labels, request.size);
  // postMessage clones these, so arrays that alias the backend's storage (cpu) are safe to send
  const grads = result.grads.map((g) => g.dataSync() as Float32Array);
  const lossSum = result.lossSum.dataSync()[0];
  const hits = result.hits.dataSync()[0];
  tf.dispose([result.grads, result.lossSum, result.hits]);
  return { type: 'shard', grads, lossSum, hits };
}

function failure(err: unknown): WorkerReply {
  return err instanceof Error ? { type: 'error', message: err.message, stack: err.stack } : { type: 'error', message: String(err) };
}
