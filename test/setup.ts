/**
 * Loaded before every test file (scripts/test.mjs, npm test's runner: `--import dist/test/setup.js`), and
 * inherited by the lenetc processes the tests start.
 */

// lavapipe (Mesa's software Vulkan, the WebGPU adapter on CI) splits each dispatch over a pool of
// one thread per core and waits for the slowest: while the other test file of the pair keeps a
// core busy, a 16-step lenet5 epoch took 75 s on the default pool and 5 s on one thread. The
// suite runs two files at a time, so its WebGPU work gets one thread unless told otherwise.
// (That was measured while Dawn's wait still spun a core, see pollGentlyOn in src/node/dawn.ts;
// since then two threads beside two busy loops ran 64 steps in 2.8 s against 3.4–4.0 s on one,
// and the whole suite took as long with two (378 s) as with one (366–409 s), so it stays at one.)
process.env.LP_NUM_THREADS ??= '1';

// A test file whose tests have ended but that something it started keeps open (a server a failed
// test never stopped, once) would hold the suite until CI's limit, its report unprinted. In each
// test file's process (the runner marks them with NODE_TEST_CONTEXT), once every test and the
// file's own after hooks have had a minute, it exits, failing, and says what was left open.
// Node's --test-force-exit would end it at once, but also ends the runner before a custom
// reporter's closing lines.
/** How long a finished file's after hooks and open handles may take before it is ended. */
const LINGER_MS = 60_000;
if (process.env.NODE_TEST_CONTEXT) {
  const { after } = await import('node:test');
  after(() => {
    setTimeout(() => {
      process.stderr.write(`test file still running a minute after its tests ended, held open by: ${process.getActiveResourcesInfo().join(', ')}\n`);
      process.exit(1);
    }, LINGER_MS).unref();
  });
}
