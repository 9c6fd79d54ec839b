/** Interrupting a run (the injected signal stands in for Ctrl-C) and resuming it exactly. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import { runTraining, type TrainingData } from '../src/runtime/train/index.js';
import type { BatchProgress } from '../src/runtime/train/loop.js';
import type { EpochMetrics } from '../src/runtime/train/metrics.js';
import { runCli } from './helpers/cli.js';
import { TINY_SPEC, tinyImages, tinyModel, writeTinyIdx } from './helpers/tiny-dataset.js';

let work: string;
before(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lenetc-resume-'));
  writeTinyIdx(path.join(work, 'data'));
  writeFileSync(path.join(work, 'tiny.yaml'), TINY_SPEC);
  await tf.setBackend('cpu');
});
after(() => rmSync(work, { recursive: true, force: true }));

const TRAIN = ['train', 'tiny.yaml', '--backend', 'cpu', '--data', 'data', '--json'];
const metricsOf = (dir: string) => readFileSync(path.join(work, dir, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as EpochMetrics);
const untimed = (m: EpochMetrics) => ({ ...m, seconds: 0, images_per_s: 0 });

/** 160 training and 40 validation images of the tiny pattern, for runTraining directly. */
function tinyData(): TrainingData {
  const train = tinyImages(160, 4);
  const val = tinyImages(40, 5);
  return {
    name: 'tiny', classes: Array.from({ length: 10 }, (_, i) => `c${i}`),
    train: { ...train, count: 160, height: 28, width: 28 }, test: { ...val, count: 40, height: 28, width: 28 }, files: {},
  };
}
const backend = { name: 'cpu', device: 'cpu' };
const spec = { specYaml: 'name: tiny\n', info: { version: 1 as const, command: [], data_dir: null, train_limit: null, val_limit: null, created: '' } };

