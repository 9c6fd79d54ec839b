/**
 * `npm run bench:engine -- --explain [--spec S] [--batch 128,2048] [--gpu h200]`: per dispatch of
 * a training step (the fused program `train --backend webgpu` runs), its workgroups, threads per
 * workgroup, FLOPs, bytes moved and barriers (src/codegen/wgsl/cost.ts), a first-principles time
 * for a named GPU from its published figures, and, where this machine has an adapter with
 * timestamp queries, the dispatch's measured time on it (one profiled step).
 *
 * The estimate is a lower bound, the GPU at its peak rate for the parallelism the dispatch has:
 * - an example kernel runs a workgroup per example, the examples spread over the SMs (up to
 *   2,048 threads resident on one); each phase takes the longer of two times: the SM's lanes
 *   shared by its resident examples, or one example's work on as many threads as the phase has
 *   items (a phase with 10 items uses 10 lanes however many the SM has);
 * - a batch-wide kernel: its FLOPs over min(its threads, every lane of the GPU);
 * - bytes over the memory bandwidth, if that takes longer; plus a launch cost per dispatch.
 * One FMA per lane per cycle (2 FLOPs), no latency: the real time is longer. The device run is
 * what confirms or refutes it (docs/engine.md keeps the table).
 */
import { parseArgs } from 'node:util';
import { compileTraining, DEFAULT_MAX_BINDING_BYTES } from '../src/codegen/wgsl/index.js';
import { programCost, type DispatchCost } from '../src/codegen/wgsl/cost.js';
import { UserError } from '../src/errors.js';
import { planModel } from '../src/plan/index.js';
import { inferShapes } from '../src/shape-inference/index.js';
import { integerList } from './cli.js';
import { loadSpecModel } from './train-step.js';

/** A GPU's published figures. */
export interface GpuFigures {
  name: string;
  sms: number;
  /** FP32 lanes per SM. */
  lanes: number;
  clockGHz: number;
  bandwidthGBs: number;
  /** Seconds a dispatch costs however small (command processing, the barrier between dispatches). */
  launch: number;
}

/** From NVIDIA's data sheets (boost clock; SXM parts). */
export const GPUS: Record<string, GpuFigures> = {
  h200: { name: 'NVIDIA H200 SXM (132 SMs × 128 FP32 lanes, 1.98 GHz, 4.8 TB/s)', sms: 132, lanes: 128, clockGHz: 1.98, bandwidthGBs: 4800, launch: 2e-6 },
  a100: { name: 'NVIDIA A100 SXM (108 SMs × 64 FP32 lanes, 1.41 GHz, 2.0 TB/s)', sms: 108, lanes: 64, clockGHz: 1.41, bandwidthGBs: 2039, launch: 2e-6 },
};

/** Threads one SM keeps resident. */
const RESIDENT_THREADS = 2048;

/** The lower-bound seconds of `d` on `gpu` (see the header). */
export function estimateSeconds(d: DispatchCost, gpu: GpuFigures): number {
  const rate = 2 * gpu.clockGHz * 1e9;
  let compute: number;
  if (d.phases.length) {
    const perSm = Math.ceil(d.workgroups / gpu.sms);
    const resident = Math.max(1, Math.min(perSm, Math.floor(RESIDENT_THREADS / d.threads)));
    const waves = Math.ceil(perSm / resident);
    compute = waves * d.phases.reduce((sum, p) => sum + Math.max(
      (resident * p.flops) / (gpu.lanes * rate),
      p.flops / (Math.max(1, Math.min(p.items, d.threads, gpu.lanes)) * rate),
    ), 0);
  } else {
    compute = d.flops / (Math.max(1, Math.min(d.workgroups * d.threads, gpu.sms * gpu.lanes)) * rate);
  }
  return Math.max(compute, d.bytes / (gpu.bandwidthGBs * 1e9)) + gpu.launch;
}

