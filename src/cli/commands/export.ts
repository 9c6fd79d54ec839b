/**
 * `lenetc export RUN -o FILE.onnx` (or `--onnx FILE`) writes a trained run's network as ONNX
 * (src/codegen/onnx), `--pytorch -o DIR` as a PyTorch module with its weights
 * (src/codegen/pytorch), `--tfjs -o DIR` (or `--tfjs DIR`) copies its TensorFlow.js model folder
 * (model.json and weights). RUN is a run folder, a folder of one spec's runs, `latest`, or a
 * model folder. The ONNX and PyTorch exports
 * lower the plan of the run's spec (spec.resolved.yaml) and take only the numbers from its model
 * folder; none of them loads TensorFlow.js.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Diagnostic } from '../../diagnostics.js';
import { UserError } from '../../errors.js';
import { formatDiagnostic } from '../../format-diagnostics.js';
import { readModelFolder, type ModelFolder } from '../../node/model-folder.js';
import type { CommandContext } from '../index.js';
import { EXIT, shownPath, type CliIO } from '../io.js';
import { writeOutputFile } from '../output.js';
import { makeFolder, writeFilesAtomic } from '../../node/files.js';
import { findModelDir, RUN_FILES } from '../../node/run-folder.js';
import { findRun, runClasses } from '../run-dir.js';
import { checkFile, styleFor, type ValidSpec } from '../spec.js';

interface ExportOptions {
  /** A file name, or true when the file is -o's. */
  onnx?: string | boolean;
  /** A folder name, or true when the folder is -o's. */
  pytorch?: string | boolean;
  /** A folder name, or true when the folder is -o's. */
  tfjs?: string | boolean;
  out?: string;
  force?: boolean;
}

type Format = 'onnx' | 'pytorch' | 'tfjs';

/** Adds `export` to the program. */
export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .description("write a trained run's network as ONNX (-o model.onnx, or --onnx FILE), as a PyTorch module with its weights (--pytorch -o DIR) or as a TensorFlow.js model folder (--tfjs -o DIR)")
    .argument('<run>', 'run folder (runs/<name>/<timestamp>), a folder of one spec\'s runs (its newest), latest, or a model folder holding model.json')
    .option('-o, --out <path>', 'where to write: a .onnx file is ONNX; a folder, with --pytorch or --tfjs, that export')
    .option('--onnx [file]', 'ONNX model (opset 13; input NCHW [batch, channels, height, width]), to FILE or to -o')
    .option('--pytorch [dir]', 'PyTorch: model.py (the nn.Module and load()), weights.json and weights.bin, into DIR or -o')
    .option('--tfjs [dir]', 'TensorFlow.js model folder: model.json and weights.bin (tf.loadLayersModel), to DIR or to -o')
    .option('--force', 'replace files that exist')
    .action(async (run: string, options: ExportOptions) => {
      const to = targets(options);
      const { dir: runDir, shown } = await findRun(ctx.io, run, 'model');
      const modelDir = await findModelDir(runDir, shown);
      const folder = await readModelFolder(modelDir, shownPath(ctx.io.cwd, modelDir));
      const force = Boolean(options.force);
      let code: number = EXIT.ok;
      if (to.onnx !== undefined || to.pytorch !== undefined) {
        const network = runNetwork(ctx.io, modelDir, to.onnx !== undefined ? 'ONNX' : 'PyTorch');
        if (to.onnx !== undefined) code = await exportOnnx(ctx.io, network, folder, to.onnx, force);
        if (to.pytorch !== undefined && code === EXIT.ok) code = await exportTorch(ctx.io, network, folder, to.pytorch, force);
      }
      if (to.tfjs !== undefined && code === EXIT.ok) await copyTfjs(ctx.io, modelDir, folder, to.tfjs, force);
      ctx.setExit(code);
    });
}

