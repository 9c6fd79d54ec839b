/**
 * Reading a tfjs model folder (model.json and the weight files its manifest names) from disk:
 * the one reader behind export (--onnx and --tfjs), predict, eval, activations and a
 * checkpoint's model, so every command refuses alike. A model folder may come from anywhere,
 * so nothing its model.json says may make lenetc read outside it: a weight file is a plain
 * name beside model.json whose real path (links followed) stays inside the folder, every file
 * is a regular file (never a FIFO or a device), and sizes are checked against the manifest and
 * a bound before a byte is read. Weights that are not finite numbers are refused: nothing
 * useful can be predicted or exported from them.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { concatBytes, modelFolderOf, type ModelFiles, type ModelFolder } from '../formats/model-folder.js';
import { notReadReason, readRegularFile } from './files.js';

export type { ModelFiles, ModelFolder };


/** model.json describes the network and names the weights; a few MiB even for thousands of layers. */
export const MAX_MODEL_JSON_BYTES = 64 * 2 ** 20;

/** The weights lenetc reads at most: 2 GiB of float32 is already more than check lets a model have. */
export const MAX_WEIGHT_BYTES = 2 * 2 ** 30;

/** Bytes per element of each dtype a weights manifest may name. */
const BYTES: Partial<Record<string, number>> = { float32: 4, int32: 4, bool: 1 };

/** One weight of a manifest group, as far as this reader needs it. */
interface ManifestWeight {
  name: string;
  shape: number[];
  dtype: string;
}

/**
 * The files of the model folder `dir`, checked as the module comment says; `shown` names the
 * folder in messages. UserError NO_MODEL (no model.json), MODEL_DAMAGED (anything unsafe or
 * inconsistent) or MODEL_NOT_FINITE (NaN or infinite weights).
 */
export async function readModelFiles(dir: string, shown: string = dir): Promise<ModelFiles> {
  const damaged = (problem: string) => new UserError('MODEL_DAMAGED', { dir: shown, problem });
  const root = await realpath(dir).catch(() => undefined);
  if (root === undefined) throw new UserError('NO_MODEL', { dir: shown, file: 'model.json', hint: 'is this a lenetc run folder that finished at least one epoch?' });
  const read = async (name: string, limit: number, what: string): Promise<Uint8Array | undefined> => {
    const real = await realpath(path.join(dir, name)).catch(() => undefined);
    if (real === undefined) return undefined;
    if (!real.startsWith(root + path.sep)) throw damaged(`${what} ${JSON.stringify(name)} is a link to ${real}, outside the folder`);
    const bytes = await readRegularFile(real, limit);
    if (bytes instanceof Uint8Array) return bytes;
    if (bytes.kind === 'missing') return undefined;
    throw damaged(`${what} ${JSON.stringify(name)}: ${notReadReason(bytes)}`);
  };

  const jsonBytes = await read('model.json', MAX_MODEL_JSON_BYTES, 'model.json');
  if (jsonBytes === undefined) throw new UserError('NO_MODEL', { dir: shown, file: 'model.json', hint: 'is this a lenetc run folder that finished at least one epoch?' });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(jsonBytes));
  } catch {
    throw new UserError('NOT_JSON', { file: path.join(shown, 'model.json'), hint: 'the model folder is damaged or not lenetc\'s' });
  }
  const groups = manifestOf(json);
  if (typeof groups === 'string') throw damaged(groups);

  const expected = groups.flatMap((g) => g.weights).reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1) * BYTES[w.dtype]!, 0);
  if (expected > MAX_WEIGHT_BYTES) throw damaged(`model.json describes ${expected.toLocaleString('en-US')} bytes of weights, more than the ${MAX_WEIGHT_BYTES.toLocaleString('en-US')} lenetc reads`);
  const files: ModelFiles = { 'model.json': new TextDecoder().decode(jsonBytes) };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (const name of groups.flatMap((g) => g.paths)) {
    // a weight file is a plain name beside model.json, never a path of its own
    if (!isPlainName(name)) throw damaged(`model.json names the weight file ${JSON.stringify(name)}, outside its folder`);
    if (files[name] !== undefined) throw damaged(`model.json names the weight file ${JSON.stringify(name)} twice`);
    // at most what the manifest still describes: a longer file is refused before it is read
    const bytes = await read(name, Math.max(0, expected - total), 'the weight file');
    if (bytes === undefined) throw damaged(`model.json names ${name}, which is missing`);
    files[name] = bytes;
    chunks.push(bytes);
    total += bytes.byteLength;
  }
  if (total !== expected) throw damaged(`the weight files hold ${total} bytes but model.json describes ${expected}`);
  checkFinite(groups.flatMap((g) => g.weights), chunks, shown);
  return files;
}

