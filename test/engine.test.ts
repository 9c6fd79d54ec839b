/**
 * The compiled WebGPU training program (src/codegen/wgsl) run by the engine (src/runtime/engine)
 * against tfjs's cpu backend, on this machine's adapter (lavapipe in CI): gradients per layer
 * kind for the shipped specs and generated ones, every optimizer's update, batch norm's moving
 * statistics, dropout's masks, evaluation, and the layout's limits.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs';
import { compileTraining, philox } from '../src/codegen/wgsl/index.js';
import type { Activation, NetModel, OptimizerConfig } from '../src/model.js';
import { checkSpec } from '../src/pipeline.js';
import { planModel } from '../src/plan/index.js';
import { crossEntropy } from '../src/runtime/train/evaluate.js';
import { createOptimizer } from '../src/runtime/train/optimizer.js';
import { inferShapes } from '../src/shape-inference/index.js';
import { batchTensors, engineDevice, flatParams, gpuErrors, perturbedNet, placeModel, randomSplit, referenceGradients, relativeError, useEngineDropout } from './helpers/engine.js';
import { fromRoot } from './helpers/paths.js';
import { netModel, specArbitrary, toModel } from './helpers/specs.js';

const gpu = await engineDevice();
const skip = typeof gpu === 'string' ? `no WebGPU adapter: ${gpu}` : false;

/** Every activation the schema allows. */
const ALL_ACTIVATIONS: Activation[] = ['none', 'sigmoid', 'relu', 'relu6', 'tanh', 'elu', 'selu', 'gelu', 'gelu_new', 'softplus', 'softsign', 'softmax', 'swish', 'mish', 'hard_sigmoid'];

/** A shipped spec as a NetModel, with `overrides`. */
function shipped(name: string, overrides: string[] = []): NetModel {
  const file = fromRoot('specs', name);
  const reader = { resolve: (_from: string, ref: string) => fromRoot('specs', ref), read: (f: string) => fs.readFileSync(f, 'utf8') };
  const result = checkSpec({ file, text: fs.readFileSync(file, 'utf8') }, { reader, overrides });
  assert.ok(result.model, `${name} does not check`);
  return result.model;
}

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
    useEngineDropout(net, model.train.seed, () => 0);
    const { x, y } = batchTensors(data, indices, model.input);
    const reference = referenceGradients(net, x, y);
    tf.dispose([x, y]);
    let worst = Math.abs(metrics.loss - reference.loss) / Math.max(1, Math.abs(reference.loss));
    let where = 'loss';
    for (const p of program.graph.params.filter((s) => s.trainableOffset >= 0)) {
      const e = relativeError(ours.subarray(p.trainableOffset, p.trainableOffset + p.size), reference.grads.get(p.name)!);
      if (e > worst) [worst, where] = [e, p.name];
    }
    return { loss: metrics.loss, worst, where };
  } finally {
    engine.destroy();
    net.dispose();
  }
}

