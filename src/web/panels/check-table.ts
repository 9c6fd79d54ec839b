/** The check panel: `lenetc check`'s layer table, totals and shape trace, from the same cells. */
import type { PageCheck } from '../check.js';
import { byId, el } from '../dom.js';

/** Renders the table, totals and trace; keeps the last ones, marked stale, when the spec has no model. */
export function renderCheckTable(check: PageCheck): void {
  const panel = byId('check-panel');
  const table = check.table;
  const partial = !check.result.ok;
  panel.classList.toggle('stale', table === undefined);
  byId('check-note').textContent = table === undefined
    ? 'The spec does not parse: showing the last one that did.'
    : partial ? 'Shapes up to the first layer with an error.' : '';
  if (!table) return;
  byId('check-name').textContent = check.result.model?.name ?? '';
  const head = el('tr');
  table.header.forEach((h, c) => head.append(cell('th', h, table.numeric.has(c))));
  const body = table.rows.map((row) => {
    const tr = el('tr');
    row.forEach((text, c) => tr.append(cell('td', text, table.numeric.has(c))));
    return tr;
  });
  byId('check-table').replaceChildren(el('thead'), el('tbody'));
  byId('check-table').querySelector('thead')!.append(head);
  byId('check-table').querySelector('tbody')!.append(...body);
  byId('check-totals').replaceChildren(...table.totals.map((line) => el('li', undefined, line)));
  byId('trace').textContent = table.trace;
}

function cell(tag: 'th' | 'td', text: string, numeric: boolean): HTMLElement {
  return el(tag, numeric ? 'num' : undefined, text);
}
