/**
 * The one way lenetc puts its kernels in tfjs's registry, for every backend. An override names
 * the kernel, gets its inputs and attributes typed as tfjs passes them (KernelSignatures), and
 * gets the stock kernel to hand the cases it does not cover to (or returns undefined for the
 * same). The whole set is guarded by the tfjs version it was written and measured for: tfjs's
 * kernels, their attributes and the backends' internals that lenetc's kernels read change
 * between versions, so on another version the stock kernels stay.
 */
import * as tf from '@tensorflow/tfjs';
import { ACTIVATION_GRAD, SOFTMAX_CROSS_ENTROPY, SOFTMAX_CROSS_ENTROPY_GRAD, type GradActivation } from './custom.js';

/** The tfjs version (core and backends) lenetc's kernels were written and measured for. */
export const TFJS_VERSION = '4.22.0';

/** tfjs's `*Inputs` map (every name optional there) with every name present. */
type Present<T> = { [K in keyof T]-?: tf.TensorInfo };
type NoAttrs = Record<string, never>;
type Unary = { inputs: Present<tf.UnaryInputs>; attrs: NoAttrs };
type Binary = { inputs: Present<tf.BinaryInputs>; attrs: NoAttrs };

/** The inputs and attributes of every kernel lenetc writes or calls, as tfjs passes them. */
export interface KernelSignatures {
  Add: Binary;
  Multiply: Binary;
  Sub: Binary;
  Identity: Unary;
  Relu: Unary;
  Sigmoid: Unary;
  Cast: { inputs: Present<tf.CastInputs>; attrs: tf.CastAttrs };
  Tile: { inputs: Present<tf.TileInputs>; attrs: tf.TileAttrs };
  PadV2: { inputs: Present<tf.PadV2Inputs>; attrs: tf.PadV2Attrs };
  Slice: { inputs: Present<tf.SliceInputs>; attrs: tf.SliceAttrs };
  Sum: { inputs: Present<tf.SumInputs>; attrs: tf.SumAttrs };
  Mean: { inputs: Present<tf.MeanInputs>; attrs: tf.MeanAttrs };
  BatchMatMul: { inputs: Present<tf.BatchMatMulInputs>; attrs: tf.BatchMatMulAttrs };
  _FusedMatMul: { inputs: tf._FusedMatMulInputs; attrs: tf._FusedMatMulAttrs };
  Conv2D: { inputs: Present<tf.Conv2DInputs>; attrs: tf.Conv2DAttrs };
  FusedConv2D: { inputs: tf.FusedConv2DInputs; attrs: tf.FusedConv2DAttrs };
  Conv2DBackpropFilter: { inputs: Present<tf.Conv2DBackpropFilterInputs>; attrs: tf.Conv2DBackpropFilterAttrs };
  Conv2DBackpropInput: { inputs: Present<tf.Conv2DBackpropInputInputs>; attrs: tf.Conv2DBackpropInputAttrs };
  MaxPoolGrad: { inputs: Present<tf.MaxPoolGradInputs>; attrs: tf.MaxPoolGradAttrs };
  AvgPoolGrad: { inputs: Present<tf.AvgPoolGradInputs>; attrs: tf.AvgPoolGradAttrs };
  [ACTIVATION_GRAD]: { inputs: { dy: tf.TensorInfo; y: tf.TensorInfo }; attrs: { activation: GradActivation } };
  [SOFTMAX_CROSS_ENTROPY]: { inputs: { logits: tf.TensorInfo; labels: tf.TensorInfo }; attrs: NoAttrs };
  [SOFTMAX_CROSS_ENTROPY_GRAD]: { inputs: { logits: tf.TensorInfo; labels: tf.TensorInfo; dy: tf.TensorInfo }; attrs: NoAttrs };
}

/** A kernel name lenetc knows the signature of. */
export type KernelName = keyof KernelSignatures;

/** What kernel K's function is called with on a backend of type B. */
export interface KernelArgs<K extends KernelName, B> {
  inputs: KernelSignatures[K]['inputs'];
  backend: B;
  attrs: KernelSignatures[K]['attrs'];
}

/** Kernel K's function on a backend of type B. */
export type TypedKernel<K extends KernelName, B> = (args: KernelArgs<K, B>) => tf.TensorInfo;

/**
 * lenetc's kernel K: its result, or undefined to leave the call to `stock`, tfjs's own kernel
 * (which it may also call itself, with other inputs or attributes). Where tfjs has no kernel K,
 * `stock` throws: such a kernel must cover every case.
 */
export type OverrideFunc<K extends KernelName, B> = (args: KernelArgs<K, B>, stock: TypedKernel<K, B>) => tf.TensorInfo | undefined;

/** One kernel of lenetc's for backends of type B, ready for registerOverrides. */
export interface KernelOverride<B> {
  readonly kernelName: KernelName;
  /** @internal the override with its kernel's types erased, as the registry holds it */
  readonly run: OverrideFunc<KernelName, B>;
}

