/**
 * The compiled WebGPU training program (src/codegen/wgsl) run by the engine (src/engine)
 * against tfjs's cpu backend, on this machine's adapter (lavapipe in CI): gradients per layer
 * kind and per merge kind for the shipped specs, generated lines and generated graphs, every
 * optimizer's update, batch norm's moving statistics, dropout's masks and evaluation. What needs
 * no adapter (compiling, the layout, Philox) is test/wgsl.test.ts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs';
import type { Activation, NetModel, OptimizerConfig } from '../src/model.js';
import { crossEntropy } from '../src/tfjs/evaluate.js';
import { engineSplit } from '../src/engine/trainer.js';
import { createOptimizer } from '../src/tfjs/optimizer.js';
import { compileOptionsFor } from '../src/engine/index.js';
import { GPU_ACCUMULATORS, SOFTWARE_ACCUMULATORS } from '../src/codegen/wgsl/index.js';
import { isSoftwareAdapter, type AdapterInfo } from '../src/engine/adapter.js';
import { batchTensors, closeEngineDevice, engineDevice, flatParams, gpuErrors, perturbedNet, placeModel, randomSplit, referenceGradients, relativeError, useEngineDropout } from './helpers/engine.js';
import { conv, dense, graphArbitrary, graphModel, graphOf as graph } from './helpers/train-graphs.js';
import { shipped } from './helpers/shipped.js';
import { netModel, specArbitrary, toModel } from './helpers/specs.js';

const gpu = await engineDevice();
const skip = typeof gpu === 'string' ? `no WebGPU adapter: ${gpu}` : false;
/** Whether the adapter is lavapipe or SwiftShader, where the CPU is the GPU. */
const software = typeof gpu !== 'string' && isSoftwareAdapter((gpu as GPUDevice & { adapterInfo?: AdapterInfo }).adapterInfo);

/** Every activation the schema allows. */
const ALL_ACTIVATIONS: Activation[] = ['none', 'sigmoid', 'relu', 'relu6', 'tanh', 'elu', 'selu', 'gelu', 'gelu_new', 'softplus', 'softsign', 'softmax', 'swish', 'mish', 'hard_sigmoid'];


/**
 * Trains one batch of `indices` with learning rate 0 on the engine and compares the loss and
 * every weight's gradient with tfjs's on the same weights; returns the largest relative error.
 */
async function gradientError(model: NetModel, batch: number, indices: Uint32Array): Promise<{ loss: number; worst: number; where: string }> {
  const device = gpu as GPUDevice;
  const data = randomSplit(32, model.input, 10, 7);
  const { program, engine } = await placeModel(device, model, data, batch);
  const net = perturbedNet(model, 3);
  try {
    engine.writeParams(flatParams(program, net));
    const [metrics] = await engine.train([{ indices, lr: 0 }]);
    const ours = await engine.readGradient();
    useEngineDropout(net, model, model.train.seed, () => 0);
    const { x, y } = batchTensors(data, indices, model.input);
    const reference = referenceGradients(net, x, y);
    tf.dispose([x, y]);
    let worst = Math.abs(metrics!.loss - reference.loss) / Math.max(1, Math.abs(reference.loss));
    let where = 'loss';
    for (const p of program.graph.params.filter((s) => s.trainableOffset >= 0)) {
      const e = relativeError(ours.subarray(p.trainableOffset, p.trainableOffset + p.size), reference.grads.get(p.name)!);
      if (e > worst) [worst, where] = [e, p.name];
    }
    return { loss: metrics!.loss, worst, where };
  } finally {
    engine.destroy();
    net.dispose();
  }
}

/** A batch of `n` examples out of the 32 randomSplit makes. */
const some = (n: number) => Uint32Array.from({ length: n }, (_, i) => (i * 7 + 3) % 32);

describe('the engine\'s data', () => {
  it('takes the loader\'s bytes as they are, and turns float pixels back into the same bytes', { timeout: 10_000 }, () => {
    const bytes = Uint8Array.from({ length: 3 * 784 }, (_, i) => (i * 37) % 256);
    const images = Float32Array.from(bytes, (v) => v / 255);
    const labels = Uint8Array.from([1, 2, 3]);
    assert.equal(engineSplit({ images, bytes, labels, count: 3 }).images, bytes);
    assert.deepEqual(engineSplit({ images, labels, count: 3 }).images, bytes);
  });
});