/**
 * Where each format goes. `--onnx FILE`, `--pytorch DIR` and `--tfjs DIR` name their own target
 * (several at once write each); a bare `--onnx`, `--pytorch` or `--tfjs` writes to -o; `-o` alone
 * takes the format from its name: `.onnx` is ONNX, anything else needs --pytorch or --tfjs to say
 * which folder it is.
 */
function targets(options: ExportOptions): Partial<Record<Format, string>> {
  const { out } = options;
  const formats: Format[] = ['onnx', 'pytorch', 'tfjs'];
  const named = Object.fromEntries(formats.flatMap((f) => (typeof options[f] === 'string' ? [[f, options[f]]] : []))) as Partial<Record<Format, string>>;
  const bare = formats.filter((f) => options[f] === true);
  if (bare.length > 1) throw new UserError('BAD_OPTION', { option: '-o', expected: 'one format for one path', found: bare.map((f) => `--${f}`).join(' and ') });
  if (out === undefined) {
    if (bare.length) throw new UserError('NEEDS_ARGUMENT', { command: `export --${bare[0]}`, needs: 'a path', hint: `--${bare[0]} ${bare[0] === 'onnx' ? 'FILE' : 'DIR'}, or -o ${bare[0] === 'onnx' ? 'FILE' : 'DIR'}` });
    if (Object.keys(named).length === 0) throw new UserError('NEEDS_ARGUMENT', { command: 'export', needs: '-o FILE.onnx, --onnx FILE, --pytorch -o DIR or --tfjs -o DIR' });
    return named;
  }
  if (bare.length === 1) return { ...named, [bare[0]!]: out };
  if (Object.keys(named).length === formats.length) throw new UserError('BAD_OPTION', { option: '-o', expected: 'no -o beside a path for every format', found: out });
  if (out.toLowerCase().endsWith('.onnx') && named.onnx === undefined) return { ...named, onnx: out };
  throw new UserError('BAD_OPTION', {
    option: '-o', expected: 'a file name ending in .onnx (ONNX), or --pytorch or --tfjs for a folder', found: out,
    hint: `-o ${out.replace(/[\\/]+$/, '')}.onnx, or --tfjs -o ${out}`,
  });
}

/** The run a model folder belongs to: its spec, checked, and the folder that holds it. */
interface RunNetwork {
  spec: ValidSpec;
  /** The spec file as messages name it. */
  specFile: string;
  /** The run folder (for its class names): the folder of the spec. */
  runDir: string;
}

/**
 * The checked spec of the run `modelDir` belongs to: spec.resolved.yaml beside model/ in the
 * run folder, or beside model.json. EXPORT_NO_SPEC for a bare model folder; SPEC_INVALID (with
 * its errors printed) for a spec that no longer checks.
 */
function runNetwork(io: CliIO, modelDir: string, format: string): RunNetwork {
  const candidates = [path.join(modelDir, RUN_FILES.spec), path.join(path.dirname(modelDir), RUN_FILES.spec)];
  const file = candidates.find((f) => fs.existsSync(f));
  if (!file) throw new UserError('EXPORT_NO_SPEC', { dir: shownPath(io.cwd, modelDir), format });
  const specFile = shownPath(io.cwd, file);
  const result = checkFile(io, specFile, []);
  const { model, shapes } = result;
  if (!result.ok || !model || !shapes) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    for (const d of errors) io.stderr(formatDiagnostic(d, result.sources, styleFor(io)) + '\n');
    throw new UserError('SPEC_INVALID', { file: specFile, codes: [...new Set(errors.map((d) => d.code))] });
  }
  return { spec: { ...result, model, shapes }, specFile, runDir: path.dirname(file) };
}

/** Prints `diagnostics` (at the layers of the run's spec they are about); the exit code. */
function refuse(io: CliIO, network: RunNetwork, diagnostics: readonly Diagnostic[]): number {
  for (const d of diagnostics) io.stderr(formatDiagnostic(network.spec.locate(d), network.spec.sources, styleFor(io)) + '\n');
  return EXIT.invalid;
}

