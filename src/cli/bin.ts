#!/usr/bin/env node
/** The `lenetc` executable. */
import { stopWhenParentGone } from '../jobs/lifeline.js';
import { loadsDawn, relayWithoutDawnNoise } from './dawn-relay.js';
import { cli } from './index.js';
import { EXIT, processIO } from './io.js';
import { lenetcCommand } from './self.js';

stopWhenParentGone(process.env);
// stdout that cannot be written (`> /dev/full`, a closed pipe) emits 'error' on the stream:
// one line on stderr and exit 1, not an unhandled event with a stack trace
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // a reader that went away (`| head`) is no failure to report
  if (e.code !== 'EPIPE') process.stderr.write(`lenetc: cannot write to stdout: ${e.code === 'ENOSPC' ? 'no space left on the device' : e.message} (${e.code ?? 'error'})\n`);
  process.exit(EXIT.invalid);
});

const argv = process.argv.slice(2);
const lenetc = lenetcCommand(import.meta.url);
// a command that loads Dawn here runs in a child, whose stderr is relayed without Dawn's native lines
(loadsDawn(argv, process.env) ? relayWithoutDawnNoise(lenetc, argv) : cli(argv, processIO(lenetc))).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    // a bug in lenetc, not a user mistake: keep the stack for the report
    process.stderr.write(`lenetc: internal error, please report it\n${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = EXIT.internal;
  },
);
