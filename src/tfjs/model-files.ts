/**
 * tfjs networks to and from the files of a tfjs-format model folder (model.json and its
 * weight files), held in memory: reading and writing them is the run folder's business.
 */
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../errors.js';
import type { OutputKind } from '../plan/index.js';
import { outputKind, setOutputKind } from './build.js';
import type { TrainerState, WeightSpec } from '../train/trainer.js';

/** Bytes per element of each dtype a weights manifest may name. */
const BYTES: Partial<Record<string, number>> = { float32: 4, int32: 4, bool: 1, complex64: 8 };

/** A model folder's files by name: `model.json` and the weight files its manifest names. */
export type ModelFiles = TrainerState['model'];

/** The files of a tfjs-format model folder for `net`: model.json and weights.bin. */
export async function modelFiles(net: tf.LayersModel): Promise<ModelFiles> {
  let saved: tf.io.ModelArtifacts | undefined;
  await net.save(tf.io.withSaveHandler(async (artifacts) => {
    saved = artifacts;
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }));
  if (!saved) throw new Error('tfjs did not hand over the model artifacts');
  const weights = tf.io.CompositeArrayBuffer.join(saved.weightData ?? new ArrayBuffer(0));
  const json = JSON.stringify({
    format: saved.format ?? 'layers-model',
    generatedBy: saved.generatedBy,
    convertedBy: saved.convertedBy ?? null,
    modelTopology: saved.modelTopology,
    weightsManifest: [{ paths: ['weights.bin'], weights: saved.weightSpecs ?? [] }],
    // what the plan says the output is (tfjs/build.ts), so whoever loads the folder reads it as trained
    ...(saved.userDefinedMetadata ? { userDefinedMetadata: saved.userDefinedMetadata } : {}),
  });
  return { 'model.json': json, 'weights.bin': new Uint8Array(weights) };
}

/** The parsed model.json of `files` and its weights, checked against the manifest; `where` names the folder in errors. */
export function modelArtifacts(files: ModelFiles, where: string): { json: tf.io.ModelJSON; specs: WeightSpec[]; data: ArrayBuffer } {
  const text = files['model.json'];
  if (text === undefined) throw new UserError('NO_MODEL', { dir: where, file: 'model.json', hint: 'is this a lenetc run folder that finished at least one epoch?' });
  let json: tf.io.ModelJSON;
  try {
    json = JSON.parse(typeof text === 'string' ? text : new TextDecoder().decode(text)) as tf.io.ModelJSON;
  } catch {
    throw new UserError('NOT_JSON', { file: `${where}/model.json`, hint: 'the run folder is damaged; train the run again' });
  }
  const manifest = Array.isArray(json?.weightsManifest) ? json.weightsManifest : undefined;
  if (typeof json?.modelTopology !== 'object' || json.modelTopology === null || !manifest) {
    throw new UserError('MODEL_DAMAGED', { dir: where, problem: 'model.json is not a tfjs model (no modelTopology or weightsManifest)' });
  }
  const specs = manifest.flatMap((group) => group.weights) as WeightSpec[];
  const buffers = manifest.flatMap((group) => group.paths).map((p) => {
    const data = files[p];
    if (data === undefined) throw new UserError('MODEL_DAMAGED', { dir: where, problem: `model.json names ${p}, which is missing` });
    return typeof data === 'string' ? new TextEncoder().encode(data) : data;
  });
  const bytes = new Uint8Array(buffers.reduce((n, b) => n + b.byteLength, 0));
  let offset = 0;
  for (const b of buffers) {
    bytes.set(b, offset);
    offset += b.byteLength;
  }
  const expected = weightBytes(specs);
  if (bytes.byteLength !== expected) {
    throw new UserError('MODEL_DAMAGED', { dir: where, problem: `the weight files hold ${bytes.byteLength} bytes but model.json describes ${expected}` });
  }
  return { json, specs, data: bytes.buffer };
}

/** Bytes of the weights `specs` describe, as tf.io.encodeWeights lays them out. */
export function weightBytes(specs: readonly WeightSpec[]): number {
  return specs.reduce((n, s) => n + (Array.isArray(s?.shape) ? s.shape.reduce((a, b) => a * b, 1) : NaN) * (BYTES[s.dtype ?? 'float32'] ?? 4), 0);
}

/** The tfjs network of a model folder's files; `where` names the folder in errors. */
export async function loadModel(files: ModelFiles, where: string): Promise<tf.LayersModel> {
  const { json, specs, data } = modelArtifacts(files, where);
  let net: tf.LayersModel;
  try {
    net = await tf.loadLayersModel(tf.io.fromMemory({
      modelTopology: json.modelTopology, weightSpecs: specs, weightData: data, format: json.format, generatedBy: json.generatedBy, convertedBy: json.convertedBy,
      ...(json.userDefinedMetadata ? { userDefinedMetadata: json.userDefinedMetadata } : {}),
    }));
  } catch (e) {
    throw new UserError('MODEL_DAMAGED', { dir: where, problem: `model.json describes no model tfjs can build: ${(e as Error).message}` });
  }
  if (!hasOutputKind(net)) setOutputKind(net, legacyOutputKind(net));
  return net;
}

function hasOutputKind(net: tf.LayersModel): boolean {
  try {
    outputKind(net);
    return true;
  } catch {
    return false;
  }
}

/**
 * What a model folder written before lenetc recorded its plan's output kind outputs: those
 * versions took a network whose last layer past any dropout applied softmax as giving
 * probabilities. Only for reading such folders: everything lenetc builds says so itself.
 */
function legacyOutputKind(net: tf.LayersModel): OutputKind {
  const last = [...net.layers].reverse().find((l) => l.getClassName() !== 'Dropout');
  return last?.getConfig().activation === 'softmax' ? 'probabilities' : 'logits';
}

/** Sets `net`'s weights, in order, from a model folder's files; they must be the same network's. */
export function setModelWeights(net: tf.LayersModel, files: ModelFiles, where: string): void {
  const { specs, data } = modelArtifacts(files, where);
  const weights = net.weights;
  const same = specs.length === weights.length && specs.every((s, i) => s.shape.join() === weights[i].shape.join());
  if (!same) {
    throw new UserError('WEIGHTS_MISMATCH', { dir: where });
  }
  const decoded = tf.io.decodeWeights(data, specs as tf.io.WeightsManifestEntry[]);
  const tensors = specs.map((s) => decoded[s.name]);
  net.setWeights(tensors);
  tf.dispose(tensors);
}
