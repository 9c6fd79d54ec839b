import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type {
  ActivationLayer, BatchNormLayer, ConvLayer, DenseLayer, DropoutLayer, FlattenLayer, Layer, NetModel, PoolLayer,
} from '../src/model.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { inferShapes } from '../src/shape-inference/index.js';
import type { ShapeReport } from '../src/shape-inference/types.js';
import { convRule } from '../src/shape-inference/rules/conv.js';
import { poolRule } from '../src/shape-inference/rules/pool.js';
import { denseRule } from '../src/shape-inference/rules/dense.js';
import { flattenRule } from '../src/shape-inference/rules/flatten.js';
import { dropoutRule } from '../src/shape-inference/rules/dropout.js';
import { batchnormRule } from '../src/shape-inference/rules/batchnorm.js';
import { activationRule } from '../src/shape-inference/rules/activation.js';
import { outputLength } from '../src/shape-inference/rules/output-length.js';
import type { RuleResult, RuleOutput } from '../src/shape-inference/rules/result.js';

// Layers without index/name/path; `net()` numbers them as the parser would.
type Draft<L extends Layer> = Omit<L, 'index' | 'name' | 'path' | 'inputs'>;
type AnyDraft = Draft<ConvLayer> | Draft<PoolLayer> | Draft<FlattenLayer> | Draft<DenseLayer> | Draft<DropoutLayer> | Draft<BatchNormLayer> | Draft<ActivationLayer>;

const conv = (filters: number, kernel: number | [number, number], more: Partial<Draft<ConvLayer>> = {}): Draft<ConvLayer> => ({
  kind: 'conv', filters, kernel: pair(kernel), stride: [1, 1], padding: 'valid', activation: 'relu', init: 'xavier_uniform', bias: true, ...more,
});
const pool = (size: number | [number, number], more: Partial<Draft<PoolLayer>> = {}): Draft<PoolLayer> => ({
  kind: 'pool', type: 'avg', size: pair(size), stride: pair(size), padding: 'valid', ...more,
});
const dense = (units: number, more: Partial<Draft<DenseLayer>> = {}): Draft<DenseLayer> => ({
  kind: 'dense', units, activation: 'relu', init: 'xavier_uniform', bias: true, ...more,
});
const flatten: Draft<FlattenLayer> = { kind: 'flatten' };

function pair(v: number | [number, number]): [number, number] {
  return typeof v === 'number' ? [v, v] : v;
}

function net(input: [number, number, number], drafts: AnyDraft[], batch = 64): NetModel {
  const layers = drafts.map((d, index) => ({ ...d, index, name: `${d.kind}${index}`, path: ['layers', index], inputs: [index === 0 ? 'input' : `${drafts[index - 1]!.kind}${index - 1}`] }) as Layer);
  return {
    name: 'test', input, layers,
    train: {
      dataset: 'fashion-mnist', epochs: 1, batch_size: batch, optimizer: { type: 'sgd' }, lr: 0.1,
      schedule: { type: 'constant' }, weight_decay: 0, seed: 1, augment: { flip: false, shift: 0 },
    },
  };
}

/**
 * The report's diagnostics less the data-set fit and training warnings, which tests of their
 * own cover below: the models here vary input sizes and activations freely to test shapes.
 */
function shapeDiagnostics(report: ShapeReport): Diagnostic[] {
  return report.diagnostics.filter((d) => !['INPUT_MISMATCH', 'LOGITS_ACTIVATION', 'STRIDE_SKIPS_INPUT'].includes(d.code));
}

/** A drafted layer as a full Layer at position 0, for calling a rule directly. */
function at<L extends Layer>(draft: Draft<L>, index = 0): L {
  // Draft<L> plus the three omitted fields is L; TypeScript cannot see that for a generic L
  return { ...draft, index, name: `${draft.kind}${index}`, path: ['layers', index], inputs: ['input'] } as unknown as L;
}

function ok(result: RuleResult): RuleOutput {
  assert.ok(result.ok, result.ok ? '' : `${result.diagnostic.code}: ${result.diagnostic.message}`);
  return result;
}

