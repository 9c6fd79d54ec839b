/**
 * Your own images as a dataset: a folder of class subfolders (photos/cats/*.png,
 * photos/dogs/*.jpg), the layout Keras's image_dataset_from_directory reads. Class names are
 * the subfolder names in sorted order (label k is the k-th); every PNG and JPEG under a class
 * folder is one example, resized to the spec's input size and channel count
 * (src/node/image), and a seeded shuffle holds out `validation_split` of them.
 *
 * Decoding is the slow part, so the decoded pixels are kept in `<folder>/.lenetc-cache/`,
 * keyed by the SHA-256 of every file's path and content and by the input size: a later run
 * reads the files only to hash them, and any change to an image, a name or the size decodes
 * afresh. Pixels are stored as bytes (v·255, rounded) whether they come from the cache or
 * not, so a cached run sees exactly the numbers an uncached one does.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileKind, notReadReason, readRegularFile } from '../files.js';
import { imageFilesIn, isImageName, MAX_IMAGE_BYTES } from '../image/files.js';
import { imageToInput } from '../image/index.js';
import { Rng } from '../../train/rng.js';
import { CACHE_DIR, folderClasses } from './classes.js';
import { DataError } from '../../train/data/errors.js';
import type { ImageSplit } from '../../train/data/split.js';

/** Cache files start with this, then a format version. */
const CACHE_MAGIC = 'lenetc-images 1\n';

/** Files read at once: a folder of 10,000 images must not open 10,000 files (EMFILE under ulimit -n 256). */
const READ_CONCURRENCY = 16;

/** One split of a folder dataset: an ImageSplit whose channels are always said (1 or 3). */
export type FolderSplit = ImageSplit & { channels: number };

/** How to read a folder dataset. */
export interface FolderOptions {
  /** The data folder (absolute, or relative to the process's working directory). */
  dir: string;
  /** The spec's input: [height, width, channels]; channels 1 (grey) or 3 (RGB). */
  input: readonly [number, number, number];
  validationSplit: number;
  /** Seeds the split (train.seed), so the same spec splits the same way. */
  seed: number;
  /** Keep the decoded pixels in <dir>/.lenetc-cache (default true). */
  cache?: boolean;
}

/** A loaded folder dataset. */
export interface FolderDataset {
  dir: string;
  classes: string[];
  train: FolderSplit;
  /** The held-out validation split. */
  test: FolderSplit;
  /** SHA-256 over every image's path and content: names this exact set of images. */
  sha256: string;
  /** Whether the pixels came from the cache, were decoded and cached, or decoded without a cache. */
  cache: 'hit' | 'written' | 'off';
}

/** Reads, decodes (or takes from the cache) and splits a folder dataset. */
export async function loadFolderDataset(options: FolderOptions): Promise<FolderDataset> {
  const dir = path.resolve(options.dir);
  const classes = folderClasses(dir);
  if (classes === undefined) throw new DataError('DATA_FOLDER_MISSING', dir, { dir });
  if (classes.length < 2) {
    throw new DataError('DATA_FOLDER_CLASSES', dir, { dir, count: classes.length, only: classes[0] });
  }
  if (classes.length > 256) throw new DataError('DATA_FOLDER_CLASSES', dir, { dir, count: classes.length });
  await checkTopLevel(dir);
  const files: { file: string; label: number }[] = [];
  for (const [label, name] of classes.entries()) {
    const found = await imageFilesIn(path.join(dir, name));
    if (found.length === 0) throw new DataError('DATA_CLASS_EMPTY', path.join(dir, name), { dir: path.join(dir, name) });
    for (const entry of found) {
      if (entry.kind === 'link') throw new DataError('DATA_FOLDER_LINK', entry.file, { file: entry.file, is: entry.is });
      if (entry.kind === 'special') throw new DataError('DATA_IO', entry.file, { action: 'read', file: entry.file, reason: `${entry.is}, not a regular file` });
      if (entry.kind === 'no-images') throw new DataError('DATA_CLASS_EMPTY', entry.file, { dir: entry.file, inClass: name });
      files.push({ file: entry.file, label });
    }
  }

  const [height, width, channels] = options.input;
  if (channels !== 1 && channels !== 3) {
    throw new DataError('DATA_CHANNELS', dir, { channels, height, width });
  }
  // the content hash needs every file's bytes: reading them is cheap next to decoding them
  const contents = await mapLimited(files, READ_CONCURRENCY, ({ file }) => readImageFile(file));
  const hash = createHash('sha256');
  files.forEach(({ file }, i) => hash.update(`${path.relative(dir, file)}\0${contents[i]!.length}\0`).update(contents[i]!));
  const sha256 = hash.digest('hex');
  const size = height * width * channels;
  const cacheFile = path.join(dir, CACHE_DIR, `${height}x${width}x${channels}-${sha256.slice(0, 32)}.bin`);

  let bytes = options.cache === false ? undefined : await readCache(cacheFile, files.length * size);
  let cache: FolderDataset['cache'] = bytes ? 'hit' : 'off';
  if (!bytes) {
    bytes = new Uint8Array(files.length * size);
    files.forEach(({ file }, i) => {
      const { pixels } = imageToInput(contents[i]!, file, { height, width, channels });
      for (let k = 0; k < size; k++) bytes![i * size + k] = Math.round(pixels[k]! * 255);
    });
    if (options.cache !== false && (await writeCache(cacheFile, bytes))) cache = 'written';
  }
  const labels = Uint8Array.from(files, (f) => f.label);
  const [train, test] = split(bytes, labels, options, size);
  return { dir, classes, train, test, sha256, cache };
}

