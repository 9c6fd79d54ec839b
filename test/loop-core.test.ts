/**
 * The training loop's core runs anywhere: it imports neither Node nor tfjs, trains through
 * the Trainer interface and writes through a RunStore, here one in memory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import { trainLoop } from '../src/train/loop.js';
import { MemoryRunStore } from '../src/train/memory-store.js';
import type { StepResult, Trainer, TrainStep } from '../src/train/trainer.js';
import { startTfjsTrainer } from '../src/node/tfjs-trainer.js';
import { fromRoot } from './helpers/paths.js';
import { buildModel } from '../src/tfjs/build.js';
import { stepGradients, trainableVariables } from '../src/tfjs/step.js';
import { tinyDropoutModel, tinyImages, tinyModel } from './helpers/tiny-dataset.js';

/**
 * Every module `entry` imports, transitively (static imports, re-exports and import()), type-only
 * ones included unless `types` is false (they are erased: what a bundle would load).
 */
function importGraph(entry: string, types = true): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const text = readFileSync(file, 'utf8');
    const specifiers = [
      ...text.matchAll(types ? /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm : /^\s*(?:import|export)(?!\s+type\b)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm),
      ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
      ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1]);
    graph.set(file, specifiers);
    for (const s of specifiers) if (s.startsWith('.')) visit(path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts')));
  };
  visit(entry);
  return graph;
}

const split = (count: number, seed: number) => ({ ...tinyImages(count, seed), count, height: 28, width: 28 });