const lenet: AnyDraft[] = [
  conv(6, 5, { padding: { top: 2, bottom: 2, left: 2, right: 2 }, activation: 'sigmoid' }),
  pool(2),
  conv(16, 5, { activation: 'sigmoid' }),
  pool(2),
  flatten,
  dense(120, { activation: 'sigmoid' }),
  dense(84, { activation: 'sigmoid' }),
  dense(10, { activation: 'none' }),
];

describe('outputLength', () => {
  it('follows valid, same and explicit padding', () => {
    assert.equal(outputLength(28, 5, 1, 'valid'), 24);
    assert.equal(outputLength(28, 5, 2, 'valid'), 12);
    assert.equal(outputLength(7, 3, 2, 'valid'), 3);
    assert.equal(outputLength(4, 5, 1, 'valid'), 0);
    assert.equal(outputLength(28, 5, 1, 'same'), 28);
    assert.equal(outputLength(7, 2, 2, 'same'), 4);
    assert.equal(outputLength(3, 9, 2, 'same'), 2); // same pads whatever the window
    assert.equal(outputLength(28, 5, 1, [2, 2]), 28);
    assert.equal(outputLength(10, 3, 2, [0, 1]), 5);
    assert.equal(outputLength(10, 3, 2, [1, 0]), 5);
    assert.equal(outputLength(9, 4, 3, [2, 0]), 3);
    assert.equal(outputLength(2, 7, 3, [1, 1]), 0);
    assert.equal(outputLength(2, 9, 1, [1, 1]), -4);
  });
});

describe('conv rule', () => {
  it('valid with stride, square kernel', () => {
    const r = ok(convRule([32, 32, 3], at(conv(8, 3, { stride: [2, 2] }))));
    assert.deepEqual(r.output, [15, 15, 8]);
    assert.equal(r.trainableParams, 3 * 3 * 3 * 8 + 8);
    assert.equal(r.nonTrainableParams, 0);
    assert.equal(r.macs, 15 * 15 * 8 * 3 * 3 * 3);
  });
  it('same with stride rounds up', () => {
    const r = ok(convRule([7, 9, 2], at(conv(4, 3, { stride: [2, 2], padding: 'same' }))));
    assert.deepEqual(r.output, [4, 5, 4]);
    assert.equal(r.macs, 4 * 5 * 4 * 9 * 2);
  });
  it('non-square kernel and stride, no bias', () => {
    const r = ok(convRule([20, 30, 1], at(conv(5, [3, 7], { stride: [1, 3], bias: false }))));
    assert.deepEqual(r.output, [18, 8, 5]);
    assert.equal(r.trainableParams, 3 * 7 * 1 * 5);
    assert.equal(r.macs, 18 * 8 * 5 * 21);
  });
  it('explicit asymmetric padding', () => {
    const r = ok(convRule([10, 10, 4], at(conv(2, [4, 3], { stride: [2, 1], padding: { top: 3, bottom: 0, left: 0, right: 2 } }))));
    // h: floor((10 + 3 − 4)/2) + 1 = 5; w: (10 + 2 − 3)/1 + 1 = 10
    assert.deepEqual(r.output, [5, 10, 2]);
    assert.deepEqual(r.window, { kernel: [4, 3], stride: [2, 1] });
  });
  it('NON_POSITIVE_OUTPUT points at the kernel', () => {
    const r = convRule([4, 4, 1], at(conv(3, 5), 2));
    assert.ok(!r.ok);
    assert.equal(r.diagnostic.code, 'NON_POSITIVE_OUTPUT');
    assert.equal(r.diagnostic.severity, 'error');
    assert.deepEqual(r.diagnostic.path, ['layers', 2, 'conv', 'kernel']);
    // the suggested fixes are computed, as data: padding 1 makes 4 + 2 − 5 ≥ 0, kernel 4 is the largest that fits
    const set = (key: string, value: unknown) => ({ edits: [{ path: ['layers', 2, 'conv', key], value }] });
    assert.deepEqual(r.diagnostic.fixes, [set('padding', 1), set('padding', 'same'), set('kernel', 4)]);
  });
  it('NON_POSITIVE_OUTPUT in one dimension suggests a non-square kernel', () => {
    const r = convRule([10, 3, 1], at(conv(3, [3, 6], { padding: { top: 0, bottom: 0, left: 1, right: 0 } })));
    assert.ok(!r.ok);
    assert.equal(r.diagnostic.code, 'NON_POSITIVE_OUTPUT');
    const set = (key: string, value: unknown) => ({ edits: [{ path: ['layers', 0, 'conv', key], value }] });
    assert.deepEqual(r.diagnostic.fixes, [set('padding', 2), set('padding', 'same'), set('kernel', [3, 4])]);
  });
  it('SPATIAL_AFTER_FLATTEN on a flat input', () => {
    const r = convRule([400], at(conv(3, 3), 5));
    assert.ok(!r.ok);
    assert.equal(r.diagnostic.code, 'SPATIAL_AFTER_FLATTEN');
    assert.deepEqual(r.diagnostic.path, ['layers', 5]);
  });
});

