/** How numbers read wherever lenetc prints them: learning rates in one format. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatRate } from '../src/format.js';
import { say } from '../src/diagnostics.js';

test('a learning rate is three significant digits, a decimal from 0.001 up and e-notation below', { timeout: 10_000 }, () => {
  const cases: [number, string][] = [
    [0.05, '0.05'], [0.1, '0.1'], [0.04877641290737883, '0.0488'], [0.001, '0.001'],
    // rounds to 0.001 first, so it reads as 0.001 does
    [0.0009996, '0.001'],
    [0.000497, '4.97e-4'], [0.0005, '5e-4'], [1.88e-6, '1.88e-6'], [5.61e-7, '5.61e-7'], [5.614035e-9, '5.61e-9'],
    [1.5, '1.5'], [0, '0'], [NaN, 'NaN'],
  ];
  for (const [lr, shown] of cases) assert.equal(formatRate(lr), shown, String(lr));
});

test('the diverged hint prints its rates the same way', { timeout: 10_000 }, () => {
  const said = say('DIVERGED', { loss: NaN, epoch: 1, batch: 3, checkpoint: 'runs/x', lr: 0.7 });
  // 0.7 / 10 is 0.06999999999999999 in floating point
  assert.match(said.hint ?? '', /now 0\.7\b.*--lr 0\.07$/);
  assert.match(say('DIVERGED', { loss: NaN, epoch: 1, batch: 3, checkpoint: 'runs/x', lr: 0.003 }).hint ?? '', /--lr 3e-4$/);
});

test('a sweep\'s results.md shows varied learning rates in the same format; other values as written', { timeout: 30_000 }, async () => {
  const { resultsMarkdown } = await import('../src/jobs/sweep/results.js');
  const row = (id: string, values: string[]) => ({ id, values, params: 1, macs: 1, metrics: [], seconds: null, status: 'done' as const });
  const table = resultsMarkdown(['lr', 'batch_size', 'schedule.min_lr'], [row('a', ['0.0005', '64', '0.00000188']), row('b', ['0.05', '128', '0'])]);
  const cells = table.trim().split('\n').slice(2).map((line) => line.split('|').map((c) => c.trim()).slice(2, 5));
  assert.deepEqual(cells, [['5e-4', '64', '1.88e-6'], ['0.05', '128', '0']]);
});
