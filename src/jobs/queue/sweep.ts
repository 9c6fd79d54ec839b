/**
 * The submitting side of a queued sweep: enqueue the points as BullMQ jobs (one queue holds one
 * sweep's unfinished points at a time) and follow them until every one has finished. The
 * trainings happen in `lenetc worker`s, anywhere; the results are written by the local sweep's
 * code from the shared sweep folder.
 */
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue, type JobState } from 'bullmq';
import { stringify } from 'yaml';
import { checkSweepFolder, openSweepFolder, pointExpectation, pointState, writeSweepFile, type PlannedPoint, type PointStatus, type SweepFolder } from '../sweep/index.js';
import { lenetcVersion } from '../../node/version.js';
import { maskPasswords, type RedisAddress } from './address.js';
import { redisOptions } from './connection.js';
import { UserError } from '../../errors.js';
import { JOB_FORMAT, JOB_NAME, jobId, readPointJob, specHash, sweepId, type PointJob } from './jobs.js';

/** How a point's job stands, as the progress bar counts it. */
export interface PointCounts {
  queued: number;
  running: number;
  done: number;
  failed: number;
  total: number;
}

/** What the follower reports while it follows. */
export interface FollowEvents {
  /** A line for people: a point started, an epoch, a retry. */
  log(line: string): void;
  /** The counts, after every look at the queue. */
  onCounts?(counts: PointCounts): void;
  /** A point finished (done, or failed for good); followed before the next point is looked at. */
  onFinished?(point: string, status: PointStatus): void | Promise<void>;
}

/** What the follower may ask besides the queue. */
export interface FollowOptions {
  /**
   * Whether the point's folder shows it finished: a job that vanished from the queue (Redis
   * restarted empty) after its point was trained is done, not failed.
   */
  finished?(point: string): Promise<boolean>;
}

/** How often the follower looks at the queue. */
const POLL_MS = 1000;

/** The first retry of a point that crashed waits this long, each further one twice as long. */
const RETRY_DELAY_MS = 10_000;

/** States of a job that has not finished; one queue may hold one sweep's such jobs at a time. */
const UNFINISHED: JobState[] = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'];

/** Looks this many jobs deep when telling whose jobs a queue holds. */
const SCAN = 1000;

/** The BullMQ queue `name` at `address` (the connection was checked with checkRedis first). */
export function openQueue(address: RedisAddress, name: string, onError: (e: Error) => void): Queue {
  const queue = new Queue(name, { connection: redisOptions(address) });
  // without a listener a lost connection would throw from an event emitter
  queue.on('error', onError);
  return queue;
}

/** What submitSweep needs: the checked grid, the sweep folder, and how every point trains. */
export interface SubmitOptions {
  /** The Redis URL as it may be shown (password masked), for messages. */
  where: string;
  cwd: string;
  /** The sweep's name (the first valid point's model name). */
  name: string;
  /** The spec file as given, for sweep.json and messages. */
  spec: string;
  /** --out as given: the shared sweep folder. */
  out: string;
  axes: readonly { path: string; name: string }[];
  points: readonly PlannedPoint[];
  /** Absolute --data folder, or null (each worker finds the data set itself). */
  dataDir: string | null;
  trainLimit: number | null;
  valLimit: number | null;
  /** The command line, for sweep.json (passwords are masked there). */
  command: readonly string[];
  attempts: number;
  log(line: string): void;
}

/**
 * What submitSweep did: the sweep's id, the points queued (or still on their way), the ones
 * finished before, and the sweep folder, held until the caller releases it.
 */
export interface Submitted {
  sweep: string;
  pending: string[];
  /** `done` for each point its folder says is finished. */
  statuses: Map<string, PointStatus>;
  folder: SweepFolder;
}

/**
 * Submits a checked grid: claims the sweep folder and the queue (see checkSweepFolder and
 * claimQueue), writes sweep.json, and enqueues every valid point its folder does not show
 * finished. Each job carries its point's spec as a run would keep it (PlannedPoint's `resolved`:
 * extends merged, overrides applied, a data folder absolute), so a worker reads no other file.
 */
