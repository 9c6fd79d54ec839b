/**
 * The training panel: which device training would use (the decision Train then opens, so the
 * Device line and the run's own line never disagree), the dataset it trains on (loaded from
 * the server, picked files or a URL, and validated), whether the spec fits that data, and the
 * Train form (./form.ts), which loads the engine, tfjs and the plots with `import()` only when
 * Train is pressed, so they stay out of the page's first load.
 */
import { CATALOG, CLASS_NAMES } from '../../train/data/catalog.js';
import { inputMismatch } from '../../train/data/fit.js';
import { isFolderDataset, type Dataset, type NetModel } from '../../model.js';
import type { PageCheck } from '../check.js';
import { byId, el } from '../dom.js';
import { DataLoadError, loadData, type DataSource, type LoadedData } from './data.js';
import { chooseDevice, describeDevice, probeGpu, type DeviceChoice, type GpuProbe, type TrainingDevice } from './device.js';
import { setUpTrainForm } from './form.js';

/** What training needs, as far as the page has it. */
export interface TrainingState {
  /** The last model that checked without errors. */
  model?: NetModel;
  /** Whether the editor's text checks clean now (else `model` is an earlier text's). */
  specOk?: boolean;
  data?: LoadedData;
}

/** The panel's handle for the page. */
export interface TrainingPanel {
  /** Follows the editor: the dataset the spec names, and whether it fits. */
  update(check: PageCheck): void;
  current(): TrainingState;
}

/** How many test images the panel shows once data is loaded. */
const SAMPLES = 10;

/** Sets up the panel in the page's #train-panel. */
export function setUpTrainingPanel(): TrainingPanel {
  const state: TrainingState = {};
  const deviceBox = byId<HTMLSelectElement>('train-device');
  let probe: GpuProbe | undefined;
  /** Shows where a run with `choice` trains on what the last probe found, and returns it. */
  const showDevice = (choice: DeviceChoice, found: GpuProbe): TrainingDevice => {
    const device = chooseDevice(choice, found);
    const { text, kind } = describeDevice(device);
    const line = byId('device');
    line.textContent = text;
    line.className = `status ${kind}`;
    return device;
  };
  // Train asks afresh (an adapter gives one device) and opens exactly what the line then says
  const form = setUpTrainForm(() => state, async (choice) => showDevice(choice, probe = await probeGpu()));
  let dataset: Dataset = 'fashion-mnist';
  const serverBase = document.querySelector<HTMLMetaElement>('meta[name="lenetc:data"]')?.content;

  // asked when the panel is first shown: a tab without WebGPU logs a warning when asked
  let probed = false;
  byId('tab-train').addEventListener('click', () => {
    if (probed) return;
    probed = true;
    void probeGpu().then((found) => {
      // a run started meanwhile has shown its own, fresher probe
      probe ??= found;
      showDevice(deviceBox.value as DeviceChoice, probe);
    });
  });
  deviceBox.addEventListener('change', () => {
    if (probe) showDevice(deviceBox.value as DeviceChoice, probe);
  });

  const serverButton = byId<HTMLButtonElement>('data-server');
  serverButton.hidden = serverBase === undefined;
  byId('data-static-note').hidden = serverBase !== undefined;
  const load = async (source: DataSource) => {
    const status = byId('data-status');
    status.className = 'status';
    status.textContent = `Loading ${dataset}…`;
    try {
      state.data = await loadData(dataset, source);
      const { train, test } = state.data.data;
      status.className = 'status ok';
      status.textContent = `${dataset} from ${state.data.from}: ${train.images.count.toLocaleString('en-US')} training and ${test.images.count.toLocaleString('en-US')} test images of ${train.images.height}×${train.images.width}, ${CATALOG[dataset].classes.length} classes.`;
      drawSamples(state.data);
    } catch (e) {
      if (!(e instanceof DataLoadError)) throw e;
      state.data = undefined;
      status.className = 'status error';
      status.replaceChildren(el('span', undefined, e.message), el('br'), el('span', 'hint', `hint: ${e.hint}`));
      byId('data-samples').replaceChildren();
    }
    renderFit();
  };
  serverButton.addEventListener('click', () => void load({ kind: 'server', base: serverBase ?? 'data/' }));
  byId<HTMLInputElement>('data-files').addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.files?.length) void load({ kind: 'files', files: Array.from(input.files) });
  });
  byId<HTMLFormElement>('data-url-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const url = byId<HTMLInputElement>('data-url').value.trim();
    if (url) void load({ kind: 'url', base: url });
  });

  /** Whether the spec can train on the data: the dataset it names, and its input size. */
  function renderFit(): void {
    const line = byId('data-fit');
    const model = state.model;
    if (!model) {
      line.className = 'status';
      line.textContent = 'Fix the spec to see whether it fits the data.';
      return;
    }
    const images = state.data && state.data.dataset === dataset ? state.data.data.train.images : CATALOG[dataset].image;
    const mismatch = inputMismatch(model.input, images);
    if (mismatch) {
      line.className = 'status error';
      line.replaceChildren(el('span', undefined, `${model.name} does not fit ${dataset}: ${mismatch.message}.`), el('br'), el('span', 'hint', `hint: ${mismatch.hint}`));
    } else {
      line.className = 'status ok';
      line.textContent = `${model.name} fits ${dataset}: input ${model.input.join('×')}, ${CATALOG[dataset].classes.length} classes.`;
    }
  }

  return {
    update(check) {
      state.specOk = check.result.ok && check.result.model !== undefined;
      if (check.result.ok && check.result.model) state.model = check.result.model;
      else if (!check.result.model) return;
      form.update(state.model);
      const wanted = check.result.model.train.dataset;
      // a folder of images on disk trains with lenetc train; the page has the built-in datasets only
      if (isFolderDataset(wanted)) return;
      if (wanted !== dataset) {
        dataset = wanted;
        // data of the other dataset is no use to this spec
        if (state.data && state.data.dataset !== dataset) {
          state.data = undefined;
          byId('data-status').textContent = '';
          byId('data-samples').replaceChildren();
        }
      }
      serverButton.textContent = `Load ${dataset} from the lenetc playground server`;
      renderFit();
    },
    current: () => state,
  };
}

/** The first test images with their class names, so the user sees the data is what they meant. */
function drawSamples(loaded: LoadedData): void {
  const { images, labels } = loaded.data.test;
  const count = Math.min(SAMPLES, images.count);
  const size = images.height * images.width;
  const figures = [];
  for (let i = 0; i < count; i++) {
    const canvas = el('canvas');
    canvas.width = images.width;
    canvas.height = images.height;
    const pixels = new ImageData(images.width, images.height);
    for (let p = 0; p < size; p++) {
      const v = images.pixels[i * size + p]!;
      pixels.data.set([v, v, v, 255], p * 4);
    }
    canvas.getContext('2d')!.putImageData(pixels, 0, 0);
    const figure = el('figure');
    figure.append(canvas, el('figcaption', undefined, CLASS_NAMES[loaded.dataset][labels.labels[i]!] ?? String(labels.labels[i])));
    figures.push(figure);
  }
  byId('data-samples').replaceChildren(...figures);
}