async function exportOnnx(io: CliIO, network: RunNetwork, folder: ModelFolder, file: string, force: boolean): Promise<number> {
  const { toOnnx, OPSET } = await import('../../codegen/onnx/index.js');
  const { model, plan } = network.spec;
  const classes = await runClasses(network.runDir);
  const result = toOnnx(plan!, folder.weights, { classes, producerVersion: lenetcVersion(), description: model.description });
  if (!result.ok) return refuse(io, network, result.diagnostics);
  await writeOutputFile(io.cwd, file, result.bytes, force);
  const params = plan!.weights.reduce((n, w) => n + w.shape.reduce((a, b) => a * b, 1), 0);
  const [c, h, w] = result.input;
  io.stdout(`wrote ${file}: ONNX opset ${OPSET}, input [batch, ${c}, ${h}, ${w}] (NCHW), output [batch, ${result.output.join(', ')}] ${plan!.output.kind}, ${params.toLocaleString('en-US')} weights, ${(result.bytes.length / 1024).toFixed(1)} KiB\n`);
  return EXIT.ok;
}

/** Writes model.py, weights.json and weights.bin into `dir`; refuses to replace any of them without --force, before writing one. */
async function exportTorch(io: CliIO, network: RunNetwork, folder: ModelFolder, dir: string, force: boolean): Promise<number> {
  const { exportPyTorch } = await import('../../codegen/pytorch/index.js');
  const { model, shapes } = network.spec;
  const classes = await runClasses(network.runDir);
  const result = exportPyTorch(model, shapes, folder.weights, {
    classes, producerVersion: lenetcVersion(), source: network.specFile, command: `lenetc export ${shownPath(io.cwd, network.runDir)} --pytorch ${dir}`,
  });
  if (!result.ok) return refuse(io, network, result.diagnostics);
  const target = path.resolve(io.cwd, dir);
  // as carefully as --tfjs: something other than a folder is refused, files in the way before any is written, each written whole
  await makeFolder(target, dir);
  const names = Object.keys(result.files) as (keyof typeof result.files)[];
  await writeFilesAtomic(target, names.map((name) => ({ name, data: result.files[name] })), { replace: force, shown: dir });
  const kib = (result.files['weights.bin'].length / 1024).toFixed(1);
  io.stdout(`wrote ${dir}: model.py (class ${result.module.className}, load()), weights.json, weights.bin (${result.tensors} tensors, ${kib} KiB)\n`);
  return EXIT.ok;
}

/**
 * Writes the model folder's files, as read, into `dir` (made if missing): the weight files
 * first and model.json last, each under a temporary name until all are written, so a failed
 * export leaves no model.json naming weights that are not there. Refuses to replace files
 * without --force, and anything that is not a regular file always.
 */
async function copyTfjs(io: CliIO, modelDir: string, folder: ModelFolder, dir: string, force: boolean): Promise<void> {
  const target = path.resolve(io.cwd, dir);
  const [real, realModel] = await Promise.all([fs.promises.realpath(target).catch(() => target), fs.promises.realpath(modelDir)]);
  if (real === realModel) throw new UserError('BAD_OPTION', { option: '--tfjs', expected: 'a folder other than the model folder', found: dir });
  const names = [...folder.files.slice(1), 'model.json'];
  // something other than a folder at `dir` is refused here; files in the way by writeFilesAtomic, before it writes any
  await makeFolder(target, dir);
  await writeFilesAtomic(target, names.map((name) => ({ name, data: folder.contents[name]! })), { replace: force, shown: dir });
  io.stdout(`wrote ${dir}: ${folder.files.join(', ')} (tf.loadLayersModel)\n`);
}

/** lenetc's version from its package.json, found by walking up from this module (src/ or dist/). */
function lenetcVersion(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'lenetc' && pkg.version) return pkg.version;
  }
  return 'unknown';
}
