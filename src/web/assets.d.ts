/** A .wasm file imported by the page: esbuild's file loader copies it into dist/web/assets/ and gives its URL, relative to the importing chunk. */
declare module '*.wasm' {
  const url: string;
  export default url;
}

/** The compiled CPU program's Web Worker script (src/web/train/cpu-worker.ts), built on its own by scripts/build-web.mjs: its URL, relative to the importing chunk. */
declare module 'lenetc:cpu-worker' {
  const url: string;
  export default url;
}
