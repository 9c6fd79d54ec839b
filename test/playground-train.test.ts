/**
 * Training in the playground's tab, in a real browser (Debian's chromium through puppeteer-core):
 * the Train form on Fashion-MNIST with lenetc's compiled WebAssembly program, Stop, the results
 * (curves, per class, confusion, the weights, feature maps), the errors a user can cause, and the
 * compiled WebGPU engine on SwiftShader (a second browser with WebGPU on) training a branched
 * spec, with its device lost mid-training. Every console error, page error, failed request and HTTP error is collected and
 * required absent.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { specHash } from '../src/web/share.js';
import { fromRoot } from './helpers/paths.js';
import { chromiumSkip, freshPage, launchChromium, serveStatic, startPlayground, watchPage, type RunningPlayground } from './helpers/playground.js';
import { TINY_RESIDUAL, writeTinyIdx } from './helpers/tiny-dataset.js';

const FASHION = process.env.LENETC_FASHION_MNIST ?? '/usr/share/datasets/fashion-mnist';
const FILES = ['train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz', 't10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz'];
const skip = chromiumSkip;
const skipReal = skip || (FILES.every((f) => fs.existsSync(path.join(FASHION, f))) ? false : `no Fashion-MNIST in ${FASHION} (apt-get install fashion-mnist, or set LENETC_FASHION_MNIST)`);

/** d2l's LeNet-5 with ReLU, max pooling and momentum (specs/modern.yaml). */
const MODERN = fs.readFileSync(fromRoot('specs', 'modern.yaml'), 'utf8');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-playground-train-'));
let served: RunningPlayground | undefined;
/** Without WebGPU (as the other browser tests run), and with SwiftShader's WebGPU adapter. */
let cpuBrowser: Browser;
let gpuBrowser: Browser | undefined;

before(async () => {
  if (skip) return;
  served = await startPlayground(['--port', '0', '--data', writeTinyIdx(path.join(tmp, 'data'), 40, 20)], tmp);
  cpuBrowser = await launchChromium(path.join(tmp, 'cpu'));
});

after(async () => {
  if (skip) return;
  await cpuBrowser?.close();
  await gpuBrowser?.close();
  await served?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A fresh page on `hash` (of the playground's page, or of the page at `base`), recording its problems and the paths it fetched, with the training tab open. */
async function openPage(browser: Browser, hash: string, base = served!.url): Promise<{ page: Page; problems: string[]; loaded: string[] }> {
  const page = await freshPage(browser, [base]);
  await page.setViewport({ width: 1400, height: 1000 });
  page.setDefaultTimeout(20_000);
  const { problems, loaded } = watchPage(page);
  // tsx's keepNames wraps named functions in page functions in a Node-only `__name` helper
  await page.evaluateOnNewDocument('window.__name = (fn) => fn;');
  // the test's handle on the GPU devices the page asks for, to destroy one mid-training
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __devices: GPUDevice[] };
    w.__devices = [];
    const adapter = (globalThis as unknown as { GPUAdapter?: { prototype: GPUAdapter } }).GPUAdapter;
    if (!adapter) return;
    const request = adapter.prototype.requestDevice;
    adapter.prototype.requestDevice = async function (this: GPUAdapter, descriptor?: GPUDeviceDescriptor) {
      const device = await request.call(this, descriptor);
      w.__devices.push(device);
      return device;
    };
  });
  await page.goto(base + hash);
  await page.waitForSelector('#check-status.ok, #check-status.error');
  await page.click('#tab-train');
  return { page, problems, loaded };
}

const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? '');
const editorText = (page: Page) => page.$$eval('.cm-content .cm-line', (lines) => lines.map((l) => l.textContent).join('\n'));

/** Sets the form's fields by id (an empty string: the spec's value). */
async function fill(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(fields)) {
    await page.$eval(`#${id}`, (input, v) => { (input as HTMLInputElement).value = v; }, value);
  }
}

/**
 * Asserts that the Device panel (#device) and the run's own line (#train-device-line) name one
 * device, for one reason: the GPU adapter by name, or wasm with the panel's reason.
 */
