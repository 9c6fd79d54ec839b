/** `lenetc eval RUN_DIR` on a run trained from the tiny generated dataset. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import pngjs from 'pngjs';
import { runCli } from './helpers/cli.js';
import { TINY_SPEC, writeTinyIdx } from './helpers/tiny-dataset.js';

let work: string;
before(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'lenetc-eval-'));
  writeTinyIdx(path.join(work, 'data'), 300, 120);
  writeFileSync(path.join(work, 'tiny.yaml'), TINY_SPEC);
  const run = await runCli(['train', 'tiny.yaml', '--backend', 'cpu', '--data', 'data', '--out', 'run', '--epochs', '2'], work);
  assert.equal(run.code, 0, run.stderr);
});
after(() => rmSync(work, { recursive: true, force: true }));

interface EvalJson {
  images: number;
  split: string;
  split_images: number;
  accuracy: number;
  loss: number;
  per_class: { class: string; accuracy: number | null; count: number }[];
  confusion: number[][];
}

describe('lenetc eval', () => {
  test('--json: accuracy, per-class accuracy and a confusion matrix that agree', async () => {
    const run = await runCli(['eval', 'run', '--backend', 'cpu', '--json'], work);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout) as EvalJson;
    assert.deepEqual(Object.keys(result), ['accuracy', 'loss', 'per_class', 'confusion', 'images', 'split', 'split_images', 'run_dir']);
    // on how many images of which split: all 120 of the test split, as the run validated
    assert.deepEqual([result.images, result.split, result.split_images], [120, 'test', 120]);
    assert.equal(result.per_class.length, 10);
    assert.equal(result.confusion.length, 10);
    assert.equal(result.per_class[0].class, 'T-shirt/top');
    assert.equal(result.per_class[9].class, 'Ankle boot');
    let diagonal = 0;
    result.confusion.forEach((row, k) => {
      assert.equal(row.length, 10);
      const sum = row.reduce((a, b) => a + b, 0);
      assert.equal(sum, result.per_class[k].count, `row ${k} sums to the class count`);
      assert.equal(result.per_class[k].count, 12, 'the tiny test split has 12 of each class');
      assert.equal(result.per_class[k].accuracy, row[k] / sum);
      diagonal += row[k];
    });
    assert.equal(result.accuracy, diagonal / 120);
    assert.ok(result.accuracy > 0.5, `accuracy ${result.accuracy}`);
    // the run's last validation (the same 120 images) measured the same model
    const last = readFileSync(path.join(work, 'run', 'metrics.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).at(-1);
    assert.equal(result.accuracy, last.val_acc);
    assert.ok(Math.abs(result.loss - last.val_loss) < 1e-9, `loss ${result.loss} vs ${last.val_loss}`);
    const svg = readFileSync(path.join(work, 'run', 'confusion.svg'), 'utf8');
    assert.match(svg, /^<svg[^>]*>/);
    assert.ok((svg.match(/<path/g) ?? []).length >= 1);
  });

  test('text output: a per-class row per class and a 10×10 table', async () => {
    const run = await runCli(['eval', 'run', '--backend', 'cpu'], work);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.split('\n');
    const header = lines.findIndex((l) => /^\s+0\s+1\s+2\s+3\s+4\s+5\s+6\s+7\s+8\s+9$/.test(l));
    assert.ok(header > 0);
    for (let k = 0; k < 10; k++) {
      const cells = lines[header + 1 + k].trim().split(/\s+/).slice(-10).map(Number);
      assert.equal(cells.reduce((a, b) => a + b, 0), 12);
    }
  });

  test('a damaged model/ is one message naming it, exit 1, never a stack trace', async () => {
    cpSync(path.join(work, 'run'), path.join(work, 'damaged'), { recursive: true });
    truncateSync(path.join(work, 'damaged', 'model', 'weights.bin'), 16);
    const truncated = await runCli(['eval', 'damaged', '--backend', 'cpu'], work);
    assert.equal(truncated.code, 1);
    assert.match(truncated.stderr, /damaged\/model: the weight files hold 16 bytes but model\.json describes \d+/);
    writeFileSync(path.join(work, 'damaged', 'model', 'model.json'), '{"modelTopology": ');
    const json = await runCli(['eval', 'damaged', '--backend', 'cpu'], work);
    assert.equal(json.code, 1);
    assert.match(json.stderr, /damaged\/model\/model\.json is not valid JSON/);
    for (const r of [truncated, json]) assert.doesNotMatch(r.stderr, /^\s+at /m);
  });

  test('a class with no test examples has no accuracy: null in --json, "—" in the table', { timeout: 120_000 }, async () => {
    // nine test images: labels 0..8, none of class 9 (Ankle boot)
    writeTinyIdx(path.join(work, 'nine'), 300, 9);
    const json = await runCli(['eval', 'run', '--backend', 'cpu', '--json', '--data', 'nine'], work);
    assert.equal(json.code, 0, json.stderr);
    const result = JSON.parse(json.stdout) as EvalJson;
    assert.deepEqual(result.per_class[9], { class: 'Ankle boot', accuracy: null, count: 0 });
    assert.ok(result.per_class.slice(0, 9).every((c) => c.count === 1 && typeof c.accuracy === 'number'));
    const text = await runCli(['eval', 'run', '--backend', 'cpu', '--data', 'nine'], work);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^Ankle boot\s+—\s+0$/m);
    assert.doesNotMatch(text.stdout, /^Ankle boot\s+0\.0000/m);
  });

  test('class names with newlines and control characters are shown escaped, one table row each', { timeout: 120_000 }, async () => {
    const classes = ['line\nbreak', 'bell\u0007', 'plain'];
    for (const [k, name] of classes.entries()) {
      mkdirSync(path.join(work, 'odd', name), { recursive: true });
      for (let i = 0; i < 8; i++) {
        const image = new pngjs.PNG({ width: 8, height: 8, colorType: 0, inputColorType: 0, bitDepth: 8 });
        image.data = Buffer.alloc(64, 40 + 80 * k + i);
        writeFileSync(path.join(work, 'odd', name, `${i}.png`), pngjs.PNG.sync.write(image, { colorType: 0, inputColorType: 0 }));
      }
    }
    writeFileSync(path.join(work, 'odd.yaml'), 'name: odd\ninput: [8, 8, 1]\nlayers:\n  - flatten\n  - dense: {units: 3}\ntrain: {dataset: ./odd, epochs: 1, batch_size: 8, validation_split: 0.5}\n');
    const trained = await runCli(['train', 'odd.yaml', '--backend', 'cpu', '--out', 'odd-run'], work);
    assert.equal(trained.code, 0, trained.stderr);
    const run = await runCli(['eval', 'odd-run', '--backend', 'cpu'], work);
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /\u0007/);
    const lines = run.stdout.split('\n');
    const start = lines.findIndex((l) => /^class\s+accuracy\s+count$/.test(l));
    assert.deepEqual(lines.slice(start + 1, start + 4).map((l) => l.replace(/\s+\S+\s+\S+$/, '')), ['bell\\u0007', 'line\\nbreak', 'plain']);
    const matrix = lines.findIndex((l) => /^confusion matrix/.test(l));
    // a header and one row per class, nothing spilled onto another line
    assert.equal(lines.slice(matrix + 1).filter((l) => l.trim() !== '').length, 4);
  });

  test('a folder that is not a run is a usage error', async () => {
    const run = await runCli(['eval', 'data', '--backend', 'cpu'], work);
    assert.equal(run.code, 2);
    assert.ok(!existsSync(path.join(work, 'data', 'confusion.svg')));
  });
});
