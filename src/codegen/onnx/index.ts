/**
 * A trained network as an ONNX model, opset 13, lowered from its plan (src/plan) with the
 * trained weights: the plan says every pad, stride and window, what each node takes, and what
 * the network outputs; the weights only fill in the numbers.
 *
 * Layout: the ONNX model takes NCHW input, [batch, channels, height, width], as ONNX and
 * PyTorch do; the caller transposes lenetc's NHWC images (for one-channel images that is only a
 * reshape). Inside, every tensor is NCHW: conv kernels are transposed from tfjs's
 * [kh, kw, in, out] to ONNX's [out, in, kh, kw], and before a flatten the features go back to
 * NHWC order, so the dense weights after it are tfjs's own, unpermuted.
 *
 * Pads are the plan's, per side, on the Conv and pool nodes themselves (never a Pad node: ONNX
 * Runtime folds a Pad into a following pool's pads, wrongly, as a pool does not count its pads
 * as pixels). Batch norm runs in inference form (BatchNormalization with the moving
 * statistics), dropout is left out. Pure data in, data out: no file system, so it runs in a
 * browser too.
 */
import type { Diagnostic } from '../../diagnostics.js';
import { INPUT_NAME as PLAN_INPUT } from '../../model.js';
import type { ModelPlan, PlanNode } from '../../plan/index.js';
import { planWeights } from '../../plan/weights.js';
import type { NamedWeight } from '../../plan/weights.js';
import type { Shape } from '../../shape-inference/types.js';
import { hwioToOihw } from '../channels.js';
import { addActivation } from './activations.js';
import { GraphBuilder } from './graph.js';
import { DATA_TYPE, encodeModel, type Dim, type ModelProto, type ValueInfoProto } from './proto.js';

export type { NamedWeight } from '../../plan/weights.js';

/** The ONNX operator set the exported models import. */
export const OPSET = 13;
/** The IR version that goes with opset 13 (ONNX 1.8), for the widest range of runtimes. */
export const IR_VERSION = 7;
/** The graph's input and output names. */
export const INPUT_NAME = 'input';
export const OUTPUT_NAME = 'output';

/** What `toOnnx` needs besides the plan and the weights. */
export interface OnnxOptions {
  /** Class names, by output index: kept in the model's metadata (`lenetc.classes`). */
  classes?: readonly string[];
  /** lenetc's version, written as the producer's. */
  producerVersion: string;
  /** A line about the model (the spec's description). */
  description?: string;
}