async function assertSameDevice(page: Page): Promise<void> {
  const panel = await text(page, '#device');
  const run = await text(page, '#train-device-line');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const gpu = /^WebGPU: training will run on (.+?)(, a software renderer .*)? with lenetc's compiled engine\.$/.exec(panel);
  const fallback = /^No WebGPU here: (.+?)\. Training will run on the CPU/.exec(panel);
  if (gpu) assert.match(run, new RegExp(`^Training on WebGPU with lenetc's compiled engine: ${escape(gpu[1]!)}${gpu[2] ? ' \\(a software renderer' : '\\.$'}`));
  else if (fallback) assert.match(run, new RegExp(`^Training on the CPU with lenetc's compiled program \\(WebAssembly SIMD with fused multiply-adds, ${THREADS.source}\\): ${escape(fallback[1]!)}\\.`));
  else if (/as you chose\.$/.test(panel)) assert.match(run, /^Training on the CPU with .*: you chose wasm\./);
  else assert.fail(`the Device panel says neither WebGPU nor wasm: ${panel}`);
}

/** How many threads the compiled program says it runs on: the tab's cores where the page is cross-origin isolated, else one, and why. */
const THREADS = /(\d+ threads|one thread)/;

/** The weights a finished run offers for download (weights.bin), through the page's own button. */
async function downloadWeights(page: Page, folder: string): Promise<Buffer> {
  fs.mkdirSync(folder, { recursive: true });
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder, browserContextId: page.browserContext().id });
  await page.click('#train-download');
  const weights = path.join(folder, 'weights.bin');
  for (let i = 0; i < 100 && !(fs.existsSync(weights) && fs.existsSync(path.join(folder, 'model.json'))); i++) await new Promise((r) => setTimeout(r, 50));
  return fs.readFileSync(weights);
}

/** Presses Train and waits for the run to end (the Train button usable again); returns the status line. */
async function train(page: Page, timeout = 90_000): Promise<string> {
  await page.click('#train-start');
  await page.waitForFunction(() => (document.querySelector('#train-start') as HTMLButtonElement).disabled, { timeout: 5_000 }).catch(() => undefined);
  await page.waitForFunction(() => !(document.querySelector('#train-start') as HTMLButtonElement).disabled, { timeout, polling: 200 });
  return text(page, '#train-status');
}

