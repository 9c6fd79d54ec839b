/**
 * Shape inference: walks the layers once, applying one pure rule per layer kind, and adds up
 * params, MACs, receptive fields and activation memory. Stops at the first layer whose shape
 * fails (every later shape depends on it), then runs the whole-model checks.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Layer, NetModel, Pair } from '../model.js';
import { checkModel, FLOAT32_BYTES, type DatasetFacts } from './checks.js';
import { activationRule } from './rules/activation.js';
import { batchnormRule } from './rules/batchnorm.js';
import { convRule } from './rules/conv.js';
import { denseRule } from './rules/dense.js';
import { dropoutRule } from './rules/dropout.js';
import { flattenRule } from './rules/flatten.js';
import { poolRule } from './rules/pool.js';
import { elementCount, isSpatial, type RuleResult } from './rules/result.js';
import type { LayerReport, Shape, ShapeReport } from './types.js';

/**
 * Every layer's shape, params and MACs, the totals, and the shape diagnostics of `model`.
 * `data` gives a folder dataset's class count, for the output check (built-in ones are known).
 */
export function inferShapes(model: NetModel, data?: DatasetFacts): ShapeReport {
  const layers: LayerReport[] = [];
  const largestWeights: number[] = [];
  const diagnostics: Diagnostic[] = [];
  let shape: Shape = model.input;
  // an input pixel sees itself, and neighbouring pixels are one apart
  let receptiveField: Pair = [1, 1];
  let jump: Pair = [1, 1];
  let trainableParams = 0;
  let nonTrainableParams = 0;
  let macs = 0;
  let activationElements = elementCount(model.input);
  let complete = true;
  for (const layer of model.layers) {
    const result = applyRule(shape, layer);
    if (!result.ok) {
      diagnostics.push(result.diagnostic);
      complete = false;
      break;
    }
    if (result.window) {
      const { kernel, stride } = result.window;
      receptiveField = [receptiveField[0] + (kernel[0] - 1) * jump[0], receptiveField[1] + (kernel[1] - 1) * jump[1]];
      jump = [jump[0] * stride[0], jump[1] * stride[1]];
    }
    const report: LayerReport = {
      index: layer.index,
      kind: layer.kind,
      name: layer.name,
      input: shape,
      output: result.output,
      params: result.trainableParams + result.nonTrainableParams,
      trainableParams: result.trainableParams,
      nonTrainableParams: result.nonTrainableParams,
      macs: result.macs,
    };
    if (isSpatial(result.output)) {
      report.receptiveField = receptiveField;
      report.jump = jump;
    }
    layers.push(report);
    largestWeights.push(result.largestWeight);
    trainableParams += result.trainableParams;
    nonTrainableParams += result.nonTrainableParams;
    macs += result.macs;
    activationElements += elementCount(result.output);
    shape = result.output;
  }
  const params = trainableParams + nonTrainableParams;
  const activationBytesPerExample = activationElements * FLOAT32_BYTES;
  diagnostics.push(...checkModel({ model, data, layers, largestWeights, complete, params, activationBytesPerExample }));
  return { input: model.input, layers, params, trainableParams, nonTrainableParams, macs, activationBytesPerExample, diagnostics };
}

function applyRule(input: Shape, layer: Layer): RuleResult {
  switch (layer.kind) {
    case 'conv': return convRule(input, layer);
    case 'pool': return poolRule(input, layer);
    case 'dense': return denseRule(input, layer);
    case 'flatten': return flattenRule(input, layer);
    case 'dropout': return dropoutRule(input, layer);
    case 'batchnorm': return batchnormRule(input, layer);
    case 'activation': return activationRule(input, layer);
  }
}
