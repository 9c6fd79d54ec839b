/**
 * `lenetc eval RUN_DIR`: the run's saved model on the split it validated on (a built-in data
 * set's test split, a folder data set's validation split) — accuracy, per-class accuracy and
 * the confusion matrix (printed, and drawn to confusion.svg). On as many images as the run
 * validated on (its --val-limit), unless --val-limit or --all says otherwise.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { textLine } from '../../codegen/escape.js';
import { UserError } from '../../errors.js';
import { isFolderDataset } from '../../model.js';
import { BACKENDS, type BackendName } from '../../tfjs/backend-names.js';
import type { EvalResult } from '../../node/train.js';
import { sayBackend } from '../backend-line.js';
import type { CommandContext } from '../index.js';
import { EXIT } from '../io.js';
import { writeOutputFile } from '../output.js';
import { findRun } from '../run-dir.js';
import { both } from '../settle.js';
import { checkValidSpec, positiveInteger } from '../spec.js';
import { backendName } from '../training-flags.js';

interface EvalOptions {
  data?: string;
  json?: boolean;
  backend: BackendName;
  valLimit?: number;
  all?: boolean;
  out?: string;
  force?: boolean;
}

/** Adds `eval` to the program. */
export function registerEval(program: Command, ctx: CommandContext): void {
  program
    .command('eval')
    .description("evaluate a run's model on the split it validated on (a built-in data set's test split, a folder's validation split)")
    .argument('<run-dir>', 'a run folder written by lenetc train, a folder of one spec\'s runs (its newest), or latest')
    .option('--data <dir>', 'folder holding the dataset files (or <dir>/<dataset>/)')
    .option('--val-limit <n>', 'evaluate on the first n images of the split (default: as many as the run validated on)', positiveInteger)
    .option('--all', 'evaluate on the whole split, whatever the run validated on')
    .option('-o, --out <file>', 'draw the confusion matrix to this SVG file (default: confusion.svg in the run folder)')
    .option('--force', 'replace --out if it exists')
    .option('--json', 'print {accuracy, loss, per_class, confusion, images, split, split_images, run_dir} as JSON')
    .option('--backend <name>', `tfjs backend: ${BACKENDS.join(', ')}`, backendName, 'auto')
    .action(async (runDir: string, options: EvalOptions) => {
      ctx.setExit(await evalRun(ctx, runDir, options));
    });
}

async function evalRun(ctx: CommandContext, given: string, options: EvalOptions): Promise<number> {
  const { io } = ctx;
  if (options.all && options.valLimit !== undefined) throw new UserError('BAD_OPTION', { option: '--all', expected: 'no --val-limit beside it', found: `--val-limit ${options.valLimit}` });
  const { dir: runDir, shown: shownDir } = await findRun(io, given, 'model');
  const { evaluateRun, isRunFolder, readRunInfo, RUN_FILES } = await import('../../node/train.js');
  if (!(await isRunFolder(runDir))) throw new UserError('NOT_A_RUN_FOLDER', { dir: shownDir });
  const checked = checkValidSpec(io, path.join(runDir, RUN_FILES.spec), []);
  if (!checked) return EXIT.invalid;
  const info = await readRunInfo(runDir);
  const [{ loadModelData, limitSplit }, { selectBackend }] = await Promise.all([import('../../node/data/index.js'), import('../../node/backend.js')]);
  // the split whole (trimmed below, so the output can say of how many), one training image: eval needs none
  const [data, backend] = await both(
    loadModelData(checked.model, {
      dataDir: options.data !== undefined ? path.resolve(io.cwd, options.data) : (info?.data_dir ?? undefined),
      env: io.env,
      trainLimit: 1,
    }),
    selectBackend(options.backend),
  );
  sayBackend(ctx, backend, options.backend);
  const limit = options.all ? undefined : (options.valLimit ?? info?.val_limit ?? undefined);
  const split = limitSplit(data.test, limit);
  const splitName = isFolderDataset(checked.model.train.dataset) ? 'validation' : 'test';
  const limited = split.count < data.test.count;
  io.stderr(`evaluating ${shownDir} on ${limited ? `the first ${split.count} of the ${data.test.count}` : `the ${split.count}`} ${splitName} images${
    limited && options.valLimit === undefined ? ' (the run validated on these: --all for every one)' : ''}\n`);
  const svgFile = options.out ?? path.join(shownDir, RUN_FILES.confusion);
  const write = options.out === undefined ? undefined : (svg: string) => writeOutputFile(io.cwd, options.out!, svg, Boolean(options.force));
  const result = await evaluateRun(runDir, checked.model, split, data.classes, write);
  if (options.json) {
    io.stdout(`${JSON.stringify({
      accuracy: result.accuracy, loss: result.loss, per_class: result.per_class, confusion: result.confusion,
      images: split.count, split: splitName, split_images: data.test.count, run_dir: runDir,
    })}\n`);
  } else {
    io.stdout(report(result, data.classes, splitName, limited ? data.test.count : undefined));
    io.stderr(`confusion matrix drawn to ${svgFile}\n`);
  }
  return EXIT.ok;
}

/**
 * Accuracy (on how many images of the split), the per-class table and the confusion matrix as
 * text. Class names (a folder data set's are any text) are shown escaped, so each stays on its
 * row; a class with no example has no accuracy (—).
 */
function report(result: EvalResult, classNames: readonly string[], split: string, of: number | undefined): string {
  const classes = classNames.map(textLine);
  const total = result.per_class.reduce((n, c) => n + c.count, 0);
  const correct = result.confusion.reduce((n, row, k) => n + row[k]!, 0);
  const images = of === undefined ? `${total} ${split} images` : `the first ${total} of ${of} ${split} images`;
  const lines = [`${split} accuracy ${result.accuracy.toFixed(4)} (${correct}/${total}, on ${images}), loss ${result.loss.toFixed(4)}`, ''];
  const nameWidth = Math.max(5, ...classes.map((c) => c.length));
  lines.push(`${'class'.padEnd(nameWidth)}  accuracy  count`);
  for (const [k, c] of result.per_class.entries()) {
    lines.push(`${(classes[k] ?? textLine(c.class)).padEnd(nameWidth)}  ${(c.accuracy === null ? '—' : c.accuracy.toFixed(4)).padStart(8)}  ${String(c.count).padStart(5)}`);
  }
  lines.push('', 'confusion matrix (rows: true class, columns: predicted)');
  const cell = Math.max(4, ...result.confusion.flat().map((n) => String(n).length)) + 1;
  lines.push(`${''.padEnd(nameWidth + 2)}${result.confusion.map((_, k) => String(k).padStart(cell)).join('')}`);
  result.confusion.forEach((row, k) => {
    lines.push(`${`${k} ${classes[k]}`.padEnd(nameWidth + 2).slice(0, nameWidth + 2)}${row.map((n) => String(n).padStart(cell)).join('')}`);
  });
  return `${lines.join('\n')}\n`;
}
