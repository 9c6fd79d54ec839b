/**
 * The run folder on disk, the Node RunStore: run.json, spec.resolved.yaml, metrics.jsonl,
 * metrics.csv, curves.svg, model/, checkpoint/, summary.json (and eval's confusion.svg).
 * Every file is written under a temporary name and renamed into place, and folders are swapped
 * in whole (../files.ts), so a killed process never leaves a half-written file behind.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import { DATASETS, type Dataset } from '../model.js';
import { exists, fileError, findDir, makeFolder, readJson, writeDirAtomic, writeFileAtomic } from './files.js';
import { readModelFiles } from './model-folder.js';
import type { Checkpoint } from '../train/checkpoint.js';
import { checkUnlocked, takeLock, type Lock } from './lock.js';
import { metricsCsv, metricsJsonl, type EpochMetrics } from '../train/metrics.js';
import { curvesSvg } from '../train/plots.js';
import type { RunStore, RunSummary, TrainingHistory } from '../train/store.js';
import type { TrainerState, WeightSpec } from '../train/trainer.js';

/** Files a run folder may hold; a non-empty folder with none of these is not ours to write into. */
export const RUN_FILES = {
  run: 'run.json',
  spec: 'spec.resolved.yaml',
  metricsJsonl: 'metrics.jsonl',
  metricsCsv: 'metrics.csv',
  curves: 'curves.svg',
  confusion: 'confusion.svg',
  summary: 'summary.json',
  model: 'model',
  checkpoint: 'checkpoint',
  /** Held while a lenetc process writes the folder (see lock.ts). */
  lock: '.lock',
} as const;

/** How the data was chosen, kept in run.json so `--resume` reads the same examples. */
export interface RunInfo {
  version: 1;
  /** The command line that started the run. */
  command: string[];
  /** --data as an absolute path, if given. */
  data_dir: string | null;
  train_limit: number | null;
  val_limit: number | null;
  created: string;
  /** Class names by label, for a folder dataset (the built-in ones are known by name). */
  classes?: string[];
}

/** A run folder as a RunStore, held by this process (its lock) until `release`. */
export class RunFolder implements RunStore {
  private constructor(
    readonly dir: string,
    private readonly lock: Lock,
    /** Whether this process made the folder (a failed start removes it again). */
    private readonly created: boolean,
  ) {}

  /**
   * Takes the run folder `dir` of an earlier run, to resume it or write its summary:
   * refuses it (exit 2) while another lenetc process writes it.
   */
  static async open(dir: string, shown: string = dir): Promise<RunFolder> {
    return new RunFolder(dir, await takeLock(path.join(dir, RUN_FILES.lock), shown), false);
  }

  /**
   * Creates the folder a new run writes to and takes it: `out` when given, else
   * `runs/<name>/<timestamp>` under `cwd`. `out` must be missing or empty; an earlier run
   * there is replaced only with `force` (and cleared first, so none of its files stay), and
   * anything else is refused (exit 2).
   */
  static async create(cwd: string, name: string, out: string | undefined, options: { force?: boolean; now?: Date } = {}): Promise<RunFolder> {
    if (out === undefined) {
      const dir = await newTimestampedFolder(cwd, name, '', options.now ?? new Date());
      return new RunFolder(dir, await takeLock(path.join(dir, RUN_FILES.lock), dir), true);
    }
    const dir = path.resolve(cwd, out);
    const existed = await exists(dir);
    await makeFolder(dir, `--out ${out}`);
    // check and lock are one step: the folder is judged only once it is ours, so a run that
    // finished between an earlier look and this lock is seen, and refused without --force
    const lock = await takeLock(path.join(dir, RUN_FILES.lock), out);
    try {
      const entries = await checkOut(dir, out, Boolean(options.force), true);
      for (const e of entries ?? []) await rm(path.join(dir, e), { recursive: true, force: true });
    } catch (e) {
      await lock.release();
      if (!existed) await rmdir(dir).catch(() => undefined);
      throw fileError(e, out, 'write');
    }
    return new RunFolder(dir, lock, !existed);
  }

  private file(name: string): string {
    return path.join(this.dir, name);
  }

  /** Lets other processes write the folder again. */
  release(): Promise<void> {
    return this.lock.release();
  }

