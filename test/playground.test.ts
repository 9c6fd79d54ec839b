/**
 * The playground page in a real browser (Debian's chromium, driven by puppeteer-core), served
 * by `lenetc playground` in-process, used as a person would: open links, type, pick from the
 * menu, load data. One browser for the whole file; each test in a fresh browser context, with
 * every console error, page error, failed request and HTTP error collected and required absent.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type Page } from 'puppeteer-core';
import { emitTypeScript } from '../src/codegen/typescript.js';
import { shapeTrace } from '../src/format.js';
import { checkSpec } from '../src/pipeline.js';
import type { SpecReader } from '../src/parser/types.js';
import { specHash } from '../src/web/share.js';
import { fromRoot } from './helpers/paths.js';
import { chromiumSkip, freshPage, launchChromium, serveStatic, startPlayground, watchPage, type RunningPlayground } from './helpers/playground.js';
import { writeTinyIdx } from './helpers/tiny-dataset.js';

const skip = chromiumSkip;

/** The edit-to-panels budget the playground promises for the shipped specs. */
const BUDGET_MS = 100;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-playground-'));
let browser: Browser;
let served: RunningPlayground | undefined;
let base = '';

before(async () => {
  if (skip) return;
  const dataRoot = writeTinyIdx(path.join(tmp, 'data'), 30, 20);
  served = await startPlayground(['--port', '0', '--data', dataRoot], tmp);
  base = served.url;
  browser = await launchChromium(path.join(tmp, 'profile'));
});

