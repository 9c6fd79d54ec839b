/**
 * The Train form: its fields, whether training can start (a checked spec, loaded data that it
 * fits), and Train and Stop. Part of the page's first load, so it imports no tfjs: pressing
 * Train loads ./run.ts (the engine, tfjs, the plots) with import().
 */
import { inputMismatch } from '../../train/data/fit.js';
import { isFolderDataset, type NetModel } from '../../model.js';
import { byId } from '../dom.js';
import type { DeviceChoice, TrainingDevice } from './device.js';
import type { TrainingState } from './panel.js';
import { trainStatus } from './status.js';

/** The form's numbers, each checked; `problem` says which field is wrong and why. */
type FormValues = { epochs: number; batchSize: number; lr: number; trainLimit: number; valLimit: number; device: DeviceChoice } | { problem: string };

/**
 * Wires #train-form to `state` (the panel's model and data); `device` asks where a run with the
 * chosen device trains, and shows it in the Device panel, so the run opens what the panel says.
 */
export function setUpTrainForm(state: () => TrainingState, device: (choice: DeviceChoice) => Promise<TrainingDevice>): { update(model: NetModel | undefined): void } {
  const form = byId<HTMLFormElement>('train-form');
  const startButton = byId<HTMLButtonElement>('train-start');
  const stopButton = byId<HTMLButtonElement>('train-stop');
  let controller: AbortController | undefined;

  const status = trainStatus;

  stopButton.addEventListener('click', () => {
    controller?.abort();
    stopButton.disabled = true;
    status('Stopping: finishing the batches already sent…');
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (controller) return;
    const { model, data, specOk } = state();
    const ready = readiness(specOk ? model : undefined, data);
    if (ready) return status(ready.problem, 'error', ready.hint);
    const values = readForm(model!, data!.data.train.images.count, data!.data.test.images.count);
    if ('problem' in values) return status(values.problem, 'error');
    const trained: NetModel = { ...model!, train: { ...model!.train, epochs: values.epochs, batch_size: values.batchSize, lr: values.lr } };
    controller = new AbortController();
    setRunning(true);
    status('Loading the training engine…');
    void (async () => {
      try {
        const [{ runInPage }, where] = await Promise.all([import('./run.js'), device(values.device)]);
        await runInPage({ model: trained, data: data!, trainLimit: values.trainLimit, valLimit: values.valLimit, device: where, signal: controller!.signal });
      } catch (e) {
        // run.ts reports what it knows; this is a chunk that failed to load, or a bug
        status(`Training failed: ${(e as Error).message.replace(/\.$/, '')}. Your spec is kept.`, 'error', 'Reload the page and try again; if it persists, please report it.');
      } finally {
        controller = undefined;
        setRunning(false);
      }
    })();
  });

  function setRunning(running: boolean): void {
    startButton.disabled = running;
    stopButton.disabled = !running;
    form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select').forEach((field) => { field.disabled = running; });
  }

  return {
    /** Shows the spec's values as the fields' placeholders: an empty field takes them. */
    update(model) {
      if (!model) return;
      byId<HTMLInputElement>('train-epochs').placeholder = String(model.train.epochs);
      byId<HTMLInputElement>('train-batch').placeholder = String(model.train.batch_size);
      byId<HTMLInputElement>('train-lr').placeholder = String(model.train.lr);
    },
  };
}

/** Why training cannot start yet, with what to do; undefined when it can. */
function readiness(model: NetModel | undefined, data: TrainingState['data']): { problem: string; hint: string } | undefined {
  if (!model) return { problem: 'The spec has errors: there is nothing to train yet.', hint: 'Fix the errors listed under the editor.' };
  if (isFolderDataset(model.train.dataset)) return { problem: `${model.name} trains on a folder of images, which the page cannot read.`, hint: 'Train it with lenetc train, or set train.dataset to fashion-mnist or mnist.' };
  // (the panel lets data go when the spec names another data set)
  if (!data) return { problem: 'No data loaded yet.', hint: `Load ${model.train.dataset} above (from the server, files you pick, or a URL).` };
  const mismatch = inputMismatch(model.input, data.data.train.images);
  if (mismatch) return { problem: `${model.name} does not fit ${data.dataset}: ${mismatch.message}.`, hint: mismatch.hint };
  return undefined;
}

/** The form's values, an empty field taking the spec's; a problem names the field. */
function readForm(model: NetModel, trainCount: number, testCount: number): FormValues {
  const number = (id: string, fallback: number, what: string, check: (n: number) => boolean, rule: string): number | string => {
    const input = byId<HTMLInputElement>(id);
    const raw = input.value.trim();
    // a number field whose text is no number reads as empty: badInput tells them apart
    if (raw === '' && !input.validity.badInput) return fallback;
    const value = Number(raw);
    return raw !== '' && Number.isFinite(value) && check(value) ? value : `${what}: expected ${rule}, found "${raw || 'not a number'}".`;
  };
  const integer = (min: number, max: number) => (n: number) => Number.isInteger(n) && n >= min && n <= max;
  const epochs = number('train-epochs', model.train.epochs, 'Epochs', integer(1, 1000), 'a whole number from 1 to 1000');
  const batchSize = number('train-batch', model.train.batch_size, 'Batch size', integer(1, 4096), 'a whole number from 1 to 4096');
  const lr = number('train-lr', model.train.lr, 'Learning rate', (n) => n > 0, 'a number above 0');
  const trainLimit = number('train-limit', trainCount, 'Training images', integer(1, trainCount), `a whole number from 1 to ${trainCount}`);
  const valLimit = number('val-limit', testCount, 'Validation images', integer(1, testCount), `a whole number from 1 to ${testCount}`);
  const problem = [epochs, batchSize, lr, trainLimit, valLimit].find((v): v is string => typeof v === 'string');
  if (problem) return { problem };
  const device = byId<HTMLSelectElement>('train-device').value as DeviceChoice;
  return { epochs: epochs as number, batchSize: batchSize as number, lr: lr as number, trainLimit: trainLimit as number, valLimit: valLimit as number, device };
}
