/**
 * Finding runs: `lenetc runs` (and `ls`), `latest` and a spec's folder wherever a run folder is
 * expected, eval on the run's own validation limit, and export's -o.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT } from '../src/cli/io.js';
import { runCli } from './helpers/cli.js';
import { TINY_SPEC, writeTinyIdx } from './helpers/tiny-dataset.js';

let work: string;
const run = (argv: string[]) => runCli(argv, work);
/** The first error code on stderr. */
const code = (stderr: string) => /^error\[([A-Z_]+)\]/m.exec(stderr)?.[1];

/** Sets a run folder's start time (run.json's `created`), which orders runs. */
function setCreated(dir: string, created: string): void {
  const file = path.join(dir, 'run.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), created }));
}

/** A run folder as a run of spec `name` that never finished an epoch leaves it: run.json and its spec only. */
function startedRun(dir: string, name: string, created: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'run.json'), JSON.stringify({ version: 1, command: [], data_dir: null, train_limit: null, val_limit: null, created }));
  writeFileSync(path.join(dir, 'spec.resolved.yaml'), `name: ${name}\ninput: [28, 28, 1]\nlayers: [flatten, {dense: {units: 10}}]\ntrain: {epochs: 4}\n`);
}

before(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lenetc-runs-'));
  writeTinyIdx(path.join(work, 'data'), 200, 100);
  writeFileSync(path.join(work, 'tiny.yaml'), TINY_SPEC);
  const older = path.join('runs', 'tiny', '20261201-100000');
  const trained = await run(['train', 'tiny.yaml', '--backend', 'cpu', '--data', 'data', '--epochs', '2', '--val-limit', '40', '--out', older]);
  assert.equal(trained.code, 0, trained.stderr);
  setCreated(path.join(work, older), '2026-12-01T10:00:00.000Z');
  // the same run again, started a day later: the newest of the spec's runs
  const newer = path.join(work, 'runs', 'tiny', '20261202-100000');
  cpSync(path.join(work, older), newer, { recursive: true });
  setCreated(newer, '2026-12-02T10:00:00.000Z');
  // a run of another spec, started before both, that never finished an epoch (no model)
  startedRun(path.join(work, 'runs', 'other', '20261130-100000'), 'other', '2026-11-30T10:00:00.000Z');
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('lenetc runs', () => {
  test('lists every run under runs/, newest first, with spec, epochs, best val_acc, backend and status', { timeout: 60_000 }, async () => {
    const r = await run(['runs', '--json']);
    assert.equal(r.code, EXIT.ok, r.stderr);
    const listed = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(listed.map((l) => l.run_dir), [
      path.join('runs', 'tiny', '20261202-100000'), path.join('runs', 'tiny', '20261201-100000'), path.join('runs', 'other', '20261130-100000'),
    ]);
    const metrics = readFileSync(path.join(work, 'runs', 'tiny', '20261201-100000', 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { val_acc: number });
    assert.deepEqual(
      { ...listed[0], run_dir: undefined },
      {
        run_dir: undefined, spec: 'tiny', created: '2026-12-02T10:00:00.000Z', epochs_completed: 2, epochs: 2,
        best_val_acc: Math.max(...metrics.map((m) => m.val_acc)), backend: 'cpu', status: 'completed', sweep: null,
      },
    );
    // a run that never finished an epoch and left no summary: stopped, its epochs from its spec
    assert.deepEqual([listed[2]!.spec, listed[2]!.epochs_completed, listed[2]!.epochs, listed[2]!.best_val_acc, listed[2]!.status], ['other', 0, 4, null, 'stopped']);
  });

  test('the table has a row per run; ls is the same command; a spec\'s folder lists its own runs', { timeout: 60_000 }, async () => {
    const table = await run(['ls']);
    assert.equal(table.code, EXIT.ok, table.stderr);
    const rows = table.stdout.trim().split('\n');
    assert.match(rows[0]!, /^run\s+spec\s+started\s+epochs\s+best val_acc\s+backend\s+status$/);
    assert.equal(rows.length, 4);
    assert.match(rows[1]!, /^runs\/tiny\/20261202-100000\s+tiny\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+2\/2\s+\d\.\d{4}\s+cpu\s+completed$/);
    const one = await run(['runs', 'runs/tiny', '--json']);
    assert.equal(one.stdout.trim().split('\n').length, 2);
  });

  test('no runs/ yet is no error; a folder that is not there is, with the one a letter off', { timeout: 60_000 }, async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'lenetc-no-runs-'));
    try {
      const none = await runCli(['runs'], empty);
      assert.equal(none.code, EXIT.ok, none.stderr);
      assert.equal(none.stdout, '');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    const typo = await run(['runs', 'runs/tyny']);
    assert.equal(typo.code, EXIT.usage);
    assert.equal(code(typo.stderr), 'FILE_NOT_FOUND');
    assert.match(typo.stderr, /^hint: did you mean runs\/tiny\?$/m);
  });
});

