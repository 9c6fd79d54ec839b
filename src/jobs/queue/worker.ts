/**
 * `lenetc worker`'s side of a queued sweep: takes points from the BullMQ queue and trains each
 * in a child `lenetc train` into its folder under the shared sweep folder, resuming from the
 * point's checkpoint when an earlier attempt (or a worker that died) left one.
 *
 * What BullMQ does for us: one worker per job at a time, a lock each worker renews while it
 * trains, stalled jobs (a worker killed, a machine lost) back in the queue once their lock
 * expires, bounded attempts with exponential backoff. What we add: a job is checked before
 * anything trains (lenetc version, spec hash, the shared folder), a deterministic failure
 * (a diverged loss, bad data) fails for good at once, and a stopped worker hands its points
 * back without spending an attempt.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { UnrecoverableError, WaitingError, Worker, type Job, type Queue } from 'bullmq';
import { UserError } from '../../errors.js';
import { EXIT } from '../../exit.js';
import { isFolderDataset } from '../../model.js';
import { checkSpec } from '../../pipeline.js';
import { readJson } from '../../node/files.js';
import { isPointId, SWEEP_FILES, pointState, type SweepRecord } from '../sweep/index.js';
import { failureReason, runLenetc, trainArgs } from '../sweep/spawn.js';
import { lenetcVersion } from '../../node/version.js';
import { PASSWORD_ENV, type RedisAddress } from './address.js';
import { errorLogger, redisOptions, settlesWithin } from './connection.js';
import { openQueue, type PointProgress } from './sweep.js';
import { readPointJob, specHash, type PointJob } from './jobs.js';

/** What a worker needs. */
export interface WorkerOptions {
  address: RedisAddress;
  queueName: string;
  /** Points trained at once. */
  concurrency: number;
  backend: string;
  /** --threads for each child; unset, children train in one thread when concurrency > 1. */
  threads?: number;
  /**
   * How long a job's lock lasts, in seconds (BullMQ's lockDuration; renewed at half of it
   * while the point trains). A dead worker's point goes back to the queue within about twice this.
   */
  stallSeconds: number;
  /** Stop once the queue holds no unfinished point (none waiting, delayed or running anywhere). */
  untilIdle: boolean;
  /** The command line that starts lenetc, for the child trainings (the CLI's `io.lenetc`). */
  lenetc: readonly string[];
  env: Record<string, string | undefined>;
  /** Lines for people. */
  log(line: string): void;
  /** Aborting it stops the worker: the trainings checkpoint and their points go back to the queue. */
  signal: AbortSignal;
}

/** Why the worker stopped. */
export type WorkerEnd =
  | { kind: 'idle' }
  /** Stopped; `handedBack` false when Redis was gone, so its points return once they stall. */
  | { kind: 'interrupted'; handedBack: boolean }
  /** It met a point it must not train (another lenetc, another spec resolution, no shared folder). */
  | { kind: 'refused'; error: UserError };

/** A job may go back to the queue this often after its worker died before it fails for good. */
const MAX_STALLS = 3;

/** How often an --until-idle worker looks whether the queue has anything left. */
const IDLE_POLL_MS = 1000;

/** How long a stopping worker waits for Redis once its trainings have ended. */
const CLOSE_GRACE_MS = 10_000;

/** The worker's name, as the follower shows it for a running point. */
const WORKER_NAME = `${hostname()}:${process.pid}`;

/** The name of the spec file a point's child training reads, in its scratch folder. */
const SCRATCH_SPEC = 'spec.yaml';

