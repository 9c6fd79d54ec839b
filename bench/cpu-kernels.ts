/**
 * `npm run bench:cpu-kernels`: each function of the compiled CPU program (src/codegen/wasm) timed
 * alone, one thread, in Node's V8 and in headless Chromium's, for this checkout's codegen and,
 * with --before DIR, another checkout's (a `git worktree add DIR REV`; its sources are compiled
 * through tsx as this one's are). The variants run interleaved, rep by rep, on memories filled
 * alike, so each sees the same machine; a table per engine gives each function's median
 * milliseconds for a batch and the ratio to the first variant. --same then runs every function
 * once on each variant and says whether it left the memory bit for bit as the first did (where a
 * change claims the same floats).
 *
 * Why both engines: Node 20's V8 (11.3) loads every value of a loop body before its arithmetic and
 * spills where Chromium 156's (15.6) does not, so a kernel shaped for one can lose in the other.
 * Chromium's timer is coarsened to 0.1 ms there (no cross-origin isolation), so each of its
 * samples runs the function over the batch --inner times.
 *
 * Flags: --spec (specs/modern.yaml), --batch (128), --reps (25), --inner (Chromium: 5),
 * --engines (node,chromium), --fused (compile the multiply-adds fused, and turn relaxed SIMD on in
 * Node 20), --before DIR (a checkout with node_modules: `git worktree add DIR REV && ln -s
 * "$PWD/node_modules" DIR/`), --same.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { assemble } from '../src/codegen/wasm/assemble.js';
import type { CpuProgram } from '../src/codegen/wasm/index.js';
import { chromiumSkip, launchChromium } from '../test/helpers/playground.js';
import { loadSpecModel } from './train-step.js';

const { values } = parseArgs({
  options: {
    spec: { type: 'string', default: 'specs/modern.yaml' },
    batch: { type: 'string', default: '128' },
    reps: { type: 'string', default: '25' },
    inner: { type: 'string', default: '5' },
    engines: { type: 'string', default: 'node,chromium' },
    fused: { type: 'boolean', default: false },
    before: { type: 'string' },
    same: { type: 'boolean', default: false },
  },
});
const batch = Number(values.batch);
const engines = values.engines.split(',');
for (const e of engines) if (e !== 'node' && e !== 'chromium') throw new Error(`bench:cpu-kernels: no engine "${e}" (node, chromium)`);
if (engines.includes('chromium') && chromiumSkip) throw new Error(`bench:cpu-kernels: ${chromiumSkip}`);
// before any module is compiled: Node 20 validates relaxed SIMD only behind this flag
if (values.fused) v8.setFlagsFromString('--experimental-wasm-relaxed-simd');

/** One variant's module, as bytes, with every op function exported, and how to call its functions. */
interface Variant {
  name: string;
  bytes: number[];
  pages: number;
  labels: number;
  /** Functions called chunk by chunk (phases of kind 'chunks', every op function), then the once-a-batch phases. */
  calls: Array<{ name: string; kind: 'chunks' | 'once' }>;
}

