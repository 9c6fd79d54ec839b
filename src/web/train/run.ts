/**
 * A training run as the page shows it: the device line, a progress bar, the loss and accuracy
 * curves (curves.svg's plot, redrawn after each epoch), a warning where the run sits at chance
 * (the CLI's AT_CHANCE, with its causes), then accuracy per class, the confusion
 * matrix, the weights to download and the feature maps. Loaded with import() when Train is
 * pressed, with tfjs, the engine and vega; every problem ends as a message in the page.
 */
import { UserError } from '../../errors.js';
import type { Evaluation } from '../../train/trainer.js';
import { byId, download, el } from '../dom.js';
import { DeviceError } from './device.js';
import { showFeatureMaps } from './features.js';
import { trainStatus } from './status.js';
import { runSession, type SessionRequest, type SessionResult } from './session.js';

/** How often the progress bar and line follow the batches. */
const SHOW_EVERY_MS = 100;

/** Runs `request` and shows it; resolves when the run has ended and its results are shown (never rejects for a user's problem). */
export async function runInPage(request: SessionRequest): Promise<void> {
  // vega and vega-lite (half of what training loads) come as a chunk of their own, fetched while
  // the device starts and the first epoch trains
  const plots = import('../../train/plots.js');
  plots.catch(() => undefined);
  const status = trainStatus;
  const deviceLine = byId('train-device-line');
  const progress = byId<HTMLProgressElement>('train-progress');
  const curves = byId('train-curves');
  const chance = byId('train-warning');
  chance.hidden = true;
  chance.replaceChildren();
  byId('train-results').hidden = true;
  curves.replaceChildren();
  progress.value = 0;
  progress.hidden = false;
  const started = performance.now();
  let shownAt = -Infinity;
  let result: SessionResult;
  try {
    result = await runSession(request, {
      onDevice(line) {
        deviceLine.textContent = line;
        deviceLine.className = 'status';
        deviceLine.hidden = false;
        status(`Training ${request.model.name}…`);
      },
      onBatch(p, epochs) {
        // ten times a second, and each epoch's last batch: drawing the page after every batch
        // cost the CPU program 15% of its speed in Chromium (7,807 → 9,156 images/s, modern)
        const now = performance.now();
        if (now - shownAt < SHOW_EVERY_MS && p.batch < p.batches) return;
        shownAt = now;
        progress.value = (p.epoch - 1 + p.batch / p.batches) / epochs;
        if (!request.signal.aborted) {
          status(`Epoch ${p.epoch}/${epochs}, batch ${p.batch}/${p.batches}: loss ${p.loss.toFixed(4)}, accuracy ${p.accuracy.toFixed(4)}, ${Math.round(p.imagesPerSecond).toLocaleString('en-US')} images/s`);
        }
      },
      async onEpoch(metrics, history) {
        curves.innerHTML = await (await plots).curvesSvg(metrics, history);
        curves.dataset.epochs = String(metrics.length);
      },
      onCompile(done, total) {
        if (done < total) status(`Compiling the training program for the GPU: ${done}/${total} kernels…`);
      },
      onChance(warning) {
        // the words lenetc train prints after the epoch, with the causes as data for whoever reads the page's markup
        chance.replaceChildren(el('strong', undefined, `warning[${warning.code}]`), `: ${warning.message}`);
        chance.dataset.code = warning.code;
        chance.dataset.epoch = String(warning.epoch);
        chance.dataset.causes = warning.causes.map((c) => c.cause).join(' ');
        chance.hidden = false;
      },
    });
  } catch (e) {
    progress.hidden = true;
    // Stop while the program compiled: nothing trained, nothing to show
    if (e instanceof UserError && e.code === 'START_INTERRUPTED') return status('Stopped while the training program compiled for the GPU: nothing was trained.', 'warning');
    if (e instanceof DeviceError || e instanceof UserError) return status(`${e.message[0]!.toUpperCase()}${e.message.slice(1)}.`, 'error', e.hint);
    throw e;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const { outcome } = result;
  if (outcome.status === 'diverged') {
    return status(`The loss became ${outcome.loss} at epoch ${outcome.epoch}, batch ${outcome.batch}: training stopped.`, 'error', 'Lower the learning rate.');
  }
  // every outcome but a NaN loss has one
  const evaluation = result.evaluation!;
  const measured = `val_acc ${evaluation.accuracy.toFixed(4)}, val_loss ${evaluation.loss.toFixed(4)} on ${result.val.count.toLocaleString('en-US')} images`;
  if (outcome.status === 'completed') {
    progress.value = 1;
    status(`Done in ${seconds} s: ${outcome.metrics.length} epoch${outcome.metrics.length === 1 ? '' : 's'}, ${measured}.`, 'ok');
  } else {
    status(`Stopped at epoch ${outcome.epoch}, batch ${outcome.batch}, after ${seconds} s: ${measured}.`, 'warning');
  }
  await showResults(request.model.name, result, evaluation, (await plots).confusionSvg);
}

/** Accuracy per class, the confusion matrix, the download and the feature maps. */
async function showResults(name: string, result: SessionResult, evaluation: Evaluation, confusionSvg: typeof import('../../train/plots.js').confusionSvg): Promise<void> {
  const { classes } = result;
  const table = byId<HTMLTableElement>('train-per-class');
  const head = el('tr');
  head.append(el('th', undefined, 'class'), el('th', 'num', 'accuracy'), el('th', 'num', 'images'));
  const rows = evaluation.confusion.map((row, k) => {
    const count = row.reduce((a, b) => a + b, 0);
    const tr = el('tr');
    tr.append(el('td', undefined, classes[k] ?? String(k)), el('td', 'num', count ? (row[k]! / count).toFixed(3) : '-'), el('td', 'num', String(count)));
    return tr;
  });
  table.replaceChildren(head, ...rows);
  const title = `${name}: val_acc ${evaluation.accuracy.toFixed(4)} on ${result.val.count.toLocaleString('en-US')} images`;
  byId('train-confusion').innerHTML = await confusionSvg(evaluation.confusion, classes, title);

  // a fresh button: the last run's listener must not download this run's weights, nor the other way round
  const old = byId<HTMLButtonElement>('train-download');
  const button = old.cloneNode(true) as HTMLButtonElement;
  old.replaceWith(button);
  button.addEventListener('click', () => {
    // the files of a tfjs model folder under their own names: model.json points at weights.bin
    for (const [file, content] of Object.entries(result.model)) {
      download(file, typeof content === 'string' ? content : new Uint8Array(content), file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    }
  });
  byId('train-results').hidden = false;
  await showFeatureMaps(result);
}
