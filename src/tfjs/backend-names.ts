/**
 * The `--backend` names, in one place every command reads (kept apart from backend.ts so that
 * listing them loads no tfjs). `webgpu` is lenetc's compiled training program
 * (src/codegen/wgsl, src/engine); `tfjs-webgpu` is tfjs's own op-by-op WebGPU path. `wasm` trains
 * with lenetc's compiled CPU program (src/codegen/wasm, src/cpu) and computes everything else
 * with tfjs's wasm backend; `tfjs-wasm` trains with tfjs's wasm backend too.
 */
export const BACKENDS = ['auto', 'webgpu', 'tfjs-webgpu', 'wasm', 'tfjs-wasm', 'cpu', 'tensorflow', 'tensorflow-gpu'] as const;
/** A backend name as users write it. */
export type BackendName = (typeof BACKENDS)[number];
