#!/usr/bin/env node
/** The `lenetc` executable. */
import { stopWhenParentGone } from '../runtime/lifeline.js';
import { cli } from './index.js';
import { processIO } from './io.js';
import { lenetcCommand } from './self.js';

stopWhenParentGone(process.env);
cli(process.argv.slice(2), processIO(lenetcCommand(import.meta.url))).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    // a bug in lenetc, not a user mistake: keep the stack for the report
    process.stderr.write(`lenetc: internal error, please report it\n${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
