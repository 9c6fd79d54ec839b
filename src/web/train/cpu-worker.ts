/**
 * A thread of the compiled CPU program in the tab (src/cpu/team.ts), as a Web Worker: it gets
 * the module, the shared memory and the control block in one message, then runs phases until told
 * to stop. Built on its own into one classic-worker script (scripts/build-web.mjs), which
 * ./cpu-threads.ts starts.
 */
import { runWorker, type CpuWorkerData } from '../../cpu/team.js';

addEventListener('message', (event: MessageEvent<CpuWorkerData>) => runWorker(event.data), { once: true });