describe('the compiled WebGPU training program on this adapter', { skip }, () => {
  before(async () => {
    await tf.setBackend('cpu');
  }, { timeout: 60_000 });
  after(async () => {
    await closeEngineDevice();
    assert.deepEqual(gpuErrors(), []);
  }, { timeout: 60_000 });

  for (const spec of ['lenet5.yaml', 'modern.yaml', 'best.yaml']) {
    it(`${spec}: the loss and every weight's gradient equal tfjs's`, { timeout: 300_000 }, async () => {
      const model = shipped(spec);
      // best.yaml: 4 examples (tfjs's cpu backend took 6.5 s for the reference gradients of 8) in
      // the batch-8 program the evaluation below, engine-trainer.test.ts and gpu-bench.test.ts use,
      // so that lavapipe compiles it once where its cache is cold (CI)
      const [batch, examples] = spec === 'best.yaml' ? [8, 4] : [8, 8];
      const { worst, where } = await gradientError(model, batch, Uint32Array.from([3, 1, 4, 1, 5, 9, 2, 6]).subarray(0, examples));
      // batch norm divides by small batch variances, which magnifies float32 rounding
      assert.ok(worst < (spec === 'best.yaml' ? 2e-3 : 1e-4), `${spec}: ${where} is off by ${worst}`);
    });
  }

  it('lenet5.yaml at batch 32, a short batch of 27: conv1\'s 32 groups are summed in two levels (partial-sums, then the update): gradients equal tfjs\'s', { timeout: 300_000 }, async () => {
    const model = shipped('lenet5.yaml');
    const { worst, where } = await gradientError(model, 32, Uint32Array.from({ length: 27 }, (_, i) => (i * 7) % 32));
    assert.ok(worst < 1e-4, `${where} is off by ${worst}`);
  });

  it('generated lines, every activation, padding, stride, pooling, batch norm and dropout: gradients equal tfjs\'s', { timeout: 600_000 }, async () => {
    const specs = specArbitrary({ activations: ALL_ACTIVATIONS, maxSide: 12, maxBlocks: 2, headActivations: ['none', 'softmax', 'relu'] });
    await fc.assert(fc.asyncProperty(specs, fc.integer({ min: 1, max: 6 }), async (spec, n) => {
      const model = toModel(spec);
      // a short last batch: n of the 6 examples the program holds
      const { worst, where } = await gradientError(model, 6, some(n));
      assert.ok(worst < 3e-3, `${where} is off by ${worst} in ${JSON.stringify(model.layers.map((l) => l.name))}`);
    }), { numRuns: 8, seed: 20261129 });
  });

  // each merge kind with every kind of layer before and after it, on its own
  const merges: [string, NetModel][] = [
    ['add of two convs, relu after the sum, into a max pool', graph([8, 8, 2], [
      conv(3, 3, 'tanh'), conv(3, 3, 'none'), { ...conv(3, 1, 'sigmoid'), from: ['l0'] }, { kind: 'add', activation: 'relu', from: ['l1', 'l2'] },
      { kind: 'pool', type: 'max', size: [2, 2], stride: [2, 2], padding: 'valid' }, { kind: 'flatten' }, dense(10, 'none'),
    ])],
    ['residual: batch norm, an activation layer and dropout in the branch, the identity shortcut from an activated conv', graph([6, 6, 1], [
      conv(4, 3, 'elu'), conv(4, 3, 'none'), { kind: 'batchnorm', momentum: 0.9, epsilon: 1e-3 }, { kind: 'activation', activation: 'relu' },
      { kind: 'dropout', rate: 0.3 }, conv(4, 3, 'none'), { kind: 'add', activation: 'none', from: ['l5', 'l0'] },
      { kind: 'activation', activation: 'swish' }, { kind: 'flatten' }, dense(10, 'softmax'),
    ])],
    ['concat of a conv, a pooled branch and the input, then an avg pool and batch norm', graph([6, 6, 2], [
      conv(3, 1, 'relu'), { kind: 'pool', type: 'max', size: [3, 3], stride: [1, 1], padding: 'same', from: ['input'] }, { ...conv(2, 3, 'sigmoid'), from: ['l1'] },
      { kind: 'concat', from: ['l0', 'l2', 'input'] }, { kind: 'pool', type: 'avg', size: [2, 2], stride: [2, 2], padding: 'valid' },
      { kind: 'batchnorm', momentum: 0.99, epsilon: 1e-3 }, { kind: 'flatten' }, dense(10, 'none'),
    ])],
    ['global average and max pooling of one conv, concatenated flat, then dense layers', graph([7, 5, 1], [
      conv(3, 3, 'relu6'), { kind: 'pool', type: 'avg', size: 'global', stride: [1, 1], padding: 'valid' },
      { kind: 'pool', type: 'max', size: 'global', stride: [1, 1], padding: 'valid', from: ['l0'] },
      { kind: 'flatten', from: ['l1'] }, { kind: 'flatten', from: ['l2'] }, { kind: 'concat', from: ['l3', 'l4'] }, dense(5, 'gelu'), dense(10, 'none'),
    ])],
    ['one tensor added to itself and concatenated twice', graph([5, 5, 1], [
      conv(2, 3, 'sigmoid'), { kind: 'add', activation: 'tanh', from: ['l0', 'l0'] }, { kind: 'concat', from: ['l1', 'l0', 'l1'] },
      { kind: 'flatten' }, dense(10, 'none'),
    ])],
    ['dense branches added, with dropout on one', graph([6, 6, 1], [
      conv(2, 3, 'relu', 2), { kind: 'flatten' }, dense(6, 'relu'), { ...dense(6, 'none'), from: ['l1'] }, { kind: 'dropout', rate: 0.5 },
      { kind: 'add', activation: 'sigmoid', from: ['l2', 'l4'] }, dense(10, 'none'),
    ])],
  ];
  for (const [name, model] of merges) {
    it(`${name}: gradients equal tfjs's`, { timeout: 300_000 }, async () => {
      const { worst, where } = await gradientError(model, 6, some(5));
      assert.ok(worst < 1e-3, `${where} is off by ${worst}`);
    });
  }

  it('a conv whose kernel follows 30 floats of weights reads its filters four at a time from a multiple of four: gradients equal tfjs\'s', { timeout: 300_000 }, async () => {
    // l0's kernel and bias are 27 + 3 floats: packed densely, l1's kernel would start at 30, and
    // its vec4 reads (four filters) would take their weights two floats off
    const model = graph([6, 6, 1], [conv(3, 3, 'relu'), conv(4, 3, 'tanh'), { kind: 'flatten' }, dense(10, 'none')]);
    const { worst, where } = await gradientError(model, 6, some(5));
    assert.ok(worst < 1e-3, `${where} is off by ${worst}`);
  });

  // a software adapter compiles every phase apart with more running sums per work item
  // (compileOptionsFor) and a GPU fuses them with fewer, so the two programs must give the same
  // floats: each sum adds the same products in the same order, however the work is split
  for (const [name, model] of [['lenet5.yaml', shipped('lenet5.yaml')], ['a residual graph with batch norm and dropout', merges[1]![1]]] as const) {
    it(`${name}: the fused program (a GPU's) gives the floats of the program this adapter runs, to the bit`, { timeout: 300_000 }, async () => {
      const options = compileOptionsFor(gpu as GPUDevice);
      assert.equal(options.fuse, !software, 'lavapipe and SwiftShader compile each phase apart, a GPU fuses them');
      assert.equal(options.accumulators, software ? SOFTWARE_ACCUMULATORS : GPU_ACCUMULATORS);
      const data = randomSplit(32, model.input, 10, 7);
      const runs = [];
      for (const fuse of [true, false]) {
        // batch 8: the unfused program is the gradient test's, compiled once; the fused one is a GPU's
        const { program, engine } = await placeModel(gpu as GPUDevice, model, data, 8, fuse ? { fuse, accumulators: GPU_ACCUMULATORS } : {});
        const net = perturbedNet(model, 3);
        try {
          engine.writeParams(flatParams(program, net));
          const losses = (await engine.train([{ indices: some(8), lr: 0.05 }, { indices: some(5), lr: 0.05 }, { indices: some(8).reverse(), lr: 0.05 }])).map((m) => m.loss);
          runs.push({ kernels: program.kernels.length, losses, gradient: await engine.readGradient(), params: await engine.readParams() });
        } finally {
          engine.destroy();
          net.dispose();
        }
      }
      const [fused, apart] = runs as [typeof runs[0], typeof runs[0]];
      assert.ok(fused.kernels < apart.kernels, `${fused.kernels} fused kernels, ${apart.kernels} apart`);
      assert.deepEqual(fused.losses, apart.losses);
      assert.deepEqual(fused.gradient, apart.gradient);
      assert.deepEqual(fused.params, apart.params);
    });
  }

  it('generated graphs (residual and inception-like cells, fan-out, global pooling): gradients equal tfjs\'s', { timeout: 900_000 }, async () => {
    await fc.assert(fc.asyncProperty(graphArbitrary(), fc.integer({ min: 1, max: 4 }), async (spec, n) => {
      const model = graphModel(spec);
      const { worst, where } = await gradientError(model, 4, some(n));
      assert.ok(worst < 3e-3, `${where} is off by ${worst} in ${JSON.stringify(spec)}`);
    // each graph compiles a dozen pipelines (~10 s on lavapipe): the merge cases above cover every kind one by one
    }), { numRuns: 4, seed: 20261204 });
  });

  const optimizers: [string, OptimizerConfig, number][] = [
    ['sgd', { type: 'sgd' }, 0],
    ['momentum', { type: 'momentum', momentum: 0.9, nesterov: false }, 5e-4],
    ['nesterov', { type: 'momentum', momentum: 0.8, nesterov: true }, 0],
    ['adam', { type: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }, 1e-3],
    ['rmsprop', { type: 'rmsprop', rho: 0.9, momentum: 0.5, epsilon: 1e-7 }, 0],
  ];
  for (const [name, optimizer, decay] of optimizers) {
    it(`${name}${decay ? ' with weight decay' : ''}: three steps leave the weights and state tfjs's optimizer leaves`, { timeout: 300_000 }, async () => {
      const model = netModel([8, 8, 1], [
        { kind: 'conv', filters: 3, kernel: [3, 3], stride: [1, 1], padding: 'same', activation: 'relu', init: 'glorot_uniform', bias: true },
        { kind: 'batchnorm', momentum: 0.9, epsilon: 1e-3 },
        { kind: 'pool', type: 'max', size: [2, 2], stride: [2, 2], padding: 'valid' },
        { kind: 'flatten' },
        { kind: 'dense', units: 10, activation: 'none', init: 'glorot_uniform', bias: true },
      ], { optimizer, weight_decay: decay });
      const data = randomSplit(16, model.input, 10, 11);
      const { program, engine } = await placeModel(gpu as GPUDevice, model, data, 4);
      const net = perturbedNet(model, 5);
      const tfOptimizer = createOptimizer(optimizer, 0.05);
      try {
        engine.writeParams(flatParams(program, net));
        const variables = net.trainableWeights.map((w) => w.read() as tf.Variable);
        for (let step = 0; step < 3; step++) {
          const indices = Uint32Array.from([step, step + 4, step + 8, step + 12]);
          await engine.train([{ indices, lr: 0.05 }]);
          const { x, y } = batchTensors(data, indices, model.input);
          tf.tidy(() => {
            const { grads } = tf.variableGrads(() => tf.mean(crossEntropy(net.apply(x, { training: true }) as tf.Tensor, y, 10, false)) as tf.Scalar, variables);
            for (const v of variables) if (decay && v.rank > 1) grads[v.name] = tf.add(grads[v.name]!, tf.mul(v, decay));
            tfOptimizer.applyGradients(grads);
          });
          tf.dispose([x, y]);
        }
        const params = await engine.readParams();
        for (const p of program.graph.params) {
          const reference = net.weights.find((w) => w.originalName === p.name)!.read().dataSync();
          const e = relativeError(params.subarray(p.offset, p.offset + p.size), reference);
          // adam divides by √v: a gradient near zero turns float noise into a visible step
          assert.ok(e < (optimizer.type === 'adam' ? 1e-3 : 1e-4), `${name}: ${p.name} is off by ${e}`);
        }
        // the optimizer's state, as tfjs's getWeights names it (after the iteration count)
        const states = await engine.readState();
        const saved = (await tfOptimizer.getWeights()).slice(1);
        const trainable = program.graph.params.filter((p) => p.trainableOffset >= 0);
        assert.equal(saved.length, states.length * trainable.length);
        saved.forEach((w, k) => {
          const slot = trainable[k % trainable.length]!;
          const state = states[Math.floor(k / trainable.length)]!;
          const e = relativeError(state.subarray(slot.trainableOffset, slot.trainableOffset + slot.size), w.tensor.dataSync());
          assert.ok(e < 1e-4, `${name}: ${w.name} is off by ${e}`);
        });
      } finally {
        engine.destroy();
        net.dispose();
        tfOptimizer.dispose();
      }
    });
  }

  // 44 examples: the last batch is short at either batch size
  for (const [spec, model, batch] of [['best.yaml', shipped('best.yaml', ['train.batch_size=8']), 8], ['a residual graph', merges[1]![1], 16]] as const) {
    it(`evaluation of ${spec}: losses and predictions equal tfjs's inference (moving statistics, no dropout)`, { timeout: 300_000 }, async () => {
      const data = randomSplit(44, model.input, 10, 13);
      const { program, engine } = await placeModel(gpu as GPUDevice, model, data, batch);
      const net = perturbedNet(model, 9);
      try {
        engine.writeParams(flatParams(program, net));
        const { losses, predictions } = await engine.evaluate(data);
        const all = Uint32Array.from({ length: data.count }, (_, i) => i);
        const { x, y } = batchTensors(data, all, model.input);
        const probabilities = program.graph.probabilities;
        const [refLoss, refPred] = tf.tidy(() => {
          const out = net.apply(x, { training: false }) as tf.Tensor2D;
          return [crossEntropy(out, y, 10, probabilities).dataSync(), tf.argMax(out, 1).dataSync()];
        });
        tf.dispose([x, y]);
        assert.ok(relativeError(losses, refLoss) < 1e-4, `losses off by ${relativeError(losses, refLoss)}`);
        assert.deepEqual(Array.from(predictions), Array.from(refPred));
      } finally {
        engine.destroy();
        net.dispose();
      }
    });
  }

  // Dawn spins the event loop while a GPU promise is pending (pollGentlyOn in src/node/dawn.ts):
  // on lavapipe that thread would take a core from the adapter's own threads
  const mainThread = `/proc/self/task/${process.pid}/stat`;
  const softwareSkip = !fs.existsSync(mainThread) ? 'no /proc to read a thread\'s CPU time from'
    : !software && 'a hardware adapter: Dawn polls as it always does';
  it('on a software adapter, the thread waiting for the GPU sleeps instead of spinning', { timeout: 120_000, skip: softwareSkip }, async () => {
    const model = shipped('lenet5.yaml');
    const data = randomSplit(32, model.input, 10, 5);
    const { engine } = await placeModel(gpu as GPUDevice, model, data, 8);
    try {
      // clock ticks of user and system time (fields 14 and 15; the name in field 2 may hold spaces)
      const cpuSeconds = () => fs.readFileSync(mainThread, 'utf8').replace(/^.*\) /s, '').split(' ').slice(11, 13).reduce((sum, t) => sum + Number(t), 0) / 100;
      const batches = Array.from({ length: 4 }, () => ({ indices: some(8), lr: 0.01 }));
      await engine.train(batches);
      const [cpu0, wall0] = [cpuSeconds(), performance.now()];
      for (let i = 0; i < 10; i++) await engine.train(batches);
      const [cpu, wall] = [cpuSeconds() - cpu0, (performance.now() - wall0) / 1000];
      assert.ok(wall > 0.1, `40 steps took only ${wall} s: too little to measure`);
      // spinning, this thread was busy for 92% of the wall time; polled each millisecond, 7%
      assert.ok(cpu < 0.25 * wall, `the main thread used ${cpu.toFixed(2)} s of CPU in ${wall.toFixed(2)} s waiting for the GPU`);
    } finally {
      engine.destroy();
    }
  });
});
