/**
 * The built `lenetc` binary end to end (package.json "bin": the esbuild bundle): exit codes and
 * clean stderr (no stack traces), and what the bundle must still find beside itself: the schema,
 * the data-parallel worker, and itself for a sweep's child processes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { fromRoot, repoRoot } from './helpers/paths.js';
import { TINY_RESIDUAL_SPEC, TINY_SPEC, writeTinyIdx } from './helpers/tiny-dataset.js';

// the binary `npm install` links as `lenetc`
const { bin: bins } = JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')) as { bin: Record<string, string> };
const BIN = fromRoot(bins.lenetc!);
// `npm test` builds first; a bare `node --test` run without a build has nothing to run
const skip = fs.existsSync(BIN) ? false : `${bins.lenetc} is missing: run \`npm run build\` first`;

function lenetc(...args: string[]) {
  return lenetcIn(repoRoot, ...args);
}

function lenetcIn(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A scratch folder under .tmp/ holding the tiny dataset (in data/) and its spec as tiny.yaml. */
function tinyFolder(prefix: string): string {
  fs.mkdirSync(fromRoot('.tmp'), { recursive: true });
  const dir = fs.mkdtempSync(fromRoot('.tmp', prefix));
  writeTinyIdx(`${dir}/data`, 64, 32);
  fs.writeFileSync(`${dir}/tiny.yaml`, TINY_SPEC);
  return dir;
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

test('schema prints the JSON Schema, found from the bundle\'s own location', { skip }, () => {
  const r = lenetcIn(os.tmpdir(), 'schema');
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), JSON.parse(fs.readFileSync(fromRoot('schema', 'lenetc.schema.json'), 'utf8')));
});

