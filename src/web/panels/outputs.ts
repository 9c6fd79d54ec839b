/** The architecture drawing and the emitted TypeScript, with copy and download. */
import type { PageCheck } from '../check.js';
import { byId, download } from '../dom.js';

let lastTypeScript: { name: string; text: string } | undefined;

/** Renders the drawing and the code; each keeps its last version, marked stale, when there is no new one. */
export function renderOutputs(check: PageCheck): void {
  byId('graph-panel').classList.toggle('stale', check.svg === undefined);
  // renderGraph escapes every name and label it draws (its template's default escaping)
  if (check.svg !== undefined) byId('graph').innerHTML = check.svg;
  const model = check.result.model;
  byId('code-panel').classList.toggle('stale', check.typescript === undefined);
  byId('code-note').textContent = check.typescript === undefined && lastTypeScript ? 'The spec has errors: showing the code of the last valid one.' : '';
  if (check.typescript !== undefined && model) {
    lastTypeScript = { name: `${model.name.replace(/[^A-Za-z0-9_.-]+/g, '-') || 'model'}.ts`, text: check.typescript };
    byId('code').textContent = check.typescript;
    byId('code-file').textContent = lastTypeScript.name;
  }
  byId<HTMLButtonElement>('copy-code').disabled = lastTypeScript === undefined;
  byId<HTMLButtonElement>('download-code').disabled = lastTypeScript === undefined;
}

/** Wires the copy and download buttons to whatever code is shown. */
export function setUpCodeButtons(say: (message: string) => void): void {
  byId('copy-code').addEventListener('click', async () => {
    if (!lastTypeScript) return;
    try {
      await navigator.clipboard.writeText(lastTypeScript.text);
      say(`Copied ${lastTypeScript.name} to the clipboard.`);
    } catch {
      // no clipboard permission: select the code so Ctrl+C does it
      getSelection()?.selectAllChildren(byId('code'));
      say('The browser refused the clipboard: the code is selected, press Ctrl+C (⌘C) to copy it.');
    }
  });
  byId('download-code').addEventListener('click', () => {
    if (lastTypeScript) download(lastTypeScript.name, lastTypeScript.text, 'text/typescript');
  });
}