/** The export, or why the weights do not fit the plan (each diagnostic at its layer's spec path). */
export type OnnxExport =
  | { ok: true; bytes: Uint8Array; model: ModelProto; input: readonly [number, number, number]; output: readonly number[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * The ONNX model of `plan` with `weights` (tfjs's names and layouts, as a model folder holds
 * them), or a diagnostic per weight that is missing, of another shape, or of no layer.
 */
export function toOnnx(plan: ModelPlan, weights: ReadonlyMap<string, NamedWeight>, options: OnnxOptions): OnnxExport {
  const trained = planWeights(plan, weights);
  if (!trained.ok) return { ok: false, diagnostics: trained.diagnostics };
  const g = new GraphBuilder();
  g.unique(INPUT_NAME);
  // each plan node's output tensor, by node name
  const tensors = new Map<string, string>([[PLAN_INPUT, INPUT_NAME]]);
  for (const node of plan.nodes) tensors.set(node.name, lower(g, node, node.inputs.map((name) => tensors.get(name)!), trained.values));
  let output = tensors.get(plan.output.node)!;
  if (output === INPUT_NAME) output = g.node('Identity', [INPUT_NAME], 'identity');
  g.rename(output, OUTPUT_NAME);

  const [h, w, c] = plan.input;
  const kind = plan.output.kind === 'probabilities' ? 'class probabilities (the network ends in softmax)' : 'class scores (logits; softmax gives probabilities)';
  const model: ModelProto = {
    ir_version: IR_VERSION,
    opset_import: [{ domain: '', version: OPSET }],
    producer_name: 'lenetc',
    producer_version: options.producerVersion,
    model_version: 1,
    doc_string: options.description ?? '',
    graph: {
      name: plan.name,
      node: g.nodes,
      initializer: g.initializers,
      input: [floatTensor(INPUT_NAME, [{ dim_param: 'batch' }, { dim_value: c! }, { dim_value: h! }, { dim_value: w! }], `NCHW images, ${c}×${h}×${w}, pixel values in [0, 1] as lenetc trained on`)],
      output: [floatTensor(OUTPUT_NAME, [{ dim_param: 'batch' }, ...nchw(plan.output.shape).map((d) => ({ dim_value: d }))], plan.output.shape.length === 1 ? kind : `NCHW ${kind}`)],
    },
    metadata_props: [
      { key: 'lenetc.input_layout', value: 'NCHW' },
      { key: 'lenetc.output', value: plan.output.kind },
      ...(options.classes ? [{ key: 'lenetc.classes', value: JSON.stringify(options.classes) }] : []),
    ],
  };
  return { ok: true, bytes: encodeModel(model), model, input: [c!, h!, w!], output: nchw(plan.output.shape) };
}

/** One example's shape as the ONNX graph holds it: [c, h, w] for lenetc's [h, w, c], flat ones as they are. */
function nchw(shape: Shape): number[] {
  return shape.length === 3 ? [shape[2]!, shape[0]!, shape[1]!] : [...shape];
}

function floatTensor(name: string, dims: Dim[], doc: string): ValueInfoProto {
  return { name, type: { tensor_type: { elem_type: DATA_TYPE.FLOAT, shape: { dim: dims } } }, doc_string: doc };
}

/** Adds the ONNX nodes of plan node `node` reading `inputs`; returns its output tensor. */
function lower(g: GraphBuilder, node: PlanNode, inputs: readonly string[], values: ReadonlyMap<string, Float32Array>): string {
  const [x] = inputs as [string];
  const weight = (role: string) => values.get(`${node.name}/${role}`)!;
  const { name } = node;
  switch (node.op) {
    case 'conv': {
      const cin = node.inputShapes[0]![2]!;
      const { top, bottom, left, right } = node.pads;
      const kernel = g.floats(`${name}/kernel`, [node.filters, cin, ...node.kernel], hwioToOihw(weight('kernel'), [...node.kernel, cin, node.filters]));
      const operands = node.bias ? [x, kernel, g.floats(`${name}/bias`, [node.filters], weight('bias'))] : [x, kernel];
      const conv = g.node('Conv', operands, name, {
        kernel_shape: node.kernel, strides: node.stride, dilations: node.dilation, group: 1, pads: [top, left, bottom, right],
      });
      return addActivation(g, node.activation, conv, name);
    }
    case 'pool': {
      if (node.global) return g.node(node.type === 'max' ? 'GlobalMaxPool' : 'GlobalAveragePool', [x], name);
      const { top, bottom, left, right } = node.pads;
      // an average counts only the pixels inside the input, as tfjs's does: count_include_pad 0
      // (max pooling never picks a pad)
      return g.node(node.type === 'max' ? 'MaxPool' : 'AveragePool', [x], name, {
        kernel_shape: node.window, strides: node.stride, pads: [top, left, bottom, right], ...(node.type === 'avg' ? { count_include_pad: 0 } : {}),
      });
    }
    case 'dense': {
      const [inputs] = node.inputShapes[0]! as [number];
      const operands = [x, g.floats(`${name}/kernel`, [inputs, node.units], weight('kernel'))];
      if (node.bias) operands.push(g.floats(`${name}/bias`, [node.units], weight('bias')));
      return addActivation(g, node.activation, g.node('Gemm', operands, name), name);
    }
    case 'flatten': {
      const [h, w] = node.inputShapes[0]!;
      if (node.inputShapes[0]!.length === 1) return x;
      // NCHW → NHWC first, so the flat features come in lenetc's order (h, w, c); one pixel has only c
      const nhwc = h === 1 && w === 1 ? x : g.node('Transpose', [x], `${name}/to_nhwc`, { perm: [0, 2, 3, 1] });
      return g.node('Flatten', [nhwc], name, { axis: 1 });
    }
    case 'dropout':
      return x;
    case 'batchnorm': {
      const n = node.output[node.output.length - 1]!;
      const stats = (['gamma', 'beta', 'moving_mean', 'moving_variance'] as const).map((role) => g.floats(`${name}/${role}`, [n], weight(role)));
      return g.node('BatchNormalization', [x, ...stats], name, { epsilon: { float: node.epsilon } });
    }
    case 'activation':
      return addActivation(g, node.activation, x, name);
    case 'add': {
      // summed left to right, as tfjs's Add layer sums its inputs
      let sum = x;
      inputs.slice(1).forEach((other, i) => { sum = g.node('Add', [sum, other], inputs.length === 2 ? name : `${name}/sum${i + 1}`); });
      return addActivation(g, node.activation, sum, name);
    }
    case 'concat':
      // tfjs's last axis, the channels (or the units of flat inputs): axis 1 here
      return g.node('Concat', [...inputs], name, { axis: 1 });
  }
}
