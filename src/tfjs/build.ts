/**
 * Builds the tfjs model of a checked spec from the plan's tfjs projection (src/plan/tfjs.ts): a
 * tf.Sequential for a network that is one line of layers, a functional tf.model for one with
 * branches. The model carries what the plan says its output is (model.json's
 * userDefinedMetadata), so training, evaluation, predict and export read it from there.
 */
import * as tf from '@tensorflow/tfjs';
import type { NetModel } from '../model.js';
import { planModel, type ModelPlan, type OutputKind } from '../plan/index.js';
import { tfjsLayers, type TfLayer } from '../plan/tfjs.js';
import { inferShapes } from '../shape-inference/index.js';
import { fuseLayer } from './fused.js';

/** What lenetc keeps in a model's userDefinedMetadata. */
export interface LenetcMetadata {
  /** The plan's output kind: logits, or probabilities from a softmax. */
  output: OutputKind;
  /**
   * The dropout layers' names in the plan's order: layer i draws mask stream i, on every
   * trainer. A functional model lists its layers in its own order, so the plan's is kept here.
   */
  dropout?: string[];
}

/**
 * A fresh, uncompiled tfjs model for a shape-checked `model`; `seed` makes its initial weights
 * reproducible.
 */
export function buildModel(model: NetModel, seed?: number): tf.LayersModel {
  return buildFromPlan(planModel(model, inferShapes(model), { seed }));
}

/** The tfjs model of `plan`. */
export function buildFromPlan(plan: ModelPlan): tf.LayersModel {
  const layers = tfjsLayers(plan);
  const trained = upstreamOfWeights(layers);
  const create = (planned: TfLayer, extra: Record<string, unknown> = {}) => {
    // the args are JSON-shaped tfjs constructor arguments; each factory takes its own subset
    const factory = tf.layers[planned.fn] as (a: Record<string, unknown>) => tf.layers.Layer;
    const layer = factory({ ...planned.args, name: planned.name, ...extra });
    // a conv or dense layer with no weights before it needs no input gradient
    if (planned.fn === 'conv2d' || planned.fn === 'dense') fuseLayer(layer, planned.fn, !trained.has(planned.name));
    return layer;
  };
  let net: tf.LayersModel;
  if (!plan.branched) {
    const sequential = tf.sequential({ name: plan.tfName });
    layers.forEach((planned, i) => sequential.add(create(planned, i === 0 ? { inputShape: [...plan.input] } : {})));
    net = sequential;
  } else {
    const input = tf.input({ shape: [...plan.input], name: 'input' });
    const outputs = new Map<string, tf.SymbolicTensor>([['input', input]]);
    for (const planned of layers) {
      const inputs = planned.inputs.map((name) => outputs.get(name)!);
      outputs.set(planned.name, create(planned).apply(inputs.length === 1 ? inputs[0]! : inputs) as tf.SymbolicTensor);
    }
    net = tf.model({ inputs: input, outputs: outputs.get(layers[layers.length - 1]!.name)!, name: plan.tfName });
  }
  const dropout = plan.nodes.flatMap((n) => (n.op === 'dropout' ? [n] : [])).sort((a, b) => a.stream - b.stream).map((n) => n.name);
  net.setUserDefinedMetadata({ lenetc: { output: plan.output.kind, ...(dropout.length ? { dropout } : {}) } satisfies LenetcMetadata });
  return net;
}

/** The tfjs layers that come after a layer with weights, on some path from the input. */
function upstreamOfWeights(layers: readonly TfLayer[]): Set<string> {
  const after = new Set<string>();
  const weighted = new Set<string>();
  for (const l of layers) {
    if (l.inputs.some((name) => weighted.has(name) || after.has(name))) after.add(l.name);
    if (l.fn === 'conv2d' || l.fn === 'dense' || l.fn === 'batchNormalization') weighted.add(l.name);
  }
  return after;
}

/**
 * What `net`'s output is, as its plan decided: a model lenetc built or saved says so in its
 * metadata. Then the loss takes the log of probabilities instead of log-softmax of logits, and
 * predict reads probabilities as they are.
 */
export function outputKind(net: tf.LayersModel): OutputKind {
  const metadata = net.getUserDefinedMetadata() as { lenetc?: Partial<LenetcMetadata> } | undefined;
  const output = metadata?.lenetc?.output;
  if (output !== 'logits' && output !== 'probabilities') throw new Error(`model ${net.name} says nothing of its output: build it with buildModel or load it with loadModelFolder`);
  return output;
}

/**
 * The mask stream of each of `net`'s dropout layers, by name: the plan's, as its metadata keeps
 * it; for a model saved before lenetc kept it (always a line of layers), their order in `net`.
 */
export function dropoutStreams(net: tf.LayersModel): Map<string, number> {
  const metadata = net.getUserDefinedMetadata() as { lenetc?: Partial<LenetcMetadata> } | undefined;
  const names = metadata?.lenetc?.dropout ?? net.layers.filter((l) => l.getClassName() === 'Dropout').map((l) => l.name);
  return new Map(names.map((name, stream) => [name, stream]));
}

/** Records `output` in `net`'s metadata: for a model folder written before lenetc kept it there. */
export function setOutputKind(net: tf.LayersModel, output: OutputKind): void {
  const metadata = (net.getUserDefinedMetadata() ?? {}) as Record<string, unknown>;
  net.setUserDefinedMetadata({ ...metadata, lenetc: { ...(metadata.lenetc as object | undefined), output } });
}
