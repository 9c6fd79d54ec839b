/** A SpecReader over specs held in memory, for callers without a file system (a browser, a test). */
import type { SpecReader } from './types.js';

/**
 * Reads `extends:` targets from `files` (path → text). Paths are joined as POSIX paths
 * relative to the extending spec's folder, `..` and `.` resolved, so `extends: ../base.yaml`
 * in `specs/a.yaml` reads `base.yaml`.
 */
export function memoryReader(files: Readonly<Record<string, string>>): SpecReader {
  return {
    resolve(fromFile, ref) {
      if (ref.startsWith('/')) return normalize(ref);
      const dir = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/')) : '';
      return normalize(dir ? `${dir}/${ref}` : ref);
    },
    read(file) {
      return Object.hasOwn(files, file) ? files[file] : undefined;
    },
  };
}

/** `a/./b/../c` → `a/c`, keeping leading `..` that climb above the start. */
function normalize(file: string): string {
  const parts: string[] = [];
  for (const part of file.split('/')) {
    if (part === '.' || (part === '' && parts.length > 0)) continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..' && parts[parts.length - 1] !== '') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
