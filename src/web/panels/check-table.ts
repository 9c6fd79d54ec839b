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
    ? 'The spec has errors before any shape can be worked out: showing the last one that could.'
    : partial ? 'The spec has errors: shapes as far as they could be worked out.' : '';
  if (!table) return;
  byId('check-name').textContent = check.result.model?.name ?? '';
  const row = (tag: 'th' | 'td', cells: readonly string[]) => {
    const tr = el('tr');
    cells.forEach((text, c) => tr.append(el(tag, table.numeric.has(c) ? 'num' : undefined, text)));
    return tr;
  };
  const head = el('thead');
  head.append(row('th', table.header));
  const body = el('tbody');
  body.append(...table.rows.map((cells) => row('td', cells)));
  byId('check-table').replaceChildren(head, body);
  byId('check-totals').replaceChildren(...table.totals.map((line) => el('li', undefined, line)));
  byId('trace').textContent = table.trace;
}
