/** The spec's optimizer as a tfjs optimizer whose learning rate the loop can change per epoch. */
import * as tf from '@tensorflow/tfjs';
import type { OptimizerConfig } from '../model.js';

/** A tfjs optimizer for `config`, starting at learning rate `lr`. */
export function createOptimizer(config: OptimizerConfig, lr: number): tf.Optimizer {
  switch (config.type) {
    case 'sgd':
      return tf.train.sgd(lr);
    case 'momentum':
      return tf.train.momentum(lr, config.momentum, config.nesterov);
    case 'adam':
      return tf.train.adam(lr, config.beta1, config.beta2, config.epsilon);
    case 'rmsprop':
      return tf.train.rmsprop(lr, config.rho, config.momentum, config.epsilon);
  }
}

/** Sets the learning rate used by the next `applyGradients`. */
export function setLearningRate(optimizer: tf.Optimizer, lr: number): void {
  // not `instanceof`: tfjs optimizers answer it by duck typing, so Adam passes for SGD
  const sgd = optimizer as Partial<Pick<tf.SGDOptimizer, 'setLearningRate'>>;
  if (typeof sgd.setLearningRate === 'function') {
    // SGD and momentum keep a precomputed -lr scalar that only setLearningRate refreshes
    sgd.setLearningRate(lr);
  } else {
    // Adam and RMSProp read their (protected) learningRate field on every step
    (optimizer as unknown as { learningRate: number }).learningRate = lr;
  }
}
