import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { UserError } from '../src/errors.js';
import { readRawFile } from '../src/node/data/raw-file.js';
import {
  CATALOG, CLASS_NAMES, DataError, FILE_KEYS, idxFileName, loadDataset,
  type DataErrorCode, type FileKey, type LoadOptions, type ProgressEvent,
} from '../src/node/data/index.js';

const SYSTEM_FASHION = '/usr/share/datasets/fashion-mnist';

// ---- tiny IDX files ----

/** An IDX images file; pixel n of image k is (k * 7 + n) % 256 unless `pixel` says otherwise. */
function idxImages(count: number, h: number, w: number, pixel = (k: number, n: number) => (k * 7 + n) % 256): Buffer {
  const buf = Buffer.alloc(16 + count * h * w);
  buf.writeUInt32BE(2051, 0);
  buf.writeUInt32BE(count, 4);
  buf.writeUInt32BE(h, 8);
  buf.writeUInt32BE(w, 12);
  for (let k = 0; k < count; k++) for (let n = 0; n < h * w; n++) buf[16 + k * h * w + n] = pixel(k, n);
  return buf;
}

function idxLabels(labels: number[]): Buffer {
  const buf = Buffer.alloc(8 + labels.length);
  buf.writeUInt32BE(2049, 0);
  buf.writeUInt32BE(labels.length, 4);
  labels.forEach((l, i) => (buf[8 + i] = l));
  return buf;
}

const labelsFor = (count: number) => Array.from({ length: count }, (_, i) => (i * 3) % 10);

/** The four files of a set with `train`/`test` examples of h×w, uncompressed, by key. */
function makeSet(train: number, test: number, h = 4, w = 5): Record<FileKey, Buffer> {
  return {
    'train-images': idxImages(train, h, w),
    'train-labels': idxLabels(labelsFor(train)),
    't10k-images': idxImages(test, h, w),
    't10k-labels': idxLabels(labelsFor(test)),
  };
}

/** Writes a set into dir (as .gz when `gz`), returning each file's path. */
async function writeSet(dir: string, set: Record<FileKey, Buffer>, gz: boolean): Promise<Record<FileKey, string>> {
  await mkdir(dir, { recursive: true });
  const paths = {} as Record<FileKey, string>;
  for (const key of FILE_KEYS) {
    paths[key] = path.join(dir, idxFileName(key) + (gz ? '.gz' : ''));
    await writeFile(paths[key], gz ? gzipSync(set[key]) : set[key]);
  }
  return paths;
}

