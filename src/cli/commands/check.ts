/**
 * `lenetc check SPEC...`: validates specs and prints each layer's output shape, params and MACs.
 * Must not load TensorFlow.js: it is the command people run on every edit, so startup matters.
 */
import type { Command } from 'commander';
import { checkTable, shapeTrace } from '../../format.js';
import type { CheckResult } from '../../pipeline.js';
import type { ShapeReport } from '../../shape-inference/types.js';
import { diagnosticJson } from '../../format-diagnostics.js';
import type { CommandContext } from '../index.js';
import { EXIT } from '../io.js';
import { checkFile, collect, positiveInteger, printDiagnostics, requireSpecFiles } from '../spec.js';

interface CheckOptions {
  json?: boolean;
  set: string[];
  batch?: number;
}

/** Adds `check` to the program. */
export function registerCheck(program: Command, ctx: CommandContext): void {
  program
    .command('check')
    .description('check specs: schema, shapes, parameters and MACs of every layer')
    .argument('<spec...>', 'spec files (YAML)')
    .option('--json', 'print one JSON object per spec, one per line')
    .option('--set <key=value>', 'override a spec value, e.g. train.lr=0.1 (repeatable)', collect, [])
    .option('--batch <n>', 'batch size for the activation memory estimate (default: the spec\'s batch_size)', positiveInteger)
    .action((specs: string[], options: CheckOptions) => {
      requireSpecFiles(ctx.io, specs);
      let failed = false;
      specs.forEach((file, i) => {
        const result = checkFile(ctx.io, file, options.set);
        failed ||= !result.ok;
        if (options.json) {
          ctx.io.stdout(JSON.stringify(checkJson(file, result, options.batch)) + '\n');
        } else {
          printDiagnostics(ctx.io, file, result);
          if (result.ok && result.shapes && result.model) {
            if (i > 0) ctx.io.stdout('\n');
            ctx.io.stdout(summary(file, result.model.name, result.shapes, options.batch ?? result.model.train.batch_size));
          }
        }
      });
      ctx.setExit(failed ? EXIT.invalid : EXIT.ok);
    });
}

/** The `--json` object for one spec. */
function checkJson(file: string, result: CheckResult, batch: number | undefined): object {
  const diagnostics = result.diagnostics.map((d) => diagnosticJson(d, result.sources));
  if (!result.ok || !result.model || !result.shapes) return { ok: false, spec: file, diagnostics };
  const shapes = result.shapes;
  const batchSize = batch ?? result.model.train.batch_size;
  return {
    ok: true,
    spec: file,
    name: result.model.name,
    input: [...shapes.input],
    layers: shapes.layers.map((l) => ({
      index: l.index, name: l.name, kind: l.kind, inputs: [...l.inputs], output: [...l.output],
      params: l.params, trainableParams: l.trainableParams, macs: l.macs,
      ...(l.receptiveField ? { receptiveField: [...l.receptiveField] } : {}),
    })),
    params: shapes.params,
    trainableParams: shapes.trainableParams,
    nonTrainableParams: shapes.nonTrainableParams,
    macs: shapes.macs,
    batch: batchSize,
    activationBytes: shapes.activationBytesPerExample * batchSize,
    trace: shapeTrace(shapes),
    diagnostics,
  };
}

/** The human summary: a layer table, totals and the shape trace. */
function summary(file: string, name: string, shapes: ShapeReport, batch: number): string {
  const table = checkTable(shapes, batch);
  const widths = table.header.map((h, c) => Math.max(h.length, ...table.rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    '  ' + cells.map((cell, c) => (table.numeric.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd() + '\n';
  let out = `${name} (${file})\n`;
  out += line(table.header);
  for (const row of table.rows) out += line(row);
  for (const total of table.totals) out += `  ${total}\n`;
  out += `  ${table.trace}\n`;
  return out;
}
