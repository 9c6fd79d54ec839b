/**
 * Startup cost of `lenetc check`: the built binary on specs/lenet5.yaml against a bare
 * `node -e 0`, interleaved so machine noise hits both alike; medians of RUNS each.
 * Prints one JSON line. Target: overhead_ms ≤ 100. Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 15);
const TARGET_OVERHEAD_MS = 100;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist', 'src', 'cli', 'bin.js');

/** Wall time of one child process, in milliseconds; throws if it fails. */
function time(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

if (!fs.existsSync(bin)) {
  process.stderr.write('bench/check-speed: dist/src/cli/bin.js is missing; run `npm run build` first\n');
  process.exit(2);
}

const lenetc: number[] = [];
const node: number[] = [];
// one warm-up each: the first run pays for cold file-system caches
time([bin, 'check', 'specs/lenet5.yaml']);
time(['-e', '0']);
for (let i = 0; i < RUNS; i++) {
  lenetc.push(time([bin, 'check', 'specs/lenet5.yaml']));
  node.push(time(['-e', '0']));
}
const round = (x: number) => Math.round(x * 10) / 10;
const lenetcMs = median(lenetc);
const nodeMs = median(node);
const result = {
  bench: 'check-startup',
  lenetc_ms: round(lenetcMs),
  node_ms: round(nodeMs),
  overhead_ms: round(lenetcMs - nodeMs),
  target_ms: TARGET_OVERHEAD_MS,
  runs: RUNS,
};
process.stdout.write(JSON.stringify(result) + '\n');
