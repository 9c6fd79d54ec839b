/**
 * The plan stage: from the shape-checked model to the ordered layer plan, the one mapping to
 * tfjs-layers constructor calls with every layer's shapes and weights. `emit --ts` prints it,
 * the runtime instantiates it and the WGSL codegen compiles it, so the model you train, the
 * code you keep and the GPU program are the same network. Pure data in, data out.
 */
import type { Activation, Initializer, Layer, NetModel } from '../model.js';
import type { Shape, ShapeReport } from '../shape-inference/types.js';

/** A tfjs initializer in its serialized form: accepted as-is by tfjs-layers' constructors. */
export interface TfInitializer {
  className: string;
  config: { seed?: number };
}

/** The tfjs-layers factory functions we use (`tf.layers.<fn>`). */
export type TfLayerFn =
  | 'zeroPadding2d' | 'conv2d' | 'averagePooling2d' | 'maxPooling2d' | 'flatten' | 'dense'
  | 'dropout' | 'batchNormalization' | 'activation';

/** Constructor arguments, JSON-shaped so templates can print them. */
export type TfArgValue = number | string | boolean | TfArgValue[] | TfInitializer;

/** A planned layer before shapes and weights are known. */
type TfLayer = Omit<PlannedLayer, 'input' | 'output' | 'weights'>;

/** What a weight is to its layer; tfjs names the weight `<layer>/<role>`. */
export type WeightRole = 'kernel' | 'bias' | 'gamma' | 'beta' | 'moving_mean' | 'moving_variance';

/** One weight variable of a planned layer, as tfjs-layers creates it. */
export interface PlannedWeight {
  /** `conv1/kernel`: the name tfjs gives it, and the key in saved weights. */
  name: string;
  role: WeightRole;
  /** conv kernels [kh, kw, cin, cout], dense kernels [in, out], vectors [n]. */
  shape: readonly number[];
  /** Moving statistics are updated by training but not by the optimizer. */
  trainable: boolean;
}

/** One tfjs layer to create; a spec layer maps to one or two of these. */
export interface PlannedLayer {
  fn: TfLayerFn;
  /** Also the tfjs layer name, unique within the model. */
  name: string;
  args: Record<string, TfArgValue>;
  /** The spec layer this came from. */
  source: Layer;
  /** One example's input and output shapes ([h, w, c] or [units]). */
  input: Shape;
  output: Shape;
  /** The layer's weights in tfjs's order (kernel, bias; gamma, beta, moving mean, moving variance). */
  weights: PlannedWeight[];
}

/** The whole network as tfjs layers, in order. */
export interface ModelPlan {
  /** The tfjs model name: the spec's name with every character tfjs would refuse replaced by `_`. */
  name: string;
  input: Shape;
  output: Shape;
  layers: PlannedLayer[];
  /** Every layer's weights, layer by layer (tfjs's `model.weights` lists the trainable ones first). */
  weights: PlannedWeight[];
}

/** What the plan needs besides the model and its shapes. */
export interface PlanOptions {
  /** Seeds every random initializer (layer i gets seed·1000 + i); leave out for unseeded weights. */
  seed?: number;
}

const TF_ACTIVATION: Record<Activation, string> = {
  none: 'linear', linear: 'linear', sigmoid: 'sigmoid', relu: 'relu', relu6: 'relu6', tanh: 'tanh',
  elu: 'elu', selu: 'selu', gelu: 'gelu', gelu_new: 'gelu_new', softplus: 'softplus',
  softsign: 'softsign', softmax: 'softmax', swish: 'swish', mish: 'mish', hard_sigmoid: 'hardSigmoid',
};

const TF_INITIALIZER: Record<Initializer, string> = {
  xavier_uniform: 'GlorotUniform', glorot_uniform: 'GlorotUniform',
  xavier_normal: 'GlorotNormal', glorot_normal: 'GlorotNormal',
  he_uniform: 'HeUniform', he_normal: 'HeNormal',
  lecun_uniform: 'LeCunUniform', lecun_normal: 'LeCunNormal',
  zeros: 'Zeros', ones: 'Ones', random_normal: 'RandomNormal', random_uniform: 'RandomUniform',
  truncated_normal: 'TruncatedNormal', orthogonal: 'Orthogonal',
};

/** Initializers that draw random numbers take a seed; the constant ones do not. */
function initializer(name: Initializer, seed: number | undefined): TfInitializer {
  const className = TF_INITIALIZER[name];
  const seeded = seed !== undefined && className !== 'Zeros' && className !== 'Ones';
  return { className, config: seeded ? { seed } : {} };
}

/**
 * The plan of a shape-checked `model` (`shapes` must cover every layer: inferShapes found no
 * error). With `seed`, every random initializer gets its own seed derived from it, so initial
 * weights are reproducible (dropout masks are not seeded).
 */
