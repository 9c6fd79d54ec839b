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
import { findRun, runClasses } from '../run-dir.js';

interface ExportOptions {
  /** A file name, or true when the file is -o's. */
  onnx?: string | boolean;
  /** A folder name, or true when the folder is -o's. */
  tfjs?: string | boolean;
  out?: string;
  force?: boolean;
}

/** Adds `export` to the program. */
export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .description("write a trained run's model as ONNX (-o model.onnx, or --onnx FILE) or as a TensorFlow.js model folder (--tfjs -o DIR, or --tfjs DIR)")
    .argument('<run>', 'run folder (runs/<name>/<timestamp>), a folder of one spec\'s runs (its newest), latest, or a model folder holding model.json')
    .option('-o, --out <path>', 'where to write: a .onnx file is ONNX; a folder, with --tfjs, the TensorFlow.js model')
    .option('--onnx [file]', 'ONNX model (opset 13; input NCHW [batch, channels, height, width]), to FILE or to -o')
    .option('--tfjs [dir]', 'TensorFlow.js model folder: model.json and weights.bin (tf.loadLayersModel), to DIR or to -o')
    .option('--force', 'replace files that exist')
    .action(async (run: string, options: ExportOptions) => {
      const { onnx, tfjs } = targets(options);
      const { dir: runDir, shown } = await findRun(ctx.io, run, 'model');
      const modelDir = await findModelDir(runDir, shown);
      const folder = await readModelFolder(modelDir, shownPath(ctx.io.cwd, modelDir));
      let code: number = EXIT.ok;
      if (onnx !== undefined) code = await exportOnnx(ctx.io, runDir, modelDir, folder, onnx, Boolean(options.force));
      if (tfjs !== undefined && code === EXIT.ok) await copyTfjs(ctx.io, modelDir, folder, tfjs, Boolean(options.force));
      ctx.setExit(code);
    });
}

/**
 * Where each format goes. `--onnx FILE` and `--tfjs DIR` name their own target (both at once
 * writes both); a bare `--onnx` or `--tfjs` writes to -o; `-o` alone takes the format from
 * its name: `.onnx` is ONNX, anything else needs --tfjs to say it is a model folder.
 */
function targets(options: ExportOptions): { onnx?: string; tfjs?: string } {
  const { out } = options;
  const named = (flag: string | boolean | undefined) => (typeof flag === 'string' ? flag : undefined);
  const bare = [options.onnx === true && '--onnx', options.tfjs === true && '--tfjs'].filter((f): f is string => typeof f === 'string');
  if (bare.length > 1) throw new UserError('BAD_OPTION', { option: '-o', expected: 'one format (--onnx or --tfjs) for one path', found: 'both' });
  if (out !== undefined && typeof options.onnx === 'string' && typeof options.tfjs === 'string') {
    throw new UserError('BAD_OPTION', { option: '-o', expected: 'no -o beside --onnx FILE and --tfjs DIR', found: out });
  }
  if (out === undefined) {
    if (bare.length) throw new UserError('NEEDS_ARGUMENT', { command: `export ${bare[0]}`, needs: 'a path', hint: `${bare[0]} FILE, or -o FILE` });
    if (options.onnx === undefined && options.tfjs === undefined) throw new UserError('NEEDS_ARGUMENT', { command: 'export', needs: '-o FILE.onnx, --onnx FILE or --tfjs DIR' });
    return { onnx: named(options.onnx), tfjs: named(options.tfjs) };
  }
  if (options.tfjs === true) return { tfjs: out, onnx: named(options.onnx) };
  if (options.onnx === true || out.toLowerCase().endsWith('.onnx')) return { onnx: out, tfjs: named(options.tfjs) };
  throw new UserError('BAD_OPTION', {
    option: '-o', expected: 'a file name ending in .onnx (ONNX), or --tfjs for a model folder', found: out,
    hint: `-o ${out.replace(/[\\/]+$/, '')}.onnx, or --tfjs -o ${out}`,
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
