/**
 * Sweeps: trains every checked point of a grid into `<out>/<point-id>/` by running
 * `lenetc train` per point (in parallel where asked), skips points a previous run finished,
 * resumes interrupted ones, and writes results.md, results.csv and val_acc.svg.
 * The CLI builds the grid and checks the points; this owns everything under the sweep folder.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { EXIT } from '../../exit.js';
import { makeFolder, readJson, writeFileAtomic } from '../../node/files.js';
import { checkUnlocked, takeLock } from '../../node/lock.js';
import { newTimestampedFolder } from '../../node/run-folder.js';
import { isPointId } from './grid.js';
import { pointState, readMetrics, readSummary, type PointExpectation, type PointState } from './point-folder.js';
import { resultsCsv, resultsMarkdown, valAccSvg, type PointResult, type PointStatus } from './results.js';
import { failureReason, runLenetc, trainArgs } from './spawn.js';

export { gridPoints, gridSize, isPointId, mergeAxes, parseVary, shortNames, specAxes, MAX_POINTS, type Axis, type GridPoint } from './grid.js';
export { pointState } from './point-folder.js';
export { pointJson, type PointResult, type PointStatus } from './results.js';

/** Files of a sweep folder, beside one run folder per point. */
export const SWEEP_FILES = {
  sweep: 'sweep.json',
  /** Held while a lenetc sweep runs or follows the folder (see train/lock.ts). */
  lock: '.lock',
  markdown: 'results.md',
  csv: 'results.csv',
  plot: 'val_acc.svg',
} as const;

/** One point as the CLI checked it. */
export interface PlannedPoint {
  id: string;
  /** The varied values, one per axis, as flow YAML. */
  values: string[];
  /** Every override the point trains with (--set, train's flags, its own values), in order. */
  overrides: string[];
  /** When the point checked: its size and the spec it resolves to, as its run folder keeps it (a data folder absolute). */
  checked?: { params: number; macs: number; epochs: number; resolved: unknown };
  /** The absolute data folder the point trains on, when it names one. */
  dataset?: string;
  /** When it did not: the first error's code. */
  skipped?: string;
}

/** What runSweep needs: the checked points, where to write, and how to train each. */
export interface SweepOptions {
  /** The spec file as the user wrote it (relative to cwd): the children read it the same way. */
  spec: string;
  cwd: string;
  env: Record<string, string | undefined>;
  /** The sweep folder (absolute), from openSweepFolder. */
  outDir: string;
  /** The varied paths and their short names (the table headers), in axis order. */
  axes: readonly { path: string; name: string }[];
  points: readonly PlannedPoint[];
  /** How many points train at once. */
  jobs: number;
  /** The user's --threads for each child; unset, children train in one thread when jobs > 1. */
  threads?: number;
  backend: string;
  /** Absolute --data folder, or null for the default. */
  dataDir: string | null;
  trainLimit: number | null;
  valLimit: number | null;
  command: readonly string[];
  /** The command line that starts lenetc, for the child trainings (the CLI's `io.lenetc`). */
  lenetc: readonly string[];
  /** Progress lines for people. */
  log(line: string): void;
  /** Each trained point's row, as soon as it finished (or failed, or was interrupted). */
  onPoint?(row: PointResult): void;
  /** Once aborted, no new point starts. */
  signal?: AbortSignal;
  /**
   * Also send the running children SIGINT when `signal` aborts (they checkpoint and stop).
   * Not for a terminal's Ctrl-C: the terminal sends it to the children itself, and a second
   * SIGINT would make them quit without saving the unfinished epoch.
   */
  forwardInterrupt?: boolean;
}

/** How a sweep ended, with one row per point (skipped ones included). */
export interface SweepResult {
  status: 'completed' | 'failed' | 'interrupted';
  rows: PointResult[];
  markdown: string;
}

/** The default number of points to train at once: 1 on small machines, else half the cores. */
export function defaultJobs(cores: number): number {
  return cores <= 2 ? 1 : Math.floor(cores / 2);
}

/** A sweep folder held by this process (its lock) until `release`. */
export interface SweepFolder {
  dir: string;
  release(): Promise<void>;
}

/**
 * Takes the folder a sweep writes to: `out` when given (missing, empty, or an earlier sweep's,
 * which a rerun continues), else `runs/<name>/sweep-<timestamp>` under `cwd`. One sweep at a
 * time: a folder another running lenetc sweep holds is refused (SWEEP_FOLDER_BUSY), and so is
 * the folder of a queued sweep that has not finished, unless it is this same sweep (`sweep`,
 * its id; see checkSweepFolder).
 */
