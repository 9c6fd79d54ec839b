/**
 * A run trained on the compiled WebGPU engine is a run like any other: interrupted mid-epoch or
 * between epochs it resumes to an uninterrupted run's metrics, a NaN stops it at the batch the
 * cpu backend stops at, and `lenetc train --backend webgpu`'s folder is read by eval,
 * activations, predict and export, and resumed on wasm. On this machine's adapter (lavapipe in CI).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import type { NetModel } from '../src/model.js';
import { engineTrainer } from '../src/engine/trainer.js';
import { RunFolder, runTraining, type RunResult } from '../src/node/train.js';
import type { BatchProgress } from '../src/train/loop.js';
import type { EpochMetrics } from '../src/train/metrics.js';
import { spawn } from 'node:child_process';
import { LENETC, runCli } from './helpers/cli.js';
import { closeEngineDevice, engineDevice, gpuErrors } from './helpers/engine.js';
import { TINY_SPEC, tinyData, tinyDropoutModel, tinyModel, writeTinyIdx } from './helpers/tiny-dataset.js';

const gpu = await engineDevice();
const skip = typeof gpu === 'string' ? `no WebGPU adapter: ${gpu}` : false;

let work: string;
before(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lenetc-engine-run-'));
  writeTinyIdx(path.join(work, 'data'), 300, 100);
  writeFileSync(path.join(work, 'tiny.yaml'), TINY_SPEC);
  await tf.setBackend('cpu');
}, { timeout: 60_000 });
after(async () => {
  rmSync(work, { recursive: true, force: true });
  await closeEngineDevice();
  assert.deepEqual(gpuErrors(), []);
}, { timeout: 60_000 });

const untimed = (m: EpochMetrics) => ({ ...m, seconds: 0, images_per_s: 0 });

const start = { specYaml: 'name: tiny\n', info: { version: 1 as const, command: [], data_dir: null, train_limit: null, val_limit: null, created: '' } };

/** One session of runTraining in `dir` on the engine (or with `cpu`, tfjs's cpu backend). */
async function session(dir: string, model: NetModel, options: { resume?: boolean; cpu?: boolean; syncEvery?: number; interrupt?: (p: BatchProgress) => boolean } = {}): Promise<RunResult> {
  const folder = options.resume ? await RunFolder.open(dir) : await RunFolder.create(work, 'tiny', dir);
  const controller = new AbortController();
  const backend = options.cpu ? { name: 'cpu', device: 'cpu' } : { name: 'webgpu', device: 'test adapter' };
  try {
    return await runTraining({
      model, data: tinyData(), folder, backend, command: [], resume: options.resume, start: options.resume ? undefined : start,
      engine: options.cpu ? undefined : engineTrainer(gpu as GPUDevice),
      signal: controller.signal, syncEvery: options.syncEvery,
      events: { onBatch: (p) => { if (options.interrupt?.(p)) controller.abort(); } },
    });
  } finally {
    await folder.release();
  }
}

