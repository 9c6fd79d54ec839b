/**
 * Sweeps over many machines, for real: Debian's redis-server started here on a free port, the
 * built `lenetc` binary as the submitting sweep and as `lenetc worker` processes, BullMQ itself.
 * A worker killed with -9 in the middle of a point, one stopped with Ctrl-C, a point that
 * diverges, TLS and passwords, and every refusal (unreachable Redis, bad URLs, a queue busy
 * with another sweep, workers that do not fit the sweep).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Queue, type ConnectionOptions } from 'bullmq';
import { EXIT } from '../src/cli/io.js';
import { maskPasswords, parseRedisUrl, readPointJob, type PointJob } from '../src/jobs/queue/index.js';
import { runCli } from './helpers/cli.js';
import { fromRoot } from './helpers/paths.js';
import { freePort, redisMissing, selfSignedCert, startRedis, type TestRedis } from './helpers/redis.js';
import { TINY_SPEC, writeTinyIdx } from './helpers/tiny-dataset.js';

const { bin: bins } = JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')) as { bin: Record<string, string> };
const BIN = fromRoot(bins.lenetc!);
const skip = redisMissing() || (fs.existsSync(BIN) ? false : `${bins.lenetc} is missing: run \`npm run build\` first`);

/** A `lenetc` process of the built binary, its output collected as it comes. */
interface Lenetc {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  /** Resolves when it exited, with its exit code or the signal that killed it. */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first match of `pattern` in its stderr (now or later). */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
}

/** Processes still running; a failed test must not leave a follower waiting forever. */
const running = new Set<ChildProcess>();

/** Kills what the tests started and left running (only after a failure). */
function killLeftovers(): void {
  for (const child of running) child.kill('SIGKILL');
}

function lenetc(cwd: string, args: string[], env: Record<string, string> = {}): Lenetc {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  const waiting: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  const proc: Lenetc = {
    child, stdout: '', stderr: '',
    exit: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal }))),
    waitFor: (pattern) => new Promise((resolve) => {
      const m = proc.stderr.match(pattern);
      if (m) resolve(m);
      else waiting.push({ pattern, resolve });
    }),
  };
  child.stdout!.on('data', (chunk: Buffer) => { proc.stdout += chunk.toString(); });
  child.stderr!.on('data', (chunk: Buffer) => {
    proc.stderr += chunk.toString();
    for (const w of [...waiting]) {
      const m = proc.stderr.match(w.pattern);
      if (m) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(m);
      }
    }
  });
  return proc;
}

/** Waits for `promise`, or kills `procs` and fails after `seconds`: a hung worker must not hang the suite. */
async function within<T>(seconds: number, procs: Lenetc[], promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      for (const p of procs) p.child.kill('SIGKILL');
      reject(new Error(`${what} took over ${seconds} s:\n${procs.map((p) => p.stderr).join('\n---\n')}`));
    }, seconds * 1000);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A scratch folder holding the tiny data set (data/) and its spec (tiny.yaml). */
function scratch(prefix: string, train = 64, val = 32): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  writeTinyIdx(path.join(dir, 'data'), train, val);
  fs.writeFileSync(path.join(dir, 'tiny.yaml'), TINY_SPEC);
  return dir;
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
/** results.csv's cells (point ids hold commas, so they are quoted). */
const csvRows = (file: string) => fs.readFileSync(file, 'utf8').trimEnd().split('\n')
  .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1));
const untimed = (runDir: string) => fs.readFileSync(path.join(runDir, 'metrics.jsonl'), 'utf8').trim().split('\n')
  .map((l) => ({ ...JSON.parse(l), seconds: 0, images_per_s: 0 }));

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());
}

/** A BullMQ queue on the test's Redis, to look at (and, for the refusals, tamper with) the jobs. */
function testQueue(connection: ConnectionOptions, name = 'lenetc'): Queue {
  return new Queue(name, { connection });
}

