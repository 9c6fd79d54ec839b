/**
 * One training run in the tab: the same loop as `lenetc train` (src/train/loop.ts) with a
 * RunStore in memory, on the compiled WebGPU engine or the compiled CPU program (tfjs's wasm
 * backend when chosen), over the first images of the loaded data set. Loaded with import() when
 * Train is pressed.
 */
import type { TrainingProgram } from '../../codegen/wgsl/index.js';
import { UserError } from '../../errors.js';
import type { NetModel } from '../../model.js';
import { chanceWarning, type ChanceWarning } from '../../train/chance.js';
import { CLASS_NAMES } from '../../train/data/catalog.js';
import { decodeSplit } from '../../formats/idx.js';
import type { ImageSplit } from '../../train/data/split.js';
import { compileFor, engineTrainer } from '../../engine/trainer.js';
import { trainLoop, type BatchProgress, type LoopOutcome } from '../../train/loop.js';
import { MemoryRunStore } from '../../train/memory-store.js';
import type { EpochMetrics } from '../../train/metrics.js';
import type { ModelFiles } from '../../tfjs/model-files.js';
import type { TrainingHistory } from '../../train/store.js';
import { tfjsTrainer } from '../../tfjs/trainer.js';
import { cpuTrainer, cpuTrainerOn } from '../../cpu/trainer.js';
import type { Evaluation, StartTrainer, Trainer } from '../../train/trainer.js';
import { openDevice } from './backends.js';
import { webCpuThreads } from './cpu-threads.js';
import type { LoadedData } from './data.js';
import { DeviceError, type TrainingDevice } from './device.js';

/** What to train, on what. */
export interface SessionRequest {
  /** The checked spec with the form's epochs, batch size and learning rate put in. */
  model: NetModel;
  data: LoadedData;
  /** How many of the first training and test images to use. */
  trainLimit: number;
  valLimit: number;
  /** Where it trains, as the Device panel shows it (device.ts's chooseDevice). */
  device: TrainingDevice;
  /** Stop: the loop finishes the batches already sent, then returns `interrupted`. */
  signal: AbortSignal;
}

/** What the page shows as training goes. */
export interface SessionView {
  /** Where it trains, in words. */
  onDevice(line: string): void;
  onBatch(progress: BatchProgress, epochs: number): void;
  /** Every epoch so far, after each one, and the steps' losses. */
  onEpoch(metrics: readonly EpochMetrics[], history: TrainingHistory): void | Promise<void>;
  /** The run is at chance after an epoch, and the likely why: said once a run, after the first such epoch. */
  onChance(warning: ChanceWarning): void;
  /** The engine's program compiling for the GPU before the first step: `done` of `total` kernels. */
  onCompile?(done: number, total: number): void;
}

/** How a session ended: the loop's outcome, the last evaluation on the validation slice and the weights. */
export interface SessionResult {
  outcome: LoopOutcome;
  /** On the validation slice with the final weights; none for a run whose loss became NaN (its weights may be NaN too). */
  evaluation?: Evaluation;
  /** The trained network as a tfjs model folder (model.json, weights.bin). */
  model: ModelFiles;
  classes: readonly string[];
  val: ImageSplit;
}

/** How long an engine error waits for device.lost to say whether the device is gone. */
const LOSS_GRACE_MS = 1000;

/** The GPU device went away mid-training (driver reset, another tab, the device destroyed). */
export class DeviceLostError extends DeviceError {}

