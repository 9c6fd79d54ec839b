/**
 * Emits a readable TypeScript module for a checked model: `createModel()` built from the plan's
 * tfjs projection (src/plan/tfjs.ts), and the training settings as a typed constant. Pure: templates are embedded at
 * build time (scripts/embed-templates.mjs), so this runs without a file system.
 */
import Handlebars from 'handlebars';
import { isFolderDataset, type NetModel } from '../model.js';
import type { LayerReport, ShapeReport } from '../shape-inference/types.js';
import { formatShape, groupDigits, shapeTrace } from '../format.js';
import { planModel } from '../plan/index.js';
import { tfjsLayers, type TfArgValue, type TfInitializer, type TfLayer } from '../plan/tfjs.js';
import { lines, tsBlockComment, tsLineComment, tsString } from './escape.js';
import { TEMPLATES } from './templates.generated.js';

/** What `emitTypeScript` needs besides the model. */
export interface EmitOptions {
  /** The spec's path as the user gave it, named in the header. */
  specFile: string;
  /** Seeds every random initializer as the runtime does; leave it out for unseeded weights. */
  seed?: number;
}

/** One `key: value` line of an object literal, value already TypeScript source. */
interface Field {
  key: string;
  value: string;
  type?: string;
}

/** One layer statement: `model.add(...)` (a line of layers) or `const x = ....apply(...)` (a graph). */
interface LayerView {
  fn: string;
  args: Field[];
  /** The arguments on one line, when the whole statement fits in MAX_LINE; otherwise empty. */
  inline: string;
  comment: string;
  /** In a graph: the variable holding its output, and what it applies to. */
  variable: string;
  inputs: string;
}

/** Statements longer than this are split one argument per line. */
const MAX_LINE = 100;

// compiled once, on first use: handlebars compiles lazily anyway, this keeps one instance
let render: ((view: unknown) => string) | undefined;

function template(): (view: unknown) => string {
  if (!render) {
    const hbs = Handlebars.create();
    // TypeScript, not HTML: escaping would turn quotes into entities
    hbs.registerPartial('layer', hbs.compile(TEMPLATES.layer, { noEscape: true, strict: true }));
    hbs.registerPartial('node', hbs.compile(TEMPLATES.node, { noEscape: true, strict: true }));
    render = hbs.compile(TEMPLATES.module, { noEscape: true, strict: true });
  }
  return render;
}

/**
 * The TypeScript source of a module that builds `model` with tfjs, as `lenetc emit --ts` writes
 * it: a tf.Sequential for a line of layers, tfjs's functional API for a network with branches.
 */
export function emitTypeScript(model: NetModel, shapes: ShapeReport, options: EmitOptions): string {
  const reports = new Map(shapes.layers.map((r) => [r.index, r]));
  const plan = planModel(model, shapes, { seed: options.seed });
  const functional = plan.branched;
  const variables = variableNames(tfjsLayers(plan));
  const layers = tfjsLayers(plan).map((p, i) => layerView(p, reports.get(p.node.layer.index), !functional && i === 0 ? model.input : undefined, variables, functional));
  // the spec's own text lands in comments (the name in doc comments too): escaped for each place
  const view = {
    name: tsBlockComment(model.name),
    specFile: tsBlockComment(options.specFile),
    description: lines(model.description ?? '').map((l) => tsLineComment(l.trimEnd())).filter((l) => l !== ''),
    trace: shapeTrace(shapes),
    params: groupDigits(shapes.params),
    trainableParams: groupDigits(shapes.trainableParams),
    macs: groupDigits(shapes.macs),
    inputShape: formatShape(model.input),
    inputShapeValue: tsValue([...model.input]),
    seeded: options.seed !== undefined,
    seed: options.seed,
    modelName: tsString(plan.tfName),
    output: plan.output.kind === 'logits' ? 'logits: tf.softmax turns them into class probabilities' : 'class probabilities: the network ends in softmax',
    functional,
    outputVariable: variables.get(layers.length ? tfjsLayers(plan)[layers.length - 1]!.name : 'input'),
    trainingFields: trainingFields(model),
    layers,
  };
  return template()(view);
}

function layerView(p: TfLayer, report: LayerReport | undefined, inputShape: readonly number[] | undefined, variables: ReadonlyMap<string, string>, functional: boolean): LayerView {
  const args: Field[] = [{ key: 'name', value: tsString(p.name) }];
  if (inputShape) args.push({ key: 'inputShape', value: tsValue([...inputShape]) });
  for (const [key, value] of Object.entries(p.args)) args.push({ key, value: tsValue(value) });
  const comment = layerComment(p, report);
  const inline = args.map((a) => `${a.key}: ${a.value}`).join(', ');
  const taken = p.inputs.map((name) => variables.get(name)!);
  const inputs = taken.length === 1 ? taken[0]! : `[${taken.join(', ')}]`;
  const variable = variables.get(p.name)!;
  const statement = functional
    ? `  const ${variable} = tf.layers.${p.fn}({ ${inline} }).apply(${inputs}) as tf.SymbolicTensor; // ${comment}`
    : `  model.add(tf.layers.${p.fn}({ ${inline} })); // ${comment}`;
  return { fn: p.fn, args, inline: statement.length <= MAX_LINE ? inline : '', comment, variable, inputs };
}