/** A name that stays in its folder: one path segment, not `.`, `..` or model.json itself. */
function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && name !== 'model.json' && !/[/\\\0]/.test(name) && !path.isAbsolute(name);
}

/** model.json's weight groups, checked for shape, or what is wrong with them. */
function manifestOf(json: unknown): { paths: string[]; weights: ManifestWeight[] }[] | string {
  const manifest = (json as { weightsManifest?: unknown } | null)?.weightsManifest;
  const topology = (json as { modelTopology?: unknown } | null)?.modelTopology;
  if (typeof json !== 'object' || json === null || typeof topology !== 'object' || topology === null || !Array.isArray(manifest)) {
    return 'model.json is not a tfjs model (no modelTopology or weightsManifest)';
  }
  const groups: { paths: string[]; weights: ManifestWeight[] }[] = [];
  for (const group of manifest as unknown[]) {
    const { paths, weights } = (group ?? {}) as { paths?: unknown; weights?: unknown };
    if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string')) return 'model.json\'s weightsManifest names its files with something other than strings';
    if (!Array.isArray(weights)) return 'model.json\'s weightsManifest has a group without weights';
    const checked: ManifestWeight[] = [];
    for (const w of weights as { name?: unknown; shape?: unknown; dtype?: unknown }[]) {
      const dtype = w?.dtype ?? 'float32';
      const shapeOk = Array.isArray(w?.shape) && w.shape.every((n) => Number.isSafeInteger(n) && (n as number) >= 0);
      if (typeof w?.name !== 'string' || !shapeOk || typeof dtype !== 'string' || BYTES[dtype] === undefined) {
        return `model.json's weightsManifest describes a weight lenetc cannot read (${JSON.stringify(w?.name ?? null)})`;
      }
      checked.push({ name: w.name, shape: w.shape as number[], dtype });
    }
    groups.push({ paths: paths as string[], weights: checked });
  }
  return groups;
}

/** Refuses NaN and infinite float32 weights, naming the first weight that holds any. */
function checkFinite(weights: readonly ManifestWeight[], chunks: readonly Uint8Array[], shown: string): void {
  const data = chunks.length === 1 ? chunks[0]! : concatBytes(chunks);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 0;
  for (const w of weights) {
    const count = w.shape.reduce((a, b) => a * b, 1);
    const size = BYTES[w.dtype]!;
    if (w.dtype === 'float32') {
      let bad = 0;
      for (let i = 0; i < count; i++) if (!Number.isFinite(view.getFloat32(offset + 4 * i, true))) bad++;
      if (bad > 0) throw new UserError('MODEL_NOT_FINITE', { dir: shown, weight: w.name, count: bad, total: count });
    }
    offset += count * size;
  }
}

/**
 * Reads the model folder `dir` (holding model.json) through readModelFiles (nothing outside the
 * folder, no special files, bounded sizes, finite weights); `shown` names it in messages.
 * UserError when it is unreadable or inconsistent.
 */
export async function readModelFolder(dir: string, shown: string = dir): Promise<ModelFolder> {
  return modelFolderOf(await readModelFiles(dir, shown), shown);
}
