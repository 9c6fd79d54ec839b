/** The class names of a folder dataset, kept apart from its loader so `check` can read them without loading image decoders. */
import { readdirSync } from 'node:fs';

/** The cache folder inside a data folder (folder.ts); hidden, so never a class. */
export const CACHE_DIR = '.lenetc-cache';

/**
 * The class names of a dataset folder: its subfolders in sorted order, label k being the k-th
 * (hidden ones, the cache among them, left out). Undefined when `dir` is not a readable folder.
 */
export function folderClasses(dir: string): string[] | undefined {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch {
    return undefined;
  }
}