/** Runs a worker until `signal` aborts, it is refused a point, or (with untilIdle) the queue has no work left. */
export async function runWorker(options: WorkerOptions): Promise<WorkerEnd> {
  const { log } = options;
  const stopTrainings = new AbortController();
  const trainings = new Trainings();
  let refusal: UserError | undefined;
  let idle = false;
  let wake: () => void = () => {};
  const stopped = new Promise<void>((resolve) => { wake = resolve; });
  const stop = () => {
    stopTrainings.abort();
    wake();
  };
  options.signal.addEventListener('abort', stop, { once: true });
  const onError = errorLogger(log);

  const processPoint = async (job: Job, token?: string): Promise<{ final_val_acc: number | null }> => {
    // BullMQ's manual retry: back to the queue without spending an attempt
    const handBack = async (): Promise<never> => {
      await job.moveToWait(token);
      throw new WaitingError();
    };
    const data = readPointJob(job.data);
    if (typeof data === 'string') {
      log(`[job ${job.id}] failed: not a lenetc sweep point: ${data}`);
      throw new UnrecoverableError(`not a lenetc sweep point: ${data}`);
    }
    if (stopTrainings.signal.aborted) return handBack();
    const checked = await checkPoint(data);
    if (checked instanceof UserError && checked.code === 'WORKER_JOB') {
      // the job, not this worker, is wrong: it fails for good, untrained, and the worker goes on
      log(`[${data.point}] failed: ${checked.message}`);
      throw new UnrecoverableError(checked.message);
    }
    if (checked instanceof UserError) {
      refusal ??= checked;
      stop();
      return handBack();
    }
    const ended = trainings.start();
    try {
      return await trainPoint(options, job, data, checked.resolved, stopTrainings.signal, ended, handBack);
    } finally {
      ended();
    }
  };

  const worker = new Worker(options.queueName, processPoint, {
    connection: redisOptions(options.address),
    concurrency: options.concurrency,
    name: WORKER_NAME,
    lockDuration: options.stallSeconds * 1000,
    stalledInterval: options.stallSeconds * 500,
    maxStalledCount: MAX_STALLS,
    autorun: false,
  });
  worker.on('error', onError);
  const running = worker.run();
  const queue = options.untilIdle ? openQueue(options.address, options.queueName, onError) : undefined;
  const unwatch = queue ? watchIdle(queue, () => trainings.count > 0, () => { idle = true; stop(); }) : () => {};

  log(`worker ${WORKER_NAME}: queue ${options.queueName} at ${options.address.shown}, ${options.concurrency} point${options.concurrency === 1 ? '' : 's'} at a time, backend ${options.backend}`);
  await stopped;
  unwatch();
  // close() waits for the running points: interrupted, they checkpoint and go back to the queue
  const closing = worker.close();
  await trainings.none();
  // with the trainings ended only Redis can keep us waiting, and one that is gone (the points
  // cannot be handed back) must not hold the worker forever: its points stall and are retried
  let handedBack = true;
  if (!(await settlesWithin(Promise.all([closing, running, queue?.close()]), CLOSE_GRACE_MS))) {
    log(`Redis at ${options.address.shown} does not answer; stopping without handing the points back (they are taken over once the stall timeout passes)`);
    // close() is under way and waits for a Redis that is gone; disconnecting stops its reconnecting
    await settlesWithin(Promise.all([worker.disconnect(), queue?.disconnect()]), CLOSE_GRACE_MS);
    handedBack = false;
  }
  options.signal.removeEventListener('abort', stop);
  if (refusal) return { kind: 'refused', error: refusal };
  return idle ? { kind: 'idle' } : { kind: 'interrupted', handedBack };
}

/** The child trainings running now, and a way to wait until none is. */
class Trainings {
  count = 0;
  private waiting: (() => void)[] = [];

  /** Counts one more; the returned function says it ended (calling it again does nothing). */
  start(): () => void {
    this.count++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.count--;
      if (this.count === 0) for (const resolve of this.waiting.splice(0)) resolve();
    };
  }

  /** Resolves once no training runs. */
  none(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}

/**
 * Calls `onIdle` once the queue holds no unfinished job (waiting, delayed or running on any
 * worker, a dead one's included until it stalls) while `busy()` is false; returns a cancel.
 */
function watchIdle(queue: Queue, busy: () => boolean, onIdle: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let cancelled = false;
  const look = async () => {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children').catch(() => undefined);
    if (cancelled) return;
    if (counts && !busy() && Object.values(counts).every((n) => n === 0)) onIdle();
    else timer = setTimeout(look, IDLE_POLL_MS);
  };
  timer = setTimeout(look, IDLE_POLL_MS);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}

/**
 * Whether this worker may train `job`, which anyone who can write to Redis may have written.
 * The sweep folder (written by the submitter, on the shared mount) is the authority: its
 * sweep.json names the sweep, the spec hash of every point it queued and the data folder. The
 * job's spec is checked here as it is, reading no file (a spec with `extends` is refused, not
 * followed), and its hash computed here; a folder dataset must be absolute and present.
 * Returns the spec as this worker resolves it, or the refusal: WORKER_JOB when the job is not
 * what its sweep queued (it fails), else WORKER_VERSION, WORKER_SPEC, WORKER_FOLDER, WORKER_DATA
 * when this worker cannot train it (the worker stops).
 */
async function checkPoint(job: PointJob): Promise<{ resolved: unknown } | UserError> {
  const where = { point: job.point, sweep: job.sweep };
  const mine = lenetcVersion();
  if (job.lenetc !== mine) return new UserError('WORKER_VERSION', { ...where, theirs: job.lenetc, mine });
  const record = await readJson<SweepRecord>(path.join(job.outDir, SWEEP_FILES.sweep)).catch(() => undefined);
  if (record?.queue?.sweep !== job.sweep) return new UserError('WORKER_FOLDER', { sweep: job.sweep, folder: job.outDir, another: record !== undefined });
  const wrong = (problem: string) => new UserError('WORKER_JOB', { ...where, problem });
  const queued = record.queue.points?.[job.point];
  if (queued === undefined) return wrong(`its sweep folder ${job.outDir} lists no such point`);
  if ((record.queue.dataDir ?? null) !== job.dataDir) return wrong(`its --data ${job.dataDir} is not the sweep's`);

  const reads: string[] = [];
  // a job's spec is resolved already: reading a file for it (an `extends`) is refused, never done
  const reader = { resolve: (_from: string, ref: string) => ref, read: (file: string) => { reads.push(file); return undefined; } };
  const result = checkSpec({ file: SCRATCH_SPEC, text: job.specText }, { reader, forTraining: true });
  if (reads.length) return wrong(`its spec would read ${reads[0]} (extends)`);
  if (!result.ok || !result.model) return wrong(`its spec does not check: ${[...new Set(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))].join(', ')}`);
  const hash = specHash(result.resolved);
  if (hash !== queued) return wrong(`its spec (hash ${hash.slice(0, 12)}) is not the one the sweep queued (${queued.slice(0, 12)})`);
  if (hash !== job.specHash) return new UserError('WORKER_SPEC', { ...where, here: hash.slice(0, 12), there: job.specHash.slice(0, 12) });

  const { dataset } = result.model.train;
  const folders = [...(isFolderDataset(dataset) ? [dataset.folder] : []), ...(job.dataDir !== null ? [job.dataDir] : [])];
  for (const folder of folders) {
    if (!path.isAbsolute(folder)) return wrong(`its data folder ${folder} is not an absolute path`);
    if (!(await stat(folder).then((s) => s.isDirectory(), () => false))) return new UserError('WORKER_DATA', { ...where, folder });
  }
  return { resolved: result.resolved };
}

