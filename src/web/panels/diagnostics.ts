/** The list under the editor: every diagnostic as `lenetc check` prints it, code frame and hint included. */
import { countDiagnostics, formatDiagnostic } from '../../format-diagnostics.js';
import { groupDigits } from '../../format.js';
import type { Diagnostic } from '../../diagnostics.js';
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
  const text = formatDiagnostic(d, check.result.sources);
  const [headline = '', ...frame] = text.split('\n');
  const button = el('button', 'headline', headline);
  button.type = 'button';
  const range = d.range;
  if (d.file === EDITOR_FILE && range) button.addEventListener('click', () => reveal(range[0], range[1]));
  else button.disabled = true;
  li.append(button, el('pre', 'frame', frame.join('\n').trimEnd()));
  return li;
}
