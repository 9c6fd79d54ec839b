/**
 * `npm run bench:tab`: training speed in the playground's tab, in headless Chromium (Debian's,
 * or $LENETC_CHROMIUM), on Fashion-MNIST, for the ways the tab trains on the CPU:
 *   - `threads`: lenetc's compiled program on worker threads, on the page `lenetc playground`
 *     serves (cross-origin isolated, so it has shared memory; one thread per core, up to 8);
 *   - `one-thread`: the compiled program on the tab's thread, on a static copy of dist/web served
 *     without cross-origin isolation (as most hosts would serve it);
 *   - `tfjs`: TensorFlow.js's wasm backend op by op with lenetc's kernels (the Device box's
 *     tfjs-wasm), on the static copy: what the tab trains with when asked to, today;
 *   - `before` (with --before DIR): the page as an earlier commit built it (DIR holds its dist/web),
 *     served statically and trained with its own `wasm` choice: the tab as it was, re-measured
 *     beside today's (`git worktree add ../before REV && (cd ../before && npm ci && npm run build:web)`).
 * Each rep trains every mode once, in turn (so each sees the same machine load), each in a
 * browser of its own (in one browser, a run on one thread gave 5,500 or 9,000 images/s from run to
 * run; fresh, 9,000–9,100 but for a rep when the whole machine was slow), through the page's own form, and reads the last epoch's images/s from the page's progress line (the
 * epoch's images over its training time). Prints one JSON line per run, then the medians.
 * Flags: --spec (default specs/modern.yaml), --images (training images, 10000), --batch (128),
 * --epochs (3; the last one is measured), --reps (3), --modes (threads,one-thread,tfjs, and before
 * with --before DIR).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { startPlayground } from '../src/server/playground.js';
import { specHash } from '../src/web/share.js';
import { chromiumSkip, launchChromium, serveStatic } from '../test/helpers/playground.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const FASHION = process.env.LENETC_FASHION_MNIST ?? '/usr/share/datasets/fashion-mnist';
const FILES = ['train-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz', 't10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz'];
const MODES = ['threads', 'one-thread', 'tfjs', 'before'] as const;
type Mode = (typeof MODES)[number];

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: path.join(root, 'specs', 'modern.yaml') },
    images: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '128' },
    epochs: { type: 'string', default: '3' },
    reps: { type: 'string', default: '3' },
    modes: { type: 'string' },
    before: { type: 'string' },
  },
});
const modes = (values.modes ?? `threads,one-thread,tfjs${values.before ? ',before' : ''}`).split(',').map((m) => {
  if (!(MODES as readonly string[]).includes(m)) throw new Error(`bench:tab: no mode "${m}" (modes: ${MODES.join(', ')})`);
  return m as Mode;
});
if (modes.includes('before') && !(values.before && fs.existsSync(path.join(values.before, 'index.html')))) throw new Error('bench:tab: the before mode needs --before DIR, a dist/web folder an earlier commit built (DIR/index.html)');
if (chromiumSkip) throw new Error(`bench:tab: ${chromiumSkip}`);
const missing = FILES.filter((f) => !fs.existsSync(path.join(FASHION, f)));
if (missing.length) throw new Error(`bench:tab: no ${missing.join(', ')} in ${FASHION} (apt-get install dataset-fashion-mnist, or set LENETC_FASHION_MNIST)`);
if (!fs.existsSync(path.join(root, 'dist', 'web', 'index.html'))) throw new Error('bench:tab: no dist/web: run npm run build first');

/** One measured run: its mode, the device line the page showed, the last epoch's images/s. */
interface TabRun {
  mode: Mode;
  imagesPerSecond: number;
  device: string;
  rep: number;
}

