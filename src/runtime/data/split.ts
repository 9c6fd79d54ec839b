/**
 * One split of an image data set as training and evaluation read it. Types only, with no I/O,
 * so the training loop can take a split from the data loader here or from memory in a browser.
 */

/** N×H×W grey images in [0, 1], row-major, and their labels (0 ≤ label < classes). */
export interface ImageSplit {
  images: Float32Array;
  labels: Uint8Array;
  count: number;
  height: number;
  width: number;
}
