/** `lenetc train` end to end on a tiny generated dataset (cpu backend), and the loop's parts. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import { drawAugmentation, gatherBatch } from '../src/train/batches.js';
import { loadModelFolder } from '../src/node/train.js';
import { trainLoop } from '../src/train/loop.js';
import { MemoryRunStore } from '../src/train/memory-store.js';
import { METRIC_KEYS, type EpochMetrics } from '../src/train/metrics.js';
import { Rng } from '../src/train/rng.js';
import { learningRate } from '../src/train/schedule.js';
import { startTfjsTrainer } from '../src/node/tfjs-trainer.js';
import { fromRoot } from './helpers/paths.js';
import { runCli } from './helpers/cli.js';
import { TINY_SPEC, tinyImages, tinyModel, writeTinyIdx } from './helpers/tiny-dataset.js';

let work: string;
before(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lenetc-train-'));
  writeTinyIdx(path.join(work, 'data'));
  writeFileSync(path.join(work, 'tiny.yaml'), TINY_SPEC);
  await tf.setBackend('cpu');
});
after(() => rmSync(work, { recursive: true, force: true }));

const TRAIN = ['train', 'tiny.yaml', '--backend', 'cpu', '--data', 'data'];
/** train --json's output: one line per epoch, then one object for the run. */
function parseJsonOutput(text: string): { epochs: EpochMetrics[]; run: Record<string, unknown> } {
  const lines = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const run = lines.pop()!;
  return { epochs: lines as unknown as EpochMetrics[], run };
}
const parseLines = (text: string) => parseJsonOutput(text).epochs;
/** Metrics without the timing keys, which differ between runs. */
const untimed = (m: EpochMetrics) => ({ ...m, seconds: 0, images_per_s: 0 });

