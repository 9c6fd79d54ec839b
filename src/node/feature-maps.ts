/** A feature-map sheet as a PNG file: the drawing is portable (src/tfjs/feature-maps), the encoding is pngjs's, under Node. */
import pngjs from 'pngjs';
import { drawSheet, type ActivationSheet } from '../tfjs/feature-maps/index.js';

/** The PNG file of `sheet`: 8-bit RGB, no alpha. */
export function renderSheet(sheet: ActivationSheet): Uint8Array {
  const canvas = drawSheet(sheet);
  return pngjs.PNG.sync.write(
    Object.assign(new pngjs.PNG({ width: canvas.width, height: canvas.height }), { data: Buffer.from(canvas.pixels.buffer, canvas.pixels.byteOffset, canvas.pixels.byteLength) }),
    { colorType: 2, inputColorType: 2, inputHasAlpha: false },
  );
}
