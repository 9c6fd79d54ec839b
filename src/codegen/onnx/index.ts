/**
 * A trained tfjs model (model.json's topology and its weights) as an ONNX model, opset 13.
 *
 * Layout: the ONNX model takes NCHW input, [batch, channels, height, width], as ONNX and
 * PyTorch do; the caller transposes tfjs's NHWC images (for one-channel images that is only a
 * reshape). Inside, every tensor is NCHW: conv kernels are transposed from tfjs's
 * [kh, kw, in, out] to ONNX's [out, in, kh, kw], and before a flatten the features go back to
 * NHWC order, so the dense weights after it are tfjs's own, unpermuted.
 *
 * Padding is always explicit: tfjs's `same` pads the odd pixel at the end (bottom, right), as
 * tfjs-core's conv_util computes it, and a conv's ZeroPadding2D folds into the conv's pads.
 * Batch norm runs in inference form (BatchNormalization with the moving statistics), dropout
 * is left out. Pure data in, data out: no file system, so it runs in a browser too.
 */
import { outputLength } from '../../shape-inference/rules/output-length.js';
import { addActivation, EXPORTED_ACTIVATIONS } from './activations.js';
import { GraphBuilder } from './graph.js';
import { DATA_TYPE, encodeModel, type Dim, type ModelProto, type ValueInfoProto } from './proto.js';

/** The ONNX operator set the exported models import. */
export const OPSET = 13;
/** The IR version that goes with opset 13 (ONNX 1.8), for the widest range of runtimes. */
export const IR_VERSION = 7;
/** The graph's input and output names. */
export const INPUT_NAME = 'input';
export const OUTPUT_NAME = 'output';

/** One weight of the trained model, by its tfjs name (`conv1/kernel`). */
export interface NamedWeight {
  shape: readonly number[];
  data: Float32Array;
}

/** Something in the model the exporter cannot express, with the layer it is in. */
export interface ExportProblem {
  /** The tfjs layer's name, when the problem is in one layer. */
  layer?: string;
  message: string;
  hint?: string;
}

/** What `toOnnx` needs besides the model. */
export interface OnnxOptions {
  /** Class names, by output index: kept in the model's metadata (`lenetc.classes`). */
  classes?: readonly string[];
  /** lenetc's version, written as the producer's. */
  producerVersion: string;
  /** A line about the model (the spec's description). */
  description?: string;
}

/** The export, or every problem that stopped it. */
export type OnnxExport =
  | { ok: true; bytes: Uint8Array; model: ModelProto; input: readonly [number, number, number]; outputs: number }
  | { ok: false; problems: ExportProblem[] };

/** A layer of tfjs's serialized Sequential topology: `{class_name, config}`. */
interface TfLayerJson {
  class_name: string;
  config: Record<string, unknown>;
}

/** Where the walk is: the tensor so far and one example's shape, [h, w, c] (as tfjs sees it) or [n]. */
interface Cursor {
  tensor: string;
  shape: number[];
}

type Pads = readonly [number, number, number, number];

/**
 * Converts the `modelTopology` of a tfjs model.json (a Sequential model) with its `weights`
 * into ONNX bytes, or returns every layer it cannot express.
 */