export async function openSweepFolder(cwd: string, name: string, out: string | undefined, sweep?: string, now: Date = new Date()): Promise<SweepFolder> {
  if (out === undefined) {
    const dir = await newTimestampedFolder(cwd, name, 'sweep-', now);
    const lock = await takeLock(path.join(dir, SWEEP_FILES.lock), dir, 'sweep');
    return { dir, release: () => lock.release() };
  }
  const dir = path.resolve(cwd, out);
  await checkSweepFolder(dir, out, sweep);
  await makeFolder(dir, `--out ${out}`);
  const lock = await takeLock(path.join(dir, SWEEP_FILES.lock), out, 'sweep');
  try {
    // again with the lock held: another sweep may have claimed the folder in between
    await checkSweepFolder(dir, out, sweep, true);
  } catch (e) {
    await lock.release();
    throw e;
  }
  return { dir, release: () => lock.release() };
}

/**
 * Refuses, without writing anything, a sweep folder this sweep may not use: not a folder, a
 * non-empty folder that is no sweep's, one another running lenetc sweep holds, or one whose
 * sweep.json names a queued sweep other than `sweep` with points not finished yet (its workers
 * would be refused once sweep.json changed, and its follower would wait forever).
 */
export async function checkSweepFolder(dir: string, shown: string, sweep: string | undefined, locked = false): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined) return;
  if (!info.isDirectory()) {
    throw new UserError('NOT_A_FILE', { file: `--out ${shown}`, is: 'a file', expected: 'a folder', hint: 'give an empty or new folder, or the folder of an earlier sweep to continue it' });
  }
  if (!locked) await checkUnlocked(path.join(dir, SWEEP_FILES.lock), shown, 'sweep');
  const entries = (await readdir(dir).catch(() => [] as string[])).filter((e) => e !== SWEEP_FILES.lock);
  if (entries.length > 0 && !entries.includes(SWEEP_FILES.sweep)) throw new UserError('OUT_NOT_EMPTY', { out: shown, kind: 'sweep' });
  const record = await readJson<SweepRecord>(path.join(dir, SWEEP_FILES.sweep)).catch(() => undefined);
  const queued = record?.queue;
  if (!queued || queued.sweep === sweep) return;
  let unfinished = 0;
  for (const point of Object.keys(queued.points ?? {}).filter(isPointId)) {
    if ((await readSummary(path.join(dir, point)))?.status !== 'completed') unfinished++;
  }
  if (unfinished > 0) throw new UserError('SWEEP_FOLDER_TAKEN', { out: shown, sweep: queued.sweep, queue: queued.name, unfinished });
}

/** What sweep.json records: it marks a folder as a sweep's (see openSweepFolder) and says how it was started. */
export interface SweepRecord {
  spec: string;
  /** The varied paths. */
  axes: readonly string[];
  /** Every point's id, skipped ones included. */
  points: readonly string[];
  /** The command line, any password in it masked. */
  command: readonly string[];
  /**
   * A queued sweep's queue: the Redis URL without its password, the queue name and the
   * sweep's id, and what workers check a job against (the sweep folder is the authority, not
   * Redis): each queued point's spec hash and the data folder.
   */
  queue?: { url: string; name: string; sweep: string; points?: Record<string, string>; dataDir?: string | null };
}

/** Writes sweep.json into the sweep folder. */
export async function writeSweepFile(outDir: string, record: SweepRecord): Promise<void> {
  await writeFileAtomic(path.join(outDir, SWEEP_FILES.sweep), `${JSON.stringify({ version: 1, ...record, updated: new Date().toISOString() }, null, 2)}\n`, { replace: true });
}

/** Trains the sweep's points and writes its results; never throws for a point that fails. */
export async function runSweep(options: SweepOptions): Promise<SweepResult> {
  const { outDir, log } = options;
  await writeSweepFile(outDir, { spec: options.spec, axes: options.axes.map((a) => a.path), points: options.points.map((p) => p.id), command: options.command });

  const checked = options.points.filter((p) => p.checked);
  const outcomes = new Map<string, PointStatus>();
  const queue: { point: PlannedPoint; state: PointState }[] = [];
  for (const point of checked) {
    const state = await pointState(path.join(outDir, point.id), pointExpectation(point, options));
    if (state.kind === 'finished') {
      log(`[${point.id}] finished by an earlier run; skipping it`);
      outcomes.set(point.id, 'done');
    } else {
      if (state.kind === 'new' && state.reason) log(`[${point.id}] training it again: ${state.reason}`);
      queue.push({ point, state });
    }
  }

  let started = 0;
  const total = queue.length;
  const worker = async () => {
    for (let next = queue.shift(); next && !options.signal?.aborted; next = queue.shift()) {
      started++;
      const status = await trainPoint(options, next.point, next.state, `${started}/${total}`);
      outcomes.set(next.point.id, status);
      options.onPoint?.(await pointRow(outDir, next.point, status));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, queue.length)) }, worker));
  return writeSweepResults(outDir, options.axes, options.points, outcomes);
}

