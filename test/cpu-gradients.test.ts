/**
 * The compiled CPU program's gradients against tfjs's cpu backend, one training batch on the same
 * weights (perturbed, so a misplaced bias shows): the loss and every weight's gradient, for the
 * shipped lenet5, modern and best, generated lines with every activation, padding, stride,
 * pooling, batch norm and dropout (a short last batch included), and generated graphs (residual
 * and inception-like cells, fan-out, global pooling).
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs';
import { cpuTrainer, type CpuTrainer } from '../src/cpu/trainer.js';
import type { Activation, NetModel } from '../src/model.js';
import { modelFiles } from '../src/tfjs/model-files.js';
import type { WeightSpec } from '../src/train/trainer.js';
import { batchTensors, perturbedNet, randomSplit, referenceGradients, relativeError, useEngineDropout } from './helpers/engine.js';
import { shipped } from './helpers/shipped.js';
import { netModel, small, specArbitrary, toModel } from './helpers/specs.js';
import { graphArbitrary, graphModel } from './helpers/train-graphs.js';

const ALL_ACTIVATIONS: Activation[] = ['none', 'sigmoid', 'relu', 'relu6', 'tanh', 'elu', 'selu', 'gelu', 'gelu_new', 'softplus', 'softsign', 'softmax', 'swish', 'mish', 'hard_sigmoid'];


/** A batch of `n` examples out of the 32 randomSplit makes. */
const some = (n: number) => Uint32Array.from({ length: n }, (_, i) => (i * 7 + 3) % 32);

/**
 * Trains one batch of `indices` at learning rate 0 on the CPU program (compiled for `batch`) and
 * compares the loss and every weight's gradient with tfjs's; returns the largest relative error.
 */
async function gradientError(model: NetModel, batch: number, indices: Uint32Array): Promise<{ worst: number; where: string }> {
  const data = randomSplit(32, model.input, 10, 7);
  const [height, width, channels] = model.input as [number, number, number];
  const train = { images: Float32Array.from(data.images, (v) => v / 255), labels: data.labels, count: 32, height, width, channels };
  const net = perturbedNet(model, 3);
  try {
    const fresh = await tf.io.encodeWeights([{ name: 'iter', tensor: tf.scalar(0, 'int32') }]);
    const restore = { model: await modelFiles(net), optimizer: { specs: fresh.specs as WeightSpec[], data: new Uint8Array(fresh.data) } };
    const sized = { ...model, train: { ...model.train, batch_size: batch } };
    const trainer = await cpuTrainer({ model: sized, train, classes: 10, threads: 1, restore }) as CpuTrainer;
    let loss: number;
    let ours: Map<string, Float32Array>;
    try {
      loss = (await trainer.run([{ step: 0, indices, lr: 0 }]))[0]!.loss;
      ours = trainer.readGradient();
    } finally {
      await trainer.dispose();
    }
    useEngineDropout(net, model, model.train.seed, () => 0);
    const { x, y } = batchTensors(data, indices, model.input);
    const reference = referenceGradients(net, x, y);
    tf.dispose([x, y]);
    let worst = Math.abs(loss - reference.loss) / Math.max(1, Math.abs(reference.loss));
    let where = 'loss';
    for (const [name, gradient] of ours) {
      const e = relativeError(gradient, reference.grads.get(name)!);
      if (e > worst) [worst, where] = [e, name];
    }
    return { worst, where };
  } finally {
    net.dispose();
  }
}

describe('the compiled CPU program\'s gradients equal tfjs\'s', { timeout: 600_000 }, () => {
  before(async () => {
    await tf.setBackend('cpu');
  });

  for (const spec of ['lenet5.yaml', 'modern.yaml', 'best.yaml']) {
    it(`${spec}: the loss and every weight's gradient`, async () => {
      const [batch, examples] = spec === 'best.yaml' ? [16, 4] : [8, 8];
      const { worst, where } = await gradientError(shipped(spec), batch, some(examples));
      // batch norm divides by small batch variances, which magnifies float32 rounding
      assert.ok(worst < (spec === 'best.yaml' ? 2e-3 : 1e-4), `${spec}: ${where} is off by ${worst}`);
    });
  }

  it('generated lines, every activation, padding, stride, pooling, batch norm and dropout', async () => {
    const specs = specArbitrary({ activations: ALL_ACTIVATIONS, maxSide: 12, maxBlocks: 2, headActivations: ['none', 'softmax', 'relu'] });
    await fc.assert(fc.asyncProperty(specs, fc.integer({ min: 1, max: 6 }), async (spec, n) => {
      const model = toModel(spec);
      // a short last batch: n of the 6 examples the program holds
      const { worst, where } = await gradientError(model, 6, some(n));
      assert.ok(worst < 3e-3, `${where} is off by ${worst} in ${JSON.stringify(model.layers.map((l) => l.name))}`);
    }), { numRuns: 12, seed: 20261205 });
  });

  it('a conv of one input channel, its own kernels (four positions of a row; a kernel row\'s cells at once): every row remainder, padding and stride', async () => {
    const conv = fc.record({
      kind: fc.constant('conv' as const), filters: fc.integer({ min: 1, max: 9 }), kernel: fc.tuple(small(5), small(5)),
      stride: fc.tuple(small(2), small(3)), activation: fc.constantFrom('relu' as const, 'none' as const), init: fc.constant('glorot_uniform' as const), bias: fc.boolean(),
      padding: fc.oneof(fc.constant('same' as const), fc.constant('valid' as const), fc.record({ top: fc.nat(2), bottom: fc.nat(2), left: fc.nat(3), right: fc.nat(3) })),
    });
    const model = fc.tuple(fc.integer({ min: 5, max: 13 }), fc.integer({ min: 4, max: 13 }), conv).map(([h, w, c]) => netModel([h, w, 1], [
      { ...c, kernel: [Math.min(c.kernel[0], h), Math.min(c.kernel[1], w)] }, { kind: 'flatten' },
      { kind: 'dense', units: 10, activation: 'none', init: 'glorot_uniform', bias: true },
    ]));
    await fc.assert(fc.asyncProperty(model, fc.integer({ min: 1, max: 6 }), async (m, n) => {
      const { worst, where } = await gradientError(m, 6, some(n));
      assert.ok(worst < 3e-3, `${where} is off by ${worst} in ${JSON.stringify(m.input)} ${JSON.stringify(m.layers[0])}`);
    }), { numRuns: 16, seed: 20261205 });
  });

  it('generated graphs: residual and inception-like cells, fan-out, global pooling', async () => {
    await fc.assert(fc.asyncProperty(graphArbitrary(), fc.integer({ min: 1, max: 4 }), async (spec, n) => {
      const { worst, where } = await gradientError(graphModel(spec), 4, some(n));
      assert.ok(worst < 3e-3, `${where} is off by ${worst} in ${JSON.stringify(spec)}`);
    }), { numRuns: 8, seed: 20261205 });
  });
});
