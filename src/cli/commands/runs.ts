/**
 * `lenetc runs [DIR]` (also `lenetc ls`): the run folders under runs/ (or DIR), newest first,
 * each with its spec, when it started, epochs done of those asked for, its best val_acc, its
 * backend and how it stands. Reads only the small files every run writes: no tfjs.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { textLine } from '../../codegen/escape.js';
import { UserError } from '../../errors.js';
import type { RunEntry } from '../../node/runs.js';
import type { CommandContext } from '../index.js';
import { EXIT, shownPath, type CliIO } from '../io.js';
import { closestPath } from '../../node/reader.js';

interface RunsOptions {
  json?: boolean;
}

/** Adds `runs` (alias `ls`) to the program. */
export function registerRuns(program: Command, ctx: CommandContext): void {
  program
    .command('runs')
    .alias('ls')
    .description('list the run folders under runs/ (or DIR), newest first: spec, start, epochs, best val_acc, backend, status')
    .argument('[dir]', 'folder to look in: runs/, a spec\'s folder (runs/lenet5-modern), a sweep\'s', 'runs')
    .option('--json', 'one JSON object per run, one per line')
    .action(async (dir: string, options: RunsOptions) => {
      ctx.setExit(await runs(ctx, dir, options));
    });
}

async function runs(ctx: CommandContext, dir: string, options: RunsOptions): Promise<number> {
  const { io } = ctx;
  const { listRuns } = await import('../../node/runs.js');
  const { exists } = await import('../../node/files.js');
  const root = path.resolve(io.cwd, dir);
  if (!(await exists(root))) {
    // no runs/ yet is no mistake: nothing has been trained here
    if (dir === 'runs') {
      io.stderr(`no runs under ${dir}/ yet: ${ctx.lenetc} train SPEC makes one\n`);
      return EXIT.ok;
    }
    const near = closestPath(io.cwd, dir, 'folder');
    throw new UserError('FILE_NOT_FOUND', { what: 'folder', file: dir, ...(near ? { hint: `did you mean ${near}?` } : {}) });
  }
  const found = await listRuns(root);
  if (options.json) {
    for (const run of found) io.stdout(`${JSON.stringify(runJson(io, run))}\n`);
    return EXIT.ok;
  }
  if (found.length === 0) {
    io.stderr(`no run folders under ${dir}\n`);
    return EXIT.ok;
  }
  io.stdout(table(io, found));
  return EXIT.ok;
}

/** One run as `runs --json` prints it. */
function runJson(io: CliIO, run: RunEntry): object {
  return {
    run_dir: shownPath(io.cwd, run.dir),
    spec: run.spec,
    created: run.created,
    epochs_completed: run.epochsCompleted,
    epochs: run.epochs,
    best_val_acc: run.bestValAcc,
    backend: run.backend,
    status: run.status,
    sweep: run.sweep === null ? null : shownPath(io.cwd, run.sweep),
  };
}

/** The runs as a table, columns padded; numbers right-aligned. */
function table(io: CliIO, found: readonly RunEntry[]): string {
  const header = ['run', 'spec', 'started', 'epochs', 'best val_acc', 'backend', 'status'];
  const rows = found.map((run) => [
    // a spec's name and a folder's are any text: one row each, escaped
    textLine(shownPath(io.cwd, run.dir)),
    run.spec === null ? '?' : textLine(run.spec),
    started(run.created),
    `${run.epochsCompleted}/${run.epochs ?? '?'}`,
    run.bestValAcc === null ? '-' : run.bestValAcc.toFixed(4),
    run.backend ?? '-',
    run.status,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const right = new Set([3, 4]);
  const line = (cells: string[]) => cells.map((cell, c) => (right.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

/** `2026-11-29 11:42`, in local time: when a run started, to the minute. */
function started(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
