/** A tfjs model folder (model.json and its weight files) read as data, without TensorFlow.js. */
import type { NamedWeight } from '../plan/weights.js';
import { splitWeights, type WeightGroup } from './weights-manifest.js';
import { UserError } from '../errors.js';

/** A model folder's files by name: `model.json` (as text) and the weight files its manifest names. */
export type ModelFiles = Record<string, string | Uint8Array>;

/** What a model folder holds: the topology, the weight manifest, and every weight by name. */
export interface ModelFolder {
  /** model.json's `modelTopology` (Keras JSON). */
  topology: unknown;
  manifest: WeightGroup[];
  /** The files model.json and the manifest name, model.json first. */
  files: string[];
  /** Those files' contents, as read (a copy of the folder writes these, never reads again). */
  contents: ModelFiles;
  weights: Map<string, NamedWeight>;
}

/**
 * The model folder whose files are `contents` (model.json first, then the weight files its
 * manifest names: what src/node/model-folder.ts's readModelFolder reads, checked); `shown` names
 * it in messages. UserError MODEL_DAMAGED when the weights do not fit the manifest.
 */
export function modelFolderOf(contents: ModelFiles, shown: string): ModelFolder {
  const json = JSON.parse(contents['model.json'] as string) as { modelTopology: unknown; weightsManifest: WeightGroup[] };
  const manifest = json.weightsManifest;
  const paths = manifest.flatMap((group) => group.paths);
  const weights = splitWeights(manifest, concatBytes(paths.map((p) => contents[p] as Uint8Array)));
  if (typeof weights === 'string') throw new UserError('MODEL_DAMAGED', { dir: shown, problem: weights });
  return { topology: json.modelTopology, manifest, files: ['model.json', ...paths], contents, weights };
}

/** `parts` end to end (no copy for one). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
