/**
 * The shared memory between the training thread and one gradient worker. A step's request
 * and reply travel through SharedArrayBuffers, signalled with Atomics, not through
 * postMessage: a message costs ~0.8 ms each way on this kind of machine (a structured clone
 * and an event-loop wake-up in each thread), ~12% of a LeNet step at batch 128, where a
 * futex wake-up costs microseconds.
 *
 * Words of `control`: REQUEST is the training thread's step counter, REPLY the worker's copy
 * of the last one it finished; SIZE is the shard's example count (STOP: leave the serving
 * loop), STATUS 0 or FAILED, ERROR_BYTES the length of the UTF-8 message in `error`, STEP
 * and OFFSET the step and the shard's first example in the batch, which key its dropout masks
 * (see train/step.ts).
 */

/** The buffers, as sent to the worker once (and again after the shard capacity grows). */
export interface ChannelBuffers {
  control: SharedArrayBuffer;
  /** The current weights, in `variables` order: one buffer shared by every worker. */
  weights: SharedArrayBuffer;
  images: SharedArrayBuffer;
  labels: SharedArrayBuffer;
  /** The shard's summed-loss gradients, in `variables` order. */
  grads: SharedArrayBuffer;
  /** The weights' element counts, to cut `weights` and `grads` into per-variable views. */
  sizes: number[];
}

/** What a worker computes for one shard: gradients go into the channel's `grads` views. */
export interface ShardOutcome {
  lossSum: number;
  hits: number;
}

const REQUEST = 0;
const REPLY = 1;
const SIZE = 2;
const STATUS = 3;
const ERROR_BYTES = 4;
const STEP = 5;
const OFFSET = 6;
/** Int32 words before the two float64 results (lossSum, hits), kept 8-byte aligned. */
const WORDS = 8;
const ERROR_CAPACITY = 4096;
const STOP = -1;
const FAILED = 1;
/** How long the training thread blocks before it lets its event loop notice a dead worker. */
const WAIT_SLICE_MS = 20;

/** One worker's end of the channel, or the training thread's (the same memory, seen twice). */
export class ShardChannel {
  readonly weights: Float32Array[];
  readonly grads: Float32Array[];
  readonly images: Float32Array;
  readonly labels: Int32Array;
  private readonly control: Int32Array;
  private readonly results: Float64Array;
  private readonly error: Uint8Array;

  /** Fresh buffers for shards of up to `capacity` examples of `pixels` values each. */
  static allocate(sizes: number[], capacity: number, pixels: number, weights: SharedArrayBuffer): ChannelBuffers {
    const floats = sizes.reduce((a, b) => a + b, 0);
    return {
      control: new SharedArrayBuffer(WORDS * 4 + 2 * 8 + ERROR_CAPACITY),
      weights,
      images: new SharedArrayBuffer(capacity * pixels * 4),
      labels: new SharedArrayBuffer(capacity * 4),
      grads: new SharedArrayBuffer(floats * 4),
      sizes,
    };
  }

  constructor(readonly buffers: ChannelBuffers) {
    this.control = new Int32Array(buffers.control, 0, WORDS);
    this.results = new Float64Array(buffers.control, WORDS * 4, 2);
    this.error = new Uint8Array(buffers.control, WORDS * 4 + 16);
    this.weights = views(buffers.weights, buffers.sizes);
    this.grads = views(buffers.grads, buffers.sizes);
    this.images = new Float32Array(buffers.images);
    this.labels = new Int32Array(buffers.labels);
  }

  /** Examples a shard may hold. */
  get capacity(): number {
    return this.labels.length;
  }

  // ---- the training thread's side ----

  /**
   * Asks the worker for the shard now in `images` and `labels` (and the weights in `weights`):
   * its dropout masks are those of training step `step` at examples from `offset` on.
   */
  request(size: number, step: number, offset: number): void {
    this.control[STEP] = step | 0;
    this.control[OFFSET] = offset | 0;
    this.signal(size);
  }

  /** Asks the worker to leave its serving loop, so it can take new buffers by message. */
  stop(): void {
    this.signal(STOP);
  }

  /**
   * Waits for the reply to the last request. It blocks this thread, in slices, so the
   * event loop in between can run `alive` checks' sources (a worker's exit event).
   */
  async reply(alive: () => void): Promise<ShardOutcome> {
    const expected = Atomics.load(this.control, REQUEST);
    for (;;) {
      const seen = Atomics.load(this.control, REPLY);
      if (seen === expected) break;
      if (Atomics.wait(this.control, REPLY, seen, WAIT_SLICE_MS) === 'timed-out') {
        await new Promise((resolve) => setImmediate(resolve));
        alive();
      }
    }
    if (this.control[STATUS] === FAILED) {
      throw new Error(new TextDecoder().decode(this.error.slice(0, this.control[ERROR_BYTES])));
    }
    return { lossSum: this.results[0], hits: this.results[1] };
  }

  // ---- the worker's side ----

  /**
   * Serves requests until told to stop: waits, runs `compute` for each shard size, and
   * writes its results or its error message. It never returns to the event loop meanwhile.
   */
  serve(compute: (size: number, step: number, offset: number) => ShardOutcome): void {
    // REPLY, not REQUEST: a request may be waiting already when the worker takes the channel
    let done = Atomics.load(this.control, REPLY);
    for (;;) {
      Atomics.wait(this.control, REQUEST, done);
      const request = Atomics.load(this.control, REQUEST);
      if (request === done) continue;
      done = request;
      const size = this.control[SIZE];
      if (size === STOP) {
        this.answer(request);
        return;
      }
      try {
        const { lossSum, hits } = compute(size, this.control[STEP] >>> 0, this.control[OFFSET]);
        this.results[0] = lossSum;
        this.results[1] = hits;
        this.control[STATUS] = 0;
      } catch (err) {
        const { written } = new TextEncoder().encodeInto(err instanceof Error ? err.message : String(err), this.error);
        this.control[ERROR_BYTES] = written;
        this.control[STATUS] = FAILED;
      }
      this.answer(request);
    }
  }

  private signal(size: number): void {
    this.control[SIZE] = size;
    // the store publishes every write before it (the shard's data, SIZE, SEED) to the worker
    Atomics.add(this.control, REQUEST, 1);
    Atomics.notify(this.control, REQUEST);
  }

  private answer(request: number): void {
    Atomics.store(this.control, REPLY, request);
    Atomics.notify(this.control, REPLY);
  }
}

function views(buffer: SharedArrayBuffer, sizes: number[]): Float32Array[] {
  let offset = 0;
  return sizes.map((n) => {
    const view = new Float32Array(buffer, offset * 4, n);
    offset += n;
    return view;
  });
}
