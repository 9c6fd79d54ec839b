/** A tfjs model folder (model.json and its weight files) read as data, without TensorFlow.js. */
import type { NamedWeight } from '../codegen/onnx/index.js';
import { splitWeights, type WeightGroup } from '../codegen/onnx/weights.js';
import { UserError } from '../errors.js';
import { readModelFiles, type ModelFiles } from '../runtime/model-folder.js';

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
 * Reads the model folder `dir` (holding model.json) through the one model-folder reader
 * (src/runtime/model-folder.ts: nothing outside the folder, no special files, bounded sizes,
 * finite weights); `shown` names it in messages. UserError when it is unreadable or inconsistent.
 */
export async function readModelFolder(dir: string, shown: string = dir): Promise<ModelFolder> {
  const contents = await readModelFiles(dir, shown);
  const json = JSON.parse(contents['model.json'] as string) as { modelTopology: unknown; weightsManifest: WeightGroup[] };
  const manifest = json.weightsManifest;
  const paths = manifest.flatMap((group) => group.paths);
  const bytes = paths.map((p) => contents[p] as Uint8Array);
  const data = bytes.length === 1 ? bytes[0]! : new Uint8Array(Buffer.concat(bytes));
  const weights = splitWeights(manifest, data);
  if (typeof weights === 'string') throw new UserError('MODEL_DAMAGED', { dir: shown, problem: weights });
  return { topology: json.modelTopology, manifest, files: ['model.json', ...paths], contents, weights };
}