/** Trains the spec once in a fresh context of `browser` at `url`, as a user would, and reads the last epoch's speed. */
async function trainOnce(browser: Browser, url: string, mode: Mode, hash: string): Promise<{ imagesPerSecond: number; device: string }> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.evaluateOnNewDocument('window.__name = (fn) => fn;');
    await page.goto(url + hash);
    await page.waitForSelector('#check-status.ok');
    await page.click('#tab-train');
    await (await page.$('input#data-files'))!.uploadFile(...FILES.map((f) => path.join(FASHION, f)));
    await page.waitForSelector('#data-status.ok');
    // (an earlier page's `wasm`, before the compiled program, is tfjs's wasm backend op by op)
    await page.select('#train-device', mode === 'tfjs' ? 'tfjs-wasm' : 'wasm');
    const fields: Record<string, string> = { 'train-epochs': values.epochs, 'train-batch': values.batch, 'train-limit': values.images, 'val-limit': '1000', 'train-lr': '' };
    for (const [id, value] of Object.entries(fields)) await page.$eval(`#${id}`, (input, v) => { (input as HTMLInputElement).value = v; }, value);
    // every progress line, as the page shows it
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __lines: string[] }).__lines = seen;
      const node = document.querySelector('#train-status')!;
      new MutationObserver(() => seen.push(node.textContent ?? '')).observe(node, { childList: true, characterData: true, subtree: true });
    });
    await page.click('#train-start');
    await page.waitForFunction(() => /^(Done|The loss|Stopped)|\.hint:/.test(document.querySelector('#train-status')?.textContent ?? ''), { polling: 200 });
    const status = await page.$eval('#train-status', (n) => n.textContent ?? '');
    if (!status.startsWith('Done')) throw new Error(`bench:tab: ${mode}: ${status}`);
    const lines = await page.evaluate(() => (window as unknown as { __lines: string[] }).__lines);
    const epochs = Number(values.epochs);
    const last = lines.filter((l) => l.startsWith(`Epoch ${epochs}/${epochs}, `)).at(-1);
    const speed = last && /([\d,]+) images\/s$/.exec(last);
    if (!speed) throw new Error(`bench:tab: ${mode}: no progress line for epoch ${epochs}`);
    return { imagesPerSecond: Number(speed[1]!.replace(/,/g, '')), device: await page.$eval('#train-device-line', (n) => n.textContent ?? '') };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-bench-tab-'));
const served = await startPlayground({ webDir: path.join(root, 'dist', 'web'), host: '127.0.0.1', port: 0, data: { dataDir: FASHION, download: false } });
const staticCopy = await serveStatic(path.join(root, 'dist', 'web'));
const beforeCopy = values.before ? await serveStatic(path.resolve(values.before)) : undefined;
try {
  const hash = specHash(fs.readFileSync(values.spec, 'utf8'));
  const runs: TabRun[] = [];
  let version = '';
  for (let rep = 1; rep <= Number(values.reps); rep++) {
    for (const mode of modes) {
      const url = mode === 'threads' ? served.url : mode === 'before' ? beforeCopy!.url : staticCopy.url;
      // a browser of its own for each run, as a visitor's tab is
      const browser = await launchChromium(path.join(tmp, `profile-${rep}-${mode}`));
      try {
        version = (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium ');
        const run = { mode, rep, ...(await trainOnce(browser, url, mode, hash)) };
        runs.push(run);
        console.log(JSON.stringify(run));
      } finally {
        await browser.close();
      }
    }
  }
  const medians = Object.fromEntries(modes.map((m) => [m, median(runs.filter((r) => r.mode === m).map((r) => r.imagesPerSecond))]));
  // one thread of the compiled program against each op-by-op baseline measured beside it
  const ratios = Object.fromEntries((['tfjs', 'before'] as const).filter((m) => medians[m] && medians['one-thread']).map((m) => [`one-thread/${m}`, Number((medians['one-thread']! / medians[m]!).toFixed(2))]));
  console.log(JSON.stringify({ spec: path.basename(values.spec), browser: version, images: Number(values.images), batch: Number(values.batch), reps: Number(values.reps), median_images_per_s: medians, ratios }));
} finally {
  staticCopy.close();
  beforeCopy?.close();
  await served.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
