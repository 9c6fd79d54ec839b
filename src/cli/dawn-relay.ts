/**
 * Dawn prints two warnings from native code when it reads a Vulkan adapter's limits, once per
 * process, on adapters that report more dynamic buffers than it allows (lavapipe, AMD's RADV):
 *
 *     Warning: maxDynamicUniformBuffersPerPipelineLayout artificially reduced from 1000000 to 16 …
 *
 * They go straight to file descriptor 2, where no JavaScript can stop them, and they mean nothing
 * to a user. So a command that loads Dawn in its own process (an explicit `--backend webgpu` or
 * `tfjs-webgpu`) runs in a child whose stderr passes through here, less those lines. The child is
 * the same lenetc with the same arguments; its stdout is ours, Ctrl-C is forwarded one for one,
 * and its exit code is ours.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { PARENT_LIFELINE } from '../jobs/lifeline.js';

/** Set in the child's environment: it runs the command itself. */
const RELAYED = 'LENETC_DAWN_RELAYED';
const NOISE = /^Warning: maxDynamic(?:Uniform|Storage)BuffersPerPipelineLayout artificially reduced from \d+ to \d+ to fit dynamic offset allocation limit\.\r?$/;
const NOISE_START = 'Warning: maxDynamic';
const BACKENDS_ON_DAWN = new Set(['webgpu', 'tfjs-webgpu']);
const FORWARDED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Whether `argv` asks for a backend that loads Dawn in this process (and this is not already the relayed child). */
export function loadsDawn(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  if (env[RELAYED] === '1') return false;
  return argv.some((arg, i) => {
    const value = arg.startsWith('--backend=') ? arg.slice('--backend='.length) : arg === '--backend' ? argv[i + 1] : undefined;
    return value !== undefined && BACKENDS_ON_DAWN.has(value);
  });
}

/**
 * Runs `lenetc argv` in a child (`lenetc` is the command line that starts lenetc) and relays its
 * stderr without Dawn's lines; resolves with the child's exit code (128 + the signal's number
 * when a signal ended it).
 */
export function relayWithoutDawnNoise(lenetc: readonly string[], argv: readonly string[]): Promise<number> {
  const [command, ...lead] = lenetc;
  // a group of its own: the terminal's Ctrl-C reaches only this process, which forwards it once
  // (the child counts them: a second one quits without the checkpoint). Its stdin is the lifeline:
  // if this process dies, the child stops as on Ctrl-C.
  const child = spawn(command!, [...lead, ...argv], {
    env: { ...process.env, [RELAYED]: '1', [PARENT_LIFELINE]: '1' }, stdio: ['pipe', 'inherit', 'pipe'], detached: true,
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const handlers = FORWARDED.map((signal) => [signal, forward(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  const filter = noiseFilter((text) => process.stderr.write(text));
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', filter.write);
  return new Promise((resolve) => {
    child.on('error', (e) => {
      process.stderr.write(`lenetc: cannot start ${command}: ${e.message}\n`);
    });
    child.on('close', (code, signal) => {
      filter.end();
      for (const [s, handler] of handlers) process.off(s, handler);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

/**
 * A stream filter that drops Dawn's warning lines and passes everything else on as it comes: a
 * progress bar redrawn with `\r` must not wait for a newline, so only text that may still become
 * a warning line is held back.
 */
export function noiseFilter(out: (text: string) => void): { write: (text: string) => void; end: () => void } {
  let held = '';
  return {
    write(text) {
      held += text;
      const lines = held.split('\n');
      held = lines.pop()!;
      const kept = lines.filter((line) => !NOISE.test(line));
      let passed = kept.map((line) => `${line}\n`).join('');
      if (!(NOISE_START.startsWith(held) || held.startsWith(NOISE_START))) {
        passed += held;
        held = '';
      }
      if (passed) out(passed);
    },
    end() {
      if (held && !NOISE.test(held)) out(held);
      held = '';
    },
  };
}
