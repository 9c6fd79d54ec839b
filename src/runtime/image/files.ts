/** Finding image files in a folder: what `predict DIR` classifies and a folder dataset's class folders hold. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** File name endings taken as images in a folder (a file named on its own is read whatever its name). */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.png', '.jpg', '.jpeg']);

/** Every image file under `dir`, recursively, in sorted order (by code point, the same on every machine). */
export async function imageFilesIn(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...await imageFilesIn(full));
    else if (entry.isFile() && IMAGE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(full);
  }
  return files;
}
