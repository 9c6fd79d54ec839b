/** The learning rate of each epoch, from the spec's `train.schedule`. */
import type { TrainConfig } from '../../model.js';

/** The learning rate for `epoch` (1-based) of a run of `config.epochs` epochs. */
export function learningRate(config: TrainConfig, epoch: number): number {
  const { lr, schedule } = config;
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
