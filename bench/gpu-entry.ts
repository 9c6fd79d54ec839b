/**
 * The one entry point bundled for the GPU machine (`bash scripts/gpu-pack.sh`),
 * which has no Node.js tooling of its own:
 *   node .gpu/app.mjs probe-adapter      finds the WebGPU adapter in seconds, or says in one line what it tried and what to set
 *   node .gpu/app.mjs kernels            value checks of lenetc's WebGPU kernels vs the cpu backend
 *   node .gpu/app.mjs bench ARGS...      npm run bench (add --stock-kernels for tfjs's own kernels)
 *   node .gpu/app.mjs profile ARGS...    one profiled training step per spec × batch (tf.profile)
 *   node .gpu/app.mjs specs-json DIR     the benchmark specs' checked models for lenet_torch.py
 *   node .gpu/app.mjs bench-engine ARGS  npm run bench:engine: the compiled engine against tfjs and PyTorch
 *   node .gpu/app.mjs profile-engine ARGS  one profiled engine step per spec × batch (GPU timestamps)
 *   node .gpu/app.mjs ARGS...            the lenetc CLI (train, check, ...)
 */
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../src/errors.js';
import { cli } from '../src/cli/index.js';
import { loadsDawn, relayWithoutDawnNoise } from '../src/cli/dawn-relay.js';
import { processIO } from '../src/cli/io.js';
import { lenetcCommand } from '../src/cli/self.js';
import { selectBackend } from '../src/node/backend.js';
import { probeAdapter } from '../src/node/dawn.js';
import { adapterHelp } from './adapter-help.js';
import { webGPUKernelCalls } from '../src/tfjs/kernels/webgpu/index.js';
import { DEFAULT_SPECS, runBench, writeModelJson } from './cli.js';
import { runEngineBench } from './engine.js';
import { checkWebGPUKernels } from '../test/helpers/webgpu-kernel-check.js';

/**
 * Makes WebGPU's silent failures visible on stderr: our shaders' WGSL when
 * LENETC_PRINT_SHADERS is set (tfjs prints via console.group/debug, which go to stdout and
 * would mix with the JSON lines), and the device's uncaptured errors (a shader that does not
 * compile leaves only an invalid pipeline and wrong numbers behind).
 */
function reportGpuErrors(): void {
  const toStderr = (...parts: unknown[]) => process.stderr.write(`${parts.map(String).join(' ')}\n`);
  console.group = toStderr;
  console.debug = toStderr;
  if (process.env.LENETC_PRINT_SHADERS) tf.env().set('WEBGPU_PRINT_SHADER', process.env.LENETC_PRINT_SHADERS);
  const device = (tf.backend() as unknown as { device?: GPUDevice }).device;
  if (device) {
    device.onuncapturederror = (event) => toStderr(`webgpu: uncaptured error: ${event.error.message}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'probe-adapter': {
      const probe = await probeAdapter();
      process.stdout.write(`${JSON.stringify(probe)}\n`);
      if (probe.ok) return 0;
      process.stderr.write(`${adapterHelp(probe.reason, process.env)}\n`);
      return 3;
    }
    case 'kernels': {
      const backend = rest[0] ?? 'webgpu';
      const choice = await selectBackend(backend === 'webgpu' ? 'webgpu' : 'wasm');
      if (choice.name === 'tfjs-webgpu') reportGpuErrors();
      process.stderr.write(`kernels: ${choice.device}; ours: ${Object.keys(webGPUKernelCalls()).join(', ') || 'none'}\n`);
      const results = await checkWebGPUKernels(undefined, choice.name);
      for (const r of results) process.stdout.write(`${JSON.stringify(r)}\n`);
      const failed = results.filter((r) => !r.pass);
      process.stdout.write(`${JSON.stringify({ kernel_checks: results.length, failed: failed.map((r) => `${r.kernel}: ${r.name}`) })}\n`);
      return failed.length ? 1 : 0;
    }
    case 'bench':
      await runBench(rest);
      return 0;
    case 'profile':
      await runBench([...rest, '--profile']);
      return 0;
    case 'bench-engine':
      return runEngineBench(rest);
    case 'profile-engine':
      return runEngineBench(rest, 'profile');
    case 'specs-json':
      for (const file of writeModelJson(DEFAULT_SPECS, rest[0] ?? 'bench/baselines/specs')) process.stdout.write(`${file}\n`);
      return 0;
    default:
      // a sweep's children start this same entry, whose default case is the CLI (behind the
      // stderr relay when it loads Dawn, as bin.ts runs it)
      return loadsDawn(argv, process.env) ? relayWithoutDawnNoise(lenetcCommand(import.meta.url), argv) : cli(argv, processIO(lenetcCommand(import.meta.url)));
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    if (err instanceof UserError) {
      process.stderr.write(`lenetc: ${err.message}${err.hint ? ` (${err.hint})` : ''}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 70;
  },
);
