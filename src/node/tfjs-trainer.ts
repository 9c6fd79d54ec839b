/** The tfjs trainer with its data-parallel worker threads: what Node trains with (a browser tab uses tfjsTrainer() alone). */
import { startDataParallel } from './parallel/index.js';
import { tfjsTrainer } from '../tfjs/trainer.js';

/** tfjs on the active backend, with `threads` > 1 cut into data-parallel shards over worker threads. */
export const startTfjsTrainer = tfjsTrainer(startDataParallel);
