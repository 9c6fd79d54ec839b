/**
 * ONNX export against ONNX Runtime: the plan of every shipped spec (briefly trained) and of
 * generated networks, lines and graphs, covering every layer kind, activation, padding and merge,
 * gives in ONNX Runtime the outputs tfjs gives on the same images, within 1e-4; weights that do
 * not fit the plan are refused, each with its code at its layer.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs';
import ort from 'onnxruntime-node';
import { toOnnx } from '../src/codegen/onnx/index.js';
import { ONNX_PROTO_SHA256 } from '../src/codegen/onnx/onnx-proto.generated.js';
import { decodeModel } from '../src/codegen/onnx/proto.js';
import { splitWeights, type WeightGroup } from '../src/formats/weights-manifest.js';
import { nodeSpecReader } from '../src/node/reader.js';
import { ACTIVATIONS, type NetModel } from '../src/model.js';
import { checkSpec } from '../src/pipeline.js';
import { planModel, type ModelPlan } from '../src/plan/index.js';
import type { NamedWeight } from '../src/plan/weights.js';
import { inferShapes } from '../src/shape-inference/index.js';
import { loadDataset } from '../src/node/data/index.js';
import { selectBackend } from '../src/node/backend.js';
import { buildModel } from '../src/tfjs/build.js';
import { loadModelFolder } from '../src/node/train.js';
import { modelFiles } from '../src/tfjs/model-files.js';
import { runCli } from './helpers/cli.js';
import { graphArbitrary, graphFeatures, graphModel } from './helpers/graph-specs.js';
import { netModel, specArbitrary, toModel } from './helpers/specs.js';
import { fromRoot, repoRoot } from './helpers/paths.js';
import { tinyImages, TINY_SPEC, writeTinyIdx } from './helpers/tiny-dataset.js';

const TOLERANCE = 1e-4;
const EXAMPLES = 100;

/** 100 Fashion-MNIST test images (28×28×1) and some training ones, or the tiny stand-in where it is not installed. */
let images: { test: Float32Array; train: Float32Array; labels: Uint8Array };

before(async () => {
  execFileSync(process.execPath, [fromRoot('scripts', 'embed-onnx-proto.mjs')], { stdio: 'inherit' });
  // the fast CPU backend: training even a few batches of best.yaml on tfjs's plain cpu backend takes minutes
  await selectBackend('wasm');
  try {
    const data = await loadDataset({ dataset: 'fashion-mnist', download: false, trainLimit: 96, valLimit: EXAMPLES, env: {} });
    images = { test: data.test.images, train: data.train.images, labels: data.train.labels };
  } catch {
    const train = tinyImages(96, 1);
    images = { test: tinyImages(EXAMPLES, 2).images, train: train.images, labels: train.labels };
  }
}, { timeout: 120_000 });

/** The weights of `net` as a run folder keeps them (model.json's manifest and weights.bin), read back as export reads them. */
async function saved(net: tf.LayersModel): Promise<Map<string, NamedWeight>> {
  const files = await modelFiles(net);
  const json = JSON.parse(files['model.json'] as string) as { weightsManifest: WeightGroup[] };
  const weights = splitWeights(json.weightsManifest, files['weights.bin'] as Uint8Array);
  assert.ok(typeof weights !== 'string', String(weights));
  return weights;
}

/** The plan of a NetModel, as the CLI gets it from a checked spec. */
function planOf(model: NetModel): ModelPlan {
  return planModel(model, inferShapes(model));
}

/** The largest |ONNX Runtime − tfjs| over `count` NHWC images, and the ONNX model. */
async function compare(net: tf.LayersModel, plan: ModelPlan, nhwc: Float32Array, count: number): Promise<{ diff: number; ops: string[]; outputs: number }> {
  const result = toOnnx(plan, await saved(net), { producerVersion: 'test' });
  assert.ok(result.ok, result.ok ? '' : result.diagnostics.map((d) => d.code).join(', '));
  const [c, h, w] = result.input;
  const expected = tf.tidy(() => (net.predict(tf.tensor4d(nhwc, [count, h, w, c])) as tf.Tensor).dataSync());
  const nchw = tf.tidy(() => tf.transpose(tf.tensor4d(nhwc, [count, h, w, c]), [0, 3, 1, 2]).dataSync() as Float32Array);
  const session = await ort.InferenceSession.create(result.bytes);
  try {
    const out = await session.run({ input: new ort.Tensor('float32', nchw, [count, c, h, w]) });
    const actual = out.output!.data as Float32Array;
    assert.deepEqual(out.output!.dims, [count, ...result.output]);
    assert.equal(actual.length, expected.length);
    let diff = 0;
    for (let i = 0; i < actual.length; i++) {
      assert.ok(Number.isFinite(expected[i]!), 'tfjs output is finite');
      diff = Math.max(diff, Math.abs(actual[i]! - expected[i]!));
    }
    return { diff, ops: result.model.graph.node.map((n) => n.op_type), outputs: result.output[0]! };
  } finally {
    await session.release();
  }
}

