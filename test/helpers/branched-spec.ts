/**
 * A small branched spec for the browser tests: a residual block (batch norm, an add) and a 1×1
 * side branch, concatenated: both merge kinds, small enough to train in seconds on SwiftShader.
 */
/** A residual block's definition (`blocks:` takes it as it is): two 3×3 convs with batch norm, added to the block's input. */
export const RESIDUAL_BLOCK = `
  residual:
    params: {filters: null, stride: 1}
    layers:
      - conv: {filters: $filters, kernel: 3, padding: 1, stride: $stride, bias: false, activation: none}
      - batchnorm: {momentum: 0.9}
      - activation: relu
      - conv: {filters: $filters, kernel: 3, padding: 1, bias: false, activation: none}
      - batchnorm: {name: bn, momentum: 0.9}
      - add: {from: [bn, input], activation: relu}`;

export const TINY_RESIDUAL = `name: tinyres
input: [28, 28, 1]
defaults: {activation: relu, init: he_normal}
blocks:${RESIDUAL_BLOCK}
layers:
  - conv: {name: stem, filters: 16, kernel: 3, padding: 1}
  - pool: {type: max, size: 2}
  - block: {use: residual, filters: 16}
  - conv: {name: side, from: pool1, filters: 8, kernel: 1}
  - concat: {from: [residual1_add1, side]}
  - pool: {type: max, size: 2}
  - flatten
  - dense: {units: 10, activation: none}
train:
  optimizer: {type: adam}
  lr: 0.01
`;

