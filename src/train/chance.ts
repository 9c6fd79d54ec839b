/**
 * A run that learns nothing, said after the epoch where it shows: validation accuracy at chance
 * (1 in `classes`) and the likely why, read from the spec and the epoch's numbers. A pure
 * function of both (no tfjs, no files), so the CLI and the playground say the same words.
 */
import { say } from '../diagnostics.js';
import type { RateSetting } from '../messages.js';
import { DEFAULT_LR, outputActivation, type Activation, type NetModel } from '../model.js';
import type { EpochMetrics } from './metrics.js';

/** What most likely keeps a run at chance, most likely first. */
export type ChanceCause =
  /** The loss is not finite or far above where it starts: the steps overshoot. */
  | { cause: 'loss_exploding'; loss: number }
  /** The spec's rate is far above its optimizer's usual one. */
  | { cause: 'lr_too_high'; lr: number; usual: number; optimizer: string }
  /** The output goes through an activation, and the loss applies softmax to it again. */
  | { cause: 'logits_activation'; layer: string; activation: Activation }
  /** Saturating activations (sigmoid, tanh) everywhere with plain SGD: it learns, but slowly at first (d2l's LeNet). */
  | { cause: 'saturating_sgd'; activation: Activation; lr: number }
  /** The spec's rate is far below its optimizer's usual one. */
  | { cause: 'lr_too_low'; lr: number; usual: number; optimizer: string }
  /** Few optimizer steps so far (a few hundred images, a large batch): nothing has had time to learn. */
  | { cause: 'few_steps'; steps: number; images: number; batch: number };

/** The warning, as data: its code, the numbers it is about, the causes, and its words (src/messages.ts). */
export interface ChanceWarning {
  code: 'AT_CHANCE';
  epoch: number;
  val_acc: number;
  /** 1 / classes. */
  chance: number;
  causes: ChanceCause[];
  message: string;
}

/** What the numbers are measured against. */
export interface ChanceContext {
  /** Classes the network tells apart. */
  classes: number;
  /** Validation images behind val_acc: fewer of them make its noise larger. */
  validationImages: number;
  /** Training images per epoch, for the steps taken so far (unknown: not counted). */
  trainingImages?: number;
  /** What the advice names for the learning rate: `--lr` (the CLI's, the default) or the playground's form field. */
  rateSetting?: RateSetting;
}

/** Activations that saturate: their gradients vanish away from zero, so plain SGD starts slowly. */
const SATURATING: ReadonlySet<Activation> = new Set(['sigmoid', 'tanh', 'hard_sigmoid', 'softsign']);

/** Fewer optimizer steps than this are too few to judge a run by (an epoch of 10,000 images in batches of 128 is 79). */
const FEW_STEPS = 100;

/** A rate this many times its optimizer's usual one (or this many times below it) is called far off. */
const FAR = 10;
const FAR_BELOW = 100;

/**
 * The warning for an epoch whose val_acc is at chance, or undefined when it is not. At chance
 * means within max(15% of 1/classes, three standard errors of a chance guess on this many
 * validation images) of 1/classes: a network stuck on one class scores about its share.
 */
export function chanceWarning(model: NetModel, metrics: EpochMetrics, context: ChanceContext): ChanceWarning | undefined {
  const { classes, validationImages } = context;
  if (classes < 2) return undefined;
  const chance = 1 / classes;
  const noise = 3 * Math.sqrt((chance * (1 - chance)) / Math.max(1, validationImages));
  if (Math.abs(metrics.val_acc - chance) > Math.max(0.15 * chance, noise)) return undefined;
  const causes = likelyCauses(model, metrics, classes);
  // the steps so far: the numbers above may be right, and the run merely young
  if (context.trainingImages !== undefined) {
    const steps = metrics.epoch * Math.ceil(context.trainingImages / model.train.batch_size);
    if (steps < FEW_STEPS) causes.push({ cause: 'few_steps', steps, images: context.trainingImages, batch: model.train.batch_size });
  }
  const { message } = say('AT_CHANCE', { epoch: metrics.epoch, valAcc: metrics.val_acc, classes, causes, setting: context.rateSetting ?? 'flag' });
  return { code: 'AT_CHANCE', epoch: metrics.epoch, val_acc: metrics.val_acc, chance, causes, message };
}

/** What in the spec and the numbers explains a run at chance, most likely first. */
function likelyCauses(model: NetModel, metrics: EpochMetrics, classes: number): ChanceCause[] {
  const causes: ChanceCause[] = [];
  const { optimizer, lr } = model.train;
  const usual = DEFAULT_LR[optimizer.type];
  // an untrained network's loss is about ln(classes); well above it, the steps overshoot
  if (!Number.isFinite(metrics.train_loss) || metrics.train_loss > 2 * Math.log(classes)) causes.push({ cause: 'loss_exploding', loss: metrics.train_loss });
  if (lr >= FAR * usual) causes.push({ cause: 'lr_too_high', lr, usual, optimizer: optimizer.type });
  const output = outputActivation(model);
  if (output) causes.push({ cause: 'logits_activation', layer: output.layer.name, activation: output.activation });
  const saturating = hiddenActivations(model);
  const plainSgd = optimizer.type === 'sgd' || (optimizer.type === 'momentum' && optimizer.momentum === 0);
  if (plainSgd && saturating.length > 0 && saturating.every((a) => SATURATING.has(a))) causes.push({ cause: 'saturating_sgd', activation: saturating[0]!, lr });
  if (lr <= usual / FAR_BELOW) causes.push({ cause: 'lr_too_low', lr, usual, optimizer: optimizer.type });
  return causes;
}

/** The non-linear activations of the layers before the output's (the output's own is a cause of its own). */
function hiddenActivations(model: NetModel): Activation[] {
  const output = outputActivation(model)?.layer;
  return model.layers.flatMap((layer) => {
    if (layer === output) return [];
    if (layer.kind === 'activation' || layer.kind === 'conv' || layer.kind === 'dense' || layer.kind === 'add') {
      return layer.activation === 'none' || layer.activation === 'linear' ? [] : [layer.activation];
    }
    return [];
  });
}