export function toOnnx(topology: unknown, weights: ReadonlyMap<string, NamedWeight>, options: OnnxOptions): OnnxExport {
  const sequential = sequentialLayers(topology);
  if (!('layers' in sequential)) return { ok: false, problems: [sequential] };
  const { name: graphName, layers } = sequential;
  const input = inputShape(layers[0]);
  if (!Array.isArray(input)) return { ok: false, problems: [input] };

  const g = new GraphBuilder();
  g.unique(INPUT_NAME);
  const problems: ExportProblem[] = [];
  let at: Cursor = { tensor: INPUT_NAME, shape: [...input] };
  let zeroPads: Pads | undefined;
  layers.forEach((layer, i) => {
    const name = typeof layer.config.name === 'string' ? layer.config.name : `layer${i}`;
    const converter = Object.hasOwn(LAYERS, layer.class_name) ? LAYERS[layer.class_name] : undefined;
    if (!converter) {
      problems.push({ layer: name, message: `layer ${name} is a ${layer.class_name}, which lenetc's ONNX export does not know`, hint: `known layers: ${Object.keys(LAYERS).join(', ')}` });
      return;
    }
    const context: LayerContext = { g, name, config: layer.config, weights, at, problems, next: layers[i + 1]?.class_name, zeroPads };
    // after a problem the shapes are unknown: later layers are only checked for what they are
    if (problems.length) {
      checkActivation(context);
      return;
    }
    const result = converter(context);
    zeroPads = result.zeroPads;
    at = result.at ?? at;
  });
  if (problems.length) return { ok: false, problems };
  if (at.shape.length !== 1) {
    return { ok: false, problems: [{ message: `the model's output is ${at.shape.join('×')} per example: expected a flat vector of class scores`, hint: 'end the model with flatten and dense' }] };
  }
  if (at.tensor === INPUT_NAME) at = { ...at, tensor: g.node('Identity', [INPUT_NAME], 'identity') };
  g.rename(at.tensor, OUTPUT_NAME);

  const [h, w, c] = input;
  const model: ModelProto = {
    ir_version: IR_VERSION,
    opset_import: [{ domain: '', version: OPSET }],
    producer_name: 'lenetc',
    producer_version: options.producerVersion,
    model_version: 1,
    doc_string: options.description ?? '',
    graph: {
      name: graphName,
      node: g.nodes,
      initializer: g.initializers,
      input: [floatTensor(INPUT_NAME, [{ dim_param: 'batch' }, { dim_value: c }, { dim_value: h }, { dim_value: w }], `NCHW images, ${c}×${h}×${w}, pixel values in [0, 1] as lenetc trained on`)],
      output: [floatTensor(OUTPUT_NAME, [{ dim_param: 'batch' }, { dim_value: at.shape[0]! }], endsInSoftmax(layers) ? 'class probabilities' : 'class scores (logits; softmax gives probabilities)')],
    },
    metadata_props: [
      { key: 'lenetc.input_layout', value: 'NCHW' },
      { key: 'lenetc.output', value: endsInSoftmax(layers) ? 'probabilities' : 'logits' },
      ...(options.classes ? [{ key: 'lenetc.classes', value: JSON.stringify(options.classes) }] : []),
    ],
  };
  return { ok: true, bytes: encodeModel(model), model, input: [c, h, w], outputs: at.shape[0]! };
}

function floatTensor(name: string, dims: Dim[], doc: string): ValueInfoProto {
  return { name, type: { tensor_type: { elem_type: DATA_TYPE.FLOAT, shape: { dim: dims } } }, doc_string: doc };
}

/** The name and layers of a serialized Sequential model, or why there are none. */
function sequentialLayers(topology: unknown): { name: string; layers: TfLayerJson[] } | ExportProblem {
  const t = topology as { class_name?: unknown; config?: unknown } | null;
  if (!t || typeof t !== 'object' || t.class_name !== 'Sequential') {
    return { message: `the model is ${t && typeof t === 'object' && typeof t.class_name === 'string' ? `a ${t.class_name}` : 'not a tfjs layers model'}: lenetc exports Sequential models`, hint: 'export a model lenetc trained (RUN_DIR/model)' };
  }
  const config = t.config as { name?: unknown; layers?: unknown } | undefined;
  const layers = config?.layers;
  const valid = Array.isArray(layers) && layers.length > 0 && layers.every((l) => l && typeof l === 'object' && typeof (l as TfLayerJson).class_name === 'string' && typeof (l as TfLayerJson).config === 'object');
  if (!valid) return { message: 'the model topology lists no layers' };
  return { name: typeof config?.name === 'string' ? config.name : 'model', layers: layers as TfLayerJson[] };
}

/** [h, w, c] from the first layer's batch_input_shape [null, h, w, c]. */
function inputShape(first: TfLayerJson): [number, number, number] | ExportProblem {
  const shape = first.config.batch_input_shape ?? first.config.batchInputShape;
  if (Array.isArray(shape) && shape.length === 4 && shape.slice(1).every((d) => Number.isInteger(d) && d > 0)) {
    return [shape[1] as number, shape[2] as number, shape[3] as number];
  }
  return { message: `the model's input is ${JSON.stringify(shape ?? null)}: expected images, [null, height, width, channels]` };
}

