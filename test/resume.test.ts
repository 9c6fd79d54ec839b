/** Interrupting a run (the injected signal stands in for Ctrl-C) and resuming it exactly, or refusing to. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import { RunFolder, runTraining, type RunResult } from '../src/node/train.js';
import type { BatchProgress, LoopEvents } from '../src/train/loop.js';
import type { EpochMetrics } from '../src/train/metrics.js';
import type { NetModel } from '../src/model.js';
import { runCli } from './helpers/cli.js';
import { TINY_SPEC, tinyData, tinyDropoutModel, tinyModel, writeTinyIdx } from './helpers/tiny-dataset.js';

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
/** The epoch lines of train --json's output (the last line describes the run). */
const epochLines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Partial<EpochMetrics>).filter((m) => m.epoch !== undefined);
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

const backend = { name: 'cpu', device: 'cpu' };
const start = { specYaml: 'name: tiny\n', info: { version: 1 as const, command: [], data_dir: null, train_limit: null, val_limit: null, created: '' } };

/** One session of runTraining in `dir` (a new run, or with `resume` the run there), its folder held and released. */
async function session(
  dir: string, model: NetModel,
  options: { resume?: boolean; threads?: number; signal?: AbortSignal; events?: LoopEvents; syncEvery?: number } = {},
): Promise<RunResult> {
  const folder = options.resume ? await RunFolder.open(dir) : await RunFolder.create(work, 'tiny', dir);
  try {
    return await runTraining({ model, data: tinyData(), folder, backend, command: [], start: options.resume ? undefined : start, ...options });
  } finally {
    await folder.release();
  }
}

