/** The training progress bar: what fits in 80 columns, and that a line printed during it stays on screen. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { barLine, progressBar } from '../src/cli/progress.js';

/**
 * A small terminal: enough of VT100 for what cli-progress and readline write (cursor save and
 * restore, column moves, line clears), with CR+LF on newline as a tty does by default.
 */
class Screen {
  lines: string[] = [''];
  private row = 0;
  private col = 0;
  private saved: [number, number] = [0, 0];
  /** Auto-wrap (DECAWM, `ESC[?7h`): on, as terminals start; cli-progress turns it off while it draws. */
  private wrap = true;

  constructor(private readonly width: number) {}

  write(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\x1b') {
        const rest = text.slice(i + 1);
        const csi = /^\[(\??)([\d;]*)([A-Za-z])/.exec(rest);
        if (rest[0] === '7') this.saved = [this.row, this.col];
        else if (rest[0] === '8') [this.row, this.col] = this.saved;
        if (csi) {
          this.control(csi[1], csi[2].split(';').map((n) => (n === '' ? undefined : Number(n))), csi[3]);
          i += csi[0].length;
        } else {
          i += 1;
        }
        continue;
      }
      if (c === '\r') this.col = 0;
      else if (c === '\n') {
        this.row++;
        this.col = 0;
      } else {
        if (this.col >= this.width) {
          if (!this.wrap) continue;
          this.row++;
          this.col = 0;
        }
        const line = this.line().padEnd(this.col);
        this.lines[this.row] = line.slice(0, this.col) + c + line.slice(this.col + 1);
        this.col++;
      }
    }
  }

  private line(): string {
    while (this.lines.length <= this.row) this.lines.push('');
    return this.lines[this.row];
  }

  private control(privateMode: string, args: (number | undefined)[], op: string): void {
    if (privateMode) {
      if (args[0] === 7 && (op === 'h' || op === 'l')) this.wrap = op === 'h';
      return;
    }
    const n = args[0] ?? 1;
    const line = this.line();
    switch (op) {
      case 'G': this.col = n - 1; break;
      case 'H': this.row = n - 1; this.col = (args[1] ?? 1) - 1; break;
      case 'A': this.row = Math.max(0, this.row - n); break;
      case 'B': this.row += n; break;
      case 'C': this.col += n; break;
      case 'D': this.col = Math.max(0, this.col - n); break;
      case 'K': {
        const mode = args[0] ?? 0;
        this.lines[this.row] = mode === 0 ? line.slice(0, this.col) : mode === 1 ? ' '.repeat(this.col) + line.slice(this.col) : '';
        break;
      }
    }
  }

  /** The screen's text, trailing blanks trimmed. */
  text(): string[] {
    return this.lines.map((l) => l.trimEnd()).filter((l, i, all) => l !== '' || i < all.length - 1);
  }
}

