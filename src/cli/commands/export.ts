/**
 * `lenetc export RUN_DIR --onnx FILE` writes a trained run's model as ONNX (src/codegen/onnx);
 * `--tfjs DIR` copies its TensorFlow.js model folder (model.json and weights). Neither loads
 * TensorFlow.js: the ONNX model is built from model.json and the weight bytes alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import { readModelFolder, type ModelFolder } from '../../node/model-folder.js';
import type { CommandContext } from '../index.js';
import { EXIT, shownPath, type CliIO } from '../io.js';
import { writeOutputFile } from '../output.js';
import { makeFolder, writeFilesAtomic } from '../../runtime/files.js';
import { findModelDir } from '../../runtime/train/run-folder.js';
import { runClasses } from '../run-dir.js';

interface ExportOptions {
  onnx?: string;
  tfjs?: string;
  force?: boolean;
}

/** Adds `export` to the program. */
export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .description("write a trained run's model as ONNX (--onnx) or as a TensorFlow.js model folder (--tfjs)")
    .argument('<run>', 'run folder (runs/<name>/<timestamp>) or a model folder holding model.json')
    .option('--onnx <file>', 'ONNX model (opset 13; input NCHW [batch, channels, height, width])')
    .option('--tfjs <dir>', 'TensorFlow.js model folder: model.json and weights.bin (tf.loadLayersModel)')
    .option('--force', 'replace files that exist')
    .action(async (run: string, options: ExportOptions) => {
      if (!options.onnx && !options.tfjs) throw new UserError('NEEDS_ARGUMENT', { command: 'export', needs: '--onnx FILE or --tfjs DIR' });
      const runDir = path.resolve(ctx.io.cwd, run);
      const modelDir = await findModelDir(runDir, run);
      const folder = await readModelFolder(modelDir, shownPath(ctx.io.cwd, modelDir));
      let code: number = EXIT.ok;
      if (options.onnx) code = await exportOnnx(ctx.io, runDir, modelDir, folder, options.onnx, Boolean(options.force));
      if (options.tfjs && code === EXIT.ok) await copyTfjs(ctx.io, modelDir, folder, options.tfjs, Boolean(options.force));
      ctx.setExit(code);
    });
}

async function exportOnnx(io: CliIO, runDir: string, modelDir: string, folder: ModelFolder, file: string, force: boolean): Promise<number> {
  const { toOnnx, OPSET } = await import('../../codegen/onnx/index.js');
  const { weights } = folder;
  const classes = await runClasses(runDir);
  const result = toOnnx(folder.topology, weights, { classes, producerVersion: lenetcVersion() });
  if (!result.ok) throw new UserError('ONNX_UNSUPPORTED', { dir: path.relative(io.cwd, modelDir) || '.', problems: result.problems.map((p) => p.message) });
  await writeOutputFile(io.cwd, file, result.bytes, force);
  const params = [...weights.values()].reduce((n, w) => n + w.data.length, 0);
  const [c, h, w] = result.input;
  io.stdout(`wrote ${file}: ONNX opset ${OPSET}, input [batch, ${c}, ${h}, ${w}] (NCHW), ${result.outputs} outputs, ${params.toLocaleString('en-US')} weights, ${(result.bytes.length / 1024).toFixed(1)} KiB\n`);
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