/** A TypeScript variable for each tfjs layer's output: its name, unless that is a reserved word or taken. */
function variableNames(layers: readonly TfLayer[]): Map<string, string> {
  const names = new Map<string, string>([['input', 'input']]);
  const used = new Set(['input', 'tf', 'model']);
  for (const l of layers) {
    let name = RESERVED.has(l.name) || used.has(l.name) ? `${l.name}_` : l.name;
    while (used.has(name)) name += '_';
    used.add(name);
    names.set(l.name, name);
  }
  return names;
}

/** Words a TypeScript variable cannot be (layer names are identifiers, but may be these). */
const RESERVED: ReadonlySet<string> = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends',
  'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this',
  'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'as', 'implements', 'interface', 'let', 'package', 'private',
  'protected', 'public', 'static', 'yield', 'await', 'arguments', 'eval', 'undefined', 'NaN', 'Infinity',
]);

/** `→ 28×28×6 · 156 params`: the shape trace beside each layer, as check prints it. */
function layerComment(p: TfLayer, report: LayerReport | undefined): string {
  if (!report) return tsLineComment(p.node.name);
  // the padding half of a conv with explicit padding, the sum half of an add with an activation
  if (p.fn === 'zeroPadding2d') return `→ ${formatShape(p.output)} (zero padding for ${tsLineComment(p.node.name)})`;
  if (p.name !== p.node.name) return `→ ${formatShape(p.output)} (the sum, before ${tsLineComment(p.node.name)}'s activation)`;
  let params = '';
  if (report.params > 0) {
    params = ` · ${groupDigits(report.params)} params`;
    if (report.nonTrainableParams > 0) params += ` (${groupDigits(report.nonTrainableParams)} non-trainable)`;
  }
  return `→ ${formatShape(p.output)}${params}`;
}

/** The `train` section as TypeScript fields, keys in camelCase, types as narrow as the values. */
function trainingFields(model: NetModel): Field[] {
  const t = model.train;
  const settings: Record<string, unknown> = {
    // a folder as the spec wrote it: the resolved path is this machine's business
    dataset: isFolderDataset(t.dataset) ? t.dataset.folder : t.dataset,
    ...(isFolderDataset(t.dataset) ? { validationSplit: t.dataset.validation_split } : {}),
    epochs: t.epochs,
    batchSize: t.batch_size,
    optimizer: t.optimizer,
    learningRate: t.lr,
    schedule: t.schedule,
    weightDecay: t.weight_decay,
    seed: t.seed,
    augment: t.augment,
  };
  return Object.entries(settings).map(([key, value]) => ({ key, value: settingValue(value), type: settingType(value) }));
}

function settingValue(value: unknown): string {
  if (isPlainObject(value)) {
    const fields = Object.entries(value).map(([k, v]) => `${camelCase(k)}: ${settingValue(v)}`);
    return fields.length ? `{ ${fields.join(', ')} }` : '{}';
  }
  return tsScalar(value);
}

/** Strings keep their literal type (`'adam'`), so a reader sees which variant the spec chose. */
function settingType(value: unknown): string {
  if (isPlainObject(value)) {
    const fields = Object.entries(value).map(([k, v]) => `${camelCase(k)}: ${settingType(v)}`);
    return fields.length ? `{ ${fields.join('; ')} }` : 'Record<string, never>';
  }
  if (typeof value === 'string') return tsString(value);
  return typeof value === 'number' || typeof value === 'boolean' ? typeof value : 'unknown';
}

function tsValue(value: TfArgValue): string {
  if (Array.isArray(value)) return `[${value.map(tsValue).join(', ')}]`;
  if (typeof value === 'object') return tsInitializer(value);
  return tsScalar(value);
}

/** `tf.initializers.glorotUniform({ seed: 42000 })`: the factory behind a serialized initializer. */
function tsInitializer(init: TfInitializer): string {
  const fn = init.className.charAt(0).toLowerCase() + init.className.slice(1);
  // zeros() and ones() take no arguments; the random ones require an (possibly empty) object
  if (fn === 'zeros' || fn === 'ones') return `tf.initializers.${fn}()`;
  return `tf.initializers.${fn}(${init.config.seed === undefined ? '{}' : `{ seed: ${init.config.seed} }`})`;
}

function tsScalar(value: unknown): string {
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NaN';
  if (typeof value === 'boolean') return String(value);
  return 'undefined';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