describe('the compiled WebGPU training program', { skip }, () => {
  before(async () => {
    await tf.setBackend('cpu');
  });
  after(() => {
    assert.deepEqual(gpuErrors(), []);
  });

  it('Philox4x32-10 gives Random123\'s known answers', () => {
    assert.deepEqual(philox([0, 0, 0, 0], [0, 0]), [0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8]);
    assert.deepEqual(philox([0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff], [0xffffffff, 0xffffffff]), [0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd]);
    assert.deepEqual(philox([0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344], [0xa4093822, 0x299f31d0]), [0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1]);
  });

  for (const spec of ['lenet5.yaml', 'modern.yaml', 'best.yaml']) {
    it(`${spec}: the loss and every weight's gradient equal tfjs's`, async () => {
      const model = shipped(spec);
      const { worst, where } = await gradientError(model, 8, Uint32Array.from([3, 1, 4, 1, 5, 9, 2, 6]));
      // batch norm divides by small batch variances, which magnifies float32 rounding
      assert.ok(worst < (spec === 'best.yaml' ? 2e-3 : 1e-4), `${spec}: ${where} is off by ${worst}`);
    });
  }

  it('generated networks, every activation, padding, stride, pooling, batch norm and dropout: gradients equal tfjs\'s', async () => {
    const specs = specArbitrary({ activations: ALL_ACTIVATIONS, maxSide: 12, maxBlocks: 2, headActivations: ['none', 'softmax', 'relu'] });
    await fc.assert(fc.asyncProperty(specs, fc.integer({ min: 1, max: 6 }), async (spec, n) => {
      const model = toModel(spec);
      // a short last batch: n of the 6 examples the program holds
      const indices = Uint32Array.from({ length: n }, (_, i) => (i * 7) % 32);
      const { worst, where } = await gradientError(model, 6, indices);
      assert.ok(worst < 3e-3, `${where} is off by ${worst} in ${JSON.stringify(model.layers.map((l) => l.name))}`);
    }), { numRuns: 12, seed: 20261129 });
  });

  const optimizers: [string, OptimizerConfig, number][] = [
    ['sgd', { type: 'sgd' }, 0],
    ['momentum', { type: 'momentum', momentum: 0.9, nesterov: false }, 5e-4],
    ['nesterov', { type: 'momentum', momentum: 0.8, nesterov: true }, 0],
    ['adam', { type: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }, 1e-3],
    ['rmsprop', { type: 'rmsprop', rho: 0.9, momentum: 0.5, epsilon: 1e-7 }, 0],
  ];
  for (const [name, optimizer, decay] of optimizers) {
    it(`${name}${decay ? ' with weight decay' : ''}: three steps leave the weights and state tfjs's optimizer leaves`, async () => {
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
            for (const v of variables) if (decay && v.rank > 1) grads[v.name] = tf.add(grads[v.name], tf.mul(v, decay));
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
        assert.equal(saved.length, states.length * program.graph.params.filter((p) => p.trainableOffset >= 0).length);
        saved.forEach((w, k) => {
          const slot = program.graph.params.filter((p) => p.trainableOffset >= 0)[k % (saved.length / Math.max(1, states.length))];
          const state = states[Math.floor(k / (saved.length / states.length))];
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

  it('evaluation: losses and predictions equal tfjs\'s inference (moving statistics, no dropout)', async () => {
    const model = shipped('best.yaml', ['train.batch_size=16']);
    const data = randomSplit(40, model.input, 10, 13);
    const { program, engine } = await placeModel(gpu as GPUDevice, model, data);
    const net = perturbedNet(model, 9);
    try {
      engine.writeParams(flatParams(program, net));
      const { losses, predictions } = await engine.evaluate(data);
      const all = Uint32Array.from({ length: data.count }, (_, i) => i);
      const { x, y } = batchTensors(data, all, model.input);
      const [refLoss, refPred] = tf.tidy(() => {
        const out = net.apply(x, { training: false }) as tf.Tensor2D;
        return [crossEntropy(out, y, 10, false).dataSync(), tf.argMax(out, 1).dataSync()];
      });
      tf.dispose([x, y]);
      assert.ok(relativeError(losses, refLoss) < 1e-4, `losses off by ${relativeError(losses, refLoss)}`);
      assert.deepEqual(Array.from(predictions), Array.from(refPred));
    } finally {
      engine.destroy();
      net.dispose();
    }
  });

  it('a batch that does not fit the GPU\'s largest buffer is a diagnostic at train.batch_size, not a crash', () => {
    const model = shipped('best.yaml');
    const result = compileTraining(model, planModel(model, inferShapes(model)), { maxBindingBytes: 1 << 20, classes: 10 });
    assert.equal(result.program, undefined);
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.path]), [['GPU_BUFFER_TOO_LARGE', ['train', 'batch_size']]]);
  });
});
