/**
 * ONNX export against ONNX Runtime: every shipped spec (briefly trained) and generated models
 * covering every layer kind, activation and padding give, in ONNX Runtime, the outputs tfjs
 * gives on the same images, within 1e-4; what cannot be exported is refused with the layer named.
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
import { toOnnx, type NamedWeight } from '../src/codegen/onnx/index.js';
import { ONNX_PROTO_SHA256 } from '../src/codegen/onnx/onnx-proto.generated.js';
import { decodeModel } from '../src/codegen/onnx/proto.js';
import { splitWeights, type WeightGroup } from '../src/codegen/onnx/weights.js';
import { nodeSpecReader } from '../src/cli/reader.js';
import { ACTIVATIONS, type NetModel } from '../src/model.js';
import { checkSpec } from '../src/pipeline.js';
import { loadDataset } from '../src/runtime/data/index.js';
import { selectBackend } from '../src/runtime/backend.js';
import { buildModel } from '../src/runtime/model.js';
import { loadModelFolder } from '../src/runtime/train/index.js';
import { modelFiles } from '../src/runtime/train/model-files.js';
import { runCli } from './helpers/cli.js';
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
});

/** model.json and weights.bin of `net`, as a run folder keeps them, read back as export reads them. */
async function saved(net: tf.LayersModel): Promise<{ topology: unknown; weights: Map<string, NamedWeight> }> {
  const files = await modelFiles(net);
  const json = JSON.parse(files['model.json'] as string) as { modelTopology: unknown; weightsManifest: WeightGroup[] };
  const weights = splitWeights(json.weightsManifest, files['weights.bin'] as Uint8Array);
  assert.ok(typeof weights !== 'string', String(weights));
  return { topology: json.modelTopology, weights };
}