describe('Redis URLs', () => {
  test('host, port, database, user, password and TLS; shown with the password masked', () => {
    assert.deepEqual(parseRedisUrl('rediss://alice:p%40ss@redis.lab:6380/3'), { host: 'redis.lab', port: 6380, db: 3, username: 'alice', password: 'p@ss', tls: true, shown: 'rediss://alice:***@redis.lab:6380/3' });
    assert.deepEqual(parseRedisUrl('redis://127.0.0.1'), { host: '127.0.0.1', port: 6379, db: 0, tls: false, shown: 'redis://127.0.0.1:6379/0' });
    // the password may come from the environment instead of the command line
    const fromEnv = parseRedisUrl('redis://h:1/2', { LENETC_REDIS_PASSWORD: 'envpw' });
    assert.deepEqual(fromEnv, { host: 'h', port: 1, db: 2, password: 'envpw', tls: false, shown: 'redis://:***@h:1/2' });
  });

  test('anything else is refused, without echoing a password', () => {
    for (const bad of ['http://h:1', 'h:6379', 'redis://', 'redis://h/db1', 'redis://h:1/0?tls=1', 'redis://:sekrit@h:99999', 'redis://:sek@rit@h:x']) {
      const r = parseRedisUrl(bad);
      assert.ok('found' in r, bad);
      assert.doesNotMatch(JSON.stringify(r), /sek/, bad);
    }
    assert.equal(maskPasswords('lenetc sweep --queue=redis://:pw@h:1/0 --queue rediss://u:x/y@h'), 'lenetc sweep --queue=redis://:***@h:1/0 --queue rediss://u:***@h');
  });
});

