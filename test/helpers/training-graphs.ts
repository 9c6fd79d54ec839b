/**
 * Two graphs between them hold every merge, global pooling and the optimizers the shipped specs
 * do not use: what a compiled program (WebGPU or CPU) must train as the wasm trainer does.
 */
export const GRAPHS: Record<string, string> = {
  // Adam's epsilon is 1e-3, not 1e-7: with v near zero a tiny gradient moves its weight by the full
  // rate whatever its size, so the GPU's and wasm's summation orders (a sign flipped at 1e-9)
  // would part the runs within 20 steps, where a one-ulp nudge of the weights does not
  'residual.yaml': `name: residual
input: [28, 28, 1]
defaults: {activation: relu, init: he_normal}
layers:
  - conv: {name: stem, filters: 8, kernel: 3, padding: 1, stride: 2}
  - conv: {filters: 8, kernel: 3, padding: 1, bias: false, activation: none}
  - batchnorm: {momentum: 0.9}
  - activation: relu
  - conv: {name: branch, filters: 8, kernel: 3, padding: 1, activation: none}
  - add: {name: res1, from: [branch, stem], activation: relu}
  - conv: {name: down, filters: 16, kernel: 3, padding: 1, stride: 2}
  - conv: {name: short, from: res1, filters: 16, kernel: 1, stride: 2, activation: none}
  - add: {name: res2, from: [down, short]}
  - concat: {from: [res2, down]}
  - pool: {type: avg, size: global}
  - flatten
  - dropout: 0.2
  - dense: {units: 10, activation: none}
train: {optimizer: {type: adam, epsilon: 0.001}, lr: 0.005, schedule: {type: cosine}}
`,
  // d1 comes first in the spec, but tfjs lists the deeper d2 first: the streams must follow the plan
  'inception.yaml': `name: inception
input: [28, 28, 1]
defaults: {activation: relu}
layers:
  - conv: {name: stem, filters: 6, kernel: 5, padding: 2}
  - pool: {name: p1, type: max, size: 2}
  - conv: {name: b1, filters: 4, kernel: 1}
  - dropout: {name: d1, rate: 0.2}
  - conv: {name: b2a, from: p1, filters: 4, kernel: 1}
  - dropout: {name: d2, rate: 0.3}
  - conv: {name: b2b, filters: 6, kernel: 3, padding: 1}
  - pool: {name: b3a, from: p1, type: avg, size: 3, stride: 1, padding: same}
  - conv: {name: b3b, filters: 4, kernel: 1, activation: tanh}
  - concat: {name: mix, from: [d1, b2b, b3b, p1]}
  - activation: elu
  - pool: {type: max, size: global}
  - flatten
  - dense: {units: 10, activation: softmax}
train: {optimizer: {type: rmsprop}, lr: 0.001, augment: {flip: true}}
`,
};