export async function submitSweep(queue: Queue, options: SubmitOptions): Promise<Submitted> {
  const outDir = path.resolve(options.cwd, options.out);
  const run = { dataDir: options.dataDir, trainLimit: options.trainLimit, valLimit: options.valLimit };
  const valid = options.points.filter((p) => p.checked);
  const jobs = valid.map((p) => ({
    format: JOB_FORMAT, lenetc: lenetcVersion(), point: p.id, specName: options.spec, specText: stringify(p.checked!.resolved), overrides: p.overrides,
    specHash: specHash(p.checked!.resolved), epochs: p.checked!.epochs, outDir, ...run,
  } as const));
  const sweep = sweepId(jobs);
  // refused before anything is written: a folder another sweep holds or has not finished with
  await checkSweepFolder(outDir, options.out, sweep);
  const statuses = new Map<string, PointStatus>();
  const pending: PointJob[] = [];
  for (const [i, point] of valid.entries()) {
    const state = await pointState(path.join(outDir, point.id), pointExpectation(point, run));
    if (state.kind === 'finished') statuses.set(point.id, 'done');
    else pending.push({ ...jobs[i]!, sweep });
  }
  // before anything is written: a queue busy with another sweep is refused
  if (pending.length) await claimQueue(queue, options.where, sweep, options.log);
  const folder = await openSweepFolder(options.cwd, options.name, options.out, sweep);
  try {
    await writeSweepFile(outDir, {
      spec: options.spec, axes: options.axes.map((a) => a.path), points: options.points.map((p) => p.id),
      command: options.command.map(maskPasswords),
      queue: { url: options.where, name: queue.name, sweep, points: Object.fromEntries(jobs.map((j) => [j.point, j.specHash])), dataDir: options.dataDir },
    });
  } catch (e) {
    await folder.release();
    throw e;
  }
  const skipped = options.points.length - valid.length;
  options.log(`sweep ${options.name} (${sweep}): ${options.points.length} points (${pending.length} to train${statuses.size ? `, ${statuses.size} finished before` : ''}${skipped ? `, ${skipped} skipped` : ''})`);
  options.log(`sweep folder: ${path.relative(options.cwd, outDir) || '.'}`);
  try {
    await enqueuePoints(queue, options.where, sweep, pending, options.attempts, options.log);
  } catch (e) {
    await folder.release();
    throw e;
  }
  return { sweep, pending: pending.map((j) => j.point), statuses, folder };
}

/**
 * Makes `queue` this sweep's: refuses it while it holds another sweep's unfinished points (or
 * jobs of another program), and removes other sweeps' finished points.
 */
async function claimQueue(queue: Queue, where: string, sweep: string, log: (line: string) => void): Promise<void> {
  const others = (await queue.getJobs(UNFINISHED, 0, SCAN - 1)).filter((j) => {
    const data = readPointJob(j.data);
    return typeof data === 'string' || data.sweep !== sweep;
  });
  if (others.length > 0) {
    const other = readPointJob(others[0]!.data);
    throw new UserError('QUEUE_OTHER_SWEEP', { queue: queue.name, where, ...(typeof other === 'string' ? {} : { other: { sweep: other.sweep, folder: other.outDir } }) });
  }
  const finished = (await queue.getJobs(['completed', 'failed'], 0, SCAN - 1)).filter((j) => {
    const data = readPointJob(j.data);
    return typeof data !== 'string' && data.sweep !== sweep;
  });
  for (const j of finished) await j.remove();
  if (finished.length) log(`removed ${finished.length} finished points of earlier sweeps from queue ${queue.name}`);
}

/**
 * Enqueues `jobs` (the sweep's points that are not finished in their folders) with bounded
 * attempts and exponential backoff. A point already queued or training stays as it is; one
 * that failed before is queued again, as a local sweep's rerun trains it again.
 */
async function enqueuePoints(queue: Queue, where: string, sweep: string, jobs: readonly PointJob[], attempts: number, log: (line: string) => void): Promise<void> {
  const add = (job: PointJob) => queue.add(JOB_NAME, job, {
    jobId: jobId(sweep, job.point), attempts, backoff: { type: 'exponential', delay: RETRY_DELAY_MS }, removeOnComplete: false, removeOnFail: false,
  });
  let added = 0;
  for (const job of jobs) {
    const existing = await queue.getJob(jobId(sweep, job.point));
    const state = existing ? await existing.getState() : 'unknown';
    if (existing && state === 'failed') {
      await existing.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      log(`[${job.point}] failed before; queued again`);
      added++;
    } else if (!existing || state === 'completed' || state === 'unknown') {
      // a completed job whose folder is not finished (someone removed it) trains again
      await existing?.remove();
      await add(job);
      added++;
    }
    // else it is still waiting or training
  }
  const already = jobs.length - added;
  if (jobs.length) log(`queued ${added} point${added === 1 ? '' : 's'} on ${queue.name} at ${where}${already ? ` (${already} already there)` : ''}`);
}

/**
 * Follows the sweep's jobs for `points` until each has finished or `signal` aborts, and
 * returns each point's status: done, failed (with BullMQ's reason), or queued / running for
 * points still on their way when the follower stopped. `alreadyDone` points count as done.
 */
