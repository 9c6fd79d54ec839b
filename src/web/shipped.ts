/**
 * The shipped specs inside the page: the menu's entries, and a `SpecReader` over them, so that
 * `extends: lenet5.yaml` resolves in the browser as it does next to specs/ on disk.
 */
import type { SpecReader } from '../parser/types.js';
import { SHIPPED_SPECS } from './specs.generated.js';

/** The name the editor's text goes by in diagnostics, as if it were a file beside the shipped specs. */
export const EDITOR_FILE = 'spec.yaml';

/**
 * The spec a first visit starts with: d2l's LeNet-5 with ReLU, max pooling and momentum, which
 * learns within the tab's first epoch. d2l's own sigmoid LeNet-5 (plain SGD, lr 0.1) sits at
 * chance for the tab's default run of 10,000 images, which is no first run to give anyone.
 */
export const FIRST_SPEC = 'modern.yaml';

/** The shipped specs' file names, for the menu. */
export const SHIPPED_NAMES: readonly string[] = Object.keys(SHIPPED_SPECS).sort();

/** A shipped spec's text. */
export function shippedSpec(name: string): string | undefined {
  return Object.hasOwn(SHIPPED_SPECS, name) ? SHIPPED_SPECS[name] : undefined;
}

/**
 * Resolves `extends` paths as the CLI's reader does (relative to the extending file's folder) in
 * one flat folder holding the shipped specs and, as far as names go, the editor's `spec.yaml`.
 */
export const shippedReader: SpecReader = {
  resolve(fromFile, ref) {
    const from = fromFile.split('/').slice(0, -1);
    return normalize(ref.startsWith('/') ? ref.split('/') : [...from, ...ref.split('/')]);
  },
  read(file) {
    return shippedSpec(file);
  },
};

/** `a/./b/../c.yaml` → `a/c.yaml`; a `..` above the root stays, so such a path finds nothing. */
function normalize(parts: string[]): string {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}
