/**
 * Per-step overhead knobs for tfjs's WebGPU backend. A LeNet step at batch 128 runs ~1-2 ms of
 * kernels but takes 9-17 ms: the rest is JavaScript per op (tfjs bookkeeping, a uniform buffer
 * written, a bind group created, a dispatch encoded) and queue submissions. The knobs are tfjs
 * flags (`WEBGPU_*`, set through tf.env) and lenetc's own (`LENETC_*`), written `k=v,k=v`
 * (`--flags` of the bench, $LENETC_WEBGPU_FLAGS for every command).
 */
import * as tf from '@tensorflow/tfjs';
import { UserError } from '../../../errors.js';

/**
 * The flags the webgpu backend starts with (before $LENETC_WEBGPU_FLAGS). Chosen on an H200
 * (BENCHMARKS.md): reusing bind groups and submitting every 64 dispatches gave 1.2-1.34× at
 * batch 128 and 1.1-1.3× at 512 over tfjs's defaults, with the same losses; submitting every
 * 1000 was slower. `LENETC_CACHE_BIND_GROUPS=false` in $LENETC_WEBGPU_FLAGS turns ours off.
 */
export const WEBGPU_DEFAULT_FLAGS: Readonly<Record<string, FlagValue>> = {
  LENETC_CACHE_BIND_GROUPS: true,
  WEBGPU_DEFERRED_SUBMIT_BATCH_SIZE: 64,
};

/** A flag's value as tf.env holds it. */
export type FlagValue = number | boolean | string;

/** lenetc's own switches; every other name must be a registered tfjs flag. */
const LENETC_FLAGS = {
  /**
   * Caches `pipeline.getBindGroupLayout(i)` per pipeline and the bind group per (layout,
   * buffers): tfjs creates both anew for every op, though its buffer pool hands the same
   * buffers back step after step, so a step's bind groups repeat.
   */
  LENETC_CACHE_BIND_GROUPS: false,
} satisfies Record<string, FlagValue>;

type LenetcFlag = keyof typeof LENETC_FLAGS;

const lenetcState: Record<LenetcFlag, FlagValue> = { ...LENETC_FLAGS };

/** Parses `k=v,k=v` (`true`/`false` and numbers become typed); empty or `default` = none. */
export function parseFlags(text: string | undefined): Record<string, FlagValue> {
  const flags: Record<string, FlagValue> = {};
  const trimmed = (text ?? '').trim();
  if (trimmed === '' || trimmed === 'default') return flags;
  for (const part of trimmed.split(',')) {
    const match = /^\s*([A-Z][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(part);
    if (!match) throw new UserError('BAD_FLAG', { flag: part });
    const [, name, raw] = match;
    flags[name] = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  return flags;
}

/** Writes flags back as `k=v,k=v` (sorted, so equal sets print alike); `default` when empty. */
export function formatFlags(flags: Readonly<Record<string, FlagValue>>): string {
  const keys = Object.keys(flags).sort();
  return keys.length ? keys.map((k) => `${k}=${String(flags[k])}`).join(',') : 'default';
}

/**
 * Sets `flags` (tfjs flags through tf.env, lenetc's here) and returns a function that puts
 * the previous values back, so one process can measure several combinations in turn.
 * Unknown names are a UserError. Call after the webgpu backend is active.
 */
export function applyWebGPUFlags(flags: Readonly<Record<string, FlagValue>>): () => void {
  const restore: Array<() => void> = [];
  for (const [name, value] of Object.entries(flags)) {
    if (name in LENETC_FLAGS) {
      const key = name as LenetcFlag;
      const previous = lenetcState[key];
      lenetcState[key] = value;
      restore.push(() => { lenetcState[key] = previous; });
      continue;
    }
    if (!isKnownFlag(name)) {
      throw new UserError('UNKNOWN_FLAG', { name, ours: Object.keys(LENETC_FLAGS) });
    }
    const previous = tf.env().get(name);
    tf.env().set(name, value);
    restore.push(() => tf.env().set(name, previous));
  }
  if (lenetcState.LENETC_CACHE_BIND_GROUPS) installBindGroupCache();
  bindGroups.clear();
  return () => {
    for (const undo of restore.reverse()) undo();
    bindGroups.clear();
  };
}

/** Whether `name` is a lenetc switch or a tfjs flag registered by the loaded packages. */
export function isKnownFlag(name: string): boolean {
  if (name in LENETC_FLAGS) return true;
  try {
    tf.env().get(name);
    return true;
  } catch {
    return false;
  }
}

type LayoutGetter = (this: object, index: number) => object;
type BindGroupMaker = (this: object, descriptor: { layout: object; entries: Iterable<{ binding: number; resource: unknown }> }) => object;

/** Bind groups by layout and buffers; cleared when it grows past CACHE_LIMIT or a flag changes. */
const bindGroups = new Map<string, object>();
const CACHE_LIMIT = 20_000;
const layouts = new WeakMap<object, Map<number, object>>();
const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
let installed = false;

function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(o, id);
  }
  return id;
}

/**
 * Wraps Dawn's GPUComputePipeline.getBindGroupLayout and GPUDevice.createBindGroup (once; the
 * wrappers pass through unless LENETC_CACHE_BIND_GROUPS is on). A cached bind group is only
 * reused for the same layout object and the same buffers at the same offsets and sizes, which
 * is exactly what creating it anew would bind; tfjs never destroys a pooled storage or uniform
 * buffer while the backend lives, so a cached group never refers to a dead buffer.
 */
function installBindGroupCache(): void {
  if (installed) return;
  const globals = globalThis as { GPUComputePipeline?: { prototype: { getBindGroupLayout: LayoutGetter } }; GPUDevice?: { prototype: { createBindGroup: BindGroupMaker } } };
  const pipeline = globals.GPUComputePipeline?.prototype;
  const device = globals.GPUDevice?.prototype;
  if (!pipeline || !device) return; // not Dawn's globals: nothing to wrap
  installed = true;
  const getLayout = pipeline.getBindGroupLayout;
  pipeline.getBindGroupLayout = function (this: object, index: number): object {
    if (!lenetcState.LENETC_CACHE_BIND_GROUPS) return getLayout.call(this, index);
    let byIndex = layouts.get(this);
    if (!byIndex) layouts.set(this, (byIndex = new Map()));
    let layout = byIndex.get(index);
    if (!layout) byIndex.set(index, (layout = getLayout.call(this, index)));
    return layout;
  };
  const create = device.createBindGroup;
  device.createBindGroup = function (this: object, descriptor) {
    if (!lenetcState.LENETC_CACHE_BIND_GROUPS) return create.call(this, descriptor);
    let key = `${objectId(this)}/${objectId(descriptor.layout)}`;
    for (const entry of descriptor.entries) {
      const resource = entry.resource as { buffer?: object; offset?: number; size?: number } | null;
      // texture views and external textures are made per call: not cacheable
      if (!resource || typeof resource !== 'object' || !resource.buffer) return create.call(this, descriptor);
      key += `|${entry.binding}:${objectId(resource.buffer)}:${resource.offset ?? 0}:${resource.size ?? '*'}`;
    }
    let group = bindGroups.get(key);
    if (!group) {
      if (bindGroups.size >= CACHE_LIMIT) bindGroups.clear();
      group = create.call(this, descriptor);
      bindGroups.set(key, group);
    }
    return group;
  };
}

/** How many bind groups the cache holds (for the bench's report). */
export function cachedBindGroups(): number {
  return bindGroups.size;
}
