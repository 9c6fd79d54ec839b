/**
 * `emit --pytorch` and `export --pytorch` checked by running their output in real PyTorch
 * (Debian's python3-torch: /usr/bin/python3, or LENETC_PYTHON), one Python process for the file
 * (test/helpers/torch_check.py): every module compiles with no unused imports and
 * imports; its parameter count is check's and every layer's output shape (a forward hook) is
 * check --json's, channels first; with tfjs's weights it computes tfjs's outputs within 1e-4;
 * the export of a trained run of each shipped spec gives predict's probabilities and classes.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import fc from 'fast-check';
import * as tf from '@tensorflow/tfjs';
import { nodeSpecReader } from '../src/node/reader.js';
import { splitWeights, type WeightGroup } from '../src/formats/weights-manifest.js';
import { emitPyTorch, exportPyTorch } from '../src/codegen/pytorch/index.js';
import { ACTIVATIONS, INITIALIZERS, type NetModel } from '../src/model.js';
import { checkSpec } from '../src/pipeline.js';
import type { NamedWeight } from '../src/plan/weights.js';
import { selectBackend } from '../src/node/backend.js';
import { loadDataset } from '../src/node/data/index.js';
import { buildModel } from '../src/tfjs/build.js';
import { loadModelFolder } from '../src/node/train.js';
import { modelFiles } from '../src/tfjs/model-files.js';
import { inferShapes } from '../src/shape-inference/index.js';
import type { Shape, ShapeReport } from '../src/shape-inference/types.js';
import { runCli } from './helpers/cli.js';
import { graphArbitrary, graphFeatures, graphModel } from './helpers/graph-specs.js';
import { fromRoot, repoRoot } from './helpers/paths.js';
import { netModel, specArbitrary, toModel } from './helpers/specs.js';
import { writeTinyIdx } from './helpers/tiny-dataset.js';

const PYTHON = process.env.LENETC_PYTHON ?? '/usr/bin/python3';
const TOLERANCE = 1e-4;
const SHIPPED = fs.readdirSync(fromRoot('specs')).filter((f) => f.endsWith('.yaml')).sort();

/** What torch_check.py is asked to do with one module (see its docstring). */
interface TorchJob {
  module: string;
  class: string;
  input: readonly number[];
  layers: Record<string, string>;
  load?: string;
  images?: string;
  idx?: string;
  count?: number;
  seed?: number;
  train_step?: boolean;
}

/** What torch_check.py found. */
interface TorchResult {
  error?: string;
  unused: string[];
  training: unknown;
  class: string;
  classes: string[] | null;
  params: number;
  trainable: number;
  shapes: Record<string, number[]>;
  outputs: number[];
  kernels: Record<string, { count: number; fan_in: number; fan_out: number; std: number; mean: number; max: number }>;
  batchnorm?: Record<string, { batch_mean: number[]; running_mean: number[] }>;
}

/**
 * torch_check.py --serve, started at the first use and shared by the file's tests (each import of
 * torch took ~1.8 s of CPU): `version` is PyTorch's, `run` sends it one job file at a time.
 */
interface TorchServer {
  version: Promise<string>;
  run(file: string): Promise<Record<string, unknown>[]>;
  stop(): void;
}
let server: TorchServer | undefined;

