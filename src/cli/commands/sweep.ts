/**
 * `lenetc sweep SPEC --vary path=v1,v2 ...`: trains the cartesian product of the varied values
 * (and the spec's `sweep:` block), one run folder per point, after checking every point first.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { UserError } from '../../errors.js';
import type { CheckResult } from '../../pipeline.js';
import type { Axis, PlannedPoint } from '../../runtime/sweep/index.js';
import { gridPoints, gridSize, mergeAxes, MAX_POINTS, parseVary, shortNames, specAxes } from '../../runtime/sweep/grid.js';
import { formatDiagnostic } from '../../format-diagnostics.js';
import type { CommandContext } from '../index.js';
import { EXIT, shownPath, type CliIO } from '../io.js';
import { interruptSource } from '../interrupt.js';
import { checkFile, collect, positiveInteger, printDiagnostics, requireSpecFiles, styleFor } from '../spec.js';
import { addTrainingFlags, flagOverrides, threadCount, type TrainingFlags } from '../training-flags.js';

interface SweepOptions extends TrainingFlags {
  vary: Axis[];
  out?: string;
  jobs?: number;
  threads?: number;
  json?: boolean;
}

/** Adds `sweep` to the program. */
export function registerSweep(program: Command, ctx: CommandContext): void {
  const definition = program
    .command('sweep')
    .description('train every combination of varied spec values, one run folder per point, and compare them')
    .argument('<spec>', 'spec file (YAML); its `sweep:` block, if any, gives values to vary')
    .option('--vary <path=values>', 'vary a spec value over comma-separated YAML values, e.g. train.lr=0.01,0.1 (repeatable; replaces the sweep: block\'s values for that path)', varyAxis, [])
    .option('-o, --out <dir>', 'sweep folder (default runs/<name>/sweep-<timestamp>); an earlier sweep\'s folder continues it')
    .option('--jobs <n>', 'points trained at once (default: 1 on 2 cores or fewer, else half the cores)', positiveInteger)
    .option('--threads <n>', 'CPU threads per training step of each point (default: every core with one job, else 1)', threadCount)
    .option('--set <key=value>', 'override a spec value for every point (repeatable)', collect, [])
    .option('--json', 'print one JSON object per point on stdout instead of the results table');
  addTrainingFlags(definition)
    .action(async (spec: string, options: SweepOptions, command: Command) => {
      const argv = (command.parent as unknown as { rawArgs?: string[] } | null)?.rawArgs ?? [];
      ctx.setExit(await sweep(ctx.io, spec, options, ['lenetc', ...argv]));
    });
}

