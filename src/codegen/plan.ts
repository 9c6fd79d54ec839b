/**
 * The one mapping from the checked model to tfjs-layers constructor calls. `emit --ts` prints
 * it and the runtime instantiates it, so the model you train and the code you keep are the same.
 */
import type { Activation, Initializer, Layer, NetModel } from '../model.js';

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

/** One tfjs layer to create; a spec layer maps to one or two of these. */
export interface PlannedLayer {
  fn: TfLayerFn;
  /** Also the tfjs layer name, unique within the model. */
  name: string;
  args: Record<string, TfArgValue>;
  /** The spec layer this came from. */
  source: Layer;
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
 * The tfjs layers for `model`, in order. With `seed`, every random initializer gets its own
 * seed derived from it, so initial weights are reproducible (dropout masks are not seeded).
 */
export function planLayers(model: NetModel, seed?: number): PlannedLayer[] {
  const layerSeed = (layer: Layer) => (seed === undefined ? undefined : seed * 1000 + layer.index);
  const planned: PlannedLayer[] = [];
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
