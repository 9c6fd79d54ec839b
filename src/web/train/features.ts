/**
 * d2l's exercise in the tab: what the first two convolutions of the trained network see, for a
 * test image or for one the user draws on a 28×28 canvas. The maps come from the runtime's
 * extractActivations (as `lenetc activations` computes them), drawn as its PNGs draw them:
 * in viridis, each layer on one scale from its lowest to its highest value, dead maps marked.
 */
import type * as tf from '@tensorflow/tfjs';
import { UserError } from '../../errors.js';
import { viridis } from '../../tfjs/feature-maps/colormap.js';
import { chooseLayers, extractActivations } from '../../tfjs/feature-maps/extract.js';
import type { FeatureMaps } from '../../tfjs/feature-maps/render.js';
import { loadModel } from '../../tfjs/model-files.js';
import { byId, el } from '../dom.js';
import type { SessionResult } from './session.js';

/** Side of one feature map on screen, in CSS pixels (at least). */
const MAP_PIXELS = 48;

/** The network shown now; disposed when a new run's replaces it. */
let shown: { net: tf.LayersModel; abort: AbortController } | undefined;

/** Loads the trained weights and wires the test-image field and the drawing canvas to the maps. */
export async function showFeatureMaps(result: SessionResult): Promise<void> {
  if (shown) {
    shown.abort.abort();
    shown.net.dispose();
    shown = undefined;
  }
  const status = byId('features-status');
  const maps = byId('features');
  maps.replaceChildren();
  const net = await loadModel(result.model, 'the trained network');
  let layers: tf.layers.Layer[];
  try {
    layers = chooseLayers(net);
  } catch (e) {
    net.dispose();
    if (!(e instanceof UserError)) throw e;
    status.className = 'status warning';
    status.textContent = `No feature maps: ${e.message}.`;
    return;
  }
  const abort = new AbortController();
  shown = { net, abort };
  const { val, classes } = result;
  const side = val.height * val.width;
  const indexField = byId<HTMLInputElement>('features-index');
  indexField.max = String(val.count - 1);
  const canvas = byId<HTMLCanvasElement>('features-draw');
  const pen = canvas.getContext('2d', { willReadFrequently: true })!;

  // one request at a time; a newer one replaces what an older one would have drawn
  let latest = 0;
  const show = async (image: Float32Array, title: string, truth?: string) => {
    const ticket = ++latest;
    const [activations] = await extractActivations(net, layers, [image]);
    if (ticket !== latest || abort.signal.aborted || !activations) return;
    const predicted = classes[activations.predicted] ?? String(activations.predicted);
    const probability = activations.probabilities[activations.predicted]!;
    status.className = 'status';
    status.textContent = `${title}: predicted ${predicted} (${(probability * 100).toFixed(1)}%)${truth ? `, truly ${truth}` : ''}.`;
    const input = el('figure', 'input');
    input.append(grayCanvas(image, val.height, val.width, 0, 1), el('figcaption', undefined, title));
    maps.replaceChildren(input, ...activations.layers.map(layerSection));
  };
  const showTest = () => {
    const index = Math.min(Math.max(0, Math.floor(Number(indexField.value) || 0)), val.count - 1);
    indexField.value = String(index);
    void show(val.images.slice(index * side, (index + 1) * side), `test image #${index}`, classes[val.labels[index]!]);
  };
  indexField.addEventListener('change', showTest, { signal: abort.signal });
  byId('features-next').addEventListener('click', () => {
    indexField.value = String((Number(indexField.value) + 1) % val.count);
    showTest();
  }, { signal: abort.signal });

  // drawing: white ink on black, as the data sets' images are; a soft round pen about 2.5 pixels wide
  const clear = () => {
    pen.fillStyle = '#000';
    pen.fillRect(0, 0, val.width, val.height);
  };
  clear();
  let drawing = false;
  let last: [number, number] | undefined;
  const at = (event: PointerEvent): [number, number] => {
    const box = canvas.getBoundingClientRect();
    return [(event.clientX - box.left) / box.width * val.width, (event.clientY - box.top) / box.height * val.height];
  };
  const stroke = (event: PointerEvent) => {
    const point = at(event);
    pen.strokeStyle = '#fff';
    pen.lineWidth = 2.5;
    pen.lineCap = 'round';
    pen.beginPath();
    pen.moveTo(...(last ?? point));
    pen.lineTo(...point);
    pen.stroke();
    last = point;
  };
  canvas.addEventListener('pointerdown', (event) => {
    drawing = true;
    last = undefined;
    canvas.setPointerCapture(event.pointerId);
    stroke(event);
  }, { signal: abort.signal });
  canvas.addEventListener('pointermove', (event) => { if (drawing) stroke(event); }, { signal: abort.signal });
  canvas.addEventListener('pointerup', () => {
    drawing = false;
    const pixels = pen.getImageData(0, 0, val.width, val.height).data;
    void show(Float32Array.from({ length: side }, (_, p) => pixels[p * 4]! / 255), 'your drawing');
  }, { signal: abort.signal });
  byId('features-clear').addEventListener('click', clear, { signal: abort.signal });

  showTest();
}

