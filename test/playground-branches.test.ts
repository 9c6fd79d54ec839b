/**
 * Branched specs in the playground, in a real browser (Debian's chromium through puppeteer-core):
 * a small residual network shows its `from` column and its drawing's merges, completes the keys
 * of branches and blocks (from the JSON Schema, inside `blocks.X.layers` too), lists and hovers
 * a merge's diagnostic with its notes, and trains in the tab on wasm (a functional tfjs model).
 * (playground-train.test.ts trains it on the compiled WebGPU engine.) Every console error, page
 * error, failed request and HTTP error is collected and required absent.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type Page } from 'puppeteer-core';
import { specHash } from '../src/web/share.js';
import { chromiumSkip, freshPage, launchChromium, startPlayground, watchPage, type RunningPlayground } from './helpers/playground.js';
import { TINY_RESIDUAL as RESIDUAL, writeTinyIdx } from './helpers/tiny-dataset.js';

const FASHION = process.env.LENETC_FASHION_MNIST ?? '/usr/share/datasets/fashion-mnist';
const FILES = ['train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz', 't10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz'];
const skip = chromiumSkip;
const skipReal = skip || (FILES.every((f) => fs.existsSync(path.join(FASHION, f))) ? false : `no Fashion-MNIST in ${FASHION} (apt-get install fashion-mnist, or set LENETC_FASHION_MNIST)`);

// line 17 is the block's use; its stride 2 makes the block's add see 7×7 against its 14×14 input
const MISMATCH = RESIDUAL.replace('- block: {use: residual, filters: 16}', '- block: {use: residual, filters: 16, stride: 2}');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-playground-branches-'));
let served: RunningPlayground | undefined;
let browser: Browser;

before(async () => {
  if (skip) return;
  served = await startPlayground(['--port', '0', '--data', writeTinyIdx(path.join(tmp, 'data'), 40, 20)], tmp);
  browser = await launchChromium(path.join(tmp, 'cpu'));
});

after(async () => {
  if (skip) return;
  await browser?.close();
  await served?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A fresh page on `hash`, recording its problems, once it has checked its text. */
async function openPage(on: Browser, hash: string): Promise<{ page: Page; problems: string[] }> {
  const page = await freshPage(on, [served!.url]);
  await page.setViewport({ width: 1400, height: 1000 });
  page.setDefaultTimeout(20_000);
  const { problems } = watchPage(page);
  // tsx's keepNames wraps named functions in page functions in a Node-only `__name` helper
  await page.evaluateOnNewDocument('window.__name = (fn) => fn;');
  await page.goto(served!.url + hash);
  await page.waitForSelector('#check-status.ok, #check-status.error, #check-status.warning');
  return { page, problems };
}

const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? '');
const editorText = (page: Page) => page.$$eval('.cm-content .cm-line', (lines) => lines.map((l) => l.textContent).join('\n'));

/** Sets the training form's fields by id (an empty string: the spec's value). */
async function fill(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(fields)) {
    await page.$eval(`#${id}`, (input, v) => { (input as HTMLInputElement).value = v; }, value);
  }
}

/** Presses Train and waits for the run to end (the Train button usable again); returns the status line. */
async function train(page: Page, timeout = 120_000): Promise<string> {
  await page.click('#train-start');
  await page.waitForFunction(() => (document.querySelector('#train-start') as HTMLButtonElement).disabled, { timeout: 5_000 }).catch(() => undefined);
  await page.waitForFunction(() => !(document.querySelector('#train-start') as HTMLButtonElement).disabled, { timeout, polling: 200 });
  return text(page, '#train-status');
}

/** The labels of the completion list, once it is open. */
async function completions(page: Page): Promise<string[]> {
  await page.waitForSelector('.cm-tooltip-autocomplete li');
  return page.$$eval('.cm-tooltip-autocomplete li .cm-completionLabel', (labels) => labels.map((l) => l.textContent ?? ''));
}

