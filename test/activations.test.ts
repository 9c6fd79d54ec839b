import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pngjs from 'pngjs';
import type { Layer, NetModel } from '../src/model.js';
import { createHash } from 'node:crypto';
import { viridis } from '../src/tfjs/feature-maps/colormap.js';
import { GLYPHS_SOURCE_SHA256 } from '../src/tfjs/feature-maps/glyphs.js';
import { renderSheet } from '../src/node/feature-maps.js';
import { LAYOUT } from '../src/tfjs/feature-maps/render.js';
import { buildModel } from '../src/tfjs/build.js';
import { writeDirAtomic } from '../src/node/files.js';
import { modelFiles } from '../src/tfjs/model-files.js';
import { runCli } from './helpers/cli.js';
import { fromRoot } from './helpers/paths.js';

/** conv1 28×28×4 (same) → pool 14×14×4 → conv2 12×12×6 (valid) → flatten → dense 10. */
const model: NetModel = {
  name: 'tiny', input: [28, 28, 1],
  layers: ([
    { kind: 'conv', name: 'conv1', filters: 4, kernel: [3, 3], stride: [1, 1], padding: 'same', activation: 'relu', init: 'glorot_uniform', bias: true },
    { kind: 'pool', name: 'pool1', type: 'max', size: [2, 2], stride: [2, 2], padding: 'valid' },
    { kind: 'conv', name: 'conv2', filters: 6, kernel: [3, 3], stride: [1, 1], padding: 'valid', activation: 'sigmoid', init: 'glorot_uniform', bias: true },
    { kind: 'flatten', name: 'flatten' },
    { kind: 'dense', name: 'dense1', units: 10, activation: 'none', init: 'glorot_uniform', bias: true },
  ] as Omit<Layer, 'index' | 'path' | 'inputs'>[]).map((l, index, all) => ({ ...l, index, path: ['layers', index], inputs: [index === 0 ? 'input' : all[index - 1]!.name] }) as Layer),
  train: {
    dataset: 'fashion-mnist', epochs: 1, batch_size: 8, optimizer: { type: 'sgd' }, lr: 0.1,
    schedule: { type: 'constant' }, weight_decay: 0, seed: 3, augment: { flip: false, shift: 0 },
  },
};

/** Test labels of the tiny dataset: classes 0..9, then two more coats (4). */
const LABELS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 4, 4];
/** Test image k: a bright square whose size grows with k on black, so each has its own mean. */
function testImage(k: number): Uint8Array {
  const img = new Uint8Array(28 * 28);
  const half = 3 + k;
  for (let y = 14 - half; y < 14 + half; y++) for (let x = 14 - half; x < 14 + half; x++) if (y >= 0 && y < 28 && x >= 0 && x < 28) img[y * 28 + x] = 200;
  return img;
}

function idx(magic: number, dims: number[], data: Uint8Array): Buffer {
  const header = Buffer.alloc(4 + 4 * dims.length);
  header.writeUInt32BE(magic, 0);
  dims.forEach((d, i) => header.writeUInt32BE(d, 4 + 4 * i));
  return Buffer.concat([header, data]);
}

let tmp: string;
let runDir: string;
let dataDir: string;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-activations-'));
  runDir = path.join(tmp, 'runs', 'tiny', '20250101-000000');
  fs.mkdirSync(runDir, { recursive: true });
  // a run folder as the training loop writes it: model/ (model.json + weights.bin), summary.json
  const net = buildModel(model, 3);
  await writeDirAtomic(path.join(runDir, 'model'), await modelFiles(net));
  net.dispose();
  fs.writeFileSync(path.join(runDir, 'summary.json'), JSON.stringify({ dataset: { name: 'fashion-mnist' } }));
  // a tiny dataset in the four IDX files
  dataDir = path.join(tmp, 'data');
  fs.mkdirSync(dataDir);
  const images = Buffer.concat(LABELS.map((_, k) => testImage(k)));
  fs.writeFileSync(path.join(dataDir, 't10k-images-idx3-ubyte'), idx(2051, [LABELS.length, 28, 28], images));
  fs.writeFileSync(path.join(dataDir, 't10k-labels-idx1-ubyte'), idx(2049, [LABELS.length], Uint8Array.from(LABELS)));
  fs.writeFileSync(path.join(dataDir, 'train-images-idx3-ubyte'), idx(2051, [1, 28, 28], testImage(0)));
  fs.writeFileSync(path.join(dataDir, 'train-labels-idx1-ubyte'), idx(2049, [1], Uint8Array.from([0])));
});