describe('a queued sweep on two workers, one killed with -9 mid-point', { skip }, () => {
  const PASSWORD = 'q-secret-7319';
  const GRID = ['tiny.yaml', '--vary', 'train.lr=0.01,0.03', '--vary', 'train.seed=1,2', '--epochs', '3', '--data', 'data'];
  const IDS = ['lr=0.01,seed=1', 'lr=0.01,seed=2', 'lr=0.03,seed=1', 'lr=0.03,seed=2'];
  let redis: TestRedis;
  let dir: string;
  let url: string;
  let local: Lenetc;
  let follower: Lenetc;
  let victim: Lenetc;
  let survivor: Lenetc;
  let killedPoint: string;

  before(async () => {
    redis = await startRedis({ password: PASSWORD });
    url = `redis://:${PASSWORD}@127.0.0.1:${redis.port}`;
    // enough images that a point trains for a while after its first epoch: the kill lands mid-point
    dir = scratch('lenetc-queue-', 256, 40);
    // the same grid and seeds trained here, side by side with the queued sweep
    local = lenetc(dir, ['sweep', ...GRID, '--out', 'local', '--backend', 'cpu', '--threads', '1', '--jobs', '1']);
    follower = lenetc(dir, ['sweep', ...GRID, '--out', 'queued', '--queue', url, '--json']);
    // workers that stop when the queue is empty start once it is not
    await within(60, [local, follower], follower.waitFor(/^queued 4 points/m), 'queueing');
    const workerArgs = ['worker', '--queue', url, '--backend', 'cpu', '--threads', '1', '--stall-timeout', '2', '--until-idle'];
    const workers = [lenetc(dir, workerArgs), lenetc(dir, workerArgs)];
    const all = [local, follower, ...workers];
    // the first worker through a point's first epoch dies right there, its checkpoint written
    const first = await within(120, all, Promise.race(workers.map((w) => w.waitFor(/^\[(.+)\] epoch 1\/3 /m).then((m) => ({ w, point: m[1]! })))), 'a first epoch');
    first.w.child.kill('SIGKILL');
    victim = first.w;
    survivor = workers.find((w) => w !== victim)!;
    killedPoint = first.point;
    await within(240, all, Promise.all(all.map((p) => p.exit)), 'the sweeps');
  });
  after(async () => {
    killLeftovers();
    await redis?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the sweeps and workers end as they should', async () => {
    assert.equal((await local.exit).code, EXIT.ok, local.stderr);
    assert.equal((await follower.exit).code, EXIT.ok, follower.stderr);
    assert.equal((await victim.exit).signal, 'SIGKILL');
    assert.equal((await survivor.exit).code, EXIT.ok, survivor.stderr);
  });

  test('the killed worker\'s point was finished by the other from its checkpoint', () => {
    const summary = readJson(path.join(dir, 'queued', killedPoint, 'summary.json'));
    assert.deepEqual([summary.status, summary.epochs_completed, summary.resumes], ['completed', 3, 1]);
    assert.match(survivor.stderr, new RegExp(`^\\[${escape(killedPoint)}\\] resuming from its checkpoint`, 'm'));
    // the survivor trained only what the checkpoint did not hold: epoch 1 was not trained again
    assert.doesNotMatch(survivor.stderr, new RegExp(`^\\[${escape(killedPoint)}\\] epoch 1/3`, 'm'));
    // and the killed worker's orphaned training stopped at once (its stdin closed), in epoch 2,
    // rather than train on beside the survivor: the survivor trained epoch 2
    assert.match(survivor.stderr, new RegExp(`^\\[${escape(killedPoint)}\\] epoch 2/3`, 'm'));
  });

  test('nothing was trained twice to the end', () => {
    for (const id of IDS) {
      const done = [victim, survivor].flatMap((w) => w.stderr.split('\n')).filter((l) => l.startsWith(`[${id}] done`));
      assert.equal(done.length, 1, `${id} finished ${done.length} times`);
      const summary = readJson(path.join(dir, 'queued', id, 'summary.json'));
      assert.equal(summary.resumes, id === killedPoint ? 1 : 0, id);
      assert.deepEqual(untimed(path.join(dir, 'queued', id)).map((m) => m.epoch), [1, 2, 3], id);
    }
  });

  test('the results equal the local sweep\'s for the same grid and seeds', () => {
    // train_seconds (the second last column) is the only one that may differ
    const drop = (rows: string[][]) => rows.map((r) => [...r.slice(0, -2), r.at(-1)]);
    assert.deepEqual(drop(csvRows(path.join(dir, 'queued', 'results.csv'))), drop(csvRows(path.join(dir, 'local', 'results.csv'))));
    assert.deepEqual(csvRows(path.join(dir, 'queued', 'results.csv')).slice(1).map((r) => [r[0], r.at(-1)]), IDS.map((id) => [id, 'done']));
    for (const id of IDS) {
      const [queued, here] = [untimed(path.join(dir, 'queued', id)), untimed(path.join(dir, 'local', id))];
      if (id !== killedPoint) assert.deepEqual(queued, here, id);
      // a resumed run is not bit-exact today (tfjs's Adam recomputes its beta powers on
      // setWeights where the uninterrupted run multiplies them up): equal to float32 rounding
      for (const [i, m] of queued.entries()) {
        for (const key of ['train_loss', 'val_loss'] as const) assert.ok(Math.abs(m[key] - here[i][key]) <= 1e-6 * Math.abs(here[i][key]), `${id} ${key}`);
        assert.deepEqual([m.epoch, m.val_acc, m.train_acc], [here[i].epoch, here[i].val_acc, here[i].train_acc], id);
      }
      // the worker trained the spec the submitter resolved (the header comment names the overrides)
      const body = (run: string) => fs.readFileSync(path.join(dir, run, id, 'spec.resolved.yaml'), 'utf8').replace(/^#.*\n/, '');
      assert.equal(body('queued'), body('local'), id);
    }
    for (const file of ['results.md', 'val_acc.svg']) assert.ok(fs.existsSync(path.join(dir, 'queued', file)), file);
  });

  test('--json: one object per point, as each finished, agreeing with results.csv', () => {
    const objects = follower.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(objects.map((o) => o.point).sort(), [...IDS].sort());
    const csv = new Map(csvRows(path.join(dir, 'queued', 'results.csv')).slice(1).map((r) => [r[0], r]));
    for (const o of objects) {
      assert.equal(o.status, 'done');
      assert.equal(typeof o.values['train.lr'], 'number');
      assert.equal(o.final_val_acc, Number(csv.get(o.point)![6]));
    }
  });

  test('the password is nowhere: not in files, logs, command lines or job data', async () => {
    const files = filesUnder(path.join(dir, 'queued'));
    assert.ok(files.some((f) => f.endsWith('run.json')) && files.some((f) => f.endsWith('sweep.json')));
    for (const file of files) assert.ok(!fs.readFileSync(file).includes(PASSWORD), file);
    for (const p of [follower, victim, survivor]) assert.ok(!(p.stdout + p.stderr).includes(PASSWORD));
    assert.match(readJson(path.join(dir, 'queued', 'sweep.json')).command.join(' '), /--queue redis:\/\/:\*\*\*@127\.0\.0\.1:/);
    const queue = testQueue({ host: '127.0.0.1', port: redis.port, password: PASSWORD });
    try {
      const jobs = await queue.getJobs(['completed']);
      assert.equal(jobs.length, 4);
      for (const job of jobs) assert.ok(!JSON.stringify(job.asJSON()).includes(PASSWORD));
    } finally {
      await queue.close();
    }
  });

  test('running the sweep again enqueues nothing and trains nothing', async () => {
    const stamps = () => IDS.map((id) => fs.statSync(path.join(dir, 'queued', id, 'summary.json')).mtimeMs);
    const before = stamps();
    const again = lenetc(dir, ['sweep', ...GRID, '--out', 'queued', '--queue', url]);
    assert.equal((await within(60, [again], again.exit, 'the rerun')).code, EXIT.ok, again.stderr);
    assert.match(again.stderr, /\(0 to train, 4 finished before\)/);
    assert.deepEqual(stamps(), before);
    const queue = testQueue({ host: '127.0.0.1', port: redis.port, password: PASSWORD });
    try {
      const counts = await queue.getJobCounts();
      assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), 4, JSON.stringify(counts));
    } finally {
      await queue.close();
    }
  });
});

