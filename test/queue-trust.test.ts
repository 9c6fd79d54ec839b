/**
 * The queue's trust boundaries, with a real redis-server: whoever can write to Redis must not
 * make a worker read or write outside the sweep's folder, train anything but what the sweep
 * queued, or read the worker's own files; bad queue settings are refused up front; a sweep
 * folder has one sweep at a time; folder data sets queued from anywhere train on the worker.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import pngjs from 'pngjs';
import { EXIT } from '../src/cli/io.js';
import { followSweep, readPointJob, type PointJob } from '../src/jobs/queue/index.js';
import { LENETC, runCli } from './helpers/cli.js';
import { redisMissing, startRedis, type TestRedis } from './helpers/redis.js';
import { TINY_SPEC, writeTinyIdx } from './helpers/tiny-dataset.js';

const skip = redisMissing();
const firstError = (stderr: string) => /^error\[([A-Z_]+)\]/m.exec(stderr)?.[1];

/** A 8×8 grey PNG of one value. */
function png(value: number): Buffer {
  const image = new pngjs.PNG({ width: 8, height: 8, colorType: 0, inputColorType: 0, bitDepth: 8 });
  image.data = Buffer.alloc(64, value);
  return pngjs.PNG.sync.write(image, { colorType: 0, inputColorType: 0 });
}