function torchServer(): TorchServer {
  if (server) return server;
  const child = spawn(PYTHON, [fromRoot('test', 'helpers', 'torch_check.py'), '--serve'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (t: string) => { stderr += t; });
  child.on('error', (err) => { stderr += String(err); });
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<Record<string, unknown>> => {
    const line = await lines.next();
    if (line.done) throw new Error(`torch_check.py ended: ${stderr}`);
    return JSON.parse(line.value) as Record<string, unknown>;
  };
  // one job file at a time: each call waits for the one before it
  const greeting = next();
  let turn: Promise<unknown> = greeting;
  const version = greeting.then((g) => String(g.torch));
  server = {
    version,
    run: (file) => {
      const answer = turn.then(async () => {
        child.stdin.write(`${file}\n`);
        const results: Record<string, unknown>[] = [];
        for (let message = await next(); !message.end; message = await next()) results.push(message);
        return results;
      });
      turn = answer.catch(() => undefined);
      return answer;
    },
    stop: () => {
      child.stdin.end();
      child.kill();
    },
  };
  return server;
}
after(() => server?.stop());

/** Runs `jobs` in PyTorch (torchServer's process). */
async function torchRun(jobs: readonly TorchJob[], dir: string): Promise<TorchResult[]> {
  const file = path.join(dir, `jobs-${fs.readdirSync(dir).length}.json`);
  fs.writeFileSync(file, JSON.stringify(jobs));
  const results = await torchServer().run(file) as unknown as TorchResult[];
  assert.equal(results.length, jobs.length);
  return results;
}

/** One example's shape as PyTorch holds it. */
function nchw(shape: Shape): number[] {
  return shape.length === 3 ? [shape[2]!, shape[0]!, shape[1]!] : [...shape];
}

/** What every module must be: compiled and imported, nothing unused, check's counts and check's shapes, channels first. */
function assertMatchesCheck(result: TorchResult, className: string, shapes: { layers: readonly { name: string; output: Shape }[]; params: number; trainableParams: number }, what: string): void {
  assert.equal(result.error, undefined, `${what}: ${result.error}`);
  assert.deepEqual(result.unused.filter((n) => n !== className && n !== 'load'), [], `${what}: unused imports or definitions`);
  assert.equal(result.class, className, what);
  assert.equal(result.params, shapes.params, `${what}: parameters`);
  assert.equal(result.trainable, shapes.trainableParams, `${what}: trainable parameters`);
  assert.deepEqual(result.shapes, Object.fromEntries(shapes.layers.map((l) => [l.name, nchw(l.output)])), `${what}: shapes`);
}

/** The weights of `net` as a model folder holds them. */
async function saved(net: tf.LayersModel): Promise<Map<string, NamedWeight>> {
  const files = await modelFiles(net);
  const json = JSON.parse(files['model.json'] as string) as { weightsManifest: WeightGroup[] };
  const weights = splitWeights(json.weightsManifest, files['weights.bin'] as Uint8Array);
  assert.ok(typeof weights !== 'string', String(weights));
  return weights;
}

/** Kernels keep their glorot values; biases and batch-norm parameters and statistics get random ones. */
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

/** A model exported with tfjs's weights into `dir`, its job on `count` inputs, and tfjs's outputs for them. */
async function exported(model: NetModel, seed: number, dir: string, count: number, inputs?: Float32Array): Promise<{ job: TorchJob; expected: Float32Array; shapes: ShapeReport; source: string; className: string }> {
  const shapes = inferShapes(model);
  const net = buildModel(model, seed);
  try {
    randomizeNonKernels(net, seed);
    const result = exportPyTorch(model, shapes, await saved(net), { source: 'generated.yaml', command: 'lenetc export', classes: [], producerVersion: 'test' });
    assert.ok(result.ok);
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, data] of Object.entries(result.files)) fs.writeFileSync(path.join(dir, name), data);
    const [h, w, c] = model.input;
    const x = inputs ?? tf.tidy(() => tf.randomUniform([count, h, w, c], 0, 1, 'float32', seed).dataSync() as Float32Array);
    const expected = tf.tidy(() => (net.predict(tf.tensor4d(x, [count, h, w, c])) as tf.Tensor).dataSync() as Float32Array);
    const images = tf.tidy(() => tf.transpose(tf.tensor4d(x, [count, h, w, c]), [0, 3, 1, 2]).dataSync() as Float32Array);
    fs.writeFileSync(path.join(dir, 'in.bin'), littleEndian(images));
    const job: TorchJob = {
      module: path.join(dir, 'model.py'), class: result.module.className, input: [c, h, w], layers: Object.fromEntries(result.module.outputs),
      load: dir, images: path.join(dir, 'in.bin'), count,
    };
    return { job, expected, shapes, source: result.files['model.py'], className: result.module.className };
  } finally {
    net.dispose();
  }
}

function littleEndian(values: Float32Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(4 * i, v, true));
  return bytes;
}

function largestDifference(actual: readonly number[], expected: Float32Array): number {
  assert.equal(actual.length, expected.length);
  return actual.reduce((m, v, i) => Math.max(m, Math.abs(v - expected[i]!)), 0);
}