describe('refusals: nothing is queued or trained under the wrong settings', { skip }, () => {
  let redis: TestRedis;
  let dir: string;
  let url: string;
  const connection = () => ({ host: '127.0.0.1', port: redis.port, db: 1 });
  const cli = (argv: string[]) => runCli(argv, dir, { env: { ...process.env, NO_COLOR: '1' }, signal: new AbortController().signal });
  const firstError = (stderr: string) => /^error\[([A-Z_]+)\]/m.exec(stderr)?.[1];

  before(async () => {
    redis = await startRedis();
    url = `redis://127.0.0.1:${redis.port}`;
    dir = scratch('lenetc-queue-refusals-');
  });
  after(async () => {
    killLeftovers();
    await redis?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('an unreachable Redis fails at once with one message, for the sweep and the worker', async () => {
    const nobody = `redis://127.0.0.1:${await freePort()}`;
    for (const argv of [['sweep', 'tiny.yaml', '--vary', 'train.lr=0.1,0.2', '--queue', nobody, '--out', 'nowhere'], ['worker', '--queue', nobody]]) {
      const started = performance.now();
      const r = await cli(argv);
      assert.equal(r.code, EXIT.invalid, r.stderr);
      assert.equal(firstError(r.stderr), 'QUEUE_UNREACHABLE');
      assert.deepEqual(r.stderr.trimEnd().split('\n').map((l) => l.split(':')[0]), ['error[QUEUE_UNREACHABLE]', 'hint']);
      assert.ok(performance.now() - started < 5000);
    }
    assert.equal(fs.existsSync(path.join(dir, 'nowhere')), false);
  });

  test('bad URLs and flags are usage errors', async () => {
    for (const bad of ['http://127.0.0.1:1', 'redis://127.0.0.1:notaport', 'redis://127.0.0.1/db', 'redis://:pw-in-url@127.0.0.1:99999']) {
      for (const argv of [['sweep', 'tiny.yaml', '--vary', 'train.lr=0.1', '--queue', bad, '--out', 'bad'], ['worker', '--queue', bad]]) {
        const r = await cli(argv);
        assert.equal(r.code, EXIT.usage, `${argv.join(' ')}: ${r.stderr}`);
        assert.equal(firstError(r.stderr), 'QUEUE_URL');
        assert.doesNotMatch(r.stderr, /pw-in-url/);
      }
    }
    for (const argv of [
      ['sweep', 'tiny.yaml', '--vary', 'train.lr=0.1', '--queue', url], // no --out
      ['sweep', 'tiny.yaml', '--vary', 'train.lr=0.1', '--queue', url, '--out', 'x', '--backend', 'cpu'],
      ['sweep', 'tiny.yaml', '--vary', 'train.lr=0.1', '--out', 'x', '--detach'],
      ['worker'],
    ]) {
      assert.equal((await cli(argv)).code, EXIT.usage, argv.join(' '));
    }
    assert.equal(fs.existsSync(path.join(dir, 'bad')) || fs.existsSync(path.join(dir, 'x')), false);
  });

  test('a wrong or missing password', async () => {
    const locked = await startRedis({ password: 'right-pw' });
    try {
      for (const auth of [':wrong-pw@', '']) {
        const r = await cli(['worker', '--queue', `redis://${auth}127.0.0.1:${locked.port}`]);
        assert.equal(r.code, EXIT.invalid, r.stderr);
        assert.equal(firstError(r.stderr), 'QUEUE_AUTH');
        assert.doesNotMatch(r.stderr, /wrong-pw|right-pw/);
      }
    } finally {
      await locked.stop();
    }
  });

  test('a queue busy with another sweep is refused; the same sweep again adds nothing', async () => {
    const a = await cli(['sweep', 'tiny.yaml', '--vary', 'train.lr=0.01,0.02', '--queue', `${url}/1`, '--out', 'a', '--detach']);
    assert.equal(a.code, EXIT.ok, a.stderr);
    assert.match(a.stderr, /^queued 2 points on lenetc/m);
    const b = await cli(['sweep', 'tiny.yaml', '--vary', 'train.lr=0.05', '--queue', `${url}/1`, '--out', 'b', '--detach']);
    assert.equal(b.code, EXIT.usage, b.stderr);
    assert.equal(firstError(b.stderr), 'QUEUE_OTHER_SWEEP');
    assert.equal(fs.existsSync(path.join(dir, 'b')), false);
    const again = await cli(['sweep', 'tiny.yaml', '--vary', 'train.lr=0.01,0.02', '--queue', `${url}/1`, '--out', 'a', '--detach']);
    assert.equal(again.code, EXIT.ok, again.stderr);
    assert.match(again.stderr, /^queued 0 points on lenetc .*\(2 already there\)/m);
    // another queue name on the same Redis is free
    const other = await cli(['sweep', 'tiny.yaml', '--vary', 'train.lr=0.05', '--queue', `${url}/1`, '--queue-name', 'second', '--out', 'b', '--detach']);
    assert.equal(other.code, EXIT.ok, other.stderr);
  });

  test('a follower stopped with Ctrl-C leaves the queue as it is and exits 130', async () => {
    const stopped = new AbortController();
    stopped.abort();
    const r = await runCli(['sweep', 'tiny.yaml', '--vary', 'train.lr=0.01,0.02', '--queue', `${url}/1`, '--out', 'a'], dir, { env: { ...process.env, NO_COLOR: '1' }, signal: stopped.signal });
    assert.equal(r.code, EXIT.interrupted, r.stderr);
    assert.deepEqual(csvRows(path.join(dir, 'a', 'results.csv')).slice(1).map((row) => row.at(-1)), ['queued', 'queued']);
    const queue = testQueue(connection());
    try {
      const jobs = await queue.getJobs(['waiting']);
      assert.equal(jobs.length, 2);
      assert.ok(jobs.every((j) => j.attemptsMade === 0));
    } finally {
      await queue.close();
    }
  });

  test('a worker of another lenetc, another spec resolution or without the shared folder trains nothing', async () => {
    const queue = testQueue(connection());
    try {
      const waiting = await queue.getJobs(['waiting']);
      assert.equal(waiting.length, 2);
      const originals = waiting.map((j) => readPointJob(j.data) as PointJob);
      const cases: [string, (job: PointJob) => PointJob][] = [
        ['WORKER_VERSION', (job) => ({ ...job, lenetc: '0.0.1' })],
        ['WORKER_SPEC', (job) => ({ ...job, specHash: 'f'.repeat(64) })],
        ['WORKER_FOLDER', (job) => ({ ...job, outDir: path.join(dir, 'not-mounted') })],
      ];
      for (const [code, change] of cases) {
        for (const [i, job] of waiting.entries()) await job.updateData(change(originals[i]!));
        const r = await cli(['worker', '--queue', `${url}/1`, '--backend', 'cpu', '--threads', '1', '--until-idle']);
        assert.equal(r.code, EXIT.invalid, r.stderr);
        assert.equal(firstError(r.stderr), code, r.stderr);
        // the job is back where it was, no attempt spent, and no point folder was made
        const jobs = await queue.getJobs(['waiting']);
        assert.equal(jobs.length, 2, code);
        assert.ok(jobs.every((j) => j.attemptsMade === 0), code);
        assert.ok(!fs.readdirSync(path.join(dir, 'a')).some((f) => f.startsWith('lr=')), code);
      }
    } finally {
      await queue.close();
    }
  });
});

describe('over TLS: Ctrl-C hands a point back; a point with bad data fails at once with its reason', { skip }, () => {
  const PASSWORD = 'tls-secret-5521';
  let redis: TestRedis;
  let dir: string;
  let url: string;
  let ca: Record<string, string>;
  let certProblem: string | undefined;
  // MNIST checks (its images are 28×28×1 too) but the data folder holds only Fashion-MNIST: a failure no retry mends
  const GRID = ['tiny.yaml', '--vary', 'train.dataset=fashion-mnist,mnist', '--epochs', '3', '--data', 'data', '--out', 'tls'];
  const [GOOD, BAD] = ['dataset=fashion-mnist', 'dataset=mnist'];

  before(async () => {
    dir = scratch('lenetc-queue-tls-', 256, 40);
    certProblem = selfSignedCert(path.join(dir, 'cert'));
    if (certProblem) return;
    redis = await startRedis({ password: PASSWORD, tls: path.join(dir, 'cert') });
    url = `rediss://:${PASSWORD}@127.0.0.1:${redis.port}`;
    ca = { NODE_EXTRA_CA_CERTS: path.join(dir, 'cert', 'cert.pem') };
  });
  after(async () => {
    killLeftovers();
    await redis?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a certificate nobody trusts is refused with its own code', async (t) => {
    if (certProblem) return t.skip(certProblem);
    const r = await runCli(['worker', '--queue', url], dir, { env: {}, signal: new AbortController().signal });
    assert.equal(r.code, EXIT.invalid, r.stderr);
    assert.match(r.stderr, /^error\[QUEUE_TLS\]/);
  });

  test('Ctrl-C: the worker checkpoints, hands its point back and exits 130; another finishes it, and the bad point fails once', async (t) => {
    if (certProblem) return t.skip(certProblem);
    // the sweep follows its points from the start, through one worker's Ctrl-C and the next worker
    const follower = lenetc(dir, ['sweep', ...GRID, '--queue', url], ca);
    await within(60, [follower], follower.waitFor(/^queued 2 points/m), 'queueing');
    const first = lenetc(dir, ['worker', '--queue', url, '--backend', 'cpu', '--threads', '1'], ca);
    // the follower has seen the point running (else it cannot tell it came back), and an epoch is checkpointed
    await within(120, [first, follower], Promise.all([
      follower.waitFor(new RegExp(`^\\[${escape(GOOD)}\\] training on `, 'm')),
      first.waitFor(new RegExp(`^\\[${escape(GOOD)}\\] epoch 1/3 `, 'm')),
    ]), 'a first epoch');
    first.child.kill('SIGINT');
    const stopped = await within(60, [first], first.exit, 'the interrupted worker');
    assert.equal(stopped.code, EXIT.interrupted, first.stderr);
    assert.ok(first.stderr.includes(`[${GOOD}] interrupted and checkpointed; back in the queue`), first.stderr);
    assert.equal(readJson(path.join(dir, 'tls', GOOD, 'summary.json')).status, 'interrupted');
    const queue = testQueue({ host: '127.0.0.1', port: redis.port, password: PASSWORD, tls: { ca: fs.readFileSync(ca.NODE_EXTRA_CA_CERTS!) } });
    try {
      const job = (await queue.getJobs(['waiting'])).find((j) => (readPointJob(j.data) as PointJob).point === GOOD);
      assert.ok(job, 'the point is waiting again');
      assert.equal(job.attemptsMade, 0);

      const second = lenetc(dir, ['worker', '--queue', url, '--backend', 'cpu', '--threads', '1', '--until-idle'], ca);
      await within(180, [second, follower], Promise.all([second.exit, follower.exit]), 'the second worker');
      assert.match(follower.stderr, new RegExp(`^\\[${escape(GOOD)}\\] back in the queue: its worker stopped`, 'm'));
      assert.equal((await second.exit).code, EXIT.ok, second.stderr);
      // one point failed: the sweep says so with exit 1, and the reason is in the results
      assert.equal((await follower.exit).code, EXIT.invalid, follower.stderr);
      const rows = new Map(csvRows(path.join(dir, 'tls', 'results.csv')).slice(1).map((r) => [r[0], r.at(-1)]));
      assert.equal(rows.get(GOOD), 'done');
      assert.match(rows.get(BAD)!, /^failed: --data .+ lacks train-images-idx3-ubyte/);
      assert.equal(readJson(path.join(dir, 'tls', GOOD, 'summary.json')).resumes, 1);
      const failed = await queue.getJobs(['failed']);
      assert.equal(failed.length, 1);
      assert.equal(failed[0]!.attemptsMade, 1, 'a point that cannot train is not tried again');
      for (const p of [first, second, follower]) assert.ok(!(p.stdout + p.stderr).includes(PASSWORD));
    } finally {
      await queue.close();
    }
  });
});

/** `text` for a RegExp, literally. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
