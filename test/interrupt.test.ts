/** Ctrl-C in the CLI: the first stops cleanly, a second quits without cutting a file in half, a third at once. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { interruptSource } from '../src/cli/interrupt.js';
import { writeDirAtomic } from '../src/node/files.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lenetc-interrupt-'));
after(() => rmSync(work, { recursive: true, force: true }));

const io = { stdout: () => {}, stderr: () => {}, isTTY: false, cwd: work, env: {} };

test('a second Ctrl-C quits only once the checkpoint being written is whole; a third quits at once', async () => {
  const said: string[] = [];
  const exits: { code: number; whole: boolean; temporaries: string[] }[] = [];
  const dir = path.join(work, 'checkpoint');
  const source = interruptSource(io, (line) => said.push(line), 'saving a checkpoint', (code) => {
    exits.push({ code, whole: existsSync(path.join(dir, 'state.json')), temporaries: readdirSync(work).filter((e) => e.includes('.tmp-')) });
  });
  try {
    process.emit('SIGINT');
    assert.ok(source.signal.aborted, 'the first Ctrl-C asks the command to stop');
    assert.equal(exits.length, 0);
    // a checkpoint of a few megabytes, its state.json written last
    const files: Record<string, Uint8Array | string> = {};
    for (let i = 0; i < 8; i++) files[`weights-${i}.bin`] = new Uint8Array(1 << 20);
    files['state.json'] = '{}';
    const writing = writeDirAtomic(dir, files);
    process.emit('SIGINT');
    assert.equal(exits.length, 0, 'not while the checkpoint is half written');
    await writing;
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(exits, [{ code: 130, whole: true, temporaries: [] }]);
    assert.match(said.join('\n'), /once the file being written is complete/);

    process.emit('SIGINT');
    assert.equal(exits.length, 2, 'a third Ctrl-C does not wait');
    assert.equal(exits[1].code, 130);
  } finally {
    source.dispose();
  }
});
