/** How shapes and counts read everywhere lenetc prints them: check's table and emitted comments. */
import type { Shape, ShapeReport } from './shape-inference/types.js';

/** `28×28×6` for spatial shapes, `400` for flat ones. */
export function formatShape(shape: Shape): string {
  return shape.join('×');
}

/** `117,600`: thousands grouped the same way whatever the locale. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The one-line shape trace: `conv 28×28×6 → pool 14×14×6 → … → dense 10`. */
export function shapeTrace(shapes: ShapeReport): string {
  return shapes.layers.map((r) => `${r.kind} ${formatShape(r.output)}`).join(' → ');
}

/** A learning rate in three significant digits: 0.05, 0.0412, 0.000497, 5.61e-9. */
export function formatRate(lr: number): string {
  return String(Number(lr.toPrecision(3)));
}
