/**
 * The run folder on disk. Every file is written under a temporary name and renamed into
 * place, and folders (model/, checkpoint/) are swapped in whole, so a killed process never
 * leaves a half-written file behind.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../../errors.js';

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

let tempCounter = 0;

/** A sibling name for `target` that no other writer uses. */
function tempName(target: string, kind: string): string {
  tempCounter++;
  return `${target}.${kind}-${process.pid}-${tempCounter}`;
}

/** Writes `data` to `file` through a temporary file and a rename. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = tempName(file, 'tmp');
  await writeFile(temp, data);
  await rename(temp, file);
}

/**
 * Replaces the folder `dir` by one holding exactly `files`. The new folder is complete before
 * it takes the name; the old one is moved aside first (a folder cannot be renamed over a
 * non-empty one) and removed after.
 */
export async function writeDirAtomic(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  const temp = tempName(dir, 'tmp');
  await mkdir(temp, { recursive: true });
  for (const [name, data] of Object.entries(files)) await writeFile(path.join(temp, name), data);
  const old = tempName(dir, 'old');
  const hadOld = await exists(dir);
  if (hadOld) await rename(dir, old);
  await rename(temp, dir);
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/**
 * The folder `dir`, or — when a kill landed between the two renames of writeDirAtomic — the
 * complete old copy that was moved aside.
 */
export async function findDir(dir: string): Promise<string | undefined> {
  if (await exists(dir)) return dir;
  const parent = path.dirname(dir);
  const prefix = `${path.basename(dir)}.old-`;
  const entries = await readdir(parent).catch(() => [] as string[]);
  const old = entries.filter((e) => e.startsWith(prefix)).sort();
  return old.length ? path.join(parent, old[old.length - 1]) : undefined;
}

/** Whether `file` exists. */
export async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
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
      throw new UserError('OUT_NOT_EMPTY', { out, kind: 'run' });
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

/** The tfjs-format model.json of `artifacts` with its weights in `weights.bin`. */
function modelJson(artifacts: tf.io.ModelArtifacts): string {
  return JSON.stringify({
    format: artifacts.format ?? 'layers-model',
    generatedBy: artifacts.generatedBy,
    convertedBy: artifacts.convertedBy ?? null,
    modelTopology: artifacts.modelTopology,
    weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs ?? [] }],
  });
}

/** The files of a tfjs-format model folder for `net`: model.json and weights.bin. */
export async function modelFiles(net: tf.LayersModel): Promise<Record<string, string | Uint8Array>> {
  let saved: tf.io.ModelArtifacts | undefined;
  await net.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  if (!saved) throw new Error('tfjs did not hand over the model artifacts');
  const weights = tf.io.CompositeArrayBuffer.join(saved.weightData ?? new ArrayBuffer(0));
  return { 'model.json': modelJson(saved), 'weights.bin': new Uint8Array(weights) };
}

/** An IO handler that loads a model folder written by `modelFiles` (tfjs-node's file:// is not available). */
export function modelFolderHandler(dir: string): tf.io.IOHandler {
  return {
    load: async () => {
      const json = JSON.parse(await readFile(path.join(dir, 'model.json'), 'utf8')) as tf.io.ModelJSON;
      return tf.io.getModelArtifactsForJSON(json, async (manifest) => {
        const specs = manifest.flatMap((group) => group.weights);
        const buffers = await Promise.all(manifest.flatMap((group) => group.paths).map((p) => readFile(path.join(dir, p))));
        const data = tf.io.CompositeArrayBuffer.join(buffers.map((b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)));
        return [specs, data];
      });
    },
  };
}

/** Loads the tfjs model saved in `dir` (model.json + weights.bin). */
export async function loadModelFolder(dir: string): Promise<tf.LayersModel> {
  if (!(await exists(path.join(dir, 'model.json')))) {
    throw new UserError('NO_MODEL', { dir, file: 'model.json', hint: 'is this a lenetc run folder that finished at least one epoch?' });
  }
  return tf.loadLayersModel(modelFolderHandler(dir));
}
