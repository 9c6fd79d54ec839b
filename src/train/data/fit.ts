/** Whether a model can train on a dataset's images: the same size, one channel. Pure. */

/** Why a model's `input` does not fit images of `height`×`width`×1, with the fix; undefined when it fits. */
export function inputMismatch(input: readonly number[], images: { height: number; width: number }): { message: string; hint: string } | undefined {
  const [h, w, c] = input;
  const { height, width } = images;
  if (h === height && w === width && c === 1) return undefined;
  return {
    message: `the model's input is ${input.join('×')} but the dataset's images are ${height}×${width}×1`,
    hint: `set input: [${height}, ${width}, 1] (pad inside the network, e.g. conv padding, for a larger field)`,
  };
}
