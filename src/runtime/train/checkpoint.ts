/**
 * Checkpoints: everything a run needs to go on exactly where it stopped — weights, optimizer
 * state, the RNG, the position in the epoch and the metrics so far — in one folder that is
 * replaced whole (see writeDirAtomic).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../../errors.js';
import type { EpochMetrics } from './metrics.js';
import { findDir, loadModelFolder, modelFiles, RUN_FILES, writeDirAtomic } from './run-folder.js';

/** Where in the run a checkpoint was taken. */
export interface CheckpointState {
  version: 1;
  /** Epochs finished. */
  epoch: number;
  /** Batches finished of epoch `epoch + 1` (0 at an epoch boundary). */
  batch: number;
  /** The RNG's state when epoch `epoch + 1` began (it draws that epoch's order) and now. */
  rng: { epochStart: number; now: number };
  /** Sums over the finished batches of the unfinished epoch. */
  partial: { lossSum: number; correct: number; seen: number; seconds: number };
  metrics: EpochMetrics[];
}

/** A checkpoint read back: the state, the model and the optimizer's saved variables. */
export interface LoadedCheckpoint {
  state: CheckpointState;
  net: tf.LayersModel;
  /** Pass to optimizer.setWeights, then dispose. */
  optimizerWeights: { name: string; tensor: tf.Tensor }[];
}

/** Writes the checkpoint of `runDir`, replacing the previous one only once it is complete. */
export async function saveCheckpoint(runDir: string, state: CheckpointState, net: tf.LayersModel, optimizer: tf.Optimizer): Promise<void> {
  const named = await optimizer.getWeights();
  const { data, specs } = await tf.io.encodeWeights(named);
  // getWeights makes a fresh tensor for the iteration count; the rest are the optimizer's own
  const iterations = named.find((n) => n.name === 'iter');
  if (iterations) iterations.tensor.dispose();
  await writeDirAtomic(path.join(runDir, RUN_FILES.checkpoint), {
    ...(await modelFiles(net)),
    'optimizer.json': JSON.stringify(specs),
    'optimizer.bin': new Uint8Array(data),
    'state.json': `${JSON.stringify(state, null, 2)}\n`,
  });
}

/** Reads the last checkpoint of `runDir`. */
export async function loadCheckpoint(runDir: string): Promise<LoadedCheckpoint> {
  const dir = await findDir(path.join(runDir, RUN_FILES.checkpoint));
  if (!dir) throw new UserError('NO_CHECKPOINT', { runDir });
  const state = JSON.parse(await readFile(path.join(dir, 'state.json'), 'utf8')) as CheckpointState;
  if (state.version !== 1) throw new UserError('CHECKPOINT_VERSION', { file: `${dir}/state.json`, version: String(state.version) });
  const specs = JSON.parse(await readFile(path.join(dir, 'optimizer.json'), 'utf8')) as tf.io.WeightsManifestEntry[];
  const bytes = await readFile(path.join(dir, 'optimizer.bin'));
  const decoded = tf.io.decodeWeights(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), specs);
  // setWeights reads them by position: keep the saved order
  const optimizerWeights = specs.map((s) => ({ name: s.name, tensor: decoded[s.name] }));
  const net = await loadModelFolder(dir);
  return { state, net, optimizerWeights };
}
