/** Data-parallel steps over worker threads give the same training as one thread, on wasm. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import { selectBackend } from '../src/node/backend.js';
import { buildModel } from '../src/tfjs/build.js';
import { discardWarmWorkers, prewarmWorkers, startDataParallel, warmWorkerCount, type DataParallel } from '../src/node/parallel/index.js';
import { shardBounds } from '../src/node/parallel/shard.js';
import { trainLoop } from '../src/train/loop.js';
import { MemoryRunStore } from '../src/train/memory-store.js';
import { stepGradients, trainableVariables } from '../src/tfjs/step.js';
import { startTfjsTrainer } from '../src/node/tfjs-trainer.js';
import type { EpochMetrics } from '../src/train/metrics.js';
import { tinyImages, tinyModel } from './helpers/tiny-dataset.js';

/** 34 images: uneven shards (12, 11, 11 over three threads). */
const BATCH = 34;
const STEPS = 8;
const model = tinyModel({ optimizer: { type: 'momentum', momentum: 0.9, nesterov: false }, lr: 0.2, batch_size: BATCH });
const data = tinyImages(BATCH * STEPS, 3);
const batch = (k: number) => ({
  images: data.images.subarray(k * BATCH * 784, (k + 1) * BATCH * 784),
  labels: Int32Array.from(data.labels.subarray(k * BATCH, (k + 1) * BATCH)),
});

/** Weights and per-step losses of STEPS momentum steps from the seed's initial weights. */
interface Trace {
  weights: Float32Array[];
  losses: number[];
  hits: number[];
}

/** One thread: the mean loss of the whole batch, as the training loop computes it. */
function trainSingle(): Trace {
  const net = buildModel(model, model.train.seed);
  const optimizer: tf.Optimizer = tf.train.momentum(model.train.lr, 0.9);
  const variables = trainableVariables(net);
  const losses: number[] = [];
  const hits: number[] = [];
  for (let k = 0; k < STEPS; k++) {
    const { images, labels } = batch(k);
    const { grads, loss, hits: h } = stepGradients(net, variables, 10, images, labels, BATCH, 'mean');
    optimizer.applyGradients(Object.fromEntries(variables.map((v, i) => [v.name, grads[i]])));
    losses.push(loss.dataSync()[0]);
    hits.push(h.dataSync()[0]);
    tf.dispose([...grads, loss, h]);
  }
  const weights = variables.map((v) => (v.dataSync() as Float32Array).slice());
  optimizer.dispose();
  net.dispose();
  return { weights, losses, hits };
}

/** `threads` threads: shard gradients summed, then one optimizer step in this thread. */
async function trainParallel(threads: number): Promise<Trace> {
  const net = buildModel(model, model.train.seed);
  const optimizer: tf.Optimizer = tf.train.momentum(model.train.lr, 0.9);
  const pool = await startDataParallel({ model, net, classes: 10, threads });
  const losses: number[] = [];
  const hits: number[] = [];
  try {
    for (let k = 0; k < STEPS; k++) {
      const { images, labels } = batch(k);
      const step = await pool.step(images, labels, BATCH, k);
      optimizer.applyGradients(step.grads);
      tf.dispose(Object.values(step.grads));
      losses.push(step.loss);
      hits.push(step.hits);
    }
  } finally {
    await pool.close();
  }
  const weights = trainableVariables(net).map((v) => (v.dataSync() as Float32Array).slice());
  optimizer.dispose();
  net.dispose();
  return { weights, losses, hits };
}

/** Largest |a - b| relative to the largest |b| of the tensor. */
function relativeError(a: Float32Array, b: Float32Array): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return diff / scale;
}

before(async () => {
  await selectBackend('wasm');
});

describe('shardBounds', () => {
  test('cuts a batch into contiguous shards, the first ones longer', () => {
    const cut = (size: number, threads: number) => Array.from({ length: threads }, (_, i) => shardBounds(size, threads, i));
    assert.deepEqual(cut(34, 3), [[0, 12], [12, 23], [23, 34]]);
    assert.deepEqual(cut(128, 2), [[0, 64], [64, 128]]);
    assert.deepEqual(cut(1, 2), [[0, 1], [1, 1]]);
    for (const [size, threads] of [[7, 4], [100, 3], [3, 8]]) {
      const shards = cut(size, threads);
      assert.equal(shards[0][0], 0);
      assert.equal(shards.at(-1)![1], size);
      for (let i = 1; i < threads; i++) assert.equal(shards[i][0], shards[i - 1][1]);
      assert.ok(shards[0][1] > 0);
    }
  });
});

