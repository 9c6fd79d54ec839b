/**
 * `lenetc train SPEC` and `lenetc train --resume RUN_DIR`: trains a checked spec into a run
 * folder. TensorFlow.js and the runtime load only when the command runs (check must stay fast).
 */
import path from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { yamlComment } from '../../codegen/escape.js';
import { UserError } from '../../errors.js';
import { formatRate } from '../../format.js';
import { isFolderDataset, type NetModel } from '../../model.js';
import { BACKENDS, type BackendName } from '../../tfjs/backend-names.js';
import type { EpochMetrics, LoopEvents, RunInfo, RunResult } from '../../node/train.js';
import type { StartTrainer } from '../../train/trainer.js';
import type { CommandContext } from '../index.js';
import { EXIT, shownPath, type CliIO } from '../io.js';
import { interruptSource } from '../interrupt.js';
import { resolvedSpecText } from '../../node/check-file.js';
import { backendLine, passedOverLines, type BackendReason } from '../backend-line.js';
import { progressBar, type Progress } from '../progress.js';
import { findRun } from '../run-dir.js';
import { both } from '../settle.js';
import { checkValidSpec, collect, printDiagnostics, type ValidSpec } from '../spec.js';
import { addTrainingFlags, flagOverrides, threadCount, type TrainingFlags } from '../training-flags.js';

interface TrainOptions extends TrainingFlags {
  resume?: string;
  out?: string;
  force?: boolean;
  json?: boolean;
  threads?: number;
  /** Whether --backend was given (else a resumed run goes on where it ran). */
  backendGiven?: boolean;
}

/** Adds `train` to the program. */
export function registerTrain(program: Command, ctx: CommandContext): void {
  const definition = program
    .command('train')
    .description('train a spec on its dataset into a run folder (or go on with --resume RUN_DIR)')
    .argument('[spec]', 'spec file (YAML); omit it with --resume')
    .option('--resume <run-dir>', 'continue an interrupted run from its last checkpoint (latest: the newest run under runs/)');
  addTrainingFlags(definition)
    .option('--set <key=value>', 'override a spec value, e.g. train.optimizer=adam (repeatable)', collect, [])
    .option('-o, --out <dir>', 'run folder (default runs/<name>/<timestamp>)')
    .option('--force', 'replace an earlier run in --out (its files are removed first)')
    .option('--json', 'print one JSON object per epoch on stdout, and one for the run at the end (human text goes to stderr)')
    .option('--threads <n>', 'CPU threads per step on wasm and cpu, data-parallel (default: every core, or a resumed run\'s own; 1 = off)', threadCount)
    .action(async (spec: string | undefined, options: TrainOptions, command: Command) => {
      // commander keeps the argv it parsed (untyped); the summary records the command line
      const argv = (command.parent as unknown as { rawArgs?: string[] } | null)?.rawArgs ?? [];
      const backendGiven = command.getOptionValueSource('backend') !== 'default';
      ctx.setExit(await train(ctx, spec, { ...options, backendGiven }, ['lenetc', ...argv]));
    });
}

/** Runs one training session; resolves to the exit code. Worker threads started ahead and not used end with it. */
async function train(ctx: CommandContext, spec: string | undefined, options: TrainOptions, commandLine: string[]): Promise<number> {
  const warm: Warm = {};
  try {
    return await session(ctx, spec, options, commandLine, warm);
  } finally {
    await warm.discard?.();
  }
}

/** How to end the worker threads a session started ahead, once it has. */
interface Warm {
  discard?: () => Promise<void>;
}

