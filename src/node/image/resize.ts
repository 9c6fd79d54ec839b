/** Grayscale or RGB planes, and area-averaging (box filter) resampling to the network's input size. */
import type { RgbaImage } from './decode.js';

/**
 * Luminance in [0, 1] of every pixel, alpha composited on white. Rec. 601 weights on the
 * sRGB values, as PIL's `convert('L')` and torchvision's Grayscale compute it.
 */
export function luminance(image: RgbaImage): Float32Array {
  const { width, height, data } = image;
  const out = new Float32Array(width * height);
  for (let i = 0; i < out.length; i++) {
    const lum = (0.299 * data[4 * i]! + 0.587 * data[4 * i + 1]! + 0.114 * data[4 * i + 2]!) / 255;
    const alpha = data[4 * i + 3]! / 255;
    out[i] = alpha * lum + (1 - alpha);
  }
  return out;
}

/** The red, green and blue planes in [0, 1], alpha composited on white, as luminance() does. */
export function rgbPlanes(image: RgbaImage): [Float32Array, Float32Array, Float32Array] {
  const { width, height, data } = image;
  const planes: [Float32Array, Float32Array, Float32Array] = [new Float32Array(width * height), new Float32Array(width * height), new Float32Array(width * height)];
  for (let i = 0; i < width * height; i++) {
    const alpha = data[4 * i + 3]! / 255;
    for (let c = 0; c < 3; c++) planes[c]![i] = alpha * (data[4 * i + c]! / 255) + (1 - alpha);
  }
  return planes;
}

/** The mean of the outermost pixels: the colour the padding takes, so padding draws no frame. */
function edgeMean(gray: Float32Array, width: number, height: number): number {
  let sum = 0;
  let count = 0;
  for (let x = 0; x < width; x++) {
    sum += gray[x]! + gray[(height - 1) * width + x]!;
    count += 2;
  }
  for (let y = 0; y < height; y++) {
    sum += gray[y * width]! + gray[y * width + width - 1]!;
    count += 2;
  }
  return sum / count;
}

/** For each of `n` output cells over `length` source cells, the (source index, overlap) pairs. */
function boxWeights(length: number, n: number): Array<Array<[number, number]>> {
  const step = length / n;
  const cells: Array<Array<[number, number]>> = [];
  for (let o = 0; o < n; o++) {
    const from = o * step;
    const to = (o + 1) * step;
    const cell: Array<[number, number]> = [];
    for (let s = Math.floor(from); s < Math.min(Math.ceil(to), length); s++) {
      const overlap = Math.min(to, s + 1) - Math.max(from, s);
      if (overlap > 0) cell.push([s, overlap]);
    }
    cells.push(cell);
  }
  return cells;
}

/**
 * Pads `gray` to the output's aspect ratio (centred, with the edge colour) and averages it down
 * to `outHeight` × `outWidth`: every output pixel is the area-weighted mean of the source pixels
 * under it, so thin strokes fade instead of vanishing, as they would with nearest-neighbour
 * sampling. The padded image is never built: padding contributes its constant value times its
 * overlap, so a 100 000 × 1 strip costs no more than its own pixels.
 */
export function resizePlane(gray: Float32Array, width: number, height: number, outHeight: number, outWidth: number): Float32Array {
  // the padded source: as wide and as tall as the image, in the output's proportions
  const paddedWidth = Math.max(width, Math.round((height * outWidth) / outHeight));
  const paddedHeight = Math.max(height, Math.round((width * outHeight) / outWidth));
  const offX = Math.floor((paddedWidth - width) / 2);
  const offY = Math.floor((paddedHeight - height) / 2);
  const pad = edgeMean(gray, width, height);
  const xWeights = boxWeights(paddedWidth, outWidth);
  const yWeights = boxWeights(paddedHeight, outHeight);
  const cellWidth = paddedWidth / outWidth;
  const cellArea = cellWidth * (paddedHeight / outHeight);

  // horizontal pass over the image's real rows: rows[y][ox] = Σ overlap · pixel along x
  const rows = new Float64Array(height * outWidth);
  for (let y = 0; y < height; y++) {
    for (let ox = 0; ox < outWidth; ox++) {
      let sum = 0;
      for (const [sx, w] of xWeights[ox]!) {
        const x = sx - offX;
        sum += w * (x >= 0 && x < width ? gray[y * width + x]! : pad);
      }
      rows[y * outWidth + ox] = sum;
    }
  }
  // vertical pass; a padding row sums to pad · cellWidth in every column
  const out = new Float32Array(outHeight * outWidth);
  for (let oy = 0; oy < outHeight; oy++) {
    for (let ox = 0; ox < outWidth; ox++) {
      let sum = 0;
      for (const [sy, w] of yWeights[oy]!) {
        const y = sy - offY;
        sum += w * (y >= 0 && y < height ? rows[y * outWidth + ox]! : pad * cellWidth);
      }
      out[oy * outWidth + ox] = Math.min(1, Math.max(0, sum / cellArea));
    }
  }
  return out;
}
