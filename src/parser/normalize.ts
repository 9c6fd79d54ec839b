/** The validated, schema-shaped spec → the normalized NetModel (defaults applied, names given). */
import { error, type Diagnostic, type SpecPath } from '../diagnostics.js';
import type {
  Activation, Dataset, ExplicitPadding, FolderDataset, Initializer, Layer, LayerKind, NetModel, OptimizerConfig, Pair, PoolType, ScheduleConfig, TrainConfig,
} from '../model.js';
import { DATASETS, DEFAULT_LR, INPUT_NAME } from '../model.js';
import type { Expansion } from './blocks.js';
import { isMap, type SpecMap } from './extends.js';
import { didYouMean } from './suggest.js';

/** Builds the model from a spec that passed the schema, its blocks expanded; reports names that clash and `from`s that name no earlier layer. */
export function normalizeSpec(spec: SpecMap, expansion: Pick<Expansion, 'names' | 'aliases' | 'origins'>): { model?: NetModel; diagnostics: Diagnostic[] } {
  const defaults = (spec.defaults ?? {}) as SpecMap;
  const entries = spec.layers as unknown[];
  const { names, aliases } = expansion;
  const diagnostics: Diagnostic[] = [];
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    const kind = kindOf(entries[i]);
    const path = ['layers', i, kind, 'name'];
    if (name === INPUT_NAME) diagnostics.push(error('RESERVED_NAME', { name }, { path }));
    else if (aliases.has(name)) diagnostics.push(error('DUPLICATE_NAME', { name }, { path, hint: `a block's use is called \`${name}\` too; give one of them another name` }));
    else if (index.has(name)) diagnostics.push(error('DUPLICATE_NAME', { name }, { path }));
    else index.set(name, i);
  });
  const layers = entries.map((entry, i) => {
    const kind = kindOf(entry);
    const params = typeof entry === 'string' ? {} : (entry as SpecMap)[kind];
    const p: SpecMap = isMap(params) ? params : {};
    const path = ['layers', i];
    const inputs = p.from === undefined ? [i === 0 ? INPUT_NAME : names[i - 1]!] : resolveFrom(p.from, [...path, kind, 'from'], names[i]!, i, index, aliases, diagnostics);
    const use = expansion.origins[i]?.uses.at(-1);
    return layer(kind, params, p, { index: i, name: names[i]!, path, inputs, ...(use ? { block: { name: use.block, instance: use.instance, params: use.params } } : {}) }, defaults);
  });
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

function kindOf(entry: unknown): LayerKind {
  return (typeof entry === 'string' ? entry : Object.keys(entry as SpecMap)[0]) as LayerKind;
}

/** A `from` as layer names: block names stand for their last layer, and each must come before `name` (at `at`). */
function resolveFrom(from: unknown, path: SpecPath, name: string, at: number, index: ReadonlyMap<string, number>, aliases: ReadonlyMap<string, string>, diagnostics: Diagnostic[]): string[] {
  const refs = Array.isArray(from) ? from.map(String) : [String(from)];
  return refs.map((ref, k) => {
    const where = { path: Array.isArray(from) ? [...path, k] : path };
    const target = aliases.get(ref) ?? ref;
    if (target === INPUT_NAME) return target;
    const position = index.get(target);
    if (target === name) diagnostics.push(error('SELF_REF', { name }, where));
    else if (position === undefined) {
      const earlier = [INPUT_NAME, ...[...index].filter(([, i]) => i < at).map(([n]) => n), ...[...aliases].filter(([, t]) => (index.get(t) ?? Infinity) < at).map(([n]) => n)];
      diagnostics.push(error('UNKNOWN_LAYER_REF', { name: ref, layer: name }, { ...where, hint: didYouMean(ref, earlier) }));
    } else if (position > at) diagnostics.push(error('LATER_LAYER_REF', { name: ref, layer: name }, where));
    return target;
  });
}

function layer(kind: LayerKind, raw: unknown, p: SpecMap, base: Pick<Layer, 'index' | 'name' | 'path' | 'inputs' | 'block'>, defaults: SpecMap): Layer {
  const activation = (p.activation ?? defaults.activation ?? 'none') as Activation;
  const init = (p.init ?? defaults.init ?? 'xavier_uniform') as Initializer;
  const bias = (p.bias ?? defaults.bias ?? true) as boolean;
  switch (kind) {
    case 'conv':
      return { ...base, kind, filters: p.filters as number, kernel: pair(p.kernel), stride: pair(p.stride ?? 1), padding: convPadding(p.padding ?? 0), activation, init, bias };
    case 'pool': {
      const size = p.size === 'global' ? 'global' : pair(p.size);
      const stride = p.stride !== undefined ? pair(p.stride) : size === 'global' ? [1, 1] as const : size;
      return { ...base, kind, type: (p.type ?? defaults.pool ?? 'max') as PoolType, size, stride, padding: (p.padding ?? 'valid') as 'same' | 'valid' };
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
    case 'add':
      // a merge's own activation: defaults.activation is for conv and dense layers
      return { ...base, kind, activation: (p.activation ?? 'none') as Activation };
    case 'concat':
      return { ...base, kind };
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