/** Every file name under `dir`, recursively. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [e.name, ...allFiles(path.join(dir, e.name))] : [e.name]));
}

describe('lenetc train', () => {
  test('learns the tiny dataset and writes a complete run folder', async () => {
    const run = await runCli([...TRAIN, '--out', 'run-e2e', '--json'], work);
    assert.equal(run.code, 0, run.stderr);
    const dir = path.join(work, 'run-e2e');

    const { epochs: printed, run: outcome } = parseJsonOutput(run.stdout);
    const lines = readFileSync(path.join(dir, 'metrics.jsonl'), 'utf8').trim().split('\n');
    assert.equal(lines.length, 3);
    for (const line of lines) assert.deepEqual(Object.keys(JSON.parse(line)), [...METRIC_KEYS]);
    const metrics = lines.map((l) => JSON.parse(l) as EpochMetrics);
    assert.deepEqual(printed, metrics);
    assert.deepEqual(metrics.map((m) => m.epoch), [1, 2, 3]);
    assert.ok(metrics[2].train_loss < metrics[0].train_loss * 0.6, `loss fell: ${metrics.map((m) => m.train_loss)}`);
    assert.ok(metrics[2].val_acc >= 0.6, `val_acc ${metrics[2].val_acc} well above chance (0.1)`);
    for (const m of metrics) assert.ok(m.seconds > 0 && m.images_per_s > 0);
    assert.deepEqual(metrics.map((m) => m.lr), [0.01, 0.01, 0.01], 'the spec\'s constant rate, in every epoch\'s line');

    const csv = readFileSync(path.join(dir, 'metrics.csv'), 'utf8').trim().split('\n');
    assert.equal(csv[0], METRIC_KEYS.join(','));
    assert.equal(csv.length, 4);
    assert.deepEqual(csv[3].split(',').map(Number), METRIC_KEYS.map((k) => metrics[2][k]));

    const svg = readFileSync(path.join(dir, 'curves.svg'), 'utf8');
    assert.match(svg, /^<svg[^>]*>/);
    assert.ok((svg.match(/<path/g) ?? []).length >= 5);
    assert.match(svg, /learning rate/);

    const net = await loadModelFolder(path.join(dir, 'model'));
    const out = tf.tidy(() => net.predict(tf.zeros([2, 28, 28, 1])) as tf.Tensor);
    assert.deepEqual(out.shape, [2, 10]);
    tf.dispose([out]);
    net.dispose();

    const summary = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'));
    assert.deepEqual(Object.keys(summary).sort(), [
      'backend', 'command', 'dataset', 'device', 'epochs', 'epochs_completed', 'final', 'name', 'resumes',
      'seed', 'status', 'stopped_at', 'tfjs_version', 'threads', 'wall_seconds',
    ]);
    assert.equal(summary.status, 'completed');
    assert.equal(summary.backend, 'cpu');
    assert.equal(summary.seed, 7);
    assert.equal(summary.tfjs_version, tf.version.tfjs);
    assert.deepEqual(summary.final, metrics[2]);
    // --json ends with the run: where it is and how it ended
    assert.equal(outcome.status, 'completed');
    assert.equal(outcome.run_dir, dir);
    assert.deepEqual(outcome.final, metrics[2]);
    assert.equal(outcome.epochs_completed, 3);
    assert.deepEqual(Object.keys(summary.dataset.files).sort(), ['t10k-images', 't10k-labels', 'train-images', 'train-labels']);
    for (const h of Object.values(summary.dataset.files)) assert.match(h as string, /^[0-9a-f]{64}$/);
    assert.deepEqual(summary.command.slice(0, 3), ['lenetc', 'train', 'tiny.yaml']);

    assert.match(readFileSync(path.join(dir, 'spec.resolved.yaml'), 'utf8'), /^name: tiny$/m);
    const state = JSON.parse(readFileSync(path.join(dir, 'checkpoint', 'state.json'), 'utf8'));
    assert.equal(state.epoch, 3);
    assert.deepEqual(allFiles(dir).filter((f) => /\.(tmp|old)-/.test(f)), [], 'no temporary files left');
  });

  test('the same seed gives the same numbers; flags land in the resolved spec', async () => {
    const a = await runCli([...TRAIN, '--epochs', '2', '--seed', '11', '--out', 'det-a', '--json'], work);
    const b = await runCli([...TRAIN, '--epochs', '2', '--seed', '11', '--out', 'det-b', '--json'], work);
    const c = await runCli([...TRAIN, '--epochs', '2', '--seed', '12', '--out', 'det-c', '--json'], work);
    for (const r of [a, b, c]) assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(parseLines(a.stdout).map(untimed), parseLines(b.stdout).map(untimed));
    assert.notDeepEqual(parseLines(a.stdout).map(untimed), parseLines(c.stdout).map(untimed));
    const resolved = readFileSync(path.join(work, 'det-a', 'spec.resolved.yaml'), 'utf8');
    assert.match(resolved, /^ {2}epochs: 2$/m);
    assert.match(resolved, /^ {2}seed: 11$/m);
  });

  test('a NaN loss stops training with the epoch and batch, exit 1, keeping the last good checkpoint', async () => {
    // a linear net under plain SGD at the largest lr the schema allows blows up within two epochs
    const run = await runCli([...TRAIN, '--set', 'train.optimizer=sgd', '--set', 'layers.0.conv.activation=none', '--lr', '10', '--out', 'nan', '--json'], work);
    assert.equal(run.code, 1);
    const dir = path.join(work, 'nan');
    const summary = JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'));
    assert.equal(summary.status, 'diverged');
    const { epoch, batch } = summary.stopped_at;
    assert.ok(epoch >= 1 && epoch <= 3 && batch >= 1 && batch <= 10, `${epoch}/${batch}`);
    assert.match(run.stderr, new RegExp(`epoch ${epoch}, batch ${batch}\\b`));
    assert.equal(summary.epochs_completed, epoch - 1);
    const { epochs: printed, run: outcome } = parseJsonOutput(run.stdout);
    assert.equal(printed.length, epoch - 1, 'the finished epochs were printed');
    assert.deepEqual([outcome.status, outcome.stopped_at], ['diverged', { epoch, batch }]);
    assert.equal(outcome.loss, null, 'a non-finite loss, which JSON writes as null');
    if (epoch > 1) {
      const state = JSON.parse(readFileSync(path.join(dir, 'checkpoint', 'state.json'), 'utf8'));
      assert.equal(state.epoch, epoch - 1, 'the last good checkpoint is kept');
    } else {
      assert.ok(!existsSync(path.join(dir, 'checkpoint')));
    }
  });

  test('a run that cannot start (no data) exits 1 and leaves no empty run folder', async () => {
    const runs = path.join(work, 'runs', 'tiny');
    const before = existsSync(runs) ? readdirSync(runs) : [];
    const run = await runCli(['train', 'tiny.yaml', '--backend', 'cpu', '--data', 'no-such-folder'], work);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /no-such-folder/);
    assert.deepEqual(existsSync(runs) ? readdirSync(runs) : [], before, 'no new run folder');
  });

  test('--out refuses a non-empty folder that is not a run, and leaves it alone', async () => {
    const dir = path.join(work, 'mine');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'notes.txt'), 'my notes');
    const run = await runCli([...TRAIN, '--out', 'mine'], work);
    assert.equal(run.code, 2);
    assert.deepEqual(readdirSync(dir), ['notes.txt']);
    assert.equal(readFileSync(path.join(dir, 'notes.txt'), 'utf8'), 'my notes');
  });

  test('without --out the run goes to runs/<name>/<timestamp>', async () => {
    const run = await runCli([...TRAIN, '--epochs', '1'], work);
    assert.equal(run.code, 0, run.stderr);
    const stamps = readdirSync(path.join(work, 'runs', 'tiny'));
    assert.equal(stamps.length, 1);
    assert.match(stamps[0], /^\d{8}-\d{6}$/);
    assert.ok(existsSync(path.join(work, 'runs', 'tiny', stamps[0], 'summary.json')));
    // human output: one line per epoch on stdout when not a terminal
    assert.equal(run.stdout.trim().split('\n').length, 1);
    assert.match(run.stdout, /^epoch 1\/1 .* val_acc \d\.\d{4} {2}lr 0\.01 /);
  });

  test('a spec with errors is reported, exit 1, and no run folder is made', async () => {
    const run = await runCli([...TRAIN, '--set', 'train.batch_size=-3', '--out', 'bad'], work);
    assert.equal(run.code, 1);
    assert.ok(!existsSync(path.join(work, 'bad')));
    // an input the data set's images do not have: found by the check, before any data loads
    const rgb = await runCli([...TRAIN, '--set', 'input=[28, 28, 3]', '--out', 'rgb'], work);
    assert.equal(rgb.code, 1);
    assert.match(rgb.stderr, /error\[INPUT_MISMATCH\]/);
    assert.ok(!existsSync(path.join(work, 'rgb')));
  });
});

describe('training loop parts', () => {
  test('tensor count stays flat across epochs (momentum, weight decay, augmentation)', async () => {
    const counts: number[] = [];
    const data = tinyImages(120, 3);
    const split = { ...data, count: 120, height: 28, width: 28 };
    const model = tinyModel({ epochs: 3, optimizer: { type: 'momentum', momentum: 0.9, nesterov: true }, lr: 0.05, weight_decay: 1e-4, augment: { flip: true, shift: 2 } });
    const before = tf.memory().numTensors;
    const trainer = await startTfjsTrainer({ model, train: split, classes: 10, threads: 1 });
    const outcome = await trainLoop({
      model, trainer, store: new MemoryRunStore(), train: split, val: split,
      events: { onEpoch: () => { counts.push(tf.memory().numTensors); } },
    });
    await trainer.dispose();
    assert.equal(outcome.status, 'completed');
    assert.equal(counts.length, 3);
    assert.equal(new Set(counts).size, 1, `tensors per epoch: ${counts}`);
    assert.equal(tf.memory().numTensors, before, 'the loop disposes its model and optimizer');
  });

  test('learning-rate schedules: step and exponential per epoch, cosine and its warmup per step', () => {
    const base = tinyModel().train;
    const steps = 5;
    /** The rate of step `step` (0-based) of a 10-epoch run of 5 steps an epoch. */
    const lr = (schedule: typeof base.schedule, step: number) => learningRate({ ...base, lr: 0.1, epochs: 10, schedule }, step, steps);
    assert.equal(lr({ type: 'constant' }, 33), 0.1);
    // epochs 1, 3, 4, 7 (their first and last steps)
    const stepped = { type: 'step', step_size: 3, gamma: 0.5 } as const;
    assert.deepEqual([0, 14, 15, 34].map((s) => lr(stepped, s)), [0.1, 0.1, 0.05, 0.025]);
    assert.equal(lr(stepped, 19), 0.05);
    assert.ok(Math.abs(lr({ type: 'exponential', gamma: 0.9 }, 12) - 0.081) < 1e-12);

    const cosine = { type: 'cosine', min_lr: 0.001, warmup: 2 } as const;
    // warmup over 10 steps: 0.01, 0.02, ... 0.1, then the cosine starts at the full rate
    assert.deepEqual(Array.from({ length: 11 }, (_, s) => Number(lr(cosine, s).toFixed(12))), [0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.1]);
    const decay = Array.from({ length: 40 }, (_, k) => lr(cosine, 10 + k));
    for (let k = 1; k < decay.length; k++) assert.ok(decay[k] < decay[k - 1], `step ${10 + k} is lower than the one before`);
    // the last step still learns: min_lr comes only after it (a 40-step cosine's last point)
    const last = 0.001 + 0.5 * 0.099 * (1 + Math.cos(Math.PI * 39 / 40));
    assert.ok(Math.abs(decay[39] - last) < 1e-15 && decay[39] > 0.001, String(decay[39]));
    // within an epoch the rate moves: the schedule is per step, not per epoch
    assert.notEqual(lr(cosine, 20), lr(cosine, 24));
    // with min_lr 0 (the default) every step of every epoch has a positive rate
    const plain = { type: 'cosine', min_lr: 0, warmup: 0 } as const;
    assert.ok(Array.from({ length: 50 }, (_, s) => lr(plain, s)).every((r) => r > 0));
  });

  test('with a cosine schedule the last epoch still changes the weights', async () => {
    const model = tinyModel({ epochs: 2, batch_size: 32, optimizer: { type: 'momentum', momentum: 0.9, nesterov: false }, lr: 0.05, schedule: { type: 'cosine', min_lr: 0, warmup: 0 } });
    const split = { ...tinyImages(64, 9), count: 64, height: 28, width: 28 };
    const store = new MemoryRunStore();
    const weights: string[] = [];
    const trainer = await startTfjsTrainer({ model, train: split, classes: 10, threads: 1 });
    const outcome = await trainLoop({ model, trainer, store, train: split, val: split, events: { onEpoch: () => { weights.push(Buffer.from(store.model!['weights.bin'] as Uint8Array).toString('base64')); } } });
    await trainer.dispose();
    assert.equal(weights.length, 2);
    // each epoch reports the rate of its last step
    assert.deepEqual(outcome.metrics.map((m) => m.lr), [learningRate(model.train, 1, 2), learningRate(model.train, 3, 2)]);
    assert.ok(outcome.metrics[1].lr > 0 && outcome.metrics[1].lr < outcome.metrics[0].lr);
    assert.notEqual(weights[1], weights[0], 'epoch 2 trained at a rate above 0');
  });

  test('the RNG is seeded, restorable, and permutes', () => {
    const a = new Rng(5);
    const first = a.permutation(50);
    assert.deepEqual([...first].sort((x, y) => x - y), Array.from({ length: 50 }, (_, i) => i));
    const saved = a.state;
    const next = a.permutation(50);
    const b = new Rng(5);
    assert.deepEqual(b.permutation(50), first);
    b.state = saved;
    assert.deepEqual(b.permutation(50), next);
    assert.notDeepEqual(new Rng(6).permutation(50), first);
  });

  test('augmentation shifts and flips pixels, filling with zeros', () => {
    const images = new Float32Array(16);
    images[1 * 4 + 1] = 1; // one lit pixel at (1, 1) of a 4×4 image
    const split = { images, labels: new Uint8Array([3]), count: 1, height: 4, width: 4 };
    const seen = new Set<string>();
    const rng = new Rng(1);
    for (let i = 0; i < 200; i++) {
      const batch = gatherBatch(split, new Uint32Array([0]), drawAugmentation(1, { flip: true, shift: 1 }, rng));
      const lit = [...batch.images.keys()].filter((k) => batch.images[k] === 1);
      assert.equal(batch.images.reduce((s, v) => s + v, 0), lit.length);
      if (lit.length) seen.add(`${Math.floor(lit[0] / 4)},${lit[0] % 4}`);
      assert.equal(batch.labels[0], 3);
    }
    // rows 0..2 (shift), columns 0..2 (shift) or mirrored 1..3
    for (const p of seen) {
      const [y, x] = p.split(',').map(Number);
      assert.ok(y >= 0 && y <= 2 && x >= 0 && x <= 3, p);
    }
    assert.ok(seen.has('1,2'), 'a flip without shift puts the pixel at column 2');
    assert.ok(seen.size >= 8);
    const plain = gatherBatch(split, new Uint32Array([0]));
    assert.deepEqual(plain.images, images);
  });

  test('augmentation moves a colour pixel\'s channels together', () => {
    // a 3×3 RGB image, channels last: pixel (1, 0) is (0.1, 0.2, 0.3), the rest black
    const images = new Float32Array(27);
    images.set([0.1, 0.2, 0.3], (1 * 3 + 0) * 3);
    const split = { images, labels: new Uint8Array([0]), count: 1, height: 3, width: 3, channels: 3 };
    const rng = new Rng(2);
    const places = new Set<number>();
    for (let i = 0; i < 100; i++) {
      const { images: out } = gatherBatch(split, new Uint32Array([0]), drawAugmentation(1, { flip: true, shift: 1 }, rng));
      assert.equal(out.length, 27);
      const at = [...out.keys()].filter((k) => out[k] !== 0);
      if (at.length === 0) continue;
      // three consecutive values, the pixel's own, starting on a pixel boundary
      assert.equal(at.length, 3);
      assert.equal(at[0]! % 3, 0);
      assert.deepEqual([...out.subarray(at[0]!, at[0]! + 3)].map((v) => Math.round(v * 10)), [1, 2, 3]);
      places.add(at[0]! / 3);
    }
    assert.ok(places.size >= 4, `the pixel moved to ${places.size} places`);
  });
});

