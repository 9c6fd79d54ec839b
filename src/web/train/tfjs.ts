/**
 * TensorFlow.js as the playground bundles it: `@tensorflow/tfjs` less what the tab never uses
 * (the WebGL backend, 334 KB minified, the graph-model converter and tf.data). The build aliases
 * `@tensorflow/tfjs` to this module (scripts/build-web.mjs), so the runtime's modules, written
 * against the union package, import this in the page. The wasm backend comes in backends.ts.
 */
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';

export * from '@tensorflow/tfjs-core';
export * from '@tensorflow/tfjs-layers';
// the cpu backend: where the engine's network is built and saved, and the fallback
export * from '@tensorflow/tfjs-backend-cpu';