function endsInSoftmax(layers: TfLayerJson[]): boolean {
  return [...layers].reverse().find((l) => l.class_name !== 'Dropout')?.config.activation === 'softmax';
}

/** What one layer's converter sees. */
interface LayerContext {
  g: GraphBuilder;
  name: string;
  config: Record<string, unknown>;
  weights: ReadonlyMap<string, NamedWeight>;
  at: Cursor;
  problems: ExportProblem[];
  /** The next layer's class: a ZeroPadding2D folds into the Conv2D after it. */
  next?: string;
  /** Zero padding [top, left, bottom, right] left by a ZeroPadding2D for this conv. */
  zeroPads?: Pads;
}

/** Where a layer leaves the walk; `at` undefined when it stopped on a problem. */
interface LayerResult {
  at?: Cursor;
  zeroPads?: Pads;
}

const LAYERS: Record<string, (c: LayerContext) => LayerResult> = {
  Conv2D: conv,
  MaxPooling2D: (c) => pool(c, 'MaxPool'),
  AveragePooling2D: (c) => pool(c, 'AveragePool'),
  ZeroPadding2D: zeroPadding,
  BatchNormalization: batchNorm,
  Dropout: () => ({}),
  Flatten: flatten,
  Dense: dense,
  Activation: (c) => ({ at: activation(c, c.at) }),
};

function problem(c: LayerContext, message: string, hint?: string): LayerResult {
  c.problems.push({ layer: c.name, message: `layer ${c.name}: ${message}`, hint });
  return {};
}

/** An int pair from a config value written as n or [a, b]. */
function pair(value: unknown): [number, number] | undefined {
  if (Number.isInteger(value)) return [value as number, value as number];
  if (Array.isArray(value) && value.length === 2 && value.every(Number.isInteger)) return [value[0], value[1]];
  return undefined;
}

/** The layer's weight `role` with `shape`, or a problem when it is missing or shaped otherwise. */
function weight(c: LayerContext, role: string, shape: readonly number[]): NamedWeight | undefined {
  const found = c.weights.get(`${c.name}/${role}`);
  if (!found || found.shape.join() !== shape.join() || found.data.length !== shape.reduce((a, b) => a * b, 1)) {
    problem(c, `weight ${c.name}/${role} is ${found ? `[${found.shape.join(', ')}]` : 'missing'}: expected [${shape.join(', ')}]`, 'is weights.bin the one model.json was saved with?');
    return undefined;
  }
  return found;
}

/** The layer's own activation (config.activation, or the Activation layer's), after `at`. */
function activation(c: LayerContext, at: Cursor): Cursor | undefined {
  if (!checkActivation(c)) return undefined;
  const channelAxis = at.shape.length === 3 ? 1 : at.shape.length;
  return { tensor: addActivation(c.g, (c.config.activation ?? 'linear') as string, at.tensor, c.name, channelAxis)!, shape: at.shape };
}

/** Whether the layer's activation, if it has one, is one we export; a problem if not. */
function checkActivation(c: LayerContext): boolean {
  const name = c.config.activation ?? 'linear';
  if (typeof name === 'string' && EXPORTED_ACTIVATIONS.includes(name)) return true;
  problem(c, `activation ${JSON.stringify(name)} has no ONNX form in lenetc's export`, `exported activations: ${EXPORTED_ACTIVATIONS.join(', ')}`);
  return false;
}

/** Conv and pool layers must be channels-last with no dilation: what lenetc writes. */
function spatialConfig(c: LayerContext): boolean {
  if (c.at.shape.length !== 3) {
    problem(c, `expected an image input [height, width, channels], found [${c.at.shape.join(', ')}]`);
    return false;
  }
  if ((c.config.data_format ?? 'channels_last') !== 'channels_last') {
    problem(c, `data_format ${JSON.stringify(c.config.data_format)} is not supported: expected channels_last`);
    return false;
  }
  const dilation = c.config.dilation_rate === undefined ? [1, 1] : pair(c.config.dilation_rate);
  if (!dilation || dilation[0] !== 1 || dilation[1] !== 1) {
    problem(c, `dilation_rate ${JSON.stringify(c.config.dilation_rate)} is not supported: expected 1`);
    return false;
  }
  return true;
}

