/** What shape inference returns. */
import type { Diagnostic } from '../diagnostics.js';
import type { LayerKind } from '../model.js';

/** [height, width, channels] for spatial tensors, [units] for flat ones (batch left out). */
export type Shape = readonly number[];

export interface LayerReport {
  index: number;
  kind: LayerKind;
  name: string;
  /** The layers it takes, by name (`input` for the network's input). */
  inputs: readonly string[];
  /** Its first input's shape (its only one, unless it merges). */
  input: Shape;
  /** Every input's shape, in `inputs` order. */
  inputShapes: readonly Shape[];
  output: Shape;
  /** trainable + nonTrainable */
  params: number;
  trainableParams: number;
  nonTrainableParams: number;
  /** Multiply-accumulates of one example's forward pass (biases and pooling count 0). */
  macs: number;
  /** Receptive field of one output unit on the input image, for spatial layers: [h, w]. */
  receptiveField?: readonly [number, number];
  /** Distance on the input image between neighbouring output units: [h, w]. */
  jump?: readonly [number, number];
}

export interface ShapeReport {
  input: Shape;
  /** One per layer whose shape is known, in order: not those whose shape failed, nor those that depend on one. */
  layers: LayerReport[];
  params: number;
  trainableParams: number;
  nonTrainableParams: number;
  macs: number;
  /** Bytes of float32 activations one example's forward pass keeps (input included); × batch for a batch. */
  activationBytesPerExample: number;
  /** Shape problems, each with `path` (e.g. ['layers', 3, 'conv', 'kernel']) and no file yet. */
  diagnostics: Diagnostic[];
}
