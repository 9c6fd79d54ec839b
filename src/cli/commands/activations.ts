/**
 * `lenetc activations RUN_DIR --out DIR`: one PNG per input showing the input, the prediction
 * and the feature maps of chosen layers (default the first two convolutions), d2l.ai 7.6's
 * exercise. Inputs come from the test split (by class or index), image files, or noise.
 */
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Option, InvalidArgumentError, type Command } from 'commander';
import { UserError } from '../../errors.js';
import type { Dataset } from '../../model.js';
import { BACKENDS } from '../../runtime/backend-names.js';
import type { CommandContext } from '../index.js';
import { EXIT } from '../io.js';
import { writeFileAtomic } from '../output.js';
import { findModelDir, loadRunTestSplit, runClasses, runDataset } from '../run-dir.js';
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
    .addOption(new Option('--backend <name>', 'tfjs backend').choices([...BACKENDS]).default('cpu'))
    .option('--force', 'replace PNGs that exist')
    .action(async (run: string, options: ActivationsOptions) => {
      await activations(ctx, run, options);
      ctx.setExit(EXIT.ok);
    });
}

async function activations(ctx: CommandContext, run: string, options: ActivationsOptions): Promise<void> {
  const { io } = ctx;
  if (!options.class && !options.index && !options.image && !options.noise) {
    throw new UserError('NEEDS_ARGUMENT', { command: 'activations', needs: 'inputs', hint: 'pass --class, --index, --image or --noise' });
  }
  const runDir = path.resolve(io.cwd, run);
  const modelDir = findModelDir(runDir, run);
  const dataset = await runDataset(runDir);
  const classes = await runClasses(runDir);

  // tfjs loads only here, after the cheap checks above
  const [{ selectBackend }, { loadModelFolder }, act] = await Promise.all([
    import('../../runtime/backend.js'), import('../../runtime/train/run-folder.js'), import('../../runtime/activations/index.js'),
  ]);
  await selectBackend(options.backend as Parameters<typeof selectBackend>[0]);
  const net = await loadModelFolder(modelDir);
  try {
    const layers = act.chooseLayers(net, options.layers);
    const side = net.inputs[0]!.shape[1];
    if (typeof side !== 'number' || net.inputs[0]!.shape[2] !== side) {
      throw new UserError('UNSUPPORTED_INPUT', { shape: JSON.stringify(net.inputs[0]!.shape.slice(1)) });
    }
    const inputs = await pickInputs(ctx, runDir, dataset, side, options);
    const outDir = path.resolve(io.cwd, options.out);
    const names = inputs.map((input, i) => `${String(i).padStart(2, '0')}-${input.slug}.png`);
    fs.mkdirSync(outDir, { recursive: true });
    // refuse before writing anything, so a refused run leaves no half set of PNGs
    const existing = names.filter((n) => fs.existsSync(path.join(outDir, n)));
    if (existing.length && !options.force) {
      throw new UserError('FILE_EXISTS', { file: path.join(options.out, existing[0]!) });
    }
    const results = await act.extractActivations(net, layers, inputs.map((i) => i.pixels));
    results.forEach((result, i) => {
      const input = inputs[i]!;
      const predicted = classes[result.predicted] ?? String(result.predicted);
      const probability = result.probabilities[result.predicted]!;
      const png = act.renderSheet({ title: input.title, input: input.pixels, side, predicted, probability, truth: input.truth, layers: result.layers });
      writeFileAtomic(io.cwd, path.join(options.out, names[i]!), png, Boolean(options.force));
      const means = result.layers.map((m) => `${m.layer} ${mean(m.data).toFixed(3)}`).join(', ');
      const truth = input.truth === undefined ? '' : ` (${input.truth})`;
      io.stdout(`${names[i]}: ${input.title}${truth}: predicted ${predicted} ${(100 * probability).toFixed(1)}%; mean activation ${means}\n`);
    });
  } finally {
    net.dispose();
  }
}

/** The inputs in the order the options list them: classes, indexes, images, noise. */
async function pickInputs(ctx: CommandContext, runDir: string, dataset: Dataset, side: number, options: ActivationsOptions): Promise<PickedInput[]> {
  const inputs: PickedInput[] = [];
  if (options.class || options.index) {
    const data = await loadRunTestSplit(ctx.io, runDir, options.data);
    const { test } = data;
    if (test.height !== side || test.width !== side) {
      throw new UserError('INPUT_MISMATCH', { model: `${side}×${side}`, dataset, images: `${test.height}×${test.width}` });
    }
    const example = (i: number): PickedInput => {
      const truth = data.classes[test.labels[i]!]!;
      return { title: `test #${i}`, slug: `test-${i}-${slugify(truth)}`, truth, pixels: test.images.slice(i * side * side, (i + 1) * side * side) };
    };
    for (const name of options.class ?? []) {
      const label = data.classes.findIndex((c) => c.toLowerCase() === name.toLowerCase());
      if (label < 0) throw new UserError('UNKNOWN_CLASS', { dataset, name, classes: data.classes });
      const picked: number[] = [];
      for (let i = 0; i < test.count && picked.length < options.count; i++) if (test.labels[i] === label) picked.push(i);
      inputs.push(...picked.map(example));
    }
    for (const i of options.index ?? []) {
      if (i >= test.count) throw new UserError('INDEX_OUT_OF_RANGE', { index: i, count: test.count });
      inputs.push(example(i));
    }
  }
  if (options.image) {
    const { imageToInput } = await import('../../runtime/image/index.js');
    for (const file of options.image) {
      const bytes = await readFile(path.resolve(ctx.io.cwd, file)).catch(() => {
        throw new UserError('FILE_UNREADABLE', { what: 'image', file });
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