/** Kernel K for backends of type B, typed; see OverrideFunc. */
export function override<K extends KernelName, B>(kernelName: K, run: OverrideFunc<K, B>): KernelOverride<B> {
  // the one place kernel K's types are erased: the registry calls every kernel with untyped maps
  return { kernelName, run: run as unknown as OverrideFunc<KernelName, B> };
}

/** How often a registered kernel ran lenetc's code, and how often it ran the stock kernel. */
export interface KernelCalls {
  ours: number;
  stock: number;
}

interface Registered {
  /** tfjs's config, or undefined where lenetc added a kernel tfjs lacks */
  stock: tf.KernelConfig | undefined;
  calls: KernelCalls;
}

/** backend name → kernel name → what lenetc registered there. */
const registry = new Map<string, Map<string, Registered>>();

/** What registerOverrides did: the kernels now lenetc's, and a line to tell the user, if any. */
export interface Registration {
  kernels: string[];
  /** why some of lenetc's kernels are not in place (another tfjs version) */
  note?: string;
}

/**
 * Registers `overrides` for `backendName` in place of tfjs's kernels, each keeping its stock
 * config (setup and dispose functions included) as its fallback. `versions` are the tfjs
 * packages this runs on (name → version): where one is not TFJS_VERSION, every stock kernel
 * stays and lenetc adds only the kernels the backend lacks, which training needs to run at
 * all; the note says so. Idempotent.
 */
export function registerOverrides<B>(backendName: string, overrides: readonly KernelOverride<B>[], versions: Readonly<Record<string, string>>): Registration {
  const other = Object.entries(versions).filter(([, version]) => version !== TFJS_VERSION);
  const ours = registry.get(backendName) ?? new Map<string, Registered>();
  registry.set(backendName, ours);
  for (const { kernelName, run } of overrides) {
    if (ours.has(kernelName)) continue;
    const stock = tf.getKernel(kernelName, backendName);
    if (stock && other.length > 0) continue;
    const calls = { ours: 0, stock: 0 };
    ours.set(kernelName, { stock, calls });
    const fallback = stock ? (stock.kernelFunc as unknown as TypedKernel<KernelName, B>) : missing(kernelName, backendName);
    const counted: TypedKernel<KernelName, B> = (args) => {
      calls.stock++;
      return fallback(args);
    };
    const kernelFunc = (args: KernelArgs<KernelName, B>): tf.TensorInfo => {
      const before = calls.stock;
      const result = run(args, counted) ?? counted(args);
      if (calls.stock === before) calls.ours++;
      return result;
    };
    // unregister first: tfjs warns on a second registration and keeps the first entry's setup
    if (stock) tf.unregisterKernel(kernelName, backendName);
    tf.registerKernel({ ...stock, kernelName, backendName, kernelFunc: kernelFunc as unknown as tf.KernelFunc });
  }
  const kernels = [...ours.keys()];
  if (other.length === 0) return { kernels };
  const found = other.map(([name, version]) => `${name} ${version}`).join(', ');
  return {
    kernels,
    note: `lenetc's ${backendName} kernels were written for tfjs ${TFJS_VERSION}, found ${found}: tfjs's own kernels run` +
      (kernels.length ? ` (lenetc adds only ${kernels.join(', ')}, which it lacks)` : ''),
  };
}

/** Puts back the stock kernels of `backendName` and removes the ones lenetc added. */
export function restoreStockKernels(backendName: string): void {
  for (const [name, { stock }] of registry.get(backendName) ?? []) {
    tf.unregisterKernel(name, backendName);
    if (stock) tf.registerKernel(stock);
  }
  registry.delete(backendName);
}

/** How often each of lenetc's kernels on `backendName` ran its own code or the stock kernel. */
export function overrideCalls(backendName: string): Record<string, KernelCalls> {
  return Object.fromEntries([...(registry.get(backendName) ?? [])].map(([name, { calls }]) => [name, { ...calls }]));
}

/** tfjs's own kernel K on `backendName`, whether or not lenetc replaced it. */
export function stockKernel<K extends KernelName, B>(backendName: string, kernelName: K): TypedKernel<K, B> {
  const entry = registry.get(backendName)?.get(kernelName);
  const config = entry ? entry.stock : tf.getKernel(kernelName, backendName);
  if (!config) return missing(kernelName, backendName);
  return config.kernelFunc as unknown as TypedKernel<K, B>;
}

/** The kernel K registered for `backendName` now: lenetc's where it replaced tfjs's. */
export function registeredKernel<K extends KernelName, B>(backendName: string, kernelName: K): TypedKernel<K, B> {
  const config = tf.getKernel(kernelName, backendName);
  if (!config) return missing(kernelName, backendName);
  return config.kernelFunc as unknown as TypedKernel<K, B>;
}

/** A stand-in for a kernel tfjs lacks: calling it is a bug in the kernel that fell back to it. */
function missing(kernelName: string, backendName: string): (args: unknown) => never {
  return () => {
    throw new Error(`tfjs's ${backendName} backend has no ${kernelName} kernel to fall back to`);
  };
}