/**
 * Refuses what lies beside the class folders and would be skipped without a word: links (to a
 * folder or an image) and images in no class. Hidden entries (the cache) and other files
 * (a README) are not the data set's.
 */
async function checkTopLevel(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const file = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      const target = await stat(file).catch(() => undefined);
      if (target?.isDirectory() || isImageName(entry.name)) throw new DataError('DATA_FOLDER_LINK', file, { file, is: target?.isDirectory() ? 'a symbolic link to a folder' : 'a symbolic link' });
    } else if (!entry.isDirectory() && isImageName(entry.name)) {
      if (entry.isFile()) throw new DataError('DATA_FOLDER_STRAY', file, { file, dir });
      throw new DataError('DATA_IO', file, { action: 'read', file, reason: `${fileKind(entry)}, not a regular file` });
    }
  }
}

/** One image file's bytes: a regular file of at most MAX_IMAGE_BYTES, else DATA_IO saying why not. */
async function readImageFile(file: string): Promise<Uint8Array> {
  const bytes = await readRegularFile(file, MAX_IMAGE_BYTES);
  if (bytes instanceof Uint8Array) return bytes;
  throw new DataError('DATA_IO', file, { action: 'read', file, reason: notReadReason(bytes) });
}

/** `fn` of every item, at most `limit` at a time, results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Keras's split: shuffle with the seed, the last `validation_split` for validation. */
function split(bytes: Uint8Array, labels: Uint8Array, options: FolderOptions, size: number): [FolderSplit, FolderSplit] {
  const n = labels.length;
  const order = new Rng(options.seed).permutation(n);
  const validation = Math.min(n - 1, Math.max(1, Math.round(n * options.validationSplit)));
  const [height, width, channels] = options.input;
  const take = (indexes: Uint32Array): FolderSplit => {
    const images = new Float32Array(indexes.length * size);
    indexes.forEach((from, to) => {
      for (let k = 0; k < size; k++) images[to * size + k] = SCALE[bytes[from * size + k]!]!;
    });
    return { images, labels: Uint8Array.from(indexes, (i) => labels[i]!), count: indexes.length, height, width, channels };
  };
  return [take(order.subarray(0, n - validation)), take(order.subarray(n - validation))];
}

/** x/255 for every byte, as the IDX datasets are decoded. */
const SCALE = Float32Array.from({ length: 256 }, (_, v) => v / 255);

async function readCache(file: string, expected: number): Promise<Uint8Array | undefined> {
  // the cache is lenetc's own file, but it sits in the user's folder: no FIFO or giant is read
  const read = await readRegularFile(file, CACHE_MAGIC.length + expected);
  const data = read instanceof Uint8Array ? Buffer.from(read.buffer, read.byteOffset, read.byteLength) : undefined;
  if (!data || data.length !== CACHE_MAGIC.length + expected || data.subarray(0, CACHE_MAGIC.length).toString('latin1') !== CACHE_MAGIC) return undefined;
  return new Uint8Array(data.buffer, data.byteOffset + CACHE_MAGIC.length, expected);
}

/**
 * Writes the cache through a temporary file and a rename, and removes older caches of the
 * same size (their images changed). A folder we cannot write to only means no cache.
 */
async function writeCache(file: string, bytes: Uint8Array): Promise<boolean> {
  const dir = path.dirname(file);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, Buffer.concat([Buffer.from(CACHE_MAGIC, 'latin1'), bytes]));
    await rename(temp, file);
  } catch {
    await rm(temp, { force: true });
    return false;
  }
  const prefix = path.basename(file).split('-')[0]!;
  for (const old of await readdir(dir)) {
    if (old !== path.basename(file) && old.startsWith(`${prefix}-`) && old.endsWith('.bin') && (await stat(path.join(dir, old))).isFile()) await rm(path.join(dir, old), { force: true });
  }
  return true;
}
