/**
 * Times shape inference over a 2,000-layer spec (target: under 50 ms) and prints one JSON line:
 * {"bench":"shape-inference","layers":2000,"ms":...}, the median of several runs.
 * Run: node --import tsx bench/shape-speed.ts
 */
import { performance } from 'node:perf_hooks';
import type { Layer, NetModel } from '../src/model.js';
import { inferShapes } from '../src/shape-inference/index.js';

/** A layer as written, before it is numbered and named. */
type Unnumbered<T> = T extends unknown ? Omit<T, 'index' | 'name' | 'path' | 'inputs'> : never;
type Draft = Unnumbered<Layer>;

const LAYERS = 2000;
const RUNS = 15;
const WARMUP = 3;

/** conv → batchnorm → activation blocks (with a pool every few), then flatten and a classifier. */
function deepModel(): NetModel {
  const layers: Layer[] = [];
  const add = (layer: Draft) => {
    const index = layers.length;
    layers.push({ ...layer, index, name: `${layer.kind}${index}`, path: ['layers', index], inputs: [index === 0 ? 'input' : `${layers[index - 1]!.kind}${index - 1}`] } as Layer);
  };
  for (let block = 0; layers.length < LAYERS - 2; block++) {
    const remaining = LAYERS - 2 - layers.length;
    if (remaining >= 1) add({ kind: 'conv', filters: 16, kernel: [3, 3], stride: [1, 1], padding: block % 2 ? 'same' : { top: 1, bottom: 1, left: 1, right: 1 }, activation: 'none', init: 'he_normal', bias: true });
    if (remaining >= 2) add({ kind: 'batchnorm', momentum: 0.99, epsilon: 1e-3 });
    if (remaining >= 3) add({ kind: 'activation', activation: 'relu' });
    if (remaining >= 4) add(block % 50 === 49 ? { kind: 'pool', type: 'max', size: [2, 2], stride: [1, 1], padding: 'same' } : { kind: 'dropout', rate: 0.1 });
  }
  add({ kind: 'flatten' });
  add({ kind: 'dense', units: 10, activation: 'softmax', init: 'glorot_uniform', bias: true });
  return {
    name: 'deep', input: [28, 28, 1], layers,
    train: {
      dataset: 'fashion-mnist', epochs: 1, batch_size: 64, optimizer: { type: 'sgd' }, lr: 0.1,
      schedule: { type: 'constant' }, weight_decay: 0, seed: 1, augment: { flip: false, shift: 0 },
    },
  };
}

const model = deepModel();
const times: number[] = [];
for (let run = 0; run < WARMUP + RUNS; run++) {
  const start = performance.now();
  const report = inferShapes(model);
  const ms = performance.now() - start;
  // a spec that stopped early would time less work than it claims
  if (report.layers.length !== LAYERS || report.diagnostics.length > 0) throw new Error('bench model did not infer cleanly');
  if (run >= WARMUP) times.push(ms);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(JSON.stringify({ bench: 'shape-inference', layers: LAYERS, ms: Number(median.toFixed(3)) }));