/**
 * Trains one checked point in a child `lenetc train` (or resumes its checkpoint) and says how it
 * ended as BullMQ expects: a result, an UnrecoverableError (fails for good), an Error (tried
 * again after a backoff), or `handBack()` when the worker is stopping.
 */
async function trainPoint(
  options: WorkerOptions, job: Job, data: PointJob, resolved: unknown, stopping: AbortSignal, childEnded: () => void, handBack: () => Promise<never>,
): Promise<{ final_val_acc: number | null }> {
  const tag = `[${data.point}]`;
  const outDir = path.resolve(data.outDir);
  const runDir = path.join(outDir, data.point);
  // the child is told --force: only ever for a folder directly inside the sweep's (readPointJob checked the id too)
  if (!isPointId(data.point) || path.dirname(runDir) !== outDir) throw new UnrecoverableError(`point ${JSON.stringify(data.point)} is not one folder name`);
  const state = await pointState(runDir, { resolved, epochs: data.epochs, dataDir: data.dataDir, trainLimit: data.trainLimit, valLimit: data.valLimit });
  if (state.kind === 'finished') {
    // trained to the end by a worker that died before it could say so
    options.log(`${tag} finished already`);
    return { final_val_acc: null };
  }
  const attempt = `attempt ${job.attemptsMade + 1} of ${job.opts.attempts ?? 1}`;
  options.log(`${tag} ${state.kind === 'resume' ? 'resuming from its checkpoint' : 'training'} (${attempt})`);
  let last = 0;
  const env = { ...options.env };
  delete env[PASSWORD_ENV];
  let scratch: string | undefined;
  // whether the child's outcome was said; anything before it that fails is said in the catch
  let said = false;
  try {
    // the child reads the job's spec, as checked, from a scratch folder of its own, and no overrides:
    // they are applied in it already, and a relative data folder in one would be resolved here
    scratch = await mkdtemp(path.join(tmpdir(), 'lenetc-point-'));
    await writeFile(path.join(scratch, SCRATCH_SPEC), data.specText);
    const outcome = await runLenetc(options.lenetc, trainArgs({
      runDir, backend: options.backend, dataDir: data.dataDir,
      threads: options.threads ?? (options.concurrency > 1 ? 1 : undefined),
      start: state.kind === 'resume' ? null : { spec: SCRATCH_SPEC, overrides: [], trainLimit: data.trainLimit, valLimit: data.valLimit },
    }), {
      cwd: scratch, env, signal: stopping, ownGroup: true,
      onEpoch: (m) => {
        last = m.val_acc;
        options.log(`${tag} epoch ${m.epoch}/${data.epochs}  val_acc ${m.val_acc.toFixed(4)}  val_loss ${m.val_loss.toFixed(4)}  ${m.seconds.toFixed(1)}s`);
        const progress: PointProgress = { epoch: m.epoch, epochs: data.epochs, val_acc: m.val_acc };
        job.updateProgress(progress).catch(() => {});
      },
    });
    childEnded();
    said = true;
    if (outcome.code === EXIT.ok) {
      options.log(`${tag} done: val_acc ${last.toFixed(4)}`);
      return { final_val_acc: last };
    }
    if (stopping.aborted && (outcome.code === EXIT.interrupted || outcome.signal === 'SIGINT')) {
      options.log(`${tag} interrupted and checkpointed; back in the queue`);
      return await handBack();
    }
    const reason = failureReason(outcome);
    // lenetc's own refusals (1: a diverged loss, bad data; 2: a usage error) would fail again
    if (outcome.code === EXIT.invalid || outcome.code === EXIT.usage) {
      options.log(`${tag} failed: ${reason}`);
      throw new UnrecoverableError(reason);
    }
    options.log(`${tag} crashed (${reason}); ${job.attemptsMade + 1 < (job.opts.attempts ?? 1) ? 'it will be tried again' : 'no attempts left'}`);
    throw new Error(reason);
  } catch (e) {
    // no scratch folder, a spec that could not be written: a line for people, then BullMQ's retry
    if (!said) options.log(`${tag} failed before training: ${(e as Error).message}`);
    throw e;
  } finally {
    if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
  }
}