describe('pool rule', () => {
  it('valid, default stride = size, keeps channels, no params or MACs', () => {
    const r = ok(poolRule([28, 28, 6], at(pool(2))));
    assert.deepEqual(r.output, [14, 14, 6]);
    assert.equal(r.trainableParams + r.nonTrainableParams + r.macs, 0);
  });
  it('overlapping valid pool and odd input', () => {
    assert.deepEqual(ok(poolRule([13, 13, 4], at(pool(3, { stride: [2, 2], type: 'max' })))).output, [6, 6, 4]);
  });
  it('same pooling uses ceil(n/s), even with a window larger than the input', () => {
    assert.deepEqual(ok(poolRule([7, 5, 2], at(pool(2, { padding: 'same' })))).output, [4, 3, 2]);
    assert.deepEqual(ok(poolRule([2, 2, 2], at(pool(5, { stride: [1, 1], padding: 'same' })))).output, [2, 2, 2]);
  });
  it('non-square window and stride', () => {
    assert.deepEqual(ok(poolRule([12, 12, 1], at(pool([2, 4], { stride: [2, 1] })))).output, [6, 9, 1]);
  });
  it('POOL_LARGER_THAN_INPUT points at the size', () => {
    const r = poolRule([3, 5, 2], at(pool(4), 3));
    assert.ok(!r.ok);
    assert.equal(r.diagnostic.code, 'POOL_LARGER_THAN_INPUT');
    assert.deepEqual(r.diagnostic.path, ['layers', 3, 'pool', 'size']);
    const set = (key: string, value: unknown) => ({ edits: [{ path: ['layers', 3, 'pool', key], value }] });
    assert.deepEqual(r.diagnostic.fixes, [set('size', [3, 4]), set('size', 'global'), set('padding', 'same')]);
  });
  it('SPATIAL_AFTER_FLATTEN on a flat input', () => {
    const r = poolRule([10], at(pool(2), 4));
    assert.ok(!r.ok);
    assert.equal(r.diagnostic.code, 'SPATIAL_AFTER_FLATTEN');
    assert.deepEqual(r.diagnostic.path, ['layers', 4]);
  });
});

