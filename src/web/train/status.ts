/** The training form's status line (#train-status): what is happening, or what went wrong and what to do. */
import { byId, el } from '../dom.js';

/** Shows `text` in the status line, coloured by `kind`, with `hint` under it. */
export function trainStatus(text: string, kind: 'ok' | 'error' | 'warning' | '' = '', hint?: string): void {
  const line = byId('train-status');
  line.className = `status ${kind}`;
  line.textContent = text;
  if (hint) line.append(el('br'), el('span', 'hint', `hint: ${hint}`));
}
