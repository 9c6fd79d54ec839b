/**
 * lenetc as a library, the compiler: a spec's text → checked model → shapes → network plan →
 * TypeScript, Python (PyTorch), SVG or (with trained weights) ONNX. Everything here takes data and returns data,
 * with no file system, process or console, so it runs in a browser as it is; what needs Node
 * (files, datasets, tfjs training) is in `lenetc/node`.
 *
 * ```ts
 * import { checkSpec, memoryReader, emitTypeScript } from 'lenetc';
 * const result = checkSpec({ file: 'net.yaml', text }, { reader: memoryReader({}) });
 * if (result.ok) console.log(emitTypeScript(result.model!, result.shapes!, { specFile: 'net.yaml' }));
 * ```
 */
export { checkSpec, type CheckOptions, type CheckResult } from './pipeline.js';
export { parseSpec } from './parser/index.js';
export type { ParseInput, ParseOptions, ParseResult, SourceLocation, SpecReader } from './parser/types.js';
export { inferShapes } from './shape-inference/index.js';
export type { DatasetFacts } from './shape-inference/checks.js';
export type { LayerReport, Shape, ShapeReport } from './shape-inference/types.js';
export { planModel, tfModelName } from './plan/index.js';
export type {
  ActivationNode, AddNode, BatchNormNode, ConcatNode, ConvNode, DenseNode, DropoutNode, FlattenNode, ModelPlan, NodeActivation, OutputKind,
  Pads, PlanNode, PlannedInit, PlannedWeight, PlanOptions, PoolNode, WeightRole,
} from './plan/index.js';
export { tfjsLayers, type TfArgValue, type TfInitializer, type TfLayer, type TfLayerFn } from './plan/tfjs.js';
export { emitTypeScript, type EmitOptions } from './codegen/typescript.js';
export { renderGraph } from './codegen/svg.js';
export { IR_VERSION, OPSET, toOnnx, type OnnxExport, type OnnxOptions } from './codegen/onnx/index.js';
export { emitPyTorch, exportPyTorch, type PyTorchExport, type PyTorchExportOptions, type PyTorchModule, type PyTorchOptions } from './codegen/pytorch/index.js';
export { planWeights, type NamedWeight, type PlanWeights } from './plan/weights.js';
export { splitWeights, type WeightGroup, type WeightSpec } from './formats/weights-manifest.js';
export { formatShape, groupDigits, shapeTrace } from './format.js';
export { hasErrors, lineColumn, type Diagnostic, type DiagnosticCode, type Range, type Severity, type SpecPath } from './diagnostics.js';
export { UserError } from './errors.js';
export {
  ACTIVATIONS, DATASET_SHAPES, DATASETS, INITIALIZERS, INPUT_NAME, LAYER_KINDS, OPTIMIZERS, datasetName, isFolderDataset, outputTail,
  type Activation, type Dataset, type FolderDataset, type Initializer, type Layer, type LayerKind, type NetModel, type TrainConfig,
} from './model.js';
export { memoryReader } from './parser/memory-reader.js';