describe('dense, flatten, dropout, batchnorm, activation rules', () => {
  it('dense counts in·units weights + units biases', () => {
    const r = ok(denseRule([400], at(dense(120))));
    assert.deepEqual(r.output, [120]);
    assert.equal(r.trainableParams, 48120);
    assert.equal(r.macs, 48000);
    assert.equal(ok(denseRule([400], at(dense(120, { bias: false })))).trainableParams, 48000);
  });
  it('DENSE_ON_SPATIAL points at the layer entry', () => {
    const r = denseRule([5, 5, 16], at(dense(10), 4));
    assert.ok(!r.ok);
    assert.equal(r.diagnostic.code, 'DENSE_ON_SPATIAL');
    assert.deepEqual(r.diagnostic.path, ['layers', 4]);
    assert.deepEqual(r.diagnostic.fixes, [{ edits: [{ insert: { before: ['layers', 4], layer: 'flatten' } }] }]);
    // a dense layer that takes another than the one before it: a flatten before it would not be what it takes
    const taking = denseRule([5, 5, 16], at(dense(10), 4), false);
    assert.ok(!taking.ok);
    assert.equal(taking.diagnostic.fixes, undefined);
  });
  it('flatten multiplies out; a second flatten is an error', () => {
    assert.deepEqual(ok(flattenRule([5, 5, 16], at(flatten))).output, [400]);
    const r = flattenRule([400], at(flatten, 6));
    assert.ok(!r.ok);
    assert.equal(r.diagnostic.code, 'SPATIAL_AFTER_FLATTEN');
    assert.deepEqual(r.diagnostic.path, ['layers', 6]);
    assert.deepEqual(r.diagnostic.fixes, [{ edits: [{ remove: ['layers', 6] }] }]);
  });
  it('batchnorm has 2C trainable and 2C non-trainable params on the last axis', () => {
    const spatial = ok(batchnormRule([10, 10, 16], at({ kind: 'batchnorm', momentum: 0.99, epsilon: 1e-3 } as Draft<BatchNormLayer>)));
    assert.deepEqual(spatial.output, [10, 10, 16]);
    assert.deepEqual([spatial.trainableParams, spatial.nonTrainableParams, spatial.macs], [32, 32, 0]);
    const flat = ok(batchnormRule([120], at({ kind: 'batchnorm', momentum: 0.99, epsilon: 1e-3 } as Draft<BatchNormLayer>)));
    assert.deepEqual([flat.trainableParams, flat.nonTrainableParams], [240, 240]);
  });
  it('dropout and activation pass the shape through at no cost', () => {
    const d = ok(dropoutRule([7, 7, 3], at({ kind: 'dropout', rate: 0.5 } as Draft<DropoutLayer>)));
    const a = ok(activationRule([84], at({ kind: 'activation', activation: 'relu' } as Draft<ActivationLayer>)));
    assert.deepEqual(d.output, [7, 7, 3]);
    assert.deepEqual(a.output, [84]);
    assert.equal(d.trainableParams + d.nonTrainableParams + d.macs + a.trainableParams + a.nonTrainableParams + a.macs, 0);
  });
});

