/**
 * One split of an image data set as training and evaluation read it. Types only, with no I/O,
 * so the training loop can take a split from the data loader here or from memory in a browser.
 */

/** N×H×W×C images in [0, 1], row-major, channels last, and their labels (0 ≤ label < classes). */
export interface ImageSplit {
  images: Float32Array;
  /**
   * The same pixels as the data set stores them (x·255 as uint8), where the loader has them:
   * what the WebGPU engine uploads, with no round trip through floats.
   */
  bytes?: Uint8Array;
  labels: Uint8Array;
  count: number;
  height: number;
  width: number;
  /** 1 (the built-in data sets) unless said otherwise (a folder of RGB images: 3). */
  channels?: number;
}
