/**
 * What a network outputs is decided once, by the plan: a spec whose last dense applies softmax
 * and is followed by dropout outputs probabilities, and every consumer reads it so: the tfjs
 * trainer's and evaluator's loss (the log of the probability, not softmax cross-entropy over
 * probabilities), the compiled WebGPU program's loss, the saved model folder, predict (no
 * second softmax) and the ONNX export's metadata. Before, the trainers took it for logits while
 * predict and the export took it for probabilities.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { compileTraining } from '../src/codegen/wgsl/index.js';
import { memoryReader } from '../src/parser/memory-reader.js';
import { checkSpec } from '../src/pipeline.js';
import type { OutputKind } from '../src/plan/index.js';
import { buildModel, outputKind } from '../src/tfjs/build.js';
import { classProbabilities } from '../src/tfjs/predict.js';
import { evaluate } from '../src/tfjs/evaluate.js';
import { loadModel, modelFiles } from '../src/tfjs/model-files.js';
import { runCli } from './helpers/cli.js';
import { tinyImages, writeTinyIdx } from './helpers/tiny-dataset.js';

const spec = (head: string) => `name: soft
input: [28, 28, 1]
layers:
  - conv: {filters: 4, kernel: 3, stride: 2, activation: relu}
  - flatten
${head}train:
  dataset: fashion-mnist
  epochs: 1
  batch_size: 32
  optimizer: {type: adam}
  lr: 0.01
  seed: 7
`;
/** Ends in softmax, then dropout: probabilities, whichever layer comes last. */
const SOFTMAX_DROPOUT = spec('  - dense: {units: 10, activation: softmax}\n  - dropout: 0.3\n');
const SOFTMAX_LAYER = spec('  - dense: {units: 10}\n  - activation: softmax\n  - dropout: 0.2\n');
const LOGITS = spec('  - dense: {units: 10}\n  - dropout: 0.3\n');

function checked(text: string) {
  const result = checkSpec({ file: 'soft.yaml', text }, { reader: memoryReader({}) });
  assert.ok(result.ok && result.model && result.plan, JSON.stringify(result.diagnostics));
  return { model: result.model, plan: result.plan };
}

describe('the output kind, decided once by the plan', () => {
  before(async () => {
    await tf.setBackend('cpu');
  });

  for (const [label, text, kind] of [['softmax then dropout', SOFTMAX_DROPOUT, 'probabilities'], ['a softmax layer then dropout', SOFTMAX_LAYER, 'probabilities'], ['logits then dropout', LOGITS, 'logits']] as const) {
    it(`${label}: the plan, the tfjs model, its saved folder and the WGSL program agree (${kind})`, { timeout: 60_000 }, async () => {
      const { model, plan } = checked(text);
      assert.equal(plan.output.kind, kind);
      const net = buildModel(model, 1);
      try {
        assert.equal(outputKind(net), kind);
        const reloaded = await loadModel(await modelFiles(net), 'test');
        assert.equal(outputKind(reloaded), kind);
        reloaded.dispose();
      } finally {
        net.dispose();
      }
      const compiled = compileTraining(model, plan, { maxBindingBytes: 1 << 27, classes: 10 });
      assert.equal(compiled.program?.graph.probabilities, kind === 'probabilities');
    });
  }

  it('the loss of a network that outputs probabilities is the log of the label\'s, and predict applies no second softmax', { timeout: 60_000 }, async () => {
    const { model } = checked(SOFTMAX_DROPOUT);
    const net = buildModel(model, 3);
    const { images, labels } = tinyImages(16, 5);
    try {
      // large weights make the probabilities far from uniform, where the two readings of them differ most
      net.setWeights(tf.tidy(() => net.getWeights().map((w) => tf.mul(w, 8))));
      const output = tf.tidy(() => (net.predict(tf.tensor4d(images, [16, 28, 28, 1])) as tf.Tensor).dataSync() as Float32Array);
      const { loss } = await evaluate(net, { images, labels, count: 16, height: 28, width: 28 }, 10, 16);
      const expected = [...labels].reduce((sum, label, i) => sum - Math.log(Math.min(1, Math.max(1e-7, output[i * 10 + label]!))), 0) / 16;
      assert.ok(Math.abs(loss - expected) < 1e-5, `loss ${loss}, −mean log p ${expected}`);
      // as logits the same numbers would give log-sum-exp minus the label's: a different loss
      const asLogits = [...labels].reduce((sum, label, i) => {
        const row = output.subarray(i * 10, i * 10 + 10);
        return sum + Math.log(row.reduce((s, v) => s + Math.exp(v), 0)) - row[label]!;
      }, 0) / 16;
      assert.ok(Math.abs(asLogits - expected) > 0.1);
      const probabilities = await classProbabilities(net, images, 16);
      for (let i = 0; i < output.length; i++) assert.ok(Math.abs(probabilities[i]! - output[i]!) < 1e-6);
    } finally {
      net.dispose();
    }
  });
});

describe('the output kind through the commands', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-output-kind-'));
    writeTinyIdx(dir);
    fs.writeFileSync(path.join(dir, 'soft.yaml'), SOFTMAX_DROPOUT);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('train, then predict: the model folder says probabilities, and predict\'s numbers are the network\'s outputs', { timeout: 120_000 }, async () => {
    const trained = await runCli(['train', 'soft.yaml', '--backend', 'cpu', '--data', '.', '--out', 'run', '--threads', '1'], dir);
    assert.equal(trained.code, 0, trained.stderr);
    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'run', 'model', 'model.json'), 'utf8')) as { userDefinedMetadata?: { lenetc?: { output?: OutputKind } } };
    assert.equal(saved.userDefinedMetadata?.lenetc?.output, 'probabilities');
    const predicted = await runCli(['predict', 'run', '--index', '0', '--data', '.', '--json', '--top', '10'], dir);
    assert.equal(predicted.code, 0, predicted.stderr);
    const { predictions } = JSON.parse(predicted.stdout.trim()) as { predictions: { label: number; probability: number }[] };
    await tf.setBackend('cpu');
    const net = await loadModel({
      'model.json': fs.readFileSync(path.join(dir, 'run', 'model', 'model.json'), 'utf8'),
      'weights.bin': new Uint8Array(fs.readFileSync(path.join(dir, 'run', 'model', 'weights.bin'))),
    }, 'run/model');
    // test example 0 as the IDX file holds it: bytes, read back as byte/255
    const pixels = tinyImages(100, 2).images.subarray(0, 784).map((v) => Math.round(v * 255) / 255);
    const output = tf.tidy(() => (net.predict(tf.tensor4d(pixels, [1, 28, 28, 1])) as tf.Tensor).dataSync() as Float32Array);
    net.dispose();
    for (const p of predictions) assert.ok(Math.abs(p.probability - output[p.label]!) < 1e-4, `class ${p.label}: ${p.probability} vs ${output[p.label]}`);
  });
});
