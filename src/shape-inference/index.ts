/**
 * Shape inference: walks the layers once, in order, applying one pure rule per layer kind to
 * the outputs of the layers each takes, and adds up params, MACs, receptive fields and
 * activation memory; then runs the whole-model checks.
 */
import { say, warning, type Diagnostic } from '../diagnostics.js';
import { INPUT_NAME, type Layer, type NetModel, type Pair } from '../model.js';
import { checkModel, FLOAT32_BYTES, type DatasetFacts } from './checks.js';
import { activationRule } from './rules/activation.js';
import { batchnormRule } from './rules/batchnorm.js';
import { convRule } from './rules/conv.js';
import { denseRule } from './rules/dense.js';
import { dropoutRule } from './rules/dropout.js';
import { flattenRule } from './rules/flatten.js';
import { addRule, concatRule, type MergeInput } from './rules/merge.js';
import { poolRule } from './rules/pool.js';
import { elementCount, isSpatial, type RuleResult } from './rules/result.js';
import type { LayerReport, Shape, ShapeReport } from './types.js';

/**
 * Every layer's shape, params and MACs, the totals, and the shape diagnostics of `model`.
 * `data` gives a folder dataset's class count, for the output check (built-in ones are known).
 * Layers run in order, each on its inputs' outputs; a layer whose shape fails stops the layers
 * that depend on it, while branches that do not still report what they know.
 */
export function inferShapes(model: NetModel, data?: DatasetFacts): ShapeReport {
  const layers: LayerReport[] = [];
  const largestWeights: number[] = [];
  const diagnostics: Diagnostic[] = [];
  const byName = new Map(model.layers.map((l) => [l.name, l]));
  const byIndex = new Map(model.layers.map((l) => [l.index, l]));
  // an input pixel sees itself, and neighbouring pixels are one apart
  const known = new Map<string, Known>([[INPUT_NAME, { shape: model.input, receptiveField: [1, 1], jump: [1, 1] }]]);
  let trainableParams = 0;
  let nonTrainableParams = 0;
  let macs = 0;
  let activationElements = elementCount(model.input);
  let complete = true;
  for (const layer of model.layers) {
    const inputs = layer.inputs.map((name) => known.get(name));
    if (!inputs.every((i): i is Known => i !== undefined)) {
      // an input's shape failed (reported there): this layer's cannot be known either
      complete = false;
      continue;
    }
    const result = applyRule(inputs, layer, byName, byIndex);
    if (!result.ok) {
      diagnostics.push(withCause(result.diagnostic, layer, layers, byIndex));
      complete = false;
      continue;
    }
    // the receptive field along the longest path into this layer
    const widest = inputs.reduce((a, b) => (b.receptiveField[0] * b.receptiveField[1] > a.receptiveField[0] * a.receptiveField[1] ? b : a));
    let { receptiveField, jump } = widest;
    if (result.window) {
      const { kernel, stride } = result.window;
      receptiveField = [receptiveField[0] + (kernel[0] - 1) * jump[0], receptiveField[1] + (kernel[1] - 1) * jump[1]];
      jump = [jump[0] * stride[0], jump[1] * stride[1]];
    }
    const report: LayerReport = {
      index: layer.index,
      kind: layer.kind,
      name: layer.name,
      inputs: layer.inputs,
      input: inputs[0]!.shape,
      inputShapes: inputs.map((i) => i.shape),
      output: result.output,
      params: result.trainableParams + result.nonTrainableParams,
      trainableParams: result.trainableParams,
      nonTrainableParams: result.nonTrainableParams,
      macs: result.macs,
    };
    if (isSpatial(result.output)) {
      report.receptiveField = receptiveField;
      report.jump = jump;
    }
    known.set(layer.name, { shape: result.output, receptiveField, jump });
    layers.push(report);
    largestWeights.push(result.largestWeight);
    trainableParams += result.trainableParams;
    nonTrainableParams += result.nonTrainableParams;
    macs += result.macs;
    activationElements += elementCount(result.output);
  }
  diagnostics.push(...unusedLayers(model));
  const params = trainableParams + nonTrainableParams;
  const activationBytesPerExample = activationElements * FLOAT32_BYTES;
  diagnostics.push(...checkModel({ model, data, layers, largestWeights, complete, params, activationBytesPerExample }));
  return { input: model.input, layers, params, trainableParams, nonTrainableParams, macs, activationBytesPerExample, diagnostics };
}