/**
 * Explicit pads [top, left, bottom, right] and the output size of a window over `at`, as tfjs
 * computes them: `same` pads max((out − 1)·s + k − n, 0) in all, the smaller half before.
 */
function windowPads(at: Cursor, kernel: [number, number], strides: [number, number], padding: 'same' | 'valid', zero: Pads = [0, 0, 0, 0]): { pads: Pads; out: [number, number] } {
  const [h, w] = at.shape as [number, number, number];
  const padded = [h + zero[0] + zero[2], w + zero[1] + zero[3]];
  const out = [0, 1].map((d) => outputLength(padded[d]!, kernel[d]!, strides[d]!, padding)) as [number, number];
  const total = [0, 1].map((d) => (padding === 'same' ? Math.max((out[d]! - 1) * strides[d]! + kernel[d]! - padded[d]!, 0) : 0));
  const before = total.map((t) => Math.floor(t / 2));
  return { pads: [zero[0] + before[0]!, zero[1] + before[1]!, zero[2] + total[0]! - before[0]!, zero[3] + total[1]! - before[1]!], out };
}

function paddingMode(c: LayerContext): 'same' | 'valid' | undefined {
  const padding = c.config.padding ?? 'valid';
  if (padding === 'same' || padding === 'valid') return padding;
  problem(c, `padding ${JSON.stringify(padding)} is not supported: expected same or valid`);
  return undefined;
}

function conv(c: LayerContext): LayerResult {
  if (!spatialConfig(c)) return {};
  const kernel = pair(c.config.kernel_size);
  const strides = pair(c.config.strides ?? 1);
  const filters = c.config.filters;
  const padding = paddingMode(c);
  if (!kernel || !strides || !Number.isInteger(filters) || !padding) return padding ? problem(c, 'kernel_size, strides or filters is not an integer or a pair') : {};
  const channels = c.at.shape[2]!;
  const k = weight(c, 'kernel', [kernel[0], kernel[1], channels, filters as number]);
  const useBias = c.config.use_bias !== false;
  const b = useBias ? weight(c, 'bias', [filters as number]) : undefined;
  if (!k || (useBias && !b)) return {};
  const { pads, out } = windowPads(c.at, kernel, strides, padding, c.zeroPads);
  const inputs = [c.at.tensor, c.g.floats(`${c.name}/kernel`, [filters as number, channels, kernel[0], kernel[1]], toOihw(k.data, kernel, channels, filters as number))];
  if (b) inputs.push(c.g.floats(`${c.name}/bias`, [filters as number], b.data));
  const tensor = c.g.node('Conv', inputs, c.name, { kernel_shape: kernel, strides, pads, dilations: [1, 1], group: 1 });
  return { at: activation(c, { tensor, shape: [out[0], out[1], filters as number] }) };
}

/** tfjs's conv kernel [kh, kw, in, out] as ONNX's [out, in, kh, kw]. */
function toOihw(hwio: Float32Array, [kh, kw]: [number, number], cin: number, cout: number): Float32Array {
  const oihw = new Float32Array(hwio.length);
  for (let y = 0; y < kh; y++) {
    for (let x = 0; x < kw; x++) {
      for (let i = 0; i < cin; i++) {
        for (let o = 0; o < cout; o++) oihw[((o * cin + i) * kh + y) * kw + x] = hwio[((y * kw + x) * cin + i) * cout + o]!;
      }
    }
  }
  return oihw;
}

function pool(c: LayerContext, op: 'MaxPool' | 'AveragePool'): LayerResult {
  if (!spatialConfig(c)) return {};
  const size = pair(c.config.pool_size);
  const strides = c.config.strides == null ? size : pair(c.config.strides);
  const padding = paddingMode(c);
  if (!size || !strides || !padding) return padding ? problem(c, 'pool_size or strides is not an integer or a pair') : {};
  const { pads, out } = windowPads(c.at, size, strides, padding);
  // tfjs averages over the pixels inside the image only, as count_include_pad 0 does; max
  // pooling never picks a pad
  const attributes = { kernel_shape: size, strides, pads, ...(op === 'AveragePool' ? { count_include_pad: 0 } : {}) };
  return { at: { tensor: c.g.node(op, [c.at.tensor], c.name, attributes), shape: [out[0], out[1], c.at.shape[2]!] } };
}

