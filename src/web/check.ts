/**
 * One check of the editor's text, as every panel needs it: lenetc's own pipeline (parse, infer,
 * plan) with the shipped specs as the only other files, then the table, drawing and code.
 */
import { emitTypeScript } from '../codegen/typescript.js';
import { renderGraph } from '../codegen/svg.js';
import { checkTable, type CheckTable } from '../format.js';
import { checkSpec, type CheckResult } from '../pipeline.js';
import { EDITOR_FILE, shippedReader } from './shipped.js';

/** What the panels show for one version of the text. */
export interface PageCheck {
  /** The text that was checked. */
  text: string;
  result: CheckResult;
  /** The layer table, as far as shapes were inferred (all of it when the spec is valid). */
  table?: CheckTable;
  /** The architecture drawing; layers after a shape error show `?`. */
  svg?: string;
  /** `lenetc emit --ts`'s module, when the spec is valid. */
  typescript?: string;
  /** How long checking and rendering the panels' content took, in milliseconds. */
  ms: number;
}

/** Checks `text` as the file `spec.yaml` beside the shipped specs. */
export function checkText(text: string): PageCheck {
  const started = performance.now();
  const result = checkSpec({ file: EDITOR_FILE, text }, { reader: shippedReader });
  const { model, shapes } = result;
  const check: PageCheck = { text, result, ms: 0 };
  if (model && shapes) {
    check.table = checkTable(shapes, model.train.batch_size);
    check.svg = renderGraph(model, shapes);
    // the seed the runtime trains with, as `lenetc emit --ts` passes it
    if (result.ok) check.typescript = emitTypeScript(model, shapes, { specFile: EDITOR_FILE, seed: model.train.seed });
  }
  check.ms = performance.now() - started;
  return check;
}
