/**
 * `lenetc sweep`: --vary parsing and point ids, the rerun decision per point folder, and a real
 * 2×2 sweep on a tiny dataset (one point's shapes break) run twice, the second time skipping
 * every finished point.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { EXIT } from '../src/cli/io.js';
import { gridPoints, mergeAxes, parseVary, shortNames, specAxes, type Axis } from '../src/jobs/sweep/grid.js';
import { pointState, type PointExpectation } from '../src/jobs/sweep/point-folder.js';
import { runCli, type Captured } from './helpers/cli.js';
import { TINY_SPEC, writeTinyIdx } from './helpers/tiny-dataset.js';

/** The CLI in-process, timed; children it spawns get this process's environment. */
async function run(argv: string[], cwd: string): Promise<Captured & { seconds: number }> {
  const started = performance.now();
  const result = await runCli(argv, cwd, { env: { ...process.env, NO_COLOR: '1' } });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

function axis(arg: string): Axis {
  const parsed = parseVary(arg);
  assert.equal(typeof parsed, 'object', `parseVary(${arg}) failed: ${String(parsed)}`);
  return parsed as Axis;
}

describe('--vary parsing', () => {
  test('numbers, flow lists, quoted commas and plain strings', () => {
    const a = axis('layers.0.conv.kernel=[3,5], 5 ,\'a,b\',same,"x\\"y,z"');
    assert.equal(a.path, 'layers.0.conv.kernel');
    assert.deepEqual(a.values.map((v) => v.value), [[3, 5], 5, 'a,b', 'same', 'x"y,z']);
    assert.deepEqual(a.values.map((v) => v.text), ['[3, 5]', '5', '"a,b"', 'same', `'x"y,z'`]);
    // each text reads back as its value: it is what the point passes to --set
    for (const v of a.values) assert.deepEqual(parse(v.text), v.value);
  });

  test('nested brackets and braces stay one value; equal values collapse', () => {
    assert.deepEqual(axis('x.y=[[1,2],[3]],{a: 1, b: [2,3]}').values.map((v) => v.value), [[[1, 2], [3]], { a: 1, b: [2, 3] }]);
    assert.deepEqual(axis('train.lr=0.1,0.10,1e-1,0.01').values.map((v) => v.value), [0.1, 0.01]);
  });

  test('malformed --vary values are refused', () => {
    for (const bad of ['train.lr', '=1,2', 'train..lr=1', 'layers.0.=1', 'train.lr=0.1,,0.2', 'train.lr=0.1,', 'k=[3,5', 'k=3]', "k='a,b", 'k=[3,5}', 'k={a: [1}']) {
      assert.equal(typeof parseVary(bad), 'string', bad);
    }
  });

  test('a spec sweep: block gives axes; --vary replaces a path and appends new ones', () => {
    const fromSpec = specAxes({ name: 'x', sweep: { 'train.lr': [0.1, 0.01], 'layers.0.conv.kernel': [3, 5] } });
    const merged = mergeAxes(fromSpec, [axis('train.lr=0.5'), axis('train.seed=1,2')]);
    assert.deepEqual(merged.map((a) => [a.path, a.values.map((v) => v.value)]), [
      ['train.lr', [0.5]], ['layers.0.conv.kernel', [3, 5]], ['train.seed', [1, 2]],
    ]);
    assert.deepEqual(specAxes({ name: 'x' }), []);
  });
});

describe('grid points', () => {
  test('the cartesian product, last axis fastest, with readable ids and their overrides', () => {
    const points = gridPoints([axis('train.lr=0.01,0.1'), axis('layers.0.conv.kernel=3,[5,3]')]);
    assert.deepEqual(points.map((p) => p.id), ['lr=0.01,kernel=3', 'lr=0.01,kernel=5x3', 'lr=0.1,kernel=3', 'lr=0.1,kernel=5x3']);
    assert.deepEqual(points[1]!.overrides, ['train.lr=0.01', 'layers.0.conv.kernel=[5, 3]']);
  });

  test('short names grow until they differ, never starting at an index', () => {
    assert.deepEqual(shortNames(['train.lr', 'layers.0.conv.kernel']), ['lr', 'kernel']);
    assert.deepEqual(shortNames(['train.optimizer.type', 'layers.1.pool.type']), ['optimizer.type', 'pool.type']);
    assert.deepEqual(shortNames(['layers.0.conv.kernel', 'layers.2.conv.kernel']), ['layers.0.conv.kernel', 'layers.2.conv.kernel']);
  });

  test('ids are filesystem-safe and unique', () => {
    const ids = gridPoints([axis('name=a/b,a_b,../x,A_B,"a b"')]).map((p) => p.id);
    assert.deepEqual(ids, ['name=a_b', 'name=a_b~2', 'name=.._x', 'name=A_B~3', 'name=a_b~4']);
    for (const id of ids) assert.match(id, /^[A-Za-z0-9._+=,~-]+$/);
    const long = gridPoints([axis(`name=${'x'.repeat(300)}`)])[0]!.id;
    assert.ok(long.length <= 100, `${long.length}`);
  });
});

describe('a point folder on rerun', () => {
  let dir: string;
  const resolved = { name: 'tiny', train: { epochs: 2, lr: 0.1 } };
  const expected: PointExpectation = { resolved, epochs: 2, dataDir: '/data', trainLimit: 64, valLimit: null };
  const epoch = (n: number) => JSON.stringify({ epoch: n, train_loss: 1, train_acc: 0.5, val_loss: 1, val_acc: 0.5, lr: 0.1, seconds: 1, images_per_s: 10 });

  /** A run folder as train leaves it; `status` undefined leaves summary.json out (a killed run). */
  function writeRun(opts: { status?: string; epochs?: number; checkpoint?: boolean; spec?: unknown; trainLimit?: number }) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'spec.resolved.yaml'), `# header comment\n${stringify(opts.spec ?? resolved)}`);
    fs.writeFileSync(path.join(dir, 'run.json'), JSON.stringify({ version: 1, command: [], data_dir: '/data', train_limit: opts.trainLimit ?? 64, val_limit: null, created: '' }));
    const epochs = opts.epochs ?? 2;
    fs.writeFileSync(path.join(dir, 'metrics.jsonl'), Array.from({ length: epochs }, (_, i) => `${epoch(i + 1)}\n`).join(''));
    if (opts.status) fs.writeFileSync(path.join(dir, 'summary.json'), JSON.stringify({ status: opts.status, epochs: 2, epochs_completed: epochs }));
    if (opts.checkpoint) fs.mkdirSync(path.join(dir, 'checkpoint'));
  }

  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-sweep-state-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('finished, resumable, or trained again', async () => {
    assert.deepEqual(await pointState(path.join(dir, 'missing'), expected), { kind: 'new' });
    writeRun({ status: 'completed', checkpoint: true });
    assert.equal((await pointState(dir, expected)).kind, 'finished');
    writeRun({ status: 'interrupted', epochs: 1, checkpoint: true });
    assert.equal((await pointState(dir, expected)).kind, 'resume');
    // killed before summary.json was written, after a checkpoint
    writeRun({ epochs: 1, checkpoint: true });
    assert.equal((await pointState(dir, expected)).kind, 'resume');
    // "completed" but metrics.jsonl lacks an epoch: not finished
    writeRun({ status: 'completed', epochs: 1, checkpoint: true });
    assert.equal((await pointState(dir, expected)).kind, 'resume');
    writeRun({ status: 'interrupted', epochs: 1, checkpoint: false });
    assert.equal((await pointState(dir, expected)).kind, 'new');
    writeRun({ status: 'diverged', epochs: 1, checkpoint: true });
    assert.equal((await pointState(dir, expected)).kind, 'new');
    // another configuration's run is never reused
    writeRun({ status: 'completed', checkpoint: true, spec: { ...resolved, train: { epochs: 2, lr: 0.2 } } });
    assert.equal((await pointState(dir, expected)).kind, 'new');
    writeRun({ status: 'completed', checkpoint: true, trainLimit: 128 });
    assert.equal((await pointState(dir, expected)).kind, 'new');
  });
});