/** What a point's run folder must hold to count as this point's run (see pointState). */
export function pointExpectation(point: PlannedPoint, run: { dataDir: string | null; trainLimit: number | null; valLimit: number | null }): PointExpectation {
  return { resolved: point.checked!.resolved, epochs: point.checked!.epochs, dataDir: run.dataDir, trainLimit: run.trainLimit, valLimit: run.valLimit };
}

/**
 * Writes results.md, results.csv and val_acc.svg from the point folders, each point with its
 * status (`not run` when it has none), and says how the sweep ended.
 */
export async function writeSweepResults(
  outDir: string, axes: SweepOptions['axes'], points: readonly PlannedPoint[], statuses: ReadonlyMap<string, PointStatus>,
): Promise<SweepResult> {
  const rows: PointResult[] = [];
  for (const point of points) rows.push(await pointRow(outDir, point, statuses.get(point.id) ?? 'not run'));
  const markdown = resultsMarkdown(axes.map((a) => a.name), rows);
  await writeFileAtomic(path.join(outDir, SWEEP_FILES.markdown), markdown, { replace: true });
  await writeFileAtomic(path.join(outDir, SWEEP_FILES.csv), resultsCsv(axes.map((a) => a.path), rows), { replace: true });
  const name = (points.find((p) => p.checked)?.checked?.resolved as { name?: unknown } | undefined)?.name;
  await writeFileAtomic(path.join(outDir, SWEEP_FILES.plot), await valAccSvg(rows, typeof name === 'string' ? name : undefined), { replace: true });

  const trained = rows.filter((r) => !r.status.startsWith('skipped'));
  const status = trained.some((r) => !r.status.startsWith('failed') && r.status !== 'done') ? 'interrupted'
    : trained.some((r) => r.status.startsWith('failed')) ? 'failed' : 'completed';
  return { status, rows, markdown };
}

/** Trains (or resumes) one point in a child `lenetc train`, logging its epochs. */
async function trainPoint(options: SweepOptions, point: PlannedPoint, state: PointState, counter: string): Promise<PointStatus> {
  const runDir = path.join(options.outDir, point.id);
  const tag = `[${counter} ${point.id}]`;
  // children side by side would each spread their steps over every core and fight for them
  const threads = options.threads ?? (options.jobs > 1 ? 1 : undefined);
  const args = trainArgs({
    runDir, backend: options.backend, dataDir: options.dataDir, threads,
    start: state.kind === 'resume' ? null : { spec: options.spec, overrides: point.overrides, trainLimit: options.trainLimit, valLimit: options.valLimit },
  });
  const epochs = point.checked!.epochs;
  options.log(`${tag} ${state.kind === 'resume' ? 'resuming' : 'training'}`);
  const outcome = await runLenetc(options.lenetc, args, {
    cwd: options.cwd, env: options.env, signal: options.forwardInterrupt ? options.signal : undefined,
    onEpoch: (m) => options.log(`${tag} epoch ${m.epoch}/${epochs}  val_acc ${m.val_acc.toFixed(4)}  val_loss ${m.val_loss.toFixed(4)}  ${m.seconds.toFixed(1)}s`),
  });
  if (outcome.code === EXIT.ok) {
    options.log(`${tag} done`);
    return 'done';
  }
  if (outcome.code === EXIT.interrupted || outcome.signal === 'SIGINT') {
    options.log(`${tag} interrupted; a rerun with the same --out resumes it`);
    return 'interrupted';
  }
  options.log(`${tag} failed (${outcome.code !== null ? `exit code ${outcome.code}` : `killed by ${outcome.signal}`}):`);
  for (const line of outcome.stderrTail) options.log(`${tag}   ${line}`);
  return `failed: ${failureReason(outcome)}`;
}

/** A point's row: its numbers from the check, and from its run folder when it trained. */
export async function pointRow(outDir: string, point: PlannedPoint, status: PointStatus): Promise<PointResult> {
  if (!point.checked) {
    return { id: point.id, values: point.values, params: null, macs: null, metrics: [], seconds: null, status: `skipped: ${point.skipped ?? 'ERROR'}` };
  }
  const runDir = path.join(outDir, point.id);
  const summary = await readSummary(runDir);
  return {
    id: point.id, values: point.values, params: point.checked.params, macs: point.checked.macs,
    metrics: await readMetrics(runDir), seconds: summary?.wall_seconds ?? null, status,
  };
}
