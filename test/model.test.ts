/**
 * The runtime's model builder: conv and dense layers train as fused kernels, the first conv
 * skips its unused input gradient, and the numbers are tfjs-layers' own.
 */
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import { nodeSpecReader } from '../src/node/reader.js';
import { checkSpec } from '../src/pipeline.js';
import { selectBackend } from '../src/node/backend.js';
import { buildModel } from '../src/tfjs/build.js';
import { fromRoot } from './helpers/paths.js';

/** One training step's loss and gradients, and the names of the kernels it ran. */
async function step(net: tf.LayersModel, x: tf.Tensor4D, y: tf.Tensor2D) {
  const variables = net.trainableWeights.map((w) => w.read() as tf.Variable);
  let result: { value: number; grads: Record<string, number[]> } | undefined;
  const profile = await tf.profile(() => {
    const { value, grads } = tf.variableGrads(() => tf.losses.softmaxCrossEntropy(y, net.apply(x, { training: true }) as tf.Tensor2D) as tf.Scalar, variables);
    result = { value: value.dataSync()[0]!, grads: Object.fromEntries(variables.map((v, i) => [String(i), Array.from(grads[v.name]!.dataSync())])) };
    tf.dispose([value, ...Object.values(grads)]);
  });
  return { ...result!, kernels: profile.kernels.map((k) => k.name) };
}

for (const backend of ['cpu', 'wasm']) {
  for (const spec of ['lenet5.yaml', 'modern.yaml']) {
    test(`${spec} on ${backend}: fused layers, the first conv's input gradient skipped, tfjs's own loss and gradients`, async () => {
      await selectBackend(backend as 'cpu' | 'wasm');
      const file = fromRoot('specs', spec);
      const checked = checkSpec({ file, text: readFileSync(file) }, { reader: nodeSpecReader(fromRoot()) });
      assert.ok(checked.model);
      const ours = buildModel(checked.model, 3);
      // biases start at zero, which would hide where a fused kernel adds them
      tf.tidy(() => ours.setWeights(ours.getWeights().map((w, i) => tf.add(w, tf.randomNormal(w.shape, 0, 0.05, 'float32', i)))));
      // the same architecture and weights, through tfjs-layers' own Conv2D.call and Dense.call
      const plain = await tf.models.modelFromJSON(ours.toJSON(undefined, false) as unknown as tf.io.ModelJSON);
      plain.setWeights(ours.getWeights());

      const x = tf.randomUniform([4, 28, 28, 1], 0, 1, 'float32', 1) as tf.Tensor4D;
      const y = tf.oneHot(tf.tensor1d([0, 3, 7, 9], 'int32'), 10) as tf.Tensor2D;
      const a = await step(ours, x, y);
      const b = await step(plain, x, y);
      assert.ok(Math.abs(a.value - b.value) < 1e-5, `${a.value} vs ${b.value}`);
      for (const [name, grad] of Object.entries(b.grads)) {
        const mine = a.grads[name]!;
        assert.equal(mine.length, grad.length);
        for (let i = 0; i < grad.length; i++) assert.ok(Math.abs(mine[i]! - grad[i]!) <= 1e-5 + 1e-4 * Math.abs(grad[i]!), `gradient ${name}[${i}]: ${mine[i]} vs ${grad[i]}`);
      }
      const count = (kernels: string[], name: string) => kernels.filter((k) => k === name).length;
      // tfjs's fused conv2d (sigmoid) computes both convs' input gradients; its unfused relu conv does not
      assert.equal(count(b.kernels, 'Conv2DBackpropInput'), spec === 'lenet5.yaml' ? 2 : 1);
      assert.equal(count(a.kernels, 'Conv2DBackpropInput'), 1, 'ours only conv2\'s');
      // each conv and dense layer one kernel forward, with its bias and activation
      assert.equal(count(a.kernels, 'FusedConv2D'), 2);
      assert.equal(count(a.kernels, '_FusedMatMul'), 3);
      for (const name of ['Relu', 'Sigmoid', 'Conv2D']) assert.equal(count(a.kernels, name), 0, name);
      assert.ok(a.kernels.length < b.kernels.length * 0.8, `${a.kernels.length} kernels against tfjs's ${b.kernels.length}`);
      // the layers are still tfjs's own classes, serialized as such
      assert.deepEqual(ours.layers.map((l) => l.getClassName()), plain.layers.map((l) => l.getClassName()));
      tf.dispose([x, y]);
      ours.dispose();
      plain.dispose();
    });
  }
}
