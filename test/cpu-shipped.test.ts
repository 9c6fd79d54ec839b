/**
 * The compiled CPU program takes each of 50 training steps as the wasm trainer does, on every
 * shipped spec that test/cpu-program.test.ts does not already follow (lenet5, modern, best): d2l's
 * variants of LeNet and chapter 8's networks (NiN, VGG, GoogLeNet, ResNet, DenseNet), each with
 * its own optimizer, schedule, batch norm, dropout and augmentation. It runs all 50 steps, and
 * from its checkpoint every two steps wasm takes the next two (helpers/follows.ts's
 * assertStepsAsWasm: free-running curves part at near ties no nudge reproduces, as deep.yaml's did).
 * The chapter 8 networks run at batch 4 (a step of resnet.yaml at 32 costs tfjs as much as 50 of
 * lenet5's), the others at 32, two chunks of the program's 16 examples.
 */
import { before, describe, it } from 'node:test';
import fs from 'node:fs';
import { cpuTrainer } from '../src/cpu/trainer.js';
import { selectBackend } from '../src/node/backend.js';
import { loadDataset } from '../src/node/data/index.js';
import type { ImageSplit } from '../src/train/data/split.js';
import { assertStepsAsWasm, drawSteps } from './helpers/follows.js';
import { fromRoot } from './helpers/paths.js';
import { shipped } from './helpers/shipped.js';

const FASHION = '/usr/share/datasets/fashion-mnist';
const STEPS = 50;
/** What cpu-program.test.ts follows already. */
const FOLLOWED = ['lenet5.yaml', 'modern.yaml', 'best.yaml'];
/** Chapter 8's networks, at a small batch. */
const LARGE = new Set(['nin.yaml', 'vgg.yaml', 'googlenet.yaml', 'resnet.yaml', 'resnet-small.yaml', 'densenet.yaml']);
const SPECS = fs.readdirSync(fromRoot('specs')).filter((f) => f.endsWith('.yaml') && !FOLLOWED.includes(f)).sort();

describe('the compiled CPU program on every other shipped spec', { timeout: 600_000 }, () => {
  let train: ImageSplit;

  before(async () => {
    await selectBackend('wasm');
    // enough images for the steps at batch 32 to cross an epoch boundary and reshuffle
    train = (await loadDataset({ dataset: 'fashion-mnist', dataDir: FASHION, download: false, trainLimit: STEPS * 16, valLimit: 10 })).train;
  }, { timeout: 120_000 });

  for (const name of SPECS) {
    it(`${name}: each of the first ${STEPS} steps gives the wasm trainer's loss from the same weights`, async () => {
      const model = shipped(name, [`train.batch_size=${LARGE.has(name) ? 4 : 32}`]);
      await assertStepsAsWasm(cpuTrainer, model, train, drawSteps(model, train, STEPS), name);
    });
  }
});