describe('lenetc sweep', () => {
  let root: string;
  // the spec's sweep: block gives the kernels, --vary the pool sizes; kernel 17 leaves a 6×6
  // map (floor((28 − 17)/2) + 1 = 6), which a 7×7 pool does not fit
  const spec = `${TINY_SPEC}sweep:\n  layers.0.conv.kernel: [3, 17]\n`;
  const args = [
    'sweep', 'tiny.yaml', '--vary', 'layers.1.pool.size=2,7', '--epochs', '1', '--train-limit', '64', '--val-limit', '32',
    '--backend', 'cpu', '--data', 'data', '--out', 'out', '--jobs', '1',
  ];
  const trained = ['kernel=3,size=2', 'kernel=3,size=7', 'kernel=17,size=2'];
  let first: Captured & { seconds: number };

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-sweep-'));
    writeTinyIdx(path.join(root, 'data'), 64, 32);
    fs.writeFileSync(path.join(root, 'tiny.yaml'), spec);
    first = await run(args, root);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  test('the broken point is reported where its override is, and skipped; the others train', () => {
    assert.equal(first.code, EXIT.ok, first.stderr);
    // overrides in order: train.epochs=1 (line 1), the kernel (2), the pool size (3)
    assert.match(first.stderr, /^<--set>:3:20: error\[POOL_LARGER_THAN_INPUT\]/m);
    assert.equal(first.stderr.match(/error\[/g)?.length, 1);
    // each point's epochs are logged from its train --json lines (the run's last line is not an epoch)
    for (const id of trained) assert.match(first.stderr, new RegExp(` ${id}\\] epoch 1/1 {2}val_acc \\d\\.\\d{4} `));
    assert.doesNotMatch(first.stderr, /undefined|NaN/);
    const folders = fs.readdirSync(path.join(root, 'out')).filter((f) => fs.statSync(path.join(root, 'out', f)).isDirectory());
    assert.deepEqual(folders.sort(), [...trained].sort());
    for (const id of trained) {
      const summary = JSON.parse(fs.readFileSync(path.join(root, 'out', id, 'summary.json'), 'utf8'));
      assert.equal(summary.status, 'completed');
      assert.equal(summary.epochs_completed, 1);
    }
  });

  test('results.csv: one row per point, the varied values, sizes, accuracies and status', () => {
    const lines = fs.readFileSync(path.join(root, 'out', 'results.csv'), 'utf8').trimEnd().split('\n');
    assert.equal(lines[0], 'point,layers.0.conv.kernel,layers.1.pool.size,params,macs,final_val_acc,best_val_acc,train_seconds,status');
    const rows = lines.slice(1).map((l) => l.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')).slice(0, 9));
    assert.deepEqual(rows.map((r) => [r[0], r[1], r[2], r[3], r[4], r[8]]), [
      // conv 4×(3·3)+4 = 40, 13×13×4 → pool 2: 6×6×4 → dense 144·10+10; MACs 13·13·4·9 + 1440
      ['kernel=3,size=2', '3', '2', '1490', '7524', 'done'],
      // pool 7: 1×1×4 → dense 4·10+10
      ['kernel=3,size=7', '3', '7', '90', '6124', 'done'],
      // conv 4×17·17+4 = 1160, 6×6×4 → pool 2: 3×3×4 → dense 36·10+10; MACs 6·6·4·289 + 360
      ['kernel=17,size=2', '17', '2', '1530', '41976', 'done'],
      ['kernel=17,size=7', '17', '7', '', '', 'skipped: POOL_LARGER_THAN_INPUT'],
    ]);
    for (const r of rows.slice(0, 3)) {
      const metrics = fs.readFileSync(path.join(root, 'out', r[0]!, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      assert.equal(Number(r[5]), Number(metrics.at(-1).val_acc.toFixed(6)));
      assert.equal(Number(r[6]), Number(Math.max(...metrics.map((m: { val_acc: number }) => m.val_acc)).toFixed(6)));
      assert.ok(Number(r[7]) > 0);
    }
    assert.deepEqual(rows[3]!.slice(5, 8), ['', '', '']);
    // the same table is printed and kept as results.md
    const markdown = fs.readFileSync(path.join(root, 'out', 'results.md'), 'utf8');
    assert.equal(first.stdout, markdown);
    assert.equal(markdown.trimEnd().split('\n').length, 2 + 4);
  });

  test('val_acc.svg has one line per trained point', () => {
    const svg = fs.readFileSync(path.join(root, 'out', 'val_acc.svg'), 'utf8');
    const lines = [...svg.matchAll(/aria-label="([^"]*)"[^>]*aria-roledescription="line mark"/g)].map((m) => m[1]!);
    assert.equal(lines.length, 3);
    for (const id of trained) assert.equal(lines.filter((l) => l.endsWith(`point: ${id}`)).length, 1, id);
  });

  test('a rerun into the same --out trains nothing again', async () => {
    const stamp = (id: string) => ['summary.json', 'metrics.jsonl', 'model/weights.bin'].map((f) => fs.statSync(path.join(root, 'out', id, f)).mtimeMs);
    const before = trained.map(stamp);
    const csv = fs.readFileSync(path.join(root, 'out', 'results.csv'), 'utf8');
    const again = await run([...args, '--json'], root);
    assert.equal(again.code, EXIT.ok, again.stderr);
    // --json: one object per point, in grid order, instead of the table
    const points = again.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(points.map((p) => [p.point, p.values, p.status]), [
      ['kernel=3,size=2', { 'layers.0.conv.kernel': 3, 'layers.1.pool.size': 2 }, 'done'],
      ['kernel=3,size=7', { 'layers.0.conv.kernel': 3, 'layers.1.pool.size': 7 }, 'done'],
      ['kernel=17,size=2', { 'layers.0.conv.kernel': 17, 'layers.1.pool.size': 2 }, 'done'],
      ['kernel=17,size=7', { 'layers.0.conv.kernel': 17, 'layers.1.pool.size': 7 }, 'skipped: POOL_LARGER_THAN_INPUT'],
    ]);
    const metrics = fs.readFileSync(path.join(root, 'out', trained[0]!, 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(points[0].final_val_acc, metrics.at(-1).val_acc);
    assert.equal(points[0].run_dir, path.join(root, 'out', trained[0]!));
    assert.equal(points[3].run_dir, null);
    assert.deepEqual(trained.map(stamp), before);
    assert.equal(fs.readFileSync(path.join(root, 'out', 'results.csv'), 'utf8'), csv);
    // no child process started: checking and plotting only
    assert.ok(again.seconds < first.seconds / 2, `rerun took ${again.seconds}s, the first run ${first.seconds}s`);
  });

  test('no valid point: exit 1 and no sweep folder', async () => {
    const r = await run(['sweep', 'tiny.yaml', '--vary', 'layers.0.conv.kernel=29,40', '--out', 'none'], root);
    assert.equal(r.code, EXIT.invalid);
    assert.equal(r.stderr.match(/error\[NON_POSITIVE_OUTPUT\]/g)?.length, 2);
    assert.equal(fs.existsSync(path.join(root, 'none')), false);
  });

  test('usage errors: a malformed --vary, nothing to vary, a foreign --out', async () => {
    assert.equal((await run(['sweep', 'tiny.yaml', '--vary', 'train.lr'], root)).code, EXIT.usage);
    fs.writeFileSync(path.join(root, 'plain.yaml'), TINY_SPEC);
    assert.equal((await run(['sweep', 'plain.yaml'], root)).code, EXIT.usage);
    fs.mkdirSync(path.join(root, 'foreign'));
    fs.writeFileSync(path.join(root, 'foreign', 'notes.txt'), 'mine');
    // the same refusal as train's, with the same exit code
    assert.equal((await run(['sweep', 'tiny.yaml', '--out', 'foreign'], root)).code, EXIT.usage);
    assert.equal((await run(['train', 'tiny.yaml', '--out', 'foreign'], root)).code, EXIT.usage);
    // and a file: one line, exit 2, not a stack trace
    fs.writeFileSync(path.join(root, 'a-file'), 'mine');
    const file = await run(['sweep', 'tiny.yaml', '--out', 'a-file'], root);
    assert.equal(file.code, EXIT.usage);
    assert.match(file.stderr, /a-file is a file, not a folder/);
    assert.deepEqual(fs.readdirSync(path.join(root, 'foreign')), ['notes.txt']);
  });
});