/** Trains `request.model` on the slices; throws DeviceError, UserError (a spec the engine cannot run) or DeviceLostError. */
export async function runSession(request: SessionRequest, view: SessionView): Promise<SessionResult> {
  const { model, data } = request;
  const train = decodeSplit(data.data.train, request.trainLimit);
  const val = decodeSplit(data.data.test, request.valLimit);
  const classes = CLASS_NAMES[data.dataset];
  // from here on, a GPU device is held: the finally below gives it back
  const opened = await openDevice(request.device);
  let program: TrainingProgram | undefined;
  if (opened.kind === 'webgpu') {
    // compiled first, as lenetc train does: what keeps the spec off the engine is known before anything runs
    const compiled = compileFor(opened.gpu, model, { classes: classes.length });
    const refusal = compiled.diagnostics[0];
    if (refusal) {
      opened.gpu.destroy();
      throw new UserError('GPU_PROGRAM', { reason: refusal.message, hint: refusal.hint });
    } else program = compiled.program;
  }
  view.onDevice(opened.line);

  let lost: Promise<never> | undefined;
  let start: StartTrainer;
  if (opened.kind === 'webgpu') {
    const gpu = opened.gpu;
    lost = gpu.lost.then((info) => {
      throw new DeviceLostError(`the GPU device was lost mid-training (${[info.reason, info.message].filter((s) => s).join(': ') || 'no reason given'})`, 'Train again (a new device is asked for), or choose "wasm (CPU)" as the device.');
    });
    // a loss after the session ended is nobody's business
    lost.catch(() => undefined);
    start = engineTrainer(gpu, program);
  } else {
    start = !opened.compiled ? tfjsTrainer() : opened.threads > 1 ? cpuTrainerOn(webCpuThreads) : cpuTrainer;
  }
  const untilLost = async <T>(work: Promise<T>): Promise<T> => {
    // the work left behind by a lost device may still reject: that must not go unhandled
    work.catch(() => undefined);
    if (!lost) return work;
    try {
      return await Promise.race([work, lost]);
    } catch (e) {
      // a loss shows first as the error of a readback it cut short, before device.lost settles
      const loss = await Promise.race([lost.catch((l: unknown) => l), new Promise((resolve) => setTimeout(resolve, LOSS_GRACE_MS))]);
      throw loss instanceof DeviceLostError ? loss : e;
    }
  };

  try {
    const trainer = await untilLost(start({
      model, train, classes: classes.length, threads: opened.kind === 'wasm' ? opened.threads : 1, compiling: { signal: request.signal, onKernel: (done, total) => view.onCompile?.(done, total) },
    }));
    const recorder = recording(trainer);
    try {
      const store = new MemoryRunStore();
      // once a run, as lenetc train says it: the same words after every epoch would bury the curves
      let warned = false;
      const outcome = await untilLost(trainLoop({
        model, trainer: recorder, store, train, val, signal: request.signal,
        events: {
          onBatch: (progress) => view.onBatch(progress, model.train.epochs),
          onEpoch: (metrics) => {
            const warning = warned ? undefined : chanceWarning(model, metrics, { classes: classes.length, validationImages: val.count, trainingImages: train.count, rateSetting: 'field' });
            if (warning) view.onChance(warning);
            warned ||= warning !== undefined;
            return view.onEpoch(store.metrics, store.history!);
          },
        },
      }));
      // a run stopped mid-epoch was last evaluated before its latest steps, if at all
      const evaluation = outcome.status === 'diverged' ? undefined : outcome.status === 'completed' && recorder.last ? recorder.last : await untilLost(trainer.evaluate(val));
      const saved = store.checkpoint?.trainer.model ?? (await untilLost(trainer.save())).model;
      return { outcome, evaluation, model: saved, classes, val };
    } finally {
      await trainer.dispose().catch(() => undefined);
    }
  } finally {
    if (opened.kind === 'webgpu') opened.gpu.destroy();
  }
}

/** `trainer`, keeping the last evaluation it made (the loop's, on the validation slice, at each epoch's end). */
function recording(trainer: Trainer): Trainer & { last?: Evaluation } {
  const wrapped: Trainer & { last?: Evaluation } = {
    // the engine sizes its groups as it goes: read through, not copied
    get stepsPerReadback() { return trainer.stepsPerReadback; },
    get runsInFlight() { return trainer.runsInFlight; },
    run: (steps) => trainer.run(steps),
    evaluate: async (split) => (wrapped.last = await trainer.evaluate(split)),
    save: () => trainer.save(),
    dispose: () => trainer.dispose(),
  };
  return wrapped;
}
