/** The built `lenetc` binary end to end: exit codes and clean stderr (no stack traces). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fromRoot, repoRoot } from './helpers/paths.js';
import { TINY_SPEC, writeTinyIdx } from './helpers/tiny-dataset.js';

const BIN = fromRoot('dist', 'src', 'cli', 'bin.js');
// `npm test` builds first; a bare `node --test` run without a build has nothing to run
const skip = fs.existsSync(BIN) ? false : 'dist/src/cli/bin.js is missing: run `npm run build` first';

function lenetc(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

test('check on a valid spec exits 0 and prints the shape trace', { skip }, () => {
  const r = lenetc('check', 'specs/lenet5.yaml');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^ {2}conv 28×28×6 → pool 14×14×6 → .* → dense 10$/m);
  assert.equal(r.stderr, '');
});

test('check --json on a valid spec prints one JSON object', { skip }, () => {
  const r = lenetc('check', '--json', 'specs/lenet5.yaml');
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual([report.ok, report.params, report.macs], [true, 61706, 416520]);
});

test('check on a spec with errors exits 1 with located diagnostics and no stack trace', { skip }, () => {
  fs.mkdirSync(fromRoot('.tmp'), { recursive: true });
  const dir = fs.mkdtempSync(fromRoot('.tmp', 'e2e-'));
  try {
    const spec = `${dir}/bad.yaml`;
    fs.writeFileSync(spec, 'name: bad\ninput: [28, 28, 1]\nlayers:\n  - conv: {filters: 6, kernel: 50}\n  - flatten\n  - dense: {units: 10}\n');
    const r = lenetc('check', spec);
    assert.equal(r.code, 1);
    const header = r.stderr.split('\n')[0]!;
    assert.ok(header.startsWith(`${spec}:4:`), header);
    assert.match(header, /^[^ ]+:4:\d+: error\[NON_POSITIVE_OUTPUT\]: /);
    assert.doesNotMatch(r.stderr, STACK_FRAME);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors exit 2 with one line and no stack trace', { skip }, () => {
  for (const args of [['check', 'specs/missing.yaml'], ['check', 'specs/lenet5.yaml', '--nope'], ['emit', 'specs/lenet5.yaml']]) {
    const r = lenetc(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
    assert.doesNotMatch(r.stderr, STACK_FRAME);
  }
});

test('kill -9 mid-run loses at most the epoch in progress; --resume finishes the run', { skip }, async () => {
  fs.mkdirSync(fromRoot('.tmp'), { recursive: true });
  const dir = fs.mkdtempSync(fromRoot('.tmp', 'e2e-kill-'));
  try {
    writeTinyIdx(dir, 600, 100);
    fs.writeFileSync(`${dir}/tiny.yaml`, TINY_SPEC.replace('epochs: 3', 'epochs: 4'));
    const args = [BIN, 'train', 'tiny.yaml', '--backend', 'cpu', '--data', '.', '--json', '--out', 'run'];
    const child = spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    // the first epoch's line is printed after its checkpoint: kill the process right there,
    // in the middle of epoch 2
    let stdout = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('\n') && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    assert.equal(child.signalCode, 'SIGKILL');
    const state = JSON.parse(fs.readFileSync(`${dir}/run/checkpoint/state.json`, 'utf8'));
    assert.ok(state.epoch >= 1, 'a finished epoch was checkpointed');
    // nothing half-written: every JSON file there parses
    for (const file of fs.readdirSync(`${dir}/run`).filter((f) => f.endsWith('.json'))) JSON.parse(fs.readFileSync(`${dir}/run/${file}`, 'utf8'));

    const resumed = spawnSync(process.execPath, [BIN, 'train', '--resume', 'run', '--json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(resumed.status, 0, resumed.stderr);
    const epochs = fs.readFileSync(`${dir}/run/metrics.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l).epoch);
    assert.deepEqual(epochs, [1, 2, 3, 4]);
    const summary = JSON.parse(fs.readFileSync(`${dir}/run/summary.json`, 'utf8'));
    assert.deepEqual([summary.status, summary.epochs_completed, summary.resumes], ['completed', 4, 1]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