after(async () => {
  if (skip) return;
  await browser?.close();
  await served?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/**
 * A page with fresh storage (no localStorage left by earlier tests), or with `keepStorage` a new
 * tab beside the test's others, recording every problem it has.
 */
async function openPage(hash = '', keepStorage = false): Promise<{ page: Page; problems: string[]; loaded: string[] }> {
  const page = keepStorage ? await browser.newPage() : await freshPage(browser, [base]);
  await page.setViewport({ width: 1400, height: 900 });
  page.setDefaultTimeout(10_000);
  const { problems, loaded } = watchPage(page);
  await instrument(page);
  await page.goto(base + hash);
  await page.waitForFunction(() => (window as unknown as Instrumented).__checks.length > 0);
  return { page, problems, loaded };
}

/** What the test adds to the page: every check, with the time since the edit that caused it. */
interface Instrumented {
  __checks: { ok: boolean; text: string; ms: number | null }[];
}

/** Records each `lenetc:checked` the page announces, timed from the last keydown or menu change before it. */
async function instrument(page: Page): Promise<unknown> {
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in the page
  // functions below in calls to a `__name` helper that only exists in Node
  await page.evaluateOnNewDocument('window.__name = (fn) => fn;');
  return page.evaluateOnNewDocument(() => {
    const w = window as unknown as Instrumented;
    w.__checks = [];
    let editAt: number | null = null;
    const edited = () => { editAt = performance.now(); };
    document.addEventListener('keydown', edited, true);
    document.addEventListener('change', edited, true);
    document.addEventListener('lenetc:checked', (event) => {
      const { ok, text } = (event as CustomEvent<{ ok: boolean; text: string }>).detail;
      w.__checks.push({ ok, text, ms: editAt === null ? null : performance.now() - editAt });
      editAt = null;
    });
  });
}

/** Times of the checks since `from` that an edit caused. */
async function editTimes(page: Page, from: number): Promise<number[]> {
  const checks = await page.evaluate(() => (window as unknown as Instrumented).__checks);
  return checks.slice(from).map((c) => c.ms).filter((ms): ms is number => ms !== null);
}

const checkCount = (page: Page) => page.evaluate(() => (window as unknown as Instrumented).__checks.length);

/** The editor's text, from its rendered lines (the test specs fit on the screen). */
const editorText = (page: Page) => page.$$eval('.cm-content .cm-line', (lines) => lines.map((l) => l.textContent).join('\n'));

const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? '');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// LeNet-5 with two typos: `filter` at 4:12, `flaten` at 8:5
const BROKEN = `name: typos
input: [28, 28, 1]
layers:
  - conv: {filter: 6, kernel: 5, padding: 2}
  - pool: {size: 2, stride: 2}
  - conv: {filters: 16, kernel: 5}
  - pool: {size: 2, stride: 2}
  - flaten
  - dense: {units: 120}
  - dense: {units: 84}
  - dense: {units: 10}
`;

test('a link with a broken spec: each error listed at its line:column and underlined; typing the fix updates every panel in time', { skip, timeout: 60_000 }, async () => {
  const { page, problems, loaded } = await openPage(specHash(BROKEN));
  await page.waitForSelector('#diagnostics li');
  const headlines = await page.$$eval('#diagnostics .headline', (items) => items.map((i) => i.textContent ?? ''));
  assert.equal(headlines.length, 2, headlines.join('\n'));
  assert.match(headlines[0]!, /^spec\.yaml:4:12: error\[UNKNOWN_KEY\]: /);
  assert.match(headlines[1]!, /^spec\.yaml:8:5: error\[UNKNOWN_LAYER_KIND\]: /);
  assert.match(await text(page, '#diagnostics li:first-child .frame'), /hint: did you mean `filters`\?/);
  assert.match(await text(page, '#check-status'), /2 errors/);

  // underlined where the diagnostics point, on the lines they name
  const underlined = await page.$$eval('.cm-lintRange-error', (marks) => marks.map((m) => {
    const line = m.closest('.cm-line')!;
    return { text: m.textContent, line: Array.from(line.parentElement!.children).indexOf(line) + 1 };
  }));
  assert.deepEqual(underlined, [{ text: 'filter', line: 4 }, { text: 'flaten', line: 8 }]);
  await page.hover('.lenetc-UNKNOWN_KEY');
  const tooltip = await page.waitForSelector('.cm-tooltip-lint');
  const hover = await tooltip!.evaluate((t) => t.textContent ?? '');
  assert.match(hover, /error\[UNKNOWN_KEY\]/);
  assert.match(hover, /found `filter`/);
  assert.match(hover, /hint: did you mean `filters`\?/);

  // type the fixes over the typos, one key at a time
  const before = await checkCount(page);
  await page.click('.lenetc-UNKNOWN_KEY', { count: 2 });
  await page.keyboard.type('filters', { delay: 120 });
  await page.click('.lenetc-UNKNOWN_LAYER_KIND', { count: 2 });
  await page.keyboard.type('flatten', { delay: 120 });
  await page.waitForSelector('#check-status.ok');
  assert.equal(await editorText(page), BROKEN.replace('filter:', 'filters:').replace('flaten', 'flatten'));
  assert.match(await text(page, '#trace'), /^conv 28×28×6 → pool 14×14×6 → conv 10×10×16 → pool 5×5×16 → .* → dense 10$/);
  assert.match(await text(page, '#check-totals'), /params: 61,706 \(61,706 trainable/);
  assert.deepEqual(await page.$$eval('#diagnostics li', (items) => items.length), 0);
  assert.equal(await page.$$eval('.cm-lintRange-error', (marks) => marks.length), 0);
  assert.match(await text(page, '#graph svg'), /dense3/);
  assert.match(await text(page, '#code'), /export function createModel\(\)/);

  const times = await editTimes(page, before);
  assert.ok(times.length >= 12, `a check per keystroke, found ${times.length}`);
  console.log(`# typing: edit → panels ${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(times).toFixed(1)})`);
  assert.ok(median(times) < BUDGET_MS, `median ${median(times)} ms`);

  // the link now holds the fixed text; a new visit in this context shows it (localStorage)
  const hash = await page.evaluate(() => location.hash);
  assert.equal(hash, specHash(await editorText(page)));

  // the first load is what the build says it is: nothing lazy (no training code) was fetched
  const meta = JSON.parse(fs.readFileSync(fromRoot('dist', 'web-meta.json'), 'utf8')) as { firstLoad: { file: string }[]; lazy: string[] };
  const assets = new Set(loaded.filter((p) => p.startsWith('/assets/')).map((p) => p.slice(1)));
  assert.deepEqual([...assets].sort(), meta.firstLoad.map((f) => f.file).sort());
  assert.ok(loaded.includes('/favicon.svg'));
  assert.deepEqual(problems, []);
  await page.close();
});

// a kernel larger than the input, and a dense layer after a conv: two errors whose hints are fixes
const FIXABLE = `name: fixable
input: [28, 28, 1]
layers:
  - conv: {filters: 6, kernel: 30}
  - flatten
  - dense: {units: 10, activation: none}
`;

test('a diagnostic\'s fixes are actions in its hover: one edits the text as the hint says, and Undo takes it back', { skip, timeout: 60_000 }, async () => {
  const { page, problems } = await openPage(specHash(FIXABLE));
  await page.hover('.lenetc-NON_POSITIVE_OUTPUT');
  await page.waitForSelector('.cm-tooltip-lint .cm-diagnosticAction');
  const actions = await page.$$eval('.cm-tooltip-lint .cm-diagnosticAction', (buttons) => buttons.map((b) => b.textContent));
  assert.deepEqual(actions, ['apply: padding: 1', 'apply: padding: same', 'apply: kernel: 28']);
  await page.click('.cm-tooltip-lint .cm-diagnosticAction');
  await page.waitForSelector('#check-status.ok');
  assert.equal(await editorText(page), FIXABLE.replace('kernel: 30}', 'kernel: 30, padding: 1}'));
  await page.click('.cm-content');
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
  await page.waitForSelector('.lenetc-NON_POSITIVE_OUTPUT');
  assert.equal(await editorText(page), FIXABLE);
  assert.deepEqual(problems, []);
  await page.close();
});

test('each shipped spec from the menu checks clean, with the numbers lenetc check gives, within the budget', { skip, timeout: 240_000 }, async () => {
  const { page, problems } = await openPage();
  const reader: SpecReader = {
    resolve: (from, ref) => path.join(path.dirname(from), ref),
    read: (file) => fs.readFileSync(file),
  };
  const names = await page.$$eval('#spec-menu option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v));
  assert.deepEqual(names, fs.readdirSync(fromRoot('specs')).filter((f) => f.endsWith('.yaml')).sort());
  const times: number[] = [];
  for (const name of names) {
    const expected = checkSpec({ file: fromRoot('specs', name), text: fs.readFileSync(fromRoot('specs', name)) }, { reader });
    const before = await checkCount(page);
    await page.select('#spec-menu', name);
    await page.waitForFunction((n) => (window as unknown as Instrumented).__checks.length > n, {}, before);
    assert.equal(await editorText(page), fs.readFileSync(fromRoot('specs', name), 'utf8'), name);
    assert.match(await page.$eval('#check-status', (s) => s.className), /\bok\b/, name);
    assert.equal(await page.$$eval('#diagnostics li', (items) => items.length), 0, name);
    assert.equal(await text(page, '#trace'), shapeTrace(expected.shapes!), name);
    assert.match(await text(page, '#check-totals'), new RegExp(`params: ${expected.shapes!.params.toLocaleString('en-US')} `), name);
    assert.equal(await text(page, '#check-name'), expected.model!.name);
    // and typing in it: a comment at the end, key by key
    await page.click('.cm-content');
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
    await page.keyboard.type('\n# ok', { delay: 60 });
    // a check per keystroke as a rule, but a busy tab may take two keys in one edit (a full
    // suite once saw four checks for five keys): wait for the check of the whole text
    await page.waitForFunction((n) => {
      const checks = (window as unknown as Instrumented).__checks;
      return checks.length > n + 1 && checks.at(-1)!.text.endsWith('\n# ok');
    }, {}, before);
    times.push(...await editTimes(page, before));
  }
  console.log(`# shipped specs: edit → panels ${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
  assert.ok(times.length >= names.length * 3, `${times.length} timed checks for ${names.length} specs`);
  assert.ok(median(times) < BUDGET_MS, `median ${median(times)} ms`);

  // choosing from the menu replaced the text as an edit: Undo brings back what was there
  const edited = await editorText(page);
  await page.select('#spec-menu', 'lenet5.yaml');
  await page.waitForFunction(() => document.querySelector('#check-name')?.textContent === 'lenet5');
  await page.click('.cm-content');
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
  await page.waitForFunction(() => document.querySelector('#check-name')?.textContent !== 'lenet5');
  assert.equal(await editorText(page), edited);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a first visit opens modern.yaml; the text is kept: a reload without the link shows it, a link shows its own, Undo brings the old one back', { skip, timeout: 60_000 }, async () => {
  const { page, problems } = await openPage();
  // the shipped spec that learns in the tab's first epoch, in the editor and in the link
  const modern = fs.readFileSync(fromRoot('specs', 'modern.yaml'), 'utf8');
  assert.equal(await editorText(page), modern);
  assert.equal(await text(page, '#check-name'), 'lenet5-modern');
  assert.equal(await page.evaluate(() => location.hash), specHash(modern));
  await page.click('.cm-content');
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
  await page.keyboard.type('\n# mine');
  await page.waitForFunction(() => location.hash.length > 10 && document.querySelector('#check-status.ok') !== null);
  const mine = await editorText(page);
  assert.match(mine, /\n# mine$/);
  await page.goto(base);
  await page.waitForFunction(() => (window as unknown as Instrumented).__checks.length > 0);
  assert.equal(await editorText(page), mine, 'localStorage kept it');

  // a link opened in another tab shows its spec, as an edit; the notice says how to get ours back
  const linked = await openPage(specHash('name: linked\ninput: [28, 28, 1]\nlayers:\n  - flatten\n  - dense: {units: 10}\n'), true);
  await linked.page.waitForFunction(() => document.querySelector('#check-name')?.textContent === 'linked');
  assert.match(await text(linked.page, '#notice'), /Undo/);
  await linked.page.click('.cm-content');
  await linked.page.keyboard.down('Control');
  await linked.page.keyboard.press('z');
  await linked.page.keyboard.up('Control');
  await linked.page.waitForFunction(() => document.querySelector('#check-name')?.textContent === 'lenet5-modern');
  assert.equal(await editorText(linked.page), mine);

  // a link that does not decode is said so, and the text stays
  const broken = await openPage('#spec=%%%', true);
  assert.match(await text(broken.page, '#notice'), /could not be read/);
  assert.equal(await editorText(broken.page), mine);
  assert.deepEqual([...problems, ...linked.problems, ...broken.problems], []);
  await Promise.all([page, linked.page, broken.page].map((p) => p.close()));
});

/** Picks the selected completion, after CodeMirror's interaction delay (it ignores Enter for 75 ms after the list opens). */
async function accept(page: Page): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 150));
  await page.keyboard.press('Enter');
}

test('completion offers the schema\'s keys and values where the cursor is', { skip, timeout: 60_000 }, async () => {
  const start = 'name: typed\ninput: [28, 28, 1]\nlayers:\n  - flatten\n  - dense: {units: 10, activation: ';
  const { page, problems } = await openPage(specHash(start));
  await page.click('.cm-content');
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
  await page.keyboard.type('re');
  await page.waitForSelector('.cm-tooltip-autocomplete li');
  const offered = await page.$$eval('.cm-tooltip-autocomplete li .cm-completionLabel', (labels) => labels.map((l) => l.textContent));
  assert.deepEqual(offered, ['relu', 'relu6']);
  await accept(page);
  await page.keyboard.type(', in');
  await page.waitForSelector('.cm-tooltip-autocomplete li');
  assert.deepEqual(await page.$$eval('.cm-tooltip-autocomplete li .cm-completionLabel', (labels) => labels.map((l) => l.textContent)), ['init']);
  await accept(page);
  await page.keyboard.type('he_n');
  await page.waitForSelector('.cm-tooltip-autocomplete li');
  await accept(page);
  await page.keyboard.type('}');
  // it checks, with a warning: relu on the logits trains badly
  await page.waitForSelector('#check-status.warning');
  assert.deepEqual(await page.$$eval('#diagnostics li', (items) => items.map((li) => (li as HTMLElement).dataset.code)), ['LOGITS_ACTIVATION']);
  assert.match(await editorText(page), /- dense: \{units: 10, activation: relu, init: he_normal}$/);
  assert.deepEqual(problems, []);
  await page.close();
});

/** Puts the cursor at the end of line `line` (1-based), as a person would with the keyboard. */
async function endOfLine(page: Page, line: number): Promise<void> {
  // a completion list left open would take the keys
  await page.keyboard.press('Escape');
  await page.keyboard.down('Control');
  await page.keyboard.press('Home');
  await page.keyboard.up('Control');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
}

/** The spec as the page checks it, in Node: spec.yaml beside the shipped specs. */
function checkLikeThePage(text: string) {
  return checkSpec({ file: 'spec.yaml', text }, { reader: { resolve: (_f, r) => r, read: (f) => (f === 'spec.yaml' ? undefined : fs.readFileSync(fromRoot('specs', f), 'utf8')) } });
}

test('YAML as it is typed: a half-typed key gets the parser\'s words at its line, and Enter starts the next list item or a key\'s value where YAML wants it', { skip, timeout: 60_000 }, async () => {
  const start = 'name: typed\ninput: [28, 28, 1]\ntrain:\n  epochs: 1\nlayers:\n  - conv: {filters: 6, kernel: 5}\n  - flatten\n  - dense: {units: 10, activation: none}';
  const { page, problems } = await openPage(specHash(start));
  await page.waitForSelector('#check-status.ok');
  await page.click('.cm-content');

  // a key typed before its colon: a YAML error, said as lenetc check says it, at the key
  await endOfLine(page, 4);
  await page.keyboard.press('Enter');
  await page.keyboard.type('lr', { delay: 50 });
  await page.waitForSelector('#diagnostics li[data-code="YAML_SYNTAX"]');
  const typed = await editorText(page);
  const expected = checkLikeThePage(typed).diagnostics.find((d) => d.code === 'YAML_SYNTAX')!;
  assert.equal(await text(page, '#diagnostics .headline'), `spec.yaml:5:3: error[YAML_SYNTAX]: ${expected.message}`);
  assert.match(await text(page, '#diagnostics li .frame'), new RegExp(`hint: ${expected.hint!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // in lenetc's words, not yaml's ("Implicit map keys need to be followed by map values")
  assert.doesNotMatch(expected.message, /Implicit|valid YAML/);
  assert.deepEqual(await page.$$eval('.cm-lintRange-error', (marks) => marks.map((m) => m.textContent)), ['lr']);
  await page.keyboard.type(': 0.05', { delay: 30 });
  await page.waitForSelector('#check-status.ok');

  // Enter after a key with nothing after it: its value one level deeper
  await endOfLine(page, 3);
  await page.keyboard.press('Enter');
  assert.equal((await editorText(page)).split('\n')[3], '  ');
  await page.keyboard.type('seed: 1', { delay: 30 });
  // Enter after a list item complete on its line: the next item in its column, not inside its map
  await endOfLine(page, 8);
  await page.keyboard.press('Enter');
  assert.equal((await editorText(page)).split('\n')[8], '  ');
  await page.keyboard.type('- pool: {size: 2}', { delay: 30 });
  await page.waitForSelector('#check-status.ok');
  assert.equal(await editorText(page), start.replace('train:', 'train:\n  seed: 1').replace('epochs: 1', 'epochs: 1\n  lr: 0.05').replace('kernel: 5}', 'kernel: 5}\n  - pool: {size: 2}'));
  assert.match(await text(page, '#trace'), /^conv 24×24×6 → pool 12×12×6 → flatten 864 → dense 10$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a malformed spec and a spec that does not fit the data set say so; panels keep the last good output', { skip, timeout: 60_000 }, async () => {
  const { page, problems } = await openPage(specHash('name: x\ninput: [28, 28, 1\nlayers: []\n'));
  await page.waitForSelector('#diagnostics li');
  assert.match(await text(page, '#diagnostics .headline'), /^spec\.yaml:\d+:\d+: error\[YAML_SYNTAX\]/);
  assert.match(await page.$eval('#check-panel', (p) => p.className), /stale/);

  await page.goto(base + specHash('name: big\ninput: [32, 32, 1]\nlayers:\n  - conv: {filters: 4, kernel: 5}\n  - flatten\n  - dense: {units: 10}\ntrain: {dataset: fashion-mnist}\n'));
  await page.reload();
  // the named data set's image size is known before any data loads: the check says so, at `input`
  await page.waitForSelector('#diagnostics li[data-code="INPUT_MISMATCH"]');
  assert.match(await text(page, '#diagnostics .headline'), /^spec\.yaml:2:8: error\[INPUT_MISMATCH\]: the model takes 32×32×1 inputs but fashion-mnist's images are 28×28×1/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the data set: loaded from the server and validated; files that are not IDX are refused clearly; the device line says what training will use', { skip, timeout: 60_000 }, async () => {
  const { page, problems } = await openPage();
  await page.click('#tab-train');
  await page.waitForFunction(() => !/Looking/.test(document.querySelector('#device')?.textContent ?? 'Looking'));
  const hasAdapter = await page.evaluate(async () => Boolean(await (navigator as unknown as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu?.requestAdapter()));
  assert.match(await text(page, '#device'), hasAdapter ? /^WebGPU: training will run on / : /^No WebGPU here: .*compiled WebAssembly program/);
  assert.match(await text(page, '#data-fit'), /^lenet5-modern fits fashion-mnist/);

  await page.click('#data-server');
  await page.waitForSelector('#data-status.ok');
  assert.match(await text(page, '#data-status'), /30 training and 20 test images of 28×28, 10 classes/);
  assert.equal(await page.$$eval('#data-samples canvas', (c) => c.length), 10);

  // the four names, but not IDX inside
  const junk = path.join(tmp, 'junk');
  fs.mkdirSync(junk, { recursive: true });
  const names = ['train-images-idx3-ubyte', 'train-labels-idx1-ubyte', 't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'];
  for (const name of names) fs.writeFileSync(path.join(junk, name), 'this is a text file, not IDX\n');
  const input = await page.$('input#data-files');
  await input!.uploadFile(...names.map((n) => path.join(junk, n)));
  await page.waitForSelector('#data-status.error');
  assert.match(await text(page, '#data-status'), /^train-images-idx3-ubyte is not an IDX file: magic number 0x74686973/);
  assert.match(await text(page, '#data-status'), /hint: Pick the four IDX files of fashion-mnist/);
  assert.equal(await page.$$eval('#data-samples canvas', (c) => c.length), 0);

  // one file too few is named as such
  await input!.uploadFile(...names.slice(0, 3).map((n) => path.join(junk, n)));
  await page.waitForFunction(() => /t10k-labels file/.test(document.querySelector('#data-status')?.textContent ?? ''));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the emitted TypeScript downloads as lenetc emit --ts writes it', { skip, timeout: 60_000 }, async () => {
  const { page, problems } = await openPage();
  const downloads = path.join(tmp, 'downloads');
  fs.mkdirSync(downloads, { recursive: true });
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, browserContextId: page.browserContext().id });
  await page.click('#tab-code');
  await page.click('#download-code');
  const file = path.join(downloads, 'lenet5-modern.ts');
  for (let i = 0; i < 100 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
  // the first visit's modern.yaml, as the page checks it: spec.yaml beside the shipped specs it extends
  const spec = fs.readFileSync(fromRoot('specs', 'modern.yaml'), 'utf8');
  const checked = checkSpec({ file: 'spec.yaml', text: spec }, { reader: { resolve: (_f, r) => r, read: (f) => (f === 'spec.yaml' ? undefined : fs.readFileSync(fromRoot('specs', f), 'utf8')) } });
  assert.ok(checked.ok);
  assert.equal(fs.readFileSync(file, 'utf8'), emitTypeScript(checked.model!, checked.shapes!, { specFile: 'spec.yaml', seed: checked.model!.train.seed }));
  assert.equal(await text(page, '#code'), fs.readFileSync(file, 'utf8'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('the static build works from any web server: no data route, so it offers file pickers and a URL', { skip, timeout: 60_000 }, async () => {
  // a plain static server, as any host would be: files from dist/web/ and nothing else
  const server = await serveStatic(fromRoot('dist', 'web'));
  try {
    const page = await freshPage(browser, [server.url]);
    const problems: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`); });
    await page.goto(server.url);
    await page.waitForSelector('#check-status.ok');
    assert.match(await text(page, '#trace'), /→ dense 10$/);
    // served, the page's own script runs and takes down the word for a page opened from a file
    assert.equal(await page.$('#not-served'), null);
    await page.click('#tab-train');
    assert.equal(await page.$eval('#data-server', (b) => (b as HTMLElement).hidden), true);
    assert.equal(await page.$eval('#data-static-note', (n) => (n as HTMLElement).hidden), false);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    server.close();
  }
});

/**
 * What the static copy may weigh: 3.8 MiB when this was written (the wasm binaries and tfjs), 18 MiB
 * with its source maps; 4.7 MiB since training on the CPU brings wabt (0.9 MiB, which assembles the
 * compiled program in the tab, loaded with training, not with the page).
 */
const STATIC_SITE_BYTES = 5 * 1024 * 1024;

test('the static copy has no source maps and stays small; opened from file:// it says to serve it, and how', { skip, timeout: 60_000 }, async () => {
  const root = fromRoot('dist', 'web');
  const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(root, f)).isFile());
  assert.deepEqual(files.filter((f) => f.endsWith('.map')), []);
  // nor does any script point at one
  for (const f of files.filter((f) => f.endsWith('.js') || f.endsWith('.css'))) assert.doesNotMatch(fs.readFileSync(path.join(root, f), 'utf8'), /sourceMappingURL/, f);
  const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(root, f)).size, 0);
  console.log(`# dist/web: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MiB`);
  assert.ok(bytes < STATIC_SITE_BYTES, `dist/web is ${bytes} bytes`);

  const page = await freshPage(browser, []);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`file://${path.join(root, 'index.html')}`);
  // the module script is blocked; the inline one says what to do instead of "Checking…" for good
  const notice = await page.waitForSelector('#not-served:not([hidden])');
  const said = await notice!.evaluate((n) => ({ text: n.textContent ?? '', commands: Array.from(n.querySelectorAll('code'), (c) => c.textContent) }));
  assert.deepEqual(said.commands, ['npx lenetc playground', `python3 -m http.server -d ${root} 8000`, 'http://localhost:8000/']);
  assert.match(said.text, /has to be served/);
  assert.match(await page.$eval('#check-status', (s) => s.className), /\berror\b/);
  assert.doesNotMatch(await text(page, '#check-status'), /Checking/);
  assert.deepEqual(errors, []);
  await page.close();
});
