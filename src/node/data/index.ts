/**
 * Finds, downloads when needed, validates and decodes an MNIST-style dataset (four IDX files).
 * Lookup order: --data DIR, $LENETC_DATA_DIR/<dataset>, the cache, /usr/share/datasets/<dataset>,
 * then a verified download into the cache.
 */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { datasetName, isFolderDataset, type Dataset, type NetModel } from '../../model.js';
import { CATALOG, FILE_KEYS, idxFileName, type FileKey, type KnownHash } from '../../train/data/catalog.js';
import { downloadFile, type ProgressEvent } from './download.js';
import { DataError } from '../../train/data/errors.js';
import { decodeSplit, parseDataset } from '../../formats/idx.js';
import { readRawFile, type RawFile } from './raw-file.js';
import type { ImageSplit } from '../../train/data/split.js';

export { CATALOG, CLASS_NAMES, FILE_KEYS, idxFileName, type FileKey, type KnownHash } from '../../train/data/catalog.js';
export { DataError, type DataErrorCode } from '../../train/data/errors.js';
export type { ProgressEvent } from './download.js';
export { CACHE_DIR, folderClasses } from './classes.js';
export type { ImageSplit } from '../../train/data/split.js';

/** Where a dataset was found; `folder` for a spec's own folder of images. */
export type DataSource = 'flag' | 'env' | 'cache' | 'system' | 'download' | 'folder';

/** A decoded dataset and where it came from. */
export interface LoadedDataset {
  /** The built-in dataset's name, or the folder as the spec wrote it. */
  name: string;
  /** Class names, indexed by label. */
  classes: readonly string[];
  train: ImageSplit;
  /** The validation split (the files' t10k set), as d2l uses it. */
  test: ImageSplit;
  /** Where the files were found. */
  dir: string;
  /** Per file read, keyed train-images, train-labels, t10k-images, t10k-labels; sha256 of the file on disk. */
  files: Record<string, { path: string; sha256: string }>;
  source: DataSource;
}

/** How to find and trim the dataset. */
export interface LoadOptions {
  dataset: Dataset;
  /** --data DIR: the files directly in DIR, or in DIR/<dataset>. */
  dataDir?: string;
  /** For LENETC_DATA_DIR (default process.env). */
  env?: Record<string, string | undefined>;
  /** Default ~/.cache/lenetc. */
  cacheDir?: string;
  /** Default /usr/share/datasets. */
  systemDir?: string;
  /** Download into the cache when found nowhere (default true). */
  download?: boolean;
  /** Overrides the dataset's canonical address (tests point it at 127.0.0.1). */
  baseUrl?: string;
  /** Overrides the published hashes downloads are checked against (for tests). */
  expectedHashes?: Partial<Record<FileKey, KnownHash>>;
  /** Abandon a download when no bytes arrive for this long (default 30 s). */
  idleTimeoutMs?: number;
  /** Refuse a downloaded file larger than this (default MAX_DOWNLOAD_BYTES). */
  maxDownloadBytes?: number;
  onProgress?: (event: ProgressEvent) => void;
  /** Keep the first N training examples. */
  trainLimit?: number;
  /** Keep the first N validation examples. */
  valLimit?: number;
}

/** The default cache root: downloads go to <cacheDir>/<dataset>. */
export const DEFAULT_CACHE_DIR = path.join(os.homedir(), '.cache', 'lenetc');
/**
 * The largest file a download may bring: the data sets' largest is Fashion-MNIST's 26 MB of
 * training images, so anything past this is not the data set and stops here, not 300 MB later.
 */
export const MAX_DOWNLOAD_BYTES = 64 * 2 ** 20;
/** Where Debian's dataset-* packages install. */
export const DEFAULT_SYSTEM_DIR = '/usr/share/datasets';

/**
 * The data `model` trains on: its built-in dataset (found as loadDataset finds it; `dataDir`
 * is --data) or its folder of class subfolders (loadFolderDataset; the split is the seeded
 * one). The limits keep the first examples of each split.
 */