describe('data-parallel training on wasm', () => {
  let single: Trace;
  before(() => {
    single = trainSingle();
  });

  test('two workers train to the same weights as one thread, and the loss falls', async () => {
    const parallel = await trainParallel(3);
    assert.equal(parallel.weights.length, 4);
    parallel.weights.forEach((w, i) => {
      const error = relativeError(w, single.weights[i]);
      assert.ok(error < 1e-4, `weight ${i}: relative error ${error}`);
    });
    parallel.losses.forEach((loss, k) => assert.ok(Math.abs(loss - single.losses[k]) < 1e-4 * single.losses[k], `step ${k}: ${loss} vs ${single.losses[k]}`));
    assert.deepEqual(parallel.hits, single.hits);
    assert.ok(single.losses[STEPS - 1] < single.losses[0] * 0.85, `loss fell: ${single.losses}`);
  });

  test('is deterministic: the same run twice gives bit-identical weights', async () => {
    const first = await trainParallel(2);
    const second = await trainParallel(2);
    assert.deepEqual(second.weights, first.weights);
    assert.deepEqual(second.losses, first.losses);
  });

  test('a batch larger than any before gets larger shared buffers, and the gradients stay right', async () => {
    const net = buildModel(model, 1);
    const variables = trainableVariables(net);
    const pool = await startDataParallel({ model, net, classes: 10, threads: 2 });
    try {
      const { images, labels } = batch(0);
      for (const size of [6, BATCH, 6, BATCH - 1]) {
        const step = await pool.step(images.subarray(0, size * 784), labels.subarray(0, size), size, 0);
        const whole = stepGradients(net, variables, 10, images.subarray(0, size * 784), labels.subarray(0, size), size, 'sum');
        variables.forEach((v, i) => {
          const expected = (whole.grads[i].dataSync() as Float32Array).map((g) => g / size);
          const error = relativeError(step.grads[v.name].dataSync() as Float32Array, expected);
          assert.ok(error < 1e-5, `size ${size}, weight ${i}: relative error ${error}`);
        });
        assert.ok(Math.abs(step.loss - whole.loss.dataSync()[0] / size) < 1e-5 * step.loss, `size ${size}: loss`);
        assert.equal(step.hits, whole.hits.dataSync()[0]);
        tf.dispose([whole.grads, whole.loss, whole.hits, Object.values(step.grads)]);
      }
    } finally {
      await pool.close();
      net.dispose();
    }
  });

  test('workers started ahead of the network (prewarmWorkers) are taken by the pool and compute the same gradients; unused ones end', { timeout: 120_000 }, async () => {
    const net = buildModel(model, 1);
    const variables = trainableVariables(net);
    const { images, labels } = batch(0);
    const gradients = async (): Promise<Float32Array[]> => {
      const pool = await startDataParallel({ model, net, classes: 10, threads: 2 });
      try {
        const step = await pool.step(images, labels, BATCH, 0);
        const grads = variables.map((v) => (step.grads[v.name].dataSync() as Float32Array).slice());
        tf.dispose(Object.values(step.grads));
        return grads;
      } finally {
        await pool.close();
      }
    };
    try {
      const cold = await gradients();
      // three started, the pool takes one: the other two wait, then end
      prewarmWorkers('wasm', 3);
      assert.equal(warmWorkerCount(), 3);
      const warmed = await gradients();
      assert.equal(warmWorkerCount(), 2);
      assert.deepEqual(warmed, cold);
      await discardWarmWorkers();
      assert.equal(warmWorkerCount(), 0);
    } finally {
      await discardWarmWorkers();
      net.dispose();
    }
  });

  test('a closed pool refuses steps, and a bad thread count is refused', async () => {
    const net = buildModel(model, 1);
    let pool: DataParallel | undefined;
    try {
      pool = await startDataParallel({ model, net, classes: 10, threads: 2 });
      await pool.close();
      const { images, labels } = batch(0);
      await assert.rejects(pool.step(images, labels, BATCH, 0));
      await assert.rejects(startDataParallel({ model, net, classes: 10, threads: 1 }));
    } finally {
      net.dispose();
    }
  });
});

describe('the training loop over threads', () => {
  let work: string;
  before(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'lenetc-parallel-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  /** Two epochs of the loop (momentum, weight decay, augmentation, a short last batch). */
  async function loop(threads: number): Promise<EpochMetrics[]> {
    const images = tinyImages(90, 5);
    const split = { ...images, count: 90, height: 28, width: 28 };
    const loopModel = tinyModel({
      epochs: 2, batch_size: 40, optimizer: { type: 'momentum', momentum: 0.9, nesterov: true }, lr: 0.05,
      weight_decay: 1e-3, augment: { flip: true, shift: 1 },
    });
    const before = tf.memory().numTensors;
    const trainer = await startTfjsTrainer({ model: loopModel, train: split, classes: 10, threads });
    const outcome = await trainLoop({ model: loopModel, trainer, store: new MemoryRunStore(), train: split, val: split });
    await trainer.dispose();
    assert.equal(outcome.status, 'completed');
    assert.equal(tf.memory().numTensors, before, 'the loop disposes every tensor, the pool\'s gradients included');
    return outcome.metrics.map((m) => ({ ...m, seconds: 0, images_per_s: 0 }));
  }

  test('two threads give one thread\'s metrics, and the same ones on every run', async () => {
    const one = await loop(1);
    const two = await loop(2);
    const again = await loop(2);
    assert.deepEqual(again, two);
    two.forEach((m, i) => {
      for (const key of ['train_loss', 'val_loss'] as const) {
        assert.ok(Math.abs(m[key] - one[i][key]) < 1e-4 * one[i][key], `epoch ${i + 1} ${key}: ${m[key]} vs ${one[i][key]}`);
      }
      assert.equal(m.train_acc, one[i].train_acc);
      assert.equal(m.val_acc, one[i].val_acc);
    });
    assert.ok(two[1].train_loss < two[0].train_loss, `loss fell: ${two.map((m) => m.train_loss)}`);
  });
});
