/**
 * Startup cost of `lenetc check`: the built binary (package.json "bin") on specs/lenet5.yaml against a bare
 * `node -e 0`, interleaved so machine noise hits both alike; medians of RUNS each.
 * Wall time is the target (overhead_ms ≤ 100); CPU time (user + system, from separate runs that
 * preload a one-line exit hook into both) is what to compare on a loaded machine, where wall
 * time varies with the neighbours. Prints one JSON line. Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.RUNS ?? 15);
const TARGET_OVERHEAD_MS = 100;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// the binary users get: the esbuild bundle (scripts/bundle-cli.mjs), not tsc's dist/src
const { bin: bins } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const bin = path.join(root, bins.lenetc!);
const check = [bin, 'check', 'specs/lenet5.yaml'];
const bare = ['-e', '0'];

/** Runs node with `args` and returns its stderr; throws if it fails. */
function run(args: string[]): string {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stderr;
}

/** Wall time of one child process, in milliseconds. */
function wall(args: string[]): number {
  const start = process.hrtime.bigint();
  run(args);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// a CommonJS preload: it costs both commands the same fraction of a millisecond, and unlike
// --import it does not start the ES module loader, which `node -e 0` never needs
const cpuHook = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'check-speed-')), 'cpu.cjs');
fs.writeFileSync(cpuHook, "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`\\ncpu-us ${u.user + u.system}\\n`); });\n");

/** User + system CPU time of one child process, in milliseconds, as the child counts it at exit. */
function cpu(args: string[]): number {
  const found = /cpu-us (\d+)\s*$/.exec(run(['-r', cpuHook, ...args]));
  if (!found) throw new Error(`node ${args.join(' ')} printed no CPU time`);
  return Number(found[1]) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

if (!fs.existsSync(bin)) {
  process.stderr.write(`bench/check-speed: ${path.relative(root, bin)} is missing; run \`npm run build\` first\n`);
  process.exit(2);
}

const samples = { lenetc: [] as number[], node: [] as number[], lenetcCpu: [] as number[], nodeCpu: [] as number[] };
// one warm-up each: the first run pays for cold file-system caches
wall(check);
wall(bare);
for (let i = 0; i < RUNS; i++) {
  samples.lenetc.push(wall(check));
  samples.node.push(wall(bare));
  samples.lenetcCpu.push(cpu(check));
  samples.nodeCpu.push(cpu(bare));
}
fs.rmSync(path.dirname(cpuHook), { recursive: true, force: true });
const round = (x: number) => Math.round(x * 10) / 10;
const [lenetcMs, nodeMs, lenetcCpuMs, nodeCpuMs] = [samples.lenetc, samples.node, samples.lenetcCpu, samples.nodeCpu].map(median) as [number, number, number, number];
const result = {
  bench: 'check-startup',
  lenetc_ms: round(lenetcMs),
  node_ms: round(nodeMs),
  overhead_ms: round(lenetcMs - nodeMs),
  target_ms: TARGET_OVERHEAD_MS,
  lenetc_cpu_ms: round(lenetcCpuMs),
  node_cpu_ms: round(nodeCpuMs),
  cpu_overhead_ms: round(lenetcCpuMs - nodeCpuMs),
  runs: RUNS,
};
process.stdout.write(JSON.stringify(result) + '\n');
