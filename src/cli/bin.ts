#!/usr/bin/env node
/** The `lenetc` executable. */
import { cli } from './index.js';
import { processIO } from './io.js';

cli(process.argv.slice(2), processIO()).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    // a bug in lenetc, not a user mistake: keep the stack for the report
    process.stderr.write(`lenetc: internal error, please report it\n${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
