/**
 * The spec editor: CodeMirror 6 with YAML highlighting, lenetc's `checkSpec` as its linter (every
 * diagnostic underlined at its range, message, code and hint on hover, its fixes as actions that
 * edit the text, YAML syntax errors in the parser's words), completion of keys and values from
 * the spec schema, and Enter that starts the next list item or a key's value where YAML wants it
 * (./yaml-indent.ts).
 */
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter, type Action, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { EditorSelection } from '@codemirror/state';
import { basicSetup, EditorView } from 'codemirror';
import schema from '../../../schema/lenetc.schema.json' with { type: 'json' };
import { lineColumn, type Diagnostic, type DiagnosticNote } from '../../diagnostics.js';
import { fixLabel } from '../../messages.js';
import type { PageCheck } from '../check.js';
import { el } from '../dom.js';
import { EDITOR_FILE } from '../shipped.js';
import { applyFix, changeBetween } from './apply-fix.js';
import { schemaOptions, type JsonSchema } from './schema-completion.js';
import { yamlIndent } from './yaml-indent.js';
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
      yamlIndent(),
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
      const start = Math.min(from, length);
      let end = Math.min(to, length);
      // a layer's range runs to the next line's start: stop at its own text's end, so its line is the one shown
      while (end > start && /\s/.test(view.state.doc.sliceString(end - 1, end))) end--;
      view.dispatch({ selection: EditorSelection.single(start, end), scrollIntoView: true });
      view.focus();
    },
  };
}

/**
 * The check's diagnostics as the editor's: those in the editor's text at their ranges; those in a
 * shipped spec it extends (located through the `extends` chain) at its `extends:` value. A
 * diagnostic's notes in the editor's text (the use of the block it happened in, the branch
 * behind a merge's mismatch) are marked too, as `info`, so the places it names show where they are.
 */
function editorDiagnostics(check: PageCheck, length: number): EditorDiagnostic[] {
  const extendsRange = extendsValue(check.text);
  const clamp = (from: number, to: number) => ({ from: Math.min(from, length), to: Math.min(Math.max(to, from), length) });
  return check.result.diagnostics.flatMap((d) => {
    const inEditor = d.file === EDITOR_FILE || d.file === undefined;
    const [from, to] = inEditor ? d.range ?? [0, 0] : extendsRange;
    const own: EditorDiagnostic = {
      ...clamp(from, to),
      severity: d.severity,
      message: d.message,
      markClass: `lenetc-${d.code}`,
      renderMessage: () => tooltip(d, inEditor, check),
      actions: fixActions(d, check.text),
    };
    const notes = (d.notes ?? []).filter((n) => n.file === EDITOR_FILE && n.range).map((n): EditorDiagnostic => ({
      ...clamp(n.range![0], n.range![1]),
      severity: 'info',
      message: `note: ${n.message}`,
      markClass: `lenetc-note lenetc-note-${d.code}`,
      renderMessage: () => noteTooltip(n, d, check),
    }));
    return [own, ...notes];
  });
}

/**
 * One action per fix whose edits are all in the editor's text and find their place in it:
 * `apply: padding: 1` makes the change, as one undoable edit. A fix of a spec it extends is the
 * hint's to say; the editor does not change shipped specs.
 */
function fixActions(d: Diagnostic, text: string): Action[] {
  return (d.fixes ?? []).filter((fix) => fix.edits.every((e) => e.file === EDITOR_FILE)).flatMap((fix): Action[] => {
    const fixed = applyFix(text, fix);
    if (fixed === undefined) return [];
    return [{
      name: `apply: ${fixLabel(fix)}`,
      markClass: 'lenetc-fix',
      apply(view) {
        // the fix's paths are the checked text's: a text changed since is checked again, with its own fixes
        if (view.state.doc.toString() !== text) return;
        view.dispatch({ changes: changeBetween(text, fixed), userEvent: 'input.fix', scrollIntoView: true });
      },
    }];
  });
}

/** Where the top-level `extends:` value is written, or the start of the text. */
function extendsValue(text: string): readonly [number, number] {
  const match = /^extends:[ \t]*([^\s#][^#\n]*?)[ \t]*(?:#.*)?$/m.exec(text);
  if (!match) return [0, 0];
  const from = match.index + match[0].indexOf(match[1]!);
  return [from, from + match[1]!.length];
}

/** The hover: `error[CODE]`, the message, where (for a base spec's problem), the hint and the notes with their lines. */
function tooltip(d: Diagnostic, inEditor: boolean, check: PageCheck): Node {
  const box = el('div', 'lint-message');
  box.append(el('strong', `code ${d.severity}`, `${d.severity}[${d.code}]`), ' ', d.message);
  if (!inEditor && d.file) box.append(el('div', 'where', `in ${d.file} (extended by this spec): see the list below`));
  if (d.hint) box.append(el('div', 'hint', `hint: ${d.hint}`));
  for (const note of d.notes ?? []) box.append(el('div', 'note', `note: ${note.message}${place(note, check)}`));
  return box;
}

/** The hover of a note's mark: the note, and the diagnostic it belongs to. */
function noteTooltip(note: DiagnosticNote, d: Diagnostic, check: PageCheck): Node {
  const box = el('div', 'lint-message');
  box.append(el('strong', 'code info', 'note'), ' ', note.message);
  box.append(el('div', 'where', `of ${d.severity}[${d.code}]${place(d, check)}: ${d.message}`));
  return box;
}

/** ` (line 18)` for a place in the editor's text, ` (in lenet5.yaml:4)` for one in a spec it extends, else nothing. */
function place(at: Diagnostic | DiagnosticNote, check: PageCheck): string {
  const text = at.file === undefined ? undefined : check.result.sources.get(at.file);
  if (!at.range || text === undefined) return '';
  const { line } = lineColumn(text, at.range[0]);
  return at.file === EDITOR_FILE ? ` (line ${line})` : ` (in ${at.file}:${line})`;
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
