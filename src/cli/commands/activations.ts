/**
 * `lenetc activations RUN_DIR --out DIR`: one PNG per input showing the input, the prediction
 * and the feature maps of chosen layers (default the first two convolutions), d2l.ai 7.6's
 * exercise. Inputs come from the test split (by class or index), image files, or noise.
 */
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Option, InvalidArgumentError, type Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../../errors.js';
import { DATASETS, type Dataset } from '../../model.js';
import type { CommandContext } from '../index.js';
import { EXIT } from '../io.js';
import { writeOutputFile } from '../output.js';
import { positiveInteger } from '../spec.js';

interface ActivationsOptions {
  out: string;
  layers?: string[];
  class?: string[];
  count: number;
  index?: number[];
  image?: string[];
  noise?: number;
  seed: number;
  invert?: boolean;
  data?: string;
  backend: string;
  force?: boolean;
}

/** One picked input, before it runs through the network. */
interface PickedInput {
  title: string;
  /** For the file name. */
  slug: string;
  pixels: Float32Array;
  truth?: string;
}

const list = (value: string) => value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);

function indexList(value: string): number[] {
  return list(value).map((s) => {
    if (!/^\d+$/.test(s)) throw new InvalidArgumentError(`expected test indexes like 12,40, found '${s}'`);
    return Number(s);
  });
}

function seedValue(value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new InvalidArgumentError(`expected a non-negative integer, found '${value}'`);
  return Number(value);
}

/** Adds `activations` to the program. */
export function registerActivations(program: Command, ctx: CommandContext): void {
  program
    .command('activations')
    .description('draw the feature maps of a trained run for chosen inputs, one PNG per input')
    .argument('<run>', 'run folder (runs/<name>/<timestamp>) or a model folder holding model.json')
    .requiredOption('--out <dir>', 'folder for the PNGs (created if missing)')
    .option('--layers <names>', 'layers to show, comma-separated (default: the first two conv layers)', list)
    .option('--class <names>', 'test examples of these classes, comma-separated (e.g. Pullover,Coat)', list)
    .option('--count <n>', 'examples per --class', positiveInteger, 1)
    .option('--index <list>', 'test examples by index, comma-separated', indexList)
    .option('--image <files...>', 'PNG or JPEG files, resized to the input size (box filter) as grayscale')
    .option('--invert', 'invert --image files (dark object on light ground → light on black, like Fashion-MNIST)')
    .option('--noise <n>', 'n images of uniform random noise', positiveInteger)
    .option('--seed <n>', 'seed of the noise', seedValue, 0)
    .option('--data <dir>', 'dataset folder (default: the run\'s, else the usual lookup)')
    .addOption(new Option('--backend <name>', 'tfjs backend').choices(['auto', 'cpu', 'wasm', 'webgpu', 'tensorflow', 'tensorflow-gpu']).default('cpu'))
    .option('--force', 'replace PNGs that exist')
    .action(async (run: string, options: ActivationsOptions) => {
      await activations(ctx, run, options);
      ctx.setExit(EXIT.ok);
    });
}

async function activations(ctx: CommandContext, run: string, options: ActivationsOptions): Promise<void> {
  const { io } = ctx;
  if (!options.class && !options.index && !options.image && !options.noise) {
    throw new UserError('no inputs chosen', 'pass --class, --index, --image or --noise', EXIT.usage);
  }
  const runDir = path.resolve(io.cwd, run);
  const modelDir = findModelDir(runDir, run);
  const dataset = await runDataset(runDir);
  const classes = (await import('../../runtime/data/index.js')).CLASS_NAMES[dataset];

  // tfjs loads only here, after the cheap checks above
  const [{ selectBackend }, { loadModelFolder }, act] = await Promise.all([
    import('../../runtime/backend.js'), import('../../runtime/train/index.js'), import('../../runtime/activations/index.js'),
  ]);
  await selectBackend(options.backend as Parameters<typeof selectBackend>[0]);
  const net = await loadModelFolder(modelDir);
  try {
    const layers = act.chooseLayers(net, options.layers);
    const side = net.inputs[0]!.shape[1];
    if (typeof side !== 'number' || net.inputs[0]!.shape[2] !== side) {
      throw new UserError(`the network takes ${JSON.stringify(net.inputs[0]!.shape.slice(1))} inputs; activations draws square one-channel inputs only`);
    }
    const inputs = await pickInputs(ctx, runDir, dataset, side, options);
    const outDir = path.resolve(io.cwd, options.out);
    const names = inputs.map((input, i) => `${String(i).padStart(2, '0')}-${input.slug}.png`);
    fs.mkdirSync(outDir, { recursive: true });
    // refuse before writing anything, so a refused run leaves no half set of PNGs
    const existing = names.filter((n) => fs.existsSync(path.join(outDir, n)));
    if (existing.length && !options.force) {
      throw new UserError(`${path.join(options.out, existing[0]!)} exists; not overwriting it`, 'pass --force to replace it', EXIT.usage);
    }
    const results = await act.extractActivations(net, layers, inputs.map((i) => i.pixels));
    for (const [i, result] of results.entries()) {
      const input = inputs[i]!;
      const predicted = classes[result.predicted] ?? String(result.predicted);
      const probability = result.probabilities[result.predicted]!;
      const png = act.renderSheet({ title: input.title, input: input.pixels, side, predicted, probability, truth: input.truth, layers: result.layers });
      await writeOutputFile(io.cwd, path.join(options.out, names[i]!), png, Boolean(options.force));
      const means = result.layers.map((m) => `${m.layer} ${mean(m.data).toFixed(3)}`).join(', ');
      const truth = input.truth === undefined ? '' : ` (${input.truth})`;
      io.stdout(`${names[i]}: ${input.title}${truth}: predicted ${predicted} ${(100 * probability).toFixed(1)}%; mean activation ${means}\n`);
    }
  } finally {
    net.dispose();
  }
}

