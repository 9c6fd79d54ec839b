/**
 * `lenetc worker --queue redis://...`: trains the points of queued sweeps (`lenetc sweep
 * --queue`) from any machine that mounts their sweep folder, until Ctrl-C (or, with
 * --until-idle, until the queue has nothing left).
 */
import type { Command } from 'commander';
import { DEFAULT_QUEUE } from '../../jobs/queue/jobs.js';
import type { CommandContext } from '../index.js';
import { EXIT, type CliIO } from '../io.js';
import { interruptSource } from '../interrupt.js';
import { lenetcOf } from '../self.js';
import { positiveInteger } from '../spec.js';
import { backendName, coreCount, queueName, threadCount } from '../training-flags.js';
import { BACKENDS, type BackendName } from '../../tfjs/backend-names.js';

interface WorkerFlags {
  queue: string;
  queueName: string;
  concurrency: number;
  backend: BackendName;
  threads?: number;
  stallTimeout: number;
  untilIdle?: boolean;
}

/** Seconds a worker's lock on a point lasts unless renewed (BullMQ's default, 30 s). */
const DEFAULT_STALL_SECONDS = 30;

/** Adds `worker` to the program. */
export function registerWorker(program: Command, ctx: CommandContext): void {
  program
    .command('worker')
    .description('train the points of sweeps queued with `lenetc sweep --queue` (on any machine that mounts their --out folder)')
    .requiredOption('--queue <redis-url>', 'the Redis the sweep queued its points in: redis://[:PASSWORD@]HOST[:PORT][/DB], rediss:// for TLS (or the password in LENETC_REDIS_PASSWORD)')
    .option('--queue-name <name>', 'the queue in Redis: letters, digits, `_`, `-` and `.`', queueName, DEFAULT_QUEUE)
    .option('--concurrency <n>', 'points trained at once, at most the cores', coreCount, 1)
    .option('--backend <name>', `tfjs backend for the trainings: ${BACKENDS.join(', ')}`, backendName, 'auto')
    .option('--threads <n>', 'CPU threads per training step, at most the cores (default: every core with one point at a time, else 1)', threadCount)
    .option('--stall-timeout <seconds>', 'how long a point stays locked to a worker that stopped answering (killed, machine lost) before another takes it over', positiveInteger, DEFAULT_STALL_SECONDS)
    .option('--until-idle', 'exit (0) once the queue holds no point that is waiting, delayed or training anywhere')
    .action(async (options: WorkerFlags) => {
      ctx.setExit(await worker(ctx.io, options));
    });
}

/** Connects, trains points until told to stop; resolves to the exit code. */
async function worker(io: CliIO, options: WorkerFlags): Promise<number> {
  const say = (line: string) => io.stderr(`${line}\n`);
  const q = await import('../../jobs/queue/index.js');
  const address = q.redisAddress(options.queue, io.env);
  const lenetc = lenetcOf(io);
  await q.checkRedis(address);

  const interrupt = interruptSource(io, say, 'the running points save a checkpoint and go back to the queue');
  // a service manager stops a worker with SIGTERM: the same clean stop as Ctrl-C
  const onTerm = () => process.kill(process.pid, 'SIGINT');
  if (!io.signal) process.on('SIGTERM', onTerm);
  let end;
  try {
    end = await q.runWorker({
      address, queueName: options.queueName, concurrency: options.concurrency, backend: options.backend, threads: options.threads,
      stallSeconds: options.stallTimeout, untilIdle: options.untilIdle ?? false, lenetc, env: io.env, log: say, signal: interrupt.signal,
    });
  } finally {
    process.off('SIGTERM', onTerm);
    interrupt.dispose();
  }
  switch (end.kind) {
    case 'idle':
      say('the queue is empty; stopping');
      return EXIT.ok;
    case 'interrupted':
      if (end.handedBack) {
        say('stopped; its points are back in the queue');
        return EXIT.interrupted;
      }
      say('stopped');
      // BullMQ's half-closed worker keeps renewing locks for a Redis that is gone: nothing is
      // left to save, so a real process ends here rather than linger
      if (!io.signal) process.exit(EXIT.interrupted);
      return EXIT.interrupted;
    case 'refused':
      throw end.error;
  }
}
