/** The shared-memory channel between the training thread and a gradient worker. */
import { Worker } from 'node:worker_threads';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ShardChannel } from '../src/node/parallel/channel.js';
import { compiled } from './helpers/paths.js';

/**
 * A worker that serves each channel it is sent: shard size 3 fails, others echo what they got.
 * The channel module is this file's sibling's: compiled JavaScript under npm test (dist/test), the
 * TypeScript source through tsx when this file runs from test/.
 */
function echoWorker(): Worker {
  const channel = new URL(`../src/node/parallel/channel.${compiled ? 'js' : 'ts'}`, import.meta.url).href;
  const loader = compiled ? 'Promise.resolve()' : "import('tsx/esm/api').then(({ register }) => register())";
  return new Worker(`
    const { parentPort } = require('node:worker_threads');
    ${loader}.then(() => import(${JSON.stringify(channel)})).then(({ ShardChannel }) => {
      parentPort.on('message', (buffers) => {
        const c = new ShardChannel(buffers);
        c.serve((size, step, offset) => {
          if (size === 3) throw new Error('bad shard ' + size);
          c.grads[1][1] = c.weights[0][0] + c.images[size - 1];
          c.grads[1][0] = step;
          c.grads[0][2] = offset;
          return { lossSum: size * 2, hits: c.labels[size - 1] };
        });
      });
      parentPort.postMessage('ready');
    });`, { eval: true });
}

test('requests and replies go through shared memory; a failed shard rejects, a dead worker is noticed', async () => {
  const worker = echoWorker();
  await new Promise((resolve) => worker.once('message', resolve));
  let exited: Error | undefined;
  worker.on('exit', () => {
    exited = new Error('worker exited');
  });
  const alive = () => {
    if (exited) throw exited;
  };
  const weights = new SharedArrayBuffer(5 * 4);
  let main = new ShardChannel(ShardChannel.allocate([3, 2], 4, 2, weights));
  new Float32Array(weights)[0] = 10;
  worker.postMessage(main.buffers);
  main.images.set([0, 1, 2, 3]);
  main.labels.set([7, 8]);
  main.request(2, 12345, 77);
  assert.deepEqual(await main.reply(alive), { lossSum: 4, hits: 8 });
  assert.equal(main.grads[1][1], 11, 'weights and images reach the worker, gradients come back');
  assert.deepEqual([main.grads[1][0], main.grads[0][2]], [12345, 77], 'so do the step and offset that key the dropout masks');
  main.request(3, 0, 0);
  await assert.rejects(main.reply(alive), /bad shard 3/);
  // a larger channel: the worker leaves the old one's loop and serves the new one
  main.stop();
  main = new ShardChannel(ShardChannel.allocate([3, 2], 16, 2, weights));
  worker.postMessage(main.buffers);
  main.images[15] = 5;
  main.labels[15] = 9;
  main.request(16, 0, 0);
  assert.deepEqual(await main.reply(alive), { lossSum: 32, hits: 9 });
  assert.equal(main.grads[1][1], 15);
  await worker.terminate();
  main.request(1, 0, 0);
  await assert.rejects(main.reply(alive), /worker exited/);
});
