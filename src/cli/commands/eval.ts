/**
 * `lenetc eval RUN_DIR`: the run's saved model on its dataset's test split — accuracy,
 * per-class accuracy and the confusion matrix (printed, and drawn to confusion.svg).
 */
import path from 'node:path';
import type { Command } from 'commander';
import { textLine } from '../../codegen/escape.js';
import { UserError } from '../../errors.js';
import { BACKENDS, type BackendName } from '../../runtime/backend-names.js';
import type { EvalResult } from '../../runtime/train/index.js';
import type { CommandContext } from '../index.js';
import { EXIT, type CliIO } from '../io.js';
import { checkValidSpec } from '../spec.js';
import { backendName } from '../training-flags.js';

interface EvalOptions {
  data?: string;
  json?: boolean;
  backend: BackendName;
}


/** Adds `eval` to the program. */
export function registerEval(program: Command, ctx: CommandContext): void {
  program
    .command('eval')
    .description("evaluate a run's model on its dataset's test split")
    .argument('<run-dir>', 'a run folder written by lenetc train')
    .option('--data <dir>', 'folder holding the dataset files (or <dir>/<dataset>/)')
    .option('--json', 'print {accuracy, loss, per_class, confusion} as JSON')
    .option('--backend <name>', `tfjs backend: ${BACKENDS.join(', ')}`, backendName, 'auto')
    .action(async (runDir: string, options: EvalOptions) => {
      ctx.setExit(await evalRun(ctx.io, runDir, options));
    });
}

async function evalRun(io: CliIO, shownDir: string, options: EvalOptions): Promise<number> {
  const runDir = path.resolve(io.cwd, shownDir);
  const { evaluateRun, isRunFolder, readRunInfo, RUN_FILES } = await import('../../runtime/train/index.js');
  if (!(await isRunFolder(runDir))) throw new UserError('NOT_A_RUN_FOLDER', { dir: shownDir });
  const specFile = path.join(runDir, RUN_FILES.spec);
  const checked = checkValidSpec(io, specFile, []);
  if (!checked) return EXIT.invalid;
  const info = await readRunInfo(runDir);
  const { loadModelData } = await import('../../runtime/data/index.js');
  // the whole test split: a run's --val-limit trimmed validation, not the final measurement
  const data = await loadModelData(checked.model, {
    dataDir: options.data !== undefined ? path.resolve(io.cwd, options.data) : (info?.data_dir ?? undefined),
    env: io.env,
  });
  const { selectBackend } = await import('../../runtime/backend.js');
  await selectBackend(options.backend, { log: (line) => io.stderr(`${line}\n`) });
  const result = await evaluateRun(runDir, checked.model, data.test, data.classes);
  if (options.json) {
    io.stdout(`${JSON.stringify({ accuracy: result.accuracy, loss: result.loss, per_class: result.per_class, confusion: result.confusion })}\n`);
  } else {
    io.stdout(report(result, data.classes));
    io.stderr(`confusion matrix drawn to ${path.join(shownDir, RUN_FILES.confusion)}\n`);
  }
  return EXIT.ok;
}

/**
 * Accuracy, the per-class table and the confusion matrix as text. Class names (a folder data
 * set's are any text) are shown escaped, so each stays on its row; a class with no example has
 * no accuracy (—).
 */
function report(result: EvalResult, classNames: readonly string[]): string {
  const classes = classNames.map(textLine);
  const total = result.per_class.reduce((n, c) => n + c.count, 0);
  const correct = result.confusion.reduce((n, row, k) => n + row[k]!, 0);
  const lines = [`test accuracy ${result.accuracy.toFixed(4)} (${correct}/${total}), loss ${result.loss.toFixed(4)}`, ''];
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
