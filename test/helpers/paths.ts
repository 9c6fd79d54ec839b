/** Paths tests use, independent of where the test file runs from. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Two folders up: the repository root, or dist/ when the tests run compiled (npm test). */
const above = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Whether the tests run as tsc compiled them (dist/test, npm test), not from source through tsx. */
export const compiled = path.basename(above) === 'dist';
/** The repository root. */
export const repoRoot = compiled ? path.dirname(above) : above;
/** A path under the repository root. */
export const fromRoot = (...parts: string[]) => path.join(repoRoot, ...parts);
