/**
 * The run folder on disk, the Node RunStore: run.json, spec.resolved.yaml, metrics.jsonl,
 * metrics.csv, curves.svg, model/, checkpoint/, summary.json (and eval's confusion.svg).
 * Every file is written under a temporary name and renamed into place, and folders are swapped
 * in whole (../files.ts), so a killed process never leaves a half-written file behind.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { exists, findDir, readJson, writeDirAtomic, writeFileAtomic } from '../files.js';
import type { Checkpoint, CheckpointState } from './checkpoint.js';
import { metricsCsv, metricsJsonl, type EpochMetrics } from './metrics.js';
import { curvesSvg } from './plots.js';
import type { RunStore, RunSummary } from './store.js';
import type { TrainerState, WeightSpec } from './trainer.js';

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
}

/** A run folder as a RunStore, and the files around training that only a folder has. */
export class RunFolder implements RunStore {
  constructor(readonly dir: string) {}

  private file(name: string): string {
    return path.join(this.dir, name);
  }

  /** Writes run.json and spec.resolved.yaml of a new run. */
  async saveStart(info: RunInfo, specYaml: string): Promise<void> {
    await writeFileAtomic(this.file(RUN_FILES.run), `${JSON.stringify(info, null, 2)}\n`, { replace: true });
    await writeFileAtomic(this.file(RUN_FILES.spec), specYaml, { replace: true });
  }

  /** run.json: the limits and data folder the run was started with. */
  loadInfo(): Promise<RunInfo | undefined> {
    return readJson<RunInfo>(this.file(RUN_FILES.run));
  }

  async loadCheckpoint(): Promise<Checkpoint | undefined> {
    const dir = await findDir(this.file(RUN_FILES.checkpoint));
    if (!dir) return undefined;
    const state = await readJson<CheckpointState>(path.join(dir, 'state.json'));
    if (!state) throw new UserError(`${dir} holds no state.json`, 'the checkpoint is damaged; start the run again');
    if (state.version !== 1) throw new UserError(`${dir}/state.json has version ${String(state.version)}; this lenetc reads version 1`);
    const specs = await readJson<WeightSpec[]>(path.join(dir, 'optimizer.json'));
    if (!specs) throw new UserError(`${dir} holds no optimizer.json`, 'the checkpoint is damaged; start the run again');
    const data = new Uint8Array(await readFile(path.join(dir, 'optimizer.bin')));
    return { state, trainer: { model: await readModelFolder(dir), optimizer: { specs, data } } };
  }

  async saveCheckpoint({ state, trainer }: Checkpoint): Promise<void> {
    await writeDirAtomic(this.file(RUN_FILES.checkpoint), {
      ...trainer.model,
      'optimizer.json': JSON.stringify(trainer.optimizer.specs),
      'optimizer.bin': trainer.optimizer.data,
      'state.json': `${JSON.stringify(state, null, 2)}\n`,
    });
  }

  async saveEpoch(metrics: readonly EpochMetrics[], model: TrainerState['model']): Promise<void> {
    await writeFileAtomic(this.file(RUN_FILES.metricsJsonl), metricsJsonl(metrics), { replace: true });
    await writeFileAtomic(this.file(RUN_FILES.metricsCsv), metricsCsv(metrics), { replace: true });
    await writeFileAtomic(this.file(RUN_FILES.curves), await curvesSvg(metrics), { replace: true });
    await writeDirAtomic(this.file(RUN_FILES.model), model);
  }

  loadSummary(): Promise<RunSummary | undefined> {
    return readJson<RunSummary>(this.file(RUN_FILES.summary));
  }

  async saveSummary(summary: RunSummary): Promise<void> {
    await writeFileAtomic(this.file(RUN_FILES.summary), `${JSON.stringify(summary, null, 2)}\n`, { replace: true });
  }

  /** Writes eval's confusion.svg. */
  async saveConfusion(svg: string): Promise<void> {
    await writeFileAtomic(this.file(RUN_FILES.confusion), svg, { replace: true });
  }
}

/** The files of the tfjs model folder `dir`: model.json and the weight files its manifest names. */
export async function readModelFolder(dir: string): Promise<TrainerState['model']> {
  const json = await readJson<{ weightsManifest?: { paths?: unknown }[] }>(path.join(dir, 'model.json'));
  if (!json) throw new UserError(`${dir} holds no model.json`, 'is this a lenetc run folder that finished at least one epoch?');
  const paths = (Array.isArray(json.weightsManifest) ? json.weightsManifest : []).flatMap((group) => (Array.isArray(group?.paths) ? group.paths : []));
  const files: TrainerState['model'] = { 'model.json': JSON.stringify(json) };
  for (const p of paths) {
    const file = path.join(dir, String(p));
    try {
      files[String(p)] = new Uint8Array(await readFile(file));
    } catch {
      throw new UserError(`${dir}/model.json names ${String(p)}, which cannot be read`, 'the model folder is damaged; train the run again');
    }
  }
  return files;
}

/** Whether `dir` looks like a lenetc run folder (it holds run.json, a resolved spec or a checkpoint). */
export async function isRunFolder(dir: string): Promise<boolean> {
  return (await exists(path.join(dir, RUN_FILES.run))) || (await exists(path.join(dir, RUN_FILES.spec))) || (await findDir(path.join(dir, RUN_FILES.checkpoint))) !== undefined;
}

/**
 * Creates the folder a new run writes to: `out` when given (it must be missing, empty, or an
 * earlier lenetc run, whose files we replace), else `runs/<name>/<timestamp>` under `cwd`.
 */
export async function createRunFolder(cwd: string, name: string, out: string | undefined, now: Date = new Date()): Promise<string> {
  if (out !== undefined) {
    const dir = path.resolve(cwd, out);
    const entries = await readdir(dir).catch(() => undefined);
    if (entries && entries.length > 0 && !(await isRunFolder(dir))) {
      // exit 2, a usage error, like the CLI's other refusals to overwrite
      throw new UserError(`--out ${out} is a non-empty folder that is not a lenetc run`, 'give an empty or new folder; lenetc never writes over other files', 2);
    }
    if (entries && entries.length > 0) {
      // an earlier run's checkpoint must not be resumed into this new run's metrics
      for (const e of entries) if (e === RUN_FILES.checkpoint || e.startsWith(`${RUN_FILES.checkpoint}.`)) await rm(path.join(dir, e), { recursive: true, force: true });
    }
    await mkdir(dir, { recursive: true });
    return dir;
  }
  return newTimestampedFolder(cwd, name, '', now);
}

/**
 * Creates `runs/<name>/<prefix><timestamp>` under `cwd` (with `-2`, `-3`... when taken) and
 * returns its path; never reuses an existing folder.
 */
export async function newTimestampedFolder(cwd: string, name: string, prefix: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
  const base = path.resolve(cwd, 'runs', name.replace(/[^A-Za-z0-9_.-]/g, '_'), `${prefix}${stamp}`);
  for (let n = 1; ; n++) {
    const dir = n === 1 ? base : `${base}-${n}`;
    try {
      await mkdir(path.dirname(dir), { recursive: true });
      await mkdir(dir);
      return dir;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
