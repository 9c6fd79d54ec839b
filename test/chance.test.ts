/** A run at chance after an epoch: when it is said, the causes read from the spec, and train's line and --json field. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSpecFile } from '../src/node/check-file.js';
import type { NetModel } from '../src/model.js';
import { chanceWarning, type EpochMetrics } from '../src/node/train.js';
import { runCli } from './helpers/cli.js';
import { fromRoot, repoRoot } from './helpers/paths.js';

/** A shipped spec with overrides, checked. */
function spec(file: string, ...overrides: string[]): NetModel {
  const result = checkSpecFile(fromRoot('specs', file), { cwd: repoRoot, overrides });
  assert.ok(result?.model, JSON.stringify(result?.diagnostics));
  return result.model;
}

/** An epoch's numbers: an untrained network's loss (ln 10), val_acc as given. */
const epoch = (val_acc: number, train_loss = Math.log(10)): EpochMetrics => ({
  epoch: 1, train_loss, train_acc: 0.1, val_loss: Math.log(10), val_acc, lr: 0.1, seconds: 1, images_per_s: 1000,
});

const causes = (model: NetModel, m: EpochMetrics, validationImages = 10_000) =>
  chanceWarning(model, m, { classes: 10, validationImages })?.causes.map((c) => c.cause);