export async function followSweep(
  queue: Queue, sweep: string, points: readonly string[], alreadyDone: number, events: FollowEvents, signal?: AbortSignal, options: FollowOptions = {},
): Promise<Map<string, PointStatus>> {
  const statuses = new Map<string, PointStatus>(points.map((p) => [p, 'queued']));
  const seen = new Map<string, Seen>();
  const count = () => {
    const all = [...statuses.values()];
    const failed = all.filter((s) => s.startsWith('failed')).length;
    const done = all.filter((s) => s === 'done').length;
    const running = all.filter((s) => s === 'running').length;
    events.onCounts?.({ queued: all.length - failed - done - running, running, done: done + alreadyDone, failed, total: all.length + alreadyDone });
  };
  // a look at the queue waits for Redis, which may be gone: Ctrl-C must not wait with it
  const aborted = new Promise<void>((resolve) => {
    if (signal?.aborted) resolve();
    signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  const unfinished = () => points.filter((p) => statuses.get(p) === 'queued' || statuses.get(p) === 'running');

  let troubled = false;
  count();
  while (unfinished().length > 0 && !signal?.aborted) {
    try {
      await Promise.race([
        (async () => {
          for (const point of unfinished()) {
            let status = await lookAt(queue, jobId(sweep, point), point, seen, events.log);
            if (status === REMOVED && (await options.finished?.(point))) status = 'done';
            // a look that outlived Ctrl-C reports nothing more
            if (signal?.aborted) return;
            statuses.set(point, status);
            if (status !== 'queued' && status !== 'running') await events.onFinished?.(point, status);
          }
        })(),
        aborted,
      ]);
      if (troubled) events.log('the connection to Redis is back');
      troubled = false;
    } catch (e) {
      // Redis restarting, a network hiccup: BullMQ's connection reconnects; keep following
      if (!troubled) events.log(`lost the connection to Redis (${(e as Error).message}); still following`);
      troubled = true;
    }
    count();
    if (unfinished().length > 0) await sleep(POLL_MS, undefined, { signal }).catch(() => {});
  }
  return statuses;
}

/** The status of a point whose job is gone from the queue. */
const REMOVED: PointStatus = 'failed: its job was removed from the queue';

/** What the follower saw of a job last time. */
interface Seen {
  state: JobState;
  epoch: number;
  attempts: number;
  /** When the job's current worker took it (BullMQ's processedOn): a new value is a new taker. */
  taken?: number;
}

/** One point's job now, logging what changed since `seen`; its status. */
async function lookAt(queue: Queue, id: string, point: string, seen: Map<string, Seen>, log: (line: string) => void): Promise<PointStatus> {
  const state = await queue.getJobState(id);
  if (state === 'unknown') return REMOVED;
  const before = seen.get(point);
  // an unchanged waiting job needs no second read; a running one may have a new epoch
  if (state === before?.state && state !== 'active') return 'queued';
  const job = await queue.getJob(id);
  if (!job) return REMOVED;
  const progress = readProgress(job.progress);
  const epoch = progress?.epoch ?? 0;
  seen.set(point, { state, epoch, attempts: job.attemptsMade, taken: job.processedOn });
  if (state === 'completed') return 'done';
  if (state === 'failed') return `failed: ${job.failedReason || 'no reason given'}`;
  // between two looks a job may have gone back to the queue and been taken again: its taker's
  // start time tells, so the hand-back is reported even when the follower never saw it waiting
  const retaken = state === 'active' && before?.state === 'active' && job.processedOn !== before.taken;
  if (before?.state === 'active' && (state !== 'active' || retaken)) {
    if (job.attemptsMade > before.attempts) log(`[${point}] attempt ${job.attemptsMade} of ${job.opts.attempts ?? 1} failed (${job.failedReason}); it will be tried again`);
    else log(`[${point}] back in the queue: its worker stopped`);
  }
  if (state === 'active') {
    if (before?.state !== 'active' || retaken) log(`[${point}] training on ${job.processedBy ?? 'a worker'}`);
    // progress stays on the job across takers: an epoch is news only once
    if (progress && epoch > (before?.epoch ?? 0)) log(`[${point}] epoch ${epoch}/${progress.epochs}  val_acc ${progress.val_acc.toFixed(4)}`);
    return 'running';
  }
  return 'queued';
}

/** What a worker reports as a job's progress: the point's last finished epoch. */
export interface PointProgress {
  epoch: number;
  epochs: number;
  val_acc: number;
}

/** A job's progress as a PointProgress, if it is one (BullMQ's progress may be anything). */
function readProgress(progress: unknown): PointProgress | undefined {
  const p = progress as Partial<PointProgress> | null;
  return typeof p === 'object' && p !== null && typeof p.epoch === 'number' && typeof p.epochs === 'number' && typeof p.val_acc === 'number'
    ? (p as PointProgress) : undefined;
}
