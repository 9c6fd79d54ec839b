/**
 * `lenetc predict`: image files and folders give the probabilities the same pixels give as
 * test examples (--index), bad images are reported one line each while the rest is classified.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pngjs from 'pngjs';
import { runCli } from './helpers/cli.js';
import { tinyImages, TINY_SPEC, writeTinyIdx } from './helpers/tiny-dataset.js';

interface Prediction {
  input: string;
  index?: number;
  truth?: string;
  error?: string;
  predictions?: { class: string; label: number; probability: number }[];
}

/** A 28×28 grey PNG of `pixels` (in [0, 1], stored as bytes as the IDX files are). */
function greyPng(pixels: Float32Array, invert = false): Buffer {
  const png = new pngjs.PNG({ width: 28, height: 28, colorType: 0, inputColorType: 0, bitDepth: 8 });
  const bytes = Buffer.from(pixels.map((v) => Math.round(v * 255)));
  png.data = invert ? Buffer.from(bytes.map((b) => 255 - b)) : bytes;
  return pngjs.PNG.sync.write(png, { colorType: 0, inputColorType: 0 });
}

const lines = (text: string) => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Prediction);

describe('lenetc predict', () => {
  let dir: string;
  // the tiny dataset's test split (seed 2): example i, as written into the IDX files
  const test = tinyImages(100, 2);
  const example = (i: number) => test.images.subarray(i * 784, (i + 1) * 784);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-predict-'));
    writeTinyIdx(dir);
    fs.writeFileSync(path.join(dir, 'tiny.yaml'), TINY_SPEC);
    const trained = await runCli(['train', 'tiny.yaml', '--backend', 'cpu', '--data', '.', '--out', 'run', '--threads', '1'], dir);
    assert.equal(trained.code, 0, trained.stderr);
    fs.mkdirSync(path.join(dir, 'images', 'nested'), { recursive: true });
    for (const i of [0, 1, 2]) fs.writeFileSync(path.join(dir, 'images', `ex${i}.png`), greyPng(example(i)));
    fs.writeFileSync(path.join(dir, 'images', 'nested', 'ex3.png'), greyPng(example(3)));
    fs.writeFileSync(path.join(dir, 'images', 'notes.txt'), 'not an image, and not named like one');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a PNG of a test example gets the probabilities --index gives that example', async () => {
    const files = await runCli(['predict', 'run', 'images/ex0.png', 'images/ex1.png', '--json', '--top', '10'], dir);
    const examples = await runCli(['predict', 'run', '--index', '0,1', '--data', '.', '--json', '--top', '10'], dir);
    assert.equal(files.code, 0, files.stderr);
    assert.equal(examples.code, 0, examples.stderr);
    const [fromFiles, fromIndex] = [lines(files.stdout), lines(examples.stdout)];
    assert.deepEqual(fromIndex.map((p) => [p.input, p.index]), [['test #0', 0], ['test #1', 1]]);
    fromFiles.forEach((p, i) => {
      assert.equal(p.predictions!.length, 10);
      const byLabel = (q: Prediction) => [...q.predictions!].sort((a, b) => a.label - b.label).map((c) => c.probability);
      byLabel(p).forEach((v, k) => assert.ok(Math.abs(v - byLabel(fromIndex[i]!)[k]!) < 1e-6));
      // most probable first, summing to one over all ten classes
      assert.ok(p.predictions!.every((c, k) => k === 0 || c.probability <= p.predictions![k - 1]!.probability));
      assert.ok(Math.abs(p.predictions!.reduce((s, c) => s + c.probability, 0) - 1) < 1e-5);
    });
    // the tiny net learned its blocks: the truth of most examples is the top class
    const right = lines((await runCli(['predict', 'run', '--index', Array.from({ length: 20 }, (_, i) => i).join(','), '--data', '.', '--json', '--top', '1'], dir)).stdout)
      .filter((p) => p.predictions![0]!.class === p.truth).length;
    assert.ok(right >= 12, `${right} of 20 right`);
  });

  it('--invert reads a dark-on-light picture as the light-on-dark example', async () => {
    fs.writeFileSync(path.join(dir, 'inverted.png'), greyPng(example(5), true));
    const inverted = lines((await runCli(['predict', 'run', 'inverted.png', '--invert', '--json', '--top', '10'], dir)).stdout)[0]!;
    const original = lines((await runCli(['predict', 'run', '--index', '5', '--data', '.', '--json', '--top', '10'], dir)).stdout)[0]!;
    assert.deepEqual(inverted.predictions!.map((c) => c.label), original.predictions!.map((c) => c.label));
  });

  it('a folder: every image in it and below, in order; prints the top K with class names', async () => {
    const { code, stdout } = await runCli(['predict', 'run', 'images', '--top', '2'], dir);
    assert.equal(code, 0);
    const out = stdout.trim().split('\n');
    assert.deepEqual(out.map((l) => l.split(':')[0]), ['images/ex0.png', 'images/ex1.png', 'images/ex2.png', path.join('images', 'nested', 'ex3.png')]);
    for (const line of out) assert.match(line, /^[^:]+: [A-Za-z/ -]+ \d+\.\d%, [A-Za-z/ -]+ \d+\.\d%$/);
  });

  it('bad images: one line each, the others still classified, exit 1', async () => {
    fs.writeFileSync(path.join(dir, 'truncated.png'), greyPng(example(0)).subarray(0, 60));
    fs.writeFileSync(path.join(dir, 'text.png'), 'hello');
    const { code, stdout, stderr } = await runCli(['predict', 'run', 'truncated.png', 'images/ex2.png', 'missing.png', 'text.png', '--json'], dir);
    assert.equal(code, 1);
    const out = lines(stdout);
    assert.deepEqual(out.map((p) => [p.input, p.error === undefined]), [['truncated.png', false], ['images/ex2.png', true], ['missing.png', false], ['text.png', false]]);
    // the backend line first, then the inputs' errors
    const [backend, ...errors] = stderr.trim().split('\n');
    assert.match(backend!, /^backend: /);
    assert.equal(errors.length, 4, stderr);
    assert.match(errors[0]!, /^error\[IMAGE_CORRUPT\]: truncated\.png: /);
    assert.match(errors[1]!, /^error\[IMAGE_UNREADABLE\]: missing\.png: cannot read it \(no such file\)$/);
    assert.match(errors[2]!, /^error\[IMAGE_UNSUPPORTED\]: text\.png: not a PNG or JPEG image/);
    assert.deepEqual(out.map((p) => (p as { code?: string }).code), ['IMAGE_CORRUPT', undefined, 'IMAGE_UNREADABLE', 'IMAGE_UNSUPPORTED']);
    assert.match(errors[3]!, /3 of 4 inputs could not be classified/);
  });

  it('more images than one batch stream through in order', async () => {
    const many = path.join(dir, 'many');
    fs.mkdirSync(many);
    for (let i = 0; i < 70; i++) fs.writeFileSync(path.join(many, `${String(i).padStart(3, '0')}.png`), greyPng(example(i)));
    const { code, stdout } = await runCli(['predict', 'run', 'many', '--json', '--top', '1'], dir);
    assert.equal(code, 0);
    const out = lines(stdout);
    assert.deepEqual(out.map((p) => p.input), Array.from({ length: 70 }, (_, i) => path.join('many', `${String(i).padStart(3, '0')}.png`)));
    const byIndex = lines((await runCli(['predict', 'run', '--index', Array.from({ length: 70 }, (_, i) => i).join(','), '--data', '.', '--json', '--top', '1'], dir)).stdout);
    assert.deepEqual(out.map((p) => p.predictions![0]!.label), byIndex.map((p) => p.predictions![0]!.label));
  });

  it('special files are never read: /dev/zero and a FIFO get one line each, quickly, and the image beside them is classified', { timeout: 60_000 }, async () => {
    const fifo = path.join(dir, 'pipe.png');
    execFileSync('mkfifo', [fifo]);
    const started = performance.now();
    const { code, stdout, stderr } = await runCli(['predict', 'run', 'images/ex0.png', '/dev/zero', 'pipe.png', '--json'], dir);
    assert.ok(performance.now() - started < 10_000);
    assert.equal(code, 1, stderr);
    const out = lines(stdout);
    assert.deepEqual(out.map((p) => [p.input, (p as { code?: string }).code]), [['images/ex0.png', undefined], ['/dev/zero', 'IMAGE_UNREADABLE'], ['pipe.png', 'IMAGE_UNREADABLE']]);
    assert.ok(out[0]!.predictions!.length > 0);
    assert.match(stderr, /\/dev\/zero: cannot read it \(a character device, not a regular file\)/);
    assert.match(stderr, /pipe\.png: cannot read it \(a FIFO, not a regular file\)/);
  });

  it('a file too large to be an image is refused from its size, without reading it', { timeout: 60_000 }, async () => {
    const huge = path.join(dir, 'huge.png');
    fs.writeFileSync(huge, greyPng(example(0)));
    fs.truncateSync(huge, 3 * 2 ** 30);
    const started = performance.now();
    const { code, stderr } = await runCli(['predict', 'run', 'huge.png'], dir);
    assert.ok(performance.now() - started < 10_000);
    assert.equal(code, 1, stderr);
    assert.match(stderr, /^error\[IMAGE_UNREADABLE\]: huge\.png: cannot read it \(3,221,225,472 bytes, more than/m);
    assert.doesNotMatch(stderr, /ERR_FS_FILE_TOO_LARGE/);
    fs.rmSync(huge);
  });

  it('links and special files inside a folder, and folders with no images, are reported, not skipped', { timeout: 60_000 }, async () => {
    const folder = path.join(dir, 'mixed');
    fs.mkdirSync(path.join(folder, 'empty'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'a.png'), greyPng(example(1)));
    fs.symlinkSync(path.join(dir, 'images', 'ex0.png'), path.join(folder, 'link.png'));
    fs.symlinkSync(path.join(dir, 'images'), path.join(folder, 'linked-folder'));
    const { code, stdout, stderr } = await runCli(['predict', 'run', 'mixed', '--json'], dir);
    assert.equal(code, 1, stderr);
    const out = lines(stdout);
    assert.deepEqual(out.map((p) => [p.input, (p as { code?: string }).code]), [
      [path.join('mixed', 'a.png'), undefined],
      [path.join('mixed', 'empty'), 'NO_IMAGES'],
      [path.join('mixed', 'link.png'), 'IMAGE_UNREADABLE'],
      [path.join('mixed', 'linked-folder'), 'IMAGE_UNREADABLE'],
    ]);
    assert.match(stderr, /link\.png: cannot read it \(a symbolic link/);
    // named on the command line, a link is followed: the user chose it
    const named = await runCli(['predict', 'run', path.join('mixed', 'link.png')], dir);
    assert.equal(named.code, 0, named.stderr);
  });

  it('--index with no index in it is a usage error, not "no images in "', async () => {
    const r = await runCli(['predict', 'run', '--index', ','], dir);
    assert.equal(r.code, 2);
    assert.doesNotMatch(r.stderr, /no PNG or JPEG images in $/m);
  });

  it('usage errors: no inputs, a folder without images, an index past the end', async () => {
    assert.equal((await runCli(['predict', 'run'], dir)).code, 2);
    fs.mkdirSync(path.join(dir, 'empty'));
    assert.equal((await runCli(['predict', 'run', 'empty'], dir)).code, 2);
    assert.equal((await runCli(['predict', 'run', '--index', '100', '--data', '.'], dir)).code, 2);
    assert.equal((await runCli(['predict', 'nowhere', 'images'], dir)).code, 2);
  });
});
