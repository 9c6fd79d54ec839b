/**
 * The network as a PyTorch module, lowered from its plan: `emitPyTorch` writes the Python source
 * (`lenetc emit --pytorch`), `exportPyTorch` that source with a `load()` and the trained weights
 * beside it (`lenetc export --pytorch`).
 *
 * The module is what a PyTorch user writes: one class named after the spec, an nn.Sequential of
 * named modules when the network is a line, an nn.Module with its `forward` spelled out when it
 * branches; the shapes as comments (channels first, as PyTorch holds them); the spec's
 * initializers with lenetc's (Keras's) meaning; the plan's pads exactly, per side; a flatten in
 * lenetc's channels-last order, so the trained dense weights need no permuting; batch norm's
 * momentum turned into PyTorch's. The weights go as raw little-endian float32 (weights.bin) with
 * a JSON index (weights.json), which `load()` reads with Python's standard library and torch:
 * no pickle. Pure: the template is embedded at build time.
 */
import Handlebars from 'handlebars';
import type { Diagnostic } from '../../diagnostics.js';
import { formatShape, groupDigits } from '../../format.js';
import { INPUT_NAME, isFolderDataset, type NetModel } from '../../model.js';
import { planModel, type ModelPlan } from '../../plan/index.js';
import { planWeights, type NamedWeight } from '../../plan/weights.js';
import type { Shape, ShapeReport } from '../../shape-inference/types.js';
import { hwioToOihw, transposeMatrix } from '../channels.js';
import { TEMPLATES } from '../templates.generated.js';
import { nodeModules, type Helper, type NodeModules } from './modules.js';
import { pyComment, pyString } from '../escape.js';
import { className, pyLiteral, pythonNames } from './python.js';

/** What `emitPyTorch` needs besides the model. */
export interface PyTorchOptions {
  /** Where the module comes from, named in its header: the spec file as the user gave it. */
  source: string;
  /** The command that writes the module again, named in its header. */
  command: string;
}

/** The emitted module, and where in it each layer is. */
export interface PyTorchModule {
  source: string;
  /** The nn.Module class's name. */
  className: string;
  /** For each spec layer, by name: the submodule whose output is the layer's output (for forward hooks). */
  outputs: ReadonlyMap<string, string>;
}

/** What `exportPyTorch` needs besides the model and the weights. */
export interface PyTorchExportOptions extends PyTorchOptions {
  /** Class names by output index: `.classes` of the loaded module. */
  classes: readonly string[];
  /** lenetc's version, recorded in weights.json. */
  producerVersion: string;
}

/** The files of an export (model.py, weights.json, weights.bin), or why the weights do not fit the plan. */
export type PyTorchExport =
  | { ok: true; module: PyTorchModule; files: { 'model.py': string; 'weights.json': string; 'weights.bin': Uint8Array }; tensors: number }
  | { ok: false; diagnostics: Diagnostic[] };

/** The Python module for a shape-checked `model`, as `lenetc emit --pytorch` prints it. */
export function emitPyTorch(model: NetModel, shapes: ShapeReport, options: PyTorchOptions): PyTorchModule {
  const lowered = lower(model, shapes);
  return { source: render(model, shapes, lowered, options, false), className: lowered.className, outputs: lowered.outputs };
}

/**
 * The module with a `load()` and the trained `weights` (tfjs's names and layouts, as a model
 * folder holds them) in PyTorch's layouts, or a diagnostic per weight that does not fit the plan.
 */