describe('latest and a spec\'s folder wherever a run is expected', () => {
  test('eval latest and eval runs/tiny take the newest run with a model, and say which', { timeout: 120_000 }, async () => {
    for (const given of ['latest', 'runs/tiny', 'runs/tiny/']) {
      const r = await run(['eval', given, '--backend', 'cpu', '--data', 'data', '--json']);
      assert.equal(r.code, EXIT.ok, r.stderr);
      assert.equal((JSON.parse(r.stdout) as { run_dir: string }).run_dir, path.join(work, 'runs', 'tiny', '20261202-100000'));
      assert.match(r.stderr, new RegExp(`^${given}: runs/tiny/20261202-100000 \\(the newest of 2 runs with a model\\)$`, 'm'));
    }
  });

  test('runs/ itself holds runs of two specs: which one is meant is asked, not guessed', { timeout: 60_000 }, async () => {
    // the other spec's run has a model too now (a stand-in: nothing reads it)
    const other = path.join(work, 'runs', 'other', '20261130-100000', 'model');
    mkdirSync(other, { recursive: true });
    writeFileSync(path.join(other, 'model.json'), '{}');
    const r = await run(['eval', 'runs', '--backend', 'cpu']);
    rmSync(other, { recursive: true });
    assert.equal(r.code, EXIT.usage);
    assert.equal(code(r.stderr), 'AMBIGUOUS_RUN');
    assert.match(r.stderr, /runs\/tiny\/20261202-100000, runs\/tiny\/20261201-100000/);
  });

  test('predict, export and activations take latest; train --resume latest goes on with the newest run', { timeout: 120_000 }, async () => {
    const predicted = await run(['predict', 'latest', '--index', '0', '--data', 'data', '--backend', 'cpu', '--json']);
    assert.equal(predicted.code, EXIT.ok, predicted.stderr);
    assert.equal((JSON.parse(predicted.stdout) as { input: string }).input, 'test #0');
    const exported = await run(['export', 'latest', '-o', 'latest.onnx']);
    assert.equal(exported.code, EXIT.ok, exported.stderr);
    assert.ok(existsSync(path.join(work, 'latest.onnx')));
    const maps = await run(['activations', 'latest', '--noise', '1', '-o', 'maps', '--backend', 'cpu']);
    assert.equal(maps.code, EXIT.ok, maps.stderr);
    assert.deepEqual(readdirSync(path.join(work, 'maps')), ['00-noise-0.png']);
    // the newest run finished: resuming it is refused as finished, which shows which run latest took
    const resumed = await run(['train', '--resume', 'latest', '--backend', 'cpu']);
    assert.equal(code(resumed.stderr), 'RUN_FINISHED', resumed.stderr);
    assert.match(resumed.stderr, /runs\/tiny\/20261202-100000 already finished/);
  });

  test('latest with no runs under runs/ is a usage error that says how to make one', { timeout: 60_000 }, async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'lenetc-no-runs-'));
    try {
      const r = await runCli(['eval', 'latest'], empty);
      assert.equal(r.code, EXIT.usage);
      assert.equal(code(r.stderr), 'NO_RUNS');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('eval measures what the run validated on', () => {
  test('the run\'s --val-limit by default, --val-limit N or --all when told, and says how many', { timeout: 120_000 }, async () => {
    const measured = async (...flags: string[]) => {
      const r = await run(['eval', 'runs/tiny/20261201-100000', '--backend', 'cpu', '--data', 'data', '--json', ...flags]);
      assert.equal(r.code, EXIT.ok, r.stderr);
      const result = JSON.parse(r.stdout) as { images: number; split_images: number; accuracy: number; per_class: { count: number }[] };
      assert.equal(result.per_class.reduce((n, c) => n + c.count, 0), result.images);
      return result;
    };
    const kept = await measured();
    assert.deepEqual([kept.images, kept.split_images], [40, 100]);
    // the same 40 images the run's last epoch validated on: the same accuracy
    const last = readFileSync(path.join(work, 'runs', 'tiny', '20261201-100000', 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { val_acc: number }).at(-1)!;
    assert.equal(kept.accuracy, last.val_acc);
    assert.equal((await measured('--all')).images, 100);
    assert.equal((await measured('--val-limit', '10')).images, 10);
    const text = await run(['eval', 'runs/tiny/20261201-100000', '--backend', 'cpu', '--data', 'data']);
    assert.match(text.stdout, /^test accuracy \d\.\d{4} \(\d+\/40, on the first 40 of 100 test images\)/);
    const both = await run(['eval', 'latest', '--all', '--val-limit', '5']);
    assert.equal(code(both.stderr), 'BAD_OPTION');
  });

  test('-o draws the confusion matrix where it is asked to, not in the run folder', { timeout: 120_000 }, async () => {
    const folder = path.join(work, 'runs', 'tiny', '20261202-100000');
    rmSync(path.join(folder, 'confusion.svg'), { force: true });
    const r = await run(['eval', 'latest', '--backend', 'cpu', '--data', 'data', '-o', 'matrix.svg']);
    assert.equal(r.code, EXIT.ok, r.stderr);
    assert.match(readFileSync(path.join(work, 'matrix.svg'), 'utf8'), /^<svg/);
    assert.equal(existsSync(path.join(folder, 'confusion.svg')), false);
    assert.equal((await run(['eval', 'latest', '--backend', 'cpu', '--data', 'data', '-o', 'matrix.svg'])).code, EXIT.usage, 'not replaced without --force');
  });
});

describe('export -o', () => {
  const latest = 'runs/tiny/20261202-100000';
  test('the format from the extension, or from --onnx/--tfjs; the former spellings still work', { timeout: 60_000 }, async () => {
    const onnx = await run(['export', latest, '-o', 'x.onnx']);
    assert.equal(onnx.code, EXIT.ok, onnx.stderr);
    assert.equal(readFileSync(path.join(work, 'x.onnx')).subarray(0, 2).length, 2);
    const tfjs = await run(['export', latest, '--tfjs', '-o', 'web']);
    assert.equal(tfjs.code, EXIT.ok, tfjs.stderr);
    assert.deepEqual(readdirSync(path.join(work, 'web')).sort(), ['model.json', 'weights.bin']);
    const bare = await run(['export', latest, '--onnx', '-o', 'named-by-flag']);
    assert.equal(bare.code, EXIT.ok, bare.stderr);
    assert.ok(existsSync(path.join(work, 'named-by-flag')));
    const former = await run(['export', latest, '--onnx', 'former.onnx', '--tfjs', 'former-web']);
    assert.equal(former.code, EXIT.ok, former.stderr);
    assert.ok(existsSync(path.join(work, 'former.onnx')) && existsSync(path.join(work, 'former-web', 'model.json')));
  });

  test('a path whose format cannot be told, or no path at all, is a usage error', { timeout: 60_000 }, async () => {
    for (const argv of [['-o', 'model'], ['--onnx'], [], ['--onnx', '--tfjs', '-o', 'x']]) {
      const r = await run(['export', latest, ...argv]);
      assert.equal(r.code, EXIT.usage, argv.join(' '));
      assert.ok(['BAD_OPTION', 'NEEDS_ARGUMENT'].includes(code(r.stderr) ?? ''), r.stderr);
    }
    assert.equal(existsSync(path.join(work, 'model')), false);
  });
});
