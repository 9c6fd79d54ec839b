/** The lenetc command line as a function: `cli(argv, io)` resolves to the exit code. */
import { Command, CommanderError } from 'commander';
import { UserError } from '../errors.js';
import { EXIT, type CliIO } from './io.js';
import { registerCheck } from './commands/check.js';
import { registerEmit } from './commands/emit.js';
import { registerSchema } from './commands/schema.js';
import { registerTrain } from './commands/train.js';
import { registerEval } from './commands/eval.js';
import { registerSweep } from './commands/sweep.js';
import { registerGraph } from './commands/graph.js';
import { registerActivations } from './commands/activations.js';

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
    .exitOverride()
    // usage errors stay on one line, pointing at --help rather than printing all of it
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (message, write) => write(`${message.trimEnd()} (see lenetc --help)\n`),
    });
  for (const register of [registerCheck, registerEmit, registerSchema, registerTrain, registerEval, registerGraph, registerActivations, registerSweep]) register(program, ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UserError) {
      io.stderr(`error: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}`);
      return e.exitCode;
    }
    throw e;
  }
  return exitCode;
}