export function exportPyTorch(model: NetModel, shapes: ShapeReport, weights: ReadonlyMap<string, NamedWeight>, options: PyTorchExportOptions): PyTorchExport {
  const lowered = lower(model, shapes);
  const trained = planWeights(lowered.plan, weights);
  if (!trained.ok) return { ok: false, diagnostics: trained.diagnostics };
  const sources = lowered.nodes.flatMap((n) => n.tensors);
  const bytes = new Uint8Array(4 * sources.reduce((n, t) => n + t.shape.reduce((a, b) => a * b, 1), 0));
  const view = new DataView(bytes.buffer);
  let offset = 0;
  const tensors = sources.map((t) => {
    const values = trained.values.get(t.weight)!;
    const reordered = t.layout === 'oihw' ? hwioToOihw(values, t.shape) : t.layout === 'transpose' ? transposeMatrix(values, t.shape) : values;
    const shape = t.layout === 'oihw' ? [t.shape[3]!, t.shape[2]!, t.shape[0]!, t.shape[1]!] : t.layout === 'transpose' ? [t.shape[1]!, t.shape[0]!] : [...t.shape];
    // little-endian whatever this machine is, as load() reads it
    reordered.forEach((v, i) => view.setFloat32(offset + 4 * i, v, true));
    const entry = { name: t.key, shape, offset };
    offset += 4 * reordered.length;
    return entry;
  });
  const index = {
    format: 'lenetc-pytorch-weights', version: 1, producer: `lenetc ${options.producerVersion}`, model: model.name, class: lowered.className,
    file: 'weights.bin', dtype: 'float32', byte_order: 'little', classes: options.classes,
  };
  // pretty, with one line per tensor: a reader sees the state_dict at a glance
  const json = JSON.stringify({ ...index, tensors: [] }, null, 2).replace('"tensors": []', `"tensors": [\n${tensors.map((t) => `    ${JSON.stringify(t)}`).join(',\n')}\n  ]`);
  const module = { source: render(model, shapes, lowered, options, true), className: lowered.className, outputs: lowered.outputs };
  return { ok: true, module, files: { 'model.py': module.source, 'weights.json': `${json}\n`, 'weights.bin': bytes }, tensors: tensors.length };
}

/** The plan's nodes as PyTorch modules, named. */
interface Lowered {
  plan: ModelPlan;
  className: string;
  /** Layer name → Python name (attribute and variable). */
  names: ReadonlyMap<string, string>;
  nodes: NodeModules[];
  helpers: ReadonlySet<Helper>;
  outputs: ReadonlyMap<string, string>;
}

/** Module-level names of the file: a class named after the spec must not be one of them. */
const MODULE_NAMES: ReadonlySet<string> = new Set([
  'FlattenChannelsLast', 'KerasHardSigmoid', 'AvgPool2dExcludingPads', 'Add', 'Concat', 'OrderedDict', 'TRAINING',
  'array', 'json', 'math', 'pathlib', 'sys', 'torch', 'nn', 'F', 'load', 'truncated_normal_',
]);

function lower(model: NetModel, shapes: ShapeReport): Lowered {
  const plan = planModel(model, shapes);
  const names = pythonNames(plan.nodes.map((n) => n.name));
  const taken = new Set(names.values());
  const helpers = new Set<Helper>();
  const nodes = plan.nodes.map((node) => nodeModules(node, names.get(node.name)!, taken, helpers));
  const outputs = new Map(nodes.map((n) => [n.node.name, n.output]));
  return { plan, className: className(model.name, MODULE_NAMES), names, nodes, helpers, outputs };
}

/** Comment lines are wrapped at this width. */
const WIDTH = 100;

// compiled once, on first use
let template: ((view: unknown) => string) | undefined;

