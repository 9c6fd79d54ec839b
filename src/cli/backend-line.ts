/**
 * What train, eval, predict and activations say about the backend: one line naming what runs,
 * on how many threads, and why it was chosen; the backends auto passed over, with their full
 * reasons and what to install, only under --verbose.
 */
import { availableParallelism } from 'node:os';
import type { BackendChoice, PassedOver } from '../node/backend.js';

/** How the backend came to be chosen. */
export type BackendReason = 'auto' | 'flag' | 'run';

/** What the line says beside the choice itself. */
export interface BackendLineOptions {
  why: BackendReason;
  /** Threads computing each step, on the backends that run on this machine's cores (wasm, cpu). */
  threads?: number;
  /** The machine's cores (default: what this process may use). */
  cores?: number;
  /** --verbose: the passed-over backends are printed in full, so the line does not point there. */
  verbose?: boolean;
}

/**
 * `backend: wasm (XNNPACK, SIMD) on AMD EPYC, 2 threads — auto passed over tensorflow-gpu,
 * tensorflow (not installed) and webgpu (software adapter); --verbose says why`.
 */
export function backendLine(choice: BackendChoice, options: BackendLineOptions): string {
  const cores = options.cores ?? availableParallelism();
  const { threads } = options;
  const count = threads === undefined ? ''
    : `, ${threads} thread${threads === 1 ? '' : 's'}${threads < cores ? ` of ${cores} cores` : ''}`;
  const note = choice.note ? ` (${choice.note})` : '';
  return `backend: ${choice.device}${count}${note} — ${why(choice, options)}`;
}

/** The lines --verbose prints before the backend line: each backend auto passed over, why, and what would make it usable. */
export function passedOverLines(choice: BackendChoice): string[] {
  return choice.skipped.map((s) => `backend: passed over ${s.name}: ${s.reason}${s.reason.includes(s.hint) ? '' : `; ${s.hint}`}`);
}

function why(choice: BackendChoice, options: BackendLineOptions): string {
  switch (options.why) {
    case 'flag': return `as --backend ${choice.name} asked`;
    case 'run': return 'the backend this run trained on (--backend to change it)';
    case 'auto':
      if (choice.skipped.length === 0) return 'auto\'s first choice';
      return `auto passed over ${passedOver(choice.skipped)}${options.verbose ? '' : '; --verbose says why'}`;
  }
}

/** `tensorflow-gpu, tensorflow (not installed) and webgpu (software adapter)`: runs of one reason said once. */
function passedOver(skipped: readonly PassedOver[]): string {
  const groups: { names: string[]; short: string }[] = [];
  for (const s of skipped) {
    const last = groups.at(-1);
    if (last?.short === s.short) last.names.push(s.name);
    else groups.push({ names: [s.name], short: s.short });
  }
  const said = groups.map((g) => `${g.names.join(', ')} (${g.short})`);
  return said.length === 1 ? said[0]! : `${said.slice(0, -1).join(', ')} and ${said.at(-1)}`;
}

/**
 * Says on stderr what a command that computes with tfjs (eval, predict, activations) runs on:
 * under --verbose each backend auto passed over first, then the line. These run one thread.
 */
export function sayBackend(ctx: { io: { stderr(text: string): void }; verbose: boolean }, choice: BackendChoice, requested: string): void {
  if (ctx.verbose) for (const line of passedOverLines(choice)) ctx.io.stderr(`${line}\n`);
  const threads = choice.name === 'wasm' || choice.name === 'cpu' ? 1 : undefined;
  ctx.io.stderr(`${backendLine(choice, { why: requested === 'auto' ? 'auto' : 'flag', threads, verbose: ctx.verbose })}\n`);
}
