/** The lenetc command line as a function: `cli(argv, io)` resolves to the exit code. */
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { UserError } from '../errors.js';
import { asTyped, invocationName } from './invocation.js';
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
  runs: async () => (await import('./commands/runs.js')).registerRuns,
};

/** Other names of commands, for loading the right module (commander knows them as aliases). */
const ALIASES: Record<string, string> = { ls: 'runs' };

/** A command's action sets the exit code through this (commander actions return nothing useful). */
export interface CommandContext {
  io: CliIO;
  setExit(code: number): void;
  /** --verbose (a global option): say more, such as why auto passed over each backend. */
  readonly verbose: boolean;
  /** How the user types lenetc here (`lenetc` or `npx lenetc`), for hints that name a command. */
  readonly lenetc: string;
}

/** Runs lenetc with `argv` (without `node` and the script name). */
export async function cli(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  let verbose = false;
  let lenetc: string | undefined;
  const ctx: CommandContext = {
    io,
    setExit: (code) => { exitCode = code; },
    get verbose() { return verbose; },
    // looked up on PATH only when a hint needs it: `check` must start fast
    get lenetc() { return (lenetc ??= invocationName(io.env)); },
  };
  const program = new Command('lenetc')
    .description('A declarative model-spec compiler for convolutional networks')
    .version(pkg.version, '-v, --version', 'print lenetc\'s version')
    .option('--verbose', 'say more: why auto passed over each backend, and what to install for it')
    .exitOverride()
    // usage errors stay on one line, pointing at --help rather than printing all of it
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) => write(`${message.trimEnd()} (see ${ctx.lenetc} --help)\n`),
    })
    .hook('preAction', (_program, command) => { verbose = Boolean(command.optsWithGlobals().verbose); });
  // `-V`, the version flag's former spelling, still works
  const args = argv[0] === '-V' ? ['--version', ...argv.slice(1)] : [...argv];
  // the first word that is no option names the command (lenetc's global options take no value)
  const first = args.find((a) => !a.startsWith('-')) ?? '';
  const name = ALIASES[first] ?? first;
  const wanted = Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]] : Object.values(COMMANDS);
  for (const register of await Promise.all(wanted.map((load) => load()))) register(program, ctx);
  // a bad option points at its own command's help, where that option would be listed
  for (const command of program.commands) {
    command.configureOutput({
      ...command.configureOutput(),
      outputError: (message, write) => write(`${message.trimEnd()} (see ${ctx.lenetc} ${command.name()} --help)\n`),
    });
  }
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UserError) {
      io.stderr(`error[${e.code}]: ${e.message}\n${e.hint ? `hint: ${asTyped(e.hint, ctx.lenetc)}\n` : ''}`);
      return e.exitCode;
    }
    throw e;
  }
  return exitCode;
}