export function planModel(model: NetModel, shapes: ShapeReport, options: PlanOptions = {}): ModelPlan {
  const outputs = new Map(shapes.layers.map((r) => [r.index, r.output]));
  let input: Shape = model.input;
  const layers = planLayers(model, options.seed).map((p): PlannedLayer => {
    const output = p.fn === 'zeroPadding2d' ? paddedShape(p.source, input) : outputs.get(p.source.index);
    if (!output) throw new Error(`planModel: no shape for layer ${p.source.name}; plan only a model whose shapes checked`);
    const planned = { ...p, input, output, weights: layerWeights(p, input, output) };
    input = output;
    return planned;
  });
  return { name: tfModelName(model.name), input: model.input, output: input, layers, weights: layers.flatMap((l) => l.weights) };
}

/** The tfjs model name for a spec name: tfjs accepts letters, digits and `_`. */
export function tfModelName(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}

/** The shape after a conv's explicit zero padding (the conv's own zeroPadding2d). */
function paddedShape(layer: Layer, [h, w, c]: Shape): Shape {
  if (layer.kind !== 'conv' || typeof layer.padding === 'string') return [h, w, c];
  const { top, bottom, left, right } = layer.padding;
  return [h + top + bottom, w + left + right, c];
}

function layerWeights(p: TfLayer, input: Shape, output: Shape): PlannedWeight[] {
  const weight = (role: WeightRole, shape: readonly number[], trainable = true): PlannedWeight => ({ name: `${p.name}/${role}`, role, shape, trainable });
  const layer = p.source;
  switch (p.fn) {
    case 'conv2d': {
      if (layer.kind !== 'conv') break;
      const kernel = weight('kernel', [layer.kernel[0], layer.kernel[1], input[2], layer.filters]);
      return layer.bias ? [kernel, weight('bias', [layer.filters])] : [kernel];
    }
    case 'dense': {
      if (layer.kind !== 'dense') break;
      const kernel = weight('kernel', [input[0], layer.units]);
      return layer.bias ? [kernel, weight('bias', [layer.units])] : [kernel];
    }
    case 'batchNormalization': {
      const channels = [output[output.length - 1]];
      return [weight('gamma', channels), weight('beta', channels), weight('moving_mean', channels, false), weight('moving_variance', channels, false)];
    }
    default:
      break;
  }
  return [];
}

/** The tfjs layers for `model`, in order, without shapes (see planModel). */
function planLayers(model: NetModel, seed?: number): TfLayer[] {
  const layerSeed = (layer: Layer) => (seed === undefined ? undefined : seed * 1000 + layer.index);
  const planned: TfLayer[] = [];
  for (const layer of model.layers) {
    const name = layer.name;
    switch (layer.kind) {
      case 'conv': {
        let padding: 'same' | 'valid';
        if (typeof layer.padding === 'string') {
          padding = layer.padding;
        } else {
          // tfjs-layers convolutions only know same/valid: explicit padding is a ZeroPadding2D first
          const p = layer.padding;
          if (p.top || p.bottom || p.left || p.right) {
            planned.push({ fn: 'zeroPadding2d', name: `${name}_pad`, source: layer, args: { padding: [[p.top, p.bottom], [p.left, p.right]] } });
          }
          padding = 'valid';
        }
        planned.push({
          fn: 'conv2d', name, source: layer,
          args: {
            filters: layer.filters, kernelSize: [...layer.kernel], strides: [...layer.stride], padding,
            activation: TF_ACTIVATION[layer.activation], useBias: layer.bias,
            kernelInitializer: initializer(layer.init, layerSeed(layer)),
          },
        });
        break;
      }
      case 'pool':
        planned.push({
          fn: layer.type === 'max' ? 'maxPooling2d' : 'averagePooling2d', name, source: layer,
          args: { poolSize: [...layer.size], strides: [...layer.stride], padding: layer.padding },
        });
        break;
      case 'flatten':
        planned.push({ fn: 'flatten', name, source: layer, args: {} });
        break;
      case 'dense':
        planned.push({
          fn: 'dense', name, source: layer,
          args: {
            units: layer.units, activation: TF_ACTIVATION[layer.activation], useBias: layer.bias,
            kernelInitializer: initializer(layer.init, layerSeed(layer)),
          },
        });
        break;
      case 'dropout':
        // no seed: tfjs draws a seeded dropout mask afresh from the same seed on every call,
        // so a seeded layer would drop the same units in every batch
        planned.push({ fn: 'dropout', name, source: layer, args: { rate: layer.rate } });
        break;
      case 'batchnorm':
        planned.push({ fn: 'batchNormalization', name, source: layer, args: { momentum: layer.momentum, epsilon: layer.epsilon } });
        break;
      case 'activation':
        planned.push({ fn: 'activation', name, source: layer, args: { activation: TF_ACTIVATION[layer.activation] } });
        break;
    }
  }
  return planned;
}
