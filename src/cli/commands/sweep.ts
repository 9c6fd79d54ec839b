/**
 * `lenetc sweep SPEC --vary path=v1,v2 ...`: trains the cartesian product of the varied values
 * (and the spec's `sweep:` block), one run folder per point, after checking every point first:
 * here, or with `--queue redis://...` on `lenetc worker`s on any number of machines.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { UserError } from '../../errors.js';
import { isFolderDataset } from '../../model.js';
import { runSpec } from '../../node/check-file.js';
import type { CheckResult } from '../../pipeline.js';
import { DEFAULT_QUEUE } from '../../jobs/queue/jobs.js';
import type { Axis, PlannedPoint, PointStatus, SweepResult } from '../../jobs/sweep/index.js';
import { gridPoints, gridSize, mergeAxes, MAX_POINTS, parseVary, shortNames, specAxes } from '../../jobs/sweep/grid.js';
import { pointJson } from '../../jobs/sweep/results.js';
import { formatDiagnostic } from '../../format-diagnostics.js';
import type { CommandContext } from '../index.js';
import { invocationName } from '../invocation.js';
import { EXIT, shownPath, type CliIO } from '../io.js';
import { interruptSource } from '../interrupt.js';
import { followView } from '../follow-view.js';
import { lenetcOf } from '../self.js';
import { checkFile, collect, positiveInteger, printDiagnostics, requireSpecFiles, styleFor } from '../spec.js';
import { addTrainingFlags, coreCount, flagOverrides, queueName, threadCount, type TrainingFlags } from '../training-flags.js';

interface SweepOptions extends TrainingFlags {
  vary: Axis[];
  out?: string;
  jobs?: number;
  threads?: number;
  json?: boolean;
  queue?: string;
  queueName: string;
  attempts: number;
  detach?: boolean;
}

/** A checked grid, ready to train locally or to queue. */
interface Plan {
  spec: string;
  name: string;
  axes: { path: string; name: string }[];
  points: PlannedPoint[];
  valid: PlannedPoint[];
}

/** Adds `sweep` to the program. */
export function registerSweep(program: Command, ctx: CommandContext): void {
  const definition = program
    .command('sweep')
    .description('train every combination of varied spec values, one run folder per point, and compare them')
    .argument('<spec>', 'spec file (YAML); its `sweep:` block, if any, gives values to vary')
    .option('--vary <path=values>', 'vary a spec value over comma-separated YAML values, e.g. train.lr=0.01,0.1 (repeatable; replaces the sweep: block\'s values for that path)', varyAxis, [])
    .option('-o, --out <dir>', 'sweep folder (default runs/<name>/sweep-<timestamp>); an earlier sweep\'s folder continues it')
    .option('--jobs <n>', 'points trained at once, at most the cores (default: 1 on 2 cores or fewer, else half the cores)', coreCount)
    .option('--threads <n>', 'CPU threads per training step of each point (default: every core with one job, else 1)', threadCount)
    .option('--set <key=value>', 'override a spec value for every point (repeatable)', collect, [])
    .option('--json', 'print one JSON object per point on stdout as it finishes (results.csv\'s columns); human text goes to stderr')
    .option('--queue <redis-url>', 'queue the points in Redis for `lenetc worker`s on any machine: redis://[:PASSWORD@]HOST[:PORT][/DB], rediss:// for TLS; needs --out on a folder every worker mounts')
    .option('--queue-name <name>', 'the queue in Redis (one sweep at a time per queue): letters, digits, `_`, `-` and `.`', queueName, DEFAULT_QUEUE)
    .option('--attempts <n>', 'with --queue: tries per point when its training crashes, with exponential backoff from 10 s (a diverged loss or bad data fails at once)', positiveInteger, 3)
    .option('--detach', 'with --queue: queue the points and exit; the same command without --detach follows them and writes the results');
  addTrainingFlags(definition)
    .action(async (spec: string, options: SweepOptions, command: Command) => {
      const argv = (command.parent as unknown as { rawArgs?: string[] } | null)?.rawArgs ?? [];
      const given = new Set(command.options.map((o) => o.attributeName()).filter((k) => command.getOptionValueSource(k) === 'cli'));
      ctx.setExit(await sweep(ctx.io, spec, options, ['lenetc', ...argv], given));
    });
}