/** Two SGD steps on 32 training images, in training mode, so weights and batch-norm statistics move. */
function briefTrain(net: tf.LayersModel, model: NetModel): void {
  const [h, w, c] = model.input;
  const optimizer = tf.train.sgd(0.05);
  for (let b = 0; b < 2; b++) {
    tf.tidy(() => {
      const x = tf.tensor4d(images.train.subarray(b * 16 * h * w, (b + 1) * 16 * h * w), [16, h, w, c]);
      const y = tf.oneHot(tf.tensor1d(images.labels.subarray(b * 16, (b + 1) * 16), 'int32'), 10);
      optimizer.minimize(() => tf.losses.softmaxCrossEntropy(y, net.apply(x, { training: true }) as tf.Tensor) as tf.Scalar);
    });
  }
  optimizer.dispose();
}

describe('ONNX export', () => {
  it('compiles ONNX\'s own onnx.proto, as vendored', { timeout: 10_000 }, () => {
    const source = fs.readFileSync(fromRoot('src', 'codegen', 'onnx', 'onnx.proto'));
    assert.equal(ONNX_PROTO_SHA256, createHash('sha256').update(source).digest('hex'));
  });

  for (const file of fs.readdirSync(fromRoot('specs')).filter((f) => f.endsWith('.yaml')).sort()) {
    it(`specs/${file}, briefly trained: ONNX Runtime gives tfjs's outputs on ${EXAMPLES} test images`, { timeout: 120_000 }, async () => {
      const checked = checkSpec({ file: `specs/${file}`, text: fs.readFileSync(fromRoot('specs', file)) }, { reader: nodeSpecReader(repoRoot) });
      assert.ok(checked.ok && checked.model);
      const net = buildModel(checked.model, 1);
      try {
        const before = net.getWeights().map((t) => t.dataSync().slice());
        briefTrain(net, checked.model);
        // the weights moved (batch-norm statistics too, where there are any)
        net.getWeights().forEach((t, i) => assert.notDeepEqual(t.dataSync(), before[i], net.weights[i]!.name));
        const { diff, ops } = await compare(net, checked.plan!, images.test, EXAMPLES);
        assert.ok(diff <= TOLERANCE, `largest difference ${diff}`);
        assert.ok(!ops.includes('Dropout'), 'dropout is left out');
      } finally {
        net.dispose();
      }
    });
  }

  it('generated models with every layer kind, activation and padding match tfjs within 1e-4', { timeout: 300_000 }, async () => {
    // tfjs's cpu backend, the reference: tfjs-backend-wasm 4.22 gives zeros for some same-padded
    // convolutions (a 1-tall kernel with stride 2 on 6 rows, whose padding would be negative)
    await tf.setBackend('cpu');
    const seen = { activations: new Set<string>(), paddings: new Set<string>(), kinds: new Set<string>(), pools: new Set<string>() };
    await fc.assert(fc.asyncProperty(specArbitrary({ activations: ACTIVATIONS, headActivations: ACTIVATIONS }), fc.integer({ min: 1, max: 1000 }), async (spec, seed) => {
      const model = toModel(spec);
      for (const layer of model.layers) {
        seen.kinds.add(layer.kind);
        if ('activation' in layer) seen.activations.add(layer.activation);
        if (layer.kind === 'conv') seen.paddings.add(typeof layer.padding === 'string' ? layer.padding : 'explicit');
        if (layer.kind === 'pool') seen.pools.add(`${layer.type} ${layer.padding}`);
      }
      const net = buildModel(model, seed);
      try {
        randomizeNonKernels(net, seed);
        const [h, w, c] = model.input;
        const x = tf.tidy(() => tf.randomUniform([EXAMPLES, h, w, c], 0, 1, 'float32', seed).dataSync() as Float32Array);
        const { diff } = await compare(net, planOf(model), x, EXAMPLES);
        assert.ok(diff <= TOLERANCE, `largest difference ${diff}`);
      } finally {
        net.dispose();
      }
    }), { numRuns: 60, seed: 14 });
    await tf.setBackend('wasm');
    assert.deepEqual([...seen.activations].sort(), [...ACTIVATIONS].sort());
    assert.deepEqual([...seen.kinds].sort(), ['activation', 'batchnorm', 'conv', 'dense', 'dropout', 'flatten', 'pool']);
    assert.deepEqual([...seen.paddings].sort(), ['explicit', 'same', 'valid']);
    assert.deepEqual([...seen.pools].sort(), ['avg same', 'avg valid', 'max same', 'max valid']);
  });

  it('every activation matches tfjs over [-12, 12], where clipping and saturation happen', { timeout: 120_000 }, async () => {
    await tf.setBackend('cpu');
    for (const activation of ACTIVATIONS) {
      // two channels: softmax runs over them, the channel axis (NHWC's last, NCHW's second)
      const model = netModel([4, 25, 2], [{ kind: 'activation', activation }, { kind: 'flatten' }]);
      const net = buildModel(model, 1);
      try {
        const x = Float32Array.from({ length: 200 }, (_, i) => -12 + (24 * i) / 199);
        const { diff } = await compare(net, planOf(model), x, 1);
        assert.ok(diff <= TOLERANCE, `${activation}: largest difference ${diff}`);
      } finally {
        net.dispose();
      }
    }
    await tf.setBackend('wasm');
  });

  it('generated graphs (residual, Inception, dense blocks, global pooling, flat merges) match tfjs within 1e-4', { timeout: 300_000 }, async () => {
    await tf.setBackend('cpu');
    const seen = new Set<string>();
    await fc.assert(fc.asyncProperty(graphArbitrary(), fc.integer({ min: 1, max: 1000 }), async (recipe, seed) => {
      const model = graphModel(recipe);
      graphFeatures(model).forEach((f) => seen.add(f));
      const net = buildModel(model, seed);
      try {
        randomizeNonKernels(net, seed);
        const [h, w, c] = model.input;
        const x = tf.tidy(() => tf.randomUniform([20, h, w, c], 0, 1, 'float32', seed).dataSync() as Float32Array);
        const { diff, ops } = await compare(net, planOf(model), x, 20);
        assert.ok(diff <= TOLERANCE, `largest difference ${diff}`);
        for (const op of ['Add', 'Concat']) if (model.layers.some((l) => l.kind === op.toLowerCase())) assert.ok(ops.includes(op), op);
      } finally {
        net.dispose();
      }
    }), { numRuns: 30, seed: 21 });
    await tf.setBackend('wasm');
    assert.deepEqual([...seen].sort(), ['add of 3', 'asymmetric pads', 'concat of 4', 'flat merge', 'global avg', 'global max', 'repeated concat', 'residual add']);
  });

  it('lowers global pooling to GlobalAveragePool and GlobalMaxPool, and an add of three to two Adds then its activation', { timeout: 120_000 }, async () => {
    const model = netModel([6, 5, 3], [
      { kind: 'conv', filters: 4, kernel: [3, 3], stride: [1, 1], padding: 'same', activation: 'relu', init: 'glorot_uniform', bias: true },
      { kind: 'pool', type: 'avg', size: 'global', stride: [1, 1], padding: 'valid' },
      { kind: 'flatten' },
      { kind: 'dense', units: 10, activation: 'none', init: 'glorot_uniform', bias: true },
    ]);
    const result = toOnnx(planOf(model), await savedOf(model), { producerVersion: 'test' });
    assert.ok(result.ok);
    assert.deepEqual(result.model.graph.node.map((n) => n.op_type), ['Conv', 'Relu', 'GlobalAveragePool', 'Flatten', 'Gemm']);
    const max = netModel([6, 5, 3], [{ kind: 'pool', type: 'max', size: 'global', stride: [1, 1], padding: 'valid' }, { kind: 'flatten' }]);
    const pooled = toOnnx(planOf(max), new Map(), { producerVersion: 'test' });
    assert.ok(pooled.ok);
    assert.deepEqual(pooled.model.graph.node.map((n) => n.op_type), ['GlobalMaxPool', 'Flatten']);
    const summed = netModel([4, 4, 2], [
      { kind: 'activation', activation: 'tanh' }, { kind: 'activation', activation: 'sigmoid' }, { kind: 'activation', activation: 'relu' },
      { kind: 'add', activation: 'relu' }, { kind: 'flatten' },
    ]);
    summed.layers[1] = { ...summed.layers[1]!, inputs: ['input'] };
    summed.layers[2] = { ...summed.layers[2]!, inputs: ['input'] };
    summed.layers[3] = { ...summed.layers[3]!, inputs: ['activation0', 'activation1', 'activation2'] };
    const sum = toOnnx(planOf(summed), new Map(), { producerVersion: 'test' });
    assert.ok(sum.ok);
    assert.deepEqual(sum.model.graph.node.map((n) => n.op_type), ['Tanh', 'Sigmoid', 'Relu', 'Add', 'Add', 'Relu', 'Transpose', 'Flatten']);
  });

  it('even kernels and strides with same padding pad the extra pixel at the end, as tfjs does', { timeout: 120_000 }, async () => {
    const model = netModel([9, 8, 2], [
      { kind: 'conv', filters: 3, kernel: [4, 2], stride: [2, 3], padding: 'same', activation: 'none', init: 'glorot_uniform', bias: true },
      { kind: 'pool', type: 'max', size: [2, 4], stride: [2, 2], padding: 'same' },
      { kind: 'pool', type: 'avg', size: [2, 2], stride: [1, 1], padding: 'same' },
      { kind: 'flatten' },
    ]);
    const net = buildModel(model, 3);
    try {
      randomizeNonKernels(net, 3);
      const x = tf.tidy(() => tf.randomNormal([4, 9, 8, 2], 0, 1, 'float32', 3).dataSync() as Float32Array);
      const { diff } = await compare(net, planOf(model), x, 4);
      assert.ok(diff <= TOLERANCE, `largest difference ${diff}`);
      const result = toOnnx(planOf(model), await saved(net), { producerVersion: 'test' });
      assert.ok(result.ok);
      // ceil(9/2) = 5 rows from 9: (5−1)·2 + 4 − 9 = 3 rows of padding, 1 on top and 2 below
      const conv = result.model.graph.node.find((n) => n.op_type === 'Conv')!;
      assert.deepEqual(conv.attribute.find((a) => a.name === 'pads')!.ints, [1, 0, 2, 0]);
      // the pool: ceil(3/2) = 2 columns from 3 with a window of 4: 2 + 4 − 3 = 3, 1 left and 2 right
      const pool = result.model.graph.node.find((n) => n.op_type === 'MaxPool')!;
      assert.deepEqual(pool.attribute.find((a) => a.name === 'pads')!.ints, [0, 1, 1, 2]);
    } finally {
      net.dispose();
    }
  });

  it('the file is an ONNX model: opset 13, NCHW input with a free batch size, metadata with the classes and the output kind', { timeout: 120_000 }, async () => {
    const checked = checkSpec({ file: 'specs/lenet5.yaml', text: fs.readFileSync(fromRoot('specs', 'lenet5.yaml')) }, { reader: nodeSpecReader(repoRoot) });
    const net = buildModel(checked.model!, 1);
    try {
      const result = toOnnx(checked.plan!, await saved(net), { producerVersion: '0.1.0', classes: ['a', 'b'] });
      assert.ok(result.ok);
      const model = decodeModel(result.bytes);
      assert.deepEqual(model.opset_import, [{ domain: '', version: 13 }]);
      assert.equal(model.ir_version, 7);
      assert.equal(model.producer_name, 'lenetc');
      const input = model.graph.input[0]!.type.tensor_type.shape.dim;
      assert.deepEqual(input, [{ dim_param: 'batch' }, { dim_value: 1 }, { dim_value: 28 }, { dim_value: 28 }]);
      assert.deepEqual(model.metadata_props.find((p) => p.key === 'lenetc.classes'), { key: 'lenetc.classes', value: '["a","b"]' });
      assert.deepEqual(model.metadata_props.find((p) => p.key === 'lenetc.output'), { key: 'lenetc.output', value: 'logits' });
      // every weight is in the file, none twice
      const stored = model.graph.initializer.filter((t) => t.data_type === 1 && t.dims.length > 0).reduce((n, t) => n + t.dims.reduce((a, b) => a * b, 1), 0);
      assert.equal(stored, net.countParams());
    } finally {
      net.dispose();
    }
  });

  it('says probabilities where the plan does: softmax, then dropout, at the end', { timeout: 120_000 }, async () => {
    const model = netModel([4, 4, 1], [
      { kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'softmax', init: 'glorot_uniform', bias: true }, { kind: 'dropout', rate: 0.5 },
    ]);
    const plan = planOf(model);
    assert.equal(plan.output.kind, 'probabilities');
    const result = toOnnx(plan, await savedOf(model), { producerVersion: 'test' });
    assert.ok(result.ok);
    assert.deepEqual(result.model.metadata_props.find((p) => p.key === 'lenetc.output'), { key: 'lenetc.output', value: 'probabilities' });
    assert.match(result.model.graph.output[0]!.doc_string!, /probabilities/);
  });

  it('refuses weights that do not fit the plan: a code per weight, at the layer that has it', { timeout: 120_000 }, async () => {
    const model = netModel([8, 8, 1], [
      { kind: 'conv', filters: 2, kernel: [3, 3], stride: [1, 1], padding: 'valid', activation: 'relu', init: 'glorot_uniform', bias: true },
      { kind: 'batchnorm', momentum: 0.99, epsilon: 1e-3 },
      { kind: 'flatten' },
      { kind: 'dense', units: 3, activation: 'none', init: 'glorot_uniform', bias: true },
    ]);
    const weights = await savedOf(model);
    weights.delete('batchnorm1/moving_variance');
    weights.set('dense3/kernel', { shape: [72, 4], data: new Float32Array(288) });
    weights.set('noise4/kernel', { shape: [1], data: new Float32Array(1) });
    const result = toOnnx(planOf(model), weights, { producerVersion: 'test' });
    assert.ok(!result.ok);
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.path]), [
      ['EXPORT_WEIGHT_MISSING', ['layers', 1]],
      ['EXPORT_WEIGHT_SHAPE', ['layers', 3]],
      ['EXPORT_WEIGHT_EXTRA', undefined],
    ]);
  });
});

