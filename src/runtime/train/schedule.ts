/**
 * The learning rate of each training step, from the spec's `train.schedule`: a pure function
 * of the config and the step, so every engine (tfjs, a compiled GPU engine, a browser) trains
 * with the same rates.
 */
import type { TrainConfig } from '../../model.js';

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
      const warmup = Math.min(schedule.warmup, config.epochs);
      // linear warmup reaches the full rate at the last warmup epoch
      if (epoch <= warmup) return (lr * epoch) / warmup;
      const span = config.epochs - warmup;
      if (span <= 1) return lr;
      const progress = (epoch - warmup - 1) / (span - 1);
      return schedule.min_lr + 0.5 * (lr - schedule.min_lr) * (1 + Math.cos(Math.PI * progress));
    }
  }
}
