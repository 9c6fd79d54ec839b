/**
 * The normalized internal model: the spec after extends, defaults and overrides are resolved.
 * Every stage after the parser reads only this, never the YAML-shaped spec. The names below
 * are the schema's (schema/lenetc.schema.json) as TypeScript types; test/vocabulary.test.ts
 * checks that the two agree, defaults included.
 */
import type { SpecPath } from './diagnostics.js';

/** Activation names as users write them; `none` means linear. */
export const ACTIVATIONS = [
  'none', 'linear', 'sigmoid', 'relu', 'relu6', 'tanh', 'elu', 'selu', 'gelu', 'gelu_new',
  'softplus', 'softsign', 'softmax', 'swish', 'mish', 'hard_sigmoid',
] as const;
/** An activation name as written in a spec. */
export type Activation = (typeof ACTIVATIONS)[number];

/** Initializer names as users write them (xavier = glorot). */
export const INITIALIZERS = [
  'xavier_uniform', 'xavier_normal', 'glorot_uniform', 'glorot_normal', 'he_uniform', 'he_normal',
  'lecun_uniform', 'lecun_normal', 'zeros', 'ones', 'random_normal', 'random_uniform',
  'truncated_normal', 'orthogonal',
] as const;
/** An initializer name as written in a spec. */
export type Initializer = (typeof INITIALIZERS)[number];

/** The built-in datasets `train.dataset` may name. */
export const DATASETS = ['fashion-mnist', 'mnist'] as const;
/** A built-in dataset's name. */
export type Dataset = (typeof DATASETS)[number];

/** `train.dataset` as a folder of class subfolders (the layout Keras's image_dataset_from_directory reads). */
export interface FolderDataset {
  /** The path as the spec wrote it. */
  folder: string;
  /** The path resolved against the spec file that wrote it (through the spec reader): what is opened. */
  path: string;
  /** The fraction of the images held out for validation, chosen by the seed. */
  validation_split: number;
}

/** Whether `dataset` is a folder rather than a built-in dataset. */
export function isFolderDataset(dataset: Dataset | FolderDataset): dataset is FolderDataset {
  return typeof dataset === 'object';
}

/** How a dataset is named in messages: its name, or its folder as written. */
export function datasetName(dataset: Dataset | FolderDataset): string {
  return isFolderDataset(dataset) ? dataset.folder : dataset;
}

/** The optimizer types `train.optimizer` may name. */
export const OPTIMIZERS = ['sgd', 'momentum', 'adam', 'rmsprop'] as const;

/** The layer kinds, as a spec's `layers` entries name them (a `block` entry expands into these). */
export const LAYER_KINDS = ['conv', 'pool', 'dense', 'dropout', 'batchnorm', 'flatten', 'activation', 'add', 'concat'] as const satisfies readonly Layer['kind'][];

/** The merge kinds: layers that take two or more inputs (`from: [a, b, ...]`). */
export const MERGE_KINDS = ['add', 'concat'] as const satisfies readonly Layer['kind'][];

/** What a layer's `from` may name besides earlier layers: the network's input. */
export const INPUT_NAME = 'input';

/** The pooling types a pool layer or `defaults.pool` may name. */
export const POOL_TYPES = ['avg', 'max'] as const;
/** A pooling type. */
export type PoolType = (typeof POOL_TYPES)[number];

/** [height, width] */
export type Pair = readonly [number, number];

/** Explicit zero padding, per side. */
export interface ExplicitPadding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface LayerBase {
  /** Position in the spec's `layers` list (0-based). */
  index: number;
  /** Unique, readable name: conv1, pool1, dense1... (or the spec's `name:`). */
  name: string;
  /** Path of this layer's entry in the spec, e.g. ['layers', 2] (in the spec with its blocks expanded). */
  path: SpecPath;
  /**
   * The layers whose outputs this one takes, by name (`input` for the network's input): its
   * `from`, else the layer before it. One name, except for merges.
   */
  inputs: readonly string[];
  /** For a layer a block wrote out: the block, the copy (the innermost, for nested blocks) and its parameters' values. */
  block?: { name: string; instance: string; params: Readonly<Record<string, unknown>> };
}

/** A 2-D convolution. */
export interface ConvLayer extends LayerBase {
  kind: 'conv';
  filters: number;
  kernel: Pair;
  stride: Pair;
  /** `same` and `valid` map to tfjs directly; explicit padding becomes zero padding + valid. */
  padding: 'same' | 'valid' | ExplicitPadding;
  activation: Activation;
  init: Initializer;
  bias: boolean;
}

/** Average or max pooling; `global` pools the whole input into 1×1×C. */
export interface PoolLayer extends LayerBase {
  kind: 'pool';
  type: PoolType;
  /** The window, or `global`: the input's whole height and width (then stride and padding are moot). */
  size: Pair | 'global';
  stride: Pair;
  padding: 'same' | 'valid';
}

/** Flattens [h, w, c] into [h·w·c]. */
export interface FlattenLayer extends LayerBase {
  kind: 'flatten';
}

/** A fully connected layer. */
export interface DenseLayer extends LayerBase {
  kind: 'dense';
  units: number;
  activation: Activation;
  init: Initializer;
  bias: boolean;
}

/** Dropout during training. */
export interface DropoutLayer extends LayerBase {
  kind: 'dropout';
  rate: number;
}

/** Batch normalization over the last axis. */
export interface BatchNormLayer extends LayerBase {
  kind: 'batchnorm';
  momentum: number;
  epsilon: number;
}