/** The weights of a freshly built tfjs model of `model`, as a model folder holds them. */
async function savedOf(model: NetModel): Promise<Map<string, NamedWeight>> {
  const net = buildModel(model, 1);
  try {
    return await saved(net);
  } finally {
    net.dispose();
  }
}

/**
 * Kernels keep their glorot values (outputs stay near 1, where 1e-4 means something); biases
 * and batch-norm parameters and statistics get random ones.
 */
function randomizeNonKernels(net: tf.LayersModel, seed: number): void {
  const values = net.weights.map((v, i) => tf.tidy(() => {
    const role = v.originalName.split('/').pop();
    if (role === 'kernel') return v.read().clone();
    const [low, high] = role === 'gamma' || role === 'moving_variance' ? [0.5, 1.5] : [-0.3, 0.3];
    return tf.randomUniform(v.shape as number[], low, high, 'float32', seed + i);
  }));
  net.setWeights(values);
  tf.dispose(values);
}

describe('lenetc export --onnx', () => {
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-export-'));
    writeTinyIdx(dir);
    fs.writeFileSync(path.join(dir, 'tiny.yaml'), TINY_SPEC);
    const trained = await runCli(['train', 'tiny.yaml', '--backend', 'cpu', '--epochs', '1', '--data', '.', '--out', 'run', '--threads', '1'], dir);
    assert.equal(trained.code, 0, trained.stderr);
  }, { timeout: 120_000 });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The largest |ONNX Runtime − tfjs| for the ONNX file `file` and the tfjs model folder `tfjsDir`, on tiny images. */
  async function difference(file: string, tfjsDir: string): Promise<number> {
    const net = await loadModelFolder(tfjsDir);
    try {
      const x = tinyImages(EXAMPLES, 3).images;
      const expected = tf.tidy(() => (net.predict(tf.tensor4d(x, [EXAMPLES, 28, 28, 1])) as tf.Tensor).dataSync());
      const session = await ort.InferenceSession.create(fs.readFileSync(file));
      // one channel: NHWC and NCHW hold the same numbers
      const out = await session.run({ input: new ort.Tensor('float32', x, [EXAMPLES, 1, 28, 28]) });
      await session.release();
      const actual = out.output!.data as Float32Array;
      return actual.reduce((m, v, i) => Math.max(m, Math.abs(v - expected[i]!)), 0);
    } finally {
      net.dispose();
    }
  }

  it('writes the run as ONNX that ONNX Runtime runs as tfjs does, and as a tfjs folder', { timeout: 120_000 }, async () => {
    const { code, stdout, stderr } = await runCli(['export', 'run', '--onnx', 'tiny.onnx', '--tfjs', 'tfjs'], dir);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /opset 13/);
    const model = decodeModel(fs.readFileSync(path.join(dir, 'tiny.onnx')));
    assert.equal(model.metadata_props.find((p) => p.key === 'lenetc.classes')!.value, JSON.stringify(['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot']));
    assert.ok(await difference(path.join(dir, 'tiny.onnx'), path.join(dir, 'tfjs')) <= TOLERANCE);
    const again = await runCli(['export', 'run', '--onnx', 'tiny.onnx'], dir);
    assert.equal(again.code, 2, 'an existing file is kept without --force');
  });

  it('takes the model folder of a run for the run, and a bare model folder with the spec beside model.json', { timeout: 120_000 }, async () => {
    const inside = await runCli(['export', 'run/model', '--onnx', 'inside.onnx'], dir);
    assert.equal(inside.code, 0, inside.stderr);
    assert.ok(await difference(path.join(dir, 'inside.onnx'), path.join(dir, 'run', 'model')) <= TOLERANCE);
    const bare = path.join(dir, 'bare');
    fs.cpSync(path.join(dir, 'run', 'model'), bare, { recursive: true });
    const refused = await runCli(['export', 'bare', '--onnx', 'bare.onnx'], dir);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^error\[EXPORT_NO_SPEC\]/m);
    assert.match(refused.stderr, /^hint: /m);
    assert.ok(!fs.existsSync(path.join(dir, 'bare.onnx')));
    fs.copyFileSync(path.join(dir, 'run', 'spec.resolved.yaml'), path.join(bare, 'spec.resolved.yaml'));
    const beside = await runCli(['export', 'bare', '--onnx', 'bare.onnx'], dir);
    assert.equal(beside.code, 0, beside.stderr);
    // --tfjs alone needs no spec
    fs.rmSync(path.join(bare, 'spec.resolved.yaml'));
    assert.equal((await runCli(['export', 'bare', '--tfjs', 'bare-tfjs'], dir)).code, 0);
  });

  it('exits 1 with the code at the layer of the run\'s spec when the weights do not fit it', { timeout: 120_000 }, async () => {
    const edited = path.join(dir, 'edited');
    fs.cpSync(path.join(dir, 'run'), edited, { recursive: true });
    const specFile = path.join(edited, 'spec.resolved.yaml');
    const spec = fs.readFileSync(specFile, 'utf8');
    assert.match(spec, /filters: 4/);
    fs.writeFileSync(specFile, spec.replace('filters: 4', 'filters: 5'));
    const { code, stderr } = await runCli(['export', 'edited', '--onnx', 'edited.onnx'], dir);
    assert.equal(code, 1);
    const line = spec.split('\n').findIndex((l) => /^\s*- conv:/.test(l)) + 1;
    assert.match(stderr, new RegExp(`^edited/spec\\.resolved\\.yaml:${line}:\\d+: error\\[EXPORT_WEIGHT_SHAPE\\]`, 'm'));
    assert.ok(!fs.existsSync(path.join(dir, 'edited.onnx')));
  });

  it('needs --onnx, --pytorch or --tfjs, and a folder with a model', { timeout: 120_000 }, async () => {
    assert.equal((await runCli(['export', 'run'], dir)).code, 2);
    assert.equal((await runCli(['export', 'nowhere', '--onnx', 'x.onnx'], dir)).code, 2);
  });
});
