/**
 * The compiled CPU program (src/codegen/wasm, run by src/cpu/trainer.ts): lenet5.yaml (sgd,
 * sigmoid, average pooling), modern.yaml (momentum, nesterov too, relu, max pooling, a cosine
 * schedule), best.yaml (batch norm, dropout, weight decay, warm-up, flips and shifts) and four
 * graphs (every merge, global pooling, adam, rmsprop, elu, tanh, a softmax output) take each of
 * 50 steps on Fashion-MNIST as the wasm trainer does from the same weights (helpers/follows.ts's
 * assertStepsAsWasm), and one sgd step moves every weight as wasm's does; it evaluates as wasm does; a checkpoint it saves resumes on it and on wasm to
 * the same numbers; a step too large for its memory is a diagnostic at batch_size; and no spec
 * text reaches the module's code.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { compileCpuTraining } from '../src/codegen/wasm/index.js';
import { assemble } from '../src/codegen/wasm/assemble.js';
import { cpuTrainer, cpuTrainerOn } from '../src/cpu/trainer.js';
import { nodeCpuThreads } from '../src/node/cpu-threads.js';
import type { NetModel } from '../src/model.js';
import { selectBackend } from '../src/node/backend.js';
import { loadDataset } from '../src/node/data/index.js';
import { startTfjsTrainer } from '../src/node/tfjs-trainer.js';
import { planModel } from '../src/plan/index.js';
import { inferShapes } from '../src/shape-inference/index.js';
import type { ImageSplit } from '../src/train/data/split.js';
import type { TrainerState } from '../src/train/trainer.js';
import { assertStepsAsWasm, drawSteps, EXACT_STEPS, losses, relative } from './helpers/follows.js';
import { GRAPHS as ENGINE_GRAPHS } from './helpers/training-graphs.js';
import { fromRoot } from './helpers/paths.js';
import { shipped } from './helpers/shipped.js';

const FASHION = '/usr/share/datasets/fashion-mnist';
const STEPS = 50;
const BATCH = 32;

/** A shipped spec (or `text`, checked as if it were that file) at batch BATCH, with `overrides`. */
const spec = (name: string, text?: string, overrides: string[] = []) => shipped(name, [`train.batch_size=${BATCH}`, ...overrides], text);

/**
 * The engine's two graphs (batch norm, dropout in parallel branches, global pooling, adam, rmsprop,
 * a softmax output) and two more: merges of other shapes, adam with weight decay, flips and shifts.
 */
const GRAPHS: Record<string, string> = {
  ...ENGINE_GRAPHS,
  'merges.yaml': `name: merges
input: [28, 28, 1]
defaults: {activation: relu, init: he_normal}
layers:
  - conv: {name: stem, filters: 8, kernel: 3, padding: 1, stride: 2}
  - conv: {name: branch, filters: 8, kernel: 3, padding: 1, activation: none}
  - add: {name: res1, from: [branch, stem], activation: relu}
  - conv: {name: down, filters: 12, kernel: 3, padding: 1, stride: 2}
  - conv: {name: short, from: res1, filters: 12, kernel: 1, stride: 2, activation: tanh}
  - concat: {name: mix, from: [down, short]}
  - pool: {type: avg, size: global}
  - flatten
  - dense: {units: 10, activation: none}
train: {optimizer: {type: adam, epsilon: 0.001}, lr: 0.005, weight_decay: 0.0005, augment: {flip: true, shift: 2}}
`,
  'branches.yaml': `name: branches
input: [28, 28, 1]
defaults: {activation: relu}
layers:
  - conv: {name: stem, filters: 6, kernel: 5, padding: 2}
  - pool: {name: p1, type: max, size: 2}
  - conv: {name: b1, filters: 4, kernel: 1}
  - conv: {name: b2a, from: p1, filters: 4, kernel: 1}
  - conv: {name: b2b, filters: 6, kernel: 3, padding: 1}
  - pool: {name: b3a, from: p1, type: avg, size: 3, stride: 1, padding: same}
  - conv: {name: b3b, filters: 4, kernel: 1, activation: sigmoid}
  - concat: {name: mix, from: [b1, b2b, b3b, p1]}
  - pool: {type: max, size: global}
  - flatten
  - dense: {units: 10, activation: none}
train: {optimizer: {type: rmsprop}, lr: 0.001}
`,
};

const compile = (model: NetModel) => compileCpuTraining(model, planModel(model, inferShapes(model)), { classes: 10 });

