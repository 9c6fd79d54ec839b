/**
 * Whole-model checks that run after the per-layer rules: do the input and the output fit the
 * data set, would anything be too large to allocate, and what would train badly (warnings).
 * They run even when a layer's shape failed, using only what is still known (the layers
 * before it, the spec's own numbers).
 */
import { error, warning, type Diagnostic, type SpecFix, type SpecValue } from '../diagnostics.js';
import { formatShape } from '../format.js';
import { DATASET_SHAPES, isFolderDataset, outputActivation, outputTail, type Layer, type NetModel } from '../model.js';
import { elementCount, isSpatial } from './rules/result.js';
import type { LayerReport } from './types.js';

/** tfjs indexes tensors with 32-bit integers; past this no backend can hold a tensor. */
export const MAX_TENSOR_ELEMENTS = 2 ** 31;
/** More float32 parameters or batch activations than this would not fit any machine we run on. */
export const MAX_BYTES = 8 * 2 ** 30;
/** Bytes of one float32, the only dtype our models use. */
export const FLOAT32_BYTES = 4;

/** What the checks know of the dataset: its name in messages and its number of classes. */
export interface DatasetFacts {
  name: string;
  classes: number;
}

/** What inference learned, for the checks. */
export interface InferredModel {
  model: NetModel;
  /** A folder dataset's facts, read by the caller (the stages read no files); built-in ones are known. */
  data?: DatasetFacts;
  /** Reports of the layers whose shapes were computed, in order. */
  layers: readonly LayerReport[];
  /** Element count of each computed layer's largest weight tensor, parallel to `layers`. */
  largestWeights: readonly number[];
  /** False when a layer's shape failed, so the output shape is unknown. */
  complete: boolean;
  params: number;
  activationBytesPerExample: number;
}

/**
 * INPUT_MISMATCH, CLASS_MISMATCH, NO_CLASSIFIER and the too-large diagnostics for one inferred
 * model, and the STRIDE_SKIPS_INPUT and LOGITS_ACTIVATION warnings.
 */
export function checkModel(inferred: InferredModel): Diagnostic[] {
  return [...checkInput(inferred.model), ...checkClassifier(inferred), ...checkSizes(inferred), ...checkStrides(inferred.model), ...checkLogits(inferred.model)];
}

/**
 * The input must be a built-in data set's image shape: known statically, so `check` says so,
 * not `train` after loading the data. A folder's images are resized to the input, whatever it
 * is; a spec that names no data set is an architecture, held to none.
 */
function checkInput(model: NetModel): Diagnostic[] {
  const { dataset } = model.train;
  if (isFolderDataset(dataset) || model.train.datasetImplied) return [];
  const expected = DATASET_SHAPES[dataset].input;
  if (model.input.every((n, i) => n === expected[i])) return [];
  return [error('INPUT_MISMATCH', {
    model: formatShape(model.input), images: formatShape(expected), dataset, fixes: [{ edits: [{ path: ['input'], value: expected }] }],
  }, { path: ['input'] })];
}

/** A built-in dataset's facts, or the ones given for a folder (none when no one read it, or the spec names none). */
function datasetFacts(model: NetModel, given: DatasetFacts | undefined): DatasetFacts | undefined {
  const { dataset } = model.train;
  if (isFolderDataset(dataset)) return given;
  return model.train.datasetImplied ? undefined : { name: dataset, classes: DATASET_SHAPES[dataset].classes };
}

/** The output must be flat with one unit per class of the dataset. */
function checkClassifier({ model, layers, complete, data }: InferredModel): Diagnostic[] {
  const facts = datasetFacts(model, data);
  // a folder nobody read: the class count is unknown, and so is what to check the output against
  if (!facts) return [];
  const classes = facts.classes;
  const last = model.layers[model.layers.length - 1];
  if (last === undefined) return [];
  // the layer that set the output's width; dropout, activation and batchnorm after it keep it
  const tail = outputTail(model);
  const widthLayer = tail[tail.length - 1]!;
  const output = layers.find((r) => r.index === last.index)?.output;
  if (!complete || !output) {
    // the output shape is unknown, but a final dense layer's units are known from the spec alone
    if (widthLayer.kind === 'dense' && widthLayer.units !== classes) return [classMismatch(facts, model, widthLayer, widthLayer.units, classes)];
    return [];
  }
  if (isSpatial(output)) {
    const end = ['layers', model.layers.length];
    const fix: SpecFix = { edits: [{ insert: { before: end, layer: 'flatten' } }, { insert: { before: end, layer: classifier(classes) } }] };
    return [error('NO_CLASSIFIER', { shape: formatShape(output), classes, dataset: facts.name, fixes: [fix] }, { path: last.path })];
  }
  if (output[0] !== classes) return [classMismatch(facts, model, widthLayer, output[0]!, classes)];
  return [];
}

/** The output's width is set by `layer`: its units change, or a dense layer of the right width goes at the end. */
function classMismatch(facts: DatasetFacts, model: NetModel, layer: Layer, units: number, classes: number): Diagnostic {
  const dense = layer.kind === 'dense';
  const fix: SpecFix = dense
    ? { edits: [{ path: [...layer.path, 'dense', 'units'], value: classes }] }
    : { edits: [{ insert: { before: ['layers', model.layers.length], layer: classifier(classes) } }] };
  return error('CLASS_MISMATCH', { units, classes, dataset: facts.name, fixes: [fix] }, { path: dense ? [...layer.path, 'dense', 'units'] : layer.path });
}