export async function loadModelData(model: NetModel, options: Omit<LoadOptions, 'dataset'>): Promise<LoadedDataset> {
  const { dataset } = model.train;
  if (!isFolderDataset(dataset)) return loadDataset({ ...options, dataset });
  const trainLimit = checkLimit('trainLimit', options.trainLimit);
  const valLimit = checkLimit('valLimit', options.valLimit);
  const { loadFolderDataset } = await import('./folder.js');
  const folder = await loadFolderDataset({ dir: dataset.path, input: model.input, validationSplit: dataset.validation_split, seed: model.train.seed });
  return {
    name: datasetName(dataset),
    classes: folder.classes,
    train: limitSplit(folder.train, trainLimit),
    test: limitSplit(folder.test, valLimit),
    dir: folder.dir,
    files: { images: { path: folder.dir, sha256: folder.sha256 } },
    source: 'folder',
  };
}

/** The first `limit` examples of `split` (all of them without a limit). */
export function limitSplit(split: ImageSplit, limit: number | undefined): ImageSplit {
  if (limit === undefined || limit >= split.count) return split;
  const size = split.height * split.width * (split.channels ?? 1);
  return { ...split, images: split.images.slice(0, limit * size), bytes: split.bytes?.slice(0, limit * size), labels: split.labels.slice(0, limit), count: limit };
}

/** Finds the dataset (downloading it if allowed and needed), validates it and decodes both splits. */
export async function loadDataset(options: LoadOptions): Promise<LoadedDataset> {
  const info = CATALOG[options.dataset];
  if (!info) throw new DataError('DATA_BAD_OPTION', undefined, { dataset: options.dataset, known: Object.keys(CATALOG) });
  const trainLimit = checkLimit('trainLimit', options.trainLimit);
  const valLimit = checkLimit('valLimit', options.valLimit);
  const found = await locateDataset(options);

  // of an images file, only the examples the limit keeps (the rest is checked, not kept)
  const examples: Partial<Record<FileKey, number>> = { 'train-images': trainLimit, 't10k-images': valLimit };
  const raw = await Promise.all(FILE_KEYS.map((key) => readRawFile(found.paths[key], examples[key])));
  const byKey = Object.fromEntries(FILE_KEYS.map((key, i) => [key, raw[i]])) as Record<FileKey, RawFile>;
  const parsed = parseDataset(options.dataset, byKey);
  const train = decodeSplit(parsed.train, trainLimit);
  const test = decodeSplit(parsed.test, valLimit);
  return {
    name: options.dataset,
    classes: info.classes,
    train,
    test,
    dir: found.dir,
    files: Object.fromEntries(FILE_KEYS.map((key) => [key, { path: byKey[key].path, sha256: byKey[key].sha256 }])),
    source: found.source,
  };
}

/** Where the four files of a dataset are. */
export interface Found {
  dir: string;
  paths: Record<FileKey, string>;
  source: DataSource;
}

/** What a directory holds of the four files (the .gz form preferred: its CRC guards the content). */
interface DirScan {
  dir: string;
  paths: Partial<Record<FileKey, string>>;
  missing: FileKey[];
}

/**
 * Finds the four files through the lookup order (downloading them into the cache if allowed and
 * needed) without reading them: `loadDataset`'s first half, and what `lenetc playground` serves.
 */