describe('the progress bar', () => {
  const values = { epoch: 10, epochs: 10, batch: 235, batches: 469, loss: 0.41234, accuracy: 0.8531, imagesPerSecond: 12345.6, lr: 0.0412, eta: 42 };

  test('at 80 columns it shows the ETA, running accuracy, images per second and the learning rate', () => {
    const line = barLine(values, 80);
    assert.ok(line.length <= 79, `${line.length}: ${line}`);
    for (const part of ['epoch 10/10', '235/469', 'ETA 0:42', 'loss 0.412', 'acc 0.853', 'lr 0.0412', '12346 img/s']) assert.ok(line.includes(part), `${part} in ${line}`);
    // longer numbers or a narrower terminal drop the last fields, never the ETA
    const long = barLine({ ...values, eta: 3725, lr: 0.000497 }, 80);
    assert.ok(long.length <= 79 && long.includes('ETA 1:02:05') && long.includes('lr 4.97e-4'), long);
    const narrow = barLine(values, 50);
    assert.ok(narrow.length <= 49, narrow);
    assert.match(narrow, /ETA 0:42/);
    assert.doesNotMatch(narrow, /img\/s/);
    // a wide one gives the bar the room, up to 30 cells
    assert.equal((barLine(values, 200).match(/[█░]/g) ?? []).length, 30);
    assert.match(barLine({ epoch: 1, epochs: 3, batch: 0, batches: 10 }, 80), /ETA -:-- loss - acc - lr - - img\/s$/);
  });

  test('a line printed while the bar runs (the Ctrl-C notice) is not drawn over', async () => {
    const screen = new Screen(80);
    const io = { stdout: (t: string) => screen.write(t), stderr: (t: string) => screen.write(t), isTTY: true, columns: 80, cwd: '/', env: {} };
    const bar = await progressBar(io, 3);
    bar.log('training tiny: 64 training and 32 validation images');
    bar.onEpochStart!(1, 10, 0);
    for (let b = 1; b <= 3; b++) bar.onBatch!({ epoch: 1, batch: b, batches: 10, loss: 1, accuracy: 0.5, imagesPerSecond: 100, lr: 0.1 });
    bar.log('interrupt: finishing this batch and saving a checkpoint (Ctrl-C again to quit without it)');
    for (let b = 4; b <= 10; b++) bar.onBatch!({ epoch: 1, batch: b, batches: 10, loss: 1, accuracy: 0.5, imagesPerSecond: 100, lr: 0.1 });
    await new Promise((resolve) => setTimeout(resolve, 120));
    bar.onEpoch!({ epoch: 1, train_loss: 1, train_acc: 0.5, val_loss: 1, val_acc: 0.5, lr: 0.1, seconds: 1, images_per_s: 100 });
    io.stdout('epoch 1/3  train_loss 1.0000\n');
    bar.log('interrupted at epoch 2, batch 0; checkpoint saved');
    bar.stop();
    assert.deepEqual(screen.text(), [
      'training tiny: 64 training and 32 validation images',
      // 90 characters: wrapped by the terminal at 80
      'interrupt: finishing this batch and saving a checkpoint (Ctrl-C again to quit wi',
      'thout it)',
      'epoch 1/3  train_loss 1.0000',
      'interrupted at epoch 2, batch 0; checkpoint saved',
    ]);
  });

  test('what happens before the first batch is one line: on a terminal the bar draws over it, elsewhere it stays', { timeout: 10_000 }, async () => {
    const screen = new Screen(80);
    const io = { stdout: (t: string) => screen.write(t), stderr: (t: string) => screen.write(t), isTTY: true, columns: 80, cwd: '/', env: {} };
    const bar = await progressBar(io, 3);
    bar.log('run folder: runs/tiny');
    bar.status('starting 1 worker thread...');
    assert.deepEqual(screen.text(), ['run folder: runs/tiny', 'starting 1 worker thread...']);
    bar.onEpochStart!(1, 10, 0);
    bar.onBatch!({ epoch: 1, batch: 1, batches: 10, loss: 1, accuracy: 0.5, imagesPerSecond: 100, lr: 0.1 });
    assert.equal(screen.text().length, 2);
    assert.match(screen.text()[1]!, /^epoch 1\/3 /);
    bar.stop();
    // a status line followed by a plain line (a failed start) is cleared, not run into
    const other = new Screen(80);
    const io2 = { ...io, stdout: (t: string) => other.write(t), stderr: (t: string) => other.write(t) };
    const bar2 = await progressBar(io2, 3);
    bar2.status('starting 1 worker thread...');
    bar2.log('interrupted at epoch 1, batch 0');
    bar2.stop();
    assert.deepEqual(other.text(), ['interrupted at epoch 1, batch 0']);
    // not on a terminal: a line like any other
    let text = '';
    const plain = await progressBar({ ...io, isTTY: false, stderr: (t: string) => { text += t; } }, 3);
    plain.status('starting 1 worker thread...');
    assert.equal(text, 'starting 1 worker thread...\n');
  });
});
