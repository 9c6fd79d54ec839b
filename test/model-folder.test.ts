/**
 * One reader for every model folder (export --onnx, export --tfjs, predict): nothing model.json
 * names may make lenetc read or write outside the folder, special files are never read, sizes
 * are bounded before anything is read, and weights that are not finite numbers are refused.
 * export --tfjs writes as carefully as --onnx: refusals first, model.json last, atomic files.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import pngjs from 'pngjs';
import { EXIT } from '../src/cli/io.js';
import { buildModel } from '../src/tfjs/build.js';
import { modelFiles } from '../src/tfjs/model-files.js';
import { runCli } from './helpers/cli.js';
import { TINY_SPEC, tinyModel } from './helpers/tiny-dataset.js';

const firstCode = (stderr: string) => /^error\[([A-Z_]+)\]/m.exec(stderr)?.[1];

/** A 28×28 grey PNG. */
function png(): Buffer {
  const image = new pngjs.PNG({ width: 28, height: 28, colorType: 0, inputColorType: 0, bitDepth: 8 });
  image.data = Buffer.alloc(28 * 28, 128);
  return pngjs.PNG.sync.write(image, { colorType: 0, inputColorType: 0 });
}

describe('model folders: every command reads them alike', { timeout: 120_000 }, () => {
  let dir: string;
  let files: Record<string, string | Uint8Array>;
  /** A copy of the good model folder at `name`, with model.json's manifest paths set to `paths`. */
  const folder = (name: string, paths?: string[], weights?: Uint8Array): string => {
    const target = path.join(dir, name);
    fs.mkdirSync(target, { recursive: true });
    const json = JSON.parse(files['model.json'] as string) as { weightsManifest: { paths: string[] }[] };
    if (paths) json.weightsManifest[0]!.paths = paths;
    fs.writeFileSync(path.join(target, 'model.json'), JSON.stringify(json));
    if (!paths) fs.writeFileSync(path.join(target, 'weights.bin'), weights ?? (files['weights.bin'] as Uint8Array));
    // the ONNX export builds the network from the spec it was trained from: beside model.json in a bare folder
    fs.writeFileSync(path.join(target, 'spec.resolved.yaml'), TINY_SPEC);
    return target;
  };

  before(async () => {
    await tf.setBackend('cpu');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-model-folder-'));
    const net = buildModel(tinyModel(), 1);
    files = await modelFiles(net);
    net.dispose();
    fs.writeFileSync(path.join(dir, 'ok.png'), png());
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the good folder exports and predicts', async () => {
    folder('good');
    const onnx = await runCli(['export', 'good', '--onnx', 'good.onnx', '--tfjs', 'good-tfjs'], dir);
    assert.equal(onnx.code, EXIT.ok, onnx.stderr);
    // --tfjs copies the model folder's files: model.json and the weights it names
    assert.deepEqual(fs.readdirSync(path.join(dir, 'good-tfjs')).sort(), ['model.json', 'weights.bin']);
    const predicted = await runCli(['predict', 'good', 'ok.png'], dir);
    assert.equal(predicted.code, EXIT.ok, predicted.stderr);
  });

  test('weight paths that leave the folder: refused by export --tfjs, --onnx and predict alike, nothing read or written outside', async () => {
    const bytes = files['weights.bin'] as Uint8Array;
    fs.mkdirSync(path.join(dir, 'out'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'out', 'precious.txt'), 'precious');
    fs.writeFileSync(path.join(dir, 'secret.bin'), bytes);
    folder('dotdot', ['../secret.bin']);
    folder('absolute', [path.join(dir, 'secret.bin')]);
    folder('etc', ['/etc/passwd']);
    const linked = folder('linked');
    fs.rmSync(path.join(linked, 'weights.bin'));
    fs.symlinkSync(path.join(dir, 'secret.bin'), path.join(linked, 'weights.bin'));
    // a link to a folder outside, then a plain name under it
    const viaFolder = folder('via-folder', ['outside/secret.bin']);
    fs.symlinkSync(dir, path.join(viaFolder, 'outside'));
    for (const name of ['dotdot', 'absolute', 'etc', 'linked', 'via-folder']) {
      // --tfjs into out/sub: a `..` path would have written out/precious.txt
      const tfjs = await runCli(['export', name, '--tfjs', 'out/sub', '--force'], dir);
      assert.equal(tfjs.code, EXIT.invalid, `${name}: ${tfjs.stderr}`);
      assert.equal(firstCode(tfjs.stderr), 'MODEL_DAMAGED', name);
      assert.equal(fs.readFileSync(path.join(dir, 'out', 'precious.txt'), 'utf8'), 'precious');
      assert.equal(fs.existsSync(path.join(dir, 'out', 'sub')), false, name);
      const onnx = await runCli(['export', name, '--onnx', `${name}.onnx`], dir);
      assert.equal(onnx.code, EXIT.invalid, `${name}: ${onnx.stderr}`);
      assert.equal(firstCode(onnx.stderr), 'MODEL_DAMAGED', name);
      assert.equal(fs.existsSync(path.join(dir, `${name}.onnx`)), false);
      const predicted = await runCli(['predict', name, 'ok.png'], dir);
      assert.equal(predicted.code, EXIT.invalid, `${name}: ${predicted.stderr}`);
      assert.equal(firstCode(predicted.stderr), 'MODEL_DAMAGED', name);
    }
  });

  test('special files and oversized files are never read: a FIFO, /dev/zero, a 3 GB sparse file', async () => {
    const fifo = folder('fifo');
    fs.rmSync(path.join(fifo, 'weights.bin'));
    execFileSync('mkfifo', [path.join(fifo, 'weights.bin')]);
    const device = folder('device', ['zero']);
    fs.symlinkSync('/dev/zero', path.join(device, 'zero'));
    const huge = folder('huge');
    fs.truncateSync(path.join(huge, 'weights.bin'), 3 * 2 ** 30);
    for (const name of ['fifo', 'device', 'huge']) {
      for (const argv of [['export', name, '--onnx', `${name}.onnx`], ['export', name, '--tfjs', `${name}-tfjs`], ['predict', name, 'ok.png']]) {
        const started = performance.now();
        const r = await runCli(argv, dir);
        assert.equal(r.code, EXIT.invalid, `${argv.join(' ')}: ${r.stderr}`);
        assert.equal(firstCode(r.stderr), 'MODEL_DAMAGED', argv.join(' '));
        assert.ok(performance.now() - started < 10_000, argv.join(' '));
      }
    }
  });

  test('NaN or infinite weights: predict and export refuse them with their own code', async () => {
    const bytes = new Uint8Array(files['weights.bin'] as Uint8Array);
    const view = new DataView(bytes.buffer);
    view.setFloat32(4 * 3, Number.NaN, true);
    folder('nan', undefined, bytes);
    const inf = new Uint8Array(files['weights.bin'] as Uint8Array);
    new DataView(inf.buffer).setFloat32(bytes.length - 4, Number.POSITIVE_INFINITY, true);
    folder('inf', undefined, inf);
    for (const name of ['nan', 'inf']) {
      const predicted = await runCli(['predict', name, 'ok.png'], dir);
      assert.equal(predicted.code, EXIT.invalid, predicted.stderr);
      assert.equal(firstCode(predicted.stderr), 'MODEL_NOT_FINITE');
      assert.doesNotMatch(predicted.stdout, /NaN/);
      const exported = await runCli(['export', name, '--onnx', `${name}.onnx`, '--tfjs', `${name}-tfjs`], dir);
      assert.equal(exported.code, EXIT.invalid, exported.stderr);
      assert.equal(firstCode(exported.stderr), 'MODEL_NOT_FINITE');
      assert.equal(fs.existsSync(path.join(dir, `${name}.onnx`)), false);
      assert.equal(fs.existsSync(path.join(dir, `${name}-tfjs`)), false);
    }
  });

  test('export --tfjs refuses what is not a folder to write, with no stack trace, and writes model.json last', async () => {
    folder('good');
    fs.writeFileSync(path.join(dir, 'a-file'), 'x');
    const cases: [string, number, string][] = [
      ['a-file', EXIT.usage, 'NOT_A_FILE'],
      ['/dev/full', EXIT.usage, 'NOT_A_FILE'],
    ];
    for (const [target, exit, code] of cases) {
      const r = await runCli(['export', 'good', '--tfjs', target, '--force'], dir);
      assert.equal(r.code, exit, `${target}: ${r.stderr}`);
      assert.equal(firstCode(r.stderr), code, target);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
    assert.equal(fs.readFileSync(path.join(dir, 'a-file'), 'utf8'), 'x');
    // /proc/self/x cannot be made: a quick, clear refusal (Node's recursive mkdir loops there)
    const started = performance.now();
    const proc = await runCli(['export', 'good', '--tfjs', '/proc/self/x'], dir);
    assert.notEqual(proc.code, EXIT.ok);
    assert.ok(['WRITE_FAILED', 'NO_SUCH_FOLDER'].includes(firstCode(proc.stderr)!), proc.stderr);
    assert.ok(performance.now() - started < 10_000);
    // a weights.bin that cannot be written (a folder in its place): model.json is not written either
    const target = path.join(dir, 'half');
    fs.mkdirSync(path.join(target, 'weights.bin'), { recursive: true });
    const half = await runCli(['export', 'good', '--tfjs', 'half', '--force'], dir);
    assert.notEqual(half.code, EXIT.ok);
    assert.equal(firstCode(half.stderr), 'NOT_A_FILE');
    assert.deepEqual(fs.readdirSync(target), ['weights.bin']);
    // an existing export is kept without --force, and replaced whole with it
    assert.equal((await runCli(['export', 'good', '--tfjs', 'twice'], dir)).code, EXIT.ok);
    const again = await runCli(['export', 'good', '--tfjs', 'twice'], dir);
    assert.equal(again.code, EXIT.usage);
    assert.equal(firstCode(again.stderr), 'FILE_EXISTS');
    assert.equal((await runCli(['export', 'good', '--tfjs', 'twice', '--force'], dir)).code, EXIT.ok);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'twice')).sort(), ['model.json', 'weights.bin']);
  });

  test('export --onnx: a path ending in / is a folder, not a file; a folder that cannot hold files is not "no such folder"', async () => {
    folder('good');
    const slash = await runCli(['export', 'good', '--onnx', 'exp/new/'], dir);
    assert.equal(slash.code, EXIT.usage, slash.stderr);
    assert.equal(firstCode(slash.stderr), 'NOT_A_FILE');
    assert.equal(fs.existsSync(path.join(dir, 'exp')), false);
    const proc = await runCli(['export', 'good', '--onnx', '/proc/m.onnx'], dir);
    assert.equal(proc.code, EXIT.invalid, proc.stderr);
    assert.equal(firstCode(proc.stderr), 'WRITE_FAILED');
  });
});
