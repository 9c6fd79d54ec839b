/** A .wasm file imported by the page: esbuild's file loader copies it into dist/web/assets/ and gives its URL, relative to the importing chunk. */
declare module '*.wasm' {
  const url: string;
  export default url;
}
