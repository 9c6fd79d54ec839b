/**
 * A trained network's feature maps for some inputs: a sub-model with the chosen layers' outputs
 * as extra outputs runs them once. tfjs only (no Node, no PNG), so the playground's tab uses it too.
 */
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../../errors.js';
import { closest } from '../../parser/suggest.js';
import { outputKind } from '../build.js';
import type { FeatureMaps } from './render.js';

/** One input's result. */
export interface InputActivations {
  /** Class probabilities (softmax of the output, unless the network ends in softmax). */
  probabilities: Float32Array;
  /** Index of the most probable class. */
  predicted: number;
  /** One entry per chosen layer, in the order asked for. */
  layers: FeatureMaps[];
}

/** How many inputs go through the network at once. */
const BATCH = 32;

/** Layers whose output is a stack of maps: [batch, height, width, channels]. */
function isSpatial(layer: tf.layers.Layer): boolean {
  const shape = layer.outputShape;
  return Array.isArray(shape) && !Array.isArray(shape[0]) && shape.length === 4;
}

/** What a `--layers` entry may say instead of a name: every convolution, in any branch, in the spec's order. */
export const EVERY_CONV = 'convs';

/**
 * The layers named in `names`, or by default the first two convolutions (the ones d2l asks
 * about); an entry `convs` (unless a layer has that name) stands for every convolution, those
 * of every branch included. UserError for unknown names and for layers without spatial output.
 */
export function chooseLayers(net: tf.LayersModel, names?: readonly string[]): tf.layers.Layer[] {
  const spatial = net.layers.filter(isSpatial).map((l) => l.name);
  const convs = net.layers.filter((l) => l.getClassName() === 'Conv2D');
  if (!names || names.length === 0) {
    if (convs.length === 0) throw new UserError('NO_CONV_LAYER', { spatial });
    return convs.slice(0, 2);
  }
  const chosen = names.flatMap((name) => {
    const layer = net.layers.find((l) => l.name === name);
    if (!layer && name === EVERY_CONV) {
      if (convs.length === 0) throw new UserError('NO_CONV_LAYER', { spatial });
      return convs;
    }
    if (!layer) throw new UserError('UNKNOWN_LAYER', { name, spatial, suggestion: closest(name, spatial) });
    if (!isSpatial(layer)) throw new UserError('NO_FEATURE_MAPS', { name, shape: JSON.stringify(layer.outputShape), spatial });
    return [layer];
  });
  // `convs,conv1` names conv1 twice: one sheet row each is enough
  return [...new Set(chosen)];
}

/**
 * Runs `images` (each side × side in [0, 1], one channel) through `net` and returns the
 * outputs of `layers` and the class probabilities for each, in inference mode.
 */
export async function extractActivations(net: tf.LayersModel, layers: readonly tf.layers.Layer[], images: readonly Float32Array[]): Promise<InputActivations[]> {
  const [, h, w, c] = net.inputs[0]!.shape;
  if (h == null || w == null || c !== 1) {
    throw new UserError('UNSUPPORTED_INPUT', { shape: JSON.stringify(net.inputs[0]!.shape.slice(1)) });
  }
  const outputs = [...layers.map((l) => l.output as tf.SymbolicTensor), net.outputs[0]!];
  const sub = tf.model({ inputs: net.inputs, outputs });
  const softmax = outputKind(net) === 'logits';
  const results: InputActivations[] = [];
  for (let start = 0; start < images.length; start += BATCH) {
    const chunk = images.slice(start, start + BATCH);
    const batch = new Float32Array(chunk.length * h * w);
    chunk.forEach((img, i) => batch.set(img, i * h * w));
    const tensors = tf.tidy(() => {
      const out = sub.predict(tf.tensor4d(batch, [chunk.length, h, w, 1])) as tf.Tensor[];
      const last = out[out.length - 1]!;
      return [...out.slice(0, -1), softmax ? tf.softmax(last) : last];
    });
    const data = await Promise.all(tensors.map((t) => t.data() as Promise<Float32Array>));
    const shapes = tensors.map((t) => t.shape);
    tf.dispose(tensors);
    chunk.forEach((_, i) => {
      const maps = layers.map((layer, k) => {
        const [, mh, mw, mc] = shapes[k]! as [number, number, number, number];
        const size = mh * mw * mc;
        return { layer: layer.name, height: mh, width: mw, channels: mc, data: data[k]!.slice(i * size, (i + 1) * size) };
      });
      const classes = shapes[shapes.length - 1]![1]!;
      const probabilities = data[data.length - 1]!.slice(i * classes, (i + 1) * classes);
      let predicted = 0;
      probabilities.forEach((p, k) => { if (p > probabilities[predicted]!) predicted = k; });
      results.push({ probabilities, predicted, layers: maps });
    });
  }
  return results;
}
