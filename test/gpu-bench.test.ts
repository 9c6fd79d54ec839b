/**
 * The GPU machine's script (scripts/gpu-bench.sh), end to end on this machine's adapter (lavapipe
 * on CI) with small knobs: the phases in their order of value, rows on stdout as they are
 * measured, and, with no adapter, one line that says what was tried, before anything is spent.
 * It runs the bundle scripts/gpu-pack.sh packs for the device (scripts/bundle-gpu-app.sh), as the
 * device would: a bundling mistake shows here, not in the device's few minutes. (Through tsx,
 * whose start each of the script's lenetc processes paid, this test took 38 core-seconds; 27 now.)
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { probeAdapter } from '../src/node/dawn.js';
import { fromRoot } from './helpers/paths.js';

const probe = await probeAdapter();
const FASHION = '/usr/share/datasets/fashion-mnist';
const skip = !probe.ok ? `no WebGPU adapter: ${probe.reason}` : !existsSync(FASHION) && `no Fashion-MNIST at ${FASHION}`;

const work = mkdtempSync(path.join(os.tmpdir(), 'lenetc-gpu-bench-'));
/** Inside the project: the bundle finds the packages it leaves external (webgpu) in its node_modules. */
mkdirSync(fromRoot('dist'), { recursive: true });
const app = mkdtempSync(fromRoot('dist', 'gpu-bench-'));
after(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(app, { recursive: true, force: true });
});
if (!skip) execFileSync('bash', [fromRoot('scripts', 'bundle-gpu-app.sh'), app], { stdio: 'inherit' });

/**
 * The batches the phases run at: the script's order and output are what is tested, not its speed.
 * lenet5 and best.yaml at 8 are programs engine.test.ts and engine-trainer.test.ts compile
 * too, so a machine with a cold shader cache (CI) compiles them once.
 */
const BATCH = 8;
const BEST_BATCH = 8;

const SMALL = {
  GPU_BENCH_APP: path.join(app, 'app.mjs'), GPU_BENCH_TORCH: 'cpu', GPU_BENCH_FIRST_BATCHES: `${BATCH}`, GPU_BENCH_BATCHES: `${BATCH}`, GPU_BENCH_TFJS_BATCHES: `${BATCH}`,
  GPU_BENCH_SPECS: 'specs/lenet5.yaml', GPU_BENCH_REPS: '1', GPU_BENCH_MIN_SECONDS: '0.2', GPU_BENCH_CHUNK: '4',
  // the budget lavapipe runs anyway: 16 would be two more programs to compile cold in CI
  GPU_BENCH_PROFILE_BATCH: `${BATCH}`, GPU_BENCH_PROFILE_ACCUMULATORS: '64', GPU_BENCH_LIMIT: '512', GPU_BENCH_TRAIN_ARGS: `--epochs 1 --batch-size ${BEST_BATCH} --train-limit ${2 * BEST_BATCH} --val-limit ${2 * BEST_BATCH}`,
  // a fresh machine compiles every kernel first (lavapipe, no cache: ~55 s for lenet5's profile)
  GPU_BENCH_BUDGET: '1500', GPU_BENCH_PROFILE_LIMIT: '400', GPU_BENCH_TRAIN_LIMIT: '400', GPU_BENCH_BENCH_LIMIT: '400',
};

function script(out: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('bash', [fromRoot('scripts', 'gpu-bench.sh')], { env: { ...process.env, ...env, OUT: out }, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => { stdout += t; });
    child.on('close', (code) => resolve({ code, stdout, seconds: (performance.now() - started) / 1000 }));
  });
}

const jsonLines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('scripts/gpu-bench.sh', { skip }, () => {
  it('with no adapter, stops at the probe with one line naming what it tried and what to set', { timeout: 120_000 }, async () => {
    const out = path.join(work, 'none');
    const run = await script(out, { ...SMALL, VK_DRIVER_FILES: '/nonexistent/nvidia_icd.json' });
    assert.equal(run.code, 3, run.stdout);
    const last = run.stdout.trim().split('\n').at(-1)!;
    assert.match(last, /^gpu-bench: no WebGPU adapter \(.+\); tried the Vulkan loader \S+; VK_DRIVER_FILES=\/nonexistent\/nvidia_icd.json \(missing\); .+; /);
    assert.ok(!existsSync(path.join(out, 'bench.jsonl')), 'nothing was measured');
  });

  it('measures lenet5 against PyTorch, trains best.yaml, profiles, then tfjs\'s path, printing each row as it comes', { timeout: 1_500_000 }, async () => {
    const out = path.join(work, 'small');
    const run = await script(out, SMALL);
    assert.equal(run.code, 0, run.stdout);
    const phases = [...run.stdout.matchAll(/^== ([\w-]+)/gm)].map((m) => m[1]).filter((p, i, all) => all.indexOf(p) === i);
    assert.deepEqual(phases.filter((p) => ['probe', 'lenet5', 'train-best', 'profile', 'tfjs', 'summary'].includes(p)), ['probe', 'lenet5', 'train-best', 'profile', 'tfjs', 'summary']);
    assert.doesNotMatch(run.stdout, /artificially reduced/);

    const rows = jsonLines(path.join(out, 'bench.jsonl'));
    const systems = (spec: string) => rows.filter((r) => r.spec === spec && r.batch === BATCH && !r.summary).map((r) => r.system);
    assert.ok(systems('specs/lenet5.yaml').includes('lenetc-engine'));
    // PyTorch's row (this machine's Debian torch on the CPU) on the real images, or the note that it is missing
    assert.ok(systems('specs/lenet5.yaml').includes('pytorch-cpu-eager') || rows.some((r) => typeof r.note === 'string'), JSON.stringify(rows));
    assert.ok(systems('specs/lenet5.yaml').includes('tfjs-webgpu'));
    // each row reached stdout too, before the script's own summary
    const firstSummary = run.stdout.indexOf('"summary":true');
    assert.ok(firstSummary > 0 && firstSummary < run.stdout.indexOf('== summary'));

    assert.match(readFileSync(path.join(out, 'train-best.txt'), 'utf8'), /^epoch 1\/1 .* val_acc \d\.\d{4}/m);
    assert.match(run.stdout, /^== train-best: \d+\.\d s on the wall clock; epoch 1\/1/m);
    const profiles = jsonLines(path.join(out, 'profile.jsonl'));
    assert.deepEqual(profiles.map((p) => [p.fused, p.accumulators]), [[false, 64], [true, 64]]);
  });
});