/** `RUN/model`, or RUN itself when it holds model.json. */
function findModelDir(runDir: string, shown: string): string {
  if (fs.existsSync(path.join(runDir, 'model.json'))) return runDir;
  if (fs.existsSync(path.join(runDir, 'model', 'model.json'))) return path.join(runDir, 'model');
  if (!fs.existsSync(runDir)) throw new UserError(`no such run folder: ${shown}`, undefined, EXIT.usage);
  throw new UserError(`${shown} holds no model (model/model.json)`, 'a run writes its model after the first epoch; give a run folder such as runs/<name>/<timestamp>');
}

/** The run's dataset: summary.json's, else the resolved spec's, else Fashion-MNIST. */
async function runDataset(runDir: string): Promise<Dataset> {
  const fromSummary = await readFile(path.join(runDir, 'summary.json'), 'utf8')
    .then((t) => (JSON.parse(t) as { dataset?: { name?: unknown } }).dataset?.name, () => undefined);
  const fromSpec = fromSummary ?? await readFile(path.join(runDir, 'spec.resolved.yaml'), 'utf8')
    .then((t) => (parseYaml(t) as { train?: { dataset?: unknown } } | null)?.train?.dataset, () => undefined);
  return DATASETS.find((d) => d === fromSpec) ?? 'fashion-mnist';
}

/** The inputs in the order the options list them: classes, indexes, images, noise. */
async function pickInputs(ctx: CommandContext, runDir: string, dataset: Dataset, side: number, options: ActivationsOptions): Promise<PickedInput[]> {
  const inputs: PickedInput[] = [];
  if (options.class || options.index) {
    const { loadDataset } = await import('../../runtime/data/index.js');
    const runInfo = await readFile(path.join(runDir, 'run.json'), 'utf8').then((t) => JSON.parse(t) as { data_dir?: string | null }, () => undefined);
    const dataDir = options.data === undefined ? runInfo?.data_dir ?? undefined : path.resolve(ctx.io.cwd, options.data);
    // only the test split is used: keep one training example to skip decoding the other 60 000
    const data = await loadDataset({ dataset, dataDir, env: ctx.io.env, trainLimit: 1 });
    const { test } = data;
    if (test.height !== side || test.width !== side) {
      throw new UserError(`the network takes ${side}×${side} inputs but ${dataset}'s images are ${test.height}×${test.width}`);
    }
    const example = (i: number): PickedInput => {
      const truth = data.classes[test.labels[i]!]!;
      return { title: `test #${i}`, slug: `test-${i}-${slugify(truth)}`, truth, pixels: test.images.slice(i * side * side, (i + 1) * side * side) };
    };
    for (const name of options.class ?? []) {
      const label = data.classes.findIndex((c) => c.toLowerCase() === name.toLowerCase());
      if (label < 0) throw new UserError(`${dataset} has no class ${JSON.stringify(name)}`, `classes: ${data.classes.join(', ')}`, EXIT.usage);
      const picked: number[] = [];
      for (let i = 0; i < test.count && picked.length < options.count; i++) if (test.labels[i] === label) picked.push(i);
      inputs.push(...picked.map(example));
    }
    for (const i of options.index ?? []) {
      if (i >= test.count) throw new UserError(`--index ${i} is past the end of the test split (${test.count} examples)`, undefined, EXIT.usage);
      inputs.push(example(i));
    }
  }
  if (options.image) {
    const { imageToInput } = await import('../../runtime/image/index.js');
    for (const file of options.image) {
      const bytes = await readFile(path.resolve(ctx.io.cwd, file)).catch(() => {
        throw new UserError(`cannot read image ${file}`, undefined, EXIT.usage);
      });
      const { pixels } = imageToInput(bytes, file, { invert: options.invert, size: side });
      const base = path.basename(file);
      inputs.push({ title: base, slug: `image-${slugify(base.replace(/\.[^.]*$/, ''))}`, pixels });
    }
  }
  if (options.noise) {
    const { Rng } = await import('../../runtime/train/rng.js');
    const rng = new Rng(options.seed);
    for (let k = 0; k < options.noise; k++) {
      const pixels = Float32Array.from({ length: side * side }, () => rng.next());
      inputs.push({ title: `noise ${k} seed ${options.seed}`, slug: `noise-${k}`, pixels });
    }
  }
  return inputs;
}

/** A file-name-safe form of a label: `T-shirt/top` → `t-shirt-top`. */
function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'input';
}

function mean(values: Float32Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length ? sum / values.length : 0;
}