test('modern trains for 1 epoch on 2,000 Fashion-MNIST images on wasm: a curve point, val_acc > 0.5, per class, confusion, the weights, feature maps', { skip: skipReal, timeout: 240_000 }, async () => {
  const { page, problems, loaded } = await openPage(cpuBrowser, specHash(MODERN));
  const spec = await editorText(page);
  const input = await page.$('input#data-files');
  await input!.uploadFile(...FILES.map((f) => path.join(FASHION, f)));
  await page.waitForSelector('#data-status.ok', { timeout: 60_000 });
  // nothing of training has been fetched yet: tfjs, the engine, vega and the wasm binaries come with Train
  const before = new Set(loaded);
  assert.ok(![...before].some((p) => p.endsWith('.wasm')));

  await page.select('#train-device', 'auto');
  await fill(page, { 'train-epochs': '1', 'train-batch': '32', 'train-lr': '', 'train-limit': '2000', 'val-limit': '1000' });
  const started = Date.now();
  const status = await train(page);
  console.log(`# wasm, 1 epoch of 2,000 images: ${status} (${((Date.now() - started) / 1000).toFixed(1)} s with loading)`);
  assert.match(await text(page, '#train-device-line'), new RegExp(`^Training on the CPU with lenetc's compiled program \\(WebAssembly SIMD with fused multiply-adds, ${THREADS.source}\\): the browser offers no WebGPU adapter`));
  await assertSameDevice(page);
  const match = /^Done in [\d.]+ s: 1 epoch, val_acc (0\.\d+), val_loss [\d.]+ on 1,000 images\.$/.exec(status);
  assert.ok(match, status);
  assert.ok(Number(match[1]) > 0.5, `val_acc ${match[1]}`);
  // a run that learns is not at chance: no warning
  assert.equal(await page.$eval('#train-warning', (w) => (w as HTMLElement).hidden), true);
  const fetched = loaded.filter((p) => !before.has(p));
  assert.ok(fetched.some((p) => /\/assets\/tfjs-backend-wasm-simd-\w+\.wasm$/.test(p)), fetched.join(' '));
  // the training code came as the build's on-demand chunks (scripts/build-web.mjs lists them)
  const meta = JSON.parse(fs.readFileSync(fromRoot('dist', 'web-meta.json'), 'utf8')) as { lazy: string[] };
  assert.ok(fetched.some((p) => p.endsWith('.js') && meta.lazy.includes(p.slice(1))), fetched.join(' '));

  // the curves: one epoch, a point for each of train and val in loss and accuracy (and the rate)
  assert.equal(await page.$eval('#train-curves', (c) => (c as HTMLElement).dataset.epochs), '1');
  assert.equal(await page.$$eval('#train-curves svg .mark-symbol.role-mark path', (p) => p.length), 5);
  // accuracy per class over the 1,000 images, and the confusion matrix's cells
  const rows = await page.$$eval('#train-per-class tr', (trs) => trs.slice(1).map((tr) => Array.from(tr.children).map((td) => td.textContent ?? '')));
  assert.equal(rows.length, 10);
  assert.equal(rows[0]![0], 'T-shirt/top');
  assert.equal(rows.reduce((n, r) => n + Number(r[2]), 0), 1000);
  const hits = rows.reduce((n, r) => n + Math.round(Number(r[1]) * Number(r[2])), 0);
  assert.ok(Math.abs(hits / 1000 - Number(match[1])) < 0.01, `${hits} right of 1,000 vs val_acc ${match[1]}`);
  // every cell, a count in each non-zero one (so at least the diagonal's), and each class's accuracy
  assert.equal(await page.$$eval('#train-confusion svg .mark-rect.role-mark path[aria-label*="count: "]', (t) => t.length), 100);
  const nonZero = rows.reduce((n, r) => n + (Number(r[1]) > 0 ? 1 : 0), 0);
  assert.ok(await page.$$eval('#train-confusion svg .mark-text.role-mark text', (t) => t.length) >= nonZero + 10);
  // legible as the page shows them (the tab's copy once had ~7 px cell text): no visible text under 10 px tall
  const small = await page.$$eval('#train-confusion svg text', (texts) => texts
    .filter((t) => getComputedStyle(t).opacity !== '0' && (t.textContent ?? '').trim() !== '')
    .map((t) => [t.textContent, Number(getComputedStyle(t).fontSize.replace('px', '')) * Math.hypot(t.getScreenCTM()?.a ?? 1, t.getScreenCTM()?.b ?? 0)] as const)
    .filter(([, px]) => px < 10));
  assert.deepEqual(small, []);

  // the weights, as a tfjs model folder: model.json and the weights.bin it names, 61,706 floats
  const downloads = path.join(tmp, 'downloads');
  const weights = await downloadWeights(page, downloads);
  const manifest = JSON.parse(fs.readFileSync(path.join(downloads, 'model.json'), 'utf8')) as { format: string; weightsManifest: { paths: string[] }[] };
  assert.equal(manifest.format, 'layers-model');
  assert.deepEqual(manifest.weightsManifest[0]!.paths, ['weights.bin']);
  assert.equal(weights.length, 61_706 * 4);

  // feature maps of test image #0 (an ankle boot), then of the next, then of a drawing
  await page.waitForSelector('#features .layer');
  assert.deepEqual(await page.$$eval('#features .layer h4', (h) => h.map((e) => e.textContent)), ['conv1: 6 maps of 28×28', 'conv2: 16 maps of 10×10']);
  assert.match(await text(page, '#features-status'), /^test image #0: predicted [\w/ -]+ \(\d+\.\d%\), truly Ankle boot\.$/);
  await page.click('#features-next');
  await page.waitForFunction(() => /^test image #1:/.test(document.querySelector('#features-status')?.textContent ?? ''));
  const box = (await (await page.$('#features-draw'))!.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.15);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.85, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => /^your drawing: predicted/.test(document.querySelector('#features-status')?.textContent ?? ''));
  assert.equal(await page.$$eval('#features .layer canvas', (c) => c.length), 22);

  assert.equal(await editorText(page), spec, 'the editor keeps the text');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the compiled program trains on worker threads where the page is cross-origin isolated and on one thread where not, to the same weights bit for bit; tfjs-wasm can be chosen to compare', { skip: skipReal, timeout: 240_000 }, async () => {
  // the playground's page (cross-origin isolated) and a static copy of it (not), the same run on each
  const staticCopy = await serveStatic(fromRoot('dist', 'web'));
  try {
    const runs: { line: string; weights: Buffer; workers: number }[] = [];
    for (const base of [served!.url, staticCopy.url]) {
      const { page, problems, loaded } = await openPage(cpuBrowser, specHash(MODERN), base);
      await (await page.$('input#data-files'))!.uploadFile(...FILES.map((f) => path.join(FASHION, f)));
      await page.waitForSelector('#data-status.ok', { timeout: 60_000 });
      await page.select('#train-device', 'wasm');
      await fill(page, { 'train-epochs': '1', 'train-batch': '32', 'train-lr': '', 'train-limit': '1000', 'val-limit': '200' });
      assert.match(await train(page), /^Done in [\d.]+ s: 1 epoch, val_acc/);
      const workers = loaded.filter((p) => /\/assets\/cpu-worker-\w+\.js$/.test(p)).length;
      runs.push({ line: await text(page, '#train-device-line'), weights: await downloadWeights(page, path.join(tmp, `threads-${runs.length}`)), workers });
      if (base === staticCopy.url) {
        // TensorFlow.js op by op, which `auto` and wasm no longer use, is there to compare with
        await page.select('#train-device', 'tfjs-wasm');
        assert.match(await text(page, '#device'), /^Training will run on the CPU with TensorFlow\.js's wasm backend, op by op/);
        await fill(page, { 'train-limit': '256', 'val-limit': '100' });
        assert.match(await train(page), /^Done in [\d.]+ s: 1 epoch, val_acc/);
        assert.match(await text(page, '#train-device-line'), /^Training on the CPU with TensorFlow\.js's wasm backend \(SIMD, one thread\) and lenetc's kernels, op by op: you chose tfjs-wasm\./);
      }
      assert.deepEqual(problems, []);
      await page.close();
    }
    const [isolated, single] = runs as [typeof runs[0], typeof runs[0]];
    const cores = await (await cpuBrowser.pages())[0]!.evaluate(() => navigator.hardwareConcurrency);
    const threads = Math.min(cores, 8);
    if (threads > 1) {
      assert.match(isolated.line, new RegExp(`^Training on the CPU with lenetc's compiled program \\(WebAssembly SIMD with fused multiply-adds, ${threads} threads\\): you chose wasm\\.$`));
      // each worker loads the worker script (the browser's cache may serve it to the later ones)
      assert.ok(isolated.workers >= 1, 'no worker script was fetched');
    }
    assert.equal(single.line, "Training on the CPU with lenetc's compiled program (WebAssembly SIMD with fused multiply-adds, one thread): you chose wasm. One thread, as this page is not cross-origin isolated, so it has no shared memory for worker threads (`lenetc playground` serves it isolated).");
    assert.equal(single.workers, 0);
    assert.ok(isolated.weights.equals(single.weights), 'the weights after one epoch differ between the thread counts');
  } finally {
    staticCopy.close();
  }
});

test('a CPU worker thread that cannot start is said in the page, with what to do, and Train works again', { skip, timeout: 120_000 }, async () => {
  const { page, problems } = await openPage(cpuBrowser, specHash(MODERN));
  const threads = await page.evaluate(() => (crossOriginIsolated ? Math.min(navigator.hardwareConcurrency, 8) : 1));
  if (threads < 2) return; // one core: the program runs on the tab's thread, with no worker to lose
  await page.click('#data-server');
  await page.waitForSelector('#data-status.ok');
  await page.select('#train-device', 'wasm');
  await fill(page, { 'train-epochs': '1', 'train-batch': '8', 'train-limit': '40', 'val-limit': '20' });
  // the worker's script never arrives
  await page.setRequestInterception(true);
  const block = (request: HTTPRequest) => void (/\/assets\/cpu-worker-\w+\.js$/.test(request.url()) ? request.abort() : request.continue());
  page.on('request', block);
  assert.equal(await train(page), 'A CPU worker thread failed: its script could not be loaded.hint: Reload the page and train again; if it happens again, choose "tfjs-wasm" as the device.');
  assert.ok(problems.length > 0 && problems.every((p) => /^failed: .*\/assets\/cpu-worker-\w+\.js net::ERR_ABORTED$/.test(p)), problems.join('\n'));
  // with the script back, the same run trains
  page.off('request', block);
  await page.setRequestInterception(false);
  assert.match(await train(page), /^Done in [\d.]+ s: 1 epoch, val_acc/);
  await page.close();
});

test('Stop ends a run mid-epoch: a checkpoint\'s weights are evaluated and shown, and Train works again', { skip: skipReal, timeout: 240_000 }, async () => {
  const { page, problems } = await openPage(cpuBrowser, specHash(MODERN));
  await (await page.$('input#data-files'))!.uploadFile(...FILES.map((f) => path.join(FASHION, f)));
  await page.waitForSelector('#data-status.ok', { timeout: 60_000 });
  await page.select('#train-device', 'wasm');
  await fill(page, { 'train-epochs': '2', 'train-batch': '32', 'train-limit': '60000', 'val-limit': '500' });
  await page.click('#train-start');
  await page.waitForFunction(() => /^Epoch 1\/2, batch (\d{2,})\//.test(document.querySelector('#train-status')?.textContent ?? ''), { timeout: 60_000, polling: 50 });
  await page.click('#train-stop');
  await page.waitForFunction(() => !(document.querySelector('#train-start') as HTMLButtonElement).disabled, { timeout: 30_000 });
  const status = await text(page, '#train-status');
  const match = /^Stopped at epoch 1, batch (\d+), after [\d.]+ s: val_acc 0\.\d+, val_loss [\d.]+ on 500 images\.$/.exec(status);
  assert.ok(match, status);
  assert.ok(Number(match[1]) >= 10 && Number(match[1]) < 1875, `stopped at batch ${match[1]} of 1,875`);
  assert.ok((await page.$eval('#train-progress', (p) => (p as HTMLProgressElement).value)) < 0.5);
  // no epoch ended: no curve, but the weights so far have their results
  assert.equal(await page.$eval('#train-curves', (c) => c.children.length), 0);
  assert.equal(await page.$eval('#train-results', (r) => (r as HTMLElement).hidden), false);
  assert.equal(await page.$$eval('#train-per-class tr', (trs) => trs.length), 11);

  // and again, to the end this time
  await fill(page, { 'train-epochs': '1', 'train-limit': '256', 'val-limit': '100' });
  assert.match(await train(page), /^Done in [\d.]+ s: 1 epoch, val_acc 0\.\d+, val_loss [\d.]+ on 100 images\.$/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('what keeps training from starting or ending well is said in the page: no data, a bad field, no WebGPU, a NaN loss, another data set, a spec that does not fit; the editor keeps the text', { skip, timeout: 240_000 }, async () => {
  const { page, problems, loaded } = await openPage(cpuBrowser, specHash(MODERN));
  const spec = await editorText(page);
  await fill(page, { 'train-epochs': '1', 'train-limit': '40', 'val-limit': '20' });
  // no data yet
  await page.click('#train-start');
  assert.match(await text(page, '#train-status'), /^No data loaded yet\.hint: Load fashion-mnist above/);
  await page.click('#data-server');
  await page.waitForSelector('#data-status.ok');
  // a field out of range
  await fill(page, { 'train-epochs': '0' });
  await page.click('#train-start');
  assert.match(await text(page, '#train-status'), /^Epochs: expected a whole number from 1 to 1000, found "0"\.$/);
  await fill(page, { 'train-epochs': '1', 'train-limit': '41' });
  await page.click('#train-start');
  assert.match(await text(page, '#train-status'), /^Training images: expected a whole number from 1 to 40, found "41"\.$/);
  // WebGPU asked for in a tab without it
  await fill(page, { 'train-limit': '40' });
  await page.select('#train-device', 'webgpu');
  // the Device panel follows the choice: WebGPU is what this tab cannot give
  await page.waitForSelector('#device.error');
  assert.match(await text(page, '#device'), /^WebGPU is chosen as the device, but the browser offers no WebGPU adapter/);
  assert.match(await train(page), /^Cannot train on WebGPU: the browser offers no WebGPU adapter \(no GPU, or WebGPU is turned off\)\.hint: Choose "wasm \(CPU\)" as the device/);
  // nothing but the training chunk (the error came from it) was fetched
  assert.ok(!loaded.some((p) => p.endsWith('.wasm')));
  // a learning rate that makes the loss NaN
  await page.select('#train-device', 'wasm');
  assert.match(await text(page, '#device'), /as you chose\.$/);
  await fill(page, { 'train-lr': '1e6', 'train-epochs': '5' });
  assert.match(await train(page), /^The loss became NaN at epoch \d, batch \d+: training stopped\.hint: Lower the learning rate\.$/);
  await assertSameDevice(page);
  assert.equal(await page.$eval('#train-results', (r) => (r as HTMLElement).hidden), true);
  await fill(page, { 'train-lr': '', 'train-epochs': '1' });

  // a spec for another data set, and a spec that does not fit the images
  await page.evaluate((hash) => { location.hash = hash; }, specHash(MODERN.replace(/^train:$/m, 'train:\n  dataset: mnist')));
  await page.waitForFunction(() => /mnist/.test(document.querySelector('.cm-content')?.textContent ?? ''));
  await page.waitForSelector('#check-status.ok');
  await page.select('#train-device', 'wasm');
  await page.click('#train-start');
  // (the fashion-mnist data is no use to it: the panel let it go)
  assert.match(await text(page, '#train-status'), /^No data loaded yet\.hint: Load mnist above/);
  const big = MODERN.replace('extends: lenet5.yaml', 'extends: lenet5.yaml\ninput: [32, 32, 1]');
  await page.evaluate((hash) => { location.hash = hash; }, specHash(big));
  await page.waitForSelector('#check-status.error');
  await page.click('#train-start');
  assert.match(await text(page, '#train-status'), /^The spec has errors: there is nothing to train yet\./);
  assert.equal(await editorText(page), big);
  assert.notEqual(big, spec);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a run at chance says so once, with the CLI\'s analysis: why (a rate far below its optimizer\'s, few steps) and what to do', { skip, timeout: 120_000 }, async () => {
  // a first visit (no link): the page opens on modern.yaml, which learns; a learning rate of 1e-9 keeps it where it starts
  const { page, problems } = await openPage(cpuBrowser, '');
  assert.equal(await editorText(page), MODERN);
  await page.click('#data-server');
  await page.waitForSelector('#data-status.ok');
  await page.select('#train-device', 'auto');
  await fill(page, { 'train-epochs': '2', 'train-batch': '8', 'train-lr': '1e-9', 'train-limit': '40', 'val-limit': '20' });
  assert.match(await train(page), /^Done in [\d.]+ s: 2 epochs, val_acc/);
  // (no WebGPU in this browser: the Device panel said wasm, and why, and the run says the same)
  assert.match(await text(page, '#device'), /^No WebGPU here: the browser offers no WebGPU adapter/);
  await assertSameDevice(page);
  const warning = await page.$eval('#train-warning', (w) => {
    const { hidden, dataset } = w as HTMLElement;
    return { hidden, text: w.textContent ?? '', code: dataset.code, epoch: dataset.epoch, causes: dataset.causes };
  });
  assert.equal(warning.hidden, false);
  assert.equal(warning.code, 'AT_CHANCE');
  // said after the first epoch, and not again after the second
  assert.equal(warning.epoch, '1');
  // 40 images in batches of 8: 5 steps, with momentum's usual rate 0.05 fifty million times larger
  assert.equal(warning.causes, 'lr_too_low few_steps');
  assert.match(warning.text, /^warning\[AT_CHANCE\]: val_acc 0\.\d{4} after epoch 1 is chance for 10 classes/);
  // the advice names the form's field, not the CLI's flag
  assert.doesNotMatch(warning.text, /--lr/);

  // the next run starts without the last one's warning: watched as it happens, since a short run
  // at chance may say so again before a poll would see the warning gone
  await fill(page, { 'train-lr': '', 'train-epochs': '1' });
  await page.evaluate(() => {
    const w = document.querySelector('#train-warning') as HTMLElement;
    const seen = window as unknown as { warningCleared: boolean };
    seen.warningCleared = false;
    new MutationObserver(() => { if (w.hidden) seen.warningCleared = true; }).observe(w, { attributes: true, attributeFilter: ['hidden'] });
  });
  await page.click('#train-start');
  await page.waitForFunction(() => (window as unknown as { warningCleared: boolean }).warningCleared, { timeout: 60_000 });
  await page.waitForFunction(() => !(document.querySelector('#train-start') as HTMLButtonElement).disabled, { timeout: 60_000 });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the compiled WebGPU engine trains a branched spec in the tab (SwiftShader), merges and all, and a device lost mid-training is said in the page', { skip, timeout: 240_000 }, async () => {
  gpuBrowser = await launchChromium(path.join(tmp, 'gpu'), true);
  const { page, problems } = await openPage(gpuBrowser, specHash(TINY_RESIDUAL));
  const spec = await editorText(page);
  await page.waitForFunction(() => !/Looking/.test(document.querySelector('#device')?.textContent ?? 'Looking'));
  // a software adapter: auto passes over it, as lenetc train does
  assert.match(await text(page, '#device'), /^No WebGPU here: the only WebGPU adapter is a software renderer \(google swiftshader\)/);
  await page.click('#data-server');
  await page.waitForSelector('#data-status.ok');
  await page.select('#train-device', 'webgpu');
  // chosen, the software adapter is what the panel now says training runs on
  assert.match(await text(page, '#device'), /^WebGPU: training will run on google swiftshader, a software renderer/);
  await fill(page, { 'train-epochs': '1', 'train-batch': '8', 'train-limit': '40', 'val-limit': '20' });
  // every status the run shows, as it shows it
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statuses: string[] }).__statuses = seen;
    const node = document.querySelector('#train-status')!;
    new MutationObserver(() => seen.push(node.textContent ?? '')).observe(node, { childList: true, characterData: true, subtree: true });
  });
  const started = Date.now();
  const status = await train(page);
  const statuses = await page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
  // the program compiles before the first step, and the page says so
  assert.ok(statuses.some((s) => /^Compiling the training program for the GPU: \d+\/\d+ kernels…$/.test(s)), statuses.join(' | '));
  console.log(`# webgpu engine on SwiftShader, 1 epoch of 40 images: ${status} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  assert.match(status, /^Done in [\d.]+ s: 1 epoch, val_acc [\d.]+, val_loss [\d.]+ on 20 images\.$/);
  assert.match(await text(page, '#train-device-line'), /^Training on WebGPU with lenetc's compiled engine: google swiftshader \(a software renderer/);
  await assertSameDevice(page);
  assert.equal(await page.$$eval('#train-curves svg .mark-symbol.role-mark path', (p) => p.length), 5);
  await page.waitForSelector('#features .layer');

  // the device goes away while it trains
  await fill(page, { 'train-epochs': '200' });
  await page.click('#train-start');
  await page.waitForFunction(() => /^Epoch \d+\/200/.test(document.querySelector('#train-status')?.textContent ?? ''), { timeout: 30_000, polling: 50 });
  await page.evaluate(() => (window as unknown as { __devices: GPUDevice[] }).__devices.at(-1)!.destroy());
  await page.waitForFunction(() => !(document.querySelector('#train-start') as HTMLButtonElement).disabled, { timeout: 30_000 });
  assert.match(await text(page, '#train-status'), /^The GPU device was lost mid-training \(destroyed.*\)\.hint: Train again/);
  assert.equal(await editorText(page), spec);
  assert.deepEqual(problems, []);
  await page.close();
});