function render(model: NetModel, shapes: ShapeReport, lowered: Lowered, options: PyTorchOptions, load: boolean): string {
  template ??= Handlebars.create().compile(TEMPLATES.pytorch, { noEscape: true, strict: true });
  const { plan, nodes, helpers } = lowered;
  const sequential = !plan.branched;
  const params = plan.weights.reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);
  const trainable = plan.weights.filter((w) => w.trainable).reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);
  const trace = [formatShape(nchw(plan.input)), ...plan.nodes.map((n) => `${n.op} ${formatShape(nchw(n.output))}`)].join(' → ');
  const header = [
    `${pyComment(model.name)}: generated by lenetc from ${pyComment(options.source)}.`,
    `Edit the spec, not this file, and write it again with \`${pyComment(options.command)}\`.`,
    ...(model.description ? ['', ...model.description.split(/\r\n|\n|\r/).map((l) => pyComment(l.trimEnd())).filter((l) => l !== '')] : []),
    '',
    'Shapes per example, channels first as PyTorch holds them (lenetc check prints H×W×C):',
    ...wrap(trace, WIDTH - 2),
    `${groupDigits(params)} parameters (${groupDigits(trainable)} trainable), ${groupDigits(shapes.macs)} multiply-accumulates per example.`,
  ];
  // the shapes beside each layer's own module, a note beside the parts around it
  const modules = nodes.flatMap((n) => n.parts.map((part) => ({
    name: part.name, expr: part.expr,
    comment: [part.name === lowered.names.get(n.node.name) ? layerComment(n) : '', part.note ?? ''].filter((c) => c !== '').join('; '),
  })));
  const output = plan.output.shape.length === 1
    ? `[batch, ${plan.output.shape[0]}] ${plan.output.kind === 'logits' ? 'logits (softmax turns them into class probabilities)' : 'class probabilities (the network ends in softmax)'}`
    : `[batch, ${nchw(plan.output.shape).join(', ')}] ${plan.output.kind === 'logits' ? 'scores' : 'probabilities'}, channels first`;
  const [h, w, c] = plan.input;
  const uses = (h: Helper) => helpers.has(h);
  const usesTorch = load || uses('KerasHardSigmoid') || uses('AvgPool2dExcludingPads') || uses('Concat');
  const stdlib = [
    ...(load ? ['import array', 'import json'] : []),
    ...(load || uses('truncated_normal_') ? ['import math'] : []),
    ...(load ? ['import pathlib', 'import sys'] : []),
    ...(sequential ? ['from collections import OrderedDict'] : []),
  ];
  const torch = [
    ...(usesTorch ? ['import torch'] : []),
    ...(uses('AvgPool2dExcludingPads') ? ['import torch.nn.functional as F'] : []),
    'from torch import nn',
  ];
  const forward = sequential ? { inputVariable: 'x', lines: [] } : forwardLines(lowered);
  return template({
    header, stdlib, torch, training: trainingLines(model), helpers: HELPER_ORDER.filter(uses).map((h) => HELPERS[h]),
    className: lowered.className, sequential,
    input: `[batch, ${c}, ${h}, ${w}]`, output, modules, init: nodes.flatMap((n) => n.init),
    inputVariable: forward.inputVariable, forward: forward.lines, load,
  });
}

/** `→ 6×28×28 · 156 params`: the shape trace beside each layer, channels first. */
function layerComment(n: NodeModules): string {
  const count = n.node.weights.reduce((sum, w) => sum + w.shape.reduce((a, b) => a * b, 1), 0);
  const fixed = n.node.weights.filter((w) => !w.trainable).reduce((sum, w) => sum + w.shape.reduce((a, b) => a * b, 1), 0);
  const params = count === 0 ? '' : ` · ${groupDigits(count)} params${fixed ? ` (${groupDigits(fixed)} non-trainable)` : ''}`;
  return `→ ${formatShape(nchw(n.node.output))}${params}`;
}

/** One example's shape as PyTorch holds it: [c, h, w] for lenetc's [h, w, c], flat ones as they are. */
function nchw(shape: Shape): number[] {
  return shape.length === 3 ? [shape[2]!, shape[0]!, shape[1]!] : [...shape];
}

/**
 * `forward` of a network with branches, one line per module. A node's output is held in `x`
 * when the next node is all that reads it (the line goes on), else in a variable named after
 * its layer; the network's input likewise (`x`, or `inputs` when more than the first layer
 * takes it).
 */