describe('chanceWarning', () => {
  test('d2l\'s sigmoid LeNet at 0.094 after an epoch: at chance, because sigmoid with plain SGD starts slowly', { timeout: 30_000 }, () => {
    const warning = chanceWarning(spec('lenet5.yaml'), epoch(0.094), { classes: 10, validationImages: 10_000 });
    assert.equal(warning?.code, 'AT_CHANCE');
    assert.equal(warning.chance, 0.1);
    assert.deepEqual(warning.causes, [{ cause: 'saturating_sgd', activation: 'sigmoid', lr: 0.1 }]);
    assert.match(warning.message, /--lr 0\.9/);
    // one line: the CLI prints it as it is
    assert.doesNotMatch(warning.message, /\n/);
  });

  test('a run that learns is not at chance; the margin grows as the validation set shrinks', { timeout: 30_000 }, () => {
    const modern = spec('modern.yaml');
    assert.equal(chanceWarning(modern, epoch(0.83), { classes: 10, validationImages: 10_000 }), undefined);
    // 0.13 is 3 points off chance: more than noise on 10,000 images, within it on 100
    assert.equal(chanceWarning(modern, epoch(0.13), { classes: 10, validationImages: 10_000 }), undefined);
    assert.equal(chanceWarning(modern, epoch(0.13), { classes: 10, validationImages: 100 })?.code, 'AT_CHANCE');
    // two classes: chance is 0.5
    assert.equal(chanceWarning(modern, epoch(0.52), { classes: 2, validationImages: 10_000 })?.chance, 0.5);
    assert.equal(chanceWarning(modern, epoch(0.8), { classes: 2, validationImages: 10_000 }), undefined);
  });

  test('the causes a spec and its numbers show, most likely first', { timeout: 30_000 }, () => {
    // nothing in modern.yaml explains it: no cause, and the message says what to check
    assert.deepEqual(causes(spec('modern.yaml'), epoch(0.1)), []);
    assert.deepEqual(causes(spec('modern.yaml', 'train.optimizer=adam', 'train.lr=0.5'), epoch(0.1)), ['lr_too_high']);
    assert.deepEqual(causes(spec('modern.yaml', 'train.optimizer=adam', 'train.lr=1e-6'), epoch(0.1)), ['lr_too_low']);
    assert.deepEqual(causes(spec('modern.yaml'), epoch(0.1, NaN)), ['loss_exploding']);
    assert.deepEqual(causes(spec('modern.yaml'), epoch(0.1, 14.2)), ['loss_exploding']);
    assert.deepEqual(causes(spec('modern.yaml', 'layers.7.dense.activation=softmax'), epoch(0.1)), ['logits_activation']);
    // sigmoid LeNet trained with momentum is no plain SGD; a softmax on its logits is still said
    assert.deepEqual(causes(spec('lenet5.yaml', 'train.optimizer=momentum'), epoch(0.1)), []);
    assert.deepEqual(causes(spec('lenet5.yaml', 'layers.7.dense.activation=softmax'), epoch(0.1)), ['logits_activation', 'saturating_sgd']);
  });

  test('a young run is said to be young: fewer than 100 steps so far', { timeout: 30_000 }, () => {
    const lenet5 = spec('lenet5.yaml');
    // the playground's 10,000 images in batches of 128: 79 steps after the first epoch, 158 after the second
    const first = chanceWarning(lenet5, epoch(0.1), { classes: 10, validationImages: 10_000, trainingImages: 10_000 });
    assert.deepEqual(first?.causes.at(-1), { cause: 'few_steps', steps: 79, images: 10_000, batch: 128 });
    const second = chanceWarning(lenet5, { ...epoch(0.1), epoch: 2 }, { classes: 10, validationImages: 10_000, trainingImages: 10_000 });
    assert.deepEqual(second?.causes.map((c) => c.cause), ['saturating_sgd']);
  });

  test('the playground\'s words name its form field where the CLI\'s name --lr: the same causes either way', { timeout: 30_000 }, () => {
    const context = { classes: 10, validationImages: 10_000 };
    for (const model of [spec('lenet5.yaml'), spec('modern.yaml', 'train.optimizer=adam', 'train.lr=0.5'), spec('modern.yaml', 'train.optimizer=adam', 'train.lr=1e-6')]) {
      for (const m of [epoch(0.1), epoch(0.1, NaN)]) {
        const cli = chanceWarning(model, m, context)!;
        const page = chanceWarning(model, m, { ...context, rateSetting: 'field' })!;
        assert.deepEqual(page.causes, cli.causes);
        assert.match(cli.message, /--lr/);
        assert.doesNotMatch(page.message, /--lr|specs\//);
      }
    }
  });
});

describe('lenetc train on data it cannot learn', () => {
  let work: string;
  before(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'lenetc-chance-'));
    // every image the same grey: no network can tell the classes apart, each predicts one class for all
    const dir = path.join(work, 'data', 'fashion-mnist');
    mkdirSync(dir, { recursive: true });
    const idx = (count: number, prefix: string) => {
      const images = Buffer.alloc(16 + count * 784, 128);
      images.writeUInt32BE(0x803, 0);
      images.writeUInt32BE(count, 4);
      images.writeUInt32BE(28, 8);
      images.writeUInt32BE(28, 12);
      const labels = Buffer.alloc(8 + count);
      labels.writeUInt32BE(0x801, 0);
      labels.writeUInt32BE(count, 4);
      for (let i = 0; i < count; i++) labels[8 + i] = i % 10;
      writeFileSync(path.join(dir, `${prefix}-images-idx3-ubyte.gz`), gzipSync(images));
      writeFileSync(path.join(dir, `${prefix}-labels-idx1-ubyte.gz`), gzipSync(labels));
    };
    idx(64, 'train');
    idx(50, 't10k');
    writeFileSync(path.join(work, 'flat.yaml'), `name: flat
input: [28, 28, 1]
defaults: {activation: sigmoid}
layers:
  - conv: {filters: 2, kernel: 5, stride: 4}
  - flatten
  - dense: {units: 10, activation: none}
train: {dataset: fashion-mnist, epochs: 2, batch_size: 32, optimizer: sgd, lr: 0.1, seed: 1}
`);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test('says so once, with the why, and --json carries it on every epoch at chance', { timeout: 120_000 }, async () => {
    const r = await runCli(['train', 'flat.yaml', '--backend', 'cpu', '--data', 'data', '--out', 'run', '--json'], work);
    assert.equal(r.code, 0, r.stderr);
    const epochs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { epoch?: number; val_acc: number; warning?: { code: string; causes: { cause: string }[] } })
      .filter((o) => o.epoch !== undefined);
    assert.equal(epochs.length, 2);
    for (const e of epochs) {
      assert.equal(e.val_acc, 0.1);
      assert.equal(e.warning?.code, 'AT_CHANCE');
      // sigmoid with plain SGD, and 2 steps an epoch (64 images in batches of 32)
      assert.deepEqual(e.warning.causes.map((c) => c.cause), ['saturating_sgd', 'few_steps']);
    }
    assert.equal(r.stderr.match(/^warning\[AT_CHANCE\]: /gm)?.length, 1, r.stderr);
  });
});
