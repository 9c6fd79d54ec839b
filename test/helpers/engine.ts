/**
 * The compiled WebGPU engine against its reference, tfjs's cpu backend: a device when this
 * machine has an adapter (lavapipe in CI), a spec compiled and placed on it, and tfjs computing
 * the same step on the same weights, with dropout drawing the engine's Philox masks.
 */
import * as tf from '@tensorflow/tfjs';
import { dropoutKeep, type CompileOptions, type TrainingProgram } from '../../src/codegen/wgsl/index.js';
import type { NetModel } from '../../src/model.js';
import { planModel } from '../../src/plan/index.js';
import { createEngine, requiredFeatures, requiredLimits, type Engine, type EngineSplit } from '../../src/engine/index.js';
import { compileFor } from '../../src/engine/trainer.js';
export { flatParams } from '../../src/tfjs/flat-weights.js';
import { buildModel } from '../../src/tfjs/build.js';
import { outputKind } from '../../src/tfjs/build.js';
import { crossEntropy } from '../../src/tfjs/evaluate.js';
import { inferShapes } from '../../src/shape-inference/index.js';

let device: Promise<GPUDevice | string> | undefined;
const errors: string[] = [];

/** The validation errors the device reported so far (each test expects none). */
export function gpuErrors(): readonly string[] {
  return errors;
}

/** This machine's GPUDevice for the engine, or why there is none (then the engine tests skip). */
export function engineDevice(): Promise<GPUDevice | string> {
  device ??= (async () => {
    const { probeAdapter, dawnDevice } = await import('../../src/node/dawn.js');
    const probe = await probeAdapter();
    if (!probe.ok) return probe.reason;
    const { device: d } = await dawnDevice(requiredLimits, requiredFeatures);
    d.addEventListener('uncapturederror', (e) => errors.push((e as GPUUncapturedErrorEvent).error.message));
    return d;
  })();
  return device;
}

/**
 * Destroys this process's engine device, if there is one: a GPU call a timed-out test left
 * waiting then fails, and Dawn stops polling, so the test process exits instead of hanging.
 */
export async function closeEngineDevice(): Promise<void> {
  const d = await device;
  if (d && typeof d !== 'string') d.destroy();
}

/** Random bytes as an N×H×W×C image split with labels below `classes`, from a fixed seed. */
export function randomSplit(count: number, [h, w, c]: readonly number[], classes: number, seed: number): EngineSplit {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
  return {
    images: Uint8Array.from({ length: count * h * w * c }, () => next() >>> 24),
    labels: Uint8Array.from({ length: count }, () => (next() >>> 8) % classes),
    count,
  };
}

/**
 * The program of `model` at `batch`, placed on `gpu` with `data` as both splits: compiled as
 * `lenetc train` compiles it there (unfused on a software adapter), or fused as `options` says.
 */
export async function placeModel(gpu: GPUDevice, model: NetModel, data: EngineSplit, batch = model.train.batch_size, options: Pick<CompileOptions, 'fuse' | 'accumulators'> = {}): Promise<{ program: TrainingProgram; engine: Engine }> {
  const compiled = compileFor(gpu, model, { classes: 10, batch, ...options });
  if (!compiled.program) throw new Error(compiled.diagnostics.map((d) => d.message).join('; '));
  const engine = await createEngine(gpu, compiled.program, { train: data, optimizer: model.train.optimizer, seed: model.train.seed, chunk: 4 });
  return { program: compiled.program, engine };
}

/** A tfjs model of `model` whose weights are perturbed (zero biases would hide a misplaced bias) and whose moving variances are positive. */
export function perturbedNet(model: NetModel, seed: number): tf.LayersModel {
  const net = buildModel(model, seed);
  tf.tidy(() => {
    net.setWeights(net.weights.map((w, i) => {
      const noise = tf.randomUniform(w.shape as number[], -0.1, 0.1, 'float32', seed + i);
      const value = tf.add(w.read(), noise);
      return w.originalName.endsWith('moving_variance') ? tf.add(tf.abs(value), 0.5) : value;
    }));
  });
  return net;
}

/** The batch of `indices` as tfjs tensors: pixels x/255 and int32 labels. */
export function batchTensors(data: EngineSplit, indices: Uint32Array, [h, w, c]: readonly number[]): { x: tf.Tensor4D; y: tf.Tensor1D } {
  const size = h * w * c;
  const pixels = new Float32Array(indices.length * size);
  indices.forEach((index, b) => {
    for (let k = 0; k < size; k++) pixels[b * size + k] = data.images[index * size + k] / 255;
  });
  return { x: tf.tensor4d(pixels, [indices.length, h, w, c]), y: tf.tensor1d(Array.from(indices, (i) => data.labels[i]), 'int32') };
}

/**
 * Makes `net`'s dropout layers draw the engine's masks for global step `gstep` (Philox keyed by
 * the run's seed, the step, the layer's stream as the plan of `model` numbers it, and the
 * element's index in the batch).
 */
export function useEngineDropout(net: tf.LayersModel, model: NetModel, seed: number, gstep: () => number): void {
  // the plan's streams, as the engine draws them (not the model's metadata: that is what is tested)
  const streams = new Map(planModel(model, inferShapes(model)).nodes.flatMap((n) => (n.op === 'dropout' ? [[n.name, n.stream] as const] : [])));
  for (const layer of net.layers) {
    if (layer.getClassName() !== 'Dropout') continue;
    const s = streams.get(layer.name)!;
    const rate = (layer.getConfig() as { rate: number }).rate;
    (layer as unknown as { call: (inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }) => tf.Tensor }).call = (inputs, kwargs) => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      if (!kwargs.training) return x;
      const step = gstep();
      const mask = Float32Array.from({ length: x.size }, (_, i) => (dropoutKeep(seed, step, s, i, rate) ? 1 / (1 - rate) : 0));
      return tf.mul(x, tf.tensor(mask, x.shape));
    };
  }
}

/** tfjs's mean loss and every trainable weight's gradient for one training batch. */
export function referenceGradients(net: tf.LayersModel, x: tf.Tensor4D, y: tf.Tensor1D): { loss: number; grads: Map<string, Float32Array> } {
  const variables = net.trainableWeights.map((w) => w.read() as tf.Variable);
  const { value, grads } = tf.variableGrads(() => tf.mean(crossEntropy(net.apply(x, { training: true }) as tf.Tensor, y, 10, outputKind(net) === 'probabilities')) as tf.Scalar, variables);
  const byName = new Map(net.trainableWeights.map((w) => [w.originalName, grads[(w.read() as tf.Variable).name].dataSync() as Float32Array]));
  const loss = value.dataSync()[0];
  tf.dispose([value, ...Object.values(grads)]);
  return { loss, grads: byName };
}

/** max |a − b| / (max |b| + floor): how far `a` is from the reference `b`, relative to its scale. */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1e-3): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return diff / (scale + floor);
}
