/**
 * The inputs `lenetc activations` draws feature maps for: test examples by class or index,
 * image files, and seeded noise. Planned first (titles and file names, so existing files are
 * refused before anything is written), then their pixels made a chunk at a time, so a large
 * --count or --noise never sits in memory at once.
 */
import path from 'node:path';
import { UserError } from '../errors.js';
import { closest } from '../parser/suggest.js';
import type { ImageSplit } from '../train/data/split.js';
import { notReadReason, readRegularFile } from './files.js';
import { MAX_IMAGE_BYTES } from './image/files.js';
import { Rng } from '../train/rng.js';

/** At most this many inputs per --count class and of --noise: each becomes one PNG. */
export const MAX_INPUTS = 1000;

/** What to draw, as the options name it. */
export interface InputRequest {
  /** Test examples of these classes (names, any case), `count` of each. */
  classes?: readonly string[];
  count: number;
  /** Test examples by index. */
  indexes?: readonly number[];
  /** PNG or JPEG files (absolute, or relative to `cwd`). */
  images?: readonly string[];
  invert?: boolean;
  /** Images of uniform noise, from `seed`. */
  noise?: number;
  seed: number;
  cwd: string;
}

/** One input, planned: what it is and what its PNG is called; `pixels` makes it (call them in order). */
export interface PlannedInput {
  title: string;
  /** For the file name. */
  slug: string;
  truth?: string;
  pixels(): Promise<Float32Array>;
}

/** Where test examples come from, loaded only when a class or an index is asked for. */
export interface TestSplitSource {
  /** The data set's name, for messages. */
  dataset: string;
  /** What the split is called: a built-in data set's `test`, a folder data set's `validation`. */
  split: string;
  load(): Promise<{ test: ImageSplit; classes: readonly string[] }>;
}

/**
 * The inputs of `request`, in the order the options list them: classes, indexes, images,
 * noise; `side` is the network's input size. Usage errors (exit 2) for an unknown class, an
 * index past the split, more than MAX_INPUTS of a kind, or an unreadable image file.
 */
export async function planInputs(request: InputRequest, side: number, source: TestSplitSource): Promise<PlannedInput[]> {
  for (const [flag, n] of [['--count', request.classes ? request.count : 0], ['--noise', request.noise ?? 0]] as const) {
    if (n > MAX_INPUTS) throw new UserError('TOO_MANY_INPUTS', { flag, count: n, limit: MAX_INPUTS });
  }
  const inputs: PlannedInput[] = [];
  if (request.classes || request.indexes) {
    const { test, classes } = await source.load();
    if (test.height !== side || test.width !== side) {
      throw new UserError('INPUT_MISMATCH', { model: `${side}×${side}`, dataset: source.dataset, images: `${test.height}×${test.width}` });
    }
    const example = (i: number): PlannedInput => {
      const truth = classes[test.labels[i]]!;
      return { title: `${source.split} #${i}`, slug: `${source.split}-${i}-${slugify(truth)}`, truth, pixels: async () => test.images.slice(i * side * side, (i + 1) * side * side) };
    };
    for (const name of request.classes ?? []) {
      const label = classes.findIndex((c) => c.toLowerCase() === name.toLowerCase());
      if (label < 0) throw new UserError('UNKNOWN_CLASS', { dataset: source.dataset, name, classes, suggestion: closest(name, classes) });
      let picked = 0;
      for (let i = 0; i < test.count && picked < request.count; i++) {
        if (test.labels[i] === label) {
          inputs.push(example(i));
          picked++;
        }
      }
    }
    for (const i of request.indexes ?? []) {
      if (i >= test.count) throw new UserError('INDEX_OUT_OF_RANGE', { index: i, count: test.count, split: source.split });
      inputs.push(example(i));
    }
  }
  // image files are decoded now: one that does not read is refused before any PNG is written
  if (request.images?.length) {
    const { imageToInput } = await import('./image/index.js');
    for (const file of request.images) {
      // only a regular file of a sane size: a FIFO or /dev/zero would hang or fill memory
      const bytes = await readRegularFile(path.resolve(request.cwd, file), MAX_IMAGE_BYTES);
      if (!(bytes instanceof Uint8Array)) throw new UserError('IMAGE_UNREADABLE', { file, reason: notReadReason(bytes) });
      const { pixels } = imageToInput(bytes, file, { invert: request.invert, size: side });
      const base = path.basename(file);
      inputs.push({ title: base, slug: `image-${slugify(base.replace(/\.[^.]*$/, ''))}`, pixels: async () => pixels });
    }
  }
  // one generator for all the noise, in order: noise k is the k-th run of side² draws from the seed
  const rng = new Rng(request.seed);
  for (let k = 0; k < (request.noise ?? 0); k++) {
    inputs.push({ title: `noise ${k} seed ${request.seed}`, slug: `noise-${k}`, pixels: async () => Float32Array.from({ length: side * side }, () => rng.next()) });
  }
  return inputs;
}

/** A file-name-safe form of a label: `T-shirt/top` → `t-shirt-top`. */
function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'input';
}
