/**
 * The spec editor: CodeMirror 6 with YAML highlighting, lenetc's `checkSpec` as its linter (every
 * diagnostic underlined at its range, message, code and hint on hover) and completion of keys
 * and values from the spec schema.
 */
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { EditorSelection } from '@codemirror/state';
import { basicSetup, EditorView } from 'codemirror';
import schema from '../../../schema/lenetc.schema.json' with { type: 'json' };
import type { Diagnostic } from '../../diagnostics.js';
import type { PageCheck } from '../check.js';
import { el } from '../dom.js';
import { EDITOR_FILE } from '../shipped.js';
import { schemaOptions, type JsonSchema } from './schema-completion.js';
import { yamlPosition } from './yaml-position.js';

/** What the page gives the editor. */
export interface EditorOptions {
  parent: HTMLElement;
  text: string;
  /** Checks the text; called on every change (and once at the start). */
  check(text: string): PageCheck;
  /** Called with each check, to update everything else on the page. */
  onChecked(check: PageCheck): void;
}

/** The editor, as the rest of the page uses it. */
export interface SpecEditor {
  view: EditorView;
  text(): string;
  /** Replaces the whole text as one undoable change (Ctrl+Z brings the old text back). */
  replace(text: string): void;
  /** Selects [from, to) and scrolls it into view. */
  reveal(from: number, to: number): void;
}

/** Creates the editor in `options.parent`. */
export function createEditor(options: EditorOptions): SpecEditor {
  const lint = linter((view) => {
    const check = options.check(view.state.doc.toString());
    options.onChecked(check);
    return editorDiagnostics(check, view.state.doc.length);
  }, { delay: 0 });
  const view = new EditorView({
    parent: options.parent,
    doc: options.text,
    extensions: [
      basicSetup,
      yaml(),
      lint,
      lintGutter(),
      autocompletion({ override: [completeFromSchema] }),
      EditorView.contentAttributes.of({ 'aria-label': 'spec editor (YAML)' }),
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    replace(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, userEvent: 'input.replace' });
    },
    reveal(from, to) {
      const length = view.state.doc.length;
      view.dispatch({ selection: EditorSelection.single(Math.min(from, length), Math.min(to, length)), scrollIntoView: true });
      view.focus();
    },
  };
}

/**
 * The check's diagnostics as the editor's: those in the editor's text at their ranges; those in a
 * shipped spec it extends (located through the `extends` chain) at its `extends:` value.
 */
function editorDiagnostics(check: PageCheck, length: number): EditorDiagnostic[] {
  const extendsRange = extendsValue(check.text);
  return check.result.diagnostics.map((d) => {
    const inEditor = d.file === EDITOR_FILE || d.file === undefined;
    const [from, to] = inEditor ? d.range ?? [0, 0] : extendsRange;
    return {
      from: Math.min(from, length),
      to: Math.min(Math.max(to, from), length),
      severity: d.severity,
      message: d.message,
      markClass: `lenetc-${d.code}`,
      renderMessage: () => tooltip(d, inEditor),
    };
  });
}

/** Where the top-level `extends:` value is written, or the start of the text. */
function extendsValue(text: string): readonly [number, number] {
  const match = /^extends:[ \t]*([^\s#][^#\n]*?)[ \t]*(?:#.*)?$/m.exec(text);
  if (!match) return [0, 0];
  const from = match.index + match[0].indexOf(match[1]!);
  return [from, from + match[1]!.length];
}

/** The hover: `error[CODE]`, the message, where (for a base spec's problem) and the hint. */
function tooltip(d: Diagnostic, inEditor: boolean): Node {
  const box = el('div', 'lint-message');
  box.append(el('strong', `code ${d.severity}`, `${d.severity}[${d.code}]`), ' ', d.message);
  if (!inEditor && d.file) box.append(el('div', 'where', `in ${d.file} (extended by this spec): see the list below`));
  if (d.hint) box.append(el('div', 'hint', `hint: ${d.hint}`));
  return box;
}

/** Keys and values the schema allows where the cursor is. */
function completeFromSchema(context: CompletionContext): CompletionResult | null {
  const text = context.state.doc.toString();
  const at = yamlPosition(text, context.pos);
  if (!at) return null;
  // values and keys pop up as soon as one character is typed; an empty prefix waits for Ctrl+Space
  if (at.prefix === '' && !context.explicit) return null;
  const options = schemaOptions(schema as JsonSchema, at);
  if (options.length === 0) return null;
  return {
    from: at.from,
    options: options.map((o) => ({ label: o.label, apply: o.apply, type: o.type, detail: o.detail, info: o.info })),
    validFor: /^[\w-]*$/,
  };
}
