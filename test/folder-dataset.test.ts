/**
 * Your own images as a dataset: a folder of class subfolders with generated pictures (a disc,
 * a square and a cross, drawn at random places, sizes and colours into PNGs and JPEGs) that a
 * small spec learns to > 90 %; class names from the folders in eval, predict and export;
 * check against the folder's class count; the seeded split and the decode cache.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jpeg from 'jpeg-js';
import pngjs from 'pngjs';
import { loadFolderDataset } from '../src/node/data/folder.js';
import { decodeModel } from '../src/codegen/onnx/proto.js';
import { runCli } from './helpers/cli.js';
import { fromRoot } from './helpers/paths.js';

const CLASSES = ['cross', 'disc', 'square'];
const SIDE = 36;

/** A seeded stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** RGBA pixels of one picture of `shape`: a coloured shape on a noisy dark background. */
function draw(shape: string, rand: () => number): Buffer {
  const data = Buffer.alloc(SIDE * SIDE * 4);
  const colour = [128 + rand() * 127, 128 + rand() * 127, 128 + rand() * 127];
  const r = 6 + rand() * 6;
  const cx = r + 2 + rand() * (SIDE - 2 * r - 4);
  const cy = r + 2 + rand() * (SIDE - 2 * r - 4);
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      const [dx, dy] = [x - cx, y - cy];
      const inside = shape === 'disc' ? dx * dx + dy * dy <= r * r
        : shape === 'square' ? Math.abs(dx) <= r * 0.8 && Math.abs(dy) <= r * 0.8
          : (Math.abs(dx) <= r / 4 && Math.abs(dy) <= r) || (Math.abs(dy) <= r / 4 && Math.abs(dx) <= r);
      const noise = rand() * 60;
      for (let c = 0; c < 3; c++) data[(y * SIDE + x) * 4 + c] = inside ? colour[c]! : noise;
      data[(y * SIDE + x) * 4 + 3] = 255;
    }
  }
  return data;
}

function encode(rgba: Buffer, format: 'png' | 'jpg'): Buffer {
  if (format === 'jpg') return jpeg.encode({ data: rgba, width: SIDE, height: SIDE }, 95).data;
  const png = new pngjs.PNG({ width: SIDE, height: SIDE });
  png.data = rgba;
  return pngjs.PNG.sync.write(png);
}

/** `perClass` pictures of each class under `root`/<class>/, every fifth a JPEG. */
function writeShapes(root: string, perClass: number, seed: number): void {
  const rand = random(seed);
  for (const shape of CLASSES) {
    fs.mkdirSync(path.join(root, shape), { recursive: true });
    for (let i = 0; i < perClass; i++) {
      const format = i % 5 === 4 ? 'jpg' : 'png';
      fs.writeFileSync(path.join(root, shape, `${String(i).padStart(3, '0')}.${format}`), encode(draw(shape, rand), format));
    }
  }
}

const SPEC = `name: shapes
input: [24, 24, 3]
defaults: {activation: relu}
layers:
  - conv: {filters: 16, kernel: 3, padding: same}
  - pool: {size: 2}
  - conv: {filters: 16, kernel: 3, padding: same}
  - pool: {size: 2}
  - flatten
  - dense: {units: 64}
  - dense: {units: 3, activation: none}
train:
  dataset: ../data
  validation_split: 0.25
  epochs: 20
  batch_size: 16
  optimizer: adam
  lr: 0.005
  seed: 3
`;