export async function locateDataset(options: LoadOptions): Promise<Found> {
  const { dataset } = options;
  const env = options.env ?? process.env;
  const cacheDir = path.join(path.resolve(options.cacheDir ?? DEFAULT_CACHE_DIR), dataset);
  const systemDir = path.join(path.resolve(options.systemDir ?? DEFAULT_SYSTEM_DIR), dataset);
  const hint = alternativesHint(dataset, cacheDir);

  // a directory the user named must hold the files: falling through would hide a typo
  if (options.dataDir !== undefined) {
    const root = path.resolve(options.dataDir);
    if (!(await isDirectory(root))) {
      throw new DataError('DATA_NOT_FOUND', root, {
        via: `--data ${options.dataDir}`, dir: (await stat(root).catch(() => undefined)) ? `${root} as a folder` : root,
        hint: `Give the folder that holds the four IDX files (.gz or raw), or leave --data out to use ${cacheDir} or ${systemDir}.`,
      });
    }
    const scans = [await scanDir(root), await scanDir(path.join(root, dataset))];
    const complete = scans.find((s) => s.missing.length === 0);
    if (complete) return { dir: complete.dir, paths: complete.paths as Record<FileKey, string>, source: 'flag' };
    const best = scans[1].missing.length < 4 ? scans[1] : scans[0];
    throw notFound(best, `--data ${options.dataDir}`, `Put the four IDX files (.gz or raw) in ${root} or ${path.join(root, dataset)}.`);
  }
  const envRoot = env.LENETC_DATA_DIR;
  if (envRoot) {
    const scan = await scanDir(path.join(path.resolve(envRoot), dataset));
    if (scan.missing.length === 0) return { dir: scan.dir, paths: scan.paths as Record<FileKey, string>, source: 'env' };
    // a root without this dataset is fine (it may hold the other one); half a dataset is not
    if (scan.missing.length < 4) throw notFound(scan, 'LENETC_DATA_DIR', `Complete ${scan.dir}, or unset LENETC_DATA_DIR.`);
  }
  const cache = await scanDir(cacheDir);
  if (cache.missing.length === 0) return { dir: cacheDir, paths: cache.paths as Record<FileKey, string>, source: 'cache' };
  const system = await scanDir(systemDir);
  if (system.missing.length === 0) return { dir: systemDir, paths: system.paths as Record<FileKey, string>, source: 'system' };

  if (options.download === false) {
    const looked = [envRoot && path.join(envRoot, dataset), cacheDir, systemDir].filter((dir): dir is string => Boolean(dir));
    throw new DataError('DATA_NOT_FOUND', cacheDir, { dataset, looked, hint });
  }
  // files already in the cache were verified when they were downloaded; fetch only the rest
  const info = CATALOG[dataset];
  const baseUrl = (options.baseUrl ?? info.baseUrl).replace(/\/?$/, '/');
  for (const key of cache.missing) {
    const name = `${idxFileName(key)}.gz`;
    await downloadFile({
      url: baseUrl + name,
      dest: path.join(cacheDir, name),
      expected: options.expectedHashes?.[key] ?? info.hashes[key],
      hint,
      idleTimeoutMs: options.idleTimeoutMs ?? 30_000,
      maxBytes: options.maxDownloadBytes ?? MAX_DOWNLOAD_BYTES,
      onProgress: options.onProgress,
    });
    cache.paths[key] = path.join(cacheDir, name);
  }
  return { dir: cacheDir, paths: cache.paths as Record<FileKey, string>, source: 'download' };
}

async function scanDir(dir: string): Promise<DirScan> {
  const scan: DirScan = { dir, paths: {}, missing: [] };
  for (const key of FILE_KEYS) {
    const base = path.join(dir, idxFileName(key));
    if (await isFile(`${base}.gz`)) scan.paths[key] = `${base}.gz`;
    else if (await isFile(base)) scan.paths[key] = base;
    else scan.missing.push(key);
  }
  return scan;
}

async function isDirectory(dir: string): Promise<boolean> {
  return stat(dir).then((s) => s.isDirectory(), () => false);
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function notFound(scan: DirScan, via: string, hint: string): DataError {
  const missing = scan.missing.map((key) => `${idxFileName(key)}[.gz]`).join(', ');
  return new DataError('DATA_NOT_FOUND', path.join(scan.dir, idxFileName(scan.missing[0])), { via, dir: scan.dir, missing, hint });
}

/** Every way the user can supply the data, for errors when lenetc cannot find or fetch it. */
function alternativesHint(dataset: Dataset, cacheDir: string): string {
  const ways = [
    `pass --data DIR (a folder holding the four IDX files, .gz or raw)`,
    `set LENETC_DATA_DIR=DIR (lenetc looks in DIR/${dataset})`,
    `copy the files into ${cacheDir}`,
  ];
  const apt = CATALOG[dataset].apt;
  if (apt) ways.push(`run \`apt-get install ${apt}\` (installs ${path.join(DEFAULT_SYSTEM_DIR, dataset)})`);
  return `Instead: ${ways.join('; or ')}.`;
}

function checkLimit(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) {
    throw new DataError('DATA_BAD_OPTION', undefined, { name, value });
  }
  return value;
}