/** The program of the spec compiled by the codegen of the checkout at `root`, every op function exported. */
async function variant(name: string, root: string): Promise<Variant> {
  const from = (file: string) => import(pathToFileURL(path.join(root, 'src', file)).href);
  const { compileCpuTraining } = await from('codegen/wasm/index.ts');
  const { planModel } = await from('plan/index.ts');
  const { inferShapes } = await from('shape-inference/index.ts');
  const model = loadSpecModel(values.spec);
  const compiled = compileCpuTraining(model, planModel(model, inferShapes(model)), { classes: 10, batch, fused: values.fused }) as { program?: CpuProgram };
  if (!compiled.program) throw new Error(`bench:cpu-kernels: ${name} cannot compile ${values.spec} at batch ${batch}`);
  const { wat, layout, phases } = compiled.program;
  // the op functions a phase calls, exported under their own names
  const exported = wat.replace(/\(func \$((?:forward|wgrad|xgrad|dact|act|copy|loss)_[\w]+) \(param \$e0/g, '(func $$$1 (export "$1") (param $e0');
  // (and `infer`, which the program exports itself, as it does its phases)
  const ops = [...exported.matchAll(/\(export "(\w+)"\) \(param \$e0/g)].map((m) => m[1]!).filter((op) => !phases.some((p: { name: string }) => p.name === op));
  return {
    name, bytes: [...await assemble(exported)], pages: layout.bytes / 65536, labels: layout.labels,
    calls: [...phases, ...ops.map((op) => ({ name: op, kind: 'chunks' as const }))],
  };
}

/**
 * Runs in Node or in the page (so it uses nothing from either): instantiates each variant on a
 * memory filled with the same small numbers and times every call `reps` times, interleaved; with
 * `same`, runs each function once on fresh memories and compares them with the first variant's.
 */
async function measure(variants: Variant[], options: { reps: number; inner: number; batch: number; chunk: number; same: boolean }) {
  const instantiate = async (v: Variant) => {
    const memory = new WebAssembly.Memory({ initial: v.pages, maximum: v.pages });
    const { instance } = await WebAssembly.instantiate(new Uint8Array(v.bytes), { env: { memory, log: Math.log } });
    const floats = new Float32Array(memory.buffer);
    let s = 1;
    for (let i = 0; i < floats.length; i++) {
      s = (s * 16807) % 2147483647;
      floats[i] = (s / 2147483647 - 0.5) * 0.1;
    }
    const labels = new Int32Array(memory.buffer, v.labels, options.batch);
    for (let i = 0; i < options.batch; i++) labels[i] = i % 10;
    return { memory, exports: instance.exports as Record<string, (...a: number[]) => void> };
  };
  const chunks = Math.ceil(options.batch / options.chunk);
  const call = (exports: Record<string, (...a: number[]) => void>, name: string, kind: string) => {
    if (kind === 'once') return exports[name]!(0, options.batch, options.batch, 0, 1);
    for (let c = 0; c < chunks; c++) exports[name]!(c * options.chunk, Math.min(options.batch, (c + 1) * options.chunk), options.batch, c, 1);
  };
  const live = await Promise.all(variants.map(instantiate));
  const times = variants.map(() => ({} as Record<string, number[]>));
  for (let rep = 0; rep < options.reps; rep++) {
    variants.forEach((v, i) => {
      for (const { name, kind } of v.calls) {
        const t0 = performance.now();
        for (let k = 0; k < options.inner; k++) call(live[i]!.exports, name, kind);
        (times[i]![name] ??= []).push((performance.now() - t0) / options.inner);
      }
    });
  }
  const same: Record<string, boolean> = {};
  if (options.same) {
    for (const { name, kind } of variants[0]!.calls) {
      const after = await Promise.all(variants.map(async (v) => {
        const fresh = await instantiate(v);
        if (fresh.exports[name]) call(fresh.exports, name, kind);
        return new Uint32Array(fresh.memory.buffer);
      }));
      same[name] = after.every((m) => m.length === after[0]!.length && m.every((w, j) => w === after[0]![j]));
    }
  }
  return { times, same };
}

const median = (xs: number[] | undefined) => {
  if (!xs?.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
};

const root = path.resolve(import.meta.dirname, '..');
const variants = [await variant('this checkout', root)];
if (values.before) variants.unshift(await variant(`before (${path.basename(path.resolve(values.before))})`, path.resolve(values.before)));
const options = { reps: Number(values.reps), inner: 1, batch, chunk: 16, same: values.same };
for (const engine of engines) {
  let result: Awaited<ReturnType<typeof measure>>;
  let where: string;
  if (engine === 'node') {
    result = await measure(variants, options);
    where = `Node ${process.version} (V8 ${process.versions.v8})`;
  } else {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lenetc-bench-cpu-kernels-'));
    const browser = await launchChromium(profile);
    try {
      const page = await browser.newPage();
      // esbuild's name helper, which tsx adds to functions serialized into the page
      await page.evaluateOnNewDocument('window.__name = (fn) => fn;');
      await page.goto('about:blank');
      result = await page.evaluate(measure, variants, { ...options, inner: Number(values.inner) });
      where = `${await browser.version()} (samples of ${values.inner} batches, its timer 0.1 ms)`;
    } finally {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }
  console.log(`\n${values.spec} at batch ${batch}${values.fused ? ', fused multiply-adds' : ''}, one thread, ${where}: median ms per batch over ${options.reps} interleaved reps`);
  console.log(['function'.padEnd(18), ...variants.map((v) => v.name.padStart(22)), ...(values.same ? ['same floats'] : [])].join(' '));
  for (const { name } of variants.at(-1)!.calls) {
    const ms = result.times.map((t) => median(t[name]));
    // too short for the timer (Chromium's rounds to 0.1 ms over --inner batches)
    if (ms.every((m) => !(m >= 0.01))) continue;
    const cells = ms.map((m) => (Number.isNaN(m) ? '—' : `${m.toFixed(3)} (${(ms[0]! / m).toFixed(2)}×)`).padStart(22));
    console.log([name.padEnd(18), ...cells, ...(values.same ? [result.same[name] === undefined ? '' : result.same[name] ? 'yes' : 'no'] : [])].join(' '));
  }
}
