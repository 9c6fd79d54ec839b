/**
 * Shape inference against an independent oracle: the real tfjs-layers model built from the
 * same NetModel (through the shared plan), over generated LeNet-style specs.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs';
import type { ConvLayer, Layer, NetModel, PoolLayer } from '../src/model.js';
import { planModel } from '../src/plan/index.js';
import { buildModel } from '../src/runtime/model.js';
import { inferShapes } from '../src/shape-inference/index.js';
import { convPaddings, outputLength, paddedLength } from '../src/shape-inference/rules/output-length.js';

/** The generated specs vary input sizes and activations freely: the data-set fit and training warnings are not this test's. */
const isShapeDiagnostic = (d: { code: string }) => !['INPUT_MISMATCH', 'LOGITS_ACTIVATION', 'STRIDE_SKIPS_INPUT'].includes(d.code);

// distributes over the union, so each kind keeps its own fields
type Unnumbered<T> = T extends unknown ? Omit<T, 'index' | 'name' | 'path'> : never;
type Draft = Unnumbered<Layer>;
type Pair = [number, number];

const small = (max: number) => fc.integer({ min: 1, max });
const pairOf = (max: number) => fc.tuple(small(max), small(max));
const explicitPadding = fc.record({ top: fc.nat(3), bottom: fc.nat(3), left: fc.nat(3), right: fc.nat(3) });

const convArb = fc.record({
  kind: fc.constant('conv' as const),
  filters: small(4),
  kernel: pairOf(6),
  stride: pairOf(3),
  padding: fc.oneof(fc.constant('same' as const), fc.constant('valid' as const), explicitPadding),
  activation: fc.constantFrom('relu' as const, 'sigmoid' as const, 'none' as const),
  init: fc.constant('glorot_uniform' as const),
  bias: fc.boolean(),
});
const poolArb = fc.record({
  kind: fc.constant('pool' as const),
  type: fc.constantFrom('avg' as const, 'max' as const),
  size: pairOf(4),
  stride: pairOf(3),
  padding: fc.constantFrom('same' as const, 'valid' as const),
});
// layers that keep the shape; allowed anywhere
const extraArb = fc.oneof(
  fc.record({ kind: fc.constant('batchnorm' as const), momentum: fc.constant(0.99), epsilon: fc.constant(1e-3) }),
  fc.record({ kind: fc.constant('dropout' as const), rate: fc.constantFrom(0.1, 0.5) }),
  fc.record({ kind: fc.constant('activation' as const), activation: fc.constantFrom('relu' as const, 'tanh' as const) }),
);
const denseArb = (units: fc.Arbitrary<number>) => fc.record({
  kind: fc.constant('dense' as const),
  units,
  activation: fc.constantFrom('relu' as const, 'none' as const),
  init: fc.constant('glorot_uniform' as const),
  bias: fc.boolean(),
});
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { maxLength: 1 });

const specArb = fc.record({
  input: fc.tuple(fc.integer({ min: 6, max: 32 }), fc.integer({ min: 6, max: 32 }), small(3)),
  blocks: fc.array(fc.record({ conv: convArb, extra: maybe(extraArb), pool: maybe(poolArb), after: maybe(extraArb) }), { minLength: 1, maxLength: 4 }),
  hidden: fc.array(fc.record({ dense: denseArb(small(24)), extra: maybe(extraArb) }), { maxLength: 2 }),
  head: denseArb(fc.constant(10)),
  tail: maybe(extraArb),
});
type Spec = typeof specArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * The spec as a NetModel, with windows shrunk where they would not fit, so every generated
 * model is valid. The sizes here only choose parameters; tfjs checks the results.
 */
function toModel(spec: Spec): NetModel {
  const drafts: Draft[] = [];
  let [h, w] = spec.input;
  for (const block of spec.blocks) {
    const conv = { ...block.conv };
    const [ph, pw] = convPaddings(conv.padding);
    conv.kernel = [Math.min(conv.kernel[0], paddedLength(h, ph)), Math.min(conv.kernel[1], paddedLength(w, pw))];
    [h, w] = [outputLength(h, conv.kernel[0], conv.stride[0], ph), outputLength(w, conv.kernel[1], conv.stride[1], pw)];
    drafts.push(conv, ...block.extra);
    for (const p of block.pool) {
      // same pooling takes any window (tfjs pads), so only valid windows are shrunk
      const pool = p.padding === 'same' ? p : { ...p, size: [Math.min(p.size[0], h), Math.min(p.size[1], w)] as Pair };
      [h, w] = [outputLength(h, pool.size[0], pool.stride[0], pool.padding), outputLength(w, pool.size[1], pool.stride[1], pool.padding)];
      drafts.push(pool, ...block.after);
    }
  }
  drafts.push({ kind: 'flatten' });
  for (const hidden of spec.hidden) drafts.push(hidden.dense, ...hidden.extra);
  drafts.push(spec.head, ...spec.tail);
  return netModel(spec.input, drafts);
}

function netModel(input: readonly [number, number, number], drafts: Draft[]): NetModel {
  const layers = drafts.map((d, index) => ({ ...d, index, name: `${d.kind}${index}`, path: ['layers', index] }) as Layer);
  return {
    name: 'oracle', input, layers,
    train: {
      dataset: 'fashion-mnist', epochs: 1, batch_size: 32, optimizer: { type: 'sgd' }, lr: 0.1,
      schedule: { type: 'constant' }, weight_decay: 0, seed: 1, augment: { flip: false, shift: 0 },
    },
  };
}

const weightCount = (weights: tf.LayerVariable[]) => weights.reduce((n, v) => n + v.shape.reduce<number>((a, b) => a * (b ?? 0), 1), 0);

