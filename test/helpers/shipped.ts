/** The shipped specs as the tests check them. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { NetModel } from '../../src/model.js';
import { checkSpec } from '../../src/pipeline.js';
import { fromRoot } from './paths.js';

/**
 * specs/`name` checked with `overrides` (or `text` checked as if it were that file: a spec of the
 * tests' own beside the shipped ones), as its NetModel; a spec that does not check fails the test.
 */
export function shipped(name: string, overrides: string[] = [], text?: string): NetModel {
  const file = fromRoot('specs', name);
  const reader = { resolve: (_from: string, ref: string) => fromRoot('specs', ref), read: (f: string) => fs.readFileSync(f, 'utf8') };
  const result = checkSpec({ file, text: text ?? fs.readFileSync(file, 'utf8') }, { reader, overrides });
  assert.ok(result.model, `${name} does not check: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.model;
}