describe('lenetc train --resume', () => {
  test('an interrupt after epoch 1 checkpoints, exits 130, and --resume finishes like an uninterrupted run', async () => {
    const full = await runCli([...TRAIN, '--out', 'full'], work);
    assert.equal(full.code, 0, full.stderr);

    const controller = new AbortController();
    const first = await runCli([...TRAIN, '--out', 'cut'], work, {
      signal: controller.signal,
      // the first epoch's JSON line is printed after its checkpoint: interrupt there
      onStdout: () => controller.abort(),
    });
    assert.equal(first.code, 130);
    assert.match(first.stderr, /lenetc train --resume cut/);
    assert.equal(metricsOf('cut').length, 1);
    const state = JSON.parse(readFileSync(path.join(work, 'cut', 'checkpoint', 'state.json'), 'utf8'));
    assert.equal(state.epoch, 1);
    assert.equal(state.batch, 0);
    const interrupted = JSON.parse(readFileSync(path.join(work, 'cut', 'summary.json'), 'utf8'));
    assert.equal(interrupted.status, 'interrupted');
    assert.deepEqual(interrupted.stopped_at, { epoch: 2, batch: 0 });

    const second = await runCli(['train', '--resume', 'cut', '--backend', 'cpu', '--json'], work);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(second.stdout.trim().split('\n').map((l) => (JSON.parse(l) as EpochMetrics).epoch), [2, 3]);
    assert.deepEqual(metricsOf('cut').map(untimed), metricsOf('full').map(untimed));
    const summary = JSON.parse(readFileSync(path.join(work, 'cut', 'summary.json'), 'utf8'));
    assert.equal(summary.status, 'completed');
    assert.equal(summary.resumes, 1);
    assert.equal(summary.epochs_completed, 3);
  });

  test('--resume refuses flags that would change the run, and a finished run', async () => {
    const changed = await runCli(['train', '--resume', 'full', '--lr', '0.5'], work);
    assert.equal(changed.code, 2);
    const finished = await runCli(['train', '--resume', 'full', '--backend', 'cpu'], work);
    assert.equal(finished.code, 1);
    const notRun = await runCli(['train', '--resume', 'data', '--backend', 'cpu'], work);
    assert.equal(notRun.code, 2);
  });

  test('an interrupt mid-epoch resumes at the next batch with the same data order and augmentation', async () => {
    const data = tinyData();
    const model = tinyModel({ epochs: 3, batch_size: 16, augment: { flip: true, shift: 2 }, weight_decay: 1e-3, schedule: { type: 'step', step_size: 1, gamma: 0.5 } });

    const whole = await runTraining({ model, data, runDir: mkdtempSync(path.join(work, 'whole-')), start: spec, backend, command: [] });
    assert.equal(whole.status, 'completed');

    const dir = mkdtempSync(path.join(work, 'mid-'));
    const controller = new AbortController();
    const cut = await runTraining({
      model, data, runDir: dir, start: spec, backend, command: [], signal: controller.signal,
      events: { onBatch: ({ epoch, batch }) => { if (epoch === 2 && batch === 4) controller.abort(); } },
    });
    assert.equal(cut.status, 'interrupted');
    assert.ok(cut.status === 'interrupted' && cut.epoch === 2 && cut.batch === 4);
    const state = JSON.parse(readFileSync(path.join(dir, 'checkpoint', 'state.json'), 'utf8'));
    assert.deepEqual([state.epoch, state.batch, state.partial.seen], [1, 4, 64]);

    const rest = await runTraining({ model, data, runDir: dir, resume: true, backend, command: [] });
    assert.equal(rest.status, 'completed');
    assert.deepEqual(rest.metrics.map(untimed), whole.metrics.map(untimed));
    assert.ok(!existsSync(path.join(dir, 'checkpoint.old')));
  });

  test('losses read back every few batches (as on a GPU) give the same run, interrupts and NaNs included', async () => {
    const data = tinyData();
    const model = tinyModel({ epochs: 2, batch_size: 16 });
    const seenBatches: number[] = [];
    const run = (syncEvery: number, extra: object = {}) => runTraining({
      model, data, runDir: mkdtempSync(path.join(work, `sync${syncEvery}-`)), start: spec, backend, command: [], syncEvery, ...extra,
    });

    const everyBatch = await run(1);
    const deferred = await run(4, { events: { onBatch: ({ batch }: BatchProgress) => seenBatches.push(batch) } });
    assert.deepEqual(deferred.metrics.map(untimed), everyBatch.metrics.map(untimed));
    assert.deepEqual(seenBatches, [...Array(10).keys(), ...Array(10).keys()].map((i) => i + 1), 'every batch is reported, in order');

    // an abort raised while a window is read back stops at the end of that window, checkpointed
    const controller = new AbortController();
    const cut = await run(4, { signal: controller.signal, events: { onBatch: ({ epoch, batch }: BatchProgress) => { if (epoch === 1 && batch === 2) controller.abort(); } } });
    assert.ok(cut.status === 'interrupted' && cut.epoch === 1 && cut.batch === 4, JSON.stringify(cut.status === 'interrupted' && [cut.epoch, cut.batch]));

    // a NaN inside a window is reported at its own batch, not at the window's end
    const nan = await runTraining({
      model: tinyModel({ epochs: 1, batch_size: 16, lr: 1e30, optimizer: { type: 'sgd' } }), data,
      runDir: mkdtempSync(path.join(work, 'nan-')), start: spec, backend, command: [], syncEvery: 4,
    });
    const reference = await runTraining({
      model: tinyModel({ epochs: 1, batch_size: 16, lr: 1e30, optimizer: { type: 'sgd' } }), data,
      runDir: mkdtempSync(path.join(work, 'nan1-')), start: spec, backend, command: [], syncEvery: 1,
    });
    assert.equal(nan.status, 'diverged');
    assert.ok(nan.status === 'diverged' && reference.status === 'diverged' && nan.batch === reference.batch);
  });
});