describe('the queue trusts nothing a job says', { skip, timeout: 900_000 }, () => {
  let redis: TestRedis;
  let dir: string;
  let url: string;
  const cli = (argv: string[], cwd = dir) => runCli(argv, cwd, { env: { ...process.env, NO_COLOR: '1' }, signal: new AbortController().signal });
  const queueOf = (name: string, db: number) => new Queue(name, { connection: { host: '127.0.0.1', port: redis.port, db } });
  /** The waiting jobs of `name`, changed by `change`. */
  const tamper = async (name: string, db: number, change: (job: PointJob) => Record<string, unknown>) => {
    const queue = queueOf(name, db);
    try {
      const waiting = await queue.getJobs(['waiting']);
      assert.ok(waiting.length > 0, 'a job to tamper with');
      for (const job of waiting) await job.updateData(change(readPointJob(job.data) as PointJob));
    } finally {
      await queue.close();
    }
  };
  const states = async (name: string, db: number) => {
    const queue = queueOf(name, db);
    try {
      return await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed');
    } finally {
      await queue.close();
    }
  };

  before(async () => {
    redis = await startRedis();
    url = `redis://127.0.0.1:${redis.port}`;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-queue-trust-'));
    writeTinyIdx(path.join(dir, 'data'), 64, 32);
    fs.writeFileSync(path.join(dir, 'tiny.yaml'), TINY_SPEC);
  });
  after(async () => {
    await redis?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a database that does not exist, a queue name Redis keys cannot hold, and unbounded --concurrency, --jobs, --threads are usage errors', async () => {
    const grid = ['sweep', 'tiny.yaml', '--vary', 'train.lr=0.1,0.2', '--epochs', '1', '--data', 'data'];
    for (const db of ['16', '99999']) {
      const sweep = await cli([...grid, '--queue', `${url}/${db}`, '--out', 'db', '--detach']);
      assert.equal(sweep.code, EXIT.usage, sweep.stderr);
      assert.equal(firstError(sweep.stderr), 'QUEUE_URL');
      const worker = await cli(['worker', '--queue', `${url}/${db}`, '--until-idle']);
      assert.equal(worker.code, EXIT.usage, worker.stderr);
      assert.equal(firstError(worker.stderr), 'QUEUE_URL');
    }
    assert.equal(fs.existsSync(path.join(dir, 'db')), false);
    for (const argv of [
      ['worker', '--queue', url, '--queue-name', 'a:b'],
      [...grid, '--queue', url, '--queue-name', 'a:b', '--out', 'names', '--detach'],
      ['worker', '--queue', url, '--concurrency', '100000'],
      ['worker', '--queue', url, '--threads', '5000'],
      [...grid, '--jobs', '100000', '--out', 'jobs'],
    ]) {
      const r = await cli(argv);
      assert.equal(r.code, EXIT.usage, `${argv.join(' ')}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });

  test('a job whose point leaves the sweep folder trains nothing and touches nothing', async () => {
    const victim = path.join(dir, 'victim', 'run1');
    fs.mkdirSync(victim, { recursive: true });
    fs.writeFileSync(path.join(victim, 'run.json'), '{"precious": true}\n');
    const queued = await cli(['sweep', 'tiny.yaml', '--vary', 'train.lr=0.01', '--epochs', '1', '--data', 'data', '--queue', `${url}/2`, '--out', 'point', '--detach']);
    assert.equal(queued.code, EXIT.ok, queued.stderr);
    for (const point of ['../victim/run1', '..', path.join(dir, 'victim', 'run1')]) {
      await tamper('lenetc', 2, (job) => ({ ...job, point }));
      const worker = await cli(['worker', '--queue', `${url}/2`, '--backend', 'cpu', '--until-idle']);
      assert.equal(fs.readFileSync(path.join(victim, 'run.json'), 'utf8'), '{"precious": true}\n', `${point}: ${worker.stderr}`);
      assert.deepEqual(fs.readdirSync(victim), ['run.json']);
      assert.equal((await states('lenetc', 2)).completed, 0, point);
      // failed for good, not trained; queue it again for the next case
      const queue = queueOf('lenetc', 2);
      try {
        for (const job of await queue.getJobs(['failed'])) await job.retry('failed');
      } finally {
        await queue.close();
      }
    }
    assert.deepEqual(fs.readdirSync(path.join(dir, 'point')).filter((f) => !f.startsWith('.')), ['sweep.json']);
  });

  test('a job reads no file of the worker\'s: not through extends, not with the fallback hash, not a spec other than the one the sweep queued', async () => {
    const evil = path.join(dir, 'evil');
    fs.mkdirSync(evil);
    fs.writeFileSync(path.join(evil, 'base.yaml'), TINY_SPEC.replace('epochs: 3', 'epochs: 1'));
    const queued = await cli(['sweep', 'tiny.yaml', '--vary', 'train.lr=0.01', '--epochs', '1', '--data', 'data', '--queue', `${url}/3`, '--out', 'reads', '--detach']);
    assert.equal(queued.code, EXIT.ok, queued.stderr);
    const cases: ((job: PointJob) => Record<string, unknown>)[] = [
      (job) => ({ ...job, specText: `extends: ${path.join(evil, 'base.yaml')}\nname: evil\n`, specHash: 'none (its spec does not check here)' }),
      (job) => ({ ...job, specText: `extends: ${path.join(evil, 'base.yaml')}\nname: evil\n` }),
      // a spec of the attacker's own, with the hash that goes with it
      (job) => {
        const specText = (job.specText as string).replace(/epochs: \d+/, 'epochs: 2');
        return { ...job, specText };
      },
    ];
    for (const change of cases) {
      await tamper('lenetc', 3, change);
      const worker = await cli(['worker', '--queue', `${url}/3`, '--backend', 'cpu', '--until-idle']);
      assert.ok(worker.code === EXIT.ok || worker.code === EXIT.invalid, worker.stderr);
      assert.doesNotMatch(worker.stderr, /\] training \(/, worker.stderr);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'reads')).filter((f) => !f.startsWith('.')), ['sweep.json']);
      const queue = queueOf('lenetc', 3);
      try {
        for (const job of await queue.getJobs(['failed'])) await job.retry('failed');
      } finally {
        await queue.close();
      }
    }
  });

  test('a folder data set queued from another folder trains on the worker; one it cannot see is said before training, and at submit time', async () => {
    for (const [label, value] of [['dark', 20], ['light', 230]] as const) {
      fs.mkdirSync(path.join(dir, 'shapes', label), { recursive: true });
      for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(dir, 'shapes', label, `${i}.png`), png(value + i));
    }
    fs.mkdirSync(path.join(dir, 'specs'));
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    fs.mkdirSync(path.join(dir, 'worker-home'));
    const spec = `name: shapes\ninput: [8, 8, 1]\nlayers:\n  - flatten\n  - dense: {units: 2}\ntrain:\n  dataset: ../shapes\n  epochs: 1\n  batch_size: 4\n`;
    fs.writeFileSync(path.join(dir, 'specs', 'shapes.yaml'), spec);
    const out = path.join(dir, 'folder-sweep');
    const queued = await cli(['sweep', '../specs/shapes.yaml', '--vary', 'train.lr=0.01', '--queue', `${url}/4`, '--out', out, '--detach'], path.join(dir, 'elsewhere'));
    assert.equal(queued.code, EXIT.ok, queued.stderr);
    // the worker cannot see the folder (moved away): it says so and trains nothing
    fs.renameSync(path.join(dir, 'shapes'), path.join(dir, 'shapes-away'));
    const blind = await cli(['worker', '--queue', `${url}/4`, '--backend', 'cpu', '--until-idle'], path.join(dir, 'worker-home'));
    assert.equal(blind.code, EXIT.invalid, blind.stderr);
    assert.equal(firstError(blind.stderr), 'WORKER_DATA');
    assert.equal((await states('lenetc', 4)).waiting, 1);
    fs.renameSync(path.join(dir, 'shapes-away'), path.join(dir, 'shapes'));
    const worker = await cli(['worker', '--queue', `${url}/4`, '--backend', 'cpu', '--until-idle'], path.join(dir, 'worker-home'));
    assert.equal(worker.code, EXIT.ok, worker.stderr);
    const summary = JSON.parse(fs.readFileSync(path.join(out, 'lr=0.01', 'summary.json'), 'utf8')) as { status: string };
    assert.equal(summary.status, 'completed', worker.stderr);
    // a folder the submitter cannot see either: said before anything is queued
    fs.writeFileSync(path.join(dir, 'specs', 'missing.yaml'), spec.replace('../shapes', '../no-such-folder'));
    const missing = await cli(['sweep', '../specs/missing.yaml', '--vary', 'train.lr=0.01', '--queue', `${url}/5`, '--out', path.join(dir, 'missing-sweep'), '--detach'], path.join(dir, 'elsewhere'));
    assert.equal(missing.code, EXIT.invalid, missing.stderr);
    assert.equal(firstError(missing.stderr), 'DATA_FOLDER_MISSING');
    assert.equal(Object.values(await states('lenetc', 5)).reduce((a, b) => a + b, 0), 0);
  });

  test('one sweep per folder: another sweep cannot take over a queued sweep\'s folder; two local sweeps cannot share one', async () => {
    const grid = ['sweep', 'tiny.yaml', '--epochs', '1', '--data', 'data'];
    const first = await cli([...grid, '--vary', 'train.lr=0.01', '--queue', `${url}/6`, '--queue-name', 'first', '--out', 'taken', '--detach']);
    assert.equal(first.code, EXIT.ok, first.stderr);
    const record = fs.readFileSync(path.join(dir, 'taken', 'sweep.json'), 'utf8');
    const second = await cli([...grid, '--vary', 'train.lr=0.02', '--queue', `${url}/6`, '--queue-name', 'second', '--out', 'taken', '--detach']);
    assert.equal(second.code, EXIT.usage, second.stderr);
    assert.equal(firstError(second.stderr), 'SWEEP_FOLDER_TAKEN');
    const local = await cli([...grid, '--vary', 'train.lr=0.02', '--out', 'taken']);
    assert.equal(local.code, EXIT.usage, local.stderr);
    assert.equal(firstError(local.stderr), 'SWEEP_FOLDER_TAKEN');
    assert.equal(fs.readFileSync(path.join(dir, 'taken', 'sweep.json'), 'utf8'), record);
    assert.equal((await states('second', 6)).waiting, 0);

    // a local sweep holds its folder while it runs (the built lenetc: its points' children are too)
    const [command, ...lead] = LENETC;
    const running = spawn(command!, [...lead, ...grid, '--vary', 'train.lr=0.01,0.02', '--epochs', '3', '--train-limit', '64', '--backend', 'cpu', '--out', 'local'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => running.on('close', resolve));
    await new Promise<void>((resolve) => running.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/sweep folder:/.test(stderr)) resolve();
    }));
    try {
      const again = await cli([...grid, '--vary', 'train.lr=0.01,0.02', '--epochs', '3', '--train-limit', '64', '--backend', 'cpu', '--out', 'local']);
      assert.equal(again.code, EXIT.usage, again.stderr);
      assert.equal(firstError(again.stderr), 'SWEEP_FOLDER_BUSY');
    } finally {
      running.kill('SIGINT');
      await exited;
    }
  });

  test('Redis emptied under a follower: a point its folder shows finished is done, not "removed"', async () => {
    const queue = queueOf('emptied', 7);
    try {
      const statuses = await followSweep(queue, 'abc123', ['finished', 'lost'], 0, { log: () => {} }, undefined, { finished: async (point) => point === 'finished' });
      assert.equal(statuses.get('finished'), 'done');
      assert.match(statuses.get('lost')!, /^failed: /);
    } finally {
      await queue.close();
    }
  });

  test('a job with a hostile spec name says what happened and leaves no scratch folder behind', async () => {
    const queued = await cli(['sweep', 'tiny.yaml', '--vary', 'train.lr=0.01', '--epochs', '1', '--train-limit', '32', '--val-limit', '16', '--data', 'data', '--queue', `${url}/8`, '--out', 'named', '--detach']);
    assert.equal(queued.code, EXIT.ok, queued.stderr);
    await tamper('lenetc', 8, (job) => ({ ...job, specName: '..' }));
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    let worker;
    try {
      worker = await cli(['worker', '--queue', `${url}/8`, '--backend', 'cpu', '--until-idle']);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    assert.match(worker.stderr, /^\[lr=0\.01\] /m, worker.stderr);
    assert.deepEqual(fs.readdirSync(tmp).filter((f) => f.startsWith('lenetc-point-')), []);
  });
});