describe('runs on the compiled WebGPU engine', { skip }, () => {
  test('interrupted mid-epoch or between epochs, a run resumes to an uninterrupted run\'s metrics', { timeout: 600_000 }, async () => {
    // dropout, flips, shifts, weight decay and a warmed-up cosine: every part of the state a checkpoint keeps
    const model = tinyDropoutModel({ epochs: 3, batch_size: 16, augment: { flip: true, shift: 2 }, weight_decay: 1e-3, schedule: { type: 'cosine', min_lr: 0, warmup: 1 } });
    const whole = await session(mkdtempSync(path.join(work, 'whole-')), model);
    assert.equal(whole.status, 'completed');
    assert.equal(whole.metrics.length, 3);
    assert.ok(whole.metrics[2].val_acc > 0.3, `val_acc ${whole.metrics[2].val_acc}`);

    for (const [where, when] of [['mid-epoch', (p: BatchProgress) => p.epoch === 2 && p.batch === 4], ['between epochs', (p: BatchProgress) => p.epoch === 1 && p.batch === p.batches]] as const) {
      const dir = mkdtempSync(path.join(work, 'cut-'));
      // two steps a group: the interrupt lands mid-epoch (the whole run's groups are the engine's own size)
      const cut = await session(dir, model, { interrupt: when, syncEvery: 2 });
      assert.equal(cut.status, 'interrupted', where);
      const state = JSON.parse(readFileSync(path.join(dir, 'checkpoint', 'state.json'), 'utf8'));
      // the group after the interrupting batch's was already sent: it finishes too
      assert.deepEqual([state.epoch, state.batch], where === 'mid-epoch' ? [1, 6] : [1, 0], where);
      const rest = await session(dir, model, { resume: true });
      assert.equal(rest.status, 'completed', where);
      assert.equal(rest.summary.resumes, 1, where);
      assert.deepEqual(rest.metrics.map(untimed), whole.metrics.map(untimed), where);
    }
  });

  test('a NaN loss stops the run at the batch where it happened, as on the cpu backend', { timeout: 300_000 }, async () => {
    const exploding = tinyModel({ epochs: 1, batch_size: 16, lr: 1e30, optimizer: { type: 'sgd' } });
    const onEngine = await session(mkdtempSync(path.join(work, 'nan-')), exploding);
    const onCpu = await session(mkdtempSync(path.join(work, 'nan-cpu-')), exploding, { cpu: true });
    assert.equal(onEngine.status, 'diverged');
    assert.ok(onEngine.status === 'diverged' && onCpu.status === 'diverged' && onEngine.batch === onCpu.batch, JSON.stringify([onEngine, onCpu].map((r) => r.status === 'diverged' && r.batch)));
  });

  test('lenetc train --backend webgpu: a run folder eval, activations, predict and export read, and wasm resumes', { timeout: 600_000 }, async () => {
    const train = await runCli(['train', 'tiny.yaml', '--backend', 'webgpu', '--threads', '2', '--data', 'data', '--epochs', '2', '--out', 'gpu', '--json'], work);
    assert.equal(train.code, 0, train.stderr);
    assert.match(train.stderr, /compiled training program/);
    const summary = JSON.parse(readFileSync(path.join(work, 'gpu', 'summary.json'), 'utf8'));
    assert.equal(summary.backend, 'webgpu');
    // the engine schedules its own work: one "thread", whatever --threads says, and the checkpoint says webgpu
    assert.equal(summary.threads, 1);
    const identity = JSON.parse(readFileSync(path.join(work, 'gpu', 'checkpoint', 'state.json'), 'utf8')).identity;
    assert.deepEqual([identity.backend, identity.threads], ['webgpu', 1]);
    const last = readFileSync(path.join(work, 'gpu', 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as EpochMetrics).at(-1)!;

    // eval recomputes the last validation with tfjs on the saved model: the engine saved what it trained
    const evaluated = await runCli(['eval', 'gpu', '--backend', 'cpu', '--json'], work);
    assert.equal(evaluated.code, 0, evaluated.stderr);
    const result = JSON.parse(evaluated.stdout) as { accuracy: number; loss: number };
    assert.ok(Math.abs(result.accuracy - last.val_acc) <= 0.02, `eval ${result.accuracy}, training's last validation ${last.val_acc}`);
    assert.ok(Math.abs(result.loss - last.val_loss) < 1e-3 * Math.max(1, last.val_loss), `eval loss ${result.loss}, training's ${last.val_loss}`);

    const maps = await runCli(['activations', 'gpu', '--backend', 'cpu', '--index', '0', '--out', 'maps'], work);
    assert.equal(maps.code, 0, maps.stderr);
    const predicted = await runCli(['predict', 'gpu', '--index', '0', '--json'], work);
    assert.equal(predicted.code, 0, predicted.stderr);
    const exported = await runCli(['export', 'gpu', '--onnx', 'gpu.onnx'], work);
    assert.equal(exported.code, 0, exported.stderr);
    assert.ok(existsSync(path.join(work, 'gpu.onnx')));

    // a run the engine started, interrupted after its first epoch, finished on wasm
    const controller = new AbortController();
    const cut = await runCli(['train', 'tiny.yaml', '--backend', 'webgpu', '--data', 'data', '--epochs', '2', '--out', 'cut', '--json'], work, {
      signal: controller.signal,
      onStdout: () => controller.abort(),
    });
    assert.equal(cut.code, 130, cut.stderr);
    const more = await runCli(['train', '--resume', 'cut', '--backend', 'wasm', '--json'], work);
    assert.equal(more.code, 0, more.stderr);
    assert.equal(readFileSync(path.join(work, 'cut', 'metrics.jsonl'), 'utf8').trim().split('\n').length, 2);

    // without --backend, a resumed run goes on where it ran: on the engine
    const stop = new AbortController();
    const again = await runCli(['train', 'tiny.yaml', '--backend', 'webgpu', '--data', 'data', '--epochs', '2', '--out', 'cut2', '--json'], work, {
      signal: stop.signal,
      onStdout: () => stop.abort(),
    });
    assert.equal(again.code, 130, again.stderr);
    const onItsOwn = await runCli(['train', '--resume', 'cut2', '--json'], work);
    assert.equal(onItsOwn.code, 0, onItsOwn.stderr);
    assert.match(onItsOwn.stderr, /compiled training program/);
    assert.equal(JSON.parse(readFileSync(path.join(work, 'cut2', 'summary.json'), 'utf8')).backend, 'webgpu');
  });

  test('a Ctrl-C while the program compiles stops the start at once, and leaves no run folder', { timeout: 300_000 }, async () => {
    const controller = new AbortController();
    const cut = await runCli(['train', 'tiny.yaml', '--backend', 'webgpu', '--data', 'data', '--out', 'compiling'], work, {
      signal: controller.signal,
      onStderr: (t) => { if (t.startsWith('compiling the training program')) controller.abort(); },
    });
    assert.equal(cut.code, 130, cut.stderr);
    assert.match(cut.stderr, /error\[START_INTERRUPTED\]: interrupted while the training program compiled for the GPU, before the first step: no run folder was kept/);
    assert.ok(!existsSync(path.join(work, 'compiling')));
  });

  test('the lenetc process: says what it compiles and how long it took, shows none of Dawn\'s native lines, and forwards one Ctrl-C', { timeout: 300_000 }, async () => {
    const run = (args: string[], onLine?: (line: string, child: ReturnType<typeof spawn>) => void) => new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const [command, ...lead] = LENETC;
      const child = spawn(command!, [...lead, ...args], { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr!.setEncoding('utf8').on('data', (t: string) => {
        stderr += t;
        for (const line of t.split('\n')) onLine?.(line, child);
      });
      child.on('close', (code) => resolve({ code, stderr }));
    });
    const whole = await run(['train', 'tiny.yaml', '--backend', 'webgpu', '--data', 'data', '--epochs', '1', '--out', 'relayed']);
    assert.equal(whole.code, 0, whole.stderr);
    assert.match(whole.stderr, /^compiling the training program for the GPU: \d+ kernels \(Ctrl-C stops it\)$/m);
    assert.match(whole.stderr, /^compiled \d+ kernels in \d+\.\d s$/m);
    assert.doesNotMatch(whole.stderr, /artificially reduced|^Warning:/m);

    // one SIGINT to lenetc reaches the training once: one notice, exit 130 (stopped while compiling or after its first steps)
    let sent = false;
    const cut = await run(['train', 'tiny.yaml', '--backend', 'webgpu', '--data', 'data', '--epochs', '1', '--out', 'relayed-cut'], (line, child) => {
      if (!sent && line.startsWith('compiling the training program')) sent = child.kill('SIGINT');
    });
    assert.equal(cut.code, 130, cut.stderr);
    assert.equal(cut.stderr.match(/^interrupt: /gm)?.length, 1, cut.stderr);
  });
});
