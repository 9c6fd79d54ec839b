/**
 * What the CPU tells the GPU about each step of a submit: its step record (codegen's STEP_FIELDS:
 * the batch size, the learning rate, adam's corrections, the step that keys dropout) and its
 * rows of the batch table (each example's index in the data set and its augmentation word).
 * Record r always owns rows [r·batch, (r + 1)·batch) of the table and the results, and metrics
 * slot r, so training, evaluation and profiling fill the same table the same way.
 */
import { augmentWord, STEP_STRIDE, writeStepRecord, type StepRecord } from '../codegen/wgsl/index.js';
import type { Placement } from './placement.js';

/** The augmentation word of an example left as it is. */
export const NO_AUGMENT = augmentWord(false, 0, 0);

/** A step's own fields: the rest (its rows, its metrics slot, the run's seed) follow from its record. */
export type StepFields = Omit<StepRecord, 'row' | 'slot' | 'seed'>;

/** The step records and batch rows of a window of steps, written on the CPU and uploaded together. */
export class StepTable {
  private readonly records: ArrayBuffer;
  private readonly words: Uint32Array<ArrayBuffer>;

  constructor(private readonly size: number, private readonly batch: number, private readonly seed: number) {
    this.records = new ArrayBuffer(size * STEP_STRIDE);
    this.words = new Uint32Array(size * batch * 2);
  }

  /**
   * Record `r`: `fields`, and its rows: example `indices[b]` with augmentation `augment[b]`
   * (none when undefined). At most a batch of them.
   */
  set(r: number, fields: StepFields, indices: ArrayLike<number>, augment?: ArrayLike<number>): void {
    if (r < 0 || r >= this.size) throw new Error(`step record ${r} is outside the table's ${this.size}`);
    if (indices.length > this.batch || indices.length === 0) throw new Error(`a batch has ${indices.length} examples; the program's batch is ${this.batch}`);
    writeStepRecord(this.records, r * STEP_STRIDE, { ...fields, row: r * this.batch, slot: r, seed: this.seed });
    const first = r * this.batch * 2;
    for (let b = 0; b < indices.length; b++) {
      this.words[first + b * 2] = indices[b]!;
      this.words[first + b * 2 + 1] = augment ? augment[b]! : NO_AUGMENT;
    }
  }

  /** Writes records [first, first + count) and their rows to the device's step and table buffers. */
  upload(placement: Placement, first: number, count: number): void {
    const queue = placement.device.queue;
    queue.writeBuffer(placement.step, first * STEP_STRIDE, this.records, first * STEP_STRIDE, count * STEP_STRIDE);
    queue.writeBuffer(placement.table, first * this.batch * 8, this.words, first * this.batch * 2, count * this.batch * 2);
  }
}