/** Output shape (batch left out) and param counts of each spec layer, from tfjs. */
function tfjsLayers(model: NetModel, net: tf.Sequential) {
  const planned = planModel(model, inferShapes(model)).layers;
  return model.layers.map((layer) => {
    const layers = planned.filter((p) => p.source.index === layer.index).map((p) => net.getLayer(p.name));
    const output = layers[layers.length - 1].outputShape as (number | null)[];
    return {
      output: output.slice(1),
      params: layers.reduce((n, l) => n + l.countParams(), 0),
      trainable: layers.reduce((n, l) => n + weightCount(l.trainableWeights), 0),
      nonTrainable: layers.reduce((n, l) => n + weightCount(l.nonTrainableWeights), 0),
    };
  });
}

/** tfjs-layers' own output shape for one conv or pool layer on an [h, w, c] input. */
function tfjsWindowOutput(layer: ConvLayer | PoolLayer, input: readonly number[]): (number | null)[] {
  let shape: (number | null)[] = [null, ...input];
  if (layer.kind === 'pool') {
    const pool = layer.type === 'max' ? tf.layers.maxPooling2d : tf.layers.averagePooling2d;
    return pool({ poolSize: [...layer.size], strides: [...layer.stride], padding: layer.padding }).computeOutputShape(shape) as (number | null)[];
  }
  let padding: 'same' | 'valid';
  if (typeof layer.padding === 'string') {
    padding = layer.padding;
  } else {
    const { top, bottom, left, right } = layer.padding;
    shape = tf.layers.zeroPadding2d({ padding: [[top, bottom], [left, right]] }).computeOutputShape(shape) as (number | null)[];
    padding = 'valid';
  }
  const conv = tf.layers.conv2d({ filters: layer.filters, kernelSize: [...layer.kernel], strides: [...layer.stride], padding });
  return conv.computeOutputShape(shape) as (number | null)[];
}

describe('shape inference against tfjs-layers', () => {
  before(async () => {
    await tf.setBackend('cpu');
  });

  it('valid generated specs: every layer\'s output shape and params match the tfjs model', () => {
    const tensorsBefore = tf.memory().numTensors;
    fc.assert(fc.property(specArb, (spec) => {
      const model = toModel(spec);
      const report = inferShapes(model);
      assert.deepEqual(report.diagnostics.filter(isShapeDiagnostic), []);
      assert.equal(report.layers.length, model.layers.length);
      const net = buildModel(model, 1);
      try {
        const actual = tfjsLayers(model, net);
        report.layers.forEach((layer, i) => {
          assert.deepEqual(layer.output, actual[i].output, `${layer.name} output`);
          assert.equal(layer.params, actual[i].params, `${layer.name} params`);
          assert.equal(layer.trainableParams, actual[i].trainable, `${layer.name} trainable`);
          assert.equal(layer.nonTrainableParams, actual[i].nonTrainable, `${layer.name} non-trainable`);
        });
        assert.equal(report.params, net.countParams());
        // the plan names every weight as tfjs does, with its shape and trainability, in order
        const plan = planModel(model, report);
        assert.deepEqual(plan.weights.map((w) => [w.name, [...w.shape], w.trainable]), net.layers.flatMap((l) => l.weights).map((w) => [w.originalName, w.shape, w.trainable]));
        plan.layers.forEach((p) => assert.deepEqual([null, ...p.output], net.getLayer(p.name).outputShape, `${p.name} output`));
      } finally {
        net.dispose();
      }
    }), { numRuns: 100 });
    assert.equal(tf.memory().numTensors, tensorsBefore);
  });

  it('windows that do not fit: we report it, and tfjs-layers computes a non-positive size', () => {
    const brokenArb = fc.record({ spec: specArb, pick: fc.nat(), dim: fc.constantFrom(0, 1), excess: small(3) });
    let checked = 0;
    fc.assert(fc.property(brokenArb, ({ spec, pick, dim, excess }) => {
      const valid = toModel(spec);
      const report = inferShapes(valid);
      const windows = valid.layers.filter((l) => l.kind === 'conv' || l.kind === 'pool');
      const target = windows[pick % windows.length] as ConvLayer | PoolLayer;
      const input = report.layers[target.index].input;
      // make the window `excess` cells larger than the (padded) input in one dimension
      let broken: Layer;
      let code: string;
      let param: string;
      if (target.kind === 'conv') {
        const padding = target.padding === 'same' ? 'valid' : target.padding;
        const kernel = [...target.kernel] as Pair;
        kernel[dim] = paddedLength(input[dim], convPaddings(padding)[dim]) + excess;
        broken = { ...target, padding, kernel };
        [code, param] = ['NON_POSITIVE_OUTPUT', 'kernel'];
      } else {
        const size = [...target.size] as Pair;
        size[dim] = input[dim] + excess;
        broken = { ...target, padding: 'valid', size };
        [code, param] = ['POOL_LARGER_THAN_INPUT', 'size'];
      }
      const layers = valid.layers.map((l) => (l.index === target.index ? broken : l));
      const diagnostics = inferShapes({ ...valid, layers }).diagnostics.filter(isShapeDiagnostic);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.path]), [[code, ['layers', target.index, target.kind, param]]]);

      // the broken layer alone in tfjs, on the input lenetc says it gets: tfjs-layers' own
      // arithmetic must find the same thing wrong, an output size below 1
      const shape = tfjsWindowOutput(broken as ConvLayer | PoolLayer, input);
      assert.ok(shape.slice(1, 3).some((n) => n !== null && n <= 0), `tfjs gave ${JSON.stringify(shape)}`);
      checked++;
    }), { numRuns: 30 });
    assert.equal(checked, 30);
  });
});