describe('PyTorch modules run in PyTorch', () => {
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-pytorch-'));
    await selectBackend('cpu');
    // never skipped: without PyTorch the tests fail and say why
    assert.match(await torchServer().version, /^\d+\.\d+/);
  }, { timeout: 120_000 });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('every shipped spec: emit --pytorch compiles, imports nothing it does not use, has check\'s parameters and check --json\'s shapes', { timeout: 300_000 }, async () => {
    const jobs: TorchJob[] = [];
    const expected: { file: string; className: string; check: { layers: { name: string; output: number[] }[]; params: number; trainableParams: number } }[] = [];
    for (const file of SHIPPED) {
      const out = path.join(dir, 'shipped', file.replace('.yaml', '.py'));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const emitted = await runCli(['emit', `specs/${file}`, '--pytorch', '-o', out], repoRoot);
      assert.equal(emitted.code, 0, emitted.stderr);
      const check = await runCli(['check', '--json', `specs/${file}`], repoRoot);
      const json = JSON.parse(check.stdout) as { name: string; input: number[]; layers: { name: string; output: number[] }[]; params: number; trainableParams: number };
      // the CLI prints what the library emits
      const checked = checkSpec({ file: `specs/${file}`, text: fs.readFileSync(fromRoot('specs', file)) }, { reader: nodeSpecReader(repoRoot) });
      const module = emitPyTorch(checked.model!, checked.shapes!, { source: `specs/${file}`, command: `lenetc emit --pytorch specs/${file}` });
      assert.equal(fs.readFileSync(out, 'utf8'), module.source);
      const [h, w, c] = json.input;
      jobs.push({ module: out, class: module.className, input: [c!, h!, w!], layers: Object.fromEntries(module.outputs) });
      expected.push({ file, className: module.className, check: json });
    }
    const results = await torchRun(jobs, dir);
    results.forEach((result, i) => assertMatchesCheck(result, expected[i]!.className, expected[i]!.check, expected[i]!.file));
    // classes named after the specs, in CamelCase
    for (const e of expected) assert.match(e.className, /^[A-Z][A-Za-z0-9]*$/, e.file);
    assert.equal(expected.find((e) => e.file === 'modern.yaml')?.className, 'Lenet5Modern');
  });

  it('generated lines and graphs: check\'s parameters and shapes, and with tfjs\'s weights tfjs\'s outputs within 1e-4', { timeout: 600_000 }, async () => {
    const lines = fc.sample(fc.tuple(specArbitrary({ activations: ACTIVATIONS, headActivations: ACTIVATIONS }), fc.integer({ min: 1, max: 1000 })), { numRuns: 24, seed: 23 });
    const graphs = fc.sample(fc.tuple(graphArbitrary(), fc.integer({ min: 1, max: 1000 })), { numRuns: 24, seed: 24 });
    const models = [...lines.map(([spec, seed]) => ({ model: toModel(spec), seed })), ...graphs.map(([recipe, seed]) => ({ model: graphModel(recipe), seed }))];
    // each activation on its own over [-12, 12], where clipping and saturation happen (two channels: softmax runs over them)
    for (const activation of ACTIVATIONS) models.push({ model: netModel([4, 25, 2], [{ kind: 'activation', activation }, { kind: 'flatten' }]), seed: 1 });
    const runs: Awaited<ReturnType<typeof exported>>[] = [];
    for (const [i, { model, seed }] of models.entries()) {
      const sweep = i >= lines.length + graphs.length ? Float32Array.from({ length: 200 }, (_, k) => -12 + (24 * k) / 199) : undefined;
      runs.push(await exported(model, seed, path.join(dir, 'generated', String(i)), sweep ? 1 : 8, sweep));
    }
    const results = await torchRun(runs.map((r) => r.job), dir);
    results.forEach((result, i) => {
      const what = `generated model ${i} (${models[i]!.model.layers.map((l) => l.kind).join(' ')})`;
      assertMatchesCheck(result, runs[i]!.className, runs[i]!.shapes, what);
      const diff = largestDifference(result.outputs, runs[i]!.expected);
      assert.ok(diff <= TOLERANCE, `${what}: largest difference ${diff}`);
    });
    // what the samples covered: every activation, padding and merge, each way PyTorch is told
    const features = new Set(models.flatMap(({ model }) => graphFeatures(model)));
    assert.deepEqual([...features].sort(), ['add of 3', 'asymmetric pads', 'concat of 4', 'flat merge', 'global avg', 'global max', 'repeated concat', 'residual add']);
    const sources = runs.map((r) => r.source).join('\n');
    for (const construct of ['nn.ZeroPad2d(', 'nn.ConstantPad2d(', 'AvgPool2dExcludingPads(', 'count_include_pad=False', 'FlattenChannelsLast()', 'nn.Flatten()', 'KerasHardSigmoid()',
      'Add()', 'Concat()', 'nn.AdaptiveAvgPool2d(1)', 'nn.AdaptiveMaxPool2d(1)', 'nn.BatchNorm1d(', 'nn.BatchNorm2d(', 'nn.Dropout(', 'nn.GELU(approximate="tanh")', 'bias=False']) {
      assert.ok(sources.includes(construct), construct);
    }
  });

  it('names Python or nn.Module has become other names, and the spec\'s text stays in its comments and strings', { timeout: 300_000 }, async () => {
    const names = ['training', 'forward', 'eval', 'x', 'self', 'inputs', 'lambda', 'None', '_modules', '__init__', '__x', 'classes', 'reset_parameters', 'training_', 'load', 'torch', 'nn', 'F'];
    const model = netModel([5, 5, 2], [
      ...names.map(() => ({ kind: 'activation', activation: 'relu' }) as const),
      { kind: 'add', activation: 'none' },
      { kind: 'conv', filters: 3, kernel: [2, 2], stride: [1, 1], padding: 'same', activation: 'hard_sigmoid', init: 'he_normal', bias: true },
      { kind: 'flatten' }, { kind: 'dense', units: 10, activation: 'none', init: 'glorot_uniform', bias: true },
    ]);
    // every named layer takes the input and the add takes them all: a graph, so the names are variables in forward too
    const layerNames = [...names, 'sum', 'conv', 'flat', 'head'];
    model.layers = model.layers.map((l, i) => ({ ...l, name: layerNames[i]!, inputs: i < names.length ? ['input'] : i === names.length ? names : [layerNames[i - 1]!] }));
    model.name = 'tricky """ name\nimport os; os.exit(3) \\ and "quotes"';
    model.description = 'ends the comment?\nimport os; os.system("echo nope")\r\u2028 and more';
    model.train = { ...model.train, dataset: { folder: 'photos/"cats"\n\\new', path: '/x', validation_split: 0.25 } };
    // emitted, not exported: tfjs takes no layer name that starts with `_`, so there are no trained weights to compare
    const shapes = inferShapes(model);
    const module = emitPyTorch(model, shapes, { source: 'tricky.yaml', command: 'lenetc emit --pytorch tricky.yaml' });
    const file = path.join(dir, 'tricky.py');
    fs.writeFileSync(file, module.source);
    const [result] = await torchRun([{ module: file, class: module.className, input: [2, 5, 5], layers: Object.fromEntries(module.outputs) }], dir);
    assertMatchesCheck(result!, module.className, shapes, 'tricky names');
    assert.equal(module.className, 'TrickyNameImportOsOsExit3AndQuotes');
    assert.deepEqual((result!.training as { dataset: string }).dataset, 'photos/"cats"\n\\new');
    // no line of the module starts with the name's or the description's code: they stayed in comments
    assert.ok(!module.source.split('\n').some((l) => l.startsWith('import os')));
  });

  it('each initializer draws Keras\'s distribution, as lenetc does', { timeout: 300_000 }, async () => {
    const inits = INITIALIZERS;
    const model = netModel([12, 12, 16], inits.map((init) => ({ kind: 'conv', filters: 16, kernel: [5, 5], stride: [1, 1], padding: 'same', activation: 'none', init, bias: true }) as const));
    const module = emitPyTorch(model, inferShapes(model), { source: 'inits.yaml', command: 'lenetc emit' });
    const file = path.join(dir, 'inits.py');
    fs.writeFileSync(file, module.source);
    const [result] = await torchRun([{ module: file, class: module.className, input: [16, 12, 12], layers: {}, seed: 3 }], dir);
    assert.equal(result!.error, undefined, result!.error);
    inits.forEach((init, i) => {
      const k = result!.kernels[`conv${i}`]!;
      const fanIn = 16 * 25;
      const fanAvg = (k.fan_in + k.fan_out) / 2;
      assert.equal(k.fan_in, fanIn);
      // the deviation and the largest value of each distribution (a uniform's σ is its limit/√3; a normal cut at 2σ keeps 0.8796σ)
      const expected: Record<string, { std: number; max?: number }> = {
        xavier_uniform: { std: Math.sqrt(1 / fanAvg), max: Math.sqrt(3 / fanAvg) }, glorot_uniform: { std: Math.sqrt(1 / fanAvg), max: Math.sqrt(3 / fanAvg) },
        xavier_normal: { std: 0.8796 * Math.sqrt(1 / fanAvg), max: 2 * Math.sqrt(1 / fanAvg) }, glorot_normal: { std: 0.8796 * Math.sqrt(1 / fanAvg), max: 2 * Math.sqrt(1 / fanAvg) },
        he_uniform: { std: Math.sqrt(2 / fanIn), max: Math.sqrt(6 / fanIn) }, he_normal: { std: 0.8796 * Math.sqrt(2 / fanIn), max: 2 * Math.sqrt(2 / fanIn) },
        lecun_uniform: { std: Math.sqrt(1 / fanIn), max: Math.sqrt(3 / fanIn) }, lecun_normal: { std: 0.8796 * Math.sqrt(1 / fanIn), max: 2 * Math.sqrt(1 / fanIn) },
        zeros: { std: 0, max: 0 }, ones: { std: 0 }, random_normal: { std: 0.05 }, random_uniform: { std: 0.1 / Math.sqrt(12), max: 0.05 },
        truncated_normal: { std: 0.8796 * 0.05, max: 0.1 }, orthogonal: { std: 1 / Math.sqrt(fanIn) },
      };
      const e = expected[init]!;
      assert.ok(Math.abs(k.std - e.std) <= 0.06 * e.std + 1e-9, `${init}: σ ${k.std}, expected ${e.std}`);
      if (e.max !== undefined) assert.ok(k.max <= e.max * (1 + 1e-6) && k.max >= 0.9 * e.max, `${init}: largest ${k.max}, expected up to ${e.max}`);
    });
    assert.equal(result!.kernels[`conv${inits.indexOf('ones')}`]!.mean, 1);
  });

  it('batch norm keeps Keras\'s moving statistics: after a training step the running mean is (1 − momentum) of the batch\'s', { timeout: 300_000 }, async () => {
    const model = netModel([6, 6, 3], [
      { kind: 'batchnorm', momentum: 0.9, epsilon: 1e-3 }, { kind: 'flatten' },
      { kind: 'dense', units: 10, activation: 'none', init: 'glorot_uniform', bias: true }, { kind: 'batchnorm', momentum: 0.99, epsilon: 1e-5 },
    ]);
    const module = emitPyTorch(model, inferShapes(model), { source: 'bn.yaml', command: 'lenetc emit' });
    const file = path.join(dir, 'bn.py');
    fs.writeFileSync(file, module.source);
    const [result] = await torchRun([{ module: file, class: module.className, input: [3, 6, 6], layers: {}, count: 16, train_step: true }], dir);
    assert.equal(result!.error, undefined, result!.error);
    for (const [name, momentum] of [['batchnorm0', 0.9], ['batchnorm3', 0.99]] as const) {
      const { batch_mean: mean, running_mean: running } = result!.batchnorm![name]!;
      mean.forEach((m, c) => assert.ok(Math.abs(running[c]! - (1 - momentum) * m) <= 1e-6, `${name}[${c}]: ${running[c]} vs (1 − ${momentum})·${m}`));
    }
  });
});