describe('inferShapes', () => {
  it("d2l's LeNet-5: trace, 61,706 params, 416,520 MACs", () => {
    const report = inferShapes(net([28, 28, 1], lenet));
    assert.deepEqual(shapeDiagnostics(report), []);
    assert.deepEqual(report.layers.map((l) => l.output), [[28, 28, 6], [14, 14, 6], [10, 10, 16], [5, 5, 16], [400], [120], [84], [10]]);
    assert.deepEqual(report.layers.map((l) => l.input[0]), [28, 28, 14, 10, 5, 400, 120, 84]);
    assert.deepEqual(report.layers.map((l) => l.params), [156, 0, 2416, 0, 0, 48120, 10164, 850]);
    assert.deepEqual(report.layers.map((l) => l.macs), [117600, 0, 240000, 0, 0, 48000, 10080, 840]);
    assert.equal(report.params, 61706);
    assert.equal(report.trainableParams, 61706);
    assert.equal(report.nonTrainableParams, 0);
    assert.equal(report.macs, 416520);
    // the input and every layer's output, as float32
    assert.equal(report.activationBytesPerExample, 4 * (784 + 4704 + 1176 + 1600 + 400 + 400 + 120 + 84 + 10));
    assert.deepEqual(report.input, [28, 28, 1]);
  });
  it("LeNet's receptive fields and jumps", () => {
    const report = inferShapes(net([28, 28, 1], lenet));
    assert.deepEqual(report.layers.slice(0, 4).map((l) => l.receptiveField), [[5, 5], [6, 6], [14, 14], [16, 16]]);
    assert.deepEqual(report.layers.slice(0, 4).map((l) => l.jump), [[1, 1], [2, 2], [2, 2], [4, 4]]);
    assert.equal(report.layers[4].receptiveField, undefined);
  });
  it('LeNet with padding same gives the same numbers', () => {
    const same = [conv(6, 5, { padding: 'same' }), ...lenet.slice(1)];
    const report = inferShapes(net([28, 28, 1], same));
    assert.equal(report.params, 61706);
    assert.equal(report.macs, 416520);
  });
  it('receptive fields with non-square strides pass through batchnorm, dropout and activation', () => {
    const report = inferShapes(net([32, 32, 1], [
      conv(4, [3, 5], { stride: [2, 1] }),
      { kind: 'batchnorm', momentum: 0.99, epsilon: 1e-3 },
      pool([2, 3], { stride: [2, 3], type: 'max' }),
      { kind: 'dropout', rate: 0.2 },
      conv(4, 3, { stride: [1, 2], padding: 'same' }),
      { kind: 'activation', activation: 'relu' },
      flatten, dense(10),
    ]));
    assert.deepEqual(shapeDiagnostics(report), []);
    // rf: 3 → 3 + 1·2 = 5 → 5 + 2·4 = 13; w: 5 → 5 + 2·1 = 7 → 7 + 2·3 = 13
    assert.deepEqual(report.layers.map((l) => l.receptiveField), [[3, 5], [3, 5], [5, 7], [5, 7], [13, 13], [13, 13], undefined, undefined]);
    assert.deepEqual(report.layers.map((l) => l.jump), [[2, 1], [2, 1], [4, 3], [4, 3], [4, 6], [4, 6], undefined, undefined]);
    assert.deepEqual(report.layers.map((l) => l.output), [[15, 28, 4], [15, 28, 4], [7, 9, 4], [7, 9, 4], [7, 5, 4], [7, 5, 4], [140], [10]]);
    assert.equal(report.layers[1].nonTrainableParams, 8);
    assert.equal(report.nonTrainableParams, 8);
    assert.equal(report.trainableParams, (15 * 4 + 4) + 8 + (36 * 4 + 4) + (140 * 10 + 10));
  });

  it('stops at the first failing layer and reports its path', () => {
    const report = inferShapes(net([28, 28, 1], [conv(6, 5), pool(2), conv(16, 5), pool(2), conv(8, 5), flatten, dense(10)]));
    assert.deepEqual(shapeDiagnostics(report).map((d) => [d.code, d.path]), [['NON_POSITIVE_OUTPUT', ['layers', 4, 'conv', 'kernel']]]);
    assert.equal(report.layers.length, 4);
    assert.equal(report.params, 156 + 2416);
  });
  it('DENSE_ON_SPATIAL in a model', () => {
    const report = inferShapes(net([28, 28, 1], [conv(6, 5), pool(2), dense(10)]));
    assert.deepEqual(shapeDiagnostics(report).map((d) => [d.code, d.path]), [['DENSE_ON_SPATIAL', ['layers', 2]]]);
  });
  it('SPATIAL_AFTER_FLATTEN in a model', () => {
    const report = inferShapes(net([28, 28, 1], [conv(6, 5), flatten, pool(2), dense(10)]));
    assert.deepEqual(shapeDiagnostics(report).map((d) => [d.code, d.path]), [['SPATIAL_AFTER_FLATTEN', ['layers', 2]]]);
  });
  it('POOL_LARGER_THAN_INPUT in a model', () => {
    const report = inferShapes(net([28, 28, 1], [conv(6, 5, { stride: [4, 4] }), pool(8), flatten, dense(10)]));
    assert.deepEqual(shapeDiagnostics(report).map((d) => [d.code, d.path]), [['POOL_LARGER_THAN_INPUT', ['layers', 1, 'pool', 'size']]]);
  });
  it('CLASS_MISMATCH points at the last dense units, also after dropout/activation', () => {
    const a = inferShapes(net([28, 28, 1], [...lenet.slice(0, 7), dense(12)]));
    assert.deepEqual(shapeDiagnostics(a).map((d) => [d.code, d.path]), [['CLASS_MISMATCH', ['layers', 7, 'dense', 'units']]]);
    const b = inferShapes(net([28, 28, 1], [...lenet.slice(0, 7), dense(12), { kind: 'dropout', rate: 0.1 }, { kind: 'activation', activation: 'softmax' }]));
    assert.deepEqual(shapeDiagnostics(b).map((d) => [d.code, d.path]), [['CLASS_MISMATCH', ['layers', 7, 'dense', 'units']]]);
  });
  it('CLASS_MISMATCH on flatten output points at the flatten', () => {
    const report = inferShapes(net([28, 28, 1], [conv(6, 5), pool(2), flatten]));
    assert.deepEqual(shapeDiagnostics(report).map((d) => [d.code, d.path]), [['CLASS_MISMATCH', ['layers', 2]]]);
  });
  it('CLASS_MISMATCH is still found after an earlier layer failed', () => {
    const report = inferShapes(net([28, 28, 1], [conv(6, 30), flatten, dense(7)]));
    assert.deepEqual(shapeDiagnostics(report).map((d) => [d.code, d.path]), [
      ['NON_POSITIVE_OUTPUT', ['layers', 0, 'conv', 'kernel']],
      ['CLASS_MISMATCH', ['layers', 2, 'dense', 'units']],
    ]);
  });
  it('NO_CLASSIFIER when the output is spatial', () => {
    const report = inferShapes(net([28, 28, 1], [conv(6, 5), pool(2), { kind: 'activation', activation: 'relu' }]));
    assert.deepEqual(shapeDiagnostics(report).map((d) => [d.code, d.path]), [['NO_CLASSIFIER', ['layers', 2]]]);
  });
  it('TENSOR_TOO_LARGE and MODEL_TOO_LARGE: a dense weight matrix over 2^31 elements and 8 GiB of params', () => {
    const report = inferShapes(net([28, 28, 1], [flatten, dense(3_000_000), dense(10)]));
    // 784·3e6 = 2.35e9 weights: one tensor over 2^31, and 9.4 GB of params
    assert.deepEqual(shapeDiagnostics(report).map((d) => [d.code, d.path]), [
      ['TENSOR_TOO_LARGE', ['layers', 1, 'dense', 'units']],
      ['MODEL_TOO_LARGE', ['layers']],
    ]);
    assert.equal(report.params, 784 * 3_000_000 + 3_000_000 + 30_000_000 + 10);
  });
  it('TENSOR_TOO_LARGE and BATCH_TOO_LARGE: activations of a batch', () => {
    // 4096×4096×64 floats = 2^30 per example: conv0's output for a batch of 3 holds 3·2^30 > 2^31 elements, 12 GiB
    const report = inferShapes(net([4096, 4096, 1], [conv(64, 3, { padding: 'same' }), pool(4096), flatten, dense(10)], 3));
    assert.deepEqual(shapeDiagnostics(report).map((d) => [d.code, d.path]), [
      ['TENSOR_TOO_LARGE', ['layers', 0]],
      ['BATCH_TOO_LARGE', ['train', 'batch_size']],
    ]);
  });
  it('TENSOR_TOO_LARGE: the input batch itself', () => {
    const report = inferShapes(net([50_000, 50_000, 1], [pool(50_000), flatten, dense(10)], 1));
    assert.deepEqual(shapeDiagnostics(report).map((d) => [d.code, d.path]), [['TENSOR_TOO_LARGE', ['input']], ['BATCH_TOO_LARGE', ['train', 'batch_size']]]);
  });
  it('absurd sizes stay finite numbers', () => {
    const report = inferShapes(net([1e6, 1e6, 1e3], [conv(1e6, 1, { padding: 'same' }), flatten, dense(1e6), dense(10)], 1e4));
    assert.ok(Number.isFinite(report.params) && Number.isFinite(report.macs) && Number.isFinite(report.activationBytesPerExample));
    assert.ok(shapeDiagnostics(report).length >= 3);
    assert.ok(shapeDiagnostics(report).every((d) => d.code.endsWith('_TOO_LARGE')));
  });
  it('infers a 2,000-layer model', () => {
    const drafts: AnyDraft[] = [];
    for (let i = 0; i < 666; i++) {
      drafts.push(conv(8, 3, { padding: 'same' }), { kind: 'batchnorm', momentum: 0.99, epsilon: 1e-3 }, { kind: 'activation', activation: 'relu' });
    }
    drafts.push(flatten, dense(10));
    assert.equal(drafts.length, 2000);
    const report = inferShapes(net([28, 28, 1], drafts));
    assert.deepEqual(shapeDiagnostics(report), []);
    assert.equal(report.layers.length, 2000);
    assert.deepEqual(report.layers[1996].receptiveField, [1 + 2 * 666, 1 + 2 * 666]);
    const convParams = (9 * 1 * 8 + 8) + 665 * (9 * 8 * 8 + 8);
    assert.equal(report.params, convParams + 666 * 32 + 28 * 28 * 8 * 10 + 10);
    assert.equal(report.nonTrainableParams, 666 * 16);
  });
});

