/** The run folder as users meet it: --out and --force, one writer at a time, safe names, nothing left by a failed start. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { syncBuiltinESMExports } from 'node:module';
import { RunFolder } from '../src/node/train.js';
import { folderName } from '../src/node/run-folder.js';
import { runCli } from './helpers/cli.js';
import { TINY_SPEC, writeTinyIdx } from './helpers/tiny-dataset.js';

let work: string;
before(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lenetc-folder-'));
  writeTinyIdx(path.join(work, 'data'), 64, 32);
  writeFileSync(path.join(work, 'tiny.yaml'), TINY_SPEC.replace('epochs: 3', 'epochs: 1'));
});
after(() => rmSync(work, { recursive: true, force: true }));

const TRAIN = ['train', 'tiny.yaml', '--backend', 'cpu', '--data', 'data'];
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe('the run folder', () => {
  test('--out on an earlier run is refused (exit 2) without --force; with it the folder is cleared first', async () => {
    const first = await runCli([...TRAIN, '--out', 'again'], work);
    assert.equal(first.code, 0, first.stderr);
    writeFileSync(path.join(work, 'again', 'confusion.svg'), '<svg/>');
    const stamp = readFileSync(path.join(work, 'again', 'run.json'), 'utf8');

    const refused = await runCli([...TRAIN, '--out', 'again'], work);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /holds an earlier run/);
    assert.match(refused.stderr, /--force/);
    assert.equal(readFileSync(path.join(work, 'again', 'run.json'), 'utf8'), stamp, 'nothing was touched');

    const forced = await runCli([...TRAIN, '--out', 'again', '--force'], work);
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok(!existsSync(path.join(work, 'again', 'confusion.svg')), 'the earlier run\'s stale files are gone');
    assert.notEqual(readFileSync(path.join(work, 'again', 'run.json'), 'utf8'), stamp);
    assert.ok(!existsSync(path.join(work, 'again', '.lock')), 'the lock is released');
  });

  test('--out naming a file is a usage error with one line, not a stack trace', async () => {
    writeFileSync(path.join(work, 'a-file'), 'mine');
    const run = await runCli([...TRAIN, '--out', 'a-file'], work);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /a-file is a file/);
    assert.doesNotMatch(run.stderr, STACK_FRAME);
    assert.equal(readFileSync(path.join(work, 'a-file'), 'utf8'), 'mine');
  });

  test('one writer per run folder: a live lock refuses a second writer, a stale one is taken over', async () => {
    const dir = path.join(work, 'locked');
    const held = await RunFolder.create(work, 'tiny', 'locked');
    const lock = JSON.parse(readFileSync(path.join(dir, '.lock'), 'utf8'));
    assert.equal(lock.pid, process.pid);
    // a second writer, in this process or another, is refused while the first holds it
    await assert.rejects(RunFolder.open(dir), (e: Error & { exitCode?: number }) => e.exitCode === 2 && /being written by another lenetc \(pid \d+/.test(e.message));
    const second = await runCli([...TRAIN, '--out', 'locked', '--force'], work);
    assert.equal(second.code, 2);
    assert.match(second.stderr, /being written by another lenetc/);
    await held.release();
    assert.ok(!existsSync(path.join(dir, '.lock')));

    // a lock left by a process that is gone
    const dead = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((resolve) => dead.on('exit', () => resolve(dead.pid!)));
    writeFileSync(path.join(dir, '.lock'), JSON.stringify({ pid: deadPid, host: os.hostname(), since: '2026-01-01T00:00:00Z' }));
    const taken = await RunFolder.open(dir);
    assert.equal(JSON.parse(readFileSync(path.join(dir, '.lock'), 'utf8')).pid, process.pid);
    await taken.release();
  });

  test('two train sessions on one --out: the second is refused, the first finishes alone', async () => {
    const first = runCli([...TRAIN, '--out', 'shared', '--epochs', '2', '--json'], work);
    // the second starts once the first holds the folder
    for (let i = 0; i < 2000 && !existsSync(path.join(work, 'shared', '.lock')); i++) await new Promise((r) => setTimeout(r, 5));
    const second = await runCli([...TRAIN, '--out', 'shared', '--force'], work);
    const done = await first;
    assert.equal(done.code, 0, done.stderr);
    assert.equal(second.code, 2, second.stderr);
    assert.match(second.stderr, /shared is being written by another lenetc \(pid \d+/);
    const metrics = readFileSync(path.join(work, 'shared', 'metrics.jsonl'), 'utf8').trim().split('\n');
    assert.equal(metrics.length, 2, 'the first run\'s files, unmixed');
  });

  test('--out checked and locked in one step: a run that finishes between another\'s check and its lock is never replaced', { timeout: 60_000 }, async () => {
    const dir = path.join(work, 'race');
    const stat = fsp.stat;
    let raced = false;
    // the moment the first start has looked at --out (and found nothing), a --force run starts, finishes and lets go
    fsp.stat = (async (file: Parameters<typeof stat>[0], ...rest: unknown[]) => {
      const looked = await (stat as (...a: unknown[]) => Promise<unknown>)(file, ...rest).then((s) => ({ s }), (e: unknown) => ({ e }));
      if (!raced && String(file) === dir) {
        raced = true;
        const other = await RunFolder.create(work, 'tiny', 'race', { force: true });
        await other.saveStart({ version: 1, command: ['the other run'], data_dir: null, train_limit: null, val_limit: null, created: '' }, 'name: tiny\n');
        await other.release();
      }
      if ('e' in looked) throw looked.e;
      return looked.s;
    }) as typeof stat;
    syncBuiltinESMExports();
    try {
      await assert.rejects(RunFolder.create(work, 'tiny', 'race'), (e: Error & { code?: string }) => e.code === 'OUT_HOLDS_RUN');
    } finally {
      fsp.stat = stat;
      syncBuiltinESMExports();
    }
    assert.ok(raced);
    assert.match(readFileSync(path.join(dir, 'run.json'), 'utf8'), /the other run/);
  });

  test('a spec name is one safe folder under runs/', async () => {
    assert.equal(folderName('..'), '__');
    assert.equal(folderName('../../etc'), '.._.._etc'.replace(/^\.\./, '__'));
    assert.equal(folderName('.hidden'), '_hidden');
    assert.equal(folderName('lenet5-modern'), 'lenet5-modern');
    assert.equal(folderName(''), 'run');
    writeFileSync(path.join(work, 'dots.yaml'), TINY_SPEC.replace('name: tiny', 'name: ".."').replace('epochs: 3', 'epochs: 1'));
    const run = await runCli(['train', 'dots.yaml', '--backend', 'cpu', '--data', 'data'], work);
    assert.equal(run.code, 0, run.stderr);
    const [stamp] = readdirSync(path.join(work, 'runs', '__'));
    assert.ok(existsSync(path.join(work, 'runs', '__', stamp, 'summary.json')));
    assert.ok(!readdirSync(work).some((e) => /^\d{8}-\d{6}/.test(e)), 'nothing landed beside runs/');
  });

  test('a failed start leaves no run folder, with or without --out', async () => {
    const runs = () => (existsSync(path.join(work, 'runs', 'tiny')) ? readdirSync(path.join(work, 'runs', 'tiny')) : []);
    const before = runs();
    for (const [what, args] of [['no data', ['--data', 'nowhere']], ['no such backend here', ['--data', 'data', '--backend', 'tensorflow']]] as const) {
      const withOut = await runCli([...TRAIN, ...args, '--out', 'never'], work);
      assert.notEqual(withOut.code, 0, what);
      assert.ok(!existsSync(path.join(work, 'never')), `${what}: ${withOut.stderr}`);
      const without = await runCli([...TRAIN, ...args], work);
      assert.notEqual(without.code, 0, what);
      assert.deepEqual(runs(), before, what);
    }
    // a failure once the folder exists: what the run wrote goes, and the folder if it made it
    const made = await RunFolder.create(work, 'tiny', 'made');
    await made.saveStart({ version: 1, command: [], data_dir: null, train_limit: null, val_limit: null, created: '' }, 'name: tiny\n');
    await made.abandon();
    assert.ok(!existsSync(path.join(work, 'made')));
    mkdirSync(path.join(work, 'empty'));
    const theirs = await RunFolder.create(work, 'tiny', 'empty');
    await theirs.saveStart({ version: 1, command: [], data_dir: null, train_limit: null, val_limit: null, created: '' }, 'name: tiny\n');
    await theirs.abandon();
    assert.deepEqual(readdirSync(path.join(work, 'empty')), [], 'a folder the user made stays, empty');
  });

  test('a full disk is one message naming the file, exit 1, no temporary file left, the checkpoint kept', async () => {
    const write = fsp.writeFile;
    // the disk fills up as metrics.jsonl is written, after the first epoch's checkpoint
    fsp.writeFile = (async (file: Parameters<typeof write>[0], ...rest: unknown[]) => {
      if (String(file).includes('metrics.jsonl')) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return (write as (...a: unknown[]) => Promise<void>)(file, ...rest);
    }) as typeof write;
    let run;
    try {
      run = await runCli([...TRAIN, '--out', 'full'], work);
    } finally {
      fsp.writeFile = write;
    }
    assert.equal(run.code, 1);
    assert.equal(run.stderr.trim().split('\n').at(-1), `error[WRITE_FAILED]: cannot write ${path.join(work, 'full', 'metrics.jsonl')}: no space left on the device (ENOSPC)`);
    assert.doesNotMatch(run.stderr, STACK_FRAME);
    const names = readdirSync(path.join(work, 'full'), { recursive: true }).map(String);
    assert.deepEqual(names.filter((n) => /\.(tmp|old)-|\.lock/.test(n)), []);
    assert.ok(existsSync(path.join(work, 'full', 'checkpoint', 'state.json')), 'the epoch\'s checkpoint stays, to resume from');
  });

  test('paths are printed as given, or absolute: never a climb of ../..', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'lenetc-elsewhere-'));
    try {
      const cwd = path.join(work, 'deep', 'down');
      mkdirSync(cwd, { recursive: true });
      writeFileSync(path.join(cwd, 'tiny.yaml'), TINY_SPEC.replace('epochs: 3', 'epochs: 1'));
      const given = await runCli(['train', 'tiny.yaml', '--backend', 'cpu', '--data', path.join(work, 'data'), '--out', path.join(outside, 'run')], cwd);
      assert.equal(given.code, 0, given.stderr);
      assert.match(given.stderr, new RegExp(`^run folder: ${path.join(outside, 'run')}$`, 'm'));
      assert.doesNotMatch(given.stderr, /\.\.\//);
      const defaulted = await runCli(['train', 'tiny.yaml', '--backend', 'cpu', '--data', path.join(work, 'data')], cwd);
      assert.match(defaulted.stderr, /^run folder: runs\/tiny\/\d{8}-\d{6}$/m);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test('--threads above the cores is a usage error naming the maximum', async () => {
    const run = await runCli([...TRAIN, '--threads', String(availableParallelism() + 1), '--out', 'many'], work);
    assert.equal(run.code, 2);
    assert.match(run.stderr, new RegExp(`at most ${availableParallelism()}`));
    assert.ok(!existsSync(path.join(work, 'many')));
    const sweep = await runCli(['sweep', 'tiny.yaml', '--vary', 'train.lr=0.1,0.2', '--threads', '1000'], work);
    assert.equal(sweep.code, 2);
  });
});
