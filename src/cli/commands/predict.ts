/**
 * `lenetc predict RUN_DIR IMAGE... [--top K] [--json]`: classifies image files, every image in a
 * folder (streamed, a batch at a time, with a progress bar on a terminal) or test-set examples
 * (`--index`), printing each input's most probable classes. An image that cannot be read is
 * reported on its own line and the others are still classified; the exit code is then 1.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { textLine as oneLine } from '../../codegen/escape.js';
import { UserError } from '../../errors.js';
import { notReadReason, readRegularFile } from '../../node/files.js';
import { imageFilesIn, MAX_IMAGE_BYTES, type FoundEntry } from '../../node/image/files.js';
import type { ClassScore } from '../../tfjs/predict.js';
import { BACKENDS, type BackendName } from '../../tfjs/backend-names.js';
import { sayBackend } from '../backend-line.js';
import type { CommandContext } from '../index.js';
import { EXIT, shownPath, type CliIO } from '../io.js';
import { findModelDir } from '../../node/run-folder.js';
import { findRun, loadRunTestSplit, runClasses, runSplit } from '../run-dir.js';
import { positiveInteger } from '../spec.js';
import { backendName } from '../training-flags.js';

interface PredictOptions {
  top: number;
  json?: boolean;
  invert?: boolean;
  index?: number[];
  data?: string;
  backend: BackendName;
}

/** One input to classify: a file to decode, a test example already decoded, or an entry of a folder that is not read. */
type Source =
  | { kind: 'file'; shown: string; file: string }
  | { kind: 'example'; shown: string; index: number; pixels: Float32Array; truth: string }
  | { kind: 'refused'; shown: string; error: UserError };

/** Images classified per forward pass; also how many files are decoded ahead. */
const BATCH = 32;

function indexList(value: string): number[] {
  const indexes = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0).map((s) => {
    if (!/^\d+$/.test(s)) throw new InvalidArgumentError(`expected test indexes like 12,40, found '${s}'`);
    return Number(s);
  });
  if (indexes.length === 0) throw new InvalidArgumentError(`expected test indexes like 12,40, found '${value}'`);
  return indexes;
}

/** Adds `predict` to the program. */
export function registerPredict(program: Command, ctx: CommandContext): void {
  program
    .command('predict')
    .description('classify image files, folders of images or test examples with a trained run')
    .argument('<run>', 'run folder (runs/<name>/<timestamp>), a folder of one spec\'s runs (its newest), latest, or a model folder holding model.json')
    .argument('[images...]', 'PNG or JPEG files, or folders (every .png/.jpg/.jpeg in them, recursively)')
    .option('--top <k>', 'how many classes to print per input', positiveInteger, 3)
    .option('--json', 'one JSON object per input on stdout')
    .option('--invert', 'invert images (dark object on light ground → light on black, like Fashion-MNIST)')
    .option('--index <list>', 'test examples (a folder data set\'s validation examples) by index, comma-separated', indexList)
    .option('--data <dir>', 'dataset folder for --index (default: the run\'s, else the usual lookup)')
    .option('--backend <name>', `tfjs backend: ${BACKENDS.join(', ')}`, backendName, 'auto')
    .action(async (run: string, images: string[], options: PredictOptions) => {
      ctx.setExit(await predict(ctx, run, images, options));
    });
}

async function predict(ctx: CommandContext, run: string, images: string[], options: PredictOptions): Promise<number> {
  const { io } = ctx;
  if (images.length === 0 && !options.index) throw new UserError('NEEDS_ARGUMENT', { command: 'predict', needs: 'images, folders or --index', hint: 'name image files or folders, or pass --index 0,1,2' });
  const { dir: runDir, shown } = await findRun(io, run, 'model');
  const modelDir = await findModelDir(runDir, shown);
  const sources = await listSources(io, images);
  if (options.index) sources.push(...await testExamples(io, runDir, options));
  if (sources.length === 0) throw new UserError('NO_IMAGES', { inputs: images });

  // tfjs loads only here, after the cheap checks above
  const [{ selectBackend }, { loadModelFolder }, { classProbabilities, topClasses }, { imageToInput }] = await Promise.all([
    import('../../node/backend.js'), import('../../node/train.js'), import('../../tfjs/predict.js'), import('../../node/image/index.js'),
  ]);
  sayBackend(ctx, await selectBackend(options.backend), options.backend);
  const net = await loadModelFolder(modelDir, shownPath(io.cwd, modelDir));
  const [, height, width, channels] = net.inputs[0]!.shape as [null, number, number, number];
  const units = (net.outputs[0]!.shape as [null, number])[1];
  const known = await runClasses(runDir);
  const classes = known.length === units ? known : Array.from({ length: units }, (_, k) => `class ${k}`);
  if (channels !== 1 && channels !== 3) throw new UserError('UNSUPPORTED_CHANNELS', { channels });

  const out = await progressOutput(io, sources.length);
  let failed = 0;
  try {
    for (let start = 0; start < sources.length; start += BATCH) {
      // decoded (or refused) one by one, printed in input order once the batch is classified
      const batch: ({ source: Source; pixels: Float32Array } | { source: Source; error: UserError })[] = [];
      for (const source of sources.slice(start, start + BATCH)) {
        try {
          if (source.kind === 'refused') throw source.error;
          const pixels = source.kind === 'example' ? source.pixels : imageToInput(await readImage(source), source.shown, { invert: options.invert, height, width, channels }).pixels;
          batch.push({ source, pixels });
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          batch.push({ source, error: e });
        }
        out.tick();
      }
      const decoded = batch.filter((b) => 'pixels' in b);
      const size = height * width * channels;
      const inputs = new Float32Array(decoded.length * size);
      decoded.forEach((b, i) => inputs.set(b.pixels, i * size));
      const probabilities = decoded.length ? await classProbabilities(net, inputs, decoded.length) : new Float32Array();
      for (const entry of batch) {
        if ('error' in entry) {
          failed++;
          out.error(`error[${entry.error.code}]: ${entry.error.message}`);
          if (options.json) out.line(JSON.stringify({ input: entry.source.shown, code: entry.error.code, error: entry.error.message }));
          continue;
        }
        const i = decoded.indexOf(entry);
        const top = topClasses(probabilities.subarray(i * units, (i + 1) * units), options.top);
        out.line(options.json ? jsonLine(entry.source, top, classes) : textLine(entry.source, top, classes));
      }
    }
  } finally {
    out.stop();
    net.dispose();
  }
  if (failed) io.stderr(`${failed} of ${sources.length} input${sources.length === 1 ? '' : 's'} could not be classified\n`);
  return failed ? EXIT.invalid : EXIT.ok;
}