  /**
   * After a start that failed before the first checkpoint: removes what this run wrote, and
   * the folder itself if this process made it (with an empty runs/<name>/ above it), so a
   * failed start leaves nothing behind. A run with a checkpoint is kept, to be resumed.
   */
  async abandon(): Promise<void> {
    if (await findDir(this.file(RUN_FILES.checkpoint))) return this.release();
    for (const e of await readdir(this.dir).catch(() => [] as string[])) {
      if (e !== RUN_FILES.lock) await rm(this.file(e), { recursive: true, force: true });
    }
    await this.release();
    if (this.created) for (const dir of [this.dir, path.dirname(this.dir)]) await rmdir(dir).catch(() => undefined);
  }

  /** Writes run.json and spec.resolved.yaml of a new run. */
  async saveStart(info: RunInfo, specYaml: string): Promise<void> {
    await writeFileAtomic(this.file(RUN_FILES.run), `${JSON.stringify(info, null, 2)}\n`, { replace: true });
    await writeFileAtomic(this.file(RUN_FILES.spec), specYaml, { replace: true });
  }

  /** SHA-256 of spec.resolved.yaml, as a checkpoint records it. */
  async specHash(): Promise<string> {
    const file = this.file(RUN_FILES.spec);
    const text = await readFile(file).catch((e: unknown) => { throw fileError(e, file, 'read'); });
    return createHash('sha256').update(text).digest('hex');
  }

  async loadCheckpoint(): Promise<Checkpoint | undefined> {
    const dir = await findDir(this.file(RUN_FILES.checkpoint));
    if (!dir) return undefined;
    const missing = (name: string) => new UserError('CHECKPOINT_DAMAGED', { file: path.join(dir, name), problem: 'is missing' });
    // checked against the run's epochs and batches by the caller (checkpoint.ts, checkState)
    const state = await readJson<Checkpoint['state']>(path.join(dir, 'state.json'));
    if (state === undefined) throw missing('state.json');
    const specs = await readJson<WeightSpec[]>(path.join(dir, 'optimizer.json'));
    if (!Array.isArray(specs)) throw specs === undefined ? missing('optimizer.json') : new UserError('CHECKPOINT_DAMAGED', { file: path.join(dir, 'optimizer.json'), problem: 'is not a list of weights' });
    const bin = path.join(dir, 'optimizer.bin');
    const data = new Uint8Array(await readFile(bin).catch((e: unknown) => { throw (e as NodeJS.ErrnoException).code === 'ENOENT' ? missing('optimizer.bin') : fileError(e, bin, 'read'); }));
    return { state, trainer: { model: await readModelFiles(dir), optimizer: { specs, data } } };
  }

  async saveCheckpoint({ state, trainer }: Checkpoint): Promise<void> {
    await writeDirAtomic(this.file(RUN_FILES.checkpoint), {
      ...trainer.model,
      'optimizer.json': JSON.stringify(trainer.optimizer.specs),
      'optimizer.bin': trainer.optimizer.data,
      'state.json': `${JSON.stringify(state, null, 2)}\n`,
    });
  }

  async saveEpoch(metrics: readonly EpochMetrics[], model: TrainerState['model'], history: TrainingHistory): Promise<void> {
    await writeFileAtomic(this.file(RUN_FILES.metricsJsonl), metricsJsonl(metrics), { replace: true });
    await writeFileAtomic(this.file(RUN_FILES.metricsCsv), metricsCsv(metrics), { replace: true });
    await writeFileAtomic(this.file(RUN_FILES.curves), await curvesSvg(metrics, history), { replace: true });
    await writeDirAtomic(this.file(RUN_FILES.model), model);
  }

  loadSummary(): Promise<RunSummary | undefined> {
    return readRunSummary(this.dir);
  }

  async saveSummary(summary: RunSummary): Promise<void> {
    await writeFileAtomic(this.file(RUN_FILES.summary), `${JSON.stringify(summary, null, 2)}\n`, { replace: true });
  }
}

/** summary.json of the run folder `dir` (none until a session ends, or after a killed one). */
export function readRunSummary(dir: string): Promise<RunSummary | undefined> {
  return readJson<RunSummary>(path.join(dir, RUN_FILES.summary));
}

/** run.json of the run folder `dir`: the limits and data folder it was started with. */
export function readRunInfo(dir: string): Promise<RunInfo | undefined> {
  return readJson<RunInfo>(path.join(dir, RUN_FILES.run));
}

