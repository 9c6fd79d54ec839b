/**
 * Finding image files in a folder: what `predict DIR` classifies and a folder dataset's class
 * folders hold. Links are not followed inside a folder (a link may lead anywhere, or back up
 * into the folder) and special files are never read; both are reported, with folders that hold
 * no image, so nothing is skipped without a word. Files of other kinds (notes.txt) are not
 * images and are passed over.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileKind } from '../files.js';

/** File name endings taken as images in a folder (a file named on its own is read whatever its name). */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.png', '.jpg', '.jpeg']);

/** The most bytes an image file may have: more is no image lenetc would decode (see sniff.ts's bounds). */
export const MAX_IMAGE_BYTES = 512 * 2 ** 20;

/** An entry found under a folder: an image file to read, or one that is not read and why. */
export type FoundEntry =
  | { file: string; kind: 'image' }
  /** A symbolic link: to a folder, or named as an image. `is` says which. */
  | { file: string; kind: 'link'; is: string }
  /** Not a regular file (a FIFO, a device, a socket) named as an image. */
  | { file: string; kind: 'special'; is: string }
  /** A folder under the one searched that holds no image at any depth. */
  | { file: string; kind: 'no-images' };

/** Every image file and every entry not read under `dir`, recursively, in sorted order (by code point, the same on every machine). */
export async function imageFilesIn(dir: string): Promise<FoundEntry[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: FoundEntry[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inside = await imageFilesIn(full);
      found.push(...(inside.length ? inside : [{ file: full, kind: 'no-images' as const }]));
      continue;
    }
    const image = isImageName(entry.name);
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined);
      if (target?.isDirectory()) found.push({ file: full, kind: 'link', is: 'a symbolic link to a folder' });
      else if (image) found.push({ file: full, kind: 'link', is: target ? 'a symbolic link' : 'a symbolic link to nothing' });
    } else if (image) {
      found.push(entry.isFile() ? { file: full, kind: 'image' } : { file: full, kind: 'special', is: fileKind(entry) });
    }
  }
  return found;
}

/** Whether `name` ends like an image file. */
export function isImageName(name: string): boolean {
  return IMAGE_EXTENSIONS.has(path.extname(name).toLowerCase());
}
