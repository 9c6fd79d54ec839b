/** The runtime's model builder: the first conv skips its unused input gradient, same numbers. */
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs';
import { nodeSpecReader } from '../src/cli/reader.js';
import { checkSpec } from '../src/pipeline.js';
import { buildModel } from '../src/runtime/model.js';
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

test("the first conv's input gradient is skipped, and the loss and every gradient stay tfjs's own", async () => {
  await tf.setBackend('cpu');
  const file = fromRoot('specs', 'lenet5.yaml');
  const checked = checkSpec({ file, text: readFileSync(file) }, { reader: nodeSpecReader(fromRoot()) });
  assert.ok(checked.model);
  const ours = buildModel(checked.model, 3);
  // the same architecture and weights, through tfjs-layers' own Conv2D.call
  const plain = await tf.models.modelFromJSON(ours.toJSON(undefined, false) as unknown as tf.io.ModelJSON);
  plain.setWeights(ours.getWeights());

  const x = tf.randomUniform([4, 28, 28, 1], 0, 1, 'float32', 1) as tf.Tensor4D;
  const y = tf.oneHot(tf.tensor1d([0, 3, 7, 9], 'int32'), 10) as tf.Tensor2D;
  const a = await step(ours, x, y);
  const b = await step(plain, x, y);
  assert.ok(Math.abs(a.value - b.value) < 1e-6, `${a.value} vs ${b.value}`);
  for (const [name, grad] of Object.entries(b.grads)) {
    const mine = a.grads[name]!;
    assert.equal(mine.length, grad.length);
    for (let i = 0; i < grad.length; i++) assert.ok(Math.abs(mine[i]! - grad[i]!) <= 1e-5 + 1e-4 * Math.abs(grad[i]!), `gradient ${name}[${i}]`);
  }
  const inputGradients = (kernels: string[]) => kernels.filter((k) => k === 'Conv2DBackpropInput').length;
  assert.equal(inputGradients(b.kernels), 2, 'tfjs computes both convs\' input gradients');
  assert.equal(inputGradients(a.kernels), 1, 'ours only conv2\'s');
  tf.dispose([x, y]);
  ours.dispose();
  plain.dispose();
});