async function session(ctx: CommandContext, spec: string | undefined, options: TrainOptions, commandLine: string[], warm: Warm): Promise<number> {
  const { io } = ctx;
  const say = (line: string) => io.stderr(`${line}\n`);
  const setup = options.resume !== undefined ? await resumeSetup(io, spec, options) : await newRunSetup(io, spec, options, commandLine);
  if ('exit' in setup) return setup.exit;
  const { model, info } = setup;

  // the data and the backend come first: a start that fails there leaves no run folder behind.
  // They load side by side: decoding the images keeps this thread busy while auto's WebGPU
  // probe waits on a child process and tfjs initializes
  const [{ loadModelData }, { selectBackend }] = await Promise.all([import('../../node/data/index.js'), import('../../node/backend.js')]);
  // a resumed run goes on on its own backend (the compiled engine, say) unless --backend says otherwise
  const why: BackendReason = options.backendGiven ? 'flag' : setup.backend !== undefined ? 'run' : 'auto';
  const [data, backend] = await both(
    loadModelData(model, {
      dataDir: options.data !== undefined ? path.resolve(io.cwd, options.data) : (info.data_dir ?? undefined),
      env: io.env,
      trainLimit: info.train_limit ?? undefined,
      valLimit: info.val_limit ?? undefined,
    }),
    selectBackend(why === 'run' ? setup.backend! : options.backend, { engine: true }).then(async (choice) => {
      // a new run's worker threads start loading tfjs now, while the images still decode
      if (options.resume === undefined && !choice.cpuProgram && (choice.name === 'tfjs-wasm' || choice.name === 'cpu')) {
        const { discardWarmWorkers, prewarmWorkers, stepThreads } = await import('../../node/parallel/index.js');
        const threads = Math.min(model.train.batch_size, stepThreads(options.threads, choice.name));
        warm.discard = discardWarmWorkers;
        if (threads > 1) prewarmWorkers(choice.name, threads - 1);
      }
      return choice;
    }),
  );
  // predict, eval and export name the classes of a folder dataset from here
  if (isFolderDataset(model.train.dataset)) info.classes = [...data.classes];
  let engine: StartTrainer | undefined;
  if (backend.gpu) {
    // the compiled program's limits (a batch too large for the GPU's buffers) are the spec's
    // diagnostics, at the line that set them, before anything is written
    const { engineFor } = await import('../../node/train.js');
    const { checked } = setup;
    const found = await engineFor(model, checked.plan, backend.gpu, data.classes.length);
    if ('diagnostics' in found) {
      printDiagnostics(io, spec ?? path.join(options.resume ?? '.', 'spec.resolved.yaml'), { ...checked, ok: false, diagnostics: found.diagnostics.map(checked.locate) });
      return EXIT.invalid;
    }
    engine = found.engine;
  }
  const { runTraining, epochJson, RunFolder, chanceWarning } = await import('../../node/train.js');
  const folder = options.resume !== undefined
    ? await RunFolder.open(path.resolve(io.cwd, options.resume), options.resume)
    : await RunFolder.create(io.cwd, model.name, options.out, { force: options.force });
  const shown = shownPath(io.cwd, folder.dir, options.resume ?? options.out);

  const bar = await progressBar(io, model.train.epochs);
  // listening until the end: a Ctrl-C while the summary is written must not kill the process mid-write
  const interrupt = interruptSource(io, (line) => bar.log(line), 'finishing this batch and saving a checkpoint');
  try {
    let result: RunResult;
    try {
      let warned = false;
      const events: LoopEvents = {
        ...bar,
        onEpoch: (m: EpochMetrics) => {
          bar.onEpoch?.(m);
          const warning = chanceWarning(model, m, { classes: data.classes.length, validationImages: data.test.count, trainingImages: data.train.count });
          if (options.json) io.stdout(`${epochJson(m, warning)}\n`);
          const line = epochLine(m, model.train.epochs);
          if (options.json) bar.log(line);
          else io.stdout(`${line}\n`);
          // once a session: the same words after every epoch would bury the epochs
          if (warning && !warned) bar.log(`warning[${warning.code}]: ${warning.message}`);
          warned ||= warning !== undefined;
        },
      };
      result = await runTraining({
        model, data, folder, backend, command: commandLine, signal: interrupt.signal, events, resume: options.resume !== undefined,
        threads: options.threads, engine,
        start: options.resume !== undefined ? undefined : { specYaml: setup.specYaml ?? '', info },
        onStart: ({ threads }) => {
          // the thread count is the session's (a resumed run keeps its own): said once, here
          if (ctx.verbose) for (const line of passedOverLines(backend)) bar.log(line);
          bar.log(backendLine(backend, { why, threads: backend.name === 'wasm' || backend.name === 'cpu' ? threads : undefined, verbose: ctx.verbose }));
          bar.log(`${options.resume !== undefined ? 'resuming' : 'training'} ${model.name}: ${data.train.count} training and ${data.test.count} validation images, ${plural(model.train.epochs, 'epoch')}, batch ${model.train.batch_size}, seed ${model.train.seed}`);
          bar.log(`run folder: ${shown}`);
          // each worker loads tfjs and builds its copy of the network before the first batch
          if (threads > 1 && !engine) bar.status(`starting ${plural(threads - 1, 'worker thread')}...`);
        },
        onKernel: compileReport(io.isTTY, bar),
      });
    } catch (e) {
      // a new run that never reached its first checkpoint leaves nothing behind
      if (options.resume === undefined) await folder.abandon();
      else await folder.release();
      throw e;
    } finally {
      bar.stop();
    }
    await folder.release();
    if (options.json) io.stdout(`${JSON.stringify(finalJson(result, folder.dir))}\n`);
    switch (result.status) {
      case 'completed': {
        const last = result.metrics.at(-1);
        say(`done: val_acc ${last ? last.val_acc.toFixed(4) : '-'} after ${plural(result.metrics.length, 'epoch')}; run folder ${shown}`);
        return EXIT.ok;
      }
      case 'interrupted':
        say(`interrupted at epoch ${result.epoch}, batch ${result.batch}; checkpoint saved`);
        say(`resume with: ${ctx.lenetc} train --resume ${shown}`);
        return EXIT.interrupted;
      case 'diverged':
        throw new UserError('DIVERGED', { loss: result.loss, epoch: result.epoch, batch: result.batch, checkpoint: shown, lr: model.train.lr });
    }
  } finally {
    interrupt.dispose();
  }
}

