// Takes the README's two pictures of the playground, with `lenetc playground` run in-process:
// docs/playground.png, the Data & training tab after training d2l's modern LeNet for 3 epochs on
// 10,000 Fashion-MNIST images in the tab (wasm: headless chromium has no GPU), and
// docs/playground-check.png, a spec with a shape error opened through its link, the hover on the
// error shown. Needs Debian's chromium (or LENETC_CHROMIUM) and Fashion-MNIST where lenetc's data
// lookup finds it. Run: npm run build:web && node --import tsx scripts/screenshot-playground.ts
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { cli } from '../src/cli/index.js';
import { specHash } from '../src/web/share.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lenet5 = fs.readFileSync(path.join(root, 'specs', 'lenet5.yaml'), 'utf8');

const stop = new AbortController();
let announced: (url: string) => void;
const listening = new Promise<string>((resolve) => { announced = resolve; });
const served = cli(['playground', '--port', '0'], {
  stdout: (text) => { const match = /(http:\/\/\S+)/.exec(text); if (match) announced(match[1]!); },
  stderr: () => {},
  isTTY: false, cwd: root, env: {}, signal: stop.signal,
});
const url = await listening;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-screenshot-'));
const browser = await puppeteer.launch({
  executablePath: process.env.LENETC_CHROMIUM ?? '/usr/bin/chromium',
  headless: true, userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  await checkShot(browser);
  await trainingShot(browser);
} finally {
  await browser.close();
  stop.abort();
  await served;
  fs.rmSync(profile, { recursive: true, force: true });
}

/** d2l's LeNet-5 with a second convolution too large for its 14×14 input, the error hovered. */
async function checkShot(browser: Browser): Promise<void> {
  const out = path.join(root, 'docs', 'playground-check.png');
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport({ width: 1440, height: 900, deviceScaleFactor: 1 });
  await page.goto(url + specHash(lenet5.replace('{filters: 16, kernel: 5}', '{filters: 16, kernel: 15}')));
  await page.waitForSelector('.cm-lintRange-error');
  await page.hover('.cm-lintRange-error');
  await page.waitForSelector('.cm-tooltip-lint');
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(root, out)}`);
  await page.browserContext().close();
}

/** specs/modern.yaml trained in the tab: the curves, accuracy per class, confusion and feature maps. */
async function trainingShot(browser: Browser): Promise<void> {
  const out = path.join(root, 'docs', 'playground.png');
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport({ width: 1440, height: 1000, deviceScaleFactor: 1 });
  await page.goto(url + specHash(fs.readFileSync(path.join(root, 'specs', 'modern.yaml'), 'utf8')));
  await page.waitForSelector('#check-status.ok');
  await page.click('#tab-train');
  await page.click('#data-server');
  await page.waitForSelector('#data-status.ok, #data-status.error', { timeout: 120_000 });
  if (await page.$('#data-status.error')) throw new Error(`no data: ${await page.$eval('#data-status', (s) => s.textContent)}`);
  const set = (id: string, value: string) => page.$eval(`#${id}`, (input, v) => { (input as HTMLInputElement).value = v; }, value);
  await set('train-epochs', '3');
  await set('train-batch', '64');
  await set('train-limit', '10000');
  await set('val-limit', '2000');
  await page.click('#train-start');
  await page.waitForFunction(() => /^(Done|Stopped|The|Cannot|Training failed)/.test(document.querySelector('#train-status')?.textContent ?? ''), { timeout: 600_000, polling: 500 });
  console.log(await page.$eval('#train-status', (s) => s.textContent));
  await page.waitForSelector('#features .layer');
  // the page from the top of the Data & training tab's training part, as tall as it is
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${path.relative(root, out)}`);
  await page.browserContext().close();
}
