/**
 * The list under the editor: every diagnostic as `lenetc check` prints it, code frame, hint and
 * notes included; the headline and each note in the editor's text are links to their place.
 */
import { countDiagnostics, formatDiagnostic, formatNote } from '../../format-diagnostics.js';
import { groupDigits } from '../../format.js';
import type { Diagnostic, DiagnosticNote } from '../../diagnostics.js';
import type { PageCheck } from '../check.js';
import { byId, el } from '../dom.js';
import { EDITOR_FILE } from '../shipped.js';

/** Renders the status line and the list; `reveal` moves the editor to a diagnostic's range in the editor's file. */
export function renderDiagnostics(check: PageCheck, reveal: (from: number, to: number) => void): void {
  const { result } = check;
  const status = byId('check-status');
  const list = byId('diagnostics');
  status.className = result.ok ? (result.diagnostics.length ? 'status warning' : 'status ok') : 'status error';
  status.textContent = result.ok
    ? `${EDITOR_FILE} checks${result.diagnostics.length ? ` with ${countDiagnostics(result.diagnostics).replace(/^0 errors, /, '')}` : ' clean'}: ${groupDigits(result.shapes?.params ?? 0)} params`
    : `${EDITOR_FILE}: ${countDiagnostics(result.diagnostics)}`;
  list.replaceChildren(...result.diagnostics.map((d) => item(d, check, reveal)));
}

function item(d: Diagnostic, check: PageCheck, reveal: (from: number, to: number) => void): HTMLElement {
  const li = el('li', `diagnostic ${d.severity}`);
  li.dataset.code = d.code;
  // the notes are listed one by one below, each its own link
  const text = formatDiagnostic({ ...d, notes: undefined }, check.result.sources);
  const [headline = '', ...frame] = text.split('\n');
  li.append(link('headline', headline, d, reveal), el('pre', 'frame', frame.join('\n').trimEnd()));
  for (const note of d.notes ?? []) {
    const [noteLine = '', ...noteFrame] = formatNote(note, check.result.sources).split('\n');
    const block = el('div', 'diagnostic-note');
    block.append(link('note-headline', noteLine, note, reveal), el('pre', 'frame', noteFrame.join('\n').trimEnd()));
    li.append(block);
  }
  return li;
}

/** A button that shows `place` in the editor, or a disabled one where it is not in the editor's text. */
function link(className: string, label: string, place: Diagnostic | DiagnosticNote, reveal: (from: number, to: number) => void): HTMLButtonElement {
  const button = el('button', className, label);
  button.type = 'button';
  const range = place.range;
  if (place.file === EDITOR_FILE && range) button.addEventListener('click', () => reveal(range[0], range[1]));
  else button.disabled = true;
  return button;
}
