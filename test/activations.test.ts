import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pngjs from 'pngjs';
import type { Layer, NetModel } from '../src/model.js';
import { GLYPH_HEIGHT, textWidth } from '../src/runtime/activations/font.js';
import { LAYOUT, scaleFor } from '../src/runtime/activations/render.js';
import { buildModel } from '../src/runtime/model.js';
import { writeDirAtomic } from '../src/runtime/files.js';
import { modelFiles } from '../src/runtime/train/model-files.js';
import { runCli } from './helpers/cli.js';

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

/** A PNG read back: gray value of (x, y) (the files are grayscale; pngjs hands out RGBA). */
function readPng(file: string) {
  const png = pngjs.PNG.sync.read(fs.readFileSync(file));
  const at = (x: number, y: number) => png.data[4 * (y * png.width + x)]!;
  const region = (x: number, y: number, w: number, h: number) => {
    const values: number[] = [];
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) values.push(at(xx, yy));
    return values;
  };
  return { width: png.width, height: png.height, at, region };
}

const mean = (v: ArrayLike<number>) => Array.from(v).reduce((s, x) => s + x, 0) / v.length;
const std = (v: number[]) => Math.sqrt(mean(v.map((x) => (x - mean(v)) ** 2)));

/** The expected sheet size for sections of [height, width, channels], from the documented layout. */
function expectedSize(sections: Array<[number, number, number, string]>, headerLines: string[]) {
  const { margin, gap, titleScale } = LAYOUT;
  const panel = 28 * 4 + 2; // 28×28 inputs drawn ×4 with a 1-pixel frame
  const headerW = panel + LAYOUT.headerGap + Math.max(...headerLines.map((l) => textWidth(l, titleScale)));
  const headerH = Math.max(panel, headerLines.length * LAYOUT.headerLine);
  let width = headerW;
  let height = headerH;
  for (const [h, w, c, name] of sections) {
    const s = scaleFor(Math.max(h, w), LAYOUT.mapTarget);
    const cellW = Math.max(w * s + 2, textWidth(`${name}:${c - 1}`));
    const cellH = h * s + 2 + LAYOUT.labelGap + GLYPH_HEIGHT;
    const cols = Math.min(c, LAYOUT.columns);
    const rows = Math.ceil(c / cols);
    width = Math.max(width, cols * cellW + (cols - 1) * gap, textWidth(`${name} ${h}×${w}×${c}`, titleScale));
    height += LAYOUT.section + GLYPH_HEIGHT * titleScale + LAYOUT.titleGap + rows * cellH + (rows - 1) * gap;
  }
  return { width: width + 2 * margin, height: height + 2 * margin };
}

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
    // conv1: 4 maps 28×28 drawn ×2; conv2: 6 maps 12×12 drawn ×5 — header of three lines
    const predicted = lines[0]!.match(/predicted (.*) (\d+\.\d)%;/)!;
    const size = expectedSize([[28, 28, 4, 'conv1'], [12, 12, 6, 'conv2']], ['test #3', `pred ${predicted[1]} ${predicted[2]}%`, 'true Dress']);
    assert.deepEqual([sheet.width, sheet.height], [size.width, size.height]);

    // the input panel shows the input itself: its mean equals the image's (200/255 on 12×12 of 28×28)
    const m = LAYOUT.margin;
    const inputMean = (200 / 255) * (12 * 12) / (28 * 28);
    assert.ok(Math.abs(mean(sheet.region(m + 1, m + 1, 112, 112)) / 255 - inputMean) < 1 / 255);
    assert.equal(sheet.at(m, m), LAYOUT.frame);

    // the header text and the labels under the maps have ink on the white background
    assert.ok(sheet.region(m + 114 + LAYOUT.headerGap, m, 100, 14).some((v) => v === LAYOUT.ink));
    const conv1Top = m + 114 + LAYOUT.section + 2 * GLYPH_HEIGHT + LAYOUT.titleGap;
    const labelTop = conv1Top + 28 * 2 + 2 + LAYOUT.labelGap;
    for (let c = 0; c < 4; c++) {
      const x = m + c * (58 + LAYOUT.gap);
      const label = sheet.region(x, labelTop, textWidth(`conv1:${c}`), GLYPH_HEIGHT);
      assert.ok(label.filter((v) => v === LAYOUT.ink).length > 10, `label of conv1:${c}`);
      assert.ok(sheet.region(x, labelTop - LAYOUT.labelGap, 58, LAYOUT.labelGap).every((v) => v === LAYOUT.background));
      // each map is normalized on its own: a non-constant map spans 0..255
      const map = sheet.region(x + 1, conv1Top + 1, 56, 56);
      if (new Set(map).size > 1) assert.deepEqual([Math.min(...map), Math.max(...map)], [0, 255]);
    }

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
    const predicted = r.stdout.match(/predicted (.*) (\d+\.\d)%;/)!;
    const size = expectedSize([[12, 12, 6, 'conv2']], ['half.png', `pred ${predicted[1]} ${predicted[2]}%`]);
    assert.deepEqual([sheet.width, sheet.height], [size.width, size.height]);
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
    // a second call into the folder goes on numbering: nothing collides, nothing is replaced
    const again = await run(['activations', runDir, '--noise', '1', '--seed', '9', '--out', out]);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(fs.readFileSync(path.join(out, '00-noise-0.png')), first);
    assert.notDeepEqual(fs.readFileSync(path.join(out, '01-noise-0.png')), first);
    assert.deepEqual(fs.readdirSync(out).sort(), ['00-noise-0.png', '01-noise-0.png']);
    // --force numbers from 00 again, replacing what is there
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
