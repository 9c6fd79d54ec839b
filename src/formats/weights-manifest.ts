/** tfjs's weights manifest: how weights.bin is cut into named tensors (model.json's `weightsManifest`). */
import type { NamedWeight } from '../plan/weights.js';

/** One entry of a manifest group's `weights` (tf.io.WeightsManifestEntry without quantization): the one WeightSpec, for model folders and optimizer state alike. */
export interface WeightSpec {
  name: string;
  shape: number[];
  dtype?: 'float32' | 'int32' | 'bool' | 'string' | 'complex64';
}

/** One group of model.json's `weightsManifest`: files whose concatenation holds `weights` in order. */
export interface WeightGroup {
  paths: string[];
  weights: WeightSpec[];
}

/**
 * Cuts `data` (the manifest's files, concatenated in manifest order) into named float32
 * weights. Returns the weights, or a message when the manifest and the bytes disagree or a
 * weight is not float32 (quantized weights are not ours).
 */
export function splitWeights(manifest: readonly WeightGroup[], data: Uint8Array): Map<string, NamedWeight> | string {
  const weights = new Map<string, NamedWeight>();
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 0;
  for (const spec of manifest.flatMap((group) => group.weights)) {
    if ((spec.dtype ?? 'float32') !== 'float32') return `weight ${spec.name} is ${spec.dtype}: expected float32`;
    const count = spec.shape.reduce((a, b) => a * b, 1);
    if (offset + 4 * count > data.length) return `the weight files end at byte ${data.length}, before ${spec.name} (bytes ${offset} to ${offset + 4 * count})`;
    // tfjs writes little-endian float32; read through a DataView, as weights.bin may sit at any offset
    const values = new Float32Array(count);
    for (let i = 0; i < count; i++) values[i] = view.getFloat32(offset + 4 * i, true);
    weights.set(spec.name, { shape: spec.shape, data: values });
    offset += 4 * count;
  }
  if (offset !== data.length) return `the weight files hold ${data.length} bytes, but the manifest describes ${offset}`;
  return weights;
}
