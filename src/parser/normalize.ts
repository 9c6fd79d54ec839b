/** The validated, schema-shaped spec → the normalized NetModel (defaults applied, names given). */
import { error, type Diagnostic } from '../diagnostics.js';
import type {
  Activation, Dataset, ExplicitPadding, FolderDataset, Initializer, Layer, LayerKind, NetModel, OptimizerConfig, Pair, PoolType, ScheduleConfig, TrainConfig,
} from '../model.js';
import { DATASETS } from '../model.js';
import { isMap, type SpecMap } from './extends.js';

/** Learning rates that train LeNet-5 sensibly with each optimizer when the spec sets none. */
const DEFAULT_LR: Record<OptimizerConfig['type'], number> = { sgd: 0.1, momentum: 0.05, adam: 0.001, rmsprop: 0.001 };

/** Builds the model from a spec that passed the schema; reports duplicate layer names. */
export function normalizeSpec(spec: SpecMap): { model?: NetModel; diagnostics: Diagnostic[] } {
  const defaults = (spec.defaults ?? {}) as SpecMap;
  const counts = new Map<LayerKind, number>();
  const layers = (spec.layers as unknown[]).map((entry, index) => {
    const [kind, params] = typeof entry === 'string' ? [entry as LayerKind, {}] : (Object.entries(entry as SpecMap)[0] as [LayerKind, unknown]);
    const count = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, count);
    const p: SpecMap = isMap(params) ? params : {};
    const base = { index, name: typeof p.name === 'string' ? p.name : `${kind}${count}`, path: ['layers', index] };
    return layer(kind, params, p, base, defaults);
  });
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const l of layers) {
    if (seen.has(l.name)) {
      diagnostics.push(error('DUPLICATE_NAME', { name: l.name }, { path: [...l.path, l.kind, 'name'] }));
    }
    seen.add(l.name);
  }
  if (diagnostics.length) return { diagnostics };
  const [h, w, c] = spec.input as number[];
  const model: NetModel = {
    name: spec.name as string,
    ...(typeof spec.description === 'string' ? { description: spec.description } : {}),
    input: [h!, w!, c!],
    layers,
    train: train(isMap(spec.train) ? spec.train : {}),
  };
  return { model, diagnostics };
}

function layer(kind: LayerKind, raw: unknown, p: SpecMap, base: { index: number; name: string; path: (string | number)[] }, defaults: SpecMap): Layer {
  const activation = (p.activation ?? defaults.activation ?? 'none') as Activation;
  const init = (p.init ?? defaults.init ?? 'xavier_uniform') as Initializer;
  const bias = (p.bias ?? defaults.bias ?? true) as boolean;
  switch (kind) {
    case 'conv':
      return { ...base, kind, filters: p.filters as number, kernel: pair(p.kernel), stride: pair(p.stride ?? 1), padding: convPadding(p.padding ?? 0), activation, init, bias };
    case 'pool': {
      const size = pair(p.size);
      return { ...base, kind, type: (p.type ?? defaults.pool ?? 'max') as PoolType, size, stride: p.stride === undefined ? size : pair(p.stride), padding: (p.padding ?? 'valid') as 'same' | 'valid' };
    }
    case 'dense':
      return { ...base, kind, units: p.units as number, activation, init, bias };
    case 'dropout':
      return { ...base, kind, rate: typeof raw === 'number' ? raw : (p.rate as number) };
    case 'batchnorm':
      return { ...base, kind, momentum: (p.momentum ?? 0.99) as number, epsilon: (p.epsilon ?? 1e-3) as number };
    case 'flatten':
      return { ...base, kind };
    case 'activation':
      return { ...base, kind, activation: (typeof raw === 'string' ? raw : p.activation) as Activation };
  }
}

function pair(value: unknown): Pair {
  return Array.isArray(value) ? [value[0] as number, value[1] as number] : [value as number, value as number];
}

/** Explicit zero padding keeps tfjs' same/valid apart from "pad by n": 0 is simply valid. */
function convPadding(value: unknown): 'same' | 'valid' | ExplicitPadding {
  if (value === 'same' || value === 'valid') return value;
  const [ph, pw] = pair(value);
  return ph === 0 && pw === 0 ? 'valid' : { top: ph, bottom: ph, left: pw, right: pw };
}

function train(t: SpecMap): TrainConfig {
  const optimizer = optimizerConfig(t.optimizer ?? 'sgd');
  const augment = isMap(t.augment) ? t.augment : {};
  return {
    dataset: dataset(t),
    ...(t.dataset === undefined ? { datasetImplied: true } : {}),
    epochs: (t.epochs ?? 10) as number,
    batch_size: (t.batch_size ?? 128) as number,
    optimizer,
    lr: (t.lr ?? DEFAULT_LR[optimizer.type]) as number,
    schedule: scheduleConfig(t.schedule ?? 'constant'),
    weight_decay: (t.weight_decay ?? 0) as number,
    seed: (t.seed ?? 42) as number,
    augment: { flip: (augment.flip ?? false) as boolean, shift: (augment.shift ?? 0) as number },
  };
}

/** A built-in name, or a folder (the schema tells them apart: a folder has a `/` or starts with `.`). */
function dataset(t: SpecMap): Dataset | FolderDataset {
  const value = (t.dataset ?? 'fashion-mnist') as string;
  if ((DATASETS as readonly string[]).includes(value)) return value as Dataset;
  // the pipeline resolves `path` against the file that wrote it
  return { folder: value, path: value, validation_split: (t.validation_split ?? 0.2) as number };
}

function optimizerConfig(value: unknown): OptimizerConfig {
  const o: SpecMap = isMap(value) ? value : { type: value };
  const n = (key: string, fallback: number) => (o[key] ?? fallback) as number;
  switch (o.type as OptimizerConfig['type']) {
    case 'sgd': return { type: 'sgd' };
    case 'momentum': return { type: 'momentum', momentum: n('momentum', 0.9), nesterov: (o.nesterov ?? false) as boolean };
    case 'adam': return { type: 'adam', beta1: n('beta1', 0.9), beta2: n('beta2', 0.999), epsilon: n('epsilon', 1e-7) };
    case 'rmsprop': return { type: 'rmsprop', rho: n('rho', 0.9), momentum: n('momentum', 0), epsilon: n('epsilon', 1e-7) };
  }
}

function scheduleConfig(value: unknown): ScheduleConfig {
  const s: SpecMap = isMap(value) ? value : { type: value };
  switch (s.type as ScheduleConfig['type']) {
    case 'constant': return { type: 'constant' };
    case 'step': return { type: 'step', step_size: s.step_size as number, gamma: s.gamma as number };
    case 'exponential': return { type: 'exponential', gamma: s.gamma as number };
    case 'cosine': return { type: 'cosine', min_lr: (s.min_lr ?? 0) as number, warmup: (s.warmup ?? 0) as number };
  }
}