/**
 * Folds into the next Conv2D's pads, the only place lenetc puts one. (Elsewhere it would be a
 * Pad node, which ONNX Runtime's optimizer folds into a following pool's pads, wrongly: a pool
 * does not count its pads as pixels, a Pad node's zeros are pixels.)
 */
function zeroPadding(c: LayerContext): LayerResult {
  if (!spatialConfig(c)) return {};
  if (c.next !== 'Conv2D') return problem(c, `a ZeroPadding2D is exported only right before a Conv2D, found it before ${c.next ?? 'the end'}`);
  const p = c.config.padding;
  const sides = Array.isArray(p) && p.length === 2 && p.every(Array.isArray) ? [pair(p[0]), pair(p[1])] : [pair(p), pair(p)];
  const [vertical, horizontal] = sides;
  if (!vertical || !horizontal) return problem(c, `padding ${JSON.stringify(p)} is not [[top, bottom], [left, right]]`);
  return { zeroPads: [vertical[0], horizontal[0], vertical[1], horizontal[1]] };
}

function batchNorm(c: LayerContext): LayerResult {
  const rank = c.at.shape.length + 1;
  const axis = c.config.axis ?? -1;
  if (axis !== -1 && axis !== rank - 1) return problem(c, `batch normalization over axis ${JSON.stringify(axis)}: expected the last axis (-1)`);
  const n = c.at.shape[c.at.shape.length - 1]!;
  const mean = weight(c, 'moving_mean', [n]);
  const variance = weight(c, 'moving_variance', [n]);
  // center: false has no beta, scale: false no gamma; their neutral values stand in
  const gamma = c.config.scale === false ? { shape: [n], data: new Float32Array(n).fill(1) } : weight(c, 'gamma', [n]);
  const beta = c.config.center === false ? { shape: [n], data: new Float32Array(n) } : weight(c, 'beta', [n]);
  if (!mean || !variance || !gamma || !beta) return {};
  const epsilon = typeof c.config.epsilon === 'number' ? c.config.epsilon : 1e-3;
  const inputs = [c.at.tensor, ...[['gamma', gamma], ['beta', beta], ['moving_mean', mean], ['moving_variance', variance]].map(([role, w]) => c.g.floats(`${c.name}/${role as string}`, [n], (w as NamedWeight).data))];
  return { at: { tensor: c.g.node('BatchNormalization', inputs, c.name, { epsilon: { float: epsilon } }), shape: c.at.shape } };
}

function flatten(c: LayerContext): LayerResult {
  if (c.at.shape.length === 1) return { at: c.at };
  // NCHW → NHWC first, so the flat features come in tfjs's order (h, w, c)
  const nhwc = c.g.node('Transpose', [c.at.tensor], `${c.name}/to_nhwc`, { perm: [0, 2, 3, 1] });
  return { at: { tensor: c.g.node('Flatten', [nhwc], c.name, { axis: 1 }), shape: [c.at.shape.reduce((a, b) => a * b, 1)] } };
}

function dense(c: LayerContext): LayerResult {
  if (c.at.shape.length !== 1) return problem(c, `a dense layer on a [${c.at.shape.join(', ')}] input is not supported: expected a flat input`, 'flatten first');
  const units = c.config.units;
  if (!Number.isInteger(units)) return problem(c, `units ${JSON.stringify(units)} is not an integer`);
  const k = weight(c, 'kernel', [c.at.shape[0]!, units as number]);
  const useBias = c.config.use_bias !== false;
  const b = useBias ? weight(c, 'bias', [units as number]) : undefined;
  if (!k || (useBias && !b)) return {};
  const inputs = [c.at.tensor, c.g.floats(`${c.name}/kernel`, k.shape, k.data)];
  if (b) inputs.push(c.g.floats(`${c.name}/bias`, [units as number], b.data));
  const tensor = c.g.node('Gemm', inputs, c.name);
  return { at: activation(c, { tensor, shape: [units as number] }) };
}