/** What is known of a computed tensor: its shape and, for spatial ones, how much of the image a unit sees. */
interface Known {
  shape: Shape;
  receptiveField: Pair;
  jump: Pair;
}

function applyRule(inputs: readonly Known[], layer: Layer, byName: ReadonlyMap<string, Layer>, byIndex: ReadonlyMap<number, Layer>): RuleResult {
  const input = inputs[0]!.shape;
  switch (layer.kind) {
    case 'conv': return convRule(input, layer);
    case 'pool': return poolRule(input, layer);
    case 'dense': return denseRule(input, layer, layer.inputs[0] === (byIndex.get(layer.index - 1)?.name ?? INPUT_NAME));
    case 'flatten': return flattenRule(input, layer);
    case 'dropout': return dropoutRule(input, layer);
    case 'batchnorm': return batchnormRule(input, layer);
    case 'activation': return activationRule(input, layer);
    case 'add': return addRule(mergeInputs(inputs, layer, byName), layer, byName);
    case 'concat': return concatRule(mergeInputs(inputs, layer, byName), layer, byName);
  }
}

function mergeInputs(inputs: readonly Known[], layer: Layer, byName: ReadonlyMap<string, Layer>): MergeInput[] {
  return inputs.map((known, k) => ({ name: layer.inputs[k]!, layer: byName.get(layer.inputs[k]!), shape: known.shape }));
}

/**
 * A window that no longer fits its input is often the fault of a layer before it: the note
 * points at the one that shrank the map most on the way there, with what would keep it larger.
 */
function withCause(diagnostic: Diagnostic, layer: Layer, reports: readonly LayerReport[], byLayer: ReadonlyMap<number, Layer>): Diagnostic {
  if (diagnostic.code !== 'NON_POSITIVE_OUTPUT' && diagnostic.code !== 'POOL_LARGER_THAN_INPUT') return diagnostic;
  const byName = new Map(reports.map((r) => [r.name, r]));
  let cause: { report: LayerReport; ratio: number } | undefined;
  for (let r = byName.get(layer.inputs[0]!); r; r = byName.get(r.inputs[0]!)) {
    if ((r.kind !== 'conv' && r.kind !== 'pool') || !isSpatial(r.input) || !isSpatial(r.output)) continue;
    const ratio = (r.output[0]! * r.output[1]!) / (r.input[0]! * r.input[1]!);
    if (ratio < (cause?.ratio ?? 1)) cause = { report: r, ratio };
  }
  // a halving pool is what pools are for: the cause worth naming shrinks more than that
  if (!cause || cause.ratio >= 0.25) return diagnostic;
  const { report } = cause;
  const conv = report.kind === 'conv';
  const shrinking = byLayer.get(report.index);
  const strided = shrinking?.kind === 'conv' && (shrinking.stride[0] > 1 || shrinking.stride[1] > 1);
  const note = {
    message: say('SHRUNK_HERE', { layer: report.name, from: pairSize(report.input), to: pairSize(report.output), conv, strided }).message,
    path: ['layers', report.index, report.kind, conv ? 'kernel' : 'size'],
  };
  return { ...diagnostic, notes: [...(diagnostic.notes ?? []), note] };
}

function pairSize(shape: Shape): string {
  return `${shape[0]}×${shape[1]}`;
}

/** A layer other than the last whose output no later layer takes computes for nothing. */
function unusedLayers(model: NetModel): Diagnostic[] {
  const taken = new Set(model.layers.flatMap((l) => l.inputs));
  return model.layers.slice(0, -1).filter((l) => !taken.has(l.name)).map((l) => warning('UNUSED_LAYER', { layer: l.name }, { path: l.path }));
}