async function tempDir(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lenetc-data-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Options that can never reach the real cache, system dir, env or network. */
function isolated(root: string, extra: Partial<LoadOptions> = {}): LoadOptions {
  return {
    dataset: 'fashion-mnist',
    env: {},
    cacheDir: path.join(root, 'cache'),
    systemDir: path.join(root, 'system'),
    download: false,
    ...extra,
  };
}

async function rejectsWith(promise: Promise<unknown>, code: DataErrorCode, file?: string): Promise<DataError> {
  const err = await promise.then(
    () => assert.fail(`expected a ${code} DataError`),
    (e: unknown) => e,
  );
  assert.ok(err instanceof UserError, `not a UserError: ${String(err)}`);
  assert.ok(err instanceof DataError);
  assert.equal(err.code, code, err.message);
  if (file !== undefined) {
    assert.equal(err.file, file);
    assert.ok(err.message.includes(path.basename(file)), `message does not name ${path.basename(file)}: ${err.message}`);
  }
  return err;
}

// ---- decoding ----

for (const gz of [true, false]) {
  test(`loads a ${gz ? 'gzip' : 'raw'} set: shapes, [0,1] pixels, labels, sha256 of each file`, async (t) => {
    const root = await tempDir(t);
    const set = makeSet(6, 3);
    const paths = await writeSet(path.join(root, 'd'), set, gz);
    const ds = await loadDataset(isolated(root, { dataDir: path.join(root, 'd') }));
    assert.equal(ds.source, 'flag');
    assert.equal(ds.dir, path.join(root, 'd'));
    assert.deepEqual(ds.classes, CLASS_NAMES['fashion-mnist']);
    assert.deepEqual([ds.train.count, ds.train.height, ds.train.width, ds.train.images.length], [6, 4, 5, 120]);
    assert.deepEqual([ds.test.count, ds.test.images.length], [3, 60]);
    assert.deepEqual([...ds.train.labels], labelsFor(6));
    // image 2, pixel 3 is (2*7+3)=17 → 17/255 in float32, as PyTorch's ToTensor gives
    assert.equal(ds.train.images[2 * 20 + 3], Math.fround(17 / 255));
    for (const key of FILE_KEYS) {
      const bytes = await readFile(paths[key]);
      assert.deepEqual(ds.files[key], { path: paths[key], sha256: createHash('sha256').update(bytes).digest('hex') });
    }
  });
}

test('pixel 0 maps to 0 and 255 to exactly 1', async (t) => {
  const root = await tempDir(t);
  const set = makeSet(2, 2, 1, 2);
  set['train-images'] = idxImages(2, 1, 2, (_k, n) => (n === 0 ? 0 : 255));
  await writeSet(root, set, false);
  const ds = await loadDataset(isolated(root, { dataDir: root }));
  assert.deepEqual([...ds.train.images], [0, 1, 0, 1]);
});

test('trainLimit / valLimit keep the first N examples; a bad limit is a bad-option error', async (t) => {
  const root = await tempDir(t);
  await writeSet(root, makeSet(10, 8), true);
  const ds = await loadDataset(isolated(root, { dataDir: root, trainLimit: 4, valLimit: 20 }));
  assert.equal(ds.train.count, 4);
  assert.equal(ds.train.images.length, 4 * 20);
  assert.deepEqual([...ds.train.labels], labelsFor(4));
  assert.equal(ds.train.images[3 * 20], Math.fround(21 / 255));
  assert.equal(ds.test.count, 8, 'a limit above the count keeps everything');
  await rejectsWith(loadDataset(isolated(root, { dataDir: root, trainLimit: 0 })), 'DATA_BAD_OPTION');
  await rejectsWith(loadDataset(isolated(root, { dataDir: root, valLimit: 2.5 })), 'DATA_BAD_OPTION');
});

// ---- corrupt files ----

const corruptions: { name: string; key: FileKey; gz?: boolean; code: DataErrorCode; bytes: (set: Record<FileKey, Buffer>) => Buffer }[] = [
  { name: 'bad magic', key: 'train-images', code: 'DATA_BAD_MAGIC', bytes: (s) => Buffer.concat([Buffer.from([0x12, 0x34]), s['train-images'].subarray(2)]) },
  { name: 'a labels file where images belong', key: 't10k-images', code: 'DATA_BAD_MAGIC', bytes: (s) => s['t10k-labels'] },
  { name: 'wrong element type (float)', key: 'train-images', code: 'DATA_BAD_TYPE', bytes: (s) => { const b = Buffer.from(s['train-images']); b[2] = 0x0d; return b; } },
  { name: 'zero dimension', key: 'train-images', code: 'DATA_BAD_DIMS', bytes: () => idxImages(0, 4, 5) },
  { name: 'truncated pixels', key: 'train-images', code: 'DATA_TRUNCATED', bytes: (s) => s['train-images'].subarray(0, s['train-images'].length - 5) },
  { name: 'truncated header', key: 't10k-labels', code: 'DATA_TRUNCATED', bytes: (s) => s['t10k-labels'].subarray(0, 6) },
  { name: 'empty file', key: 'train-labels', code: 'DATA_TRUNCATED', bytes: () => Buffer.alloc(0) },
  { name: 'trailing bytes', key: 't10k-images', code: 'DATA_LENGTH_MISMATCH', bytes: (s) => Buffer.concat([s['t10k-images'], Buffer.alloc(3)]) },
  {
    // gzipped, read whole: no buffer is sized by what a damaged header claims (43 GB here)
    name: 'a header claiming 2³¹ − 1 images', key: 'train-images', gz: true, code: 'DATA_TRUNCATED',
    bytes: (s) => { const b = Buffer.from(s['train-images']); b.writeUInt32BE(0x7fffffff, 4); return gzipSync(b); },
  },
  { name: 'trailing bytes after the labels', key: 'train-labels', code: 'DATA_LENGTH_MISMATCH', bytes: (s) => Buffer.concat([s['train-labels'], Buffer.alloc(2)]) },
  { name: 'labels/images count mismatch', key: 'train-labels', code: 'DATA_COUNT_MISMATCH', bytes: () => idxLabels(labelsFor(5)) },
  { name: 'label out of range', key: 't10k-labels', code: 'DATA_LABEL_RANGE', bytes: () => idxLabels([1, 10, 2]) },
  { name: 'test images of another size', key: 't10k-images', code: 'DATA_BAD_DIMS', bytes: () => idxImages(3, 5, 4) },
  {
    name: 'corrupt gzip', key: 'train-images', gz: true, code: 'DATA_CORRUPT_GZIP',
    bytes: (s) => { const b = gzipSync(s['train-images']); b.fill(0xff, 12, b.length - 10); return b; },
  },
  { name: 'truncated gzip', key: 'train-labels', gz: true, code: 'DATA_CORRUPT_GZIP', bytes: (s) => { const b = gzipSync(s['train-labels']); return b.subarray(0, b.length - 6); } },
  { name: '.gz that is not gzip', key: 't10k-labels', gz: true, code: 'DATA_CORRUPT_GZIP', bytes: (s) => s['t10k-labels'] },
];

for (const c of corruptions) {
  test(`corrupt file: ${c.name} → ${c.code} naming the file`, async (t) => {
    const root = await tempDir(t);
    const set = makeSet(6, 3);
    const paths = await writeSet(root, set, c.gz ?? false);
    await writeFile(paths[c.key], c.bytes(set));
    await rejectsWith(loadDataset(isolated(root, { dataDir: root })), c.code, paths[c.key]);
  });

  test(`corrupt file: ${c.name}, gzipped, under limits that keep only the first images → ${c.code}`, async (t) => {
    // the reader keeps only the first example of each images file: what is wrong past it is found all the same
    const root = await tempDir(t);
    const set = makeSet(6, 3);
    const paths = await writeSet(root, set, true);
    await writeFile(paths[c.key], c.gz ? c.bytes(set) : gzipSync(c.bytes(set)));
    await rejectsWith(loadDataset(isolated(root, { dataDir: root, trainLimit: 1, valLimit: 1 })), c.code, paths[c.key]);
  });
}

test('a gzipped images file read for its first examples keeps only those, and says how long it is', async (t) => {
  const root = await tempDir(t);
  const paths = await writeSet(root, makeSet(50, 3), true);
  const whole = await readRawFile(paths['train-images']);
  const first = await readRawFile(paths['train-images'], 2);
  assert.deepEqual([whole.bytes.length, whole.length], [16 + 50 * 20, 16 + 50 * 20]);
  assert.deepEqual([first.bytes.length, first.length, first.bytes.buffer.byteLength], [16 + 2 * 20, 16 + 50 * 20, 16 + 2 * 20]);
  assert.deepEqual(first.bytes, whole.bytes.subarray(0, 16 + 2 * 20));
  assert.equal(first.sha256, whole.sha256);
  // the limited load decodes what the whole one does, for the images it keeps
  const limited = await loadDataset(isolated(root, { dataDir: root, trainLimit: 2 }));
  const all = await loadDataset(isolated(root, { dataDir: root }));
  assert.deepEqual(limited.train.images, all.train.images.subarray(0, 2 * 20));
  assert.deepEqual(limited.files, all.files);
});

// ---- lookup order ----

test('lookup order: flag > LENETC_DATA_DIR/<dataset> > cache > system', async (t) => {
  const root = await tempDir(t);
  // each place holds a set with its own train count, so the result shows which one was read
  const places = { flag: path.join(root, 'flag'), env: path.join(root, 'env'), cache: path.join(root, 'cache'), system: path.join(root, 'system') };
  await writeSet(path.join(places.flag, 'fashion-mnist'), makeSet(1, 1), true); // DIR/<dataset> form
  await writeSet(path.join(places.env, 'fashion-mnist'), makeSet(2, 1), false);
  await writeSet(path.join(places.cache, 'fashion-mnist'), makeSet(3, 1), true);
  await writeSet(path.join(places.system, 'fashion-mnist'), makeSet(4, 1), true);
  const base = isolated(root, { env: { LENETC_DATA_DIR: places.env } });

  const order: [Partial<LoadOptions>, string, number][] = [
    [{ dataDir: places.flag }, 'flag', 1],
    [{}, 'env', 2],
    [{ env: {} }, 'cache', 3],
    [{ env: {}, cacheDir: path.join(root, 'nowhere') }, 'system', 4],
  ];
  for (const [extra, source, count] of order) {
    const ds = await loadDataset({ ...base, ...extra });
    assert.deepEqual([ds.source, ds.train.count], [source, count]);
    assert.equal(ds.dir, path.join((places as Record<string, string>)[source], 'fashion-mnist'));
  }
  // LENETC_DATA_DIR without this dataset falls through to the cache
  const ds = await loadDataset({ ...base, env: { LENETC_DATA_DIR: path.join(root, 'nowhere') } });
  assert.deepEqual([ds.source, ds.train.count], ['cache', 3]);
});

test('--data without the files is an error, even when the cache has them', async (t) => {
  const root = await tempDir(t);
  await writeSet(path.join(root, 'cache', 'fashion-mnist'), makeSet(3, 1), true);
  const paths = await writeSet(path.join(root, 'flag'), makeSet(2, 1), true);
  await rm(paths['t10k-labels']);
  const err = await rejectsWith(loadDataset(isolated(root, { dataDir: path.join(root, 'flag') })), 'DATA_NOT_FOUND', paths['t10k-labels'].replace(/\.gz$/, ''));
  assert.ok(err.message.includes(path.join(root, 'flag')));
});

test('--data naming a folder that does not exist says so, not which files it lacks', async (t) => {
  const root = await tempDir(t);
  const err = await rejectsWith(loadDataset(isolated(root, { dataDir: path.join(root, 'typo') })), 'DATA_NOT_FOUND', path.join(root, 'typo'));
  assert.match(err.message, /typo does not exist$/);
  assert.doesNotMatch(err.message, /lacks/);
});

test('half a dataset under LENETC_DATA_DIR is an error; nothing anywhere with downloads off is not-found', async (t) => {
  const root = await tempDir(t);
  const paths = await writeSet(path.join(root, 'env', 'fashion-mnist'), makeSet(2, 1), true);
  await rm(paths['train-images']);
  await rejectsWith(loadDataset(isolated(root, { env: { LENETC_DATA_DIR: path.join(root, 'env') } })), 'DATA_NOT_FOUND');
  const err = await rejectsWith(loadDataset(isolated(root)), 'DATA_NOT_FOUND');
  assert.ok(err.hint?.includes('apt-get install dataset-fashion-mnist'));
});

// ---- downloads ----

interface Server {
  baseUrl: string;
  requests: string[];
  close: () => Promise<void>;
}

/** Serves `files` (name → bytes) on 127.0.0.1; other paths get 404. */
async function serve(files: Record<string, Buffer>): Promise<Server> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const name = (req.url ?? '').replace(/^\//, '');
    requests.push(name);
    const body = files[name];
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/octet-stream' });
    // two writes, so progress has a middle
    res.write(body.subarray(0, body.length >> 1));
    res.end(body.subarray(body.length >> 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The set as served: gzipped, by file name, with the hashes a catalog would publish. */
function published(set: Record<FileKey, Buffer>) {
  const files: Record<string, Buffer> = {};
  const sha256 = {} as Record<FileKey, { sha256: string }>;
  const md5 = {} as Record<FileKey, { md5: string }>;
  for (const key of FILE_KEYS) {
    const gz = gzipSync(set[key]);
    files[`${idxFileName(key)}.gz`] = gz;
    sha256[key] = { sha256: createHash('sha256').update(gz).digest('hex') };
    md5[key] = { md5: createHash('md5').update(gz).digest('hex') };
  }
  return { files, sha256, md5 };
}

test('download: verified by SHA-256 into the cache, with progress; the next load reads the cache', async (t) => {
  const root = await tempDir(t);
  const pub = published(makeSet(7, 2));
  const server = await serve(pub.files);
  t.after(server.close);
  const events: ProgressEvent[] = [];
  const options = isolated(root, { download: true, baseUrl: server.baseUrl, expectedHashes: pub.sha256, onProgress: (e) => events.push(e) });
  const ds = await loadDataset(options);
  assert.equal(ds.source, 'download');
  assert.equal(ds.dir, path.join(root, 'cache', 'fashion-mnist'));
  assert.deepEqual([ds.train.count, ds.test.count], [7, 2]);
  assert.deepEqual((await readdir(ds.dir)).sort(), Object.keys(pub.files).sort(), 'exactly the four files, no temporaries');
  for (const [name, bytes] of Object.entries(pub.files)) {
    const mine = events.filter((e) => e.file === name);
    assert.ok(mine.length >= 2, `progress for ${name}`);
    assert.deepEqual(mine[0], { file: name, received: 0, total: bytes.length });
    assert.deepEqual(mine.at(-1), { file: name, received: bytes.length, total: bytes.length });
    assert.ok(mine.every((e, i) => i === 0 || e.received >= mine[i - 1].received));
  }
  assert.equal(server.requests.length, 4);

  const again = await loadDataset(options);
  assert.equal(again.source, 'cache');
  assert.equal(server.requests.length, 4, 'no second download');
});

test('download: MD5-only hashes are checked too; a partial cache fetches only the missing files', async (t) => {
  const root = await tempDir(t);
  const set = makeSet(5, 2);
  const pub = published(set);
  const cacheDir = path.join(root, 'cache', 'fashion-mnist');
  await mkdir(cacheDir, { recursive: true });
  await writeFile(path.join(cacheDir, 'train-images-idx3-ubyte.gz'), pub.files['train-images-idx3-ubyte.gz']);
  const server = await serve(pub.files);
  t.after(server.close);
  const ds = await loadDataset(isolated(root, { download: true, baseUrl: server.baseUrl, expectedHashes: pub.md5 }));
  assert.equal(ds.source, 'download');
  assert.equal(ds.train.count, 5);
  assert.deepEqual(server.requests.sort(), ['t10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz', 'train-labels-idx1-ubyte.gz']);
});

for (const algo of ['sha256', 'md5'] as const) {
  test(`download: a tampered file fails its ${algo} check and leaves nothing in the cache`, async (t) => {
    const root = await tempDir(t);
    const pub = published(makeSet(5, 2));
    const tampered = { ...pub.files, 'train-labels-idx1-ubyte.gz': gzipSync(idxLabels([9, 9, 9, 9, 9])) };
    const server = await serve(tampered);
    t.after(server.close);
    const err = await rejectsWith(
      loadDataset(isolated(root, { download: true, baseUrl: server.baseUrl, expectedHashes: pub[algo] })),
      'DATA_CHECKSUM',
      `${server.baseUrl}train-labels-idx1-ubyte.gz`,
    );
    assert.ok(err.message.includes(algo.toUpperCase()));
    const left = await readdir(path.join(root, 'cache', 'fashion-mnist'));
    assert.deepEqual(left, ['train-images-idx3-ubyte.gz'], 'only the verified file before it; no train-labels, no .part');
  });
}

test('download: an unreachable server is a download error listing every alternative', async (t) => {
  const root = await tempDir(t);
  const server = await serve({});
  await server.close(); // a port nobody listens on
  const cacheDir = path.join(root, 'cache');
  const err = await rejectsWith(loadDataset(isolated(root, { download: true, baseUrl: server.baseUrl })), 'DATA_DOWNLOAD', `${server.baseUrl}train-images-idx3-ubyte.gz`);
  for (const way of ['--data DIR', 'LENETC_DATA_DIR', path.join(cacheDir, 'fashion-mnist'), 'apt-get install dataset-fashion-mnist']) {
    assert.ok(err.hint?.includes(way), `hint lacks ${way}: ${err.hint}`);
  }
  assert.equal(existsSync(path.join(cacheDir, 'fashion-mnist')) ? (await readdir(path.join(cacheDir, 'fashion-mnist'))).length : 0, 0);
  // MNIST has no Debian package, so its hint does not offer one
  const mnist = await rejectsWith(loadDataset(isolated(root, { dataset: 'mnist', download: true, baseUrl: server.baseUrl })), 'DATA_DOWNLOAD');
  assert.ok(!mnist.hint?.includes('apt-get'));
});

test('download: an HTTP 404 is a download error', async (t) => {
  const root = await tempDir(t);
  const pub = published(makeSet(5, 2));
  delete pub.files['t10k-images-idx3-ubyte.gz'];
  const server = await serve(pub.files);
  t.after(server.close);
  await rejectsWith(loadDataset(isolated(root, { download: true, baseUrl: server.baseUrl, expectedHashes: pub.sha256 })), 'DATA_DOWNLOAD', `${server.baseUrl}t10k-images-idx3-ubyte.gz`);
});

// ---- the real Fashion-MNIST ----

const noSystem = existsSync(SYSTEM_FASHION) ? false : `${SYSTEM_FASHION} is absent (apt-get install dataset-fashion-mnist)`;

test('Debian Fashion-MNIST loads: 28×28, 60000/10000 examples, 6000/1000 per class', { skip: noSystem }, async () => {
  const base = { dataset: 'fashion-mnist', env: {}, cacheDir: path.join(os.tmpdir(), 'lenetc-no-cache'), download: false } as const;
  const small = await loadDataset({ ...base, trainLimit: 1000, valLimit: 500 });
  assert.equal(small.source, 'system');
  assert.deepEqual([small.train.count, small.train.height, small.train.width, small.train.images.length], [1000, 28, 28, 1000 * 784]);
  assert.deepEqual([small.test.count, small.test.labels.length], [500, 500]);

  const full = await loadDataset(base);
  assert.deepEqual([full.train.count, full.test.count], [60000, 10000]);
  const histogram = (labels: Uint8Array) => labels.reduce((h, l) => (h[l]++, h), new Array<number>(10).fill(0));
  assert.deepEqual(histogram(full.train.labels), new Array(10).fill(6000));
  assert.deepEqual(histogram(full.test.labels), new Array(10).fill(1000));
  const images = full.train.images;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < images.length; i++) {
    if (images[i] < min) min = images[i];
    if (images[i] > max) max = images[i];
  }
  assert.deepEqual([min, max], [0, 1]);
  assert.ok(Buffer.from(images.buffer, 0, 1000 * 784 * 4).equals(Buffer.from(small.train.images.buffer)), 'the limit keeps the first N');
});

test("the catalog's Fashion-MNIST hashes are those of Debian's files with the original gzip header", { skip: noSystem }, async () => {
  // Debian's files are the originals with the gzip name and mtime stripped; put them back
  const mtimes: Record<FileKey, number> = { 'train-images': 1504176606, 'train-labels': 1504176606, 't10k-images': 1504176627, 't10k-labels': 1504176627 };
  for (const key of FILE_KEYS) {
    const debian = await readFile(path.join(SYSTEM_FASHION, `${idxFileName(key)}.gz`));
    const header = Buffer.alloc(10);
    header.set([0x1f, 0x8b, 0x08, 0x08]); // deflate, FNAME set
    header.writeUInt32LE(mtimes[key], 4);
    header.set([0x00, 0x03], 8); // XFL 0, OS Unix
    const original = Buffer.concat([header, Buffer.from(`${idxFileName(key)}\0`), debian.subarray(10)]);
    const known = CATALOG['fashion-mnist'].hashes[key];
    assert.equal(createHash('md5').update(original).digest('hex'), known.md5, key);
    assert.equal(createHash('sha256').update(original).digest('hex'), known.sha256, key);
  }
});

test('class names', () => {
  assert.equal(CLASS_NAMES['fashion-mnist'].length, 10);
  assert.equal(CLASS_NAMES['fashion-mnist'][9], 'Ankle boot');
  assert.deepEqual(CLASS_NAMES.mnist, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
});

test('download: a file past the size limit stops there, announced or not, and leaves no .part', async (t) => {
  const root = await tempDir(t);
  const pub = published(makeSet(50, 2));
  // announced: refused before reading the body
  const announced = await serve(pub.files);
  t.after(announced.close);
  const err = await rejectsWith(loadDataset(isolated(root, { download: true, baseUrl: announced.baseUrl, expectedHashes: pub.sha256, maxDownloadBytes: 100 })), 'DATA_DOWNLOAD');
  assert.match(err.message, /larger than 100 bytes/);
  // not announced (chunked): stopped once the limit is passed
  const requests: string[] = [];
  const streaming = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    const chunk = Buffer.alloc(64 * 1024, 7);
    let sent = 0;
    const more = () => {
      while (sent < 400 && res.write(chunk)) sent++;
      if (sent < 400) res.once('drain', more);
      else res.end();
    };
    res.on('close', () => { sent = 400; });
    more();
  });
  await new Promise<void>((resolve) => streaming.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => streaming.close(() => resolve())));
  const base = `http://127.0.0.1:${(streaming.address() as AddressInfo).port}/`;
  const started = Date.now();
  const big = await rejectsWith(loadDataset(isolated(root, { download: true, baseUrl: base, maxDownloadBytes: 1024 * 1024 })), 'DATA_DOWNLOAD');
  assert.match(big.message, /larger than 1 MiB/);
  assert.ok(Date.now() - started < 5000);
  assert.deepEqual(existsSync(path.join(root, 'cache', 'fashion-mnist')) ? (await readdir(path.join(root, 'cache', 'fashion-mnist'))).filter((f) => f.endsWith('.part')) : [], []);
});

test('download: .part files a killed download left are removed on the next try; a live one\'s are kept', async (t) => {
  const root = await tempDir(t);
  const pub = published(makeSet(5, 2));
  const cacheDir = path.join(root, 'cache', 'fashion-mnist');
  await mkdir(cacheDir, { recursive: true });
  const dead = spawn(process.execPath, ['-e', '0']);
  const deadPid = await new Promise<number>((resolve) => dead.on('exit', () => resolve(dead.pid!)));
  const killed = `train-images-idx3-ubyte.gz.${deadPid}.0a1b2c3d.part`;
  const running = `train-images-idx3-ubyte.gz.${process.pid}.deadbeef.part`;
  await writeFile(path.join(cacheDir, killed), 'half a file');
  await writeFile(path.join(cacheDir, running), 'being written');
  const server = await serve(pub.files);
  t.after(server.close);
  await loadDataset(isolated(root, { download: true, baseUrl: server.baseUrl, expectedHashes: pub.sha256 }));
  const left = await readdir(cacheDir);
  assert.ok(!left.includes(killed), 'the dead download\'s .part is gone');
  assert.ok(left.includes(running), 'a live process\'s .part is not ours to remove');
});
