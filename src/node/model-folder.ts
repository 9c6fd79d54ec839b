/** A tfjs model folder (model.json and its weight files) read as data, without TensorFlow.js. */
import fs from 'node:fs';
import path from 'node:path';
import type { NamedWeight } from '../codegen/onnx/index.js';
import { splitWeights, type WeightGroup } from '../codegen/onnx/weights.js';
import { UserError } from '../errors.js';

/** What a model folder holds: the topology, the weight manifest, and every weight by name. */
export interface ModelFolder {
  /** model.json's `modelTopology` (Keras JSON). */
  topology: unknown;
  manifest: WeightGroup[];
  /** The files model.json and the manifest name, model.json first. */
  files: string[];
  weights: Map<string, NamedWeight>;
}

/** Reads the model folder `dir` (holding model.json); UserError when it is unreadable or inconsistent. */
export function readModelFolder(dir: string): ModelFolder {
  const jsonFile = path.join(dir, 'model.json');
  let json: { modelTopology?: unknown; weightsManifest?: WeightGroup[] };
  try {
    json = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as typeof json;
  } catch (e) {
    throw new UserError('MODEL_FOLDER_CORRUPT', { file: jsonFile, reason: `not readable JSON (${e instanceof Error ? e.message : String(e)})` });
  }
  const manifest = json.weightsManifest ?? [];
  const paths = manifest.flatMap((group) => group.paths);
  const buffers = paths.map((file) => {
    try {
      return fs.readFileSync(path.join(dir, file));
    } catch {
      throw new UserError('MODEL_FOLDER_CORRUPT', { file: jsonFile, reason: `cannot read the weight file ${file} it names` });
    }
  });
  const weights = splitWeights(manifest, new Uint8Array(Buffer.concat(buffers)));
  if (typeof weights === 'string') throw new UserError('MODEL_FOLDER_CORRUPT', { file: jsonFile, reason: weights });
  return { topology: json.modelTopology, manifest, files: ['model.json', ...paths], weights };
}
