/**
 * `lenetc export RUN_DIR --onnx FILE` writes a trained run's network as ONNX (src/codegen/onnx),
 * `--pytorch -o DIR` as a PyTorch module with its weights (src/codegen/pytorch), `--tfjs DIR`
 * copies its TensorFlow.js model folder (model.json and weights). The ONNX and PyTorch exports
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
import { makeFolder, writeFilesAtomic } from '../../runtime/files.js';
import { findModelDir, RUN_FILES } from '../../runtime/train/run-folder.js';
import { runClasses } from '../run-dir.js';
import { checkFile, styleFor, type ValidSpec } from '../spec.js';

interface ExportOptions {
  onnx?: string;
  pytorch?: boolean;
  out?: string;
  tfjs?: string;
  force?: boolean;
}

/** Adds `export` to the program. */
export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .description("write a trained run's network as ONNX (--onnx), as a PyTorch module with its weights (--pytorch -o DIR) or as a TensorFlow.js model folder (--tfjs)")
    .argument('<run>', 'run folder (runs/<name>/<timestamp>), or its model folder')
    .option('--onnx <file>', 'ONNX model (opset 13; input NCHW [batch, channels, height, width])')
    .option('--pytorch', 'PyTorch: model.py (the nn.Module and load()), weights.json and weights.bin, into the folder -o DIR')
    .option('-o, --out <dir>', 'the folder --pytorch writes into')
    .option('--tfjs <dir>', 'TensorFlow.js model folder: model.json and weights.bin (tf.loadLayersModel)')
    .option('--force', 'replace files that exist')
    .action(async (run: string, options: ExportOptions) => {
      if (!options.onnx && !options.tfjs && !options.pytorch) throw new UserError('NEEDS_ARGUMENT', { command: 'export', needs: '--onnx FILE, --pytorch -o DIR or --tfjs DIR' });
      if (options.pytorch && options.out === undefined) throw new UserError('NEEDS_ARGUMENT', { command: 'export --pytorch', needs: '-o DIR, the folder to write model.py and the weights into' });
      if (!options.pytorch && options.out !== undefined) throw new UserError('BAD_OPTION', { option: '-o', expected: '--pytorch beside it (--onnx and --tfjs take their own paths)', found: options.out });
      const modelDir = await findModelDir(path.resolve(ctx.io.cwd, run), run);
      const folder = await readModelFolder(modelDir, shownPath(ctx.io.cwd, modelDir));
      const force = Boolean(options.force);
      let code: number = EXIT.ok;
      if (options.onnx || options.pytorch) {
        const network = runNetwork(ctx.io, modelDir, options.onnx ? 'ONNX' : 'PyTorch');
        if (options.onnx) code = await exportOnnx(ctx.io, network, folder, options.onnx, force);
        if (options.pytorch && code === EXIT.ok) code = await exportTorch(ctx.io, network, folder, options.out!, force);
      }
      if (options.tfjs && code === EXIT.ok) await copyTfjs(ctx.io, modelDir, folder, options.tfjs, force);
      ctx.setExit(code);
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
    classes, producerVersion: lenetcVersion(), source: network.specFile, command: `lenetc export ${shownPath(io.cwd, network.runDir)} --pytorch -o ${dir}`,
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
