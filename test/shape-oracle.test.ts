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
import { tfjsLayers } from '../src/plan/tfjs.js';
import { buildModel } from '../src/tfjs/build.js';
import { inferShapes } from '../src/shape-inference/index.js';
import { convPaddings, paddedLength } from '../src/shape-inference/rules/output-length.js';
import { graphArbitrary, graphModel } from './helpers/graphs.js';
import { small, specArbitrary, toModel, type Pair } from './helpers/specs.js';

const specArb = specArbitrary();

/** The generated specs vary input sizes and activations freely: the data-set fit and training warnings are not this test's. */
const isShapeDiagnostic = (d: { code: string }) => !['INPUT_MISMATCH', 'LOGITS_ACTIVATION', 'STRIDE_SKIPS_INPUT', 'UNUSED_LAYER'].includes(d.code);

const weightCount = (weights: tf.LayerVariable[]) => weights.reduce((n, v) => n + v.shape.reduce<number>((a, b) => a * (b ?? 0), 1), 0);

/** Output shape (batch left out) and param counts of each spec layer, from tfjs. */
function tfjsOutputs(model: NetModel, net: tf.LayersModel) {
  const planned = tfjsLayers(planModel(model, inferShapes(model)));
  return model.layers.map((layer) => {
    const layers = planned.filter((p) => p.node.layer.index === layer.index).map((p) => net.getLayer(p.name));
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
    if (layer.size === 'global') throw new Error('the generated specs pool with windows');
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
        const actual = tfjsOutputs(model, net);
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
        tfjsLayers(plan).forEach((p) => assert.deepEqual([null, ...p.output], net.getLayer(p.name).outputShape, `${p.name} output`));
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

describe('shape inference of graphs against tfjs-layers functional models', () => {
  before(async () => {
    await tf.setBackend('cpu');
  });

  it('generated residual, Inception-like and dense-block-like graphs: every layer\'s shape and params match tfjs', { timeout: 120_000 }, () => {
    const tensorsBefore = tf.memory().numTensors;
    fc.assert(fc.property(graphArbitrary(), (spec) => {
      const model = graphModel(spec);
      const report = inferShapes(model);
      assert.deepEqual(report.diagnostics.filter(isShapeDiagnostic), []);
      assert.equal(report.layers.length, model.layers.length);
      const plan = planModel(model, report);
      assert.ok(plan.branched);
      const net = buildModel(model, 1);
      try {
        // a functional model: tfjs-layers computes every output shape itself, and refuses merges that do not fit
        assert.ok(!(net instanceof tf.Sequential), 'a functional model');
        const actual = tfjsOutputs(model, net);
        report.layers.forEach((layer, i) => {
          assert.deepEqual(layer.output, actual[i]!.output, `${layer.name} output`);
          assert.equal(layer.params, actual[i]!.params, `${layer.name} params`);
        });
        assert.equal(report.params, net.countParams());
        // the same weights by name (a functional model orders its layers by depth, not as written)
        const byName = (rows: [string, number[], boolean][]) => rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
        assert.deepEqual(byName(plan.weights.map((w) => [w.name, [...w.shape], w.trainable])), byName(net.weights.map((w) => [w.originalName, w.shape as number[], w.trainable])));
        // each tfjs layer takes what the plan says its node takes
        for (const planned of tfjsLayers(plan)) {
          const inbound = net.getLayer(planned.name).inboundNodes[0]!.inboundLayers.map((l) => l.name);
          assert.deepEqual(inbound, planned.inputs.map((n) => (n === 'input' ? 'input' : n)), `${planned.name} inputs`);
        }
      } finally {
        net.dispose();
      }
    }), { numRuns: 60 });
    assert.equal(tf.memory().numTensors, tensorsBefore);
  });

  it('a residual block whose branches end in different shapes: we report the merge, and tfjs-layers refuses it', { timeout: 60_000 }, () => {
    fc.assert(fc.property(graphArbitrary({ broken: true }), (spec) => {
      const model = graphModel(spec);
      const diagnostics = inferShapes(model).diagnostics.filter((d) => d.severity === 'error');
      assert.equal(diagnostics[0]?.code, 'MERGE_SHAPE_MISMATCH');
      const merge = model.layers[(diagnostics[0]!.path as (string | number)[])[1] as number]!;
      assert.equal(merge.kind, 'add');
      // the same merge in tfjs, on the shapes lenetc says its inputs have
      const shapes = merge.inputs.map((name) => inferShapes({ ...model, layers: model.layers.slice(0, merge.index) }).layers.find((l) => l.name === name)?.output ?? model.input);
      const inputs = shapes.map((s) => tf.input({ shape: [...s] }));
      assert.throws(() => tf.layers.add().apply(inputs));
    }), { numRuns: 30 });
  });
});