/** An activation on its own. */
export interface ActivationLayer extends LayerBase {
  kind: 'activation';
  activation: Activation;
}

/** The element-wise sum of two or more inputs of one shape (a residual connection), then an activation. */
export interface AddLayer extends LayerBase {
  kind: 'add';
  activation: Activation;
}

/** Two or more inputs of one height and width, side by side along the channels. */
export interface ConcatLayer extends LayerBase {
  kind: 'concat';
}

/** Any layer of the normalized model. */
export type Layer = ConvLayer | PoolLayer | FlattenLayer | DenseLayer | DropoutLayer | BatchNormLayer | ActivationLayer | AddLayer | ConcatLayer;
/** The kind of a layer: conv, pool, dense... */
export type LayerKind = (typeof LAYER_KINDS)[number];

/** Layers that pass their input's shape through unchanged: they do not end a network's output tail. */
const PASS_THROUGH: ReadonlySet<LayerKind> = new Set(['dropout', 'batchnorm', 'activation']);

/**
 * The layers the network's output comes through last, from the output back: its dropout,
 * batch-norm and activation layers, then the first layer that is none of these (the one that
 * gave the output its width). Whether the output is logits or probabilities, and which layer a
 * class-count problem is at, are read from it.
 */
export function outputTail(model: Pick<NetModel, 'layers'>): Layer[] {
  const byName = new Map(model.layers.map((l) => [l.name, l]));
  const tail: Layer[] = [];
  for (let layer: Layer | undefined = model.layers[model.layers.length - 1]; layer; layer = byName.get(layer.inputs[0]!)) {
    tail.push(layer);
    if (!PASS_THROUGH.has(layer.kind)) break;
  }
  return tail;
}

/** Activations that leave their input as it is. */
const LINEAR_ACTIVATIONS: ReadonlySet<Activation> = new Set(['none', 'linear']);

/**
 * The activation the network's output passes through last, when it has one (not `none`): on
 * the layer that gave the output its width, or an activation layer after it. The loss wants
 * logits, so any activation here trains badly (LOGITS_ACTIVATION); `path` is where it is set.
 */
export function outputActivation(model: Pick<NetModel, 'layers'>): { layer: Layer; activation: Activation; path: (string | number)[] } | undefined {
  for (const layer of outputTail(model)) {
    if (layer.kind === 'activation' && !LINEAR_ACTIVATIONS.has(layer.activation)) return { layer, activation: layer.activation, path: [...layer.path, 'activation'] };
    if ((layer.kind === 'dense' || layer.kind === 'conv' || layer.kind === 'add') && !LINEAR_ACTIVATIONS.has(layer.activation)) {
      return { layer, activation: layer.activation, path: [...layer.path, layer.kind, 'activation'] };
    }
  }
  return undefined;
}

/** Each optimizer's learning rate when a spec sets none (the schema's defaults say the same). */
export const DEFAULT_LR: Readonly<Record<OptimizerConfig['type'], number>> = { sgd: 0.1, momentum: 0.05, adam: 0.001, rmsprop: 0.001 };

/** The optimizer with its parameters, defaults filled in. */
export type OptimizerConfig =
  | { type: 'sgd' }
  | { type: 'momentum'; momentum: number; nesterov: boolean }
  | { type: 'adam'; beta1: number; beta2: number; epsilon: number }
  | { type: 'rmsprop'; rho: number; momentum: number; epsilon: number };

/** How the learning rate changes from epoch to epoch. */
export type ScheduleConfig =
  | { type: 'constant' }
  /** lr · gamma^floor((epoch-1)/step_size) */
  | { type: 'step'; step_size: number; gamma: number }
  /** lr · gamma^(epoch-1) */
  | { type: 'exponential'; gamma: number }
  /** cosine from lr down to min_lr over the run's steps, after `warmup` epochs of linear warmup (both per step) */
  | { type: 'cosine'; min_lr: number; warmup: number };

/** Random training-time changes to the images. */
export interface AugmentConfig {
  /** Random horizontal flips. */
  flip: boolean;
  /** Random shifts of up to this many pixels in each direction (0 = none). */
  shift: number;
}

/** The spec's `train` section, defaults filled in. */
export interface TrainConfig {
  dataset: Dataset | FolderDataset;
  /**
   * True when the spec names no data set (no `train.dataset` after extends and overrides):
   * `dataset` is then the default, which training uses, but `check` holds the architecture to
   * no data set's image shape or class count. Absent means the data set was named.
   */
  datasetImplied?: boolean;
  epochs: number;
  batch_size: number;
  optimizer: OptimizerConfig;
  lr: number;
  schedule: ScheduleConfig;
  weight_decay: number;
  seed: number;
  augment: AugmentConfig;
}

/** A checked, resolved network spec. */
export interface NetModel {
  name: string;
  description?: string;
  /** [height, width, channels] */
  input: readonly [number, number, number];
  layers: Layer[];
  train: TrainConfig;
}

/** What a data set's examples are: the image shape a model must take, and the class count it must output. */
export interface DatasetShape {
  /** [height, width, channels] */
  input: readonly [number, number, number];
  classes: number;
}

/**
 * The built-in data sets' shapes, known without reading them: `check` holds specs to them.
 * (A data set read from a folder will supply its own.)
 */
export const DATASET_SHAPES: Record<Dataset, DatasetShape> = {
  'fashion-mnist': { input: [28, 28, 1], classes: 10 },
  mnist: { input: [28, 28, 1], classes: 10 },
};
