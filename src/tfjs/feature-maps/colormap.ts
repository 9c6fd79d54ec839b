/**
 * The colour map of feature maps: viridis (matplotlib's default since 2.0), perceptually
 * uniform, readable in gray and by colour-blind readers, dark for low and yellow for high.
 */
import type { Rgb } from './font.js';

/** Viridis at 16 even steps from 0 to 1; between them, linear. */
const STOPS: readonly Rgb[] = [
  '440154', '481a6c', '472f7d', '414487', '39568c', '31688e', '2a788e', '23888e',
  '1f988b', '22a884', '35b779', '54c568', '7ad151', 'a5db36', 'd2e21b', 'fde725',
].map((hex) => [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)] as const);

/** The colour of `t` in [0, 1] (clamped; NaN is the low end). */
export function viridis(t: number): Rgb {
  const u = Number.isNaN(t) ? 0 : Math.min(1, Math.max(0, t)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(u));
  const f = u - i;
  const [a, b] = [STOPS[i]!, STOPS[i + 1]!];
  return [Math.round(a[0] + (b[0] - a[0]) * f), Math.round(a[1] + (b[1] - a[1]) * f), Math.round(a[2] + (b[2] - a[2]) * f)];
}
