/**
 * WebAssembly text to a module's bytes, with wabt (the WebAssembly binary toolkit's own parser,
 * built for JavaScript): SIMD, relaxed SIMD (used only where the host has it), bulk memory (a
 * region zeroed at once) and threads (a shared memory) on, nothing else beyond the MVP. Runs in Node and in a browser.
 */
import wabt from 'wabt';

type Wabt = Awaited<ReturnType<typeof wabt>>;
const FEATURES = { simd: true, threads: true, relaxed_simd: true, bulk_memory: true };
let loading: Promise<Wabt> | undefined;

/** The binary module `wat` spells, validated; a text the codegen got wrong is an Error naming the line. */
export async function assemble(wat: string, name = 'lenetc.wat'): Promise<Uint8Array<ArrayBuffer>> {
  const tools = await (loading ??= wabt());
  const parsed = tools.parseWat(name, wat, FEATURES);
  try {
    // wabt's validate takes the features too (its .d.ts leaves the parameter out), and checks with its defaults without them
    (parsed.validate as (features: typeof FEATURES) => void)(FEATURES);
    // the names section keeps each function's name in profiles and stack traces
    return new Uint8Array(parsed.toBinary({ write_debug_names: true }).buffer);
  } finally {
    parsed.destroy();
  }
}
