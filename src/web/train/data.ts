/**
 * The four IDX files of a dataset, into the tab: from the `lenetc playground` server, from files
 * the user picks, or from a folder URL. Gunzipped with the browser's DecompressionStream and
 * validated by the same parser the CLI uses (src/formats/idx.ts).
 */
import { CATALOG, FILE_KEYS, idxFileName, type FileKey } from '../../train/data/catalog.js';
import { DataError } from '../../train/data/errors.js';
import { isGzip, MAX_DECOMPRESSED, parseDataset, type IdxDataset, type IdxFile } from '../../formats/idx.js';
import type { Dataset } from '../../model.js';

/** Where to get the files. */
export type DataSource =
  /** The server's `data/<dataset>/<file key>` (what `lenetc playground` serves). */
  | { kind: 'server'; base: string }
  /** Files the user picked; each one's name says which of the four it is. */
  | { kind: 'files'; files: readonly File[] }
  /** A folder URL holding the files under their usual names, `.gz` or not. */
  | { kind: 'url'; base: string };

/** A dataset in the tab, validated, as bytes (training decodes the slices it uses). */
export interface LoadedData {
  dataset: Dataset;
  data: IdxDataset;
  /** Where it came from, in words. */
  from: string;
}

/** A problem the user can fix: the message and what to do. */
export class DataLoadError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/** Fetches or reads the four files of `dataset` from `source` and validates them. */
export async function loadData(dataset: Dataset, source: DataSource): Promise<LoadedData> {
  const files = await Promise.all(FILE_KEYS.map((key) => readFile(dataset, source, key)));
  try {
    const data = parseDataset(dataset, Object.fromEntries(FILE_KEYS.map((key, i) => [key, files[i]])) as Record<FileKey, IdxFile>);
    return { dataset, data, from: describe(source) };
  } catch (e) {
    if (e instanceof DataError) throw new DataLoadError(e.message, pickHint(dataset));
    throw e;
  }
}

function describe(source: DataSource): string {
  if (source.kind === 'server') return 'the lenetc playground server';
  if (source.kind === 'url') return source.base;
  return source.files.map((f) => f.name).join(', ');
}

/** One file's decompressed bytes, named as the user knows it. */
async function readFile(dataset: Dataset, source: DataSource, key: FileKey): Promise<IdxFile> {
  if (source.kind === 'files') {
    const file = pickedFile(dataset, source.files, key);
    if (file.size > MAX_DECOMPRESSED) throw new DataLoadError(`${file.name} is ${file.size} bytes: too large to be an IDX file of ${dataset}`, pickHint(dataset));
    return gunzipIfNeeded(file.name, new Uint8Array(await file.arrayBuffer()));
  }
  if (source.kind === 'server') {
    const url = new URL(`${dataset}/${key}`, new URL(source.base, location.href)).href;
    return gunzipIfNeeded(idxFileName(key), await fetchBytes(url, dataset));
  }
  const base = source.base.endsWith('/') ? source.base : `${source.base}/`;
  const name = idxFileName(key);
  const gz = await fetchBytes(`${base}${name}.gz`, dataset, true);
  return gunzipIfNeeded(gz ? `${name}.gz` : name, gz ?? await fetchBytes(`${base}${name}`, dataset));
}

/** The picked file whose name names `key` (`train-images-idx3-ubyte.gz`, `t10k-labels.idx1-ubyte`...). */
function pickedFile(dataset: Dataset, files: readonly File[], key: FileKey): File {
  const matches = files.filter((f) => f.name.includes(key) || f.name.includes(key.replace('t10k', 'test')));
  if (matches.length === 1) return matches[0]!;
  const names = files.map((f) => f.name).join(', ') || 'none';
  throw new DataLoadError(
    matches.length === 0 ? `none of the picked files (${names}) is the ${key} file` : `more than one picked file could be the ${key} file: ${matches.map((f) => f.name).join(', ')}`,
    pickHint(dataset),
  );
}

async function fetchBytes(url: string, dataset: Dataset, optional: true): Promise<Uint8Array | undefined>;
async function fetchBytes(url: string, dataset: Dataset): Promise<Uint8Array>;
/** The body of `url`; undefined on a 404 when `optional`. */
async function fetchBytes(url: string, dataset: Dataset, optional = false): Promise<Uint8Array | undefined> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new DataLoadError(`cannot fetch ${url}: the server is unreachable or does not let this page read it (CORS)`, pickHint(dataset));
  }
  if (response.status === 404 && optional) return undefined;
  if (!response.ok) {
    // `lenetc playground` explains a missing dataset in its body
    const body = response.headers.get('content-type')?.startsWith('application/json') ? (await response.json()) as { message?: string; hint?: string } : {};
    throw new DataLoadError(body.message ?? `${url}: HTTP ${response.status} ${response.statusText}`, body.hint ?? pickHint(dataset));
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** `bytes` as they are, or gunzipped when they are gzip (whatever the name says), at most MAX_DECOMPRESSED. */
async function gunzipIfNeeded(name: string, bytes: Uint8Array): Promise<IdxFile> {
  if (!isGzip(bytes)) {
    if (name.endsWith('.gz')) throw new DataLoadError(`${name} is not gzip data`, 'Pick the file as downloaded, or unpacked without the .gz in its name.');
    return { path: name, bytes };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.length;
      if (size > MAX_DECOMPRESSED) {
        await reader.cancel();
        throw new DataLoadError(`${name} unpacks to more than ${MAX_DECOMPRESSED} bytes: not an IDX file of an MNIST-style dataset`, 'Pick the right file.');
      }
      chunks.push(chunk.value);
    }
  } catch (e) {
    if (e instanceof DataLoadError) throw e;
    throw new DataLoadError(`${name} is a corrupt or truncated gzip file (${(e as Error).message})`, 'Download the file again.');
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return { path: name, bytes: out };
}

/** What to do instead, when the files are missing or wrong. */
function pickHint(dataset: Dataset): string {
  const names = FILE_KEYS.map((key) => `${idxFileName(key)}[.gz]`).join(', ');
  const apt = CATALOG[dataset].apt;
  return `Pick the four IDX files of ${dataset} (${names})${apt ? `; \`apt-get install ${apt}\` puts them in /usr/share/datasets/${dataset}` : ''}.`;
}
