/**
 * `node --import tsx bench/webgpu-loads.ts`: what one kind of load costs on this machine's WebGPU
 * adapter. Each variant is one dispatch of 256 workgroups × 64 threads, every thread 4,096 loads
 * into four independent sums, timed on the wall clock (median of 3 after one warm-up); it prints
 * lane-loads per second. On lavapipe (Mesa 25.0) every load whose address is not a compile-time
 * constant is fetched lane by lane, whatever its pattern, which is why the engine's kernels read
 * weights as vec4s and keep many running sums (BENCHMARKS.md, "The compiled WebGPU training
 * program"). Not a test: the numbers are this adapter's.
 */
import { dawnDevice } from '../src/node/dawn.js';

const VARIANTS: Record<string, string> = {
  'a[i * 7 + k] (scattered)': 'let v = a[(i * 7u + k) & 0xffffu];',
  'a[i + k] (neighbouring lanes)': 'let v = a[(i + k) & 0xffffu];',
  'a[k] (a loop counter: the same for every lane)': 'let v = a[k & 0xffffu];',
  'a[5] (a constant)': 'let v = a[5u];',
  'a4[i + k] (a vec4: four floats)': 'let q = a4[(i + k) & 0x3fffu]; let v = q.x + q.y + q.z + q.w;',
  'workgroup memory': 'let v = tile[(i + k) & 255u];',
};

const THREADS = 256 * 64;
const LOADS = 4096;

function shader(load: string): string {
  const sum = (j: number) => `{ let k = k0 * 4u + ${j}u; ${load} acc${j} = acc${j} + v * 1.0001; }`;
  return `@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> a4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
var<workgroup> tile: array<f32, 256>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let i = gid.x;
  for (var s = t; s < 256u; s += 64u) { tile[s] = f32(s); }
  workgroupBarrier();
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  for (var k0 = 0u; k0 < ${LOADS / 4}u; k0++) {
    ${[0, 1, 2, 3].map(sum).join('\n    ')}
  }
  out[i] = acc0 + acc1 + acc2 + acc3 + a[0] + a4[0].x + tile[t];
}`;
}

const { device, adapter } = await dawnDevice(() => ({}));
const input = device.createBuffer({ size: 1 << 18, usage: GPUBufferUsage.STORAGE });
const out = device.createBuffer({ size: THREADS * 4, usage: GPUBufferUsage.STORAGE });
process.stdout.write(`${adapter.info.description || adapter.info.device}\n`);
for (const [name, load] of Object.entries(VARIANTS)) {
  const pipeline = device.createComputePipeline({ layout: 'auto', compute: { module: device.createShaderModule({ code: shader(load) }), entryPoint: 'main' } });
  const group = device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries: [input, input, out].map((buffer, binding) => ({ binding, resource: { buffer } })) });
  const run = async () => {
    const encoder = device.createCommandEncoder();
    const pass = encoder.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, group);
    pass.dispatchWorkgroups(THREADS / 64);
    pass.end();
    device.queue.submit([encoder.finish()]);
    await device.queue.onSubmittedWorkDone();
  };
  await run();
  const times: number[] = [];
  for (let r = 0; r < 3; r++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  const ms = times.sort((x, y) => x - y)[1]!;
  process.stdout.write(`${name.padEnd(48)} ${ms.toFixed(1).padStart(7)} ms  ${((THREADS * LOADS) / ms / 1e6).toFixed(2)} G lane-loads/s\n`);
}
device.destroy();
process.exit(0);
