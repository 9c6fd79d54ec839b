/**
 * Training-step throughput of LeNet on the wasm backend at batch 128, with the shipped wasm
 * kernels (plus a naive filter gradient, without which a conv net cannot train on wasm 4.22)
 * and with lenetc's kernels. Then the pooling gradients, PadV2 and Sum alone: lenetc's against
 * the shipped ones (all else lenetc's), alternating rounds so both see the same machine load.
 * Prints one JSON line per model and kernel set.
 *
 *   node --import tsx bench/kernels.ts [steps]
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import * as wasm from '@tensorflow/tfjs-backend-wasm';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { buildModel } from '../src/tfjs/build.js';
import { registerWasmKernels } from '../src/tfjs/kernels/wasm/index.js';
import type { Activation, Layer, NetModel } from '../src/model.js';

const BATCH = 128;
const WARMUP = 3;
const steps = Number(process.argv[2] ?? 20);

/** d2l's LeNet (sigmoid, average pooling) or its modern variant (relu, max pooling). */
function lenet(name: string, activation: Activation, pool: 'avg' | 'max'): NetModel {
  const base = { path: [] as string[] };
  const layers: Layer[] = [
    { ...base, index: 0, name: 'conv1', inputs: ['input'], kind: 'conv', filters: 6, kernel: [5, 5], stride: [1, 1], padding: 'same', activation, init: 'xavier_uniform', bias: true },
    { ...base, index: 1, name: 'pool1', inputs: ['conv1'], kind: 'pool', type: pool, size: [2, 2], stride: [2, 2], padding: 'valid' },
    { ...base, index: 2, name: 'conv2', inputs: ['pool1'], kind: 'conv', filters: 16, kernel: [5, 5], stride: [1, 1], padding: 'valid', activation, init: 'xavier_uniform', bias: true },
    { ...base, index: 3, name: 'pool2', inputs: ['conv2'], kind: 'pool', type: pool, size: [2, 2], stride: [2, 2], padding: 'valid' },
    { ...base, index: 4, name: 'flatten', inputs: ['pool2'], kind: 'flatten' },
    { ...base, index: 5, name: 'dense1', inputs: ['flatten'], kind: 'dense', units: 120, activation, init: 'xavier_uniform', bias: true },
    { ...base, index: 6, name: 'dense2', inputs: ['dense1'], kind: 'dense', units: 84, activation, init: 'xavier_uniform', bias: true },
    { ...base, index: 7, name: 'dense3', inputs: ['dense2'], kind: 'dense', units: 10, activation: 'none', init: 'xavier_uniform', bias: true },
  ];
  return {
    name, input: [28, 28, 1], layers,
    train: {
      dataset: 'fashion-mnist', epochs: 1, batch_size: BATCH, optimizer: { type: 'sgd' }, lr: 0.9,
      schedule: { type: 'constant' }, weight_decay: 0, seed: 1, augment: { flip: false, shift: 0 },
    },
  };
}