describe('the loop core', () => {
  before(async () => {
    await tf.setBackend('cpu');
  });

  test('imports no node: module and no tfjs, directly or through its imports', () => {
    const graph = importGraph(fromRoot('src', 'train', 'loop.ts'));
    // the recorder must see the loop's own imports, or the assertion below proves nothing
    assert.ok([...graph.keys()].some((f) => f.endsWith(path.join('train', 'batches.ts'))), [...graph.keys()].join('\n'));
    assert.ok(graph.size >= 8, `${graph.size} modules`);
    for (const [file, specifiers] of graph) {
      for (const s of specifiers) {
        assert.ok(s.startsWith('.'), `${path.relative(fromRoot(), file)} imports ${s}`);
      }
    }
  });

  test('what the playground trains with imports no node: module: the tfjs trainer, the engine\'s, the feature maps', () => {
    const entries = [['tfjs', 'trainer.ts'], ['engine', 'trainer.ts'], ['tfjs', 'feature-maps', 'extract.ts']];
    for (const entry of entries) {
      const graph = importGraph(fromRoot('src', ...entry), false);
      assert.ok(graph.size >= 5, `${entry.join('/')}: ${graph.size} modules`);
      for (const [file, specifiers] of graph) {
        for (const s of specifiers) assert.ok(!s.startsWith('node:') && !['pngjs', 'fs', 'path', 'worker_threads'].includes(s), `${path.relative(fromRoot(), file)} imports ${s}`);
      }
    }
    // the Node trainer does reach the worker threads, which the recorder must see for the above to mean anything
    const node = importGraph(fromRoot('src', 'node', 'tfjs-trainer.ts'), false);
    assert.ok([...node.values()].flat().includes('node:worker_threads'));
  });

  test('trains with a memory store: every epoch\'s metrics, model and checkpoint, no files', async () => {
    const model = tinyModel({ epochs: 2, batch_size: 16 });
    const train = split(64, 1);
    const store = new MemoryRunStore();
    const trainer = await startTfjsTrainer({ model, train, classes: 10, threads: 1 });
    const outcome = await trainLoop({ model, trainer, store, train, val: split(20, 2) });
    await trainer.dispose();
    assert.equal(outcome.status, 'completed');
    assert.deepEqual(store.metrics.map((m) => m.epoch), [1, 2]);
    assert.deepEqual(Object.keys(store.model ?? {}).sort(), ['model.json', 'weights.bin']);
    assert.equal(store.checkpoint?.state.epoch, 2);
    assert.ok(store.checkpoint.trainer.optimizer.specs.length > 0);
  });

  test('hands a trainer each batch\'s indices, seeded draws and learning rate, in groups, and stops at the first NaN of a group', async () => {
    const model = tinyModel({ epochs: 2, batch_size: 10, augment: { flip: true, shift: 1 } });
    const train = split(35, 3);
    const calls: TrainStep[][] = [];
    /** A trainer that records its steps and returns a NaN loss at the sixth step. */
    const recording = (): Trainer => {
      let step = 0;
      return {
        stepsPerReadback: 3,
        async run(steps) {
          calls.push([...steps]);
          return steps.map((): StepResult => ({ loss: ++step === 6 ? NaN : 1, correct: 1 }));
        },
        async evaluate() {
          return { loss: 1, accuracy: 0.5, confusion: [] };
        },
        async save() {
          return { model: {}, optimizer: { specs: [], data: new Uint8Array() } };
        },
        async dispose() {},
      };
    };
    const outcome = await trainLoop({ model, trainer: recording(), store: new MemoryRunStore(), train, val: train });
    assert.ok(outcome.status === 'diverged' && outcome.epoch === 2 && outcome.batch === 2, JSON.stringify(outcome));
    // 4 batches an epoch in groups of 3: [3, 1] in epoch 1, then [3] in epoch 2 where the NaN is
    assert.deepEqual(calls.map((c) => c.length), [3, 1, 3]);
    const epoch1 = calls.slice(0, 2).flat();
    const seen = epoch1.flatMap((s) => [...s.indices]).sort((a, b) => a - b);
    assert.deepEqual(seen, Array.from({ length: 35 }, (_, i) => i), 'epoch 1 visits every example once');
    assert.deepEqual(epoch1.map((s) => s.indices.length), [10, 10, 10, 5]);
    for (const s of epoch1) {
      assert.equal(s.augment?.flip.length, s.indices.length);
      assert.ok([...s.augment!.dy, ...s.augment!.dx].every((d) => d >= -1 && d <= 1));
    }
    assert.ok(epoch1.every((s) => s.lr === model.train.lr));
    // the same seed gives the same order and draws
    const again: TrainStep[][] = [];
    calls.length = 0;
    await trainLoop({ model, trainer: recording(), store: new MemoryRunStore(), train, val: train });
    again.push(...calls);
    assert.deepEqual(again.slice(0, 2).flat(), epoch1);
  });

  test('with runsInFlight 2 the next group is sent before the last one\'s numbers are back; an interrupt drains both', async () => {
    const model = tinyModel({ epochs: 1, batch_size: 10 });
    const train = split(60, 4);
    const log: string[] = [];
    let calls = 0;
    const trainer: Trainer = {
      stepsPerReadback: 2,
      runsInFlight: 2,
      run(steps) {
        const call = ++calls;
        log.push(`send ${call}`);
        // resolves a macrotask later, as a GPU readback would
        return new Promise((resolve) => setTimeout(() => {
          log.push(`back ${call}`);
          resolve(steps.map(() => ({ loss: 1, correct: 1 })));
        }, 5));
      },
      async evaluate() {
        return { loss: 1, accuracy: 0.5, confusion: [] };
      },
      async save() {
        return { model: {}, optimizer: { specs: [], data: new Uint8Array() } };
      },
      async dispose() {},
    };
    const controller = new AbortController();
    const store = new MemoryRunStore();
    // the abort comes with group 1's numbers: group 2 is out already and finishes; group 3 is never sent
    const outcome = await trainLoop({
      model, trainer, store, train, val: train, signal: controller.signal,
      events: { onBatch: ({ batch }) => { if (batch === 2) controller.abort(); } },
    });
    assert.deepEqual(log, ['send 1', 'send 2', 'back 1', 'back 2']);
    assert.ok(outcome.status === 'interrupted' && outcome.batch === 4, JSON.stringify(outcome));
    assert.deepEqual([store.checkpoint?.state.batch, store.checkpoint?.state.partial.seen], [4, 40]);
  });

  test('dropout masks come from the run\'s seed and the step: the same seed repeats a run, and the masks change every step', async () => {
    const model = tinyDropoutModel({ epochs: 2, batch_size: 16 });
    const train = split(64, 5);
    const run = async (seed: number) => {
      const m = { ...model, train: { ...model.train, seed } };
      const trainer = await startTfjsTrainer({ model: m, train, classes: 10, threads: 1 });
      const outcome = await trainLoop({ model: m, trainer, store: new MemoryRunStore(), train, val: train });
      await trainer.dispose();
      return outcome.metrics.map((e) => [e.train_loss, e.train_acc, e.val_loss, e.val_acc]);
    };
    assert.deepEqual(await run(3), await run(3));
    assert.notDeepEqual(await run(4), await run(3));

    const net = buildModel(model, 1);
    const variables = trainableVariables(net);
    const batch = train.images.subarray(0, 16 * 784);
    const labels = Int32Array.from(train.labels.subarray(0, 16));
    const loss = (step: number) => {
      const r = stepGradients(net, variables, 10, batch, labels, 16, 'mean', { seed: 3, step, offset: 0 });
      const value = r.loss.dataSync()[0];
      tf.dispose([...r.grads, r.loss, r.hits]);
      return value;
    };
    assert.equal(loss(0), loss(0), 'one step, one mask');
    assert.notEqual(loss(0), loss(1), 'the next step, another');
    // nothing is left on the layer, where a saved model.json would carry it
    assert.equal(net.layers.find((l) => l.getClassName() === 'Dropout')!.getConfig().seed, undefined);
    net.dispose();
  });
});
