/**
 * A tiny learnable image dataset for training tests: class k is a bright 6×6 block at its own
 * place on a noisy 28×28 canvas. Written as gzipped IDX files, laid out like Fashion-MNIST.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { NetModel } from '../../src/model.js';
import type { TrainingData } from '../../src/node/train.js';

/** N×28×28 images in [0, 1] and their labels, from a fixed seed. */
export function tinyImages(count: number, seed: number): { images: Float32Array; labels: Uint8Array } {
  let s = seed >>> 0;
  const rand = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const images = new Float32Array(count * 784);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % 10;
    labels[i] = label;
    const top = 2 + Math.floor(label / 5) * 12 + Math.floor(rand() * 3);
    const left = 1 + (label % 5) * 5 + Math.floor(rand() * 2);
    for (let p = 0; p < 784; p++) images[i * 784 + p] = rand() * 0.3;
    for (let y = top; y < top + 6; y++) for (let x = left; x < Math.min(left + 6, 28); x++) images[i * 784 + y * 28 + x] = 0.7 + rand() * 0.3;
  }
  return { images, labels };
}

function idxImages(images: Float32Array, count: number): Buffer {
  const header = Buffer.alloc(16);
  header.writeUInt32BE(0x00000803, 0);
  header.writeUInt32BE(count, 4);
  header.writeUInt32BE(28, 8);
  header.writeUInt32BE(28, 12);
  return Buffer.concat([header, Buffer.from(images.map((v) => Math.round(v * 255)))]);
}

function idxLabels(labels: Uint8Array): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(0x00000801, 0);
  header.writeUInt32BE(labels.length, 4);
  return Buffer.concat([header, Buffer.from(labels)]);
}

/**
 * Writes `<root>/fashion-mnist/{train,t10k}-{images-idx3,labels-idx1}-ubyte.gz` and returns
 * `root`, the folder to pass as --data.
 */
export function writeTinyIdx(root: string, trainCount = 300, testCount = 100): string {
  const dir = path.join(root, 'fashion-mnist');
  mkdirSync(dir, { recursive: true });
  const train = tinyImages(trainCount, 1);
  const test = tinyImages(testCount, 2);
  writeFileSync(path.join(dir, 'train-images-idx3-ubyte.gz'), gzipSync(idxImages(train.images, trainCount)));
  writeFileSync(path.join(dir, 'train-labels-idx1-ubyte.gz'), gzipSync(idxLabels(train.labels)));
  writeFileSync(path.join(dir, 't10k-images-idx3-ubyte.gz'), gzipSync(idxImages(test.images, testCount)));
  writeFileSync(path.join(dir, 't10k-labels-idx1-ubyte.gz'), gzipSync(idxLabels(test.labels)));
  return root;
}

/** A tiny conv net spec (YAML) that learns the tiny dataset in a few epochs on the cpu backend. */
export const TINY_SPEC = `name: tiny
input: [28, 28, 1]
layers:
  - conv: { filters: 4, kernel: 3, stride: 2, activation: relu }
  - pool: { type: max, size: 2 }
  - flatten: {}
  - dense: { units: 10 }
train:
  dataset: fashion-mnist
  epochs: 3
  batch_size: 32
  optimizer: { type: adam }
  lr: 0.01
  seed: 7
`;

/** A residual block's definition (`blocks:` takes it as it is): two 3×3 convs with batch norm, added to the block's input. */
export const RESIDUAL_BLOCK = `
  residual:
    params: {filters: null, stride: 1}
    layers:
      - conv: {filters: $filters, kernel: 3, padding: 1, stride: $stride, bias: false, activation: none}
      - batchnorm: {momentum: 0.9}
      - activation: relu
      - conv: {filters: $filters, kernel: 3, padding: 1, bias: false, activation: none}
      - batchnorm: {name: bn, momentum: 0.9}
      - add: {from: [bn, input], activation: relu}`;

/**
 * A tiny branched spec that learns the tiny dataset as TINY_SPEC does: a strided stem, a
 * residual block (batch norm, an `add` with the block's input), a 1×1 side branch from the
 * stem, both concatenated, then pooling and a dense head. Its convs: stem, residual1_conv1,
 * residual1_conv2, side.
 */