describe('a folder of class subfolders as the dataset', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-folder-'));
    writeShapes(path.join(dir, 'data'), 100, 1);
    fs.mkdirSync(path.join(dir, 'specs'));
    fs.writeFileSync(path.join(dir, 'specs', 'shapes.yaml'), SPEC);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a small spec learns the shapes to > 90 % on the held-out split; eval, predict and export name the classes', { timeout: 300_000 }, async () => {
    const trained = await runCli(['train', 'specs/shapes.yaml', '--backend', 'wasm', '--threads', '1', '--out', 'run', '--json'], dir);
    assert.equal(trained.code, 0, trained.stderr);
    // one object per epoch, then the run's closing object
    const epochs = trained.stdout.trim().split('\n').map((l) => JSON.parse(l) as { epoch?: number; val_acc: number }).filter((o) => o.epoch !== undefined);
    assert.ok(epochs.at(-1)!.val_acc > 0.9, `val_acc ${epochs.at(-1)!.val_acc}`);
    assert.match(trained.stderr, /225 training and 75 validation images/);

    const evaluated = await runCli(['eval', 'run', '--json', '--backend', 'wasm'], dir);
    assert.equal(evaluated.code, 0, evaluated.stderr);
    const result = JSON.parse(evaluated.stdout) as { accuracy: number; per_class: { class: string; count: number }[]; split: string; images: number };
    assert.deepEqual(result.per_class.map((c) => c.class), CLASSES);
    // held out from the folder's own images: its validation split, not a test set
    assert.deepEqual([result.split, result.images], ['validation', 75]);
    const text = await runCli(['eval', 'run', '--backend', 'wasm'], dir);
    assert.match(text.stdout, /^validation accuracy /);
    assert.doesNotMatch(text.stdout + text.stderr, /\btest\b/);
    assert.equal(result.per_class.reduce((n, c) => n + c.count, 0), 75);
    assert.ok(result.accuracy > 0.9);
    assert.match(fs.readFileSync(path.join(dir, 'run', 'confusion.svg'), 'utf8'), /square/);

    // a new picture, drawn from another seed
    fs.writeFileSync(path.join(dir, 'new-disc.png'), encode(draw('disc', random(99)), 'png'));
    const predicted = await runCli(['predict', 'run', 'new-disc.png', '--top', '1'], dir);
    assert.equal(predicted.code, 0, predicted.stderr);
    assert.match(predicted.stdout, /^new-disc\.png: (cross|disc|square) \d+\.\d%$/m);
    const examples = await runCli(['predict', 'run', '--index', '0,1,2', '--json', '--top', '1'], dir);
    const shown = examples.stdout.trim().split('\n').map((line) => JSON.parse(line) as { input: string; truth: string; predictions: { label: number }[] });
    for (const example of shown) assert.ok(CLASSES.includes(example.truth));
    assert.deepEqual(shown.map((e) => e.input), ['validation #0', 'validation #1', 'validation #2']);
    // a colour example is all three channels: it is classified as eval classified it (> 90 % right)
    assert.ok(shown.filter((e) => CLASSES[e.predictions[0]!.label] === e.truth).length >= 2);

    const exported = await runCli(['export', 'run', '--onnx', 'shapes.onnx'], dir);
    assert.equal(exported.code, 0, exported.stderr);
    const model = decodeModel(fs.readFileSync(path.join(dir, 'shapes.onnx')));
    assert.equal(model.metadata_props.find((p) => p.key === 'lenetc.classes')!.value, JSON.stringify(CLASSES));
    assert.deepEqual(model.graph.input[0]!.type.tensor_type.shape.dim.slice(1), [{ dim_value: 3 }, { dim_value: 24 }, { dim_value: 24 }]);
  });

  it('check compares the last layer with the folder\'s class count, at the spec\'s line', async () => {
    fs.writeFileSync(path.join(dir, 'specs', 'four.yaml'), SPEC.replace('dense: {units: 3, activation: none}', 'dense: {units: 4, activation: none}'));
    const wrong = await runCli(['check', 'specs/four.yaml', '--json'], dir);
    assert.equal(wrong.code, 1);
    const { diagnostics } = JSON.parse(wrong.stdout) as { diagnostics: { code: string; line: number; message: string }[] };
    assert.deepEqual(diagnostics.map((d) => [d.code, d.line]), [['CLASS_MISMATCH', 11]]);
    assert.match(diagnostics[0]!.message, /expected 3, one per class of \.\.\/data/);
    // no such folder: a warning (check needs no data), and nothing to compare the output with
    fs.writeFileSync(path.join(dir, 'specs', 'elsewhere.yaml'), SPEC.replace('dataset: ../data', 'dataset: ./nowhere'));
    const missing = await runCli(['check', 'specs/elsewhere.yaml'], dir);
    assert.equal(missing.code, 0, missing.stderr);
    assert.match(missing.stderr, /warning\[DATASET_FOLDER\]/);
    // a bare word is a built-in dataset's name, with a suggestion
    fs.writeFileSync(path.join(dir, 'specs', 'typo.yaml'), SPEC.replace('dataset: ../data', 'dataset: fashion-mnst'));
    const typo = await runCli(['check', 'specs/typo.yaml'], dir);
    assert.equal(typo.code, 1);
    assert.match(typo.stderr, /UNKNOWN_VALUE[\s\S]*did you mean `fashion-mnist`/);
  });

  it('splits by the seed and decodes once into a cache keyed by content and size', async () => {
    const data = path.join(dir, 'cached');
    writeShapes(data, 8, 2);
    const options = { dir: data, input: [12, 12, 1] as const, validationSplit: 0.25, seed: 5 };
    const first = await loadFolderDataset(options);
    assert.equal(first.cache, 'written');
    assert.deepEqual(first.classes, CLASSES);
    assert.deepEqual([first.train.count, first.test.count], [18, 6]);
    const again = await loadFolderDataset(options);
    assert.equal(again.cache, 'hit');
    assert.deepEqual(again.train.images, first.train.images);
    assert.deepEqual(again.test.labels, first.test.labels);
    // another seed, another split of the same images
    const reseeded = await loadFolderDataset({ ...options, seed: 6 });
    assert.equal(reseeded.cache, 'hit');
    assert.notDeepEqual(reseeded.test.labels, first.test.labels);
    // one changed image: decoded afresh, the stale cache of that size removed
    fs.writeFileSync(path.join(data, 'disc', '000.png'), encode(draw('disc', random(7)), 'png'));
    const changed = await loadFolderDataset(options);
    assert.equal(changed.cache, 'written');
    assert.notEqual(changed.sha256, first.sha256);
    assert.equal(fs.readdirSync(path.join(data, '.lenetc-cache')).length, 1);
    // another input size is cached beside it; the images come out as that size
    const rgb = await loadFolderDataset({ ...options, input: [10, 8, 3] });
    assert.equal(rgb.cache, 'written');
    assert.equal(rgb.train.images.length, 18 * 10 * 8 * 3);
    assert.equal(fs.readdirSync(path.join(data, '.lenetc-cache')).length, 2);
  });

  it('refuses a folder without class subfolders, and names a bad image', async () => {
    const flat = path.join(dir, 'flat');
    fs.mkdirSync(path.join(flat, 'only'), { recursive: true });
    await assert.rejects(loadFolderDataset({ dir: flat, input: [8, 8, 1], validationSplit: 0.2, seed: 1 }), /one class subfolder \(only\)/);
    fs.mkdirSync(path.join(flat, 'other'));
    fs.writeFileSync(path.join(flat, 'only', 'a.png'), encode(draw('disc', random(1)), 'png'));
    fs.writeFileSync(path.join(flat, 'other', 'b.png'), 'not a png');
    await assert.rejects(loadFolderDataset({ dir: flat, input: [8, 8, 1], validationSplit: 0.2, seed: 1 }), /other\/b\.png: not a PNG or JPEG image/);
  });

  it('links, special files, images outside a class and folders without images are refused, each with its code', { timeout: 60_000 }, async () => {
    const load = (root: string) => loadFolderDataset({ dir: root, input: [8, 8, 1], validationSplit: 0.2, seed: 1, cache: false });
    const code = async (root: string) => load(root).then(() => 'loaded', (e: { code?: string }) => e.code ?? String(e));
    const fresh = (name: string) => {
      const root = path.join(dir, name);
      writeShapes(root, 3, 4);
      return root;
    };
    fs.symlinkSync(path.join(fresh('linked-image'), 'disc', '000.png'), path.join(dir, 'linked-image', 'cross', 'link.png'));
    fs.symlinkSync(path.join(fresh('linked-class'), 'disc'), path.join(dir, 'linked-class', 'ellipse'));
    fs.symlinkSync(path.join(dir, 'linked-class', 'disc'), path.join(fresh('linked-nested'), 'square', 'more'));
    execFileSync('mkfifo', [path.join(fresh('fifo'), 'disc', 'pipe.png')]);
    fs.writeFileSync(path.join(fresh('stray'), 'stray.png'), encode(draw('disc', random(3)), 'png'));
    fs.mkdirSync(path.join(fresh('empty-nested'), 'disc', 'more'));
    const cases: [string, string][] = [
      ['linked-image', 'DATA_FOLDER_LINK'], ['linked-class', 'DATA_FOLDER_LINK'], ['linked-nested', 'DATA_FOLDER_LINK'],
      ['fifo', 'DATA_IO'], ['stray', 'DATA_FOLDER_STRAY'], ['empty-nested', 'DATA_CLASS_EMPTY'],
    ];
    for (const [name, expected] of cases) {
      const started = performance.now();
      assert.equal(await code(path.join(dir, name)), expected, name);
      assert.ok(performance.now() - started < 10_000, name);
    }
  });

  it('10,000 images at a time are not opened at once: loads under ulimit -n 256', { timeout: 180_000 }, () => {
    const root = path.join(dir, 'many');
    const one = encode(draw('disc', random(5)), 'png');
    for (const shape of ['a', 'b']) {
      fs.mkdirSync(path.join(root, shape), { recursive: true });
      for (let i = 0; i < 600; i++) fs.writeFileSync(path.join(root, shape, `${i}.png`), one);
    }
    const script = `import { loadFolderDataset } from ${JSON.stringify(fromRoot('src', 'node', 'data', 'folder.ts'))};
const data = await loadFolderDataset({ dir: ${JSON.stringify(root)}, input: [8, 8, 1], validationSplit: 0.2, seed: 1, cache: false });
console.log(data.train.count + data.test.count);`;
    fs.writeFileSync(path.join(dir, 'many.mts'), script);
    const r = spawnSync('bash', ['-c', `ulimit -n 256; exec ${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(path.join(dir, 'many.mts'))}`], { cwd: fromRoot(), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), '1200');
  });
});