/**
 * What a start says while the GPU's training program compiles: a line first (a driver's cold
 * cache takes minutes on a software adapter, seconds on a GPU), the count on a terminal, and how
 * long it took.
 */
function compileReport(tty: boolean, bar: Pick<Progress, 'log' | 'status'>): (done: number, total: number) => void {
  let started = 0;
  return (done, total) => {
    if (done === 0) {
      started = performance.now();
      bar.log(`compiling the training program for the GPU: ${plural(total, 'kernel')} (Ctrl-C stops it)`);
    } else if (done < total) {
      if (tty) bar.status(`compiling: ${done}/${total} kernels`);
    } else {
      bar.log(`compiled ${plural(total, 'kernel')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  };
}

/** train --json's last line: how the session ended, where, and the final metrics. */
function finalJson(result: RunResult, runDir: string): object {
  const { summary } = result;
  return {
    status: summary.status,
    run_dir: runDir,
    epochs: summary.epochs,
    epochs_completed: summary.epochs_completed,
    final: summary.final,
    stopped_at: summary.stopped_at,
    ...(result.status === 'diverged' ? { loss: result.loss } : {}),
    backend: summary.backend,
    threads: summary.threads,
    wall_seconds: summary.wall_seconds,
  };
}

interface Setup {
  model: NetModel;
  /** The checked spec (the run folder's, when resuming). */
  checked: ValidSpec;
  info: RunInfo;
  /** New runs only. */
  specYaml?: string;
  /** Resumed runs: the backend they last trained on, as their summary names it. */
  backend?: BackendName;
}

/** Checks the spec with the flags as overrides, and that --out may take the run; the folder is made later. */
async function newRunSetup(io: CliIO, spec: string | undefined, options: TrainOptions, commandLine: string[]): Promise<Setup | { exit: number }> {
  if (spec === undefined) throw new UserError('NEEDS_ARGUMENT', { command: 'train', needs: 'a spec file (or --resume RUN_DIR)', hint: 'lenetc train SPEC [options]' });
  const overrides = flagOverrides(options);
  const result = checkValidSpec(io, spec, overrides, true);
  if (!result) return { exit: EXIT.invalid };
  // refused before any data loads; the folder itself is made once the data and backend are there
  const { checkOut } = await import('../../node/train.js');
  if (options.out !== undefined) await checkOut(path.resolve(io.cwd, options.out), options.out, Boolean(options.force));
  // the name, the path and the overrides are any text: one comment line, or they would be YAML the run reads back
  const header = `# ${yamlComment(`${result.model.name}, resolved by lenetc from ${spec}${overrides.length ? ` with ${overrides.join(' ')}` : ''}`)}\n`;
  const info: RunInfo = {
    version: 1,
    command: commandLine,
    data_dir: options.data !== undefined ? path.resolve(io.cwd, options.data) : null,
    train_limit: options.trainLimit ?? null,
    val_limit: options.valLimit ?? null,
    created: new Date().toISOString(),
  };
  return { model: result.model, checked: result, info, specYaml: header + resolvedSpecText(result, stringify) };
}

/** Reads the run folder's resolved spec and run.json; refuses flags that would change the run. */
async function resumeSetup(io: CliIO, spec: string | undefined, options: TrainOptions): Promise<Setup | { exit: number }> {
  const changing = [
    spec !== undefined && `spec file (${spec})`, options.set.length > 0 && '--set', options.epochs !== undefined && '--epochs',
    options.batchSize !== undefined && '--batch-size', options.lr !== undefined && '--lr', options.seed !== undefined && '--seed',
    options.trainLimit !== undefined && '--train-limit', options.valLimit !== undefined && '--val-limit', options.out !== undefined && '--out',
    options.force !== undefined && '--force',
  ].filter((x): x is string => typeof x === 'string');
  if (changing.length) {
    throw new UserError('RESUME_CHANGES', { options: changing });
  }
  // `latest`, or a spec's folder of runs: the newest run; its path stands in for the argument from here on
  const { dir: runDir, shown } = await findRun(io, options.resume ?? '.', 'resume');
  options.resume = shown;
  const { isRunFolder, readRunInfo, readRunSummary, RUN_FILES } = await import('../../node/train.js');
  if (!(await isRunFolder(runDir))) throw new UserError('NOT_A_RUN_FOLDER', { dir: shown });
  const specFile = path.join(runDir, RUN_FILES.spec);
  const result = checkValidSpec(io, specFile, [], true);
  if (!result) return { exit: EXIT.invalid };
  const info = (await readRunInfo(runDir)) ?? { version: 1, command: [], data_dir: null, train_limit: null, val_limit: null, created: '' };
  // the backend the run last trained on; none recorded (a killed process writes no summary): --backend's default
  const last = (await readRunSummary(runDir))?.backend;
  return { model: result.model, checked: result, info, backend: isBackendName(last) && last !== 'auto' ? last : undefined };
}

function isBackendName(name: string | undefined): name is BackendName {
  return (BACKENDS as readonly (string | undefined)[]).includes(name);
}

/** The human line for one epoch. */
function epochLine(m: EpochMetrics, epochs: number): string {
  return `epoch ${m.epoch}/${epochs}  train_loss ${m.train_loss.toFixed(4)}  train_acc ${m.train_acc.toFixed(4)}  val_loss ${m.val_loss.toFixed(4)}  val_acc ${m.val_acc.toFixed(4)}  lr ${formatRate(m.lr)}  ${m.seconds.toFixed(1)}s  ${Math.round(m.images_per_s)} img/s`;
}

/** `1 epoch`, `2 epochs`. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