function forwardLines(lowered: Lowered): { inputVariable: string; lines: string[] } {
  const { plan, nodes } = lowered;
  const readers = new Map<string, number[]>();
  plan.nodes.forEach((node, i) => node.inputs.forEach((name) => readers.set(name, [...(readers.get(name) ?? []), i])));
  const chained = (name: string, next: number) => (readers.get(name) ?? []).every((i) => i === next) && (readers.get(name) ?? []).length <= 1;
  const variables = new Map<string, string>([[INPUT_NAME, chained(INPUT_NAME, 0) ? 'x' : 'inputs']]);
  const lines: string[] = [];
  nodes.forEach((n, i) => {
    const variable = chained(n.node.name, i + 1) ? 'x' : lowered.names.get(n.node.name)!;
    let operands = n.node.inputs.map((name) => variables.get(name)!).join(', ');
    n.parts.forEach((part, p) => {
      const last = p === n.parts.length - 1;
      lines.push(`${variable} = self.${part.name}(${operands})${last ? `  # → ${formatShape(nchw(n.node.output))}` : ''}`);
      operands = variable;
    });
    variables.set(n.node.name, variable);
  });
  lines.push(`return ${variables.get(plan.output.node)!}`);
  return { inputVariable: variables.get(INPUT_NAME)!, lines };
}

/** The `train` section as the entries of a Python dict, keys as the spec writes them. */
function trainingLines(model: NetModel): string[] {
  const t = model.train;
  const settings: Record<string, unknown> = {
    // a folder as the spec wrote it: the resolved path is this machine's business
    dataset: isFolderDataset(t.dataset) ? t.dataset.folder : t.dataset,
    ...(isFolderDataset(t.dataset) ? { validation_split: t.dataset.validation_split } : {}),
    epochs: t.epochs,
    batch_size: t.batch_size,
    optimizer: t.optimizer,
    lr: t.lr,
    schedule: t.schedule,
    weight_decay: t.weight_decay,
    seed: t.seed,
    augment: t.augment,
  };
  return Object.entries(settings).map(([key, value]) => `${pyString(key)}: ${pyLiteral(value)}`);
}

/** `text` cut at ` → ` into lines of at most `width` characters (a longer step stays whole). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const step of text.split(' → ')) {
    const next = line === '' ? step : `${line} → ${step}`;
    if (next.length > width && line !== '') {
      lines.push(line);
      line = `→ ${step}`;
    } else {
      line = next;
    }
  }
  return [...lines, line];
}

/** The order helpers appear in the file. */
const HELPER_ORDER: readonly Helper[] = ['truncated_normal_', 'KerasHardSigmoid', 'AvgPool2dExcludingPads', 'FlattenChannelsLast', 'Add', 'Concat'];

/** The module-level code of each helper. */
const HELPERS: Record<Helper, string> = {
  truncated_normal_: `def truncated_normal_(weight, scale, mode):
    """Keras's variance-scaling initializer with a normal distribution, as lenetc (tfjs-layers)
    draws it: σ = √(scale / fan), values beyond 2σ drawn again. That is he_normal (2, fan_in),
    lecun_normal (1, fan_in) and glorot_normal (1, fan_avg). PyTorch's kaiming_normal_ and
    xavier_normal_ do not truncate; tf.keras also divides σ by 0.8796, tfjs-layers does not."""
    fan_in = weight[0].numel()
    fan_out = weight.shape[0] * weight[0][0].numel()
    fan = {"fan_in": fan_in, "fan_avg": (fan_in + fan_out) / 2}[mode]
    std = math.sqrt(scale / max(1.0, fan))
    return nn.init.trunc_normal_(weight, std=std, a=-2 * std, b=2 * std)`,
  KerasHardSigmoid: `class KerasHardSigmoid(nn.Module):
    """Keras's hard sigmoid, max(0, min(1, 0.2·x + 0.5)), as lenetc's hard_sigmoid; PyTorch's
    nn.Hardsigmoid is another line, relu6(x + 3) / 6."""

    def forward(self, x):
        return torch.clamp(0.2 * x + 0.5, 0.0, 1.0)`,
  AvgPool2dExcludingPads: `class AvgPool2dExcludingPads(nn.Module):
    """Average pooling with pads that differ per side (tfjs's \`same\` puts the odd one last),
    averaging only the pixels inside the input, as lenetc does; nn.AvgPool2d pads both sides alike."""

    def __init__(self, kernel_size, stride, pads):
        super().__init__()
        self.kernel_size = kernel_size
        self.stride = stride
        self.pads = pads  # (left, right, top, bottom), as F.pad takes them

    def forward(self, x):
        sums = F.avg_pool2d(F.pad(x, self.pads), self.kernel_size, self.stride)
        inside = F.avg_pool2d(F.pad(torch.ones_like(x[:1, :1]), self.pads), self.kernel_size, self.stride)
        return sums / inside

    def extra_repr(self):
        return f"kernel_size={self.kernel_size}, stride={self.stride}, pads={self.pads}"`,
  FlattenChannelsLast: `class FlattenChannelsLast(nn.Module):
    """Flattens [batch, C, H, W] in (H, W, C) order, as lenetc does (its tensors are channels
    last), so that the dense layer after it takes lenetc's trained weights unpermuted."""

    def forward(self, x):
        return x.permute(0, 2, 3, 1).flatten(1)`,
  Add: `class Add(nn.Module):
    """The element-wise sum of its inputs, left to right (lenetc's add): a module, so that
    print(model) and forward hooks see it."""

    def forward(self, *inputs):
        total = inputs[0]
        for x in inputs[1:]:
            total = total + x
        return total`,
  Concat: `class Concat(nn.Module):
    """Its inputs side by side along the channels (lenetc's concat)."""

    def forward(self, *inputs):
        return torch.cat(inputs, dim=1)`,
};