/** What explain prints for one spec at one batch. */
export interface Explained {
  spec: string;
  batch: number;
  gpu: string;
  dispatches: (DispatchCost & { estimate_us: number; measured_ms?: number })[];
  /** The step's estimate, and the images per second it would give. */
  step_us: number;
  images_per_s: number;
}

/** Explains `spec` at `batch` for `gpu`; `measured` is a profiled step's milliseconds per dispatch, if any. */
export function explain(spec: string, batch: number, gpu: GpuFigures, measured?: readonly number[]): Explained {
  const model = loadSpecModel(spec);
  const compiled = compileTraining(model, planModel(model, inferShapes(model)), { maxBindingBytes: DEFAULT_MAX_BINDING_BYTES, classes: 10, batch });
  if (!compiled.program) throw new UserError('GPU_PROGRAM', { reason: compiled.diagnostics[0]!.message });
  const dispatches = programCost(compiled.program).map((d, i) => ({ ...d, estimate_us: estimateSeconds(d, gpu) * 1e6, ...(measured ? { measured_ms: measured[i] } : {}) }));
  const step = dispatches.reduce((sum, d) => sum + d.estimate_us, 0);
  return { spec, batch, gpu: gpu.name, dispatches, step_us: step, images_per_s: batch / (step * 1e-6) };
}

/** A table of `e` for a terminal (and docs/engine.md). */
export function explainTable(e: Explained): string {
  const measured = e.dispatches.some((d) => d.measured_ms !== undefined);
  const lines = [
    `${e.spec} at batch ${e.batch}; estimates for ${e.gpu}, a lower bound${measured ? '; measured: this machine\'s adapter, one profiled step' : ''}`,
    `| dispatch | workgroups × threads | GFLOP | MB moved | barriers | threads busy per phase | est. µs |${measured ? ' measured ms |' : ''}`,
    `|---|---|---|---|---|---|---|${measured ? '---|' : ''}`,
  ];
  for (const d of e.dispatches) {
    const thin = d.phases.length ? `${Math.min(...d.phases.map((p) => Math.min(p.items, d.threads)))}–${Math.max(...d.phases.map((p) => Math.min(p.items, d.threads)))} of ${d.threads}` : '';
    lines.push(`| ${d.kernel.length > 60 ? `${d.kernel.slice(0, 57)}...` : d.kernel} | ${d.workgroups} × ${d.threads} | ${(d.flops / 1e9).toFixed(3)} | ${(d.bytes / 1e6).toFixed(2)} | ${d.barriers} | ${thin} | ${d.estimate_us.toFixed(1)} |${measured ? ` ${d.measured_ms?.toFixed(2) ?? '-'} |` : ''}`);
  }
  lines.push(`step: ${e.step_us.toFixed(1)} µs, at most ${Math.round(e.images_per_s).toLocaleString('en-US')} images/s`);
  return lines.join('\n');
}

/** `bench:engine --explain ...`: a table per spec × batch, measured on this machine's adapter where it has timestamps. */
export async function runExplain(argv: string[], profile?: (spec: string, batch: number) => Promise<number[] | undefined>): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { explain: { type: 'boolean' }, spec: { type: 'string', multiple: true }, batch: { type: 'string', multiple: true }, gpu: { type: 'string', default: 'h200' }, json: { type: 'boolean' } }, strict: false });
  const gpu = GPUS[String(values.gpu)];
  if (!gpu) throw new UserError('BAD_OPTION', { option: '--gpu', expected: Object.keys(GPUS).join(' or '), found: String(values.gpu) });
  const specs = (values.spec as string[] | undefined)?.length ? values.spec as string[] : ['specs/lenet5.yaml'];
  for (const spec of specs) {
    for (const batch of integerList(values.batch as string[] | undefined, [128, 2048])) {
      const e = explain(spec, batch, gpu, await profile?.(spec, batch));
      process.stdout.write(values.json ? `${JSON.stringify(e)}\n` : `${explainTable(e)}\n\n`);
    }
  }
}
