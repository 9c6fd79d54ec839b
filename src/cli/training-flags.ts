/** The flags `train` and `sweep` share, parsed and turned into spec overrides the same way. */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { closest } from '../parser/suggest.js';
import { BACKENDS, type BackendName } from '../tfjs/backend-names.js';
import { positiveInteger } from './spec.js';

/** What the shared flags parse to (commander's camelCase names). */
export interface TrainingFlags {
  backend: BackendName;
  epochs?: number;
  batchSize?: number;
  lr?: number;
  seed?: number;
  /** --set overrides, in order. */
  set: string[];
  data?: string;
  trainLimit?: number;
  valLimit?: number;
}

/** Adds the flags that choose how a spec trains: backend, epochs, batch size, lr, seed, data and limits. */
export function addTrainingFlags(command: Command): Command {
  return command
    .option('--backend <name>', `tfjs backend: ${BACKENDS.join(', ')}`, backendName, 'auto')
    .option('--epochs <n>', 'override train.epochs', positiveInteger)
    .option('--batch-size <n>', 'override train.batch_size', positiveInteger)
    .option('--lr <x>', 'override train.lr', positiveNumber)
    .option('--seed <n>', 'override train.seed', nonNegativeInteger)
    .option('--data <dir>', 'folder holding the dataset files (or <dir>/<dataset>/)')
    .option('--train-limit <n>', 'train on the first n training images only', positiveInteger)
    .option('--val-limit <n>', 'validate on the first n test images only', positiveInteger);
}

/**
 * --set and the flags that change the spec, as overrides: the flags come after --set, so they
 * win and land in the resolved spec.
 */
export function flagOverrides(flags: TrainingFlags): string[] {
  const overrides = [...flags.set];
  if (flags.epochs !== undefined) overrides.push(`train.epochs=${flags.epochs}`);
  if (flags.batchSize !== undefined) overrides.push(`train.batch_size=${flags.batchSize}`);
  if (flags.lr !== undefined) overrides.push(`train.lr=${flags.lr}`);
  if (flags.seed !== undefined) overrides.push(`train.seed=${flags.seed}`);
  return overrides;
}

/** Commander parser for --backend, for every command that takes one. */
export function backendName(value: string): BackendName {
  if ((BACKENDS as readonly string[]).includes(value)) return value as BackendName;
  const near = closest(value, BACKENDS);
  throw new InvalidArgumentError(`expected one of ${BACKENDS.join(', ')}, found '${value}'${near ? `; did you mean ${near}?` : ''}`);
}

/** Commander parser for options that take a positive number. */
function positiveNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a positive number, found '${value}'`);
  return n;
}

/** Commander parser for options that take a non-negative integer. */
function nonNegativeInteger(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`expected a non-negative integer, found '${value}'`);
  return n;
}

/**
 * Commander parser for --threads: a positive integer, at most the cores this process may use
 * (more threads only compete for them, and each holds a copy of the network).
 */
export function threadCount(value: string): number {
  return coreCount(value);
}

/**
 * Commander parser for counts of things that each take a core (--jobs, --concurrency,
 * --threads): a positive integer, at most the cores of this machine.
 */
export function coreCount(value: string): number {
  const n = positiveInteger(value);
  const cores = availableParallelism();
  if (n > cores) throw new InvalidArgumentError(`expected at most ${cores} (the cores of this machine), found '${value}'`);
  return n;
}

/**
 * Commander parser for --queue-name: letters, digits, `_`, `-` and `.`, at most 64; BullMQ
 * builds Redis keys from it with `:` between the parts, so a `:` would be taken apart.
 */
export function queueName(value: string): string {
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(value)) throw new InvalidArgumentError(`expected a queue name of letters, digits, _, - and . (at most 64), found '${value}'`);
  return value;
}