/**
 * The model folder of `dir`: `dir/model`, or `dir` itself when it holds model.json (a model
 * folder given directly). Usage error (exit 2) when `dir` does not exist.
 */
export async function findModelDir(dir: string, shown: string): Promise<string> {
  if (await exists(path.join(dir, 'model.json'))) return dir;
  if (await exists(path.join(dir, RUN_FILES.model, 'model.json'))) return path.join(dir, RUN_FILES.model);
  if (!(await exists(dir))) throw new UserError('FILE_NOT_FOUND', { what: 'run folder', file: shown });
  throw new UserError('NO_MODEL', { dir: shown, file: 'model/model.json', hint: 'a run writes its model after the first epoch; give a run folder such as runs/<name>/<timestamp>' });
}

/** The data set the run in `dir` trained on: summary.json's, else its resolved spec's; undefined for a bare model folder. */
export async function runDataset(dir: string): Promise<Dataset | undefined> {
  const summary = await readJson<{ dataset?: { name?: unknown } }>(path.join(dir, RUN_FILES.summary)).catch(() => undefined);
  const spec = summary?.dataset?.name === undefined
    ? await readFile(path.join(dir, RUN_FILES.spec), 'utf8').then((t) => (parseYaml(t) as { train?: { dataset?: unknown } } | null)?.train?.dataset, () => undefined)
    : undefined;
  const name = summary?.dataset?.name ?? spec;
  return DATASETS.find((d) => d === name);
}

/** Writes eval's confusion.svg into the run folder `dir` (no lock: it is no training file). */
export async function writeConfusion(dir: string, svg: string): Promise<void> {
  await writeFileAtomic(path.join(dir, RUN_FILES.confusion), svg, { replace: true });
}

/**
 * What `--out` holds: undefined when it does not exist, else its entries (an empty folder, or
 * an earlier run with `force`); anything else is refused. `train` looks before any data is
 * loaded, and RunFolder.create looks again holding the folder's lock (`locked`), which is the
 * look that counts.
 */
export async function checkOut(dir: string, shown: string, force: boolean, locked = false): Promise<string[] | undefined> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isDirectory()) throw new UserError('NOT_A_FILE', { file: `--out ${shown}`, is: 'a file', expected: 'a folder', hint: 'give a new or empty folder' });
  // a run being written right now: say so, whatever it holds yet
  if (!locked) await checkUnlocked(path.join(dir, RUN_FILES.lock), shown);
  const entries = (await readdir(dir).catch((e: unknown) => { throw fileError(e, shown, 'read'); })).filter((e) => e !== RUN_FILES.lock);
  if (entries.length === 0) return entries;
  if (!(await isRunFolder(dir))) {
    throw new UserError('OUT_NOT_EMPTY', { out: shown, kind: 'run' });
  }
  if (!force) {
    throw new UserError('OUT_HOLDS_RUN', { out: shown });
  }
  return entries;
}

/** Whether `dir` looks like a lenetc run folder (it holds run.json, a resolved spec or a checkpoint). */
export async function isRunFolder(dir: string): Promise<boolean> {
  return (await exists(path.join(dir, RUN_FILES.run))) || (await exists(path.join(dir, RUN_FILES.spec))) || (await findDir(path.join(dir, RUN_FILES.checkpoint))) !== undefined;
}

/**
 * Creates `runs/<name>/<prefix><timestamp>` under `cwd` (with `-2`, `-3`... when taken) and
 * returns its path; never reuses an existing folder.
 */
export async function newTimestampedFolder(cwd: string, name: string, prefix: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
  const base = path.resolve(cwd, 'runs', folderName(name), `${prefix}${stamp}`);
  for (let n = 1; ; n++) {
    const dir = n === 1 ? base : `${base}-${n}`;
    try {
      await mkdir(path.dirname(dir), { recursive: true });
      await mkdir(dir);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw fileError(e, dir, 'write');
    }
  }
}

/**
 * A spec's name as one safe folder name under runs/: letters, digits, `_`, `-` and `.`, not
 * starting with a dot (so never `.` or `..`), at most 64 characters.
 */
export function folderName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^\.+/, (dots) => '_'.repeat(dots.length)).slice(0, 64);
  return safe || 'run';
}