/** One layer's maps in a row, in viridis on the layer's one scale (shown beside its title), dead maps marked. */
function layerSection(layer: FeatureMaps): HTMLElement {
  const section = el('div', 'layer');
  const row = el('div', 'maps');
  let low = Infinity;
  let high = -Infinity;
  for (const v of layer.data) {
    low = Math.min(low, v);
    high = Math.max(high, v);
  }
  let dead = 0;
  for (let c = 0; c < layer.channels; c++) {
    const map = new Float32Array(layer.height * layer.width);
    for (let p = 0; p < map.length; p++) map[p] = layer.data[p * layer.channels + c]!;
    // one value everywhere: the channel tells nothing about the input (a ReLU that never fires)
    const constant = map.every((v) => v === map[0]);
    if (constant) dead++;
    const figure = el('figure', constant ? 'dead' : undefined);
    figure.append(colourCanvas(map, layer.height, layer.width, low, high), el('figcaption', undefined, constant ? `${c} dead` : `${c}`));
    row.append(figure);
  }
  const scale = el('div', 'scale');
  const bar = el('span', 'bar');
  bar.style.background = `linear-gradient(to right, ${Array.from({ length: 16 }, (_, i) => `rgb(${viridis(i / 15).join(',')})`).join(', ')})`;
  scale.append(el('span', undefined, short(low)), bar, el('span', undefined, short(high)), el('span', 'hint', dead ? ` ${dead} dead` : ''));
  section.append(el('h4', undefined, `${layer.layer}: ${layer.channels} maps of ${layer.height}×${layer.width}`), scale, row);
  return section;
}

/** Three significant digits. */
function short(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(3))) : String(v);
}

/** `values` (height × width) as a canvas in viridis, `low` dark purple and `high` yellow. */
function colourCanvas(values: Float32Array, height: number, width: number, low: number, high: number): HTMLCanvasElement {
  return paint(values, height, width, (v) => viridis(high > low ? (v - low) / (high - low) : 0));
}

/** `values` (height × width) as a gray canvas, `low` black and `high` white. */
function grayCanvas(values: Float32Array, height: number, width: number, low: number, high: number): HTMLCanvasElement {
  const range = high - low || 1;
  return paint(values, height, width, (v) => {
    const g = Math.round(((v - low) / range) * 255);
    return [g, g, g];
  });
}

/** A canvas of `values`, each pixel coloured by `color`, shown at least MAP_PIXELS wide. */
function paint(values: Float32Array, height: number, width: number, color: (v: number) => readonly [number, number, number]): HTMLCanvasElement {
  const canvas = el('canvas');
  canvas.width = width;
  canvas.height = height;
  const scale = Math.max(1, Math.round(MAP_PIXELS / Math.max(height, width)));
  canvas.style.width = `${width * scale}px`;
  canvas.style.height = `${height * scale}px`;
  const image = new ImageData(width, height);
  values.forEach((v, p) => image.data.set([...color(v), 255], p * 4));
  canvas.getContext('2d')!.putImageData(image, 0, 0);
  return canvas;
}