/** The largest |ONNX Runtime − tfjs| over `count` NHWC images, and the ONNX model. */
async function compare(net: tf.LayersModel, nhwc: Float32Array, count: number): Promise<{ diff: number; ops: string[]; outputs: number }> {
  const { topology, weights } = await saved(net);
  const result = toOnnx(topology, weights, { producerVersion: 'test' });
  assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => p.message).join('; '));
  const [c, h, w] = result.input;
  const expected = tf.tidy(() => (net.predict(tf.tensor4d(nhwc, [count, h, w, c])) as tf.Tensor).dataSync());
  const nchw = tf.tidy(() => tf.transpose(tf.tensor4d(nhwc, [count, h, w, c]), [0, 3, 1, 2]).dataSync() as Float32Array);
  const session = await ort.InferenceSession.create(result.bytes);
  try {
    const out = await session.run({ input: new ort.Tensor('float32', nchw, [count, c, h, w]) });
    const actual = out.output!.data as Float32Array;
    assert.deepEqual(out.output!.dims, [count, result.outputs]);
    assert.equal(actual.length, expected.length);
    let diff = 0;
    for (let i = 0; i < actual.length; i++) {
      assert.ok(Number.isFinite(expected[i]!), 'tfjs output is finite');
      diff = Math.max(diff, Math.abs(actual[i]! - expected[i]!));
    }
    return { diff, ops: result.model.graph.node.map((n) => n.op_type), outputs: result.outputs };
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
  it('compiles ONNX\'s own onnx.proto, as vendored', () => {
    const source = fs.readFileSync(fromRoot('src', 'codegen', 'onnx', 'onnx.proto'));
    assert.equal(ONNX_PROTO_SHA256, createHash('sha256').update(source).digest('hex'));
  });

  for (const file of fs.readdirSync(fromRoot('specs')).filter((f) => f.endsWith('.yaml')).sort()) {
    it(`specs/${file}, briefly trained: ONNX Runtime gives tfjs's outputs on ${EXAMPLES} test images`, async () => {
      const checked = checkSpec({ file: `specs/${file}`, text: fs.readFileSync(fromRoot('specs', file)) }, { reader: nodeSpecReader(repoRoot) });
      assert.ok(checked.ok && checked.model);
      const net = buildModel(checked.model, 1);
      try {
        const before = net.getWeights().map((t) => t.dataSync().slice());
        briefTrain(net, checked.model);
        // the weights moved (batch-norm statistics too, where there are any)
        net.getWeights().forEach((t, i) => assert.notDeepEqual(t.dataSync(), before[i], net.weights[i]!.name));
        const { diff, ops } = await compare(net, images.test, EXAMPLES);
        assert.ok(diff <= TOLERANCE, `largest difference ${diff}`);
        assert.ok(!ops.includes('Dropout'), 'dropout is left out');
      } finally {
        net.dispose();
      }
    });
  }

  it('generated models with every layer kind, activation and padding match tfjs within 1e-4', async () => {
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
        // kernels keep their glorot values (outputs stay near 1, where 1e-4 means something);
        // biases and batch-norm parameters and statistics get random ones
        const values = net.weights.map((v, i) => tf.tidy(() => {
          const role = v.originalName.split('/').pop();
          if (role === 'kernel') return v.read().clone();
          const [low, high] = role === 'gamma' || role === 'moving_variance' ? [0.5, 1.5] : [-0.3, 0.3];
          return tf.randomUniform(v.shape as number[], low, high, 'float32', seed + i);
        }));
        net.setWeights(values);
        tf.dispose(values);
        const [h, w, c] = model.input;
        const x = tf.tidy(() => tf.randomUniform([EXAMPLES, h, w, c], 0, 1, 'float32', seed).dataSync() as Float32Array);
        const { diff } = await compare(net, x, EXAMPLES);
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

  it('every activation matches tfjs over [-12, 12], where clipping and saturation happen', async () => {
    await tf.setBackend('cpu');
    for (const activation of ACTIVATIONS) {
      // two channels: softmax runs over them, the channel axis (NHWC's last, NCHW's second)
      const net = buildModel(netModel([4, 25, 2], [{ kind: 'activation', activation }, { kind: 'flatten' }]), 1);
      try {
        const x = Float32Array.from({ length: 200 }, (_, i) => -12 + (24 * i) / 199);
        const { diff } = await compare(net, x, 1);
        assert.ok(diff <= TOLERANCE, `${activation}: largest difference ${diff}`);
      } finally {
        net.dispose();
      }
    }
    await tf.setBackend('wasm');
  });

  it('even kernels and strides with same padding pad the extra pixel at the end, as tfjs does', async () => {
    const net = tf.sequential({ layers: [
      tf.layers.conv2d({ inputShape: [9, 8, 2], filters: 3, kernelSize: [4, 2], strides: [2, 3], padding: 'same', biasInitializer: 'randomNormal' }),
      tf.layers.maxPooling2d({ poolSize: [2, 4], strides: [2, 2], padding: 'same' }),
      tf.layers.averagePooling2d({ poolSize: 2, strides: 1, padding: 'same' }),
      tf.layers.flatten(),
    ] });
    try {
      const x = tf.tidy(() => tf.randomNormal([4, 9, 8, 2], 0, 1, 'float32', 3).dataSync() as Float32Array);
      const { diff } = await compare(net, x, 4);
      assert.ok(diff <= TOLERANCE, `largest difference ${diff}`);
      const { topology, weights } = await saved(net);
      const result = toOnnx(topology, weights, { producerVersion: 'test' });
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

  it('the file is an ONNX model: opset 13, NCHW input with a free batch size, metadata with the classes', async () => {
    const checked = checkSpec({ file: 'specs/lenet5.yaml', text: fs.readFileSync(fromRoot('specs', 'lenet5.yaml')) }, { reader: nodeSpecReader(repoRoot) });
    const net = buildModel(checked.model!, 1);
    try {
      const { topology, weights } = await saved(net);
      const result = toOnnx(topology, weights, { producerVersion: '0.1.0', classes: ['a', 'b'] });
      assert.ok(result.ok);
      const model = decodeModel(result.bytes);
      assert.deepEqual(model.opset_import, [{ domain: '', version: 13 }]);
      assert.equal(model.ir_version, 7);
      assert.equal(model.producer_name, 'lenetc');
      const input = model.graph.input[0]!.type.tensor_type.shape.dim;
      assert.deepEqual(input, [{ dim_param: 'batch' }, { dim_value: 1 }, { dim_value: 28 }, { dim_value: 28 }]);
      assert.deepEqual(model.metadata_props.find((p) => p.key === 'lenetc.classes'), { key: 'lenetc.classes', value: '["a","b"]' });
      // every weight is in the file, none twice
      const stored = model.graph.initializer.filter((t) => t.data_type === 1 && t.dims.length > 0).reduce((n, t) => n + t.dims.reduce((a, b) => a * b, 1), 0);
      assert.equal(stored, net.countParams());
    } finally {
      net.dispose();
    }
  });

  it('refuses what it cannot express, naming each layer and what is wrong', async () => {
    const net = tf.sequential({ layers: [
      tf.layers.conv2d({ inputShape: [8, 8, 1], filters: 2, kernelSize: 3, dilationRate: 2 }),
      tf.layers.conv2d({ filters: 2, kernelSize: 1 }),
      tf.layers.zeroPadding2d({ padding: 1 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 3, activation: 'logSoftmax' as never }),
    ] });
    try {
      const { topology, weights } = await saved(net);
      const layers = (topology as { config: { layers: { class_name: string; config: Record<string, unknown> }[] } }).config.layers;
      // a layer kind lenetc does not know, as a hand-edited model.json could hold
      layers[1] = { class_name: 'LSTM', config: { name: 'lstm1', units: 4 } };
      const result = toOnnx(topology, weights, { producerVersion: 'test' });
      assert.ok(!result.ok);
      assert.deepEqual(result.problems.map((p) => p.layer), [layers[0]!.config.name, 'lstm1', layers[4]!.config.name]);
      assert.match(result.problems[0]!.message, /dilation_rate/);
      assert.match(result.problems[1]!.message, /LSTM/);
      assert.match(result.problems[2]!.message, /log_softmax/);
      // a ZeroPadding2D anywhere but before a conv
      const padded = tf.sequential({ layers: [tf.layers.zeroPadding2d({ inputShape: [4, 4, 1], padding: 1 }), tf.layers.flatten()] });
      const alone = toOnnx((await saved(padded)).topology, new Map(), { producerVersion: 'test' });
      padded.dispose();
      assert.ok(!alone.ok);
      assert.match(alone.problems[0]!.message, /ZeroPadding2D/);
      assert.ok(!toOnnx({ class_name: 'Model', config: {} }, weights, { producerVersion: 'test' }).ok);
    } finally {
      net.dispose();
    }
  });
});

describe('lenetc export', () => {
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-export-'));
    writeTinyIdx(dir);
    fs.writeFileSync(path.join(dir, 'tiny.yaml'), TINY_SPEC);
    const trained = await runCli(['train', 'tiny.yaml', '--backend', 'cpu', '--epochs', '1', '--data', '.', '--out', 'run', '--threads', '1'], dir);
    assert.equal(trained.code, 0, trained.stderr);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the run as ONNX that ONNX Runtime runs as tfjs does, and as a tfjs folder', async () => {
    const { code, stdout, stderr } = await runCli(['export', 'run', '--onnx', 'tiny.onnx', '--tfjs', 'tfjs'], dir);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /opset 13/);
    const bytes = fs.readFileSync(path.join(dir, 'tiny.onnx'));
    const model = decodeModel(bytes);
    assert.equal(model.metadata_props.find((p) => p.key === 'lenetc.classes')!.value, JSON.stringify(['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot']));
    const net = await loadModelFolder(path.join(dir, 'tfjs'));
    try {
      const x = tinyImages(EXAMPLES, 3).images;
      const expected = tf.tidy(() => (net.predict(tf.tensor4d(x, [EXAMPLES, 28, 28, 1])) as tf.Tensor).dataSync());
      const session = await ort.InferenceSession.create(bytes);
      // one channel: NHWC and NCHW hold the same numbers
      const out = await session.run({ input: new ort.Tensor('float32', x, [EXAMPLES, 1, 28, 28]) });
      await session.release();
      const actual = out.output!.data as Float32Array;
      assert.ok(actual.every((v, i) => Math.abs(v - expected[i]!) <= TOLERANCE));
    } finally {
      net.dispose();
    }
    const again = await runCli(['export', 'run', '--onnx', 'tiny.onnx'], dir);
    assert.equal(again.code, 2, 'an existing file is kept without --force');
  });

  it('exits 1 with one line per problem when the model holds a layer it does not know', async () => {
    const model = path.join(dir, 'run', 'model');
    const edited = path.join(dir, 'edited');
    fs.mkdirSync(edited);
    const json = JSON.parse(fs.readFileSync(path.join(model, 'model.json'), 'utf8')) as { modelTopology: { config: { layers: unknown[] } } };
    json.modelTopology.config.layers.splice(2, 0, { class_name: 'GaussianNoise', config: { name: 'noise1', stddev: 0.1 } });
    fs.writeFileSync(path.join(edited, 'model.json'), JSON.stringify(json));
    fs.copyFileSync(path.join(model, 'weights.bin'), path.join(edited, 'weights.bin'));
    const { code, stderr } = await runCli(['export', 'edited', '--onnx', 'edited.onnx'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /^error\[ONNX_UNSUPPORTED\]: cannot export edited\/? as ONNX: layer noise1 is a GaussianNoise, which lenetc's ONNX export does not know$/m);
    assert.ok(!fs.existsSync(path.join(dir, 'edited.onnx')));
  });

  it('needs --onnx or --tfjs, and a folder with a model', async () => {
    assert.equal((await runCli(['export', 'run'], dir)).code, 2);
    assert.equal((await runCli(['export', 'nowhere', '--onnx', 'x.onnx'], dir)).code, 2);
  });
});
