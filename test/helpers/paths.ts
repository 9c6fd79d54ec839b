/** Paths tests use, independent of where the test file runs from. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** A path under the repository root. */
export const fromRoot = (...parts: string[]) => path.join(repoRoot, ...parts);