/** Builds the grid, checks every point, trains the valid ones (here or through a queue); resolves to the exit code. */
async function sweep(io: CliIO, spec: string, options: SweepOptions, commandLine: string[], given: ReadonlySet<string>): Promise<number> {
  requireSpecFiles(io, [spec]);
  checkQueueFlags(options, given);
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
  const names = shortNames(axes.map((a) => a.path));
  const plan: Plan = { spec, name: firstModelName(points, base), axes: axes.map((a, i) => ({ path: a.path, name: names[i]! })), points, valid };
  return options.queue !== undefined ? queuedSweep(io, plan, options, options.queue, commandLine) : localSweep(io, plan, options, commandLine);
}

/** Refuses flags that do nothing with (or without) --queue: with it, each worker chooses how it trains. */
function checkQueueFlags(options: SweepOptions, given: ReadonlySet<string>): void {
  const flags = (names: string[]) => names.filter((n) => given.has(n)).map((n) => `--${n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  const queued = options.queue !== undefined;
  const misplaced = queued ? flags(['backend', 'jobs', 'threads']) : flags(['queueName', 'attempts', 'detach']);
  if (misplaced.length) throw new UserError('QUEUE_OPTIONS', { options: misplaced, queued });
  if (queued && options.out === undefined) {
    throw new UserError('NEEDS_ARGUMENT', { command: 'sweep --queue', needs: '--out, the sweep folder every worker shares', hint: 'e.g. --out /shared/sweeps/lr (NFS or similar, mounted at the same path on every machine)' });
  }
}

/** Trains the plan's points here, `--jobs` at a time. */
async function localSweep(io: CliIO, plan: Plan, options: SweepOptions, commandLine: string[]): Promise<number> {
  const say = (line: string) => io.stderr(`${line}\n`);
  const { openSweepFolder, defaultJobs, runSweep } = await import('../../jobs/sweep/index.js');
  const folder = await openSweepFolder(io.cwd, plan.name, options.out);
  const outDir = folder.dir;
  const jobs = options.jobs ?? defaultJobs(availableParallelism());
  const { points, valid } = plan;
  const skipped = points.length - valid.length;
  say(`sweep ${plan.name}: ${points.length} points (${valid.length} to train${skipped ? `, ${skipped} skipped` : ''}), ${jobs} at a time`);
  say(`sweep folder: ${shownPath(io.cwd, outDir, options.out)}`);

  const interrupt = interruptSource(io, say, 'the running points save a checkpoint; no new point starts');
  let result;
  try {
    result = await runSweep({
      spec: plan.spec, cwd: io.cwd, env: io.env, outDir, axes: plan.axes,
      points, jobs, threads: options.threads, backend: options.backend,
      dataDir: options.data !== undefined ? path.resolve(io.cwd, options.data) : null,
      trainLimit: options.trainLimit ?? null, valLimit: options.valLimit ?? null,
      command: commandLine, lenetc: lenetcOf(io), log: say, signal: interrupt.signal, forwardInterrupt: io.signal !== undefined,
    });
  } finally {
    interrupt.dispose();
    await folder.release();
  }
  return reportResults(io, outDir, result, options, 'continue with the same command and --out', plan.axes.map((a) => a.path));
}

/**
 * Queues the plan's points in Redis for `lenetc worker`s and follows them (unless --detach)
 * until each has finished; then writes the results as a local sweep does.
 */
async function queuedSweep(io: CliIO, plan: Plan, options: SweepOptions, url: string, commandLine: string[]): Promise<number> {
  const say = (line: string) => io.stderr(`${line}\n`);
  const q = await import('../../jobs/queue/index.js');
  const { pointExpectation, pointRow, pointState, writeSweepResults } = await import('../../jobs/sweep/index.js');
  const address = q.redisAddress(url, io.env);
  await q.checkRedis(address);

  const outDir = path.resolve(io.cwd, options.out!);
  // the workers read the data folder at the path the submitter resolved: a folder not here is not there either
  for (const point of plan.valid) {
    const dataset = point.dataset;
    if (dataset !== undefined && !existsSync(dataset)) throw new UserError('DATA_FOLDER_MISSING', { dir: dataset });
  }
  const queue = q.openQueue(address, options.queueName, q.errorLogger(say));
  let statuses: Map<string, PointStatus>;
  // the sweep folder stays this process's while it submits and follows (see openSweepFolder)
  let release = async () => {};
  try {
    const dataDir = options.data !== undefined ? path.resolve(io.cwd, options.data) : null;
    const submitted = await q.submitSweep(queue, {
      where: address.shown, cwd: io.cwd, name: plan.name, spec: plan.spec, out: options.out!, axes: plan.axes, points: plan.points,
      dataDir, trainLimit: options.trainLimit ?? null, valLimit: options.valLimit ?? null,
      command: commandLine, attempts: options.attempts, log: say,
    });
    release = submitted.folder.release;
    statuses = submitted.statuses;
    const { sweep: sweepId, pending } = submitted;
    const workers = `${invocationName(io.env)} worker --queue ${address.shown}${options.queueName !== DEFAULT_QUEUE ? ` --queue-name ${options.queueName}` : ''}`;
    if (options.detach) {
      say(`detached: start workers with \`${workers}\`; this command without --detach follows the points and writes the results`);
      await release();
      return EXIT.ok;
    }
    if (pending.length) say(`following ${pending.length} point${pending.length === 1 ? '' : 's'}: start workers with \`${workers}\` (Ctrl-C stops following; the points stay queued)`);
    const view = await followView(io, say);
    const interrupt = interruptSource(io, say, 'the points stay in the queue; the same command follows them again');
    const paths = plan.axes.map((a) => a.path);
    const byId = new Map(plan.valid.map((p) => [p.id, p]));
    try {
      const run = { dataDir, trainLimit: options.trainLimit ?? null, valLimit: options.valLimit ?? null };
      const followed = await q.followSweep(queue, sweepId, pending, statuses.size, {
        ...view,
        onFinished: async (id, status) => {
          view.onFinished(id, status);
          if (options.json) io.stdout(`${JSON.stringify(pointJson(paths, await pointRow(outDir, byId.get(id)!, status), path.join(outDir, id)))}\n`);
        },
      }, interrupt.signal, {
        // a job gone from Redis (restarted empty) whose point trained to the end is done
        finished: async (id) => (await pointState(path.join(outDir, id), pointExpectation(byId.get(id)!, run))).kind === 'finished',
      });
      for (const [id, status] of followed) statuses.set(id, status);
    } finally {
      view.stop();
      interrupt.dispose();
    }
  } catch (e) {
    await release();
    throw e;
  } finally {
    await q.closeQueue(queue);
  }
  let result;
  try {
    result = await writeSweepResults(outDir, plan.axes, plan.points, statuses);
  } finally {
    await release();
  }
  return reportResults(io, outDir, result, options, 'the points stay queued; the same command follows them again');
}