describe('the data set and training checks', () => {
  const end = [flatten, dense(10, { activation: 'none' })];
  const codes = (m: NetModel) => inferShapes(m).diagnostics.map((d) => [d.code, d.severity, d.path]);

  it('INPUT_MISMATCH: an input that is not the data set\'s image shape is an error at `input`', () => {
    for (const input of [[28, 28, 3], [32, 32, 1]] as [number, number, number][]) {
      assert.deepEqual(codes(net(input, [conv(4, 3), ...end])), [['INPUT_MISMATCH', 'error', ['input']]], input.join());
    }
    const mnist = net([28, 28, 3], [conv(4, 3), ...end]);
    mnist.train = { ...mnist.train, dataset: 'mnist' };
    assert.match(inferShapes(mnist).diagnostics[0].message, /mnist's images are 28×28×1/);
    assert.deepEqual(codes(net([28, 28, 1], [conv(4, 3), ...end])), []);
  });

  it('LOGITS_ACTIVATION: softmax or relu on the logits is a warning where it is set', () => {
    assert.deepEqual(codes(net([28, 28, 1], [conv(4, 3), flatten, dense(10, { activation: 'softmax' })])), [['LOGITS_ACTIVATION', 'warning', ['layers', 2, 'dense', 'activation']]]);
    assert.deepEqual(codes(net([28, 28, 1], [conv(4, 3), flatten, dense(10, { activation: 'relu' })])), [['LOGITS_ACTIVATION', 'warning', ['layers', 2, 'dense', 'activation']]]);
    // an activation layer after the last dense, past a dropout
    assert.deepEqual(codes(net([28, 28, 1], [conv(4, 3), ...end, { kind: 'activation', activation: 'softmax' }, { kind: 'dropout', rate: 0.1 }])), [['LOGITS_ACTIVATION', 'warning', ['layers', 3, 'activation']]]);
    // relu on hidden layers is what they are for
    assert.deepEqual(codes(net([28, 28, 1], [conv(4, 3), flatten, dense(32, { activation: 'relu' }), dense(10, { activation: 'none' })])), []);
  });

  it('STRIDE_SKIPS_INPUT: a conv or pool whose stride is larger than its window is a warning', () => {
    assert.deepEqual(codes(net([28, 28, 1], [conv(4, 2, { stride: [3, 3] }), ...end])), [['STRIDE_SKIPS_INPUT', 'warning', ['layers', 0, 'conv', 'stride']]]);
    assert.deepEqual(codes(net([28, 28, 1], [conv(4, 3), pool(2, { stride: [2, 3] }), ...end])), [['STRIDE_SKIPS_INPUT', 'warning', ['layers', 1, 'pool', 'stride']]]);
    assert.deepEqual(codes(net([28, 28, 1], [conv(4, 3, { stride: [3, 3] }), pool(2), ...end])), []);
  });
});