after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (args: string[]) => runCli(args, tmp);

/** A PNG read back (RGB): the colour of (x, y), its red as gray, and regions of either. */
function readPng(file: string | Uint8Array) {
  const png = pngjs.PNG.sync.read(Buffer.from(typeof file === 'string' ? fs.readFileSync(file) : file));
  const rgb = (x: number, y: number): [number, number, number] => {
    const i = 4 * (y * png.width + x);
    return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
  };
  const at = (x: number, y: number) => rgb(x, y)[0];
  const pixels = (x: number, y: number, w: number, h: number) => {
    const out: Array<[number, number, number]> = [];
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) out.push(rgb(xx, yy));
    return out;
  };
  const region = (x: number, y: number, w: number, h: number) => pixels(x, y, w, h).map((p) => p[0]);
  /** How many pixels of the whole sheet are exactly `color`. */
  const count = (color: readonly number[]) => pixels(0, 0, png.width, png.height).filter((p) => p[0] === color[0] && p[1] === color[1] && p[2] === color[2]).length;
  return { width: png.width, height: png.height, at, rgb, region, pixels, count };
}

const mean = (v: ArrayLike<number>) => Array.from(v).reduce((s, x) => s + x, 0) / v.length;
const std = (v: number[]) => Math.sqrt(mean(v.map((x) => (x - mean(v)) ** 2)));
const isRed = ([r, g, b]: readonly number[]) => r! > 150 && g! < 110 && b! < 110;
const isGreen = ([r, g, b]: readonly number[]) => g! > r! + 40 && g! > b! + 40;
const isInk = ([r, g, b]: readonly number[]) => r! < 90 && g! < 90 && b! < 90;

