/**
 * Data-parallel training throughput on wasm: each spec's training step at one batch size in
 * one thread, then over `--threads` threads (worker_threads, src/runtime/parallel), in the
 * same process, alternating for `--rounds` rounds so both see the same machine load. Prints
 * one JSON line per spec × thread count with the best round:
 *   {"spec","backend","batch","images_per_s","threads",...}
 *
 *   node --import tsx bench/parallel.ts [--spec specs/lenet5.yaml] [--batch 128] [--threads 2]
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { DATASET_CLASSES, type NetModel } from '../src/model.js';
import { selectBackend } from '../src/runtime/backend.js';
import { buildModel } from '../src/runtime/model.js';
import { startDataParallel } from '../src/runtime/parallel/index.js';
import { createOptimizer } from '../src/runtime/train/optimizer.js';
import { loadBenchData, loadSpecModel, measureTraining, type BenchData, type StepTiming } from './train-step.js';

const { values } = parseArgs({
  options: {
    spec: { type: 'string', multiple: true },
    batch: { type: 'string', default: '128' },
    threads: { type: 'string', default: String(Math.max(2, availableParallelism())) },
    rounds: { type: 'string', default: '3' },
    steps: { type: 'string', default: '10' },
    'min-seconds': { type: 'string', default: '3' },
  },
});
const specs = values.spec?.length ? values.spec : ['specs/lenet5.yaml', 'specs/modern.yaml'];
const batch = Number(values.batch);
const threads = Number(values.threads);
const rounds = Number(values.rounds);
const steps = Number(values.steps);
const minSeconds = Number(values['min-seconds']);
const WARMUP = 3;

/** Like measureTraining, with each step's gradients from a pool of `threads` threads. */
async function measureParallel(model: NetModel, data: BenchData): Promise<StepTiming> {
  const pixels = model.input[0] * model.input[1] * model.input[2];
  const net = buildModel(model, model.train.seed);
  const optimizer = createOptimizer(model.train.optimizer, model.train.lr);
  const pool = await startDataParallel({ model, net, classes: DATASET_CLASSES[model.train.dataset], threads });
  const images = new Float32Array(batch * pixels);
  const labels = new Int32Array(batch);
  let cursor = 0;
  const step = async (): Promise<number> => {
    for (let i = 0; i < batch; i++) {
      const index = (cursor + i) % data.count;
      images.set(data.images.subarray(index * pixels, (index + 1) * pixels), i * pixels);
      labels[i] = data.labels[index];
    }
    cursor = (cursor + batch) % data.count;
    const result = await pool.step(images, labels, batch);
    optimizer.applyGradients(result.grads);
    tf.dispose(Object.values(result.grads));
    return result.loss;
  };
  try {
    for (let i = 0; i < WARMUP; i++) await step();
    let done = 0;
    let lastLoss = NaN;
    const started = performance.now();
    do {
      for (let i = 0; i < steps; i++) lastLoss = await step();
      done += steps;
    } while ((performance.now() - started) / 1000 < minSeconds);
    const seconds = (performance.now() - started) / 1000;
    return { imagesPerSecond: (done * batch) / seconds, steps: done, seconds, lastLoss };
  } finally {
    await pool.close();
    optimizer.dispose();
    net.dispose();
  }
}

const choice = await selectBackend('wasm');
for (const spec of specs) {
  const model = loadSpecModel(spec);
  const data = await loadBenchData(model, 10_000);
  const best = new Map<number, StepTiming>();
  for (let round = 0; round < rounds; round++) {
    const single = await measureTraining({ model, data, batch, warmup: WARMUP, steps, minSeconds });
    const parallel = await measureParallel(model, data);
    for (const [n, timing] of [[1, single], [threads, parallel]] as const) {
      if (!best.has(n) || timing.imagesPerSecond > best.get(n)!.imagesPerSecond) best.set(n, timing);
    }
  }
  for (const [n, timing] of best) {
    process.stdout.write(`${JSON.stringify({
      spec: model.name, backend: 'wasm', batch, images_per_s: Math.round(timing.imagesPerSecond), threads: n,
      device: choice.device, rounds, steps: timing.steps, seconds: Number(timing.seconds.toFixed(2)),
      loss: Number(timing.lastLoss.toFixed(4)), load: Number(loadavg()[0].toFixed(2)), data: data.source,
    })}\n`);
  }
}