/** The layer that ends a classifier: one unit per class, logits for the loss. */
function classifier(classes: number): SpecValue {
  return { dense: { units: classes, activation: 'none' } };
}

/**
 * Sizes that would exhaust memory, reported before anything tries to allocate them. Counts
 * are doubles: exact up to 2^53 and merely approximate beyond, which is plenty to say "too big".
 */
function checkSizes({ model, layers, largestWeights, params, activationBytesPerExample }: InferredModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const batch = model.train.batch_size;
  const inputElements = model.input[0] * model.input[1] * model.input[2];
  if (inputElements * batch > MAX_TENSOR_ELEMENTS) {
    diagnostics.push(tooLarge(`a batch of ${batch} inputs of ${formatShape(model.input)}`, inputElements * batch, ['input']));
  }
  // one diagnostic per kind of excess: the first layer that shows it is where to start fixing
  const activation = layers.find((l) => elementCount(l.output) * batch > MAX_TENSOR_ELEMENTS);
  if (activation) {
    diagnostics.push(tooLarge(`${activation.name}'s output for a batch of ${batch} (${formatShape(activation.output)} each)`, elementCount(activation.output) * batch, model.layers[activation.index].path));
  }
  const weightAt = largestWeights.findIndex((n) => n > MAX_TENSOR_ELEMENTS);
  if (weightAt !== -1) {
    const layer = model.layers[layers[weightAt].index];
    const param = layer.kind === 'dense' ? 'units' : 'filters';
    diagnostics.push(tooLarge(`${layer.name}'s weight matrix`, largestWeights[weightAt], [...layer.path, layer.kind, param]));
  }
  if (params * FLOAT32_BYTES > MAX_BYTES) {
    diagnostics.push(error('MODEL_TOO_LARGE', { params: count(params), gib: gib(params * FLOAT32_BYTES), limit: gib(MAX_BYTES) }, { path: ['layers'] }));
  }
  const batchBytes = activationBytesPerExample * batch;
  if (batchBytes > MAX_BYTES) {
    const largest = Math.max(1, Math.floor(MAX_BYTES / activationBytesPerExample));
    diagnostics.push(error('BATCH_TOO_LARGE', {
      batch, gib: gib(batchBytes), perExample: gib(activationBytesPerExample), limit: gib(MAX_BYTES), largest,
    }, { path: ['train', 'batch_size'] }));
  }
  return diagnostics;
}

/**
 * The loss applies softmax to the network's output itself: it wants logits. An activation on
 * them trains badly: softmax twice saturates (the loss then takes the log of clipped
 * probabilities), relu zeroes every negative logit and its gradient, squashing ones bound them.
 */
function checkLogits(model: NetModel): Diagnostic[] {
  const found = outputActivation(model);
  if (!found) return [];
  // the activation set on the layer goes to none; an activation layer goes
  const fix: SpecFix = { edits: [found.layer.kind === 'activation' ? { remove: found.layer.path } : { path: found.path, value: 'none' }] };
  return [warning('LOGITS_ACTIVATION', { layer: found.layer.name, activation: found.activation, fixes: [fix] }, { path: found.path })];
}

/**
 * A window that moves further than its own size never reads the rows and columns in between;
 * except a residual block's 1×1 strided shortcut (ResNet's projection), which is meant to.
 */
function checkStrides(model: NetModel): Diagnostic[] {
  const shortcuts = projectionShortcuts(model);
  return model.layers.flatMap((layer) => {
    if (layer.kind !== 'conv' && layer.kind !== 'pool') return [];
    const window = layer.kind === 'conv' ? layer.kernel : layer.size;
    if (window === 'global' || shortcuts.has(layer.name)) return [];
    if (layer.stride[0] <= window[0] && layer.stride[1] <= window[1]) return [];
    // a stride no larger than the window in either dimension
    const fix: SpecFix = { edits: [{ path: [...layer.path, layer.kind, 'stride'], value: Math.min(...layer.stride, ...window) }] };
    return [warning('STRIDE_SKIPS_INPUT', {
      layer: layer.name, stride: formatShape(layer.stride), window: formatShape(window), what: layer.kind === 'conv' ? 'kernel' : 'window',
      larger: Math.max(...layer.stride), fixes: [fix],
    }, { path: [...layer.path, layer.kind, 'stride'] })];
  });
}

/** 1×1 convs whose output reaches an add, through nothing but batch norm or an activation. */
function projectionShortcuts(model: NetModel): Set<string> {
  const takers = new Map<string, Layer[]>();
  for (const l of model.layers) for (const name of l.inputs) takers.set(name, [...(takers.get(name) ?? []), l]);
  const reachesAdd = (name: string): boolean => (takers.get(name) ?? []).some((t) => t.kind === 'add' || ((t.kind === 'batchnorm' || t.kind === 'activation') && reachesAdd(t.name)));
  return new Set(model.layers.filter((l) => l.kind === 'conv' && l.kernel[0] === 1 && l.kernel[1] === 1 && reachesAdd(l.name)).map((l) => l.name));
}

function tooLarge(what: string, n: number, path: readonly (string | number)[]): Diagnostic {
  return error('TENSOR_TOO_LARGE', { what, elements: count(n), gib: gib(n * FLOAT32_BYTES) }, { path });
}

/** 61,706, or 1.23e+21 where grouping digits would only pretend to precision. */
function count(n: number): string {
  return Number.isSafeInteger(n) ? n.toLocaleString('en-US') : n.toExponential(2);
}

function gib(bytes: number): string {
  const g = bytes / 2 ** 30;
  return g < 1e6 ? g.toFixed(1) : g.toExponential(2);
}