export const TINY_RESIDUAL_SPEC = `name: tinyres
input: [28, 28, 1]
defaults: {activation: relu}
blocks:${RESIDUAL_BLOCK}
layers:
  - conv: {name: stem, filters: 4, kernel: 3, stride: 2, padding: 1}
  - block: {use: residual, filters: 4}
  - conv: {name: side, from: stem, filters: 2, kernel: 1}
  - concat: {from: [residual1_add1, side]}
  - pool: {type: max, size: 2}
  - flatten
  - dense: {units: 10, activation: none}
train:
  dataset: fashion-mnist
  epochs: 2
  batch_size: 16
  optimizer: {type: adam}
  lr: 0.01
  seed: 7
`;

/** The same tiny net as a checked NetModel, for tests of the runtime without the parser. */
export function tinyModel(train: Partial<NetModel['train']> = {}): NetModel {
  return {
    name: 'tiny',
    input: [28, 28, 1],
    layers: [
      { kind: 'conv', index: 0, name: 'conv1', inputs: ['input'], path: ['layers', 0], filters: 4, kernel: [3, 3], stride: [2, 2], padding: 'valid', activation: 'relu', init: 'glorot_uniform', bias: true },
      { kind: 'pool', index: 1, name: 'pool1', inputs: ['conv1'], path: ['layers', 1], type: 'max', size: [2, 2], stride: [2, 2], padding: 'valid' },
      { kind: 'flatten', index: 2, name: 'flatten1', inputs: ['pool1'], path: ['layers', 2] },
      { kind: 'dense', index: 3, name: 'dense1', inputs: ['flatten1'], path: ['layers', 3], units: 10, activation: 'none', init: 'glorot_uniform', bias: true },
    ],
    train: {
      dataset: 'fashion-mnist', epochs: 3, batch_size: 32, optimizer: { type: 'adam', beta1: 0.9, beta2: 0.999, epsilon: 1e-7 },
      lr: 0.01, schedule: { type: 'constant' }, weight_decay: 0, seed: 7, augment: { flip: false, shift: 0 },
      ...train,
    },
  };
}

/** The tiny net with dropout before its dense layer: a run that draws masks. */
export function tinyDropoutModel(train: Partial<NetModel['train']> = {}): NetModel {
  const model = tinyModel(train);
  const [conv, pool, flatten, dense] = model.layers;
  return {
    ...model,
    layers: [conv, pool, flatten, { kind: 'dropout', index: 3, name: 'dropout1', inputs: ['flatten1'], path: ['layers', 3], rate: 0.3 }, { ...dense, index: 4, path: ['layers', 4], inputs: ['dropout1'] }],
  };
}

/** 160 training and 40 validation images of the tiny pattern, for runTraining directly. */
export function tinyData(): TrainingData {
  const train = tinyImages(160, 4);
  const val = tinyImages(40, 5);
  return {
    name: 'tiny', classes: Array.from({ length: 10 }, (_, i) => `c${i}`),
    train: { ...train, count: 160, height: 28, width: 28 }, test: { ...val, count: 40, height: 28, width: 28 }, files: {},
  };
}

/**
 * A small branched spec for the browser tests: a residual block (batch norm, an add) and a 1×1
 * side branch, concatenated: both merge kinds, small enough to train in seconds on SwiftShader.
 */
export const TINY_RESIDUAL = `name: tinyres
input: [28, 28, 1]
defaults: {activation: relu, init: he_normal}
blocks:${RESIDUAL_BLOCK}
layers:
  - conv: {name: stem, filters: 16, kernel: 3, padding: 1}
  - pool: {type: max, size: 2}
  - block: {use: residual, filters: 16}
  - conv: {name: side, from: pool1, filters: 8, kernel: 1}
  - concat: {from: [residual1_add1, side]}
  - pool: {type: max, size: 2}
  - flatten
  - dense: {units: 10, activation: none}
train:
  optimizer: {type: adam}
  lr: 0.01
`;