/** Prints the results table (unless --json) and where the files are; the exit code for how the sweep ended. */
function reportResults(io: CliIO, outDir: string, result: SweepResult, options: SweepOptions, onInterrupt: string, paths?: readonly string[]): number {
  const say = (line: string) => io.stderr(`${line}\n`);
  // a local sweep's --json: every point in grid order once it ends (a queued one printed each as it finished)
  if (options.json && paths) for (const row of result.rows) io.stdout(`${JSON.stringify(pointJson(paths, row, path.join(outDir, row.id)))}\n`);
  if (!options.json) io.stdout(result.markdown);
  const shown = shownPath(io.cwd, outDir, options.out);
  switch (result.status) {
    case 'completed':
      say(`results: ${path.join(shown, 'results.md')}, results.csv, val_acc.svg`);
      return EXIT.ok;
    case 'failed':
      say(`some points failed; results so far in ${shown}`);
      return EXIT.invalid;
    case 'interrupted':
      say(`interrupted; ${onInterrupt} (--out ${shown})`);
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
    const result = checkFile(io, spec, [...overrides, ...point.overrides], true);
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
    const { dataset } = result.model.train;
    return {
      id: point.id, values, overrides: all,
      // the spec as its run folder will keep it (a data folder absolute): what reruns and workers compare
      checked: { params: result.shapes.params, macs: result.shapes.macs, epochs: result.model.train.epochs, resolved: runSpec(result) },
      ...(isFolderDataset(dataset) ? { dataset: dataset.path } : {}),
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

