/**
 * Runs scripts/embed-templates.mjs, so tests under tsx see the current templates even when
 * `npm run build` has not run (it writes only when a template changed).
 */
import { execFileSync } from 'node:child_process';
import { fromRoot } from './paths.js';

/** Regenerates src/codegen/templates.generated.ts from src/codegen/templates/*.hbs if stale. */
export function embedTemplates(): void {
  execFileSync(process.execPath, [fromRoot('scripts', 'embed-templates.mjs')], { stdio: 'inherit' });
}