test('train on wasm splits each batch across every core: the worker is found beside the bundle', { skip }, () => {
  const dir = tinyFolder('e2e-threads-');
  try {
    const r = lenetcIn(dir, 'train', 'tiny.yaml', '--backend', 'wasm', '--data', 'data', '--epochs', '1', '--train-limit', '64', '--val-limit', '32', '--json', '--out', 'run');
    assert.equal(r.code, 0, r.stderr);
    // one thread per core, the default; a missing worker file would quietly fall back to 1
    const cores = os.availableParallelism();
    // said once, on the backend line
    if (cores > 1) assert.match(r.stderr, new RegExp(`^backend: wasm .*, ${cores} threads — as --backend wasm asked$`, 'm'));
    assert.doesNotMatch(r.stderr, /^threads:/m);
    const summary = JSON.parse(fs.readFileSync(`${dir}/run/summary.json`, 'utf8'));
    assert.deepEqual([summary.status, summary.epochs_completed], ['completed', 1]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('sweep runs each point in a child lenetc started from the bundle', { skip }, () => {
  const dir = tinyFolder('e2e-sweep-');
  try {
    const r = lenetcIn(dir, 'sweep', 'tiny.yaml', '--vary', 'train.lr=0.01,0.1', '--epochs', '1', '--train-limit', '64', '--val-limit', '32', '--backend', 'cpu', '--threads', '1', '--data', 'data', '--out', 'sw', '--jobs', '1');
    assert.equal(r.code, 0, r.stderr);
    const rows = fs.readFileSync(`${dir}/sw/results.csv`, 'utf8').trimEnd().split('\n').slice(1);
    assert.deepEqual(rows.map((row) => [row.split(',')[0], row.split(',').at(-1)]), [['lr=0.01', 'done'], ['lr=0.1', 'done']]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a branched spec (residual block, side branch, concat) trains from the bundle, and eval and activations read its run', { skip }, () => {
  const dir = tinyFolder('e2e-branches-');
  try {
    writeTinyIdx(`${dir}/data`, 160, 32);
    fs.writeFileSync(`${dir}/tinyres.yaml`, TINY_RESIDUAL_SPEC);
    const trained = lenetcIn(dir, 'train', 'tinyres.yaml', '--backend', 'wasm', '--threads', '1', '--data', 'data', '--epochs', '2', '--json', '--out', 'run');
    assert.equal(trained.code, 0, trained.stderr);
    const summary = JSON.parse(fs.readFileSync(`${dir}/run/summary.json`, 'utf8'));
    assert.deepEqual([summary.status, summary.epochs_completed], ['completed', 2]);
    assert.ok(summary.final.val_acc > 0.3, `val_acc ${summary.final.val_acc} (chance 0.1)`);
    const evaluated = lenetcIn(dir, 'eval', 'run', '--json', '--backend', 'wasm', '--data', 'data');
    assert.equal(evaluated.code, 0, evaluated.stderr);
    assert.equal(JSON.parse(evaluated.stdout).accuracy, summary.final.val_acc);
    const maps = lenetcIn(dir, 'activations', 'run', '--index', '0', '--layers', 'convs', '-o', 'maps', '--backend', 'wasm', '--data', 'data');
    assert.equal(maps.code, 0, maps.stderr);
    assert.match(maps.stdout, /mean activation stem [\d.]+, residual1_conv1 [\d.]+, residual1_conv2 [\d.]+, side [\d.]+$/m);
    assert.doesNotMatch(trained.stderr + evaluated.stderr + maps.stderr, STACK_FRAME);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** Starts `lenetc train` on 600 tiny images in batches of 8 (one thread, cpu); `onLine` sees each stdout line. */
function trainChild(dir: string, onLine: (line: string, child: ReturnType<typeof spawn>) => void): Promise<ReturnType<typeof spawn>> {
  writeTinyIdx(dir, 600, 50);
  fs.writeFileSync(`${dir}/tiny.yaml`, TINY_SPEC.replace('batch_size: 32', 'batch_size: 8'));
  const child = spawn(process.execPath, [BIN, 'train', 'tiny.yaml', '--backend', 'cpu', '--threads', '1', '--data', '.', '--json', '--out', 'run'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      onLine(buffered.slice(0, end), child);
      buffered = buffered.slice(end + 1);
    }
  });
  return new Promise((resolve) => child.on('close', () => resolve(child)));
}

/** Every name under `dir`, recursively. */
function allNames(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? [e.name, ...allNames(`${dir}/${e.name}`)] : [e.name]));
}

test('Ctrl-C with one thread stops within a batch, mid-epoch, with a checkpoint to resume', { skip }, async () => {
  fs.mkdirSync(fromRoot('.tmp'), { recursive: true });
  const dir = fs.mkdtempSync(fromRoot('.tmp', 'e2e-sigint-'));
  try {
    // epoch 1's line comes after its checkpoint: Ctrl-C as epoch 2 begins
    const child = await trainChild(dir, (line, c) => { if (line.startsWith('{"epoch":1,')) c.kill('SIGINT'); });
    assert.equal(child.exitCode, 130);
    const state = JSON.parse(fs.readFileSync(`${dir}/run/checkpoint/state.json`, 'utf8'));
    assert.equal(state.epoch, 1);
    assert.ok(state.batch >= 1 && state.batch < 75, `stopped at batch ${state.batch} of epoch 2, not at its end`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a second Ctrl-C quits at once but never leaves a half-written checkpoint', { skip }, async () => {
  fs.mkdirSync(fromRoot('.tmp'), { recursive: true });
  const dir = fs.mkdtempSync(fromRoot('.tmp', 'e2e-sigint2-'));
  try {
    const child = await trainChild(dir, (line, c) => {
      if (!line.startsWith('{"epoch":1,')) return;
      c.kill('SIGINT');
      setTimeout(() => c.kill('SIGINT'), 2);
    });
    assert.equal(child.exitCode, 130);
    assert.deepEqual(allNames(`${dir}/run`).filter((n) => /\.(tmp|old|stale)-|^\.lock$/.test(n)), [], 'no temporary file and no lock left');
    const state = JSON.parse(fs.readFileSync(`${dir}/run/checkpoint/state.json`, 'utf8'));
    assert.equal(state.epoch, 1);
    const resumed = spawnSync(process.execPath, [BIN, 'train', '--resume', 'run', '--backend', 'cpu'], { cwd: dir, encoding: 'utf8' });
    assert.equal(resumed.status, 0, resumed.stderr);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('stdout that cannot be written is one line on stderr and exit 1', { skip }, () => {
  const full = fs.openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [BIN, 'graph', 'specs/lenet5.yaml'], { cwd: repoRoot, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'lenetc: cannot write to stdout: no space left on the device (ENOSPC)\n');
  } finally {
    fs.closeSync(full);
  }
});

test('webgpu on a machine whose Vulkan finds no driver: one clean reason, nothing native on the terminal', { skip }, () => {
  const dir = tinyFolder('no-vulkan-');
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', VK_ICD_FILENAMES: `${dir}/no-such-driver.json` };
  delete env.XDG_RUNTIME_DIR;
  for (const backend of ['webgpu', 'tfjs-webgpu']) {
    const r = spawnSync(process.execPath, [BIN, 'train', 'tiny.yaml', '--data', 'data', '--backend', backend, '--out', `run-${backend}`], { cwd: dir, encoding: 'utf8', env });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^error\[BACKEND_UNAVAILABLE\]: backend .*webgpu cannot be used: no WebGPU adapter/m);
    // Dawn, the Vulkan loader and Mesa print from native code; none of it may reach the user
    assert.doesNotMatch(r.stderr, /XDG_RUNTIME_DIR|Warning|InitializeImpl|vk[A-Z]/);
    assert.equal(r.stderr.trim().split('\n').length, 2, r.stderr);
    assert.doesNotMatch(r.stderr, STACK_FRAME);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test('hints name lenetc as this shell runs it: npx lenetc when it is not on PATH, lenetc when it is', { skip, timeout: 60_000 }, () => {
  fs.mkdirSync(fromRoot('.tmp'), { recursive: true });
  const dir = fs.mkdtempSync(fromRoot('.tmp', 'e2e-path-'));
  try {
    const typed = (env: Record<string, string>) => {
      const r = spawnSync(process.execPath, [BIN, 'train', 'specs/lenet5.yaml', '--frobnicate'], { cwd: repoRoot, encoding: 'utf8', env: { NO_COLOR: '1', ...env } });
      assert.equal(r.status, 2, r.stderr);
      return /\(see (.*) train --help\)$/m.exec(r.stderr)?.[1];
    };
    assert.equal(typed({ PATH: '/usr/bin:/bin' }), 'npx lenetc');
    // an installed lenetc, as npm install -g puts one on PATH
    fs.writeFileSync(`${dir}/lenetc`, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
    assert.equal(typed({ PATH: `${dir}:/usr/bin:/bin` }), 'lenetc');
    // npx puts the package's bin folder on PATH, but the user typed npx lenetc
    assert.equal(typed({ PATH: `${dir}:/usr/bin:/bin`, npm_command: 'exec' }), 'npx lenetc');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
