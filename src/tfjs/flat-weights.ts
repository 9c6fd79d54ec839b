/**
 * A tfjs network's weights and optimizer state to and from a compiled program's flat layout (the
 * lowered graph's parameter slots): the WebGPU engine and the CPU program keep every weight in
 * one buffer, and checkpoints stay tfjs's own formats, so a run saved by one engine resumes on
 * any other.
 */
import * as tf from '@tensorflow/tfjs';
import type { Graph } from '../codegen/wgsl/graph.js';
import { UserError } from '../errors.js';
import { modelFiles, weightBytes } from './model-files.js';
import type { TrainerState, WeightSpec } from '../train/trainer.js';

/** What these helpers read of a compiled program: its graph's slots and its optimizer's state suffixes. */
export interface FlatLayout {
  graph: Pick<Graph, 'params' | 'paramFloats' | 'trainableFloats'>;
  /** The optimizer's state buffers by tfjs's suffix (`momentum`, `m`, `v`...). */
  states: readonly string[];
}

/** Trainable parameter slots in the order tfjs's optimizer sees the variables, with their variable names. */
function trainableSlots(layout: FlatLayout, net: tf.LayersModel) {
  const byName = new Map(layout.graph.params.map((p) => [p.name, p]));
  return net.trainableWeights.map((w) => ({ slot: byName.get(w.originalName)!, variable: (w.read() as tf.Variable).name }));
}

/** `net`'s weights in the program's flat parameter layout (a weight the program lacks, of a layer the output does not depend on, is not in `net` either). */
export function flatParams(layout: FlatLayout, net: tf.LayersModel): Float32Array<ArrayBuffer> {
  const byName = new Map(net.weights.map((w) => [w.originalName, w]));
  const flat = new Float32Array(layout.graph.paramFloats);
  for (const p of layout.graph.params) flat.set(byName.get(p.name)!.read().dataSync(), p.offset);
  return flat;
}

/** A checkpoint of `net` holding the flat `params`, with the optimizer's `iterations` and flat `states` in tfjs's getWeights order. */
export async function flatState(layout: FlatLayout, net: tf.LayersModel, params: Float32Array, iterations: number, states: readonly Float32Array[]): Promise<TrainerState> {
  const byName = new Map(layout.graph.params.map((p) => [p.name, p]));
  tf.tidy(() => net.setWeights(net.weights.map((w) => {
    const slot = byName.get(w.originalName)!;
    return tf.tensor(params.subarray(slot.offset, slot.offset + slot.size), w.shape as number[]);
  })));
  // tfjs's getWeights order: the iteration count, then each state buffer's variables in turn
  const trainable = trainableSlots(layout, net);
  const named: { name: string; tensor: tf.Tensor }[] = [{ name: 'iter', tensor: tf.scalar(iterations, 'int32') }];
  layout.states.forEach((suffix, k) => {
    for (const { slot, variable } of trainable) {
      named.push({ name: `${variable}/${suffix}`, tensor: tf.tensor(states[k]!.subarray(slot.trainableOffset, slot.trainableOffset + slot.size), slot.shape as number[]) });
    }
  });
  const { data, specs } = await tf.io.encodeWeights(named);
  tf.dispose(named.map((n) => n.tensor));
  return { model: await modelFiles(net), optimizer: { specs: specs as WeightSpec[], data: new Uint8Array(data) } };
}

/** A checkpoint's optimizer (tfjs getWeights order) as the iteration count and flat state buffers (zeros where it has none yet); `where` names it in errors. */
export function flatOptimizer(layout: FlatLayout, net: tf.LayersModel, saved: TrainerState['optimizer'], where: string): { iterations: number; states: Float32Array<ArrayBuffer>[] } {
  const trainable = trainableSlots(layout, net);
  const expectedSpecs = 1 + layout.states.length * trainable.length;
  // tfjs makes an optimizer's state variables at its first step: saved before one, only `iter` is there
  const fresh = saved.specs.length === 1;
  if ((saved.specs.length !== expectedSpecs && !fresh) || saved.data.byteLength !== weightBytes(saved.specs)) {
    throw new UserError('CHECKPOINT_DAMAGED', { file: `${where}/optimizer.json`, problem: `lists ${saved.specs.length} optimizer variables, where this spec's optimizer has ${expectedSpecs}` });
  }
  const decoded = tf.io.decodeWeights(saved.data.slice().buffer, saved.specs as tf.io.WeightsManifestEntry[]);
  try {
    const iterations = decoded[saved.specs[0]!.name]!.dataSync()[0]!;
    const states = layout.states.map(() => new Float32Array(layout.graph.trainableFloats) as Float32Array<ArrayBuffer>);
    saved.specs.slice(1).forEach((spec, i) => {
      const k = Math.floor(i / trainable.length);
      const { slot } = trainable[i % trainable.length]!;
      states[k]!.set(decoded[spec.name]!.dataSync(), slot.trainableOffset);
    });
    return { iterations, states };
  } finally {
    tf.dispose(Object.values(decoded));
  }
}
