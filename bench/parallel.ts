/**
 * Data-parallel training throughput on wasm: each spec's training step at one batch size in
 * one thread, then over `--threads` threads (worker_threads, src/node/parallel), in the
 * same process, alternating for `--rounds` rounds so both see the same machine load. Prints
 * one JSON line per spec × thread count with the best round:
 *   {"spec","backend","batch","images_per_s","threads",...}
 *
 *   node --import tsx bench/parallel.ts [--spec specs/lenet5.yaml] [--batch 128] [--threads 2]
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { selectBackend } from '../src/node/backend.js';
import { loadBenchData, loadSpecModel, measureTraining, type StepTiming } from './train-step.js';

const { values } = parseArgs({
  options: {
    spec: { type: 'string', multiple: true },
    batch: { type: 'string', default: '128' },
    threads: { type: 'string', default: String(Math.max(2, availableParallelism())) },
    rounds: { type: 'string', default: '3' },
    steps: { type: 'string', default: '10' },
    'min-seconds': { type: 'string', default: '3' },
  },
});
const specs = values.spec?.length ? values.spec : ['specs/lenet5.yaml', 'specs/modern.yaml'];
const batch = Number(values.batch);
const threads = Number(values.threads);
const rounds = Number(values.rounds);
const steps = Number(values.steps);
const minSeconds = Number(values['min-seconds']);
const WARMUP = 3;

const choice = await selectBackend('wasm');
for (const spec of specs) {
  const model = loadSpecModel(spec);
  const data = await loadBenchData(model, 10_000);
  const best = new Map<number, StepTiming>();
  for (let round = 0; round < rounds; round++) {
    const single = await measureTraining({ model, data, batch, warmup: WARMUP, steps, minSeconds });
    const parallel = await measureTraining({ model, data, batch, warmup: WARMUP, steps, minSeconds, threads });
    for (const [n, timing] of [[1, single], [threads, parallel]] as const) {
      if (!best.has(n) || timing.imagesPerSecond > best.get(n)!.imagesPerSecond) best.set(n, timing);
    }
  }
  for (const [n, timing] of best) {
    process.stdout.write(`${JSON.stringify({
      spec: model.name, backend: 'wasm', batch, images_per_s: Math.round(timing.imagesPerSecond), threads: n,
      device: choice.device, rounds, steps: timing.steps, seconds: Number(timing.seconds.toFixed(2)),
      loss: Number(timing.lastLoss.toFixed(4)), load: Number(loadavg()[0].toFixed(2)), data: data.source,
    })}\n`);
  }
}