/** Median milliseconds of one SGD step (forward, gradients, update) on random data. */
async function stepMs(model: NetModel): Promise<number> {
  const net = buildModel(model, 1);
  const optimizer = tf.train.sgd(model.train.lr);
  const x = tf.randomUniform([BATCH, 28, 28, 1]);
  const y = tf.oneHot(tf.randomUniform([BATCH], 0, 10, 'int32'), 10);
  const step = () => tf.tidy(() => {
    const { value, grads } = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(y, net.apply(x) as tf.Tensor) as tf.Scalar);
    optimizer.applyGradients(grads);
    return value.dataSync()[0];
  });
  const times: number[] = [];
  for (let i = 0; i < WARMUP + steps; i++) {
    const start = performance.now();
    const loss = step();
    if (!Number.isFinite(loss)) throw new Error(`${model.name}: loss ${loss}`);
    if (i >= WARMUP) times.push(performance.now() - start);
  }
  tf.dispose([x, y]);
  optimizer.dispose();
  net.dispose();
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The straightforward filter gradient (one loop nest over the heap): the "before" baseline. */
function registerNaiveFilterGradient(): void {
  tf.registerKernel({
    kernelName: tf.Conv2DBackpropFilter,
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }) => {
      const b = backend as BackendWasm;
      const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
      const { strides, pad, filterShape, dimRoundingMode } = attrs as unknown as {
        strides: [number, number]; pad: 'same' | 'valid'; filterShape: [number, number, number, number]; dimRoundingMode?: 'floor';
      };
      const info = tf.backend_util.computeConv2DInfo(x.shape as [number, number, number, number], filterShape, strides, 1, pad, dimRoundingMode);
      const out = b.makeOutput(filterShape, 'float32');
      const xs = b.typedArrayFromHeap(x) as Float32Array;
      const dys = b.typedArrayFromHeap(dy) as Float32Array;
      const dw = b.typedArrayFromHeap(out) as Float32Array;
      const { batchSize: n, inHeight: h, inWidth: w, inChannels: ci, outHeight: oh, outWidth: ow, outChannels: co } = info;
      dw.fill(0);
      for (let kh = 0; kh < info.filterHeight; kh++) for (let kw = 0; kw < info.filterWidth; kw++) {
        for (let bi = 0; bi < n; bi++) for (let r = 0; r < oh; r++) {
          const ih = r * info.strideHeight + kh - info.padInfo.top;
          if (ih < 0 || ih >= h) continue;
          for (let c = 0; c < ow; c++) {
            const iw = c * info.strideWidth + kw - info.padInfo.left;
            if (iw < 0 || iw >= w) continue;
            const xo = ((bi * h + ih) * w + iw) * ci;
            const yo = ((bi * oh + r) * ow + c) * co;
            for (let i = 0; i < ci; i++) {
              const xv = xs[xo + i];
              const wo = ((kh * info.filterWidth + kw) * ci + i) * co;
              for (let o = 0; o < co; o++) dw[wo + o] += xv * dys[yo + o];
            }
          }
        }
      }
      return out;
    },
  });
}

const dist = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'));
wasm.setWasmPaths(`${dist}/`);
await tf.setBackend('wasm');
const models = [lenet('lenet5-d2l', 'sigmoid', 'avg'), lenet('lenet5-modern', 'relu', 'max')];
registerNaiveFilterGradient();
for (const model of models) {
  const ms = await stepMs(model);
  console.log(JSON.stringify({ bench: 'train-step', backend: 'wasm', kernels: 'shipped+naive-filter-grad', model: model.name, batch: BATCH, step_ms: +ms.toFixed(2), images_per_s: Math.round((BATCH / ms) * 1000) }));
}
const replaced = [tf.MaxPoolGrad, tf.AvgPoolGrad, tf.PadV2, tf.Sum];
const shippedSet = replaced.map((name) => tf.getKernel(name, 'wasm')!);
registerWasmKernels(wasm.version_wasm);
const lenetcSet = replaced.map((name) => tf.getKernel(name, 'wasm')!);
for (const model of models) {
  const ms = await stepMs(model);
  console.log(JSON.stringify({ bench: 'train-step', backend: 'wasm', kernels: 'lenetc', model: model.name, batch: BATCH, step_ms: +ms.toFixed(2), images_per_s: Math.round((BATCH / ms) * 1000) }));
}

/** Makes `set` the registered kernels of their names. */
function use(set: tf.KernelConfig[]): void {
  for (const config of set) {
    tf.unregisterKernel(config.kernelName, 'wasm');
    tf.registerKernel(config);
  }
}

const ROUNDS = 3;
for (const model of models) {
  const best = { shipped: Infinity, lenetc: Infinity };
  for (let round = 0; round < ROUNDS; round++) {
    use(shippedSet);
    best.shipped = Math.min(best.shipped, await stepMs(model));
    use(lenetcSet);
    best.lenetc = Math.min(best.lenetc, await stepMs(model));
  }
  for (const [kernels, ms] of Object.entries(best)) {
    console.log(JSON.stringify({ bench: 'train-step', backend: 'wasm', kernels: `${kernels} pool-grads+pad+sum`, model: model.name, batch: BATCH, rounds: ROUNDS, step_ms: +ms.toFixed(2), images_per_s: Math.round((BATCH / ms) * 1000) }));
  }
}