test('a residual spec: the table\'s from column, the drawing\'s merges as several arrows, completion of the branch and block keys', { skip, timeout: 120_000 }, async () => {
  const { page, problems } = await openPage(browser, specHash(RESIDUAL));
  assert.match(await page.$eval('#check-status', (s) => s.className), /\bok\b/);
  // the table: a `from` column, filled where a layer takes other than the layer above
  const header = await page.$$eval('#check-table thead th', (ths) => ths.map((th) => th.textContent));
  assert.deepEqual(header, ['#', 'layer', 'kind', 'from', 'output', 'params', 'MACs', 'RF']);
  const rows = await page.$$eval('#check-table tbody tr', (trs) => trs.map((tr) => Array.from(tr.children).map((td) => td.textContent ?? '')));
  const from = new Map(rows.map((r) => [r[1], r[3]]));
  assert.equal(from.get('residual1_add1'), 'residual1_bn + pool1');
  assert.equal(from.get('side'), 'pool1');
  assert.equal(from.get('concat1'), 'residual1_add1, side');
  assert.equal(from.get('residual1_conv2'), '');
  assert.equal(rows.find((r) => r[1] === 'concat1')![4], '14×14×24');

  // the drawing: a box per layer, the add and the concat each entered by two arrows at two points
  assert.equal(await page.$$eval('#graph svg g.layer', (g) => g.length), 1 + rows.length - 1);
  const into = (name: string) => page.$$eval(`#graph svg .edge[data-to="${name}"]`, (edges) => edges.map((e) => {
    const points = e.tagName === 'line' ? [e.getAttribute('x2'), e.getAttribute('y2')].join(',') : e.getAttribute('points')!.trim().split(/\s+/).at(-1)!;
    return { from: e.getAttribute('data-from'), end: points };
  }));
  for (const [merge, sources] of [['residual1_add1', ['pool1', 'residual1_bn']], ['concat1', ['residual1_add1', 'side']]] as const) {
    const arrows = await into(merge);
    assert.deepEqual(arrows.map((a) => a.from).sort(), [...sources].sort(), merge);
    assert.equal(new Set(arrows.map((a) => a.end)).size, 2, `${merge}: two arrowheads`);
  }
  // the side branch stands beside the block, not under it
  const boxX = (name: string) => page.$eval(`#graph svg g.layer[data-name="${name}"] rect`, (r) => Number(r.getAttribute('x')));
  const boxY = (name: string) => page.$eval(`#graph svg g.layer[data-name="${name}"] rect`, (r) => Number(r.getAttribute('y')));
  assert.equal(await boxY('side'), await boxY('residual1_conv1'));
  assert.notEqual(await boxX('side'), await boxX('residual1_conv1'));

  // completion of the new keys, from the schema: inside blocks.X.layers, in the layers, in a pool
  const typeAtEnd = async (before: string, typed: string) => {
    await page.evaluate((hash) => { location.hash = hash; }, specHash(before));
    await page.waitForFunction((t) => Array.from(document.querySelectorAll('.cm-content .cm-line')).map((l) => l.textContent).join('\n') === t, {}, before);
    await page.click('.cm-content');
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
    await page.keyboard.type(typed);
    const offered = await completions(page);
    await page.keyboard.press('Escape');
    return offered;
  };
  const inBlock = 'name: x\ninput: [28, 28, 1]\nblocks:\n  residual:\n    params: {filters: null}\n    layers:\n      - conv: {filters: $filters, kernel: 1}\n      - ';
  assert.deepEqual(await typeAtEnd(inBlock, 'ad'), ['add']);
  assert.deepEqual(await typeAtEnd(`${inBlock}add: {`, 'f'), ['from']);
  assert.deepEqual(await typeAtEnd(`${inBlock}conv: {filters: 2, kernel: 1, `, 'fr'), ['from']);
  assert.deepEqual(await typeAtEnd('name: x\ninput: [28, 28, 1]\n', 'bl'), ['blocks']);
  const inLayers = 'name: x\ninput: [28, 28, 1]\nlayers:\n  - ';
  assert.deepEqual(await typeAtEnd(inLayers, 'bl'), ['block']);
  assert.deepEqual((await typeAtEnd(inLayers, 'con')).sort(), ['concat', 'conv']);
  assert.deepEqual(await typeAtEnd(`${inLayers}block: {use: residual, `, 're'), ['repeat']);
  assert.deepEqual(await typeAtEnd(`${inLayers}pool: {type: avg, size: `, 'gl'), ['global']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a merge whose branches differ: the list shows the error with its notes as links, the hover shows them, their places are marked', { skip, timeout: 60_000 }, async () => {
  const { page, problems } = await openPage(browser, specHash(MISMATCH));
  await page.waitForSelector('#diagnostics li[data-code="MERGE_SHAPE_MISMATCH"]');
  const headline = await text(page, '#diagnostics li[data-code="MERGE_SHAPE_MISMATCH"] .headline');
  // at the block's add, where `input` (the branch that differs) is named
  assert.match(headline, /^spec\.yaml:13:26: error\[MERGE_SHAPE_MISMATCH\]: /);
  const notes = await page.$$eval('#diagnostics li[data-code="MERGE_SHAPE_MISMATCH"] .note-headline', (b) => b.map((e) => e.textContent ?? ''));
  assert.equal(notes.length, 2, notes.join('\n'));
  assert.match(notes[0]!, /^spec\.yaml:17:5: note: in residual1, a use of block `residual`$/);
  assert.match(notes[1]!, /^spec\.yaml:16:5: note: this branch ends in pool1, 14×14×16$/);
  // each note is printed as the CLI prints it: its own code frame under it
  assert.match(await text(page, '#diagnostics .diagnostic-note .frame'), /17 \| {3}- block: \{use: residual, filters: 16, stride: 2\}/);

  // a note's link selects its place in the editor
  await page.click('#diagnostics .diagnostic-note .note-headline');
  await page.waitForFunction(() => /^ {2}- block: \{use: residual, filters: 16, stride: 2\}$/.test(document.querySelector('.cm-activeLine')?.textContent ?? ''), { timeout: 5_000 });
  assert.equal(await page.evaluate(() => getSelection()?.toString()), 'block: {use: residual, filters: 16, stride: 2}');

  // the places the notes name are marked in the text; the hover of the error lists the notes with their lines
  const marked = await page.$$eval('.cm-lintRange-info', (marks) => marks.map((m) => m.textContent));
  assert.ok(marked.includes('block: {use: residual, filters: 16, stride: 2}'), marked.join(' | '));
  await page.hover('.lenetc-MERGE_SHAPE_MISMATCH');
  const tooltip = await page.waitForSelector('.cm-tooltip-lint');
  const hover = await tooltip!.evaluate((t) => t.textContent ?? '');
  assert.match(hover, /error\[MERGE_SHAPE_MISMATCH\]/);
  assert.match(hover, /note: in residual1, a use of block `residual` \(line 17\)/);
  assert.match(hover, /note: this branch ends in pool1, 14×14×16 \(line 16\)/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a residual spec trains for 1 epoch on 2,000 Fashion-MNIST images in the tab (wasm): above chance, per class, feature maps', { skip: skipReal, timeout: 240_000 }, async () => {
  const { page, problems } = await openPage(browser, specHash(RESIDUAL));
  await page.click('#tab-train');
  await (await page.$('input#data-files'))!.uploadFile(...FILES.map((f) => path.join(FASHION, f)));
  await page.waitForSelector('#data-status.ok', { timeout: 60_000 });
  await page.select('#train-device', 'wasm');
  await fill(page, { 'train-epochs': '1', 'train-batch': '32', 'train-lr': '', 'train-limit': '2000', 'val-limit': '500' });
  const started = Date.now();
  const status = await train(page);
  console.log(`# tinyres on wasm, 1 epoch of 2,000 images: ${status} (${((Date.now() - started) / 1000).toFixed(1)} s with loading)`);
  const match = /^Done in [\d.]+ s: 1 epoch, val_acc (0\.\d+), val_loss [\d.]+ on 500 images\.$/.exec(status);
  assert.ok(match, status);
  assert.ok(Number(match[1]) > 0.4, `val_acc ${match[1]}, chance is 0.1`);
  assert.equal(await page.$eval('#train-curves', (c) => (c as HTMLElement).dataset.epochs), '1');
  assert.equal(await page.$$eval('#train-per-class tr', (trs) => trs.length), 11);
  // the feature maps of the functional model's first two convolutions
  await page.waitForSelector('#features .layer');
  assert.deepEqual(await page.$$eval('#features .layer h4', (h) => h.map((e) => e.textContent)), ['stem: 16 maps of 28×28', 'residual1_conv1: 16 maps of 14×14']);
  assert.equal(await editorText(page), RESIDUAL);
  assert.deepEqual(problems, []);
  await page.close();
});