/** Builds the grid, checks every point, trains the valid ones; resolves to the exit code. */
async function sweep(io: CliIO, spec: string, options: SweepOptions, commandLine: string[]): Promise<number> {
  const say = (line: string) => io.stderr(`${line}\n`);
  requireSpecFiles(io, [spec]);
  // train's flags are overrides like --set, after it; a point's own values come last and win
  const overrides = flagOverrides(options);

  const base = checkFile(io, spec, overrides);
  if (base.resolved === undefined) {
    // not even a spec to read a sweep: block from (unreadable, broken YAML, a bad --set)
    printDiagnostics(io, spec, base);
    return EXIT.invalid;
  }
  const axes = mergeAxes(specAxes(base.resolved), options.vary);
  if (axes.length === 0) {
    throw new UserError('NEEDS_ARGUMENT', { command: 'sweep', needs: 'a `sweep:` block in the spec or --vary', hint: 'e.g. --vary train.lr=0.01,0.1' });
  }
  if (gridSize(axes) > MAX_POINTS) {
    throw new UserError('TOO_MANY_POINTS', { points: gridSize(axes), limit: MAX_POINTS });
  }

  const points = checkPoints(io, spec, overrides, axes);
  const valid = points.filter((p) => p.checked);
  if (valid.length === 0) {
    io.stderr(`${styleFor(io).error('error')}: none of the ${points.length} sweep points checks; nothing to train\n`);
    return EXIT.invalid;
  }

  const { createSweepFolder, defaultJobs, runSweep } = await import('../../runtime/sweep/index.js');
  const name = firstModelName(points, base);
  const outDir = await createSweepFolder(io.cwd, name, options.out);
  const jobs = options.jobs ?? defaultJobs(availableParallelism());
  const skipped = points.length - valid.length;
  say(`sweep ${name}: ${points.length} points (${valid.length} to train${skipped ? `, ${skipped} skipped` : ''}), ${jobs} at a time`);
  const shown = shownPath(io.cwd, outDir, options.out);
  say(`sweep folder: ${shown}`);

  const names = shortNames(axes.map((a) => a.path));
  const interrupt = interruptSource(io, say, 'the running points save a checkpoint; no new point starts');
  let result;
  try {
    result = await runSweep({
      spec, cwd: io.cwd, env: io.env, outDir,
      axes: axes.map((a, i) => ({ path: a.path, name: names[i]! })),
      points, jobs, threads: options.threads, backend: options.backend,
      dataDir: options.data !== undefined ? path.resolve(io.cwd, options.data) : null,
      trainLimit: options.trainLimit ?? null, valLimit: options.valLimit ?? null,
      command: commandLine, log: say, signal: interrupt.signal, forwardInterrupt: io.signal !== undefined,
    });
  } finally {
    interrupt.dispose();
  }
  if (options.json) {
    const { pointJson } = await import('../../runtime/sweep/results.js');
    for (const row of result.rows) io.stdout(`${JSON.stringify(pointJson(axes.map((a) => a.path), row, path.join(outDir, row.id)))}\n`);
  } else {
    io.stdout(result.markdown);
  }
  switch (result.status) {
    case 'completed':
      say(`results: ${path.join(shown, 'results.md')}, results.csv, val_acc.svg`);
      return EXIT.ok;
    case 'failed':
      say(`some points failed; results so far in ${shown}`);
      return EXIT.invalid;
    case 'interrupted':
      say(`interrupted; continue with the same command and --out ${shown}`);
      return EXIT.interrupted;
  }
}

/**
 * Checks each point's spec (its values as overrides after `overrides`) before anything trains:
 * a point that does not check is reported with its diagnostics and skipped.
 */
function checkPoints(io: CliIO, spec: string, overrides: readonly string[], axes: readonly Axis[]): PlannedPoint[] {
  const style = styleFor(io);
  const warned = new Set<string>();
  return gridPoints(axes).map((point) => {
    const result = checkFile(io, spec, [...overrides, ...point.overrides]);
    const values = point.values.map((v) => v.text);
    const all = [...overrides, ...point.overrides];
    if (!result.ok || !result.model || !result.shapes) {
      const first = result.diagnostics.find((d) => d.severity === 'error');
      io.stderr(`${style.bold(`point ${point.id}`)}: skipped, its spec does not check\n`);
      printDiagnostics(io, spec, result);
      return { id: point.id, values, overrides: all, skipped: first?.code ?? 'ERROR' };
    }
    // the same warning from the shared spec would repeat for every point: print it once
    for (const d of result.diagnostics) {
      const text = formatDiagnostic(d, result.sources, style);
      if (!warned.has(text)) io.stderr(`${text}\n`);
      warned.add(text);
    }
    return {
      id: point.id, values, overrides: all,
      checked: { params: result.shapes.params, macs: result.shapes.macs, epochs: result.model.train.epochs, resolved: result.resolved },
    };
  });
}

/** The sweep's name: the first valid point's model name (the base spec alone may not check). */
function firstModelName(points: readonly PlannedPoint[], base: CheckResult): string {
  const resolved = points.find((p) => p.checked)?.checked?.resolved ?? base.resolved;
  const name = typeof resolved === 'object' && resolved !== null ? (resolved as Record<string, unknown>).name : undefined;
  return typeof name === 'string' && name ? name : 'sweep';
}

/** Commander collector for --vary: each occurrence parsed into an axis, usage errors at once. */
function varyAxis(value: string, previous: Axis[]): Axis[] {
  const axis = parseVary(value);
  if (typeof axis === 'string') throw new InvalidArgumentError(axis);
  return [...previous, axis];
}

