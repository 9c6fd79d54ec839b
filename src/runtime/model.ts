/** Builds the tf.Sequential for a checked model from the shared layer plan. */
import * as tf from '@tensorflow/tfjs';
import { planLayers } from '../codegen/plan.js';
import type { NetModel } from '../model.js';

/** A fresh, uncompiled tf.Sequential for `model`; `seed` makes its initial weights reproducible. */
export function buildModel(model: NetModel, seed?: number): tf.Sequential {
  const net = tf.sequential({ name: model.name.replace(/[^A-Za-z0-9_]/g, '_') });
  planLayers(model, seed).forEach((planned, i) => {
    // the args are JSON-shaped tfjs constructor arguments; each factory takes its own subset
    const args: Record<string, unknown> = { ...planned.args, name: planned.name };
    if (i === 0) args.inputShape = [...model.input];
    const factory = tf.layers[planned.fn] as (a: Record<string, unknown>) => tf.layers.Layer;
    net.add(factory(args));
  });
  return net;
}