/**
 * The files named, folders expanded (recursively, sorted) to the images in them; links and
 * special files in a folder, and folders in it without images, become inputs that report why
 * they were not read. A file named on the command line is read even through a link.
 */
async function listSources(io: CliIO, args: readonly string[]): Promise<Source[]> {
  const sources: Source[] = [];
  for (const arg of args) {
    const file = path.resolve(io.cwd, arg);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      for (const found of await imageFilesIn(file)) {
        const shown = path.join(arg, path.relative(file, found.file));
        if (found.kind === 'image') sources.push({ kind: 'file', shown, file: found.file });
        else sources.push({ kind: 'refused', shown, error: refusal(found, shown) });
      }
    } else {
      // a missing file is reported with the others, when its turn comes
      sources.push({ kind: 'file', shown: arg, file });
    }
  }
  return sources;
}

/** Why a folder's entry is not classified. */
function refusal(found: Exclude<FoundEntry, { kind: 'image' }>, shown: string): UserError {
  switch (found.kind) {
    case 'link': return new UserError('IMAGE_UNREADABLE', { file: shown, reason: `${found.is}: links inside a folder are not followed; name it on its own to classify it` });
    case 'special': return new UserError('IMAGE_UNREADABLE', { file: shown, reason: `${found.is}, not a regular file` });
    case 'no-images': return new UserError('NO_IMAGES', { inputs: [shown] });
  }
}

/** An image file's bytes: only a regular file (never a FIFO or a device), of at most MAX_IMAGE_BYTES. */
async function readImage(source: Extract<Source, { kind: 'file' }>): Promise<Uint8Array> {
  const bytes = await readRegularFile(source.file, MAX_IMAGE_BYTES);
  if (bytes instanceof Uint8Array) return bytes;
  throw new UserError('IMAGE_UNREADABLE', { file: source.shown, reason: notReadReason(bytes) });
}

/** The --index examples of the run's test split. */
async function testExamples(io: CliIO, runDir: string, options: PredictOptions): Promise<Source[]> {
  const [data, { split }] = await Promise.all([loadRunTestSplit(io, runDir, options.data), runSplit(io, runDir)]);
  const { test } = data;
  const size = test.height * test.width * (test.channels ?? 1);
  return (options.index ?? []).map((i) => {
    if (i >= test.count) throw new UserError('INDEX_OUT_OF_RANGE', { index: i, count: test.count, split });
    return { kind: 'example', shown: `${split} #${i}`, index: i, pixels: test.images.slice(i * size, (i + 1) * size), truth: data.classes[test.labels[i]!]! };
  });
}

function textLine(source: Source, top: ClassScore[], classes: readonly string[]): string {
  const truth = source.kind === 'example' ? ` (${source.truth})` : '';
  // a folder data set's class names are any text: escaped, so one input stays one line
  return `${oneLine(source.shown)}${oneLine(truth)}: ${top.map((t) => `${oneLine(classes[t.label] ?? '')} ${(100 * t.probability).toFixed(1)}%`).join(', ')}`;
}

function jsonLine(source: Source, top: ClassScore[], classes: readonly string[]): string {
  const example = source.kind === 'example' ? { index: source.index, truth: source.truth } : {};
  return JSON.stringify({ input: source.shown, ...example, predictions: top.map((t) => ({ class: classes[t.label], label: t.label, probability: t.probability })) });
}

/** Where lines go: straight out, or above a progress bar on a terminal. */
interface Output {
  line(text: string): void;
  error(text: string): void;
  tick(): void;
  stop(): void;
}

/** On a terminal with more than one input, a progress bar with the lines printed above it. */
async function progressOutput(io: CliIO, total: number): Promise<Output> {
  if (!io.isTTY || total < 2) {
    return { line: (t) => io.stdout(`${t}\n`), error: (t) => io.stderr(`${t}\n`), tick: () => {}, stop: () => {} };
  }
  const { MultiBar, Presets } = await import('cli-progress');
  const bars = new MultiBar({ format: 'predict {bar} {value}/{total} | ETA {eta_formatted}', stream: process.stderr, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  const bar = bars.create(total, 0);
  // MultiBar.log prints above the bar (on its stream, the terminal), keeping the bar intact
  return { line: (t) => bars.log(`${t}\n`), error: (t) => bars.log(`${t}\n`), tick: () => bar.increment(), stop: () => bars.stop() };
}
