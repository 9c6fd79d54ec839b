/** The lenetc command line as a function: `cli(argv, io)` resolves to the exit code. */
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { UserError } from '../errors.js';
import { EXIT, type CliIO } from './io.js';

type Register = (program: Command, ctx: CommandContext) => void;

// Each command's module is loaded only when that command runs (all of them for --help):
// `check` must start fast, and train, sweep and activations pull in much more code.
const COMMANDS: Record<string, () => Promise<Register>> = {
  check: async () => (await import('./commands/check.js')).registerCheck,
  emit: async () => (await import('./commands/emit.js')).registerEmit,
  schema: async () => (await import('./commands/schema.js')).registerSchema,
  train: async () => (await import('./commands/train.js')).registerTrain,
  eval: async () => (await import('./commands/eval.js')).registerEval,
  graph: async () => (await import('./commands/graph.js')).registerGraph,
  activations: async () => (await import('./commands/activations.js')).registerActivations,
  sweep: async () => (await import('./commands/sweep.js')).registerSweep,
  export: async () => (await import('./commands/export.js')).registerExport,
  predict: async () => (await import('./commands/predict.js')).registerPredict,
  playground: async () => (await import('./commands/playground.js')).registerPlayground,
  worker: async () => (await import('./commands/worker.js')).registerWorker,
};

/** A command's action sets the exit code through this (commander actions return nothing useful). */
export interface CommandContext {
  io: CliIO;
  setExit(code: number): void;
}

/** Runs lenetc with `argv` (without `node` and the script name). */
export async function cli(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  const ctx: CommandContext = { io, setExit: (code) => { exitCode = code; } };
  const program = new Command('lenetc')
    .description('A declarative model-spec compiler for convolutional networks')
    .version(pkg.version, '-V, --version', 'print lenetc\'s version')
    .exitOverride()
    // usage errors stay on one line, pointing at --help rather than printing all of it
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) => write(`${message.trimEnd()} (see lenetc --help)\n`),
    });
  const name = argv[0] ?? '';
  const wanted = Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]] : Object.values(COMMANDS);
  for (const register of await Promise.all(wanted.map((load) => load()))) register(program, ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UserError) {
      io.stderr(`error[${e.code}]: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}`);
      return e.exitCode;
    }
    throw e;
  }
  return exitCode;
}
