/**
 * The learning rate of each training step, from the spec's `train.schedule`: a pure function
 * of the config and the step, so every engine (tfjs, a compiled GPU engine, a browser) trains
 * with the same rates.
 */
import type { TrainConfig } from '../model.js';

/**
 * The learning rate of step `step` (0-based, counted over the whole run) of a run with
 * `stepsPerEpoch` steps in each of its `config.epochs` epochs.
 */
export function learningRate(config: TrainConfig, step: number, stepsPerEpoch: number): number {
  const { lr, schedule } = config;
  // 1-based, as the spec's step and exponential schedules count epochs
  const epoch = Math.floor(step / stepsPerEpoch) + 1;
  switch (schedule.type) {
    case 'constant':
      return lr;
    case 'step':
      return lr * schedule.gamma ** Math.floor((epoch - 1) / schedule.step_size);
    case 'exponential':
      return lr * schedule.gamma ** (epoch - 1);
    case 'cosine': {
      // per step, as PyTorch's CosineAnnealingLR and Keras's CosineDecay are stepped: per epoch,
      // the last epoch ran at min_lr (0 by default) and changed nothing
      const total = config.epochs * stepsPerEpoch;
      const warmup = Math.min(schedule.warmup * stepsPerEpoch, total);
      // linear warmup: the first step already learns, the last warmup step runs at the full rate
      if (step < warmup) return (lr * (step + 1)) / warmup;
      // from lr down towards min_lr, which the rate reaches only after the last step
      const progress = (step - warmup) / (total - warmup);
      return schedule.min_lr + 0.5 * (lr - schedule.min_lr) * (1 + Math.cos(Math.PI * progress));
    }
  }
}