describe('lenetc activations', () => {
  it('draws the input, the prediction and every map of the first two convs, one PNG per input', async () => {
    const out = path.join(tmp, 'out1');
    const r = await run(['activations', runDir, '--index', '3', '--noise', '1', '--seed', '7', '--data', dataDir, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(out).sort(), ['00-test-3-dress.png', '01-noise-0.png']);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^00-test-3-dress\.png: test #3 \(Dress\): predicted \S.* \d+\.\d%; mean activation conv1 \d+\.\d{3}, conv2 \d+\.\d{3}$/);

    const sheet = readPng(path.join(out, '00-test-3-dress.png'));
    // the input panel shows the input itself, in gray: its mean equals the image's (200/255 on 12×12 of 28×28)
    const m = LAYOUT.margin;
    const inputMean = (200 / 255) * (12 * 12) / (28 * 28);
    assert.ok(Math.abs(mean(sheet.region(m + 1, m + 1, 112, 112)) / 255 - inputMean) < 1 / 255);
    assert.ok(sheet.pixels(m + 1, m + 1, 112, 112).every(([r, g, b]) => r === g && g === b), 'gray');
    assert.deepEqual(sheet.rgb(m, m), [...LAYOUT.frame]);
    // beside it, text in a real font (anti-aliased: more than two shades) and the prediction, green when right, red when wrong
    const header = sheet.pixels(m + 114 + LAYOUT.headerGap, m, 300, 70);
    assert.ok(header.filter(isInk).length > 50, 'the header has text');
    assert.ok(new Set(header.map((p) => p[0])).size > 8, 'anti-aliased glyphs, not a bitmap font');
    const right = /predicted Dress /.test(lines[0]!);
    assert.ok(header.some(right ? isGreen : isRed), 'the prediction is coloured by whether it is right');
    // the maps are in viridis, each layer from its lowest (dark purple) to its highest value (yellow): both ends appear
    assert.ok(sheet.count(viridis(0)) > 0 && sheet.count(viridis(1)) > 0);
    // two sections, each at least its maps tall: conv1's 28×28 drawn ×2, conv2's 12×12 drawn ×5
    assert.ok(sheet.height > 114 + 58 + 62 && sheet.width >= 4 * 58);

    // the noise input's panel is noisy: uniform noise has mean 1/2 and deviation 1/√12
    const noise = readPng(path.join(out, '01-noise-0.png'));
    const panel = noise.region(m + 1, m + 1, 112, 112);
    assert.ok(Math.abs(mean(panel) / 255 - 0.5) < 0.05);
    assert.ok(Math.abs(std(panel) / 255 - 1 / Math.sqrt(12)) < 0.03);
  });

  it('picks test examples by class, in test order, --count per class', async () => {
    const out = path.join(tmp, 'out2');
    const r = await run(['activations', runDir, '--class', 'coat,Sandal', '--count', '2', '--data', dataDir, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    // coats are at 4, 10, 11; the only sandal at 5
    assert.deepEqual(fs.readdirSync(out).sort(), ['00-test-4-coat.png', '01-test-10-coat.png', '02-test-5-sandal.png']);
  });

  it('takes image files and chosen layers', async () => {
    const image = new pngjs.PNG({ width: 40, height: 40 });
    for (let i = 0; i < 40 * 40; i++) image.data.fill(i % 40 < 20 ? 0 : 255, 4 * i, 4 * i + 3).writeUInt8(255, 4 * i + 3);
    fs.writeFileSync(path.join(tmp, 'half.png'), pngjs.PNG.sync.write(image));
    const out = path.join(tmp, 'out3');
    const r = await run(['activations', runDir, '--image', 'half.png', '--layers', 'conv2', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    const sheet = readPng(path.join(out, '00-image-half.png'));
    const m = LAYOUT.margin;
    assert.ok(Math.abs(mean(sheet.region(m + 1, m + 1, 112, 112)) / 255 - 0.5) < 1 / 255);
    assert.ok(sheet.region(m + 1, m + 1, 56, 112).every((v) => v === 0), 'left half black');
    assert.doesNotMatch(r.stdout, /conv1/);
  });

  it('refuses bad requests with exit codes', async () => {
    const out = path.join(tmp, 'out4');
    assert.equal((await run(['activations', runDir, '--out', out])).code, 2, 'no inputs');
    assert.equal((await run(['activations', path.join(tmp, 'nope'), '--noise', '1', '--out', out])).code, 2, 'no run folder');
    assert.equal((await run(['activations', tmp, '--noise', '1', '--out', out])).code, 1, 'not a run folder');
    assert.equal((await run(['activations', runDir, '--noise', '1', '--layers', 'conv9', '--out', out])).code, 1, 'unknown layer');
    assert.equal((await run(['activations', runDir, '--noise', '1', '--layers', 'dense1', '--out', out])).code, 1, 'no feature maps');
    assert.equal((await run(['activations', runDir, '--class', 'Cat', '--data', dataDir, '--out', out])).code, 2, 'unknown class');
    // a letter off: the class, or the layer, it most likely meant
    assert.match((await run(['activations', runDir, '--class', 'Cot', '--data', dataDir, '--out', out])).stderr, /^error\[UNKNOWN_CLASS\]: .*\nhint: did you mean "Coat"\?/m);
    assert.match((await run(['activations', runDir, '--noise', '1', '--layers', 'conv9', '--out', out])).stderr, /^hint: did you mean conv1\?/m);
    assert.equal((await run(['activations', runDir, '--index', '12', '--data', dataDir, '--out', out])).code, 2, 'index past the end');
    fs.writeFileSync(path.join(tmp, 'bad.png'), 'not an image');
    assert.equal((await run(['activations', runDir, '--image', 'bad.png', '--out', out])).code, 1, 'not an image');
    // a folder that cannot be made (Node's recursive mkdir never returns there): a quick refusal, no stack
    const proc = await run(['activations', runDir, '--noise', '1', '--out', '/proc/self/x']);
    assert.equal(proc.code, 1, proc.stderr);
    assert.match(proc.stderr, /^error\[WRITE_FAILED\]/m);
    assert.equal((await run(['activations', runDir, '--noise', '1', '--out', out])).code, 0);
    const first = fs.readFileSync(path.join(out, '00-noise-0.png'));
    // a second call numbers on: nothing of the first is replaced, no two sheets share a number
    const again = await run(['activations', runDir, '--noise', '2', '--seed', '9', '--out', out]);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(fs.readdirSync(out).sort(), ['00-noise-0.png', '01-noise-0.png', '02-noise-1.png']);
    assert.match(again.stdout, /^01-noise-0\.png: /);
    assert.deepEqual(fs.readFileSync(path.join(out, '00-noise-0.png')), first);
    // --force numbers from 00 again, replacing
    assert.equal((await run(['activations', runDir, '--noise', '1', '--seed', '9', '--out', out, '--force'])).code, 0);
    assert.notDeepEqual(fs.readFileSync(path.join(out, '00-noise-0.png')), first);
  });

  it('bounds --noise and --count, draws many inputs a chunk at a time, and reads a damaged model as a message', async () => {
    const out = path.join(tmp, 'out5');
    for (const args of [['--noise', '5000'], ['--class', 'Coat', '--count', '1001', '--data', dataDir]]) {
      const r = await run(['activations', runDir, ...args, '--out', out]);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /more than 1000/);
      assert.ok(!fs.existsSync(out) || fs.readdirSync(out).length === 0, 'nothing written');
    }
    // more inputs than one chunk: every PNG written, in order, the noise the same as drawn one by one
    const many = await run(['activations', runDir, '--noise', '40', '--out', out]);
    assert.equal(many.code, 0, many.stderr);
    assert.equal(fs.readdirSync(out).length, 40);
    const last = await run(['activations', runDir, '--noise', '40', '--out', path.join(tmp, 'out6')]);
    assert.deepEqual(fs.readFileSync(path.join(tmp, 'out6', '39-noise-39.png')), fs.readFileSync(path.join(out, '39-noise-39.png')));
    assert.equal(last.code, 0);
    // --out naming a file
    fs.writeFileSync(path.join(tmp, 'a-file'), 'mine');
    const onFile = await run(['activations', runDir, '--noise', '1', '--out', path.join(tmp, 'a-file')]);
    assert.equal(onFile.code, 2, onFile.stderr);
    assert.doesNotMatch(onFile.stderr, /^\s+at /m);
    // a truncated weights.bin: one message naming the file, exit 1
    const damaged = path.join(tmp, 'damaged');
    fs.cpSync(runDir, damaged, { recursive: true });
    fs.truncateSync(path.join(damaged, 'model', 'weights.bin'), 10);
    const r = await run(['activations', damaged, '--noise', '1', '--out', path.join(tmp, 'out7')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /damaged\/model: the weight files hold 10 bytes/);
    assert.doesNotMatch(r.stderr, /^\s+at /m);
  });
});

describe('a feature-map sheet', () => {
  it('crosses out and labels a dead map in red, and spans viridis over a layer\'s range', { timeout: 30_000 }, () => {
    // one layer of two 4×4 channels: channel 0 a ramp from −1 to 2, channel 1 zero everywhere (dead)
    const data = new Float32Array(4 * 4 * 2);
    for (let p = 0; p < 16; p++) data[2 * p] = -1 + (3 * p) / 15;
    const png = renderSheet({
      title: 'test #0', input: new Float32Array(28 * 28).fill(0.5), side: 28, predicted: 'Coat', probability: 0.5, truth: 'Shirt',
      layers: [{ layer: 'conv1', height: 4, width: 4, channels: 2, data }],
    });
    const sheet = readPng(png);
    // the ramp's ends are the scale's ends; zero sits a third of the way up the ramp
    assert.ok(sheet.count(viridis(0)) >= 16 * 16, 'the lowest cell, drawn 16×16');
    assert.ok(sheet.count(viridis(1)) >= 16 * 16, 'the highest cell');
    // the dead map: a red frame and cross, and red text under it; the wrong prediction in red too
    const m = LAYOUT.margin;
    // below the header (the input panel is 114 high): only the dead map's marks are red
    const below = m + 114 + LAYOUT.section;
    const reds = sheet.pixels(0, below, sheet.width, sheet.height - below).filter(isRed).length;
    assert.ok(reds > 4 * 66 + 100, `${reds} red pixels`);
    const header = sheet.pixels(m + 30 + LAYOUT.headerGap, m, 300, 70);
    assert.ok(header.some(isRed), 'predicted Coat, truly Shirt: wrong, in red');
    assert.ok(!header.some(isGreen));
  });

  it('uses glyphs drawn by the current scripts/make-glyphs.ts', { timeout: 10_000 }, () => {
    const hash = createHash('sha256').update(fs.readFileSync(fromRoot('scripts', 'make-glyphs.ts'))).digest('hex');
    assert.equal(GLYPHS_SOURCE_SHA256, hash, 'glyphs.ts is stale: run node --import tsx scripts/make-glyphs.ts (needs Chromium)');
  });
});