describe('lenetc export --pytorch', () => {
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-pytorch-export-'));
    writeTinyIdx(dir);
    // mnist.yaml trains on MNIST: the same tiny images stand in for it
    fs.cpSync(path.join(dir, 'fashion-mnist'), path.join(dir, 'mnist'), { recursive: true });
    // one step of 16 images moves every weight and batch norm's moving statistics off their
    // initial values, which is all the export needs (64 took densenet.yaml 7.3 s, 16 took 3.1)
    for (const file of SHIPPED) {
      const trained = await runCli(['train', fromRoot('specs', file), '--backend', 'wasm', '--threads', '1', '--epochs', '1', '--train-limit', '16', '--val-limit', '20', '--data', '.', '--out', `runs/${file.replace('.yaml', '')}`], dir);
      assert.equal(trained.code, 0, trained.stderr);
    }
  }, { timeout: 600_000 });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a short trained run of every shipped spec: load() gives predict --json\'s probabilities within 1e-4 and its classes on 20 test images', { timeout: 600_000 }, async () => {
    const jobs: TorchJob[] = [];
    const predictions: number[][][] = [];
    const logits: Float32Array[] = [];
    const indexes = Array.from({ length: 20 }, (_, i) => i);
    const { test } = await loadDataset({ dataset: 'fashion-mnist', dataDir: dir, env: {}, trainLimit: 1, download: false });
    for (const file of SHIPPED) {
      const run = `runs/${file.replace('.yaml', '')}`;
      const { code, stdout, stderr } = await runCli(['export', run, '--pytorch', '-o', `${run}-torch`], dir);
      assert.equal(code, 0, stderr);
      assert.match(stdout, /model\.py/);
      const predicted = await runCli(['predict', run, '--index', indexes.join(','), '--json', '--top', '10', '--data', '.'], dir);
      assert.equal(predicted.code, 0, predicted.stderr);
      predictions.push(predicted.stdout.trim().split('\n').map((line) => {
        const probabilities = new Array<number>(10).fill(NaN);
        for (const p of (JSON.parse(line) as { predictions: { label: number; probability: number }[] }).predictions) probabilities[p.label] = p.probability;
        return probabilities;
      }));
      // the logits themselves, from the run's tfjs model
      const net = await loadModelFolder(path.join(dir, run, 'model'));
      logits.push(tf.tidy(() => (net.predict(tf.tensor4d(test.images.subarray(0, 20 * 784), [20, 28, 28, 1])) as tf.Tensor).dataSync() as Float32Array));
      net.dispose();
      jobs.push({ module: path.join(dir, `${run}-torch`, 'model.py'), class: '', input: [1, 28, 28], layers: {}, load: path.join(dir, `${run}-torch`), idx: path.join(dir, 'fashion-mnist', 't10k-images-idx3-ubyte.gz'), count: 20 });
    }
    const results = await torchRun(jobs, dir);
    results.forEach((result, s) => {
      const file = SHIPPED[s]!;
      assert.equal(result.error, undefined, `${file}: ${result.error}`);
      assert.deepEqual(result.unused.filter((n) => n !== result.class && n !== 'load'), [], file);
      assert.equal(result.classes!.length, 10);
      const diff = largestDifference(result.outputs, logits[s]!);
      assert.ok(diff <= TOLERANCE, `${file}: logits differ by ${diff}`);
      for (let i = 0; i < 20; i++) {
        const row = result.outputs.slice(i * 10, (i + 1) * 10);
        const top = Math.max(...row);
        const exp = row.map((v) => Math.exp(v - top));
        const sum = exp.reduce((a, b) => a + b, 0);
        const expected = predictions[s]![i]!;
        exp.forEach((e, k) => assert.ok(Math.abs(e / sum - expected[k]!) <= TOLERANCE, `${file}, image ${i}, class ${k}: ${e / sum} vs ${expected[k]}`));
        assert.equal(row.indexOf(top), expected.indexOf(Math.max(...expected)), `${file}, image ${i}: argmax`);
      }
    });
  });

  it('refuses what it cannot do: no -o, -o without --pytorch, files in the way, a bare model folder', { timeout: 120_000 }, async () => {
    const missing = await runCli(['export', 'runs/lenet5', '--pytorch'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^error\[NEEDS_ARGUMENT\]/m);
    const stray = await runCli(['export', 'runs/lenet5', '--onnx', 'x.onnx', '-o', 'somewhere'], dir);
    assert.equal(stray.code, 2);
    assert.match(stray.stderr, /^error\[BAD_OPTION\]/m);
    fs.mkdirSync(path.join(dir, 'taken'));
    fs.writeFileSync(path.join(dir, 'taken', 'weights.json'), '{}');
    const taken = await runCli(['export', 'runs/lenet5', '--pytorch', '-o', 'taken'], dir);
    assert.equal(taken.code, 2);
    assert.match(taken.stderr, /^error\[FILE_EXISTS\]/m);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'taken')), ['weights.json']);
    assert.equal((await runCli(['export', 'runs/lenet5', '--pytorch', '-o', 'taken', '--force'], dir)).code, 0);
    fs.cpSync(path.join(dir, 'runs', 'lenet5', 'model'), path.join(dir, 'bare'), { recursive: true });
    const bare = await runCli(['export', 'bare', '--pytorch', '-o', 'bare-torch'], dir);
    assert.equal(bare.code, 1);
    assert.match(bare.stderr, /^error\[EXPORT_NO_SPEC\]/m);
    assert.ok(!fs.existsSync(path.join(dir, 'bare-torch')));
  });
});
