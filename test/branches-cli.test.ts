/**
 * The commands that use a trained run, on a branched spec (a residual block and a side branch
 * merged by concat): train on a small slice, Ctrl-C mid-run and --resume, eval, predict,
 * activations of every conv in any branch, and a sweep over a block's parameter. In-process
 * (the sweep's points are child processes run from source), on wasm with one thread.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { EXIT } from '../src/cli/io.js';
import { runCli, type Captured } from './helpers/cli.js';
import { TINY_RESIDUAL_SPEC, writeTinyIdx } from './helpers/tiny-dataset.js';

const TRAIN = ['--backend', 'wasm', '--threads', '1', '--data', 'data', '--train-limit', '160', '--val-limit', '40'];

describe('a branched spec through every command', { timeout: 600_000 }, () => {
  let root: string;
  const run = (argv: string[], options: Parameters<typeof runCli>[2] = {}): Promise<Captured> => runCli(argv, root, { env: { ...process.env, NO_COLOR: '1' }, ...options });
  const json = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-branches-'));
    writeTinyIdx(path.join(root, 'data'), 160, 40);
    fs.writeFileSync(path.join(root, 'tinyres.yaml'), TINY_RESIDUAL_SPEC);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  test('train, stopped by Ctrl-C after its first epoch, resumes to the end and learns the tiny data', { timeout: 300_000 }, async () => {
    const controller = new AbortController();
    let printed = '';
    const stopped = await run(['train', 'tinyres.yaml', ...TRAIN, '--json', '--out', 'run'], {
      signal: controller.signal,
      // epoch 1's line comes after its checkpoint: Ctrl-C as epoch 2 begins
      onStdout: (text) => { printed += text; if (printed.includes('{"epoch":1,')) controller.abort(); },
    });
    assert.equal(stopped.code, EXIT.interrupted, stopped.stderr);
    assert.equal(json('run/checkpoint/state.json').epoch, 1);
    assert.equal(json('run/summary.json').status, 'interrupted');

    const resumed = await run(['train', '--resume', 'run', '--json']);
    assert.equal(resumed.code, EXIT.ok, resumed.stderr);
    const epochs = fs.readFileSync(path.join(root, 'run', 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(epochs.map((e) => e.epoch), [1, 2]);
    const summary = json('run/summary.json');
    assert.deepEqual([summary.status, summary.epochs_completed, summary.resumes], ['completed', 2, 1]);
    assert.ok(epochs[1].val_acc > 0.5, `val_acc ${epochs[1].val_acc} after 2 epochs (chance 0.1)`);
    // the saved model is the functional one: the merges are layers of it
    const topology = JSON.stringify(json('run/model/model.json').modelTopology);
    assert.match(topology, /"class_name":"Model"|"class_name":"Functional"/);
    assert.match(topology, /"class_name":"Add"/);
    assert.match(topology, /"class_name":"Concatenate"/);
  });

  test('eval measures the test split with the run\'s weights and draws the confusion matrix', { timeout: 120_000 }, async () => {
    const r = await run(['eval', 'run', '--json', '--backend', 'wasm', '--data', 'data']);
    assert.equal(r.code, EXIT.ok, r.stderr);
    const result = JSON.parse(r.stdout) as { accuracy: number; confusion: number[][] };
    assert.equal(result.confusion.flat().reduce((a, b) => a + b, 0), 40);
    assert.ok(result.accuracy > 0.5, `accuracy ${result.accuracy}`);
    assert.ok(fs.existsSync(path.join(root, 'run', 'confusion.svg')));
  });

  test('predict classifies test examples by index', { timeout: 120_000 }, async () => {
    const r = await run(['predict', 'run', '--index', '0,1,2,3,4,5,6,7,8,9', '--json', '--top', '1', '--backend', 'wasm', '--data', 'data']);
    assert.equal(r.code, EXIT.ok, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { index: number; truth: string; predictions: { class: string; probability: number }[] });
    assert.deepEqual(lines.map((l) => l.index), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const right = lines.filter((l) => l.predictions[0]!.class === l.truth).length;
    assert.ok(right >= 5, `${right} of 10 right`);
  });

  test('activations draws every conv, those of the block and of the side branch included, or the layers named', { timeout: 120_000 }, async () => {
    const r = await run(['activations', 'run', '-o', 'maps', '--index', '0', '--layers', 'convs', '--backend', 'wasm', '--data', 'data']);
    assert.equal(r.code, EXIT.ok, r.stderr);
    // one line per input: the mean activation of each layer drawn, in the spec's order
    assert.match(r.stdout, /^00-test-0-[\w-]+\.png: test #0 \(T-shirt\/top\): predicted [\w/ -]+ [\d.]+%; mean activation stem [\d.]+, residual1_conv1 [\d.]+, residual1_conv2 [\d.]+, side [\d.]+\n$/);
    const sheet = PNG.sync.read(fs.readFileSync(path.join(root, 'maps', fs.readdirSync(path.join(root, 'maps'))[0]!)));
    assert.ok(sheet.width > 0 && sheet.height > 0);
    // a merge's output by its spec name: the add after its ReLU, the concat of both branches
    const named = await run(['activations', 'run', '-o', 'merges', '--index', '1', '--layers', 'residual1_add1,concat1', '--backend', 'wasm', '--data', 'data']);
    assert.equal(named.code, EXIT.ok, named.stderr);
    assert.match(named.stdout, /mean activation residual1_add1 [\d.]+, concat1 [\d.]+\n$/);
    const unknown = await run(['activations', 'run', '-o', 'x', '--index', '1', '--layers', 'residual9_add1', '--backend', 'wasm', '--data', 'data']);
    assert.match(unknown.stderr, /error\[UNKNOWN_LAYER\]/);
  });

  test('a sweep over a block\'s parameter trains each point of the branched spec, and skips the one whose merge cannot add', { timeout: 300_000 }, async () => {
    const r = await run(['sweep', 'tinyres.yaml', '--vary', 'layers.1.block.filters=2,4', '--epochs', '1', ...TRAIN, '--out', 'sweep', '--jobs', '1']);
    assert.equal(r.code, EXIT.ok, r.stderr);
    const rows = fs.readFileSync(path.join(root, 'sweep', 'results.csv'), 'utf8').trimEnd().split('\n').slice(1);
    // the block's 2 filters cannot be added to its 4-channel input: that point is reported and skipped
    assert.deepEqual(rows.map((row) => [row.split(',')[0], row.split(',').at(-1)]), [['filters=2', 'skipped: MERGE_SHAPE_MISMATCH'], ['filters=4', 'done']]);
    assert.match(r.stderr, /error\[MERGE_SHAPE_MISMATCH\]/);
    assert.equal(json('sweep/filters=4/summary.json').status, 'completed');
    assert.match(fs.readFileSync(path.join(root, 'sweep', 'filters=4', 'spec.resolved.yaml'), 'utf8'), /use: residual/);
  });
});