const FASHION = '/usr/share/datasets/fashion-mnist';

describe('lenetc train on real data', () => {
  test('modern LeNet learns Fashion-MNIST in two short epochs (wasm)', {
    skip: existsSync(FASHION) ? false : `no Fashion-MNIST at ${FASHION}`,
  }, async () => {
    const spec = fromRoot('specs', 'modern.yaml');
    // d2l's plain SGD: modern.yaml's momentum 0.9 is tuned for 469 steps an epoch and still
    // overshoots after the 32 steps of 2,000 images
    const sgd = ['--set', 'train.optimizer=sgd', '--set', 'train.schedule={type: constant}', '--lr', '0.1'];
    const run = await runCli(['train', spec, '--backend', 'wasm', '--data', FASHION, '--train-limit', '2000', '--val-limit', '1000', '--epochs', '2', '--out', 'real', '--json', ...sgd], work);
    assert.equal(run.code, 0, run.stderr);
    const metrics = parseLines(run.stdout);
    assert.equal(metrics.length, 2);
    assert.ok(metrics[1].val_acc > 0.3, `val_acc ${metrics[1].val_acc} well above chance (0.1)`);
    const summary = JSON.parse(readFileSync(path.join(work, 'real', 'summary.json'), 'utf8'));
    assert.equal(summary.dataset.train_count, 2000);
    assert.equal(summary.dataset.val_count, 1000);
    assert.equal(summary.backend, 'wasm');
  });
});
