/**
 * A gradient worker: its own tfjs backend and copy of the network. For each shard it takes
 * the training thread's current weights, computes the shard's summed-loss gradients and
 * writes them back, all through its shared-memory channel; it never updates weights itself,
 * so it holds no optimizer state.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../backend.js';
import { buildModel } from '../../tfjs/build.js';
import { ShardChannel, type ChannelBuffers, type ShardOutcome } from './channel.js';
import type { WorkerInit, WorkerReply, WorkerStart } from './protocol.js';
import { stepGradients, trainableVariables } from '../../tfjs/step.js';

const port = parentPort;
if (!port) throw new Error('parallel/worker.ts runs only as a worker thread');
const start = workerData as WorkerStart;

function reply(message: WorkerReply): void {
  port!.postMessage(message);
}

// the backend starts at once; the network follows in the first message, perhaps much later
const backendReady = selectBackend(start.backend);
// a failure is reported once the network is asked for, not as an unhandled rejection before
backendReady.catch(() => undefined);
port.once('message', (init: WorkerInit) => void build(init));

/** Builds the network once the backend is up, then serves each channel it is sent. */
async function build(init: WorkerInit): Promise<void> {
  try {
    await backendReady;
    const net = buildModel(init.model, init.model.train.seed);
    const variables = trainableVariables(net);
    // each later message is a channel (the first, or a larger one): serve it until told to stop
    port!.on('message', (buffers: ChannelBuffers) => {
      const channel = new ShardChannel(buffers);
      channel.serve((size, step, offset) => computeShard(init, net, variables, channel, size, step, offset));
    });
    reply({ type: 'ready', shapes: variables.map((v) => [...v.shape]) });
  } catch (err) {
    reply(err instanceof Error ? { type: 'error', message: err.message, stack: err.stack } : { type: 'error', message: String(err) });
  }
}

function computeShard(init: WorkerInit, net: tf.LayersModel, variables: tf.Variable[], channel: ShardChannel, size: number, step: number, offset: number): ShardOutcome {
  variables.forEach((v, i) => {
    const value = tf.tensor(channel.weights[i], v.shape);
    v.assign(value);
    value.dispose();
  });
  const pixels = channel.images.length / channel.capacity;
  const images = channel.images.subarray(0, size * pixels);
  const result = stepGradients(net, variables, init.classes, images, channel.labels.subarray(0, size), size, 'sum', { seed: init.model.train.seed, step, offset });
  result.grads.forEach((g, i) => channel.grads[i].set(g.dataSync() as Float32Array));
  const outcome = { lossSum: result.loss.dataSync()[0], hits: result.hits.dataSync()[0] };
  tf.dispose([result.grads, result.loss, result.hits]);
  return outcome;
}
