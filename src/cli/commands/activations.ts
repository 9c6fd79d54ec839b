/**
 * `lenetc activations RUN_DIR --out DIR`: one PNG per input showing the input, the prediction
 * and the feature maps of chosen layers (default the first two convolutions), d2l.ai 7.6's
 * exercise. Inputs come from the test split (by class or index), image files, or noise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { UserError } from '../../errors.js';
import { makeFolder } from '../../node/files.js';
import { BACKENDS, type BackendName } from '../../tfjs/backend-names.js';
import type { CommandContext } from '../index.js';
import { EXIT } from '../io.js';
import { sayBackend } from '../backend-line.js';
import { writeOutputFile } from '../output.js';
import { findRun, loadRunTestSplit, runClasses, runSplit } from '../run-dir.js';
import { positiveInteger } from '../spec.js';
import { backendName } from '../training-flags.js';

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
  backend: BackendName;
  force?: boolean;
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
    .argument('<run>', 'run folder (runs/<name>/<timestamp>), a folder of one spec\'s runs (its newest), latest, or a model folder holding model.json')
    .requiredOption('-o, --out <dir>', 'folder for the PNGs (created if missing; numbering goes on after the PNGs already there)')
    .option('--layers <names>', 'layers to show, comma-separated; `convs` for every conv layer, in any branch (default: the first two conv layers)', list)
    .option('--class <names>', 'test examples (a folder data set\'s validation examples) of these classes, comma-separated (e.g. Pullover,Coat)', list)
    .option('--count <n>', 'examples per --class (at most 1000)', positiveInteger, 1)
    .option('--index <list>', 'test (or validation) examples by index, comma-separated', indexList)
    .option('--image <files...>', 'PNG or JPEG files, resized to the input size (box filter) as grayscale')
    .option('--invert', 'invert --image files (dark object on light ground → light on black, like Fashion-MNIST)')
    .option('--noise <n>', 'n images of uniform random noise (at most 1000)', positiveInteger)
    .option('--seed <n>', 'seed of the noise', seedValue, 0)
    .option('--data <dir>', 'dataset folder (default: the run\'s, else the usual lookup)')
    .option('--backend <name>', `tfjs backend: ${BACKENDS.join(', ')}`, backendName, 'auto')
    .option('--force', 'number the PNGs from 00 again, replacing those there (else a second call numbers on after the first)')
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
  const { dir: runDir, shown } = await findRun(io, run, 'model');
  const { findModelDir } = await import('../../node/run-folder.js');
  const modelDir = await findModelDir(runDir, shown);
  const { dataset, split } = await runSplit(io, runDir);
  const classes = await runClasses(runDir);

  // tfjs loads only here, after the cheap checks above
  const [{ selectBackend }, { loadModelFolder }, act, { planInputs }, { renderSheet }] = await Promise.all([
    import('../../node/backend.js'), import('../../node/train.js'), import('../../tfjs/feature-maps/index.js'),
    import('../../node/feature-map-inputs.js'), import('../../node/feature-maps.js'),
  ]);
  sayBackend(ctx, await selectBackend(options.backend), options.backend);
  const net = await loadModelFolder(modelDir);
  try {
    const layers = act.chooseLayers(net, options.layers);
    const side = net.inputs[0]!.shape[1];
    if (typeof side !== 'number' || net.inputs[0]!.shape[2] !== side) {
      throw new UserError('UNSUPPORTED_INPUT', { shape: JSON.stringify(net.inputs[0]!.shape.slice(1)) });
    }
    const inputs = await planInputs(
      { classes: options.class, count: options.count, indexes: options.index, images: options.image, invert: options.invert, noise: options.noise, seed: options.seed, cwd: io.cwd },
      side,
      // a folder dataset's validation split, or the built-in test split the run trained with
      { dataset, split, load: () => loadRunTestSplit(io, runDir, options.data) },
    );
    const outDir = path.resolve(io.cwd, options.out);
    if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) throw new UserError('NOT_A_FILE', { file: `--out ${options.out}`, is: 'a file', expected: 'a folder', hint: 'give a folder for the PNGs' });
    // level by level: Node's recursive mkdir never returns where a level cannot be made (/proc/self/x)
    await makeFolder(outDir, `--out ${options.out}`);
    // a second call into the folder numbers on after the first's sheets (--force starts again at 00, replacing them)
    const first = options.force ? 0 : nextSheetNumber(fs.readdirSync(outDir));
    const digits = Math.max(2, String(first + inputs.length - 1).length);
    const names = inputs.map((input, i) => `${String(first + i).padStart(digits, '0')}-${input.slug}.png`);
    // refuse before writing anything, so a refused run leaves no half set of PNGs
    const existing = names.filter((n) => fs.existsSync(path.join(outDir, n)));
    if (existing.length && !options.force) {
      throw new UserError('FILE_EXISTS', { file: path.join(options.out, existing[0]!) });
    }
    // a chunk at a time: the maps of a thousand inputs need not be in memory together
    for (let start = 0; start < inputs.length; start += CHUNK) {
      const chunk = inputs.slice(start, start + CHUNK);
      const pixels: Float32Array[] = [];
      for (const input of chunk) pixels.push(await input.pixels());
      const results = await act.extractActivations(net, layers, pixels);
      for (const [k, result] of results.entries()) {
        const input = chunk[k]!;
        const name = names[start + k]!;
        const predicted = classes[result.predicted] ?? String(result.predicted);
        const probability = result.probabilities[result.predicted]!;
        const png = renderSheet({ title: input.title, input: pixels[k]!, side, predicted, probability, truth: input.truth, layers: result.layers });
        await writeOutputFile(io.cwd, path.join(options.out, name), png, Boolean(options.force));
        const means = result.layers.map((m) => `${m.layer} ${mean(m.data).toFixed(3)}`).join(', ');
        const truth = input.truth === undefined ? '' : ` (${input.truth})`;
        io.stdout(`${name}: ${input.title}${truth}: predicted ${predicted} ${(100 * probability).toFixed(1)}%; mean activation ${means}\n`);
      }
    }
  } finally {
    net.dispose();
  }
}

/** Inputs through the network at once. */
const CHUNK = 32;

/** One past the highest `NN-….png` number among `files`: where a new call's sheets start. */
function nextSheetNumber(files: readonly string[]): number {
  const numbers = files.map((f) => /^(\d+)-.*\.png$/.exec(f)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  return numbers.length ? Math.max(...numbers) + 1 : 0;
}

function mean(values: Float32Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length ? sum / values.length : 0;
}