/** Interrupts a session once `when` says so, from a batch report. */
function interruptAt(when: (p: BatchProgress) => boolean): { signal: AbortSignal; events: LoopEvents } {
  const controller = new AbortController();
  return { signal: controller.signal, events: { onBatch: (p) => { if (when(p)) controller.abort(); } } };
}

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
    assert.deepEqual(epochLines(second.stdout).map((m) => m.epoch), [2, 3]);
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

  test('--resume refuses (exit 2) a run whose spec, data or thread layout changed since its checkpoint', async () => {
    const controller = new AbortController();
    const cut = await runCli([...TRAIN, '--out', 'changed'], work, { signal: controller.signal, onStdout: () => controller.abort() });
    assert.equal(cut.code, 130, cut.stderr);
    const specFile = path.join(work, 'changed', 'spec.resolved.yaml');
    const spec = readFileSync(specFile, 'utf8');
    const resume = (...extra: string[]) => runCli(['train', '--resume', 'changed', '--backend', 'cpu', ...extra], work);

    // an edited filter count: a different network than the checkpoint's weights
    writeFileSync(specFile, spec.replace('filters: 4', 'filters: 5'));
    const edited = await resume();
    assert.equal(edited.code, 2, edited.stderr);
    assert.match(edited.stderr, /spec\.resolved\.yaml changed/);
    writeFileSync(specFile, spec);

    // other data under --data: the checkpoint's hashes must not be overwritten
    writeTinyIdx(path.join(work, 'other'), 300, 100);
    writeTinyIdx(path.join(work, 'other'), 290, 100);
    const otherData = await resume('--data', 'other');
    assert.equal(otherData.code, 2, otherData.stderr);
    assert.match(otherData.stderr, /train-images.* differ/);

    const threads = await resume('--threads', '2');
    assert.equal(threads.code, 2, threads.stderr);
    assert.match(threads.stderr, /1 thread, now 2/);

    for (const refused of [edited, otherData, threads]) assert.doesNotMatch(refused.stderr, STACK_FRAME);
    assert.equal(JSON.parse(readFileSync(path.join(work, 'changed', 'checkpoint', 'state.json'), 'utf8')).epoch, 1, 'the checkpoint is untouched');
    const plain = await resume();
    assert.equal(plain.code, 0, plain.stderr);
  });

  test('a damaged checkpoint is one message naming its file, exit 1, never a stack trace', async () => {
    const controller = new AbortController();
    const cut = await runCli([...TRAIN, '--out', 'good'], work, { signal: controller.signal, onStdout: () => controller.abort() });
    assert.equal(cut.code, 130, cut.stderr);
    const damages: [string, (dir: string) => void, RegExp][] = [
      ['bad JSON in state.json', (d) => writeFileSync(path.join(d, 'state.json'), '{"epoch": 1,'), /state\.json is not valid JSON/],
      ['no state.json', (d) => rmSync(path.join(d, 'state.json')), /state\.json is missing/],
      ['a batch past the epoch', (d) => {
        const state = JSON.parse(readFileSync(path.join(d, 'state.json'), 'utf8'));
        writeFileSync(path.join(d, 'state.json'), JSON.stringify({ ...state, batch: 99 }));
      }, /state\.json is not a checkpoint .* batch 99/],
      ['a truncated weights.bin', (d) => truncateSync(path.join(d, 'weights.bin'), 100), /weight files hold 100 bytes/],
      ['a weight file outside the folder', (d) => {
        const json = JSON.parse(readFileSync(path.join(d, 'model.json'), 'utf8'));
        json.weightsManifest[0].paths = ['../../data/fashion-mnist/train-labels-idx1-ubyte.gz'];
        writeFileSync(path.join(d, 'model.json'), JSON.stringify(json));
      }, /outside its folder/],
      ['a truncated optimizer.bin', (d) => truncateSync(path.join(d, 'optimizer.bin'), 8), /optimizer/],
    ];
    for (const [what, damage, message] of damages) {
      const dir = `damaged-${damages.findIndex((d) => d[0] === what)}`;
      cpSync(path.join(work, 'good'), path.join(work, dir), { recursive: true });
      damage(path.join(work, dir, 'checkpoint'));
      const run = await runCli(['train', '--resume', dir, '--backend', 'cpu'], work);
      assert.equal(run.code, 1, `${what}: ${run.stderr}`);
      assert.match(run.stderr, message, what);
      assert.match(run.stderr, new RegExp(`${dir}/checkpoint`), `${what}: the message names the file`);
      assert.doesNotMatch(run.stderr, STACK_FRAME, what);
    }
  });

  for (const threads of [1, 2]) {
    test(`with ${threads} thread${threads > 1 ? 's' : ''}, a run interrupted mid-epoch or between epochs resumes to an uninterrupted run's metrics`, async () => {
      // dropout too: its masks come from the seed and the step, so a resumed run draws the same ones
      const model = tinyDropoutModel({ epochs: 3, batch_size: 16, augment: { flip: true, shift: 2 }, weight_decay: 1e-3, schedule: { type: 'cosine', min_lr: 0, warmup: 1 } });
      const whole = await session(mkdtempSync(path.join(work, 'whole-')), model, { threads });
      assert.equal(whole.status, 'completed');
      assert.equal(whole.summary.threads, threads);

      for (const [where, when] of [['mid-epoch', (p: BatchProgress) => p.epoch === 2 && p.batch === 4], ['between epochs', (p: BatchProgress) => p.epoch === 1 && p.batch === p.batches]] as const) {
        const dir = mkdtempSync(path.join(work, 'cut-'));
        const cut = await session(dir, model, { threads, ...interruptAt(when) });
        assert.equal(cut.status, 'interrupted', where);
        const state = JSON.parse(readFileSync(path.join(dir, 'checkpoint', 'state.json'), 'utf8'));
        assert.deepEqual([state.epoch, state.batch], where === 'mid-epoch' ? [1, 4] : [1, 0], where);
        assert.equal(state.identity.threads, threads);
        // no --threads on resume: the run's own layout
        const rest = await session(dir, model, { resume: true });
        assert.equal(rest.status, 'completed', where);
        assert.equal(rest.summary.threads, threads, where);
        assert.deepEqual(rest.metrics.map(untimed), whole.metrics.map(untimed), where);
        assert.ok(!existsSync(path.join(dir, 'checkpoint.old')));
      }
    });
  }

  test('losses read back every few batches (as on a GPU) give the same run, interrupts and NaNs included', async () => {
    const model = tinyModel({ epochs: 2, batch_size: 16 });
    const seenBatches: number[] = [];
    const run = (syncEvery: number, extra: Parameters<typeof session>[2] = {}) => session(mkdtempSync(path.join(work, `sync${syncEvery}-`)), model, { syncEvery, ...extra });

    const everyBatch = await run(1);
    const deferred = await run(4, { events: { onBatch: ({ batch }) => seenBatches.push(batch) } });
    assert.deepEqual(deferred.metrics.map(untimed), everyBatch.metrics.map(untimed));
    assert.deepEqual(seenBatches, [...Array(10).keys(), ...Array(10).keys()].map((i) => i + 1), 'every batch is reported, in order');

    // an abort raised while a window is read back stops at the end of that window, checkpointed
    const cut = await run(4, interruptAt((p) => p.epoch === 1 && p.batch === 2));
    assert.ok(cut.status === 'interrupted' && cut.epoch === 1 && cut.batch === 4, JSON.stringify(cut.status === 'interrupted' && [cut.epoch, cut.batch]));

    // a NaN inside a window is reported at its own batch, not at the window's end
    const exploding = tinyModel({ epochs: 1, batch_size: 16, lr: 1e30, optimizer: { type: 'sgd' } });
    const nan = await session(mkdtempSync(path.join(work, 'nan-')), exploding, { syncEvery: 4 });
    const reference = await session(mkdtempSync(path.join(work, 'nan1-')), exploding, { syncEvery: 1 });
    assert.equal(nan.status, 'diverged');
    assert.ok(nan.status === 'diverged' && reference.status === 'diverged' && nan.batch === reference.batch);
  });

  test('never more shards than a batch has examples', async () => {
    const run = await session(mkdtempSync(path.join(work, 'one-')), tinyModel({ epochs: 1, batch_size: 1 }), { threads: 2 });
    assert.equal(run.status, 'completed');
    assert.equal(run.summary.threads, 1, 'a batch of one is one shard: no worker started');
  });

  test('an interrupt from the event loop (a Ctrl-C) stops a one-thread run within a batch, not at the epoch\'s end', async () => {
    const model = tinyModel({ epochs: 2, batch_size: 8 });
    const controller = new AbortController();
    // a signal handler runs as a macrotask: here, the first one after the epoch starts
    const events: LoopEvents = { onEpochStart: (epoch) => { if (epoch === 1) setImmediate(() => controller.abort()); } };
    const cut = await session(mkdtempSync(path.join(work, 'sigint-')), model, { threads: 1, signal: controller.signal, events });
    assert.ok(cut.status === 'interrupted' && cut.epoch === 1 && cut.batch <= 2, JSON.stringify(cut.status === 'interrupted' && [cut.epoch, cut.batch]));
  });
});