describe('the compiled CPU program', { timeout: 300_000 }, () => {
  let train: ImageSplit;
  let test: ImageSplit;

  before(async () => {
    await selectBackend('wasm');
    // half the steps' worth of images: the runs cross an epoch boundary and reshuffle
    const data = await loadDataset({ dataset: 'fashion-mnist', dataDir: FASHION, download: false, trainLimit: STEPS * BATCH / 2, valLimit: 300 });
    train = data.train;
    test = data.test;
  }, { timeout: 120_000 });

  const CASES: Array<[string, string[]]> = [
    ['lenet5.yaml', []], ['modern.yaml', []], ['modern.yaml', ['train.optimizer.nesterov=true']], ['best.yaml', ['train.batch_size=8']],
    ['merges.yaml', []], ['branches.yaml', []], ['residual.yaml', []], ['inception.yaml', []],
  ];
  for (const [name, overrides] of CASES) {
    it(`${name}${overrides.length ? ` with ${overrides.join(' ')}` : ''}: each of the first ${STEPS} steps gives the wasm trainer's loss from the same weights`, async () => {
      const model = spec(name, GRAPHS[name], overrides);
      await assertStepsAsWasm(cpuTrainer, model, train, drawSteps(model, train, STEPS), name);
    });
  }

  it('one sgd step from the same weights moves every weight tensor as wasm\'s step does: the gradients agree', async () => {
    // sgd moves each weight by its gradient: adam and rmsprop would scale a gradient whose sum
    // cancels to near zero (a relu conv's bias) up to a full step, and its rounding with it
    for (const name of ['lenet5.yaml', 'modern.yaml', 'best.yaml', ...Object.keys(GRAPHS)]) {
      const model = spec(name, GRAPHS[name], ['train.optimizer=sgd']);
      const steps = drawSteps(model, train, 2);
      const before = (await losses(startTfjsTrainer, model, train, [])).state;
      const [cpu, wasm] = [await losses(cpuTrainer, model, train, steps, before), await losses(startTfjsTrainer, model, train, steps, before)];
      const tensors = (state: TrainerState) => {
        const manifest = JSON.parse(state.model['model.json'] as string) as { weightsManifest: { weights: { name: string; shape: number[] }[] }[] };
        const floats = new Float32Array((state.model['weights.bin'] as Uint8Array).slice().buffer);
        let at = 0;
        return manifest.weightsManifest.flatMap((g) => g.weights).map((w) => {
          const size = w.shape.reduce((a, b) => a * b, 1);
          at += size;
          return { name: w.name, values: floats.subarray(at - size, at) };
        });
      };
      const [start, a, b] = [tensors(before), tensors(cpu.state), tensors(wasm.state)];
      start.forEach(({ name: weight, values }, t) => {
        const moved = (run: typeof a) => run[t]!.values.map((v, i) => v - values[i]!);
        const [da, db] = [moved(a), moved(b)];
        const scale = Math.max(...db.map(Math.abs));
        assert.ok(scale > 0, `${name} ${weight}: wasm's steps did not move it`);
        const error = Math.max(...da.map((d, i) => Math.abs(d - db[i]!))) / scale;
        assert.ok(error < 1e-3, `${name} ${weight}: moved ${error.toExponential(2)} of its largest move away from wasm's`);
      });
    }
  });

  it('on two threads gives the same floats as on one, batch norm and dropout included', async () => {
    const threaded = cpuTrainerOn(nodeCpuThreads);
    for (const name of ['modern.yaml', 'best.yaml']) {
      const model = spec(name, undefined, ['train.batch_size=40']);
      const steps = drawSteps(model, train, 6);
      const one = await losses(cpuTrainer, model, train, steps);
      const two = await losses((init) => threaded({ ...init, threads: 2 }), model, train, steps);
      assert.deepEqual(two.losses, one.losses, name);
      assert.deepEqual(two.state.model['weights.bin'], one.state.model['weights.bin'], name);
      assert.deepEqual(two.state.optimizer.data, one.state.optimizer.data, name);
    }
  });

  it('a NaN in the network comes back as a NaN loss for the loop to stop on, with no trap', async () => {
    const model = spec('lenet5.yaml');
    const { state } = await losses(startTfjsTrainer, model, train, []);
    const weights = new Float32Array((state.model['weights.bin'] as Uint8Array).slice().buffer);
    weights[0] = Number.NaN;
    const broken = { ...state, model: { ...state.model, 'weights.bin': new Uint8Array(weights.buffer) } };
    const { losses: run } = await losses(cpuTrainer, model, train, drawSteps(model, train, 2), broken);
    assert.ok(run.every((l) => Number.isNaN(l)), `losses ${run.join(', ')}`);
  });

  it('on one thread it needs no SharedArrayBuffer, which a page that is not cross-origin isolated lacks', async () => {
    const model = spec('lenet5.yaml');
    const global = globalThis as { SharedArrayBuffer?: SharedArrayBufferConstructor };
    const saved = global.SharedArrayBuffer;
    delete global.SharedArrayBuffer;
    try {
      const { losses: run } = await losses(cpuTrainer, model, train, drawSteps(model, train, 2));
      assert.ok(run.every(Number.isFinite), run.join(', '));
    } finally {
      global.SharedArrayBuffer = saved;
    }
  });

  it('evaluates as wasm does, and its checkpoint resumes on it and on wasm to the same numbers', async () => {
    const model = spec('modern.yaml');
    const steps = drawSteps(model, train, 12);
    const whole = await losses(cpuTrainer, model, train, steps);
    const first = await losses(cpuTrainer, model, train, steps.slice(0, 6));
    const resumed = await losses(cpuTrainer, model, train, steps.slice(6), first.state);
    // the same program from the same state: the same floats, momentum and all
    assert.deepEqual(resumed.losses, whole.losses.slice(6));
    const onWasm = await losses(startTfjsTrainer, model, train, steps.slice(6, 6 + EXACT_STEPS), first.state);
    onWasm.losses.forEach((loss, i) => assert.ok(relative(loss, resumed.losses[i]!) <= 1e-5, `step ${6 + i}: wasm ${loss}, cpu ${resumed.losses[i]}`));

    const [cpu, wasm] = await Promise.all([cpuTrainer, startTfjsTrainer].map((start) => start({ model, train, classes: 10, threads: 1, restore: whole.state })));
    try {
      const [a, b] = [await cpu!.evaluate(test), await wasm!.evaluate(test)];
      assert.ok(relative(a.loss, b.loss) < 1e-5, `loss ${a.loss} vs ${b.loss}`);
      const flips = a.confusion.flat().reduce((sum, n, i) => sum + Math.abs(n - b.confusion.flat()[i]!), 0);
      assert.ok(flips <= 2, `confusion differs in ${flips} counts`);
      assert.ok(a.accuracy > 0.15, `accuracy ${a.accuracy}: 12 steps should leave it above chance`);
    } finally {
      await Promise.all([cpu!.dispose(), wasm!.dispose()]);
    }
  });

  it('a step too large for one WebAssembly memory is a diagnostic at batch_size, and starts no run', async () => {
    const model = spec('modern.yaml', undefined, ['train.batch_size=40000']);
    const compiled = compile(model);
    assert.equal(compiled.program, undefined);
    assert.deepEqual(compiled.diagnostics.map((d) => [d.code, d.path?.join('.')]), [['CPU_MEMORY_TOO_LARGE', 'train.batch_size']]);
    const largest = Number(/at most (\d+)\)/.exec(compiled.diagnostics[0]!.hint!)![1]);
    // the batch it suggests fits
    assert.ok(compile(spec('modern.yaml', undefined, [`train.batch_size=${largest}`])).program, `batch ${largest} does not fit`);
    await assert.rejects(cpuTrainer({ model, train, classes: 10, threads: 1 }), (e: Error & { code?: string }) => e.code === 'CPU_PROGRAM' && /at batch 40000 needs/.test(e.message));
  });

  it('keeps spec text out of the code: a name with line breaks stays inside its comment', async () => {
    const text = fs.readFileSync(fromRoot('specs', 'lenet5.yaml'), 'utf8').replace(/^name: .*$/m, 'name: "x\\n(func $evil (export \\"evil\\"))\\r\\u2028;; (; ;) */ \'q\'"');
    const { program } = compile(spec('lenet5.yaml', text));
    assert.ok(program);
    const pages = program.layout.bytes / 65536;
    const wasm = await WebAssembly.instantiate(await assemble(program.wat), { env: { log: Math.log, memory: new WebAssembly.Memory({ initial: pages, maximum: pages }) } });
    const exported = Object.keys(wasm.instance.exports);
    assert.deepEqual(exported.filter((e) => !/^(update|infer|phase\d+)$/.test(e)), []);
    assert.deepEqual(exported.filter((e) => e.startsWith('phase')), program.phases.map((p) => p.name));
    assert.equal(program.wat.split('\n')[0], ';; x\\n(func $evil (export "evil"))\\r\\u2028;; ( ; ; ) */ \'q\': one training step on the CPU, generated by lenetc from the plan.');
  });
});
