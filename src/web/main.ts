/**
 * The playground page: a spec editor checked as you type by lenetc's own compiler stages, with
 * the check table, shape trace, drawing, emitted TypeScript and the training panel following
 * every edit. The text lives in the editor, the URL (`#spec=`) and localStorage, so a link
 * reproduces it and a reload never loses it.
 */
import { checkText, type PageCheck } from './check.js';
import { byId, el } from './dom.js';
import { createEditor, type SpecEditor } from './editor/editor.js';
import { renderCheckTable } from './panels/check-table.js';
import { renderDiagnostics } from './panels/diagnostics.js';
import { renderOutputs, setUpCodeButtons } from './panels/outputs.js';
import { readSpecHash, specHash, type HashSpec } from './share.js';
import { FIRST_SPEC, SHIPPED_NAMES, shippedSpec } from './shipped.js';
import { setUpTrainingPanel } from './train/panel.js';

/** The localStorage key of the editor's text. */
const DRAFT_KEY = 'lenetc.playground.spec';

/** Shows a line above the editor (what just happened, or what went wrong). */
function say(message: string, kind: 'info' | 'error' = 'info'): void {
  const notice = byId('notice');
  notice.className = `notice ${kind}`;
  notice.textContent = message;
  notice.hidden = false;
}

function readDraft(): string | undefined {
  try {
    return localStorage.getItem(DRAFT_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

let draftWarned = false;
function saveDraft(text: string): void {
  try {
    localStorage.setItem(DRAFT_KEY, text);
  } catch {
    if (!draftWarned) say('This browser does not let the page keep your text (no localStorage): the link in the address bar keeps it.', 'error');
    draftWarned = true;
  }
}

/** Every panel, from one check of the text. */
function render(check: PageCheck, editor: () => SpecEditor | undefined, training: ReturnType<typeof setUpTrainingPanel>): void {
  // the text is kept before anything else can go wrong
  history.replaceState(null, '', specHash(check.text));
  saveDraft(check.text);
  renderDiagnostics(check, (from, to) => editor()?.reveal(from, to));
  renderCheckTable(check);
  renderOutputs(check);
  training.update(check);
  document.dispatchEvent(new CustomEvent('lenetc:checked', { detail: { ok: check.result.ok, ms: check.ms, text: check.text } }));
}

/** Wires the tabs under the check table: one panel shown at a time. */
function setUpTabs(): void {
  const tabs = Array.from(document.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  for (const tab of tabs) {
    tab.addEventListener('click', () => {
      for (const other of tabs) {
        const selected = other === tab;
        other.setAttribute('aria-selected', String(selected));
        byId(other.getAttribute('aria-controls')!).hidden = !selected;
      }
    });
  }
}

function main(): void {
  // index.html's word for a page opened from file://, where this script does not run; here it does
  document.getElementById('not-served')?.remove();
  const menu = byId<HTMLSelectElement>('spec-menu');
  menu.append(...SHIPPED_NAMES.map((name) => Object.assign(el('option', undefined, name), { value: name })));
  setUpTabs();
  setUpCodeButtons(say);
  const training = setUpTrainingPanel();

  const draft = readDraft();
  let editor: SpecEditor | undefined;
  editor = createEditor({
    parent: byId('editor'),
    text: draft ?? shippedSpec(FIRST_SPEC) ?? '',
    check: checkText,
    onChecked: (check) => render(check, () => editor, training),
  });
  /**
   * Shows a link's spec as an edit, so Undo brings back the text the editor had before it; says
   * so where that text was the user's (not the first visit's shipped spec).
   */
  const openLinked = (hash: HashSpec, hadText: boolean) => {
    if (hash.kind === 'invalid') say(`The link's spec could not be read: ${hash.reason}. Your text stays as it was.`, 'error');
    if (hash.kind !== 'spec' || hash.text === editor.text()) return;
    editor.replace(hash.text);
    if (hadText) say('Opened the spec in the link. Undo (Ctrl+Z, ⌘Z) brings back the text you had before.');
  };
  openLinked(readSpecHash(location.hash), draft !== undefined);

  menu.addEventListener('change', () => {
    const text = shippedSpec(menu.value);
    if (text === undefined) return;
    editor.replace(text);
    say(`Opened ${menu.value}. Undo (Ctrl+Z, ⌘Z) brings back what you had.`);
    menu.value = '';
    editor.view.focus();
  });
  // a link pasted into the address bar of an open playground (our own updates use replaceState, which fires nothing)
  window.addEventListener('hashchange', () => openLinked(readSpecHash(location.hash), true));
  byId('share').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      say('Copied a link to this spec.');
    } catch {
      say('The browser refused the clipboard: copy the address bar, it holds the spec.');
    }
  });
}

// a bug must not go unnoticed, nor cost the user's text (already kept in the URL and localStorage)
window.addEventListener('error', (event) => say(`The playground hit a bug: ${event.message}. Your text is kept; please report this.`, 'error'));
window.addEventListener('unhandledrejection', (event) => say(`The playground hit a bug: ${String(event.reason)}. Your text is kept; please report this.`, 'error'));
main();
