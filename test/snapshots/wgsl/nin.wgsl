// lenetc training program for nin
// NiN blocks (5×5 → 32, 5×5 → 64, 3×3 → 128, 3×3 → 10 with two 1×1 convolutions each), global average pooling, no dense layer
//
// Compiled for batch 128, 10 classes, storage bindings of at most 128.0 MiB (WebGPU's default maxStorageBufferBindingSize, which every adapter allows).
// A device with other limits lays it out again: `train --backend webgpu` compiles for its adapter.
//
// Buffers:
//   a0 (arena0): 32363776 floats (123.5 MiB)
//   a1 (arena1): 19106534 floats (72.9 MiB)
//   params: 181162 floats (every weight and moving statistic); state: 1 × 181158 floats (momentum)
//
// Tensors (offsets in floats; per-example tensors repeat for each example of the batch):
//   INPUT_Y                  a0 @ 0         784 per example: the batch's images, scaled to [0, 1] and augmented
//   NIN1_CONV1_Z             a0 @ 100352    25088 per example: nin1_conv1's output before its relu
//   NIN1_CONV1_Y             a0 @ 3311616   25088 per example: nin1_conv1's output: relu(z)
//   NIN1_CONV2_Z             a0 @ 6522880   25088 per example: nin1_conv2's output before its relu
//   NIN1_CONV2_Y             a0 @ 9734144   25088 per example: nin1_conv2's output: relu(z)
//   NIN1_CONV3_Z             a0 @ 12945408  25088 per example: nin1_conv3's output before its relu
//   NIN1_CONV3_Y             a0 @ 16156672  25088 per example: nin1_conv3's output: relu(z)
//   POOL1_Z                  a0 @ 19367936  5408 per example: pool1's output
//   NIN2_CONV1_Z             a0 @ 20060160  10816 per example: nin2_conv1's output before its relu
//   NIN2_CONV1_Y             a0 @ 21444608  10816 per example: nin2_conv1's output: relu(z)
//   NIN2_CONV2_Z             a0 @ 22829056  10816 per example: nin2_conv2's output before its relu
//   NIN2_CONV2_Y             a0 @ 24213504  10816 per example: nin2_conv2's output: relu(z)
//   NIN2_CONV3_Z             a0 @ 25597952  10816 per example: nin2_conv3's output before its relu
//   NIN2_CONV3_Y             a0 @ 26982400  10816 per example: nin2_conv3's output: relu(z)
//   POOL2_Z                  a0 @ 28366848  2304 per example: pool2's output
//   NIN3_CONV1_Z             a0 @ 28661760  4608 per example: nin3_conv1's output before its relu
//   NIN3_CONV1_Y             a0 @ 29251584  4608 per example: nin3_conv1's output: relu(z)
//   NIN3_CONV2_Z             a0 @ 29841408  4608 per example: nin3_conv2's output before its relu
//   NIN3_CONV2_Y             a0 @ 30431232  4608 per example: nin3_conv2's output: relu(z)
//   NIN3_CONV3_Z             a0 @ 31021056  4608 per example: nin3_conv3's output before its relu
//   NIN3_CONV3_Y             a0 @ 31610880  4608 per example: nin3_conv3's output: relu(z)
//   POOL3_Z                  a0 @ 32200704  512 per example: pool3's output
//   DROPOUT1_Z               a0 @ 32266240  512 per example: dropout1's output
//   NIN4_CONV1_Z             a0 @ 32331776  40 per example: nin4_conv1's output before its relu
//   NIN4_CONV1_Y             a0 @ 32336896  40 per example: nin4_conv1's output: relu(z)
//   NIN4_CONV2_Z             a0 @ 32342016  40 per example: nin4_conv2's output before its relu
//   NIN4_CONV2_Y             a0 @ 32347136  40 per example: nin4_conv2's output: relu(z)
//   NIN4_CONV3_Z             a0 @ 32352256  40 per example: nin4_conv3's output before its relu
//   NIN4_CONV3_Y             a0 @ 32357376  40 per example: nin4_conv3's output: relu(z)
//   POOL4_Z                  a0 @ 32362496  10 per example: pool4's output
//   NIN1_CONV1_DZ            a1 @ 0         25088 per example: the loss's gradient with respect to nin1_conv1's output before its relu
//   NIN1_CONV2_DZ            a1 @ 3211264   25088 per example: the loss's gradient with respect to nin1_conv2's output before its relu
//   NIN1_CONV3_DZ            a1 @ 6422528   25088 per example: the loss's gradient with respect to nin1_conv3's output before its relu
//   POOL1_DZ                 a1 @ 9633792   5408 per example: the loss's gradient with respect to pool1's output
//   NIN2_CONV1_DZ            a1 @ 10326016  10816 per example: the loss's gradient with respect to nin2_conv1's output before its relu
//   NIN2_CONV2_DZ            a1 @ 11710464  10816 per example: the loss's gradient with respect to nin2_conv2's output before its relu
//   NIN2_CONV3_DZ            a1 @ 13094912  10816 per example: the loss's gradient with respect to nin2_conv3's output before its relu
//   POOL2_DZ                 a1 @ 14479360  2304 per example: the loss's gradient with respect to pool2's output
//   NIN3_CONV1_DZ            a1 @ 14774272  4608 per example: the loss's gradient with respect to nin3_conv1's output before its relu
//   NIN3_CONV2_DZ            a1 @ 15364096  4608 per example: the loss's gradient with respect to nin3_conv2's output before its relu
//   NIN3_CONV3_DZ            a1 @ 15953920  4608 per example: the loss's gradient with respect to nin3_conv3's output before its relu
//   POOL3_DZ                 a1 @ 16543744  512 per example: the loss's gradient with respect to pool3's output
//   DROPOUT1_DZ              a1 @ 16609280  512 per example: the loss's gradient with respect to dropout1's output
//   NIN4_CONV1_DZ            a1 @ 16674816  40 per example: the loss's gradient with respect to nin4_conv1's output before its relu
//   NIN4_CONV2_DZ            a1 @ 16679936  40 per example: the loss's gradient with respect to nin4_conv2's output before its relu
//   NIN4_CONV3_DZ            a1 @ 16685056  40 per example: the loss's gradient with respect to nin4_conv3's output before its relu
//   POOL4_DZ                 a1 @ 16690176  10 per example: the loss's gradient with respect to pool4's output
//   NIN1_CONV1_PARTIALS      a1 @ 16691456  106496 floats: nin1_conv1's weight-gradient partial sums: 128 groups × 832 weights
//   NIN1_CONV2_PARTIALS      a1 @ 16797952  135168 floats: nin1_conv2's weight-gradient partial sums: 128 groups × 1056 weights
//   NIN1_CONV3_PARTIALS      a1 @ 16933120  135168 floats: nin1_conv3's weight-gradient partial sums: 128 groups × 1056 weights
//   NIN2_CONV1_PARTIALS      a1 @ 17068288  1127808 floats: nin2_conv1's weight-gradient partial sums: 22 groups × 51264 weights
//   NIN2_CONV2_PARTIALS      a1 @ 18196096  91520 floats: nin2_conv2's weight-gradient partial sums: 22 groups × 4160 weights
//   NIN2_CONV3_PARTIALS      a1 @ 18287616  91520 floats: nin2_conv3's weight-gradient partial sums: 22 groups × 4160 weights
//   NIN3_CONV1_PARTIALS      a1 @ 18379136  369280 floats: nin3_conv1's weight-gradient partial sums: 5 groups × 73856 weights
//   NIN3_CONV2_PARTIALS      a1 @ 18748416  82560 floats: nin3_conv2's weight-gradient partial sums: 5 groups × 16512 weights
//   NIN3_CONV3_PARTIALS      a1 @ 18830976  82560 floats: nin3_conv3's weight-gradient partial sums: 5 groups × 16512 weights
//   NIN4_CONV1_PARTIALS      a1 @ 18913536  11530 floats: nin4_conv1's weight-gradient partial sums: 1 group × 11530 weights
//   NIN4_CONV2_PARTIALS      a1 @ 18925120  110 floats: nin4_conv2's weight-gradient partial sums: 1 group × 110 weights
//   NIN4_CONV3_PARTIALS      a1 @ 18925248  110 floats: nin4_conv3's weight-gradient partial sums: 1 group × 110 weights
//   GRADIENT                 a1 @ 18925376  181158 floats: every trainable float's gradient, as the update used it
//
// Weights (offsets in floats into params; trainable ones also index the gradient and state):
//   NIN1_CONV1_KERNEL        params @ 0         nin1_conv1/kernel [5, 5, 1, 32], trainable @ 0
//   NIN1_CONV1_BIAS          params @ 800       nin1_conv1/bias [32], trainable @ 800
//   NIN1_CONV2_KERNEL        params @ 832       nin1_conv2/kernel [1, 1, 32, 32], trainable @ 832
//   NIN1_CONV2_BIAS          params @ 1856      nin1_conv2/bias [32], trainable @ 1856
//   NIN1_CONV3_KERNEL        params @ 1888      nin1_conv3/kernel [1, 1, 32, 32], trainable @ 1888
//   NIN1_CONV3_BIAS          params @ 2912      nin1_conv3/bias [32], trainable @ 2912
//   NIN2_CONV1_KERNEL        params @ 2944      nin2_conv1/kernel [5, 5, 32, 64], trainable @ 2944
//   NIN2_CONV1_BIAS          params @ 54144     nin2_conv1/bias [64], trainable @ 54144
//   NIN2_CONV2_KERNEL        params @ 54208     nin2_conv2/kernel [1, 1, 64, 64], trainable @ 54208
//   NIN2_CONV2_BIAS          params @ 58304     nin2_conv2/bias [64], trainable @ 58304
//   NIN2_CONV3_KERNEL        params @ 58368     nin2_conv3/kernel [1, 1, 64, 64], trainable @ 58368
//   NIN2_CONV3_BIAS          params @ 62464     nin2_conv3/bias [64], trainable @ 62464
//   NIN3_CONV1_KERNEL        params @ 62528     nin3_conv1/kernel [3, 3, 64, 128], trainable @ 62528
//   NIN3_CONV1_BIAS          params @ 136256    nin3_conv1/bias [128], trainable @ 136256
//   NIN3_CONV2_KERNEL        params @ 136384    nin3_conv2/kernel [1, 1, 128, 128], trainable @ 136384
//   NIN3_CONV2_BIAS          params @ 152768    nin3_conv2/bias [128], trainable @ 152768
//   NIN3_CONV3_KERNEL        params @ 152896    nin3_conv3/kernel [1, 1, 128, 128], trainable @ 152896
//   NIN3_CONV3_BIAS          params @ 169280    nin3_conv3/bias [128], trainable @ 169280
//   NIN4_CONV1_KERNEL        params @ 169408    nin4_conv1/kernel [3, 3, 128, 10], trainable @ 169408
//   NIN4_CONV1_BIAS          params @ 180928    nin4_conv1/bias [10], trainable @ 180928
//   NIN4_CONV2_KERNEL        params @ 180940    nin4_conv2/kernel [1, 1, 10, 10], trainable @ 180938
//   NIN4_CONV2_BIAS          params @ 181040    nin4_conv2/bias [10], trainable @ 181038
//   NIN4_CONV3_KERNEL        params @ 181052    nin4_conv3/kernel [1, 1, 10, 10], trainable @ 181048
//   NIN4_CONV3_BIAS          params @ 181152    nin4_conv3/bias [10], trainable @ 181148
//
// A training step dispatches, in order:
//   train 1: input, nin1_conv1.forward, nin1_conv2.forward, nin1_conv3.forward, pool1.forward, nin2_conv1.forward, nin2_conv2.forward, nin2_conv3.forward, pool2.forward, nin3_conv1.forward, nin3_conv2.forward, nin3_conv3.forward, pool3.forward, dropout1.forward, nin4_conv1.forward, nin4_conv2.forward, nin4_conv3.forward, pool4.forward, loss, pool4.input-gradient, nin4_conv3.input-gradient, nin4_conv2.input-gradient, nin4_conv1.input-gradient, dropout1.input-gradient, pool3.input-gradient, nin3_conv3.input-gradient, nin3_conv2.input-gradient, nin3_conv1.input-gradient, pool2.input-gradient, nin2_conv3.input-gradient, nin2_conv2.input-gradient, nin2_conv1.input-gradient, pool1.input-gradient, nin1_conv3.input-gradient, nin1_conv2.input-gradient (128 workgroups; binds step, table, images, params, params as vec4s, labels, results, arena0, arena1)
//   weight-gradients (3300 workgroups; binds step, arena0, arena1)
//   partial-sums (5162 workgroups; binds arena1)
//   update (2832 workgroups; binds step, params, state, results, metrics, arena1)
// An evaluation batch dispatches:
//   evaluate 1: input, nin1_conv1.forward, nin1_conv2.forward, nin1_conv3.forward, pool1.forward, nin2_conv1.forward, nin2_conv2.forward, nin2_conv3.forward, pool2.forward, nin3_conv1.forward, nin3_conv2.forward, nin3_conv3.forward, pool3.forward, dropout1.evaluate, nin4_conv1.forward, nin4_conv2.forward, nin4_conv3.forward, pool4.forward, loss.evaluate (128 workgroups; binds step, table, images, params, params as vec4s, labels, results, arena0)

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 1: input, nin1_conv1.forward, nin1_conv2.forward, nin1_conv3.forward, pool1.forward, nin2_conv1.forward, nin2_conv2.forward, nin2_conv3.forward, pool2.forward, nin3_conv1.forward, nin3_conv2.forward, nin3_conv3.forward, pool3.forward, dropout1.forward, nin4_conv1.forward, nin4_conv2.forward, nin4_conv3.forward, pool4.forward, loss, pool4.input-gradient, nin4_conv3.input-gradient, nin4_conv2.input-gradient, nin4_conv1.input-gradient, dropout1.input-gradient, pool3.input-gradient, nin3_conv3.input-gradient, nin3_conv2.input-gradient, nin3_conv1.input-gradient, pool2.input-gradient, nin2_conv3.input-gradient, nin2_conv2.input-gradient, nin2_conv1.input-gradient, pool1.input-gradient, nin1_conv3.input-gradient, nin1_conv2.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const NIN1_CONV1_Z = 100352u; // a0, 25088 floats per example: nin1_conv1's output before its relu
const NIN1_CONV1_Y = 3311616u; // a0, 25088 floats per example: nin1_conv1's output: relu(z)
const NIN1_CONV2_Z = 6522880u; // a0, 25088 floats per example: nin1_conv2's output before its relu
const NIN1_CONV2_Y = 9734144u; // a0, 25088 floats per example: nin1_conv2's output: relu(z)
const NIN1_CONV3_Z = 12945408u; // a0, 25088 floats per example: nin1_conv3's output before its relu
const NIN1_CONV3_Y = 16156672u; // a0, 25088 floats per example: nin1_conv3's output: relu(z)
const POOL1_Z = 19367936u; // a0, 5408 floats per example: pool1's output
const NIN2_CONV1_Z = 20060160u; // a0, 10816 floats per example: nin2_conv1's output before its relu
const NIN2_CONV1_Y = 21444608u; // a0, 10816 floats per example: nin2_conv1's output: relu(z)
const NIN2_CONV2_Z = 22829056u; // a0, 10816 floats per example: nin2_conv2's output before its relu
const NIN2_CONV2_Y = 24213504u; // a0, 10816 floats per example: nin2_conv2's output: relu(z)
const NIN2_CONV3_Z = 25597952u; // a0, 10816 floats per example: nin2_conv3's output before its relu
const NIN2_CONV3_Y = 26982400u; // a0, 10816 floats per example: nin2_conv3's output: relu(z)
const POOL2_Z = 28366848u; // a0, 2304 floats per example: pool2's output
const NIN3_CONV1_Z = 28661760u; // a0, 4608 floats per example: nin3_conv1's output before its relu
const NIN3_CONV1_Y = 29251584u; // a0, 4608 floats per example: nin3_conv1's output: relu(z)
const NIN3_CONV2_Z = 29841408u; // a0, 4608 floats per example: nin3_conv2's output before its relu
const NIN3_CONV2_Y = 30431232u; // a0, 4608 floats per example: nin3_conv2's output: relu(z)
const NIN3_CONV3_Z = 31021056u; // a0, 4608 floats per example: nin3_conv3's output before its relu
const NIN3_CONV3_Y = 31610880u; // a0, 4608 floats per example: nin3_conv3's output: relu(z)
const POOL3_Z = 32200704u; // a0, 512 floats per example: pool3's output
const DROPOUT1_Z = 32266240u; // a0, 512 floats per example: dropout1's output
const NIN4_CONV1_Z = 32331776u; // a0, 40 floats per example: nin4_conv1's output before its relu
const NIN4_CONV1_Y = 32336896u; // a0, 40 floats per example: nin4_conv1's output: relu(z)
const NIN4_CONV2_Z = 32342016u; // a0, 40 floats per example: nin4_conv2's output before its relu
const NIN4_CONV2_Y = 32347136u; // a0, 40 floats per example: nin4_conv2's output: relu(z)
const NIN4_CONV3_Z = 32352256u; // a0, 40 floats per example: nin4_conv3's output before its relu
const NIN4_CONV3_Y = 32357376u; // a0, 40 floats per example: nin4_conv3's output: relu(z)
const POOL4_Z = 32362496u; // a0, 10 floats per example: pool4's output
const NIN1_CONV1_DZ = 0u; // a1, 25088 floats per example: the loss's gradient with respect to nin1_conv1's output before its relu
const NIN1_CONV2_DZ = 3211264u; // a1, 25088 floats per example: the loss's gradient with respect to nin1_conv2's output before its relu
const NIN1_CONV3_DZ = 6422528u; // a1, 25088 floats per example: the loss's gradient with respect to nin1_conv3's output before its relu
const POOL1_DZ = 9633792u; // a1, 5408 floats per example: the loss's gradient with respect to pool1's output
const NIN2_CONV1_DZ = 10326016u; // a1, 10816 floats per example: the loss's gradient with respect to nin2_conv1's output before its relu
const NIN2_CONV2_DZ = 11710464u; // a1, 10816 floats per example: the loss's gradient with respect to nin2_conv2's output before its relu
const NIN2_CONV3_DZ = 13094912u; // a1, 10816 floats per example: the loss's gradient with respect to nin2_conv3's output before its relu
const POOL2_DZ = 14479360u; // a1, 2304 floats per example: the loss's gradient with respect to pool2's output
const NIN3_CONV1_DZ = 14774272u; // a1, 4608 floats per example: the loss's gradient with respect to nin3_conv1's output before its relu
const NIN3_CONV2_DZ = 15364096u; // a1, 4608 floats per example: the loss's gradient with respect to nin3_conv2's output before its relu
const NIN3_CONV3_DZ = 15953920u; // a1, 4608 floats per example: the loss's gradient with respect to nin3_conv3's output before its relu
const POOL3_DZ = 16543744u; // a1, 512 floats per example: the loss's gradient with respect to pool3's output
const DROPOUT1_DZ = 16609280u; // a1, 512 floats per example: the loss's gradient with respect to dropout1's output
const NIN4_CONV1_DZ = 16674816u; // a1, 40 floats per example: the loss's gradient with respect to nin4_conv1's output before its relu
const NIN4_CONV2_DZ = 16679936u; // a1, 40 floats per example: the loss's gradient with respect to nin4_conv2's output before its relu
const NIN4_CONV3_DZ = 16685056u; // a1, 40 floats per example: the loss's gradient with respect to nin4_conv3's output before its relu
const POOL4_DZ = 16690176u; // a1, 10 floats per example: the loss's gradient with respect to pool4's output
const NIN1_CONV1_KERNEL = 0u; // params: nin1_conv1/kernel [5, 5, 1, 32]
const NIN1_CONV1_BIAS = 800u; // params: nin1_conv1/bias [32]
const NIN1_CONV2_KERNEL = 832u; // params: nin1_conv2/kernel [1, 1, 32, 32]
const NIN1_CONV2_BIAS = 1856u; // params: nin1_conv2/bias [32]
const NIN1_CONV3_KERNEL = 1888u; // params: nin1_conv3/kernel [1, 1, 32, 32]
const NIN1_CONV3_BIAS = 2912u; // params: nin1_conv3/bias [32]
const NIN2_CONV1_KERNEL = 2944u; // params: nin2_conv1/kernel [5, 5, 32, 64]
const NIN2_CONV1_BIAS = 54144u; // params: nin2_conv1/bias [64]
const NIN2_CONV2_KERNEL = 54208u; // params: nin2_conv2/kernel [1, 1, 64, 64]
const NIN2_CONV2_BIAS = 58304u; // params: nin2_conv2/bias [64]
const NIN2_CONV3_KERNEL = 58368u; // params: nin2_conv3/kernel [1, 1, 64, 64]
const NIN2_CONV3_BIAS = 62464u; // params: nin2_conv3/bias [64]
const NIN3_CONV1_KERNEL = 62528u; // params: nin3_conv1/kernel [3, 3, 64, 128]
const NIN3_CONV1_BIAS = 136256u; // params: nin3_conv1/bias [128]
const NIN3_CONV2_KERNEL = 136384u; // params: nin3_conv2/kernel [1, 1, 128, 128]
const NIN3_CONV2_BIAS = 152768u; // params: nin3_conv2/bias [128]
const NIN3_CONV3_KERNEL = 152896u; // params: nin3_conv3/kernel [1, 1, 128, 128]
const NIN3_CONV3_BIAS = 169280u; // params: nin3_conv3/bias [128]
const NIN4_CONV1_KERNEL = 169408u; // params: nin4_conv1/kernel [3, 3, 128, 10]
const NIN4_CONV1_BIAS = 180928u; // params: nin4_conv1/bias [10]
const NIN4_CONV2_KERNEL = 180940u; // params: nin4_conv2/kernel [1, 1, 10, 10]
const NIN4_CONV2_BIAS = 181040u; // params: nin4_conv2/bias [10]
const NIN4_CONV3_KERNEL = 181052u; // params: nin4_conv3/kernel [1, 1, 10, 10]
const NIN4_CONV3_BIAS = 181152u; // params: nin4_conv3/bias [10]

struct Step {
  n: u32,      // examples in this batch (the last batch of an epoch may be short)
  row: u32,    // this batch's first row in the table and the results
  slot: u32,   // this step's metrics slot
  gstep: u32,  // steps trained since the run began: keys the dropout masks
  lr: f32,     // the learning rate
  c1: f32,     // adam: 1 - beta1^t
  c2: f32,     // adam: 1 - beta2^t
  seed: u32,   // the run's seed: keys the dropout masks
}

@group(0) @binding(0) var<uniform> step: Step;
@group(0) @binding(1) var<storage, read> table: array<u32>;
@group(0) @binding(2) var<storage, read> images: array<u32>;
@group(0) @binding(3) var<storage, read> params: array<f32>;
@group(0) @binding(4) var<storage, read> params4: array<vec4<f32>>;
@group(0) @binding(5) var<storage, read> labels: array<u32>;
@group(0) @binding(6) var<storage, read_write> results: array<f32>;
@group(0) @binding(7) var<storage, read_write> a0: array<f32>;
@group(0) @binding(8) var<storage, read_write> a1: array<f32>;

const THREADS = 256u;

fn philox_mulhi(a: u32, b: u32) -> u32 {
  let al = a & 0xffffu; let ah = a >> 16u; let bl = b & 0xffffu; let bh = b >> 16u;
  let t = ah * bl + ((al * bl) >> 16u);
  let w = (t & 0xffffu) + al * bh;
  return ah * bh + (t >> 16u) + (w >> 16u);
}
fn philox(counter: vec4<u32>, key: vec2<u32>) -> vec4<u32> {
  var c = counter;
  var k = key;
  for (var r = 0; r < 10; r++) {
    let hi0 = philox_mulhi(3528531795u, c.x); let lo0 = 3528531795u * c.x;
    let hi1 = philox_mulhi(3449720151u, c.z); let lo1 = 3449720151u * c.z;
    c = vec4<u32>(hi1 ^ c.y ^ k.x, lo1, hi0 ^ c.w ^ k.y, lo0);
    k = k + vec2<u32>(2654435769u, 3144134277u);
  }
  return c;
}
// keep an element when its uniform draw in [0, 1) (24 bits) is at least the rate
fn dropout_keep(seed: u32, gstep: u32, stream: u32, element: u32, rate: f32) -> bool {
  let u = f32(philox(vec4<u32>(element, gstep, stream, 0u), vec2<u32>(seed, 1818586725u)).x >> 8u) * 5.960464477539063e-8;
  return u >= rate;
}

fn lenetc_sigmoid(z: f32) -> f32 { return 1.0 / (1.0 + exp(-z)); }
// tanh through exp(-2|z|): WGSL's tanh may overflow to NaN for large |z| on some drivers
fn lenetc_tanh(z: f32) -> f32 { let e = exp(-2.0 * abs(z)); return sign(z) * (1.0 - e) / (1.0 + e); }
// tfjs's softplus: x above -log(eps)-2, exp(x) below log(eps)+2, log1p(exp(x)) between
fn lenetc_softplus(z: f32) -> f32 {
  let threshold = -13.942384719848633;
  if (z < threshold) { return exp(z); }
  if (z > -threshold) { return z; }
  return log(1.0 + exp(z));
}
// tfjs's erf: Abramowitz and Stegun 7.1.26
fn lenetc_erf(x: f32) -> f32 {
  let v = abs(x);
  let t = 1.0 / (1.0 + 0.3275911 * v);
  let poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  return sign(x) * (1.0 - poly * exp(-v * v));
}
fn act_linear(z: f32) -> f32 { return z; }
fn dact_linear(z: f32) -> f32 { return 1.0; }
fn act_relu(z: f32) -> f32 { return max(z, 0.0); }
fn dact_relu(z: f32) -> f32 { return select(0.0, 1.0, z > 0.0); }

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // input: the example's pixels from the data set, x/255, flipped and shifted by its augmentation word; an item per pixel and channel
  {
    const ITEMS = 784;
    const H = 28;
    const W = 28;
    for (var e = t; e < ITEMS; e += THREADS) {
      let y = e / W;
      let x = e % W;
      let entry = (step.row + b) * 2u;
      let example = table[entry];
      let aug = table[entry + 1u];
      let sy = i32(y) - (i32((aug >> 8u) & 255u) - 128);
      var sx = i32(x) - (i32((aug >> 16u) & 255u) - 128);
      var v = 0.0;
      if (sy >= 0 && sy < H && sx >= 0 && sx < W) {
        if ((aug & 1u) == 1u) { sx = W - 1 - sx; }
        let p = (example * H + u32(sy)) * W + u32(sx);
        v = f32((images[p >> 2u] >> ((p & 3u) * 8u)) & 255u) / 255.0;
      }
      a0[INPUT_Y + b * 784 + e] = v;
    }
  }
  storageBarrier();
  // nin1_conv1.forward: z, and y = relu(z), = bias + 5×5 windows of input's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 1568;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = row + u32(clamp(ix, 0, IN_W - 1));
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = row + u32(clamp(ix + 1, 0, IN_W - 1));
            let wi = NIN1_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * OUT_C + co;
            let x0 = select(0.0, a0[INPUT_Y + xi0], in0);
            let x1 = select(0.0, a0[INPUT_Y + xi1], in1);
            let w0 = params4[wi / 4u];
            let w1 = params4[wi / 4u + 1];
            acc0_0 = acc0_0 + x0 * w0;
            acc0_1 = acc0_1 + x1 * w0;
            acc1_0 = acc1_0 + x0 * w1;
            acc1_1 = acc1_1 + x1 * w1;
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN1_CONV1_BIAS + co];
        a0[NIN1_CONV1_Z + out0] = zv;
        a0[NIN1_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[NIN1_CONV1_BIAS + co];
        a0[NIN1_CONV1_Z + out1] = zv;
        a0[NIN1_CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN1_CONV1_BIAS + co + 1];
        a0[NIN1_CONV1_Z + out0 + 1] = zv;
        a0[NIN1_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[NIN1_CONV1_BIAS + co + 1];
        a0[NIN1_CONV1_Z + out1 + 1] = zv;
        a0[NIN1_CONV1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN1_CONV1_BIAS + co + 2];
        a0[NIN1_CONV1_Z + out0 + 2] = zv;
        a0[NIN1_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[NIN1_CONV1_BIAS + co + 2];
        a0[NIN1_CONV1_Z + out1 + 2] = zv;
        a0[NIN1_CONV1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN1_CONV1_BIAS + co + 3];
        a0[NIN1_CONV1_Z + out0 + 3] = zv;
        a0[NIN1_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[NIN1_CONV1_BIAS + co + 3];
        a0[NIN1_CONV1_Z + out1 + 3] = zv;
        a0[NIN1_CONV1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN1_CONV1_BIAS + co + 4];
        a0[NIN1_CONV1_Z + out0 + 4] = zv;
        a0[NIN1_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[NIN1_CONV1_BIAS + co + 4];
        a0[NIN1_CONV1_Z + out1 + 4] = zv;
        a0[NIN1_CONV1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN1_CONV1_BIAS + co + 5];
        a0[NIN1_CONV1_Z + out0 + 5] = zv;
        a0[NIN1_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[NIN1_CONV1_BIAS + co + 5];
        a0[NIN1_CONV1_Z + out1 + 5] = zv;
        a0[NIN1_CONV1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN1_CONV1_BIAS + co + 6];
        a0[NIN1_CONV1_Z + out0 + 6] = zv;
        a0[NIN1_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[NIN1_CONV1_BIAS + co + 6];
        a0[NIN1_CONV1_Z + out1 + 6] = zv;
        a0[NIN1_CONV1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN1_CONV1_BIAS + co + 7];
        a0[NIN1_CONV1_Z + out0 + 7] = zv;
        a0[NIN1_CONV1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[NIN1_CONV1_BIAS + co + 7];
        a0[NIN1_CONV1_Z + out1 + 7] = zv;
        a0[NIN1_CONV1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin1_conv2.forward: z, and y = relu(z), = bias + 1×1 windows of nin1_conv1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 1568;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = NIN1_CONV2_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN1_CONV1_Y + xi0 + ci];
        let x1 = a0[NIN1_CONV1_Y + xi1 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN1_CONV2_BIAS + co];
        a0[NIN1_CONV2_Z + out0] = zv;
        a0[NIN1_CONV2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[NIN1_CONV2_BIAS + co];
        a0[NIN1_CONV2_Z + out1] = zv;
        a0[NIN1_CONV2_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN1_CONV2_BIAS + co + 1];
        a0[NIN1_CONV2_Z + out0 + 1] = zv;
        a0[NIN1_CONV2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[NIN1_CONV2_BIAS + co + 1];
        a0[NIN1_CONV2_Z + out1 + 1] = zv;
        a0[NIN1_CONV2_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN1_CONV2_BIAS + co + 2];
        a0[NIN1_CONV2_Z + out0 + 2] = zv;
        a0[NIN1_CONV2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[NIN1_CONV2_BIAS + co + 2];
        a0[NIN1_CONV2_Z + out1 + 2] = zv;
        a0[NIN1_CONV2_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN1_CONV2_BIAS + co + 3];
        a0[NIN1_CONV2_Z + out0 + 3] = zv;
        a0[NIN1_CONV2_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[NIN1_CONV2_BIAS + co + 3];
        a0[NIN1_CONV2_Z + out1 + 3] = zv;
        a0[NIN1_CONV2_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN1_CONV2_BIAS + co + 4];
        a0[NIN1_CONV2_Z + out0 + 4] = zv;
        a0[NIN1_CONV2_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[NIN1_CONV2_BIAS + co + 4];
        a0[NIN1_CONV2_Z + out1 + 4] = zv;
        a0[NIN1_CONV2_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN1_CONV2_BIAS + co + 5];
        a0[NIN1_CONV2_Z + out0 + 5] = zv;
        a0[NIN1_CONV2_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[NIN1_CONV2_BIAS + co + 5];
        a0[NIN1_CONV2_Z + out1 + 5] = zv;
        a0[NIN1_CONV2_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN1_CONV2_BIAS + co + 6];
        a0[NIN1_CONV2_Z + out0 + 6] = zv;
        a0[NIN1_CONV2_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[NIN1_CONV2_BIAS + co + 6];
        a0[NIN1_CONV2_Z + out1 + 6] = zv;
        a0[NIN1_CONV2_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN1_CONV2_BIAS + co + 7];
        a0[NIN1_CONV2_Z + out0 + 7] = zv;
        a0[NIN1_CONV2_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[NIN1_CONV2_BIAS + co + 7];
        a0[NIN1_CONV2_Z + out1 + 7] = zv;
        a0[NIN1_CONV2_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin1_conv3.forward: z, and y = relu(z), = bias + 1×1 windows of nin1_conv2's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 1568;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = NIN1_CONV3_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN1_CONV2_Y + xi0 + ci];
        let x1 = a0[NIN1_CONV2_Y + xi1 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN1_CONV3_BIAS + co];
        a0[NIN1_CONV3_Z + out0] = zv;
        a0[NIN1_CONV3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[NIN1_CONV3_BIAS + co];
        a0[NIN1_CONV3_Z + out1] = zv;
        a0[NIN1_CONV3_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN1_CONV3_BIAS + co + 1];
        a0[NIN1_CONV3_Z + out0 + 1] = zv;
        a0[NIN1_CONV3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[NIN1_CONV3_BIAS + co + 1];
        a0[NIN1_CONV3_Z + out1 + 1] = zv;
        a0[NIN1_CONV3_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN1_CONV3_BIAS + co + 2];
        a0[NIN1_CONV3_Z + out0 + 2] = zv;
        a0[NIN1_CONV3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[NIN1_CONV3_BIAS + co + 2];
        a0[NIN1_CONV3_Z + out1 + 2] = zv;
        a0[NIN1_CONV3_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN1_CONV3_BIAS + co + 3];
        a0[NIN1_CONV3_Z + out0 + 3] = zv;
        a0[NIN1_CONV3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[NIN1_CONV3_BIAS + co + 3];
        a0[NIN1_CONV3_Z + out1 + 3] = zv;
        a0[NIN1_CONV3_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN1_CONV3_BIAS + co + 4];
        a0[NIN1_CONV3_Z + out0 + 4] = zv;
        a0[NIN1_CONV3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[NIN1_CONV3_BIAS + co + 4];
        a0[NIN1_CONV3_Z + out1 + 4] = zv;
        a0[NIN1_CONV3_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN1_CONV3_BIAS + co + 5];
        a0[NIN1_CONV3_Z + out0 + 5] = zv;
        a0[NIN1_CONV3_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[NIN1_CONV3_BIAS + co + 5];
        a0[NIN1_CONV3_Z + out1 + 5] = zv;
        a0[NIN1_CONV3_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN1_CONV3_BIAS + co + 6];
        a0[NIN1_CONV3_Z + out0 + 6] = zv;
        a0[NIN1_CONV3_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[NIN1_CONV3_BIAS + co + 6];
        a0[NIN1_CONV3_Z + out1 + 6] = zv;
        a0[NIN1_CONV3_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN1_CONV3_BIAS + co + 7];
        a0[NIN1_CONV3_Z + out0 + 7] = zv;
        a0[NIN1_CONV3_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[NIN1_CONV3_BIAS + co + 7];
        a0[NIN1_CONV3_Z + out1 + 7] = zv;
        a0[NIN1_CONV3_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // pool1.forward: max pooling over 3×3 windows of nin1_conv3's output; an item per output element
  {
    const ITEMS = 5408;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_W = 13;
    const OUT_C = 32;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = -3.4028234663852886e38;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) * STRIDE_H + ky;
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let ix = i32(ox) * STRIDE_W + kx;
          let v = a0[NIN1_CONV3_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL1_Z + b * 5408 + e] = acc;
    }
  }
  storageBarrier();
  // nin2_conv1.forward: z, and y = relu(z), = bias + 5×5 windows of pool1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 1352;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 32;
    const OUT_H = 13;
    const OUT_W = 13;
    const OUT_C = 64;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const POSITIONS = 169;
    const ROW_ITEMS = 13;
    const BLOCK = 8;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = r % ROW_ITEMS;
      var acc0_0 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            var wi = NIN2_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[POOL1_Z + xi0 + ci], in0);
              let w0 = params4[wi / 4u];
              let w1 = params4[wi / 4u + 1];
              acc0_0 = acc0_0 + x0 * w0;
              acc1_0 = acc1_0 + x0 * w1;
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN2_CONV1_BIAS + co];
        a0[NIN2_CONV1_Z + out0] = zv;
        a0[NIN2_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN2_CONV1_BIAS + co + 1];
        a0[NIN2_CONV1_Z + out0 + 1] = zv;
        a0[NIN2_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN2_CONV1_BIAS + co + 2];
        a0[NIN2_CONV1_Z + out0 + 2] = zv;
        a0[NIN2_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN2_CONV1_BIAS + co + 3];
        a0[NIN2_CONV1_Z + out0 + 3] = zv;
        a0[NIN2_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN2_CONV1_BIAS + co + 4];
        a0[NIN2_CONV1_Z + out0 + 4] = zv;
        a0[NIN2_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN2_CONV1_BIAS + co + 5];
        a0[NIN2_CONV1_Z + out0 + 5] = zv;
        a0[NIN2_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN2_CONV1_BIAS + co + 6];
        a0[NIN2_CONV1_Z + out0 + 6] = zv;
        a0[NIN2_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN2_CONV1_BIAS + co + 7];
        a0[NIN2_CONV1_Z + out0 + 7] = zv;
        a0[NIN2_CONV1_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin2_conv2.forward: z, and y = relu(z), = bias + 1×1 windows of nin2_conv1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 1352;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 64;
    const OUT_H = 13;
    const OUT_W = 13;
    const OUT_C = 64;
    const POSITIONS = 169;
    const ROW_ITEMS = 13;
    const BLOCK = 8;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = r % ROW_ITEMS;
      var acc0_0 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      var wi = NIN2_CONV2_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN2_CONV1_Y + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN2_CONV2_BIAS + co];
        a0[NIN2_CONV2_Z + out0] = zv;
        a0[NIN2_CONV2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN2_CONV2_BIAS + co + 1];
        a0[NIN2_CONV2_Z + out0 + 1] = zv;
        a0[NIN2_CONV2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN2_CONV2_BIAS + co + 2];
        a0[NIN2_CONV2_Z + out0 + 2] = zv;
        a0[NIN2_CONV2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN2_CONV2_BIAS + co + 3];
        a0[NIN2_CONV2_Z + out0 + 3] = zv;
        a0[NIN2_CONV2_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN2_CONV2_BIAS + co + 4];
        a0[NIN2_CONV2_Z + out0 + 4] = zv;
        a0[NIN2_CONV2_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN2_CONV2_BIAS + co + 5];
        a0[NIN2_CONV2_Z + out0 + 5] = zv;
        a0[NIN2_CONV2_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN2_CONV2_BIAS + co + 6];
        a0[NIN2_CONV2_Z + out0 + 6] = zv;
        a0[NIN2_CONV2_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN2_CONV2_BIAS + co + 7];
        a0[NIN2_CONV2_Z + out0 + 7] = zv;
        a0[NIN2_CONV2_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin2_conv3.forward: z, and y = relu(z), = bias + 1×1 windows of nin2_conv2's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 1352;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 64;
    const OUT_H = 13;
    const OUT_W = 13;
    const OUT_C = 64;
    const POSITIONS = 169;
    const ROW_ITEMS = 13;
    const BLOCK = 8;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = r % ROW_ITEMS;
      var acc0_0 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      var wi = NIN2_CONV3_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN2_CONV2_Y + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN2_CONV3_BIAS + co];
        a0[NIN2_CONV3_Z + out0] = zv;
        a0[NIN2_CONV3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN2_CONV3_BIAS + co + 1];
        a0[NIN2_CONV3_Z + out0 + 1] = zv;
        a0[NIN2_CONV3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN2_CONV3_BIAS + co + 2];
        a0[NIN2_CONV3_Z + out0 + 2] = zv;
        a0[NIN2_CONV3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN2_CONV3_BIAS + co + 3];
        a0[NIN2_CONV3_Z + out0 + 3] = zv;
        a0[NIN2_CONV3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN2_CONV3_BIAS + co + 4];
        a0[NIN2_CONV3_Z + out0 + 4] = zv;
        a0[NIN2_CONV3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN2_CONV3_BIAS + co + 5];
        a0[NIN2_CONV3_Z + out0 + 5] = zv;
        a0[NIN2_CONV3_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN2_CONV3_BIAS + co + 6];
        a0[NIN2_CONV3_Z + out0 + 6] = zv;
        a0[NIN2_CONV3_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN2_CONV3_BIAS + co + 7];
        a0[NIN2_CONV3_Z + out0 + 7] = zv;
        a0[NIN2_CONV3_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // pool2.forward: max pooling over 3×3 windows of nin2_conv3's output; an item per output element
  {
    const ITEMS = 2304;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 64;
    const OUT_W = 6;
    const OUT_C = 64;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = -3.4028234663852886e38;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) * STRIDE_H + ky;
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let ix = i32(ox) * STRIDE_W + kx;
          let v = a0[NIN2_CONV3_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL2_Z + b * 2304 + e] = acc;
    }
  }
  storageBarrier();
  // nin3_conv1.forward: z, and y = relu(z), = bias + 3×3 windows of pool2's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 288;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 64;
    const OUT_H = 6;
    const OUT_W = 6;
    const OUT_C = 128;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 18;
    const ROW_ITEMS = 3;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = NIN3_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[POOL2_Z + xi0 + ci], in0);
              let x1 = select(0.0, a0[POOL2_Z + xi1 + ci], in1);
              let w0 = params4[wi / 4u];
              let w1 = params4[wi / 4u + 1];
              acc0_0 = acc0_0 + x0 * w0;
              acc0_1 = acc0_1 + x1 * w0;
              acc1_0 = acc1_0 + x0 * w1;
              acc1_1 = acc1_1 + x1 * w1;
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN3_CONV1_BIAS + co];
        a0[NIN3_CONV1_Z + out0] = zv;
        a0[NIN3_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[NIN3_CONV1_BIAS + co];
        a0[NIN3_CONV1_Z + out1] = zv;
        a0[NIN3_CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN3_CONV1_BIAS + co + 1];
        a0[NIN3_CONV1_Z + out0 + 1] = zv;
        a0[NIN3_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[NIN3_CONV1_BIAS + co + 1];
        a0[NIN3_CONV1_Z + out1 + 1] = zv;
        a0[NIN3_CONV1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN3_CONV1_BIAS + co + 2];
        a0[NIN3_CONV1_Z + out0 + 2] = zv;
        a0[NIN3_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[NIN3_CONV1_BIAS + co + 2];
        a0[NIN3_CONV1_Z + out1 + 2] = zv;
        a0[NIN3_CONV1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN3_CONV1_BIAS + co + 3];
        a0[NIN3_CONV1_Z + out0 + 3] = zv;
        a0[NIN3_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[NIN3_CONV1_BIAS + co + 3];
        a0[NIN3_CONV1_Z + out1 + 3] = zv;
        a0[NIN3_CONV1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN3_CONV1_BIAS + co + 4];
        a0[NIN3_CONV1_Z + out0 + 4] = zv;
        a0[NIN3_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[NIN3_CONV1_BIAS + co + 4];
        a0[NIN3_CONV1_Z + out1 + 4] = zv;
        a0[NIN3_CONV1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN3_CONV1_BIAS + co + 5];
        a0[NIN3_CONV1_Z + out0 + 5] = zv;
        a0[NIN3_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[NIN3_CONV1_BIAS + co + 5];
        a0[NIN3_CONV1_Z + out1 + 5] = zv;
        a0[NIN3_CONV1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN3_CONV1_BIAS + co + 6];
        a0[NIN3_CONV1_Z + out0 + 6] = zv;
        a0[NIN3_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[NIN3_CONV1_BIAS + co + 6];
        a0[NIN3_CONV1_Z + out1 + 6] = zv;
        a0[NIN3_CONV1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN3_CONV1_BIAS + co + 7];
        a0[NIN3_CONV1_Z + out0 + 7] = zv;
        a0[NIN3_CONV1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[NIN3_CONV1_BIAS + co + 7];
        a0[NIN3_CONV1_Z + out1 + 7] = zv;
        a0[NIN3_CONV1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin3_conv2.forward: z, and y = relu(z), = bias + 1×1 windows of nin3_conv1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 288;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 128;
    const OUT_H = 6;
    const OUT_W = 6;
    const OUT_C = 128;
    const POSITIONS = 18;
    const ROW_ITEMS = 3;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = NIN3_CONV2_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN3_CONV1_Y + xi0 + ci];
        let x1 = a0[NIN3_CONV1_Y + xi1 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN3_CONV2_BIAS + co];
        a0[NIN3_CONV2_Z + out0] = zv;
        a0[NIN3_CONV2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[NIN3_CONV2_BIAS + co];
        a0[NIN3_CONV2_Z + out1] = zv;
        a0[NIN3_CONV2_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN3_CONV2_BIAS + co + 1];
        a0[NIN3_CONV2_Z + out0 + 1] = zv;
        a0[NIN3_CONV2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[NIN3_CONV2_BIAS + co + 1];
        a0[NIN3_CONV2_Z + out1 + 1] = zv;
        a0[NIN3_CONV2_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN3_CONV2_BIAS + co + 2];
        a0[NIN3_CONV2_Z + out0 + 2] = zv;
        a0[NIN3_CONV2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[NIN3_CONV2_BIAS + co + 2];
        a0[NIN3_CONV2_Z + out1 + 2] = zv;
        a0[NIN3_CONV2_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN3_CONV2_BIAS + co + 3];
        a0[NIN3_CONV2_Z + out0 + 3] = zv;
        a0[NIN3_CONV2_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[NIN3_CONV2_BIAS + co + 3];
        a0[NIN3_CONV2_Z + out1 + 3] = zv;
        a0[NIN3_CONV2_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN3_CONV2_BIAS + co + 4];
        a0[NIN3_CONV2_Z + out0 + 4] = zv;
        a0[NIN3_CONV2_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[NIN3_CONV2_BIAS + co + 4];
        a0[NIN3_CONV2_Z + out1 + 4] = zv;
        a0[NIN3_CONV2_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN3_CONV2_BIAS + co + 5];
        a0[NIN3_CONV2_Z + out0 + 5] = zv;
        a0[NIN3_CONV2_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[NIN3_CONV2_BIAS + co + 5];
        a0[NIN3_CONV2_Z + out1 + 5] = zv;
        a0[NIN3_CONV2_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN3_CONV2_BIAS + co + 6];
        a0[NIN3_CONV2_Z + out0 + 6] = zv;
        a0[NIN3_CONV2_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[NIN3_CONV2_BIAS + co + 6];
        a0[NIN3_CONV2_Z + out1 + 6] = zv;
        a0[NIN3_CONV2_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN3_CONV2_BIAS + co + 7];
        a0[NIN3_CONV2_Z + out0 + 7] = zv;
        a0[NIN3_CONV2_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[NIN3_CONV2_BIAS + co + 7];
        a0[NIN3_CONV2_Z + out1 + 7] = zv;
        a0[NIN3_CONV2_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin3_conv3.forward: z, and y = relu(z), = bias + 1×1 windows of nin3_conv2's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 288;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 128;
    const OUT_H = 6;
    const OUT_W = 6;
    const OUT_C = 128;
    const POSITIONS = 18;
    const ROW_ITEMS = 3;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = NIN3_CONV3_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN3_CONV2_Y + xi0 + ci];
        let x1 = a0[NIN3_CONV2_Y + xi1 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN3_CONV3_BIAS + co];
        a0[NIN3_CONV3_Z + out0] = zv;
        a0[NIN3_CONV3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[NIN3_CONV3_BIAS + co];
        a0[NIN3_CONV3_Z + out1] = zv;
        a0[NIN3_CONV3_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN3_CONV3_BIAS + co + 1];
        a0[NIN3_CONV3_Z + out0 + 1] = zv;
        a0[NIN3_CONV3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[NIN3_CONV3_BIAS + co + 1];
        a0[NIN3_CONV3_Z + out1 + 1] = zv;
        a0[NIN3_CONV3_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN3_CONV3_BIAS + co + 2];
        a0[NIN3_CONV3_Z + out0 + 2] = zv;
        a0[NIN3_CONV3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[NIN3_CONV3_BIAS + co + 2];
        a0[NIN3_CONV3_Z + out1 + 2] = zv;
        a0[NIN3_CONV3_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN3_CONV3_BIAS + co + 3];
        a0[NIN3_CONV3_Z + out0 + 3] = zv;
        a0[NIN3_CONV3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[NIN3_CONV3_BIAS + co + 3];
        a0[NIN3_CONV3_Z + out1 + 3] = zv;
        a0[NIN3_CONV3_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN3_CONV3_BIAS + co + 4];
        a0[NIN3_CONV3_Z + out0 + 4] = zv;
        a0[NIN3_CONV3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[NIN3_CONV3_BIAS + co + 4];
        a0[NIN3_CONV3_Z + out1 + 4] = zv;
        a0[NIN3_CONV3_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN3_CONV3_BIAS + co + 5];
        a0[NIN3_CONV3_Z + out0 + 5] = zv;
        a0[NIN3_CONV3_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[NIN3_CONV3_BIAS + co + 5];
        a0[NIN3_CONV3_Z + out1 + 5] = zv;
        a0[NIN3_CONV3_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN3_CONV3_BIAS + co + 6];
        a0[NIN3_CONV3_Z + out0 + 6] = zv;
        a0[NIN3_CONV3_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[NIN3_CONV3_BIAS + co + 6];
        a0[NIN3_CONV3_Z + out1 + 6] = zv;
        a0[NIN3_CONV3_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN3_CONV3_BIAS + co + 7];
        a0[NIN3_CONV3_Z + out0 + 7] = zv;
        a0[NIN3_CONV3_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[NIN3_CONV3_BIAS + co + 7];
        a0[NIN3_CONV3_Z + out1 + 7] = zv;
        a0[NIN3_CONV3_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // pool3.forward: max pooling over 3×3 windows of nin3_conv3's output; an item per output element
  {
    const ITEMS = 512;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 128;
    const OUT_W = 2;
    const OUT_C = 128;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = -3.4028234663852886e38;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) * STRIDE_H + ky;
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let ix = i32(ox) * STRIDE_W + kx;
          let v = a0[NIN3_CONV3_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL3_Z + b * 512 + e] = acc;
    }
  }
  storageBarrier();
  // dropout1.forward: pool3's output times mask stream 0's draw (rate 0.5); an item per element
  {
    const ITEMS = 512;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 512 + e;
      a0[DROPOUT1_Z + i] = a0[POOL3_Z + i] * select(0.0, 2.0, dropout_keep(step.seed, step.gstep, 0u, i, 0.5));
    }
  }
  storageBarrier();
  // nin4_conv1.forward: z, and y = relu(z), = bias + 3×3 windows of dropout1's output · kernel; an item per 2 filters × 2 positions of a row
  {
    const ITEMS = 10;
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 128;
    const OUT_H = 2;
    const OUT_W = 2;
    const OUT_C = 10;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 2;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(r) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = NIN4_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[DROPOUT1_Z + xi0 + ci], in0);
              let x1 = select(0.0, a0[DROPOUT1_Z + xi1 + ci], in1);
              let w0 = params[wi];
              let w1 = params[wi + 1];
              acc0_0 = acc0_0 + x0 * w0;
              acc0_1 = acc0_1 + x1 * w0;
              acc1_0 = acc1_0 + x0 * w1;
              acc1_1 = acc1_1 + x1 * w1;
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + r * OUT_W) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + r * OUT_W + 1) * OUT_C + co;
      {
        let zv = acc0_0 + params[NIN4_CONV1_BIAS + co];
        a0[NIN4_CONV1_Z + out0] = zv;
        a0[NIN4_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1 + params[NIN4_CONV1_BIAS + co];
        a0[NIN4_CONV1_Z + out1] = zv;
        a0[NIN4_CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc1_0 + params[NIN4_CONV1_BIAS + co + 1];
        a0[NIN4_CONV1_Z + out0 + 1] = zv;
        a0[NIN4_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc1_1 + params[NIN4_CONV1_BIAS + co + 1];
        a0[NIN4_CONV1_Z + out1 + 1] = zv;
        a0[NIN4_CONV1_Y + out1 + 1] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin4_conv2.forward: z, and y = relu(z), = bias + 1×1 windows of nin4_conv1's output · kernel; an item per 2 filters × 2 positions of a row
  {
    const ITEMS = 10;
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 10;
    const OUT_H = 2;
    const OUT_W = 2;
    const OUT_C = 10;
    const POSITIONS = 2;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      let iy = i32(r);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let xi0 = row * IN_C;
      let xi1 = (row + 1) * IN_C;
      var wi = NIN4_CONV2_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN4_CONV1_Y + xi0 + ci];
        let x1 = a0[NIN4_CONV1_Y + xi1 + ci];
        let w0 = params[wi];
        let w1 = params[wi + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + r * OUT_W) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + r * OUT_W + 1) * OUT_C + co;
      {
        let zv = acc0_0 + params[NIN4_CONV2_BIAS + co];
        a0[NIN4_CONV2_Z + out0] = zv;
        a0[NIN4_CONV2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1 + params[NIN4_CONV2_BIAS + co];
        a0[NIN4_CONV2_Z + out1] = zv;
        a0[NIN4_CONV2_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc1_0 + params[NIN4_CONV2_BIAS + co + 1];
        a0[NIN4_CONV2_Z + out0 + 1] = zv;
        a0[NIN4_CONV2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc1_1 + params[NIN4_CONV2_BIAS + co + 1];
        a0[NIN4_CONV2_Z + out1 + 1] = zv;
        a0[NIN4_CONV2_Y + out1 + 1] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin4_conv3.forward: z, and y = relu(z), = bias + 1×1 windows of nin4_conv2's output · kernel; an item per 2 filters × 2 positions of a row
  {
    const ITEMS = 10;
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 10;
    const OUT_H = 2;
    const OUT_W = 2;
    const OUT_C = 10;
    const POSITIONS = 2;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      let iy = i32(r);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let xi0 = row * IN_C;
      let xi1 = (row + 1) * IN_C;
      var wi = NIN4_CONV3_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN4_CONV2_Y + xi0 + ci];
        let x1 = a0[NIN4_CONV2_Y + xi1 + ci];
        let w0 = params[wi];
        let w1 = params[wi + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + r * OUT_W) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + r * OUT_W + 1) * OUT_C + co;
      {
        let zv = acc0_0 + params[NIN4_CONV3_BIAS + co];
        a0[NIN4_CONV3_Z + out0] = zv;
        a0[NIN4_CONV3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1 + params[NIN4_CONV3_BIAS + co];
        a0[NIN4_CONV3_Z + out1] = zv;
        a0[NIN4_CONV3_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc1_0 + params[NIN4_CONV3_BIAS + co + 1];
        a0[NIN4_CONV3_Z + out0 + 1] = zv;
        a0[NIN4_CONV3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc1_1 + params[NIN4_CONV3_BIAS + co + 1];
        a0[NIN4_CONV3_Z + out1 + 1] = zv;
        a0[NIN4_CONV3_Y + out1 + 1] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // pool4.forward: global avg pooling of nin4_conv3's output; an item per output element
  {
    const ITEMS = 10;
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 10;
    const OUT_C = 10;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
    if (t < ITEMS) {
      let e = t;
      let c = e % OUT_C;
      var acc = 0.0;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let v = a0[NIN4_CONV3_Y + ((b * IN_H + u32(ky)) * IN_W + u32(kx)) * IN_C + c];
          acc = acc + v;
        }
      }
      a0[POOL4_Z + b * 10 + e] = acc / 4.0;
    }
  }
  storageBarrier();
  // loss: cross-entropy of pool4's output (log-softmax of the logits) against the label, and its gradient; one item per example
  {
    const ITEMS = 1;
    const CLASSES = 10;
    if (t < ITEMS) {
      let e = t;
      let base = b * CLASSES;
      let label = labels[table[(step.row + b) * 2u]];
      let valid = label < CLASSES;
      var top = a0[POOL4_Z + base];
      for (var j = 1u; j < CLASSES; j++) { top = max(top, a0[POOL4_Z + base + j]); }
      var total = 0.0;
      for (var j = 0u; j < CLASSES; j++) { total = total + exp(a0[POOL4_Z + base + j] - top); }
      let lse = top + log(total);
      let loss = select(0.0, lse - a0[POOL4_Z + base + min(label, CLASSES - 1)], valid);
      var best = 0u;
      for (var j = 1u; j < CLASSES; j++) { if (a0[POOL4_Z + base + j] > a0[POOL4_Z + base + best]) { best = j; } }
      results[(step.row + b) * 2u] = loss;
      results[(step.row + b) * 2u + 1u] = select(0.0, 1.0, best == label);
      for (var j = 0u; j < CLASSES; j++) {
        let g = select(0.0, (exp(a0[POOL4_Z + base + j] - lse) - select(0.0, 1.0, j == label)) / f32(step.n), valid);
        a1[POOL4_DZ + base + j] = g;
      }
    }
  }
  storageBarrier();
  // pool4.input-gradient: the gradient reaching nin4_conv3 through global avg pooling: dz/(window cells) to every cell; an item per input element
  {
    const ITEMS = 40;
    const IN_W = 2;
    const IN_C = 10;
    const OUT_C = 10;
    if (t < ITEMS) {
      let e = t;
      let iy = e / (IN_W * IN_C);
      let ix = (e / IN_C) % IN_W;
      let c = e % IN_C;
      var acc = 0.0;
      acc = acc + a1[POOL4_DZ + b * OUT_C + c];
      a1[NIN4_CONV3_DZ + b * 40 + e] = (acc * 0.25) * dact_relu(a0[NIN4_CONV3_Z + b * 40 + e]);
    }
  }
  storageBarrier();
  // nin4_conv3.input-gradient: the gradient reaching nin4_conv2: dz through the transposed kernel; an item per 2 channels × 2 positions of a row
  {
    const ITEMS = 10;
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 10;
    const OUT_H = 2;
    const OUT_W = 2;
    const OUT_C = 10;
    const POSITIONS = 2;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let ci = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      let ty = i32(r);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let in0 = 0 >= 0 && 0 < OUT_W;
        let di0 = (row + u32(clamp(0, 0, OUT_W - 1))) * OUT_C;
        let in1 = 1 >= 0 && 1 < OUT_W;
        let di1 = (row + u32(clamp(1, 0, OUT_W - 1))) * OUT_C;
        let wi = NIN4_CONV3_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[NIN4_CONV3_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[NIN4_CONV3_DZ + di1 + co], in1);
          let w0 = params[wi + co];
          let w1 = params[wi + OUT_C + co];
          acc0_0 = acc0_0 + d0 * w0;
          acc0_1 = acc0_1 + d1 * w0;
          acc1_0 = acc1_0 + d0 * w1;
          acc1_1 = acc1_1 + d1 * w1;
        }
      }
      let at0 = (b * IN_H * IN_W + r * IN_W) * IN_C + ci;
      let at1 = (b * IN_H * IN_W + r * IN_W + 1) * IN_C + ci;
      a1[NIN4_CONV2_DZ + at0] = acc0_0 * dact_relu(a0[NIN4_CONV2_Z + at0]);
      a1[NIN4_CONV2_DZ + at1] = acc0_1 * dact_relu(a0[NIN4_CONV2_Z + at1]);
      a1[NIN4_CONV2_DZ + at0 + 1] = acc1_0 * dact_relu(a0[NIN4_CONV2_Z + at0 + 1]);
      a1[NIN4_CONV2_DZ + at1 + 1] = acc1_1 * dact_relu(a0[NIN4_CONV2_Z + at1 + 1]);
    }
  }
  storageBarrier();
  // nin4_conv2.input-gradient: the gradient reaching nin4_conv1: dz through the transposed kernel; an item per 2 channels × 2 positions of a row
  {
    const ITEMS = 10;
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 10;
    const OUT_H = 2;
    const OUT_W = 2;
    const OUT_C = 10;
    const POSITIONS = 2;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let ci = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      let ty = i32(r);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let in0 = 0 >= 0 && 0 < OUT_W;
        let di0 = (row + u32(clamp(0, 0, OUT_W - 1))) * OUT_C;
        let in1 = 1 >= 0 && 1 < OUT_W;
        let di1 = (row + u32(clamp(1, 0, OUT_W - 1))) * OUT_C;
        let wi = NIN4_CONV2_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[NIN4_CONV2_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[NIN4_CONV2_DZ + di1 + co], in1);
          let w0 = params[wi + co];
          let w1 = params[wi + OUT_C + co];
          acc0_0 = acc0_0 + d0 * w0;
          acc0_1 = acc0_1 + d1 * w0;
          acc1_0 = acc1_0 + d0 * w1;
          acc1_1 = acc1_1 + d1 * w1;
        }
      }
      let at0 = (b * IN_H * IN_W + r * IN_W) * IN_C + ci;
      let at1 = (b * IN_H * IN_W + r * IN_W + 1) * IN_C + ci;
      a1[NIN4_CONV1_DZ + at0] = acc0_0 * dact_relu(a0[NIN4_CONV1_Z + at0]);
      a1[NIN4_CONV1_DZ + at1] = acc0_1 * dact_relu(a0[NIN4_CONV1_Z + at1]);
      a1[NIN4_CONV1_DZ + at0 + 1] = acc1_0 * dact_relu(a0[NIN4_CONV1_Z + at0 + 1]);
      a1[NIN4_CONV1_DZ + at1 + 1] = acc1_1 * dact_relu(a0[NIN4_CONV1_Z + at1 + 1]);
    }
  }
  storageBarrier();
  // nin4_conv1.input-gradient: the gradient reaching dropout1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 32;
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 128;
    const OUT_H = 2;
    const OUT_W = 2;
    const OUT_C = 10;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 2;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
      let ci = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      var acc2_0 = 0.0;
      var acc2_1 = 0.0;
      var acc3_0 = 0.0;
      var acc3_1 = 0.0;
      var acc4_0 = 0.0;
      var acc4_1 = 0.0;
      var acc5_0 = 0.0;
      var acc5_1 = 0.0;
      var acc6_0 = 0.0;
      var acc6_1 = 0.0;
      var acc7_0 = 0.0;
      var acc7_1 = 0.0;
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let ty = i32(r) + PAD_TOP - ky;
        if (ty >= 0 && ty < OUT_H) {
          let row = (b * OUT_H + u32(ty)) * OUT_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let tx = PAD_LEFT - kx;
            let in0 = tx >= 0 && tx < OUT_W;
            let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
            let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
            let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
            let wi = NIN4_CONV1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[NIN4_CONV1_DZ + di0 + co], in0);
              let d1 = select(0.0, a1[NIN4_CONV1_DZ + di1 + co], in1);
              let w0 = params[wi + co];
              let w1 = params[wi + OUT_C + co];
              let w2 = params[wi + OUT_C * 2 + co];
              let w3 = params[wi + OUT_C * 3 + co];
              let w4 = params[wi + OUT_C * 4 + co];
              let w5 = params[wi + OUT_C * 5 + co];
              let w6 = params[wi + OUT_C * 6 + co];
              let w7 = params[wi + OUT_C * 7 + co];
              acc0_0 = acc0_0 + d0 * w0;
              acc0_1 = acc0_1 + d1 * w0;
              acc1_0 = acc1_0 + d0 * w1;
              acc1_1 = acc1_1 + d1 * w1;
              acc2_0 = acc2_0 + d0 * w2;
              acc2_1 = acc2_1 + d1 * w2;
              acc3_0 = acc3_0 + d0 * w3;
              acc3_1 = acc3_1 + d1 * w3;
              acc4_0 = acc4_0 + d0 * w4;
              acc4_1 = acc4_1 + d1 * w4;
              acc5_0 = acc5_0 + d0 * w5;
              acc5_1 = acc5_1 + d1 * w5;
              acc6_0 = acc6_0 + d0 * w6;
              acc6_1 = acc6_1 + d1 * w6;
              acc7_0 = acc7_0 + d0 * w7;
              acc7_1 = acc7_1 + d1 * w7;
            }
          }
        }
      }
      let at0 = (b * IN_H * IN_W + r * IN_W) * IN_C + ci;
      let at1 = (b * IN_H * IN_W + r * IN_W + 1) * IN_C + ci;
      a1[DROPOUT1_DZ + at0] = acc0_0;
      a1[DROPOUT1_DZ + at1] = acc0_1;
      a1[DROPOUT1_DZ + at0 + 1] = acc1_0;
      a1[DROPOUT1_DZ + at1 + 1] = acc1_1;
      a1[DROPOUT1_DZ + at0 + 2] = acc2_0;
      a1[DROPOUT1_DZ + at1 + 2] = acc2_1;
      a1[DROPOUT1_DZ + at0 + 3] = acc3_0;
      a1[DROPOUT1_DZ + at1 + 3] = acc3_1;
      a1[DROPOUT1_DZ + at0 + 4] = acc4_0;
      a1[DROPOUT1_DZ + at1 + 4] = acc4_1;
      a1[DROPOUT1_DZ + at0 + 5] = acc5_0;
      a1[DROPOUT1_DZ + at1 + 5] = acc5_1;
      a1[DROPOUT1_DZ + at0 + 6] = acc6_0;
      a1[DROPOUT1_DZ + at1 + 6] = acc6_1;
      a1[DROPOUT1_DZ + at0 + 7] = acc7_0;
      a1[DROPOUT1_DZ + at1 + 7] = acc7_1;
    }
  }
  storageBarrier();
  // dropout1.input-gradient: the gradient reaching pool3: dz times the same mask; an item per element
  {
    const ITEMS = 512;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 512 + e;
      a1[POOL3_DZ + i] = a1[DROPOUT1_DZ + i] * select(0.0, 2.0, dropout_keep(step.seed, step.gstep, 0u, i, 0.5));
    }
  }
  storageBarrier();
  // pool3.input-gradient: the gradient reaching nin3_conv3 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 4608;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 128;
    const OUT_H = 2;
    const OUT_W = 2;
    const OUT_C = 128;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let iy = e / (IN_W * IN_C);
      let ix = (e / IN_C) % IN_W;
      let c = e % IN_C;
      let loY = i32(iy) + 1 - WINDOW_H;
      let oy0 = select((loY + STRIDE_H - 1) / STRIDE_H, 0, loY <= 0);
      let oy1 = min(OUT_H - 1, i32(iy) / STRIDE_H);
      let loX = i32(ix) + 1 - WINDOW_W;
      let ox0 = select((loX + STRIDE_W - 1) / STRIDE_W, 0, loX <= 0);
      let ox1 = min(OUT_W - 1, i32(ix) / STRIDE_W);
      var acc = 0.0;
      for (var oy = oy0; oy <= oy1; oy++) {
        for (var ox = ox0; ox <= ox1; ox++) {
          var best = -3.4028234663852886e38;
          var by = -1;
          var bx = -1;
          for (var ky = 0; ky < WINDOW_H; ky++) {
            let py = i32(oy) * STRIDE_H + ky;
            for (var kx = 0; kx < WINDOW_W; kx++) {
              let px = i32(ox) * STRIDE_W + kx;
              let v = a0[NIN3_CONV3_Y + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
              if (v > best) { best = v; by = py; bx = px; }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a1[POOL3_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a1[NIN3_CONV3_DZ + b * 4608 + e] = acc * dact_relu(a0[NIN3_CONV3_Z + b * 4608 + e]);
    }
  }
  storageBarrier();
  // nin3_conv3.input-gradient: the gradient reaching nin3_conv2: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 288;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 128;
    const OUT_H = 6;
    const OUT_W = 6;
    const OUT_C = 128;
    const POSITIONS = 18;
    const ROW_ITEMS = 3;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let ci = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let iy = r / ROW_ITEMS;
      let ix = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      var acc2_0 = 0.0;
      var acc2_1 = 0.0;
      var acc3_0 = 0.0;
      var acc3_1 = 0.0;
      var acc4_0 = 0.0;
      var acc4_1 = 0.0;
      var acc5_0 = 0.0;
      var acc5_1 = 0.0;
      var acc6_0 = 0.0;
      var acc6_1 = 0.0;
      var acc7_0 = 0.0;
      var acc7_1 = 0.0;
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
        let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
        let wi = NIN3_CONV3_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[NIN3_CONV3_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[NIN3_CONV3_DZ + di1 + co], in1);
          let w0 = params[wi + co];
          let w1 = params[wi + OUT_C + co];
          let w2 = params[wi + OUT_C * 2 + co];
          let w3 = params[wi + OUT_C * 3 + co];
          let w4 = params[wi + OUT_C * 4 + co];
          let w5 = params[wi + OUT_C * 5 + co];
          let w6 = params[wi + OUT_C * 6 + co];
          let w7 = params[wi + OUT_C * 7 + co];
          acc0_0 = acc0_0 + d0 * w0;
          acc0_1 = acc0_1 + d1 * w0;
          acc1_0 = acc1_0 + d0 * w1;
          acc1_1 = acc1_1 + d1 * w1;
          acc2_0 = acc2_0 + d0 * w2;
          acc2_1 = acc2_1 + d1 * w2;
          acc3_0 = acc3_0 + d0 * w3;
          acc3_1 = acc3_1 + d1 * w3;
          acc4_0 = acc4_0 + d0 * w4;
          acc4_1 = acc4_1 + d1 * w4;
          acc5_0 = acc5_0 + d0 * w5;
          acc5_1 = acc5_1 + d1 * w5;
          acc6_0 = acc6_0 + d0 * w6;
          acc6_1 = acc6_1 + d1 * w6;
          acc7_0 = acc7_0 + d0 * w7;
          acc7_1 = acc7_1 + d1 * w7;
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      let at1 = (b * IN_H * IN_W + iy * IN_W + ix + 1) * IN_C + ci;
      a1[NIN3_CONV2_DZ + at0] = acc0_0 * dact_relu(a0[NIN3_CONV2_Z + at0]);
      a1[NIN3_CONV2_DZ + at1] = acc0_1 * dact_relu(a0[NIN3_CONV2_Z + at1]);
      a1[NIN3_CONV2_DZ + at0 + 1] = acc1_0 * dact_relu(a0[NIN3_CONV2_Z + at0 + 1]);
      a1[NIN3_CONV2_DZ + at1 + 1] = acc1_1 * dact_relu(a0[NIN3_CONV2_Z + at1 + 1]);
      a1[NIN3_CONV2_DZ + at0 + 2] = acc2_0 * dact_relu(a0[NIN3_CONV2_Z + at0 + 2]);
      a1[NIN3_CONV2_DZ + at1 + 2] = acc2_1 * dact_relu(a0[NIN3_CONV2_Z + at1 + 2]);
      a1[NIN3_CONV2_DZ + at0 + 3] = acc3_0 * dact_relu(a0[NIN3_CONV2_Z + at0 + 3]);
      a1[NIN3_CONV2_DZ + at1 + 3] = acc3_1 * dact_relu(a0[NIN3_CONV2_Z + at1 + 3]);
      a1[NIN3_CONV2_DZ + at0 + 4] = acc4_0 * dact_relu(a0[NIN3_CONV2_Z + at0 + 4]);
      a1[NIN3_CONV2_DZ + at1 + 4] = acc4_1 * dact_relu(a0[NIN3_CONV2_Z + at1 + 4]);
      a1[NIN3_CONV2_DZ + at0 + 5] = acc5_0 * dact_relu(a0[NIN3_CONV2_Z + at0 + 5]);
      a1[NIN3_CONV2_DZ + at1 + 5] = acc5_1 * dact_relu(a0[NIN3_CONV2_Z + at1 + 5]);
      a1[NIN3_CONV2_DZ + at0 + 6] = acc6_0 * dact_relu(a0[NIN3_CONV2_Z + at0 + 6]);
      a1[NIN3_CONV2_DZ + at1 + 6] = acc6_1 * dact_relu(a0[NIN3_CONV2_Z + at1 + 6]);
      a1[NIN3_CONV2_DZ + at0 + 7] = acc7_0 * dact_relu(a0[NIN3_CONV2_Z + at0 + 7]);
      a1[NIN3_CONV2_DZ + at1 + 7] = acc7_1 * dact_relu(a0[NIN3_CONV2_Z + at1 + 7]);
    }
  }
  storageBarrier();
  // nin3_conv2.input-gradient: the gradient reaching nin3_conv1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 288;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 128;
    const OUT_H = 6;
    const OUT_W = 6;
    const OUT_C = 128;
    const POSITIONS = 18;
    const ROW_ITEMS = 3;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let ci = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let iy = r / ROW_ITEMS;
      let ix = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      var acc2_0 = 0.0;
      var acc2_1 = 0.0;
      var acc3_0 = 0.0;
      var acc3_1 = 0.0;
      var acc4_0 = 0.0;
      var acc4_1 = 0.0;
      var acc5_0 = 0.0;
      var acc5_1 = 0.0;
      var acc6_0 = 0.0;
      var acc6_1 = 0.0;
      var acc7_0 = 0.0;
      var acc7_1 = 0.0;
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
        let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
        let wi = NIN3_CONV2_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[NIN3_CONV2_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[NIN3_CONV2_DZ + di1 + co], in1);
          let w0 = params[wi + co];
          let w1 = params[wi + OUT_C + co];
          let w2 = params[wi + OUT_C * 2 + co];
          let w3 = params[wi + OUT_C * 3 + co];
          let w4 = params[wi + OUT_C * 4 + co];
          let w5 = params[wi + OUT_C * 5 + co];
          let w6 = params[wi + OUT_C * 6 + co];
          let w7 = params[wi + OUT_C * 7 + co];
          acc0_0 = acc0_0 + d0 * w0;
          acc0_1 = acc0_1 + d1 * w0;
          acc1_0 = acc1_0 + d0 * w1;
          acc1_1 = acc1_1 + d1 * w1;
          acc2_0 = acc2_0 + d0 * w2;
          acc2_1 = acc2_1 + d1 * w2;
          acc3_0 = acc3_0 + d0 * w3;
          acc3_1 = acc3_1 + d1 * w3;
          acc4_0 = acc4_0 + d0 * w4;
          acc4_1 = acc4_1 + d1 * w4;
          acc5_0 = acc5_0 + d0 * w5;
          acc5_1 = acc5_1 + d1 * w5;
          acc6_0 = acc6_0 + d0 * w6;
          acc6_1 = acc6_1 + d1 * w6;
          acc7_0 = acc7_0 + d0 * w7;
          acc7_1 = acc7_1 + d1 * w7;
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      let at1 = (b * IN_H * IN_W + iy * IN_W + ix + 1) * IN_C + ci;
      a1[NIN3_CONV1_DZ + at0] = acc0_0 * dact_relu(a0[NIN3_CONV1_Z + at0]);
      a1[NIN3_CONV1_DZ + at1] = acc0_1 * dact_relu(a0[NIN3_CONV1_Z + at1]);
      a1[NIN3_CONV1_DZ + at0 + 1] = acc1_0 * dact_relu(a0[NIN3_CONV1_Z + at0 + 1]);
      a1[NIN3_CONV1_DZ + at1 + 1] = acc1_1 * dact_relu(a0[NIN3_CONV1_Z + at1 + 1]);
      a1[NIN3_CONV1_DZ + at0 + 2] = acc2_0 * dact_relu(a0[NIN3_CONV1_Z + at0 + 2]);
      a1[NIN3_CONV1_DZ + at1 + 2] = acc2_1 * dact_relu(a0[NIN3_CONV1_Z + at1 + 2]);
      a1[NIN3_CONV1_DZ + at0 + 3] = acc3_0 * dact_relu(a0[NIN3_CONV1_Z + at0 + 3]);
      a1[NIN3_CONV1_DZ + at1 + 3] = acc3_1 * dact_relu(a0[NIN3_CONV1_Z + at1 + 3]);
      a1[NIN3_CONV1_DZ + at0 + 4] = acc4_0 * dact_relu(a0[NIN3_CONV1_Z + at0 + 4]);
      a1[NIN3_CONV1_DZ + at1 + 4] = acc4_1 * dact_relu(a0[NIN3_CONV1_Z + at1 + 4]);
      a1[NIN3_CONV1_DZ + at0 + 5] = acc5_0 * dact_relu(a0[NIN3_CONV1_Z + at0 + 5]);
      a1[NIN3_CONV1_DZ + at1 + 5] = acc5_1 * dact_relu(a0[NIN3_CONV1_Z + at1 + 5]);
      a1[NIN3_CONV1_DZ + at0 + 6] = acc6_0 * dact_relu(a0[NIN3_CONV1_Z + at0 + 6]);
      a1[NIN3_CONV1_DZ + at1 + 6] = acc6_1 * dact_relu(a0[NIN3_CONV1_Z + at1 + 6]);
      a1[NIN3_CONV1_DZ + at0 + 7] = acc7_0 * dact_relu(a0[NIN3_CONV1_Z + at0 + 7]);
      a1[NIN3_CONV1_DZ + at1 + 7] = acc7_1 * dact_relu(a0[NIN3_CONV1_Z + at1 + 7]);
    }
  }
  storageBarrier();
  // nin3_conv1.input-gradient: the gradient reaching pool2: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 144;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 64;
    const OUT_H = 6;
    const OUT_W = 6;
    const OUT_C = 128;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 18;
    const ROW_ITEMS = 3;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let ci = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let iy = r / ROW_ITEMS;
      let ix = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      var acc2_0 = 0.0;
      var acc2_1 = 0.0;
      var acc3_0 = 0.0;
      var acc3_1 = 0.0;
      var acc4_0 = 0.0;
      var acc4_1 = 0.0;
      var acc5_0 = 0.0;
      var acc5_1 = 0.0;
      var acc6_0 = 0.0;
      var acc6_1 = 0.0;
      var acc7_0 = 0.0;
      var acc7_1 = 0.0;
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let ty = i32(iy) + PAD_TOP - ky;
        if (ty >= 0 && ty < OUT_H) {
          let row = (b * OUT_H + u32(ty)) * OUT_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let tx = i32(ix) + PAD_LEFT - kx;
            let in0 = tx >= 0 && tx < OUT_W;
            let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
            let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
            let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
            let wi = NIN3_CONV1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[NIN3_CONV1_DZ + di0 + co], in0);
              let d1 = select(0.0, a1[NIN3_CONV1_DZ + di1 + co], in1);
              let w0 = params[wi + co];
              let w1 = params[wi + OUT_C + co];
              let w2 = params[wi + OUT_C * 2 + co];
              let w3 = params[wi + OUT_C * 3 + co];
              let w4 = params[wi + OUT_C * 4 + co];
              let w5 = params[wi + OUT_C * 5 + co];
              let w6 = params[wi + OUT_C * 6 + co];
              let w7 = params[wi + OUT_C * 7 + co];
              acc0_0 = acc0_0 + d0 * w0;
              acc0_1 = acc0_1 + d1 * w0;
              acc1_0 = acc1_0 + d0 * w1;
              acc1_1 = acc1_1 + d1 * w1;
              acc2_0 = acc2_0 + d0 * w2;
              acc2_1 = acc2_1 + d1 * w2;
              acc3_0 = acc3_0 + d0 * w3;
              acc3_1 = acc3_1 + d1 * w3;
              acc4_0 = acc4_0 + d0 * w4;
              acc4_1 = acc4_1 + d1 * w4;
              acc5_0 = acc5_0 + d0 * w5;
              acc5_1 = acc5_1 + d1 * w5;
              acc6_0 = acc6_0 + d0 * w6;
              acc6_1 = acc6_1 + d1 * w6;
              acc7_0 = acc7_0 + d0 * w7;
              acc7_1 = acc7_1 + d1 * w7;
            }
          }
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      let at1 = (b * IN_H * IN_W + iy * IN_W + ix + 1) * IN_C + ci;
      a1[POOL2_DZ + at0] = acc0_0;
      a1[POOL2_DZ + at1] = acc0_1;
      a1[POOL2_DZ + at0 + 1] = acc1_0;
      a1[POOL2_DZ + at1 + 1] = acc1_1;
      a1[POOL2_DZ + at0 + 2] = acc2_0;
      a1[POOL2_DZ + at1 + 2] = acc2_1;
      a1[POOL2_DZ + at0 + 3] = acc3_0;
      a1[POOL2_DZ + at1 + 3] = acc3_1;
      a1[POOL2_DZ + at0 + 4] = acc4_0;
      a1[POOL2_DZ + at1 + 4] = acc4_1;
      a1[POOL2_DZ + at0 + 5] = acc5_0;
      a1[POOL2_DZ + at1 + 5] = acc5_1;
      a1[POOL2_DZ + at0 + 6] = acc6_0;
      a1[POOL2_DZ + at1 + 6] = acc6_1;
      a1[POOL2_DZ + at0 + 7] = acc7_0;
      a1[POOL2_DZ + at1 + 7] = acc7_1;
    }
  }
  storageBarrier();
  // pool2.input-gradient: the gradient reaching nin2_conv3 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 10816;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 64;
    const OUT_H = 6;
    const OUT_W = 6;
    const OUT_C = 64;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let iy = e / (IN_W * IN_C);
      let ix = (e / IN_C) % IN_W;
      let c = e % IN_C;
      let loY = i32(iy) + 1 - WINDOW_H;
      let oy0 = select((loY + STRIDE_H - 1) / STRIDE_H, 0, loY <= 0);
      let oy1 = min(OUT_H - 1, i32(iy) / STRIDE_H);
      let loX = i32(ix) + 1 - WINDOW_W;
      let ox0 = select((loX + STRIDE_W - 1) / STRIDE_W, 0, loX <= 0);
      let ox1 = min(OUT_W - 1, i32(ix) / STRIDE_W);
      var acc = 0.0;
      for (var oy = oy0; oy <= oy1; oy++) {
        for (var ox = ox0; ox <= ox1; ox++) {
          var best = -3.4028234663852886e38;
          var by = -1;
          var bx = -1;
          for (var ky = 0; ky < WINDOW_H; ky++) {
            let py = i32(oy) * STRIDE_H + ky;
            for (var kx = 0; kx < WINDOW_W; kx++) {
              let px = i32(ox) * STRIDE_W + kx;
              let v = a0[NIN2_CONV3_Y + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
              if (v > best) { best = v; by = py; bx = px; }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a1[POOL2_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a1[NIN2_CONV3_DZ + b * 10816 + e] = acc * dact_relu(a0[NIN2_CONV3_Z + b * 10816 + e]);
    }
  }
  storageBarrier();
  // nin2_conv3.input-gradient: the gradient reaching nin2_conv2: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
  {
    const ITEMS = 1352;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 64;
    const OUT_H = 13;
    const OUT_W = 13;
    const OUT_C = 64;
    const POSITIONS = 169;
    const ROW_ITEMS = 13;
    const BLOCK = 8;
    for (var e = t; e < ITEMS; e += THREADS) {
      let ci = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let iy = r / ROW_ITEMS;
      let ix = r % ROW_ITEMS;
      var acc0_0 = 0.0;
      var acc1_0 = 0.0;
      var acc2_0 = 0.0;
      var acc3_0 = 0.0;
      var acc4_0 = 0.0;
      var acc5_0 = 0.0;
      var acc6_0 = 0.0;
      var acc7_0 = 0.0;
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let wi = NIN2_CONV3_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[NIN2_CONV3_DZ + di0 + co], in0);
          let w0 = params[wi + co];
          let w1 = params[wi + OUT_C + co];
          let w2 = params[wi + OUT_C * 2 + co];
          let w3 = params[wi + OUT_C * 3 + co];
          let w4 = params[wi + OUT_C * 4 + co];
          let w5 = params[wi + OUT_C * 5 + co];
          let w6 = params[wi + OUT_C * 6 + co];
          let w7 = params[wi + OUT_C * 7 + co];
          acc0_0 = acc0_0 + d0 * w0;
          acc1_0 = acc1_0 + d0 * w1;
          acc2_0 = acc2_0 + d0 * w2;
          acc3_0 = acc3_0 + d0 * w3;
          acc4_0 = acc4_0 + d0 * w4;
          acc5_0 = acc5_0 + d0 * w5;
          acc6_0 = acc6_0 + d0 * w6;
          acc7_0 = acc7_0 + d0 * w7;
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      a1[NIN2_CONV2_DZ + at0] = acc0_0 * dact_relu(a0[NIN2_CONV2_Z + at0]);
      a1[NIN2_CONV2_DZ + at0 + 1] = acc1_0 * dact_relu(a0[NIN2_CONV2_Z + at0 + 1]);
      a1[NIN2_CONV2_DZ + at0 + 2] = acc2_0 * dact_relu(a0[NIN2_CONV2_Z + at0 + 2]);
      a1[NIN2_CONV2_DZ + at0 + 3] = acc3_0 * dact_relu(a0[NIN2_CONV2_Z + at0 + 3]);
      a1[NIN2_CONV2_DZ + at0 + 4] = acc4_0 * dact_relu(a0[NIN2_CONV2_Z + at0 + 4]);
      a1[NIN2_CONV2_DZ + at0 + 5] = acc5_0 * dact_relu(a0[NIN2_CONV2_Z + at0 + 5]);
      a1[NIN2_CONV2_DZ + at0 + 6] = acc6_0 * dact_relu(a0[NIN2_CONV2_Z + at0 + 6]);
      a1[NIN2_CONV2_DZ + at0 + 7] = acc7_0 * dact_relu(a0[NIN2_CONV2_Z + at0 + 7]);
    }
  }
  storageBarrier();
  // nin2_conv2.input-gradient: the gradient reaching nin2_conv1: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
  {
    const ITEMS = 1352;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 64;
    const OUT_H = 13;
    const OUT_W = 13;
    const OUT_C = 64;
    const POSITIONS = 169;
    const ROW_ITEMS = 13;
    const BLOCK = 8;
    for (var e = t; e < ITEMS; e += THREADS) {
      let ci = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let iy = r / ROW_ITEMS;
      let ix = r % ROW_ITEMS;
      var acc0_0 = 0.0;
      var acc1_0 = 0.0;
      var acc2_0 = 0.0;
      var acc3_0 = 0.0;
      var acc4_0 = 0.0;
      var acc5_0 = 0.0;
      var acc6_0 = 0.0;
      var acc7_0 = 0.0;
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let wi = NIN2_CONV2_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[NIN2_CONV2_DZ + di0 + co], in0);
          let w0 = params[wi + co];
          let w1 = params[wi + OUT_C + co];
          let w2 = params[wi + OUT_C * 2 + co];
          let w3 = params[wi + OUT_C * 3 + co];
          let w4 = params[wi + OUT_C * 4 + co];
          let w5 = params[wi + OUT_C * 5 + co];
          let w6 = params[wi + OUT_C * 6 + co];
          let w7 = params[wi + OUT_C * 7 + co];
          acc0_0 = acc0_0 + d0 * w0;
          acc1_0 = acc1_0 + d0 * w1;
          acc2_0 = acc2_0 + d0 * w2;
          acc3_0 = acc3_0 + d0 * w3;
          acc4_0 = acc4_0 + d0 * w4;
          acc5_0 = acc5_0 + d0 * w5;
          acc6_0 = acc6_0 + d0 * w6;
          acc7_0 = acc7_0 + d0 * w7;
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      a1[NIN2_CONV1_DZ + at0] = acc0_0 * dact_relu(a0[NIN2_CONV1_Z + at0]);
      a1[NIN2_CONV1_DZ + at0 + 1] = acc1_0 * dact_relu(a0[NIN2_CONV1_Z + at0 + 1]);
      a1[NIN2_CONV1_DZ + at0 + 2] = acc2_0 * dact_relu(a0[NIN2_CONV1_Z + at0 + 2]);
      a1[NIN2_CONV1_DZ + at0 + 3] = acc3_0 * dact_relu(a0[NIN2_CONV1_Z + at0 + 3]);
      a1[NIN2_CONV1_DZ + at0 + 4] = acc4_0 * dact_relu(a0[NIN2_CONV1_Z + at0 + 4]);
      a1[NIN2_CONV1_DZ + at0 + 5] = acc5_0 * dact_relu(a0[NIN2_CONV1_Z + at0 + 5]);
      a1[NIN2_CONV1_DZ + at0 + 6] = acc6_0 * dact_relu(a0[NIN2_CONV1_Z + at0 + 6]);
      a1[NIN2_CONV1_DZ + at0 + 7] = acc7_0 * dact_relu(a0[NIN2_CONV1_Z + at0 + 7]);
    }
  }
  storageBarrier();
  // nin2_conv1.input-gradient: the gradient reaching pool1: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
  {
    const ITEMS = 676;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 32;
    const OUT_H = 13;
    const OUT_W = 13;
    const OUT_C = 64;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const POSITIONS = 169;
    const ROW_ITEMS = 13;
    const BLOCK = 8;
    for (var e = t; e < ITEMS; e += THREADS) {
      let ci = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let iy = r / ROW_ITEMS;
      let ix = r % ROW_ITEMS;
      var acc0_0 = 0.0;
      var acc1_0 = 0.0;
      var acc2_0 = 0.0;
      var acc3_0 = 0.0;
      var acc4_0 = 0.0;
      var acc5_0 = 0.0;
      var acc6_0 = 0.0;
      var acc7_0 = 0.0;
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let ty = i32(iy) + PAD_TOP - ky;
        if (ty >= 0 && ty < OUT_H) {
          let row = (b * OUT_H + u32(ty)) * OUT_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let tx = i32(ix) + PAD_LEFT - kx;
            let in0 = tx >= 0 && tx < OUT_W;
            let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
            let wi = NIN2_CONV1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[NIN2_CONV1_DZ + di0 + co], in0);
              let w0 = params[wi + co];
              let w1 = params[wi + OUT_C + co];
              let w2 = params[wi + OUT_C * 2 + co];
              let w3 = params[wi + OUT_C * 3 + co];
              let w4 = params[wi + OUT_C * 4 + co];
              let w5 = params[wi + OUT_C * 5 + co];
              let w6 = params[wi + OUT_C * 6 + co];
              let w7 = params[wi + OUT_C * 7 + co];
              acc0_0 = acc0_0 + d0 * w0;
              acc1_0 = acc1_0 + d0 * w1;
              acc2_0 = acc2_0 + d0 * w2;
              acc3_0 = acc3_0 + d0 * w3;
              acc4_0 = acc4_0 + d0 * w4;
              acc5_0 = acc5_0 + d0 * w5;
              acc6_0 = acc6_0 + d0 * w6;
              acc7_0 = acc7_0 + d0 * w7;
            }
          }
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      a1[POOL1_DZ + at0] = acc0_0;
      a1[POOL1_DZ + at0 + 1] = acc1_0;
      a1[POOL1_DZ + at0 + 2] = acc2_0;
      a1[POOL1_DZ + at0 + 3] = acc3_0;
      a1[POOL1_DZ + at0 + 4] = acc4_0;
      a1[POOL1_DZ + at0 + 5] = acc5_0;
      a1[POOL1_DZ + at0 + 6] = acc6_0;
      a1[POOL1_DZ + at0 + 7] = acc7_0;
    }
  }
  storageBarrier();
  // pool1.input-gradient: the gradient reaching nin1_conv3 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 25088;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_H = 13;
    const OUT_W = 13;
    const OUT_C = 32;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let iy = e / (IN_W * IN_C);
      let ix = (e / IN_C) % IN_W;
      let c = e % IN_C;
      let loY = i32(iy) + 1 - WINDOW_H;
      let oy0 = select((loY + STRIDE_H - 1) / STRIDE_H, 0, loY <= 0);
      let oy1 = min(OUT_H - 1, i32(iy) / STRIDE_H);
      let loX = i32(ix) + 1 - WINDOW_W;
      let ox0 = select((loX + STRIDE_W - 1) / STRIDE_W, 0, loX <= 0);
      let ox1 = min(OUT_W - 1, i32(ix) / STRIDE_W);
      var acc = 0.0;
      for (var oy = oy0; oy <= oy1; oy++) {
        for (var ox = ox0; ox <= ox1; ox++) {
          var best = -3.4028234663852886e38;
          var by = -1;
          var bx = -1;
          for (var ky = 0; ky < WINDOW_H; ky++) {
            let py = i32(oy) * STRIDE_H + ky;
            for (var kx = 0; kx < WINDOW_W; kx++) {
              let px = i32(ox) * STRIDE_W + kx;
              let v = a0[NIN1_CONV3_Y + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
              if (v > best) { best = v; by = py; bx = px; }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a1[POOL1_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a1[NIN1_CONV3_DZ + b * 25088 + e] = acc * dact_relu(a0[NIN1_CONV3_Z + b * 25088 + e]);
    }
  }
  storageBarrier();
  // nin1_conv3.input-gradient: the gradient reaching nin1_conv2: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 1568;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let ci = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let iy = r / ROW_ITEMS;
      let ix = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      var acc2_0 = 0.0;
      var acc2_1 = 0.0;
      var acc3_0 = 0.0;
      var acc3_1 = 0.0;
      var acc4_0 = 0.0;
      var acc4_1 = 0.0;
      var acc5_0 = 0.0;
      var acc5_1 = 0.0;
      var acc6_0 = 0.0;
      var acc6_1 = 0.0;
      var acc7_0 = 0.0;
      var acc7_1 = 0.0;
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
        let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
        let wi = NIN1_CONV3_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[NIN1_CONV3_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[NIN1_CONV3_DZ + di1 + co], in1);
          let w0 = params[wi + co];
          let w1 = params[wi + OUT_C + co];
          let w2 = params[wi + OUT_C * 2 + co];
          let w3 = params[wi + OUT_C * 3 + co];
          let w4 = params[wi + OUT_C * 4 + co];
          let w5 = params[wi + OUT_C * 5 + co];
          let w6 = params[wi + OUT_C * 6 + co];
          let w7 = params[wi + OUT_C * 7 + co];
          acc0_0 = acc0_0 + d0 * w0;
          acc0_1 = acc0_1 + d1 * w0;
          acc1_0 = acc1_0 + d0 * w1;
          acc1_1 = acc1_1 + d1 * w1;
          acc2_0 = acc2_0 + d0 * w2;
          acc2_1 = acc2_1 + d1 * w2;
          acc3_0 = acc3_0 + d0 * w3;
          acc3_1 = acc3_1 + d1 * w3;
          acc4_0 = acc4_0 + d0 * w4;
          acc4_1 = acc4_1 + d1 * w4;
          acc5_0 = acc5_0 + d0 * w5;
          acc5_1 = acc5_1 + d1 * w5;
          acc6_0 = acc6_0 + d0 * w6;
          acc6_1 = acc6_1 + d1 * w6;
          acc7_0 = acc7_0 + d0 * w7;
          acc7_1 = acc7_1 + d1 * w7;
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      let at1 = (b * IN_H * IN_W + iy * IN_W + ix + 1) * IN_C + ci;
      a1[NIN1_CONV2_DZ + at0] = acc0_0 * dact_relu(a0[NIN1_CONV2_Z + at0]);
      a1[NIN1_CONV2_DZ + at1] = acc0_1 * dact_relu(a0[NIN1_CONV2_Z + at1]);
      a1[NIN1_CONV2_DZ + at0 + 1] = acc1_0 * dact_relu(a0[NIN1_CONV2_Z + at0 + 1]);
      a1[NIN1_CONV2_DZ + at1 + 1] = acc1_1 * dact_relu(a0[NIN1_CONV2_Z + at1 + 1]);
      a1[NIN1_CONV2_DZ + at0 + 2] = acc2_0 * dact_relu(a0[NIN1_CONV2_Z + at0 + 2]);
      a1[NIN1_CONV2_DZ + at1 + 2] = acc2_1 * dact_relu(a0[NIN1_CONV2_Z + at1 + 2]);
      a1[NIN1_CONV2_DZ + at0 + 3] = acc3_0 * dact_relu(a0[NIN1_CONV2_Z + at0 + 3]);
      a1[NIN1_CONV2_DZ + at1 + 3] = acc3_1 * dact_relu(a0[NIN1_CONV2_Z + at1 + 3]);
      a1[NIN1_CONV2_DZ + at0 + 4] = acc4_0 * dact_relu(a0[NIN1_CONV2_Z + at0 + 4]);
      a1[NIN1_CONV2_DZ + at1 + 4] = acc4_1 * dact_relu(a0[NIN1_CONV2_Z + at1 + 4]);
      a1[NIN1_CONV2_DZ + at0 + 5] = acc5_0 * dact_relu(a0[NIN1_CONV2_Z + at0 + 5]);
      a1[NIN1_CONV2_DZ + at1 + 5] = acc5_1 * dact_relu(a0[NIN1_CONV2_Z + at1 + 5]);
      a1[NIN1_CONV2_DZ + at0 + 6] = acc6_0 * dact_relu(a0[NIN1_CONV2_Z + at0 + 6]);
      a1[NIN1_CONV2_DZ + at1 + 6] = acc6_1 * dact_relu(a0[NIN1_CONV2_Z + at1 + 6]);
      a1[NIN1_CONV2_DZ + at0 + 7] = acc7_0 * dact_relu(a0[NIN1_CONV2_Z + at0 + 7]);
      a1[NIN1_CONV2_DZ + at1 + 7] = acc7_1 * dact_relu(a0[NIN1_CONV2_Z + at1 + 7]);
    }
  }
  storageBarrier();
  // nin1_conv2.input-gradient: the gradient reaching nin1_conv1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 1568;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let ci = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let iy = r / ROW_ITEMS;
      let ix = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      var acc2_0 = 0.0;
      var acc2_1 = 0.0;
      var acc3_0 = 0.0;
      var acc3_1 = 0.0;
      var acc4_0 = 0.0;
      var acc4_1 = 0.0;
      var acc5_0 = 0.0;
      var acc5_1 = 0.0;
      var acc6_0 = 0.0;
      var acc6_1 = 0.0;
      var acc7_0 = 0.0;
      var acc7_1 = 0.0;
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
        let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
        let wi = NIN1_CONV2_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[NIN1_CONV2_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[NIN1_CONV2_DZ + di1 + co], in1);
          let w0 = params[wi + co];
          let w1 = params[wi + OUT_C + co];
          let w2 = params[wi + OUT_C * 2 + co];
          let w3 = params[wi + OUT_C * 3 + co];
          let w4 = params[wi + OUT_C * 4 + co];
          let w5 = params[wi + OUT_C * 5 + co];
          let w6 = params[wi + OUT_C * 6 + co];
          let w7 = params[wi + OUT_C * 7 + co];
          acc0_0 = acc0_0 + d0 * w0;
          acc0_1 = acc0_1 + d1 * w0;
          acc1_0 = acc1_0 + d0 * w1;
          acc1_1 = acc1_1 + d1 * w1;
          acc2_0 = acc2_0 + d0 * w2;
          acc2_1 = acc2_1 + d1 * w2;
          acc3_0 = acc3_0 + d0 * w3;
          acc3_1 = acc3_1 + d1 * w3;
          acc4_0 = acc4_0 + d0 * w4;
          acc4_1 = acc4_1 + d1 * w4;
          acc5_0 = acc5_0 + d0 * w5;
          acc5_1 = acc5_1 + d1 * w5;
          acc6_0 = acc6_0 + d0 * w6;
          acc6_1 = acc6_1 + d1 * w6;
          acc7_0 = acc7_0 + d0 * w7;
          acc7_1 = acc7_1 + d1 * w7;
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      let at1 = (b * IN_H * IN_W + iy * IN_W + ix + 1) * IN_C + ci;
      a1[NIN1_CONV1_DZ + at0] = acc0_0 * dact_relu(a0[NIN1_CONV1_Z + at0]);
      a1[NIN1_CONV1_DZ + at1] = acc0_1 * dact_relu(a0[NIN1_CONV1_Z + at1]);
      a1[NIN1_CONV1_DZ + at0 + 1] = acc1_0 * dact_relu(a0[NIN1_CONV1_Z + at0 + 1]);
      a1[NIN1_CONV1_DZ + at1 + 1] = acc1_1 * dact_relu(a0[NIN1_CONV1_Z + at1 + 1]);
      a1[NIN1_CONV1_DZ + at0 + 2] = acc2_0 * dact_relu(a0[NIN1_CONV1_Z + at0 + 2]);
      a1[NIN1_CONV1_DZ + at1 + 2] = acc2_1 * dact_relu(a0[NIN1_CONV1_Z + at1 + 2]);
      a1[NIN1_CONV1_DZ + at0 + 3] = acc3_0 * dact_relu(a0[NIN1_CONV1_Z + at0 + 3]);
      a1[NIN1_CONV1_DZ + at1 + 3] = acc3_1 * dact_relu(a0[NIN1_CONV1_Z + at1 + 3]);
      a1[NIN1_CONV1_DZ + at0 + 4] = acc4_0 * dact_relu(a0[NIN1_CONV1_Z + at0 + 4]);
      a1[NIN1_CONV1_DZ + at1 + 4] = acc4_1 * dact_relu(a0[NIN1_CONV1_Z + at1 + 4]);
      a1[NIN1_CONV1_DZ + at0 + 5] = acc5_0 * dact_relu(a0[NIN1_CONV1_Z + at0 + 5]);
      a1[NIN1_CONV1_DZ + at1 + 5] = acc5_1 * dact_relu(a0[NIN1_CONV1_Z + at1 + 5]);
      a1[NIN1_CONV1_DZ + at0 + 6] = acc6_0 * dact_relu(a0[NIN1_CONV1_Z + at0 + 6]);
      a1[NIN1_CONV1_DZ + at1 + 6] = acc6_1 * dact_relu(a0[NIN1_CONV1_Z + at1 + 6]);
      a1[NIN1_CONV1_DZ + at0 + 7] = acc7_0 * dact_relu(a0[NIN1_CONV1_Z + at0 + 7]);
      a1[NIN1_CONV1_DZ + at1 + 7] = acc7_1 * dact_relu(a0[NIN1_CONV1_Z + at1 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel weight-gradients
// every conv and dense layer's weight gradient as partial sums over groups of examples, layer by layer in thread ranges
// one thread per index below 211146, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const NIN1_CONV1_Y = 3311616u; // a0, 25088 floats per example: nin1_conv1's output: relu(z)
const NIN1_CONV2_Y = 9734144u; // a0, 25088 floats per example: nin1_conv2's output: relu(z)
const POOL1_Z = 19367936u; // a0, 5408 floats per example: pool1's output
const NIN2_CONV1_Y = 21444608u; // a0, 10816 floats per example: nin2_conv1's output: relu(z)
const NIN2_CONV2_Y = 24213504u; // a0, 10816 floats per example: nin2_conv2's output: relu(z)
const POOL2_Z = 28366848u; // a0, 2304 floats per example: pool2's output
const NIN3_CONV1_Y = 29251584u; // a0, 4608 floats per example: nin3_conv1's output: relu(z)
const NIN3_CONV2_Y = 30431232u; // a0, 4608 floats per example: nin3_conv2's output: relu(z)
const DROPOUT1_Z = 32266240u; // a0, 512 floats per example: dropout1's output
const NIN4_CONV1_Y = 32336896u; // a0, 40 floats per example: nin4_conv1's output: relu(z)
const NIN4_CONV2_Y = 32347136u; // a0, 40 floats per example: nin4_conv2's output: relu(z)
const NIN1_CONV1_DZ = 0u; // a1, 25088 floats per example: the loss's gradient with respect to nin1_conv1's output before its relu
const NIN1_CONV2_DZ = 3211264u; // a1, 25088 floats per example: the loss's gradient with respect to nin1_conv2's output before its relu
const NIN1_CONV3_DZ = 6422528u; // a1, 25088 floats per example: the loss's gradient with respect to nin1_conv3's output before its relu
const NIN2_CONV1_DZ = 10326016u; // a1, 10816 floats per example: the loss's gradient with respect to nin2_conv1's output before its relu
const NIN2_CONV2_DZ = 11710464u; // a1, 10816 floats per example: the loss's gradient with respect to nin2_conv2's output before its relu
const NIN2_CONV3_DZ = 13094912u; // a1, 10816 floats per example: the loss's gradient with respect to nin2_conv3's output before its relu
const NIN3_CONV1_DZ = 14774272u; // a1, 4608 floats per example: the loss's gradient with respect to nin3_conv1's output before its relu
const NIN3_CONV2_DZ = 15364096u; // a1, 4608 floats per example: the loss's gradient with respect to nin3_conv2's output before its relu
const NIN3_CONV3_DZ = 15953920u; // a1, 4608 floats per example: the loss's gradient with respect to nin3_conv3's output before its relu
const NIN4_CONV1_DZ = 16674816u; // a1, 40 floats per example: the loss's gradient with respect to nin4_conv1's output before its relu
const NIN4_CONV2_DZ = 16679936u; // a1, 40 floats per example: the loss's gradient with respect to nin4_conv2's output before its relu
const NIN4_CONV3_DZ = 16685056u; // a1, 40 floats per example: the loss's gradient with respect to nin4_conv3's output before its relu
const NIN1_CONV1_PARTIALS = 16691456u; // a1, 106496 floats: nin1_conv1's weight-gradient partial sums: 128 groups × 832 weights
const NIN1_CONV2_PARTIALS = 16797952u; // a1, 135168 floats: nin1_conv2's weight-gradient partial sums: 128 groups × 1056 weights
const NIN1_CONV3_PARTIALS = 16933120u; // a1, 135168 floats: nin1_conv3's weight-gradient partial sums: 128 groups × 1056 weights
const NIN2_CONV1_PARTIALS = 17068288u; // a1, 1127808 floats: nin2_conv1's weight-gradient partial sums: 22 groups × 51264 weights
const NIN2_CONV2_PARTIALS = 18196096u; // a1, 91520 floats: nin2_conv2's weight-gradient partial sums: 22 groups × 4160 weights
const NIN2_CONV3_PARTIALS = 18287616u; // a1, 91520 floats: nin2_conv3's weight-gradient partial sums: 22 groups × 4160 weights
const NIN3_CONV1_PARTIALS = 18379136u; // a1, 369280 floats: nin3_conv1's weight-gradient partial sums: 5 groups × 73856 weights
const NIN3_CONV2_PARTIALS = 18748416u; // a1, 82560 floats: nin3_conv2's weight-gradient partial sums: 5 groups × 16512 weights
const NIN3_CONV3_PARTIALS = 18830976u; // a1, 82560 floats: nin3_conv3's weight-gradient partial sums: 5 groups × 16512 weights
const NIN4_CONV1_PARTIALS = 18913536u; // a1, 11530 floats: nin4_conv1's weight-gradient partial sums: 1 group × 11530 weights
const NIN4_CONV2_PARTIALS = 18925120u; // a1, 110 floats: nin4_conv2's weight-gradient partial sums: 1 group × 110 weights
const NIN4_CONV3_PARTIALS = 18925248u; // a1, 110 floats: nin4_conv3's weight-gradient partial sums: 1 group × 110 weights

struct Step {
  n: u32,      // examples in this batch (the last batch of an epoch may be short)
  row: u32,    // this batch's first row in the table and the results
  slot: u32,   // this step's metrics slot
  gstep: u32,  // steps trained since the run began: keys the dropout masks
  lr: f32,     // the learning rate
  c1: f32,     // adam: 1 - beta1^t
  c2: f32,     // adam: 1 - beta2^t
  seed: u32,   // the run's seed: keys the dropout masks
}

@group(0) @binding(0) var<uniform> step: Step;
@group(0) @binding(1) var<storage, read_write> a0: array<f32>;
@group(0) @binding(2) var<storage, read_write> a1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 211146u) { return; }
  let zero = step.n >> 31u; // 0 (no batch holds 2^31 examples), read at run time so loops from it stay loops
  // nin1_conv1/kernel: 2 filters × 5 taps of a kernel row × one input channel; 128 groups of 1 example × 80 threads
  if (i < 10240u) {
    const PER_GROUP = 80;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const FILTER_BLOCKS = 16;
    const FILTER_BLOCK = 2;
    const WEIGHTS = 832;
    let local = i;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = (t % FILTER_BLOCKS) * FILTER_BLOCK;
    let ky = i32(t / FILTER_BLOCKS);
    var acc0_0 = 0.0;
    var acc0_1 = 0.0;
    var acc0_2 = 0.0;
    var acc0_3 = 0.0;
    var acc0_4 = 0.0;
    var acc1_0 = 0.0;
    var acc1_1 = 0.0;
    var acc1_2 = 0.0;
    var acc1_3 = 0.0;
    var acc1_4 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let iy = oy + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          var x0 = select(0.0, a0[INPUT_Y + row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1 = select(0.0, a0[INPUT_Y + row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x2 = select(0.0, a0[INPUT_Y + row + u32(clamp(2 - PAD_LEFT, 0, IN_W - 1))], 2 - PAD_LEFT >= 0 && 2 - PAD_LEFT < IN_W);
          var x3 = select(0.0, a0[INPUT_Y + row + u32(clamp(3 - PAD_LEFT, 0, IN_W - 1))], 3 - PAD_LEFT >= 0 && 3 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[NIN1_CONV1_DZ + di];
            let d1 = a1[NIN1_CONV1_DZ + di + 1];
            let x4 = select(0.0, a0[INPUT_Y + row + u32(clamp(ox + 4 - PAD_LEFT, 0, IN_W - 1))], ox + 4 - PAD_LEFT >= 0 && ox + 4 - PAD_LEFT < IN_W);
            acc0_0 = acc0_0 + d0 * x0;
            acc0_1 = acc0_1 + d0 * x1;
            acc0_2 = acc0_2 + d0 * x2;
            acc0_3 = acc0_3 + d0 * x3;
            acc0_4 = acc0_4 + d0 * x4;
            acc1_0 = acc1_0 + d1 * x0;
            acc1_1 = acc1_1 + d1 * x1;
            acc1_2 = acc1_2 + d1 * x2;
            acc1_3 = acc1_3 + d1 * x3;
            acc1_4 = acc1_4 + d1 * x4;
            x0 = x1;
            x1 = x2;
            x2 = x3;
            x3 = x4;
          }
        }
      }
    }
    let wi = (u32(ky) * KERNEL_W) * OUT_C + co;
    a1[NIN1_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0;
    a1[NIN1_CONV1_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1;
    a1[NIN1_CONV1_PARTIALS + group * WEIGHTS + wi + 64] = acc0_2;
    a1[NIN1_CONV1_PARTIALS + group * WEIGHTS + wi + 96] = acc0_3;
    a1[NIN1_CONV1_PARTIALS + group * WEIGHTS + wi + 128] = acc0_4;
    a1[NIN1_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0;
    a1[NIN1_CONV1_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1;
    a1[NIN1_CONV1_PARTIALS + group * WEIGHTS + wi + 65] = acc1_2;
    a1[NIN1_CONV1_PARTIALS + group * WEIGHTS + wi + 97] = acc1_3;
    a1[NIN1_CONV1_PARTIALS + group * WEIGHTS + wi + 129] = acc1_4;
    return;
  }
  // nin1_conv1/bias: one filter; 128 groups of 1 example × 32 threads
  if (i >= 10240u && i < 14336u) {
    const PER_GROUP = 32;
    const EXAMPLES = 1;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 800;
    const WEIGHTS = 832;
    const OUT_POSITIONS = 784;
    let local = i - 10240u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[NIN1_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[NIN1_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // nin1_conv2/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 128 groups of 1 example × 64 threads
  if (i >= 14336u && i < 22528u) {
    const PER_GROUP = 64;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const FILTER_BLOCKS = 8;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 1056;
    let local = i - 14336u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = (t % FILTER_BLOCKS) * FILTER_BLOCK;
    let ci = ((t / FILTER_BLOCKS) % CHANNEL_BLOCKS) * CHANNEL_BLOCK;
    var acc0_0_0 = 0.0;
    var acc0_1_0 = 0.0;
    var acc0_2_0 = 0.0;
    var acc0_3_0 = 0.0;
    var acc1_0_0 = 0.0;
    var acc1_1_0 = 0.0;
    var acc1_2_0 = 0.0;
    var acc1_3_0 = 0.0;
    var acc2_0_0 = 0.0;
    var acc2_1_0 = 0.0;
    var acc2_2_0 = 0.0;
    var acc2_3_0 = 0.0;
    var acc3_0_0 = 0.0;
    var acc3_1_0 = 0.0;
    var acc3_2_0 = 0.0;
    var acc3_3_0 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let row = (b * IN_H + u32(oy)) * IN_W;




        for (var ox = i32(zero); ox < OUT_W; ox++) {
          let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
          let d0 = a1[NIN1_CONV2_DZ + di];
          let d1 = a1[NIN1_CONV2_DZ + di + 1];
          let d2 = a1[NIN1_CONV2_DZ + di + 2];
          let d3 = a1[NIN1_CONV2_DZ + di + 3];
          let x0_0 = a0[NIN1_CONV1_Y + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[NIN1_CONV1_Y + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[NIN1_CONV1_Y + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[NIN1_CONV1_Y + (row + u32(ox)) * IN_C + ci + 3];
          acc0_0_0 = acc0_0_0 + d0 * x0_0;
          acc0_1_0 = acc0_1_0 + d0 * x1_0;
          acc0_2_0 = acc0_2_0 + d0 * x2_0;
          acc0_3_0 = acc0_3_0 + d0 * x3_0;
          acc1_0_0 = acc1_0_0 + d1 * x0_0;
          acc1_1_0 = acc1_1_0 + d1 * x1_0;
          acc1_2_0 = acc1_2_0 + d1 * x2_0;
          acc1_3_0 = acc1_3_0 + d1 * x3_0;
          acc2_0_0 = acc2_0_0 + d2 * x0_0;
          acc2_1_0 = acc2_1_0 + d2 * x1_0;
          acc2_2_0 = acc2_2_0 + d2 * x2_0;
          acc2_3_0 = acc2_3_0 + d2 * x3_0;
          acc3_0_0 = acc3_0_0 + d3 * x0_0;
          acc3_1_0 = acc3_1_0 + d3 * x1_0;
          acc3_2_0 = acc3_2_0 + d3 * x2_0;
          acc3_3_0 = acc3_3_0 + d3 * x3_0;




        }
      }
    }
    let wi = ci * OUT_C + co;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 64] = acc0_2_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 96] = acc0_3_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 65] = acc1_2_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 97] = acc1_3_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 34] = acc2_1_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 66] = acc2_2_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 98] = acc2_3_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 35] = acc3_1_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 67] = acc3_2_0;
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + wi + 99] = acc3_3_0;
    return;
  }
  // nin1_conv2/bias: one filter; 128 groups of 1 example × 32 threads
  if (i >= 22528u && i < 26624u) {
    const PER_GROUP = 32;
    const EXAMPLES = 1;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 1024;
    const WEIGHTS = 1056;
    const OUT_POSITIONS = 784;
    let local = i - 22528u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[NIN1_CONV2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[NIN1_CONV2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // nin1_conv3/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 128 groups of 1 example × 64 threads
  if (i >= 26624u && i < 34816u) {
    const PER_GROUP = 64;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const FILTER_BLOCKS = 8;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 1056;
    let local = i - 26624u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = (t % FILTER_BLOCKS) * FILTER_BLOCK;
    let ci = ((t / FILTER_BLOCKS) % CHANNEL_BLOCKS) * CHANNEL_BLOCK;
    var acc0_0_0 = 0.0;
    var acc0_1_0 = 0.0;
    var acc0_2_0 = 0.0;
    var acc0_3_0 = 0.0;
    var acc1_0_0 = 0.0;
    var acc1_1_0 = 0.0;
    var acc1_2_0 = 0.0;
    var acc1_3_0 = 0.0;
    var acc2_0_0 = 0.0;
    var acc2_1_0 = 0.0;
    var acc2_2_0 = 0.0;
    var acc2_3_0 = 0.0;
    var acc3_0_0 = 0.0;
    var acc3_1_0 = 0.0;
    var acc3_2_0 = 0.0;
    var acc3_3_0 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let row = (b * IN_H + u32(oy)) * IN_W;




        for (var ox = i32(zero); ox < OUT_W; ox++) {
          let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
          let d0 = a1[NIN1_CONV3_DZ + di];
          let d1 = a1[NIN1_CONV3_DZ + di + 1];
          let d2 = a1[NIN1_CONV3_DZ + di + 2];
          let d3 = a1[NIN1_CONV3_DZ + di + 3];
          let x0_0 = a0[NIN1_CONV2_Y + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[NIN1_CONV2_Y + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[NIN1_CONV2_Y + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[NIN1_CONV2_Y + (row + u32(ox)) * IN_C + ci + 3];
          acc0_0_0 = acc0_0_0 + d0 * x0_0;
          acc0_1_0 = acc0_1_0 + d0 * x1_0;
          acc0_2_0 = acc0_2_0 + d0 * x2_0;
          acc0_3_0 = acc0_3_0 + d0 * x3_0;
          acc1_0_0 = acc1_0_0 + d1 * x0_0;
          acc1_1_0 = acc1_1_0 + d1 * x1_0;
          acc1_2_0 = acc1_2_0 + d1 * x2_0;
          acc1_3_0 = acc1_3_0 + d1 * x3_0;
          acc2_0_0 = acc2_0_0 + d2 * x0_0;
          acc2_1_0 = acc2_1_0 + d2 * x1_0;
          acc2_2_0 = acc2_2_0 + d2 * x2_0;
          acc2_3_0 = acc2_3_0 + d2 * x3_0;
          acc3_0_0 = acc3_0_0 + d3 * x0_0;
          acc3_1_0 = acc3_1_0 + d3 * x1_0;
          acc3_2_0 = acc3_2_0 + d3 * x2_0;
          acc3_3_0 = acc3_3_0 + d3 * x3_0;




        }
      }
    }
    let wi = ci * OUT_C + co;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 64] = acc0_2_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 96] = acc0_3_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 65] = acc1_2_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 97] = acc1_3_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 34] = acc2_1_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 66] = acc2_2_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 98] = acc2_3_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 35] = acc3_1_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 67] = acc3_2_0;
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + wi + 99] = acc3_3_0;
    return;
  }
  // nin1_conv3/bias: one filter; 128 groups of 1 example × 32 threads
  if (i >= 34816u && i < 38912u) {
    const PER_GROUP = 32;
    const EXAMPLES = 1;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 1024;
    const WEIGHTS = 1056;
    const OUT_POSITIONS = 784;
    let local = i - 34816u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[NIN1_CONV3_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[NIN1_CONV3_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // nin2_conv1/kernel: 2 filters × 5 taps of a kernel row × one input channel; 22 groups of 6 examples × 5120 threads
  if (i >= 38912u && i < 151552u) {
    const PER_GROUP = 5120;
    const EXAMPLES = 6;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 32;
    const OUT_H = 13;
    const OUT_W = 13;
    const OUT_C = 64;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const FILTER_BLOCKS = 32;
    const FILTER_BLOCK = 2;
    const WEIGHTS = 51264;
    let local = i - 38912u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = (t % FILTER_BLOCKS) * FILTER_BLOCK;
    let ci = (t / FILTER_BLOCKS) % IN_C;
    let ky = i32(t / (IN_C * FILTER_BLOCKS));
    var acc0_0 = 0.0;
    var acc0_1 = 0.0;
    var acc0_2 = 0.0;
    var acc0_3 = 0.0;
    var acc0_4 = 0.0;
    var acc1_0 = 0.0;
    var acc1_1 = 0.0;
    var acc1_2 = 0.0;
    var acc1_3 = 0.0;
    var acc1_4 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let iy = oy + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          var x0 = select(0.0, a0[POOL1_Z + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1 = select(0.0, a0[POOL1_Z + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x2 = select(0.0, a0[POOL1_Z + (row + u32(clamp(2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 2 - PAD_LEFT >= 0 && 2 - PAD_LEFT < IN_W);
          var x3 = select(0.0, a0[POOL1_Z + (row + u32(clamp(3 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 3 - PAD_LEFT >= 0 && 3 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[NIN2_CONV1_DZ + di];
            let d1 = a1[NIN2_CONV1_DZ + di + 1];
            let x4 = select(0.0, a0[POOL1_Z + (row + u32(clamp(ox + 4 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 4 - PAD_LEFT >= 0 && ox + 4 - PAD_LEFT < IN_W);
            acc0_0 = acc0_0 + d0 * x0;
            acc0_1 = acc0_1 + d0 * x1;
            acc0_2 = acc0_2 + d0 * x2;
            acc0_3 = acc0_3 + d0 * x3;
            acc0_4 = acc0_4 + d0 * x4;
            acc1_0 = acc1_0 + d1 * x0;
            acc1_1 = acc1_1 + d1 * x1;
            acc1_2 = acc1_2 + d1 * x2;
            acc1_3 = acc1_3 + d1 * x3;
            acc1_4 = acc1_4 + d1 * x4;
            x0 = x1;
            x1 = x2;
            x2 = x3;
            x3 = x4;
          }
        }
      }
    }
    let wi = (u32(ky) * KERNEL_W * IN_C + ci) * OUT_C + co;
    a1[NIN2_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0;
    a1[NIN2_CONV1_PARTIALS + group * WEIGHTS + wi + 2048] = acc0_1;
    a1[NIN2_CONV1_PARTIALS + group * WEIGHTS + wi + 4096] = acc0_2;
    a1[NIN2_CONV1_PARTIALS + group * WEIGHTS + wi + 6144] = acc0_3;
    a1[NIN2_CONV1_PARTIALS + group * WEIGHTS + wi + 8192] = acc0_4;
    a1[NIN2_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0;
    a1[NIN2_CONV1_PARTIALS + group * WEIGHTS + wi + 2049] = acc1_1;
    a1[NIN2_CONV1_PARTIALS + group * WEIGHTS + wi + 4097] = acc1_2;
    a1[NIN2_CONV1_PARTIALS + group * WEIGHTS + wi + 6145] = acc1_3;
    a1[NIN2_CONV1_PARTIALS + group * WEIGHTS + wi + 8193] = acc1_4;
    return;
  }
  // nin2_conv1/bias: one filter; 22 groups of 6 examples × 64 threads
  if (i >= 151552u && i < 152960u) {
    const PER_GROUP = 64;
    const EXAMPLES = 6;
    const OUT_C = 64;
    const KERNEL_WEIGHTS = 51200;
    const WEIGHTS = 51264;
    const OUT_POSITIONS = 169;
    let local = i - 151552u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[NIN2_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[NIN2_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // nin2_conv2/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 22 groups of 6 examples × 256 threads
  if (i >= 152960u && i < 158592u) {
    const PER_GROUP = 256;
    const EXAMPLES = 6;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 64;
    const OUT_H = 13;
    const OUT_W = 13;
    const OUT_C = 64;
    const FILTER_BLOCKS = 16;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 16;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 4160;
    let local = i - 152960u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = (t % FILTER_BLOCKS) * FILTER_BLOCK;
    let ci = ((t / FILTER_BLOCKS) % CHANNEL_BLOCKS) * CHANNEL_BLOCK;
    var acc0_0_0 = 0.0;
    var acc0_1_0 = 0.0;
    var acc0_2_0 = 0.0;
    var acc0_3_0 = 0.0;
    var acc1_0_0 = 0.0;
    var acc1_1_0 = 0.0;
    var acc1_2_0 = 0.0;
    var acc1_3_0 = 0.0;
    var acc2_0_0 = 0.0;
    var acc2_1_0 = 0.0;
    var acc2_2_0 = 0.0;
    var acc2_3_0 = 0.0;
    var acc3_0_0 = 0.0;
    var acc3_1_0 = 0.0;
    var acc3_2_0 = 0.0;
    var acc3_3_0 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let row = (b * IN_H + u32(oy)) * IN_W;




        for (var ox = i32(zero); ox < OUT_W; ox++) {
          let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
          let d0 = a1[NIN2_CONV2_DZ + di];
          let d1 = a1[NIN2_CONV2_DZ + di + 1];
          let d2 = a1[NIN2_CONV2_DZ + di + 2];
          let d3 = a1[NIN2_CONV2_DZ + di + 3];
          let x0_0 = a0[NIN2_CONV1_Y + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[NIN2_CONV1_Y + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[NIN2_CONV1_Y + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[NIN2_CONV1_Y + (row + u32(ox)) * IN_C + ci + 3];
          acc0_0_0 = acc0_0_0 + d0 * x0_0;
          acc0_1_0 = acc0_1_0 + d0 * x1_0;
          acc0_2_0 = acc0_2_0 + d0 * x2_0;
          acc0_3_0 = acc0_3_0 + d0 * x3_0;
          acc1_0_0 = acc1_0_0 + d1 * x0_0;
          acc1_1_0 = acc1_1_0 + d1 * x1_0;
          acc1_2_0 = acc1_2_0 + d1 * x2_0;
          acc1_3_0 = acc1_3_0 + d1 * x3_0;
          acc2_0_0 = acc2_0_0 + d2 * x0_0;
          acc2_1_0 = acc2_1_0 + d2 * x1_0;
          acc2_2_0 = acc2_2_0 + d2 * x2_0;
          acc2_3_0 = acc2_3_0 + d2 * x3_0;
          acc3_0_0 = acc3_0_0 + d3 * x0_0;
          acc3_1_0 = acc3_1_0 + d3 * x1_0;
          acc3_2_0 = acc3_2_0 + d3 * x2_0;
          acc3_3_0 = acc3_3_0 + d3 * x3_0;




        }
      }
    }
    let wi = ci * OUT_C + co;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 128] = acc0_2_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 192] = acc0_3_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 129] = acc1_2_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 193] = acc1_3_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 66] = acc2_1_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 130] = acc2_2_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 194] = acc2_3_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 67] = acc3_1_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 131] = acc3_2_0;
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + wi + 195] = acc3_3_0;
    return;
  }
  // nin2_conv2/bias: one filter; 22 groups of 6 examples × 64 threads
  if (i >= 158592u && i < 160000u) {
    const PER_GROUP = 64;
    const EXAMPLES = 6;
    const OUT_C = 64;
    const KERNEL_WEIGHTS = 4096;
    const WEIGHTS = 4160;
    const OUT_POSITIONS = 169;
    let local = i - 158592u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[NIN2_CONV2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[NIN2_CONV2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // nin2_conv3/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 22 groups of 6 examples × 256 threads
  if (i >= 160000u && i < 165632u) {
    const PER_GROUP = 256;
    const EXAMPLES = 6;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 64;
    const OUT_H = 13;
    const OUT_W = 13;
    const OUT_C = 64;
    const FILTER_BLOCKS = 16;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 16;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 4160;
    let local = i - 160000u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = (t % FILTER_BLOCKS) * FILTER_BLOCK;
    let ci = ((t / FILTER_BLOCKS) % CHANNEL_BLOCKS) * CHANNEL_BLOCK;
    var acc0_0_0 = 0.0;
    var acc0_1_0 = 0.0;
    var acc0_2_0 = 0.0;
    var acc0_3_0 = 0.0;
    var acc1_0_0 = 0.0;
    var acc1_1_0 = 0.0;
    var acc1_2_0 = 0.0;
    var acc1_3_0 = 0.0;
    var acc2_0_0 = 0.0;
    var acc2_1_0 = 0.0;
    var acc2_2_0 = 0.0;
    var acc2_3_0 = 0.0;
    var acc3_0_0 = 0.0;
    var acc3_1_0 = 0.0;
    var acc3_2_0 = 0.0;
    var acc3_3_0 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let row = (b * IN_H + u32(oy)) * IN_W;




        for (var ox = i32(zero); ox < OUT_W; ox++) {
          let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
          let d0 = a1[NIN2_CONV3_DZ + di];
          let d1 = a1[NIN2_CONV3_DZ + di + 1];
          let d2 = a1[NIN2_CONV3_DZ + di + 2];
          let d3 = a1[NIN2_CONV3_DZ + di + 3];
          let x0_0 = a0[NIN2_CONV2_Y + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[NIN2_CONV2_Y + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[NIN2_CONV2_Y + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[NIN2_CONV2_Y + (row + u32(ox)) * IN_C + ci + 3];
          acc0_0_0 = acc0_0_0 + d0 * x0_0;
          acc0_1_0 = acc0_1_0 + d0 * x1_0;
          acc0_2_0 = acc0_2_0 + d0 * x2_0;
          acc0_3_0 = acc0_3_0 + d0 * x3_0;
          acc1_0_0 = acc1_0_0 + d1 * x0_0;
          acc1_1_0 = acc1_1_0 + d1 * x1_0;
          acc1_2_0 = acc1_2_0 + d1 * x2_0;
          acc1_3_0 = acc1_3_0 + d1 * x3_0;
          acc2_0_0 = acc2_0_0 + d2 * x0_0;
          acc2_1_0 = acc2_1_0 + d2 * x1_0;
          acc2_2_0 = acc2_2_0 + d2 * x2_0;
          acc2_3_0 = acc2_3_0 + d2 * x3_0;
          acc3_0_0 = acc3_0_0 + d3 * x0_0;
          acc3_1_0 = acc3_1_0 + d3 * x1_0;
          acc3_2_0 = acc3_2_0 + d3 * x2_0;
          acc3_3_0 = acc3_3_0 + d3 * x3_0;




        }
      }
    }
    let wi = ci * OUT_C + co;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 128] = acc0_2_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 192] = acc0_3_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 129] = acc1_2_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 193] = acc1_3_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 66] = acc2_1_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 130] = acc2_2_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 194] = acc2_3_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 67] = acc3_1_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 131] = acc3_2_0;
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + wi + 195] = acc3_3_0;
    return;
  }
  // nin2_conv3/bias: one filter; 22 groups of 6 examples × 64 threads
  if (i >= 165632u && i < 167040u) {
    const PER_GROUP = 64;
    const EXAMPLES = 6;
    const OUT_C = 64;
    const KERNEL_WEIGHTS = 4096;
    const WEIGHTS = 4160;
    const OUT_POSITIONS = 169;
    let local = i - 165632u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[NIN2_CONV3_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[NIN2_CONV3_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // nin3_conv1/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 5 groups of 28 examples × 6144 threads
  if (i >= 167040u && i < 197760u) {
    const PER_GROUP = 6144;
    const EXAMPLES = 28;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 64;
    const OUT_H = 6;
    const OUT_W = 6;
    const OUT_C = 128;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 64;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 32;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 73856;
    let local = i - 167040u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = (t % FILTER_BLOCKS) * FILTER_BLOCK;
    let ci = ((t / FILTER_BLOCKS) % CHANNEL_BLOCKS) * CHANNEL_BLOCK;
    let ky = i32(t / (CHANNEL_BLOCKS * FILTER_BLOCKS));
    var acc0_0_0 = 0.0;
    var acc0_0_1 = 0.0;
    var acc0_0_2 = 0.0;
    var acc0_1_0 = 0.0;
    var acc0_1_1 = 0.0;
    var acc0_1_2 = 0.0;
    var acc1_0_0 = 0.0;
    var acc1_0_1 = 0.0;
    var acc1_0_2 = 0.0;
    var acc1_1_0 = 0.0;
    var acc1_1_1 = 0.0;
    var acc1_1_2 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let iy = oy + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          var x0_0 = select(0.0, a0[POOL2_Z + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[POOL2_Z + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[POOL2_Z + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[POOL2_Z + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[NIN3_CONV1_DZ + di];
            let d1 = a1[NIN3_CONV1_DZ + di + 1];
            let x0_2 = select(0.0, a0[POOL2_Z + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[POOL2_Z + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            acc0_0_0 = acc0_0_0 + d0 * x0_0;
            acc0_0_1 = acc0_0_1 + d0 * x0_1;
            acc0_0_2 = acc0_0_2 + d0 * x0_2;
            acc0_1_0 = acc0_1_0 + d0 * x1_0;
            acc0_1_1 = acc0_1_1 + d0 * x1_1;
            acc0_1_2 = acc0_1_2 + d0 * x1_2;
            acc1_0_0 = acc1_0_0 + d1 * x0_0;
            acc1_0_1 = acc1_0_1 + d1 * x0_1;
            acc1_0_2 = acc1_0_2 + d1 * x0_2;
            acc1_1_0 = acc1_1_0 + d1 * x1_0;
            acc1_1_1 = acc1_1_1 + d1 * x1_1;
            acc1_1_2 = acc1_1_2 + d1 * x1_2;
            x0_0 = x0_1;
            x0_1 = x0_2;
            x1_0 = x1_1;
            x1_1 = x1_2;
          }
        }
      }
    }
    let wi = (u32(ky) * KERNEL_W * IN_C + ci) * OUT_C + co;
    a1[NIN3_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[NIN3_CONV1_PARTIALS + group * WEIGHTS + wi + 8192] = acc0_0_1;
    a1[NIN3_CONV1_PARTIALS + group * WEIGHTS + wi + 16384] = acc0_0_2;
    a1[NIN3_CONV1_PARTIALS + group * WEIGHTS + wi + 128] = acc0_1_0;
    a1[NIN3_CONV1_PARTIALS + group * WEIGHTS + wi + 8320] = acc0_1_1;
    a1[NIN3_CONV1_PARTIALS + group * WEIGHTS + wi + 16512] = acc0_1_2;
    a1[NIN3_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[NIN3_CONV1_PARTIALS + group * WEIGHTS + wi + 8193] = acc1_0_1;
    a1[NIN3_CONV1_PARTIALS + group * WEIGHTS + wi + 16385] = acc1_0_2;
    a1[NIN3_CONV1_PARTIALS + group * WEIGHTS + wi + 129] = acc1_1_0;
    a1[NIN3_CONV1_PARTIALS + group * WEIGHTS + wi + 8321] = acc1_1_1;
    a1[NIN3_CONV1_PARTIALS + group * WEIGHTS + wi + 16513] = acc1_1_2;
    return;
  }
  // nin3_conv1/bias: one filter; 5 groups of 28 examples × 128 threads
  if (i >= 197760u && i < 198400u) {
    const PER_GROUP = 128;
    const EXAMPLES = 28;
    const OUT_C = 128;
    const KERNEL_WEIGHTS = 73728;
    const WEIGHTS = 73856;
    const OUT_POSITIONS = 36;
    let local = i - 197760u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[NIN3_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[NIN3_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // nin3_conv2/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 5 groups of 28 examples × 1024 threads
  if (i >= 198400u && i < 203520u) {
    const PER_GROUP = 1024;
    const EXAMPLES = 28;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 128;
    const OUT_H = 6;
    const OUT_W = 6;
    const OUT_C = 128;
    const FILTER_BLOCKS = 32;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 32;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 16512;
    let local = i - 198400u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = (t % FILTER_BLOCKS) * FILTER_BLOCK;
    let ci = ((t / FILTER_BLOCKS) % CHANNEL_BLOCKS) * CHANNEL_BLOCK;
    var acc0_0_0 = 0.0;
    var acc0_1_0 = 0.0;
    var acc0_2_0 = 0.0;
    var acc0_3_0 = 0.0;
    var acc1_0_0 = 0.0;
    var acc1_1_0 = 0.0;
    var acc1_2_0 = 0.0;
    var acc1_3_0 = 0.0;
    var acc2_0_0 = 0.0;
    var acc2_1_0 = 0.0;
    var acc2_2_0 = 0.0;
    var acc2_3_0 = 0.0;
    var acc3_0_0 = 0.0;
    var acc3_1_0 = 0.0;
    var acc3_2_0 = 0.0;
    var acc3_3_0 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let row = (b * IN_H + u32(oy)) * IN_W;




        for (var ox = i32(zero); ox < OUT_W; ox++) {
          let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
          let d0 = a1[NIN3_CONV2_DZ + di];
          let d1 = a1[NIN3_CONV2_DZ + di + 1];
          let d2 = a1[NIN3_CONV2_DZ + di + 2];
          let d3 = a1[NIN3_CONV2_DZ + di + 3];
          let x0_0 = a0[NIN3_CONV1_Y + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[NIN3_CONV1_Y + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[NIN3_CONV1_Y + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[NIN3_CONV1_Y + (row + u32(ox)) * IN_C + ci + 3];
          acc0_0_0 = acc0_0_0 + d0 * x0_0;
          acc0_1_0 = acc0_1_0 + d0 * x1_0;
          acc0_2_0 = acc0_2_0 + d0 * x2_0;
          acc0_3_0 = acc0_3_0 + d0 * x3_0;
          acc1_0_0 = acc1_0_0 + d1 * x0_0;
          acc1_1_0 = acc1_1_0 + d1 * x1_0;
          acc1_2_0 = acc1_2_0 + d1 * x2_0;
          acc1_3_0 = acc1_3_0 + d1 * x3_0;
          acc2_0_0 = acc2_0_0 + d2 * x0_0;
          acc2_1_0 = acc2_1_0 + d2 * x1_0;
          acc2_2_0 = acc2_2_0 + d2 * x2_0;
          acc2_3_0 = acc2_3_0 + d2 * x3_0;
          acc3_0_0 = acc3_0_0 + d3 * x0_0;
          acc3_1_0 = acc3_1_0 + d3 * x1_0;
          acc3_2_0 = acc3_2_0 + d3 * x2_0;
          acc3_3_0 = acc3_3_0 + d3 * x3_0;




        }
      }
    }
    let wi = ci * OUT_C + co;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 128] = acc0_1_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 256] = acc0_2_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 384] = acc0_3_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 129] = acc1_1_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 257] = acc1_2_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 385] = acc1_3_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 130] = acc2_1_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 258] = acc2_2_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 386] = acc2_3_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 131] = acc3_1_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 259] = acc3_2_0;
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + wi + 387] = acc3_3_0;
    return;
  }
  // nin3_conv2/bias: one filter; 5 groups of 28 examples × 128 threads
  if (i >= 203520u && i < 204160u) {
    const PER_GROUP = 128;
    const EXAMPLES = 28;
    const OUT_C = 128;
    const KERNEL_WEIGHTS = 16384;
    const WEIGHTS = 16512;
    const OUT_POSITIONS = 36;
    let local = i - 203520u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[NIN3_CONV2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[NIN3_CONV2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // nin3_conv3/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 5 groups of 28 examples × 1024 threads
  if (i >= 204160u && i < 209280u) {
    const PER_GROUP = 1024;
    const EXAMPLES = 28;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 128;
    const OUT_H = 6;
    const OUT_W = 6;
    const OUT_C = 128;
    const FILTER_BLOCKS = 32;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 32;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 16512;
    let local = i - 204160u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = (t % FILTER_BLOCKS) * FILTER_BLOCK;
    let ci = ((t / FILTER_BLOCKS) % CHANNEL_BLOCKS) * CHANNEL_BLOCK;
    var acc0_0_0 = 0.0;
    var acc0_1_0 = 0.0;
    var acc0_2_0 = 0.0;
    var acc0_3_0 = 0.0;
    var acc1_0_0 = 0.0;
    var acc1_1_0 = 0.0;
    var acc1_2_0 = 0.0;
    var acc1_3_0 = 0.0;
    var acc2_0_0 = 0.0;
    var acc2_1_0 = 0.0;
    var acc2_2_0 = 0.0;
    var acc2_3_0 = 0.0;
    var acc3_0_0 = 0.0;
    var acc3_1_0 = 0.0;
    var acc3_2_0 = 0.0;
    var acc3_3_0 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let row = (b * IN_H + u32(oy)) * IN_W;




        for (var ox = i32(zero); ox < OUT_W; ox++) {
          let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
          let d0 = a1[NIN3_CONV3_DZ + di];
          let d1 = a1[NIN3_CONV3_DZ + di + 1];
          let d2 = a1[NIN3_CONV3_DZ + di + 2];
          let d3 = a1[NIN3_CONV3_DZ + di + 3];
          let x0_0 = a0[NIN3_CONV2_Y + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[NIN3_CONV2_Y + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[NIN3_CONV2_Y + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[NIN3_CONV2_Y + (row + u32(ox)) * IN_C + ci + 3];
          acc0_0_0 = acc0_0_0 + d0 * x0_0;
          acc0_1_0 = acc0_1_0 + d0 * x1_0;
          acc0_2_0 = acc0_2_0 + d0 * x2_0;
          acc0_3_0 = acc0_3_0 + d0 * x3_0;
          acc1_0_0 = acc1_0_0 + d1 * x0_0;
          acc1_1_0 = acc1_1_0 + d1 * x1_0;
          acc1_2_0 = acc1_2_0 + d1 * x2_0;
          acc1_3_0 = acc1_3_0 + d1 * x3_0;
          acc2_0_0 = acc2_0_0 + d2 * x0_0;
          acc2_1_0 = acc2_1_0 + d2 * x1_0;
          acc2_2_0 = acc2_2_0 + d2 * x2_0;
          acc2_3_0 = acc2_3_0 + d2 * x3_0;
          acc3_0_0 = acc3_0_0 + d3 * x0_0;
          acc3_1_0 = acc3_1_0 + d3 * x1_0;
          acc3_2_0 = acc3_2_0 + d3 * x2_0;
          acc3_3_0 = acc3_3_0 + d3 * x3_0;




        }
      }
    }
    let wi = ci * OUT_C + co;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 128] = acc0_1_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 256] = acc0_2_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 384] = acc0_3_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 129] = acc1_1_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 257] = acc1_2_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 385] = acc1_3_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 130] = acc2_1_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 258] = acc2_2_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 386] = acc2_3_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 131] = acc3_1_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 259] = acc3_2_0;
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + wi + 387] = acc3_3_0;
    return;
  }
  // nin3_conv3/bias: one filter; 5 groups of 28 examples × 128 threads
  if (i >= 209280u && i < 209920u) {
    const PER_GROUP = 128;
    const EXAMPLES = 28;
    const OUT_C = 128;
    const KERNEL_WEIGHTS = 16384;
    const WEIGHTS = 16512;
    const OUT_POSITIONS = 36;
    let local = i - 209280u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[NIN3_CONV3_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[NIN3_CONV3_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // nin4_conv1/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 1 group of 128 examples × 960 threads
  if (i >= 209920u && i < 210880u) {
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 128;
    const OUT_H = 2;
    const OUT_W = 2;
    const OUT_C = 10;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 5;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 64;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 11530;
    let local = i - 209920u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let co = (t % FILTER_BLOCKS) * FILTER_BLOCK;
    let ci = ((t / FILTER_BLOCKS) % CHANNEL_BLOCKS) * CHANNEL_BLOCK;
    let ky = i32(t / (CHANNEL_BLOCKS * FILTER_BLOCKS));
    var acc0_0_0 = 0.0;
    var acc0_0_1 = 0.0;
    var acc0_0_2 = 0.0;
    var acc0_1_0 = 0.0;
    var acc0_1_1 = 0.0;
    var acc0_1_2 = 0.0;
    var acc1_0_0 = 0.0;
    var acc1_0_1 = 0.0;
    var acc1_0_2 = 0.0;
    var acc1_1_0 = 0.0;
    var acc1_1_1 = 0.0;
    var acc1_1_2 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let iy = oy + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          var x0_0 = select(0.0, a0[DROPOUT1_Z + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[DROPOUT1_Z + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[DROPOUT1_Z + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[DROPOUT1_Z + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[NIN4_CONV1_DZ + di];
            let d1 = a1[NIN4_CONV1_DZ + di + 1];
            let x0_2 = select(0.0, a0[DROPOUT1_Z + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[DROPOUT1_Z + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            acc0_0_0 = acc0_0_0 + d0 * x0_0;
            acc0_0_1 = acc0_0_1 + d0 * x0_1;
            acc0_0_2 = acc0_0_2 + d0 * x0_2;
            acc0_1_0 = acc0_1_0 + d0 * x1_0;
            acc0_1_1 = acc0_1_1 + d0 * x1_1;
            acc0_1_2 = acc0_1_2 + d0 * x1_2;
            acc1_0_0 = acc1_0_0 + d1 * x0_0;
            acc1_0_1 = acc1_0_1 + d1 * x0_1;
            acc1_0_2 = acc1_0_2 + d1 * x0_2;
            acc1_1_0 = acc1_1_0 + d1 * x1_0;
            acc1_1_1 = acc1_1_1 + d1 * x1_1;
            acc1_1_2 = acc1_1_2 + d1 * x1_2;
            x0_0 = x0_1;
            x0_1 = x0_2;
            x1_0 = x1_1;
            x1_1 = x1_2;
          }
        }
      }
    }
    let wi = (u32(ky) * KERNEL_W * IN_C + ci) * OUT_C + co;
    a1[NIN4_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[NIN4_CONV1_PARTIALS + group * WEIGHTS + wi + 1280] = acc0_0_1;
    a1[NIN4_CONV1_PARTIALS + group * WEIGHTS + wi + 2560] = acc0_0_2;
    a1[NIN4_CONV1_PARTIALS + group * WEIGHTS + wi + 10] = acc0_1_0;
    a1[NIN4_CONV1_PARTIALS + group * WEIGHTS + wi + 1290] = acc0_1_1;
    a1[NIN4_CONV1_PARTIALS + group * WEIGHTS + wi + 2570] = acc0_1_2;
    a1[NIN4_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[NIN4_CONV1_PARTIALS + group * WEIGHTS + wi + 1281] = acc1_0_1;
    a1[NIN4_CONV1_PARTIALS + group * WEIGHTS + wi + 2561] = acc1_0_2;
    a1[NIN4_CONV1_PARTIALS + group * WEIGHTS + wi + 11] = acc1_1_0;
    a1[NIN4_CONV1_PARTIALS + group * WEIGHTS + wi + 1291] = acc1_1_1;
    a1[NIN4_CONV1_PARTIALS + group * WEIGHTS + wi + 2571] = acc1_1_2;
    return;
  }
  // nin4_conv1/bias: one filter; 1 group of 128 examples × 10 threads
  if (i >= 210880u && i < 210890u) {
    const OUT_C = 10;
    const KERNEL_WEIGHTS = 11520;
    const WEIGHTS = 11530;
    const OUT_POSITIONS = 4;
    let local = i - 210880u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[NIN4_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[NIN4_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // nin4_conv2/kernel: 2 filters × 1 taps of a kernel row × 2 input channels; 1 group of 128 examples × 25 threads
  if (i >= 210944u && i < 210969u) {
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 10;
    const OUT_H = 2;
    const OUT_W = 2;
    const OUT_C = 10;
    const FILTER_BLOCKS = 5;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 5;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 110;
    let local = i - 210944u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let co = (t % FILTER_BLOCKS) * FILTER_BLOCK;
    let ci = ((t / FILTER_BLOCKS) % CHANNEL_BLOCKS) * CHANNEL_BLOCK;
    var acc0_0_0 = 0.0;
    var acc0_1_0 = 0.0;
    var acc1_0_0 = 0.0;
    var acc1_1_0 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let row = (b * IN_H + u32(oy)) * IN_W;


        for (var ox = i32(zero); ox < OUT_W; ox++) {
          let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
          let d0 = a1[NIN4_CONV2_DZ + di];
          let d1 = a1[NIN4_CONV2_DZ + di + 1];
          let x0_0 = a0[NIN4_CONV1_Y + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[NIN4_CONV1_Y + (row + u32(ox)) * IN_C + ci + 1];
          acc0_0_0 = acc0_0_0 + d0 * x0_0;
          acc0_1_0 = acc0_1_0 + d0 * x1_0;
          acc1_0_0 = acc1_0_0 + d1 * x0_0;
          acc1_1_0 = acc1_1_0 + d1 * x1_0;


        }
      }
    }
    let wi = ci * OUT_C + co;
    a1[NIN4_CONV2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[NIN4_CONV2_PARTIALS + group * WEIGHTS + wi + 10] = acc0_1_0;
    a1[NIN4_CONV2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[NIN4_CONV2_PARTIALS + group * WEIGHTS + wi + 11] = acc1_1_0;
    return;
  }
  // nin4_conv2/bias: one filter; 1 group of 128 examples × 10 threads
  if (i >= 211008u && i < 211018u) {
    const OUT_C = 10;
    const KERNEL_WEIGHTS = 100;
    const WEIGHTS = 110;
    const OUT_POSITIONS = 4;
    let local = i - 211008u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[NIN4_CONV2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[NIN4_CONV2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // nin4_conv3/kernel: 2 filters × 1 taps of a kernel row × 2 input channels; 1 group of 128 examples × 25 threads
  if (i >= 211072u && i < 211097u) {
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 10;
    const OUT_H = 2;
    const OUT_W = 2;
    const OUT_C = 10;
    const FILTER_BLOCKS = 5;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 5;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 110;
    let local = i - 211072u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let co = (t % FILTER_BLOCKS) * FILTER_BLOCK;
    let ci = ((t / FILTER_BLOCKS) % CHANNEL_BLOCKS) * CHANNEL_BLOCK;
    var acc0_0_0 = 0.0;
    var acc0_1_0 = 0.0;
    var acc1_0_0 = 0.0;
    var acc1_1_0 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let row = (b * IN_H + u32(oy)) * IN_W;


        for (var ox = i32(zero); ox < OUT_W; ox++) {
          let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
          let d0 = a1[NIN4_CONV3_DZ + di];
          let d1 = a1[NIN4_CONV3_DZ + di + 1];
          let x0_0 = a0[NIN4_CONV2_Y + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[NIN4_CONV2_Y + (row + u32(ox)) * IN_C + ci + 1];
          acc0_0_0 = acc0_0_0 + d0 * x0_0;
          acc0_1_0 = acc0_1_0 + d0 * x1_0;
          acc1_0_0 = acc1_0_0 + d1 * x0_0;
          acc1_1_0 = acc1_1_0 + d1 * x1_0;


        }
      }
    }
    let wi = ci * OUT_C + co;
    a1[NIN4_CONV3_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[NIN4_CONV3_PARTIALS + group * WEIGHTS + wi + 10] = acc0_1_0;
    a1[NIN4_CONV3_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[NIN4_CONV3_PARTIALS + group * WEIGHTS + wi + 11] = acc1_1_0;
    return;
  }
  // nin4_conv3/bias: one filter; 1 group of 128 examples × 10 threads
  if (i >= 211136u && i < 211146u) {
    const OUT_C = 10;
    const KERNEL_WEIGHTS = 100;
    const WEIGHTS = 110;
    const OUT_POSITIONS = 4;
    let local = i - 211136u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[NIN4_CONV3_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[NIN4_CONV3_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel partial-sums
// the weight gradients' partial sums, first level: each run of consecutive groups added in order into its first group
// one thread per index below 330368, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const NIN1_CONV1_PARTIALS = 16691456u; // a1, 106496 floats: nin1_conv1's weight-gradient partial sums: 128 groups × 832 weights
const NIN1_CONV2_PARTIALS = 16797952u; // a1, 135168 floats: nin1_conv2's weight-gradient partial sums: 128 groups × 1056 weights
const NIN1_CONV3_PARTIALS = 16933120u; // a1, 135168 floats: nin1_conv3's weight-gradient partial sums: 128 groups × 1056 weights
const NIN2_CONV1_PARTIALS = 17068288u; // a1, 1127808 floats: nin2_conv1's weight-gradient partial sums: 22 groups × 51264 weights
const NIN2_CONV2_PARTIALS = 18196096u; // a1, 91520 floats: nin2_conv2's weight-gradient partial sums: 22 groups × 4160 weights
const NIN2_CONV3_PARTIALS = 18287616u; // a1, 91520 floats: nin2_conv3's weight-gradient partial sums: 22 groups × 4160 weights

struct Step {
  n: u32,      // examples in this batch (the last batch of an epoch may be short)
  row: u32,    // this batch's first row in the table and the results
  slot: u32,   // this step's metrics slot
  gstep: u32,  // steps trained since the run began: keys the dropout masks
  lr: f32,     // the learning rate
  c1: f32,     // adam: 1 - beta1^t
  c2: f32,     // adam: 1 - beta2^t
  seed: u32,   // the run's seed: keys the dropout masks
}

@group(0) @binding(0) var<storage, read_write> a1: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 330368u) { return; }
  // nin1_conv1: 128 groups in 11 runs of 12, 832 weights each
  if (i < 9152u) {
    const WEIGHTS = 832;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[NIN1_CONV1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[NIN1_CONV1_PARTIALS + g * WEIGHTS + j];
    }
    a1[NIN1_CONV1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // nin1_conv2: 128 groups in 11 runs of 12, 1056 weights each
  if (i >= 9152u && i < 20768u) {
    const WEIGHTS = 1056;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i - 9152u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[NIN1_CONV2_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[NIN1_CONV2_PARTIALS + g * WEIGHTS + j];
    }
    a1[NIN1_CONV2_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // nin1_conv3: 128 groups in 11 runs of 12, 1056 weights each
  if (i >= 20800u && i < 32416u) {
    const WEIGHTS = 1056;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i - 20800u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[NIN1_CONV3_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[NIN1_CONV3_PARTIALS + g * WEIGHTS + j];
    }
    a1[NIN1_CONV3_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // nin2_conv1: 22 groups in 5 runs of 5, 51264 weights each
  if (i >= 32448u && i < 288768u) {
    const WEIGHTS = 51264;
    const GROUPS = 22;
    const CHUNK = 5;
    let local = i - 32448u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[NIN2_CONV1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[NIN2_CONV1_PARTIALS + g * WEIGHTS + j];
    }
    a1[NIN2_CONV1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // nin2_conv2: 22 groups in 5 runs of 5, 4160 weights each
  if (i >= 288768u && i < 309568u) {
    const WEIGHTS = 4160;
    const GROUPS = 22;
    const CHUNK = 5;
    let local = i - 288768u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[NIN2_CONV2_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[NIN2_CONV2_PARTIALS + g * WEIGHTS + j];
    }
    a1[NIN2_CONV2_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // nin2_conv3: 22 groups in 5 runs of 5, 4160 weights each
  if (i >= 309568u && i < 330368u) {
    const WEIGHTS = 4160;
    const GROUPS = 22;
    const CHUNK = 5;
    let local = i - 309568u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[NIN2_CONV3_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[NIN2_CONV3_PARTIALS + g * WEIGHTS + j];
    }
    a1[NIN2_CONV3_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel update
// momentum: each trainable float p's gradient (its layer's partial sums added in order), then its new value and state; the last workgroup sums the batch's metrics
// 2832 workgroups of 64 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const NIN1_CONV1_PARTIALS = 16691456u; // a1, 106496 floats: nin1_conv1's weight-gradient partial sums: 128 groups × 832 weights
const NIN1_CONV2_PARTIALS = 16797952u; // a1, 135168 floats: nin1_conv2's weight-gradient partial sums: 128 groups × 1056 weights
const NIN1_CONV3_PARTIALS = 16933120u; // a1, 135168 floats: nin1_conv3's weight-gradient partial sums: 128 groups × 1056 weights
const NIN2_CONV1_PARTIALS = 17068288u; // a1, 1127808 floats: nin2_conv1's weight-gradient partial sums: 22 groups × 51264 weights
const NIN2_CONV2_PARTIALS = 18196096u; // a1, 91520 floats: nin2_conv2's weight-gradient partial sums: 22 groups × 4160 weights
const NIN2_CONV3_PARTIALS = 18287616u; // a1, 91520 floats: nin2_conv3's weight-gradient partial sums: 22 groups × 4160 weights
const NIN3_CONV1_PARTIALS = 18379136u; // a1, 369280 floats: nin3_conv1's weight-gradient partial sums: 5 groups × 73856 weights
const NIN3_CONV2_PARTIALS = 18748416u; // a1, 82560 floats: nin3_conv2's weight-gradient partial sums: 5 groups × 16512 weights
const NIN3_CONV3_PARTIALS = 18830976u; // a1, 82560 floats: nin3_conv3's weight-gradient partial sums: 5 groups × 16512 weights
const NIN4_CONV1_PARTIALS = 18913536u; // a1, 11530 floats: nin4_conv1's weight-gradient partial sums: 1 group × 11530 weights
const NIN4_CONV2_PARTIALS = 18925120u; // a1, 110 floats: nin4_conv2's weight-gradient partial sums: 1 group × 110 weights
const NIN4_CONV3_PARTIALS = 18925248u; // a1, 110 floats: nin4_conv3's weight-gradient partial sums: 1 group × 110 weights
const GRADIENT = 18925376u; // a1, 181158 floats: every trainable float's gradient, as the update used it
const NIN1_CONV1_KERNEL = 0u; // params: nin1_conv1/kernel [5, 5, 1, 32]
const NIN1_CONV1_BIAS = 800u; // params: nin1_conv1/bias [32]
const NIN1_CONV2_KERNEL = 832u; // params: nin1_conv2/kernel [1, 1, 32, 32]
const NIN1_CONV2_BIAS = 1856u; // params: nin1_conv2/bias [32]
const NIN1_CONV3_KERNEL = 1888u; // params: nin1_conv3/kernel [1, 1, 32, 32]
const NIN1_CONV3_BIAS = 2912u; // params: nin1_conv3/bias [32]
const NIN2_CONV1_KERNEL = 2944u; // params: nin2_conv1/kernel [5, 5, 32, 64]
const NIN2_CONV1_BIAS = 54144u; // params: nin2_conv1/bias [64]
const NIN2_CONV2_KERNEL = 54208u; // params: nin2_conv2/kernel [1, 1, 64, 64]
const NIN2_CONV2_BIAS = 58304u; // params: nin2_conv2/bias [64]
const NIN2_CONV3_KERNEL = 58368u; // params: nin2_conv3/kernel [1, 1, 64, 64]
const NIN2_CONV3_BIAS = 62464u; // params: nin2_conv3/bias [64]
const NIN3_CONV1_KERNEL = 62528u; // params: nin3_conv1/kernel [3, 3, 64, 128]
const NIN3_CONV1_BIAS = 136256u; // params: nin3_conv1/bias [128]
const NIN3_CONV2_KERNEL = 136384u; // params: nin3_conv2/kernel [1, 1, 128, 128]
const NIN3_CONV2_BIAS = 152768u; // params: nin3_conv2/bias [128]
const NIN3_CONV3_KERNEL = 152896u; // params: nin3_conv3/kernel [1, 1, 128, 128]
const NIN3_CONV3_BIAS = 169280u; // params: nin3_conv3/bias [128]
const NIN4_CONV1_KERNEL = 169408u; // params: nin4_conv1/kernel [3, 3, 128, 10]
const NIN4_CONV1_BIAS = 180928u; // params: nin4_conv1/bias [10]
const NIN4_CONV2_KERNEL = 180940u; // params: nin4_conv2/kernel [1, 1, 10, 10]
const NIN4_CONV2_BIAS = 181040u; // params: nin4_conv2/bias [10]
const NIN4_CONV3_KERNEL = 181052u; // params: nin4_conv3/kernel [1, 1, 10, 10]
const NIN4_CONV3_BIAS = 181152u; // params: nin4_conv3/bias [10]

struct Step {
  n: u32,      // examples in this batch (the last batch of an epoch may be short)
  row: u32,    // this batch's first row in the table and the results
  slot: u32,   // this step's metrics slot
  gstep: u32,  // steps trained since the run began: keys the dropout masks
  lr: f32,     // the learning rate
  c1: f32,     // adam: 1 - beta1^t
  c2: f32,     // adam: 1 - beta2^t
  seed: u32,   // the run's seed: keys the dropout masks
}

@group(0) @binding(0) var<uniform> step: Step;
@group(0) @binding(1) var<storage, read_write> params: array<f32>;
@group(0) @binding(2) var<storage, read_write> state: array<f32>;
@group(0) @binding(3) var<storage, read> results: array<f32>;
@group(0) @binding(4) var<storage, read_write> metrics: array<f32>;
@group(0) @binding(5) var<storage, read_write> a1: array<f32>;

var<workgroup> scratch: array<f32, 64>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 2832u) { return; }
  if (g == 2831u) {
    // the batch's metrics: its loss sum and correct count, for the step's slot
    {
      var partial = 0.0;
      for (var k = t; k < step.n; k = k + 64u) { partial = partial + (results[(step.row + k) * 2u]); }
      scratch[t] = partial;
      workgroupBarrier();
      if (t < 32u) { scratch[t] = scratch[t] + scratch[t + 32u]; }
      workgroupBarrier();
      if (t < 16u) { scratch[t] = scratch[t] + scratch[t + 16u]; }
      workgroupBarrier();
      if (t < 8u) { scratch[t] = scratch[t] + scratch[t + 8u]; }
      workgroupBarrier();
      if (t < 4u) { scratch[t] = scratch[t] + scratch[t + 4u]; }
      workgroupBarrier();
      if (t < 2u) { scratch[t] = scratch[t] + scratch[t + 2u]; }
      workgroupBarrier();
      if (t < 1u) { scratch[t] = scratch[t] + scratch[t + 1u]; }
      workgroupBarrier();
    }
    let lossSum = scratch[0];
    workgroupBarrier();
    {
      var partial = 0.0;
      for (var k = t; k < step.n; k = k + 64u) { partial = partial + (results[(step.row + k) * 2u + 1u]); }
      scratch[t] = partial;
      workgroupBarrier();
      if (t < 32u) { scratch[t] = scratch[t] + scratch[t + 32u]; }
      workgroupBarrier();
      if (t < 16u) { scratch[t] = scratch[t] + scratch[t + 16u]; }
      workgroupBarrier();
      if (t < 8u) { scratch[t] = scratch[t] + scratch[t + 8u]; }
      workgroupBarrier();
      if (t < 4u) { scratch[t] = scratch[t] + scratch[t + 4u]; }
      workgroupBarrier();
      if (t < 2u) { scratch[t] = scratch[t] + scratch[t + 2u]; }
      workgroupBarrier();
      if (t < 1u) { scratch[t] = scratch[t] + scratch[t + 1u]; }
      workgroupBarrier();
    }
    let hits = scratch[0];
    workgroupBarrier();
    if (t == 0u) {
      metrics[step.slot * 2u] = lossSum;
      metrics[step.slot * 2u + 1u] = hits;
    }
    return;
  }
  let p = g * 64u + t;
  // nin1_conv1/kernel [5, 5, 1, 32]: trainable floats 0–799
  if (p < 800u) {
    let j = p;
    let wi = NIN1_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a1[NIN1_CONV1_PARTIALS + k * 832u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin1_conv1/bias [32]: trainable floats 800–831
  if (p < 832u) {
    let j = p - 800u;
    let wi = NIN1_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a1[NIN1_CONV1_PARTIALS + k * 832u + 800u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin1_conv2/kernel [1, 1, 32, 32]: trainable floats 832–1855
  if (p < 1856u) {
    let j = p - 832u;
    let wi = NIN1_CONV2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a1[NIN1_CONV2_PARTIALS + k * 1056u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin1_conv2/bias [32]: trainable floats 1856–1887
  if (p < 1888u) {
    let j = p - 1856u;
    let wi = NIN1_CONV2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a1[NIN1_CONV2_PARTIALS + k * 1056u + 1024u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin1_conv3/kernel [1, 1, 32, 32]: trainable floats 1888–2911
  if (p < 2912u) {
    let j = p - 1888u;
    let wi = NIN1_CONV3_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a1[NIN1_CONV3_PARTIALS + k * 1056u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin1_conv3/bias [32]: trainable floats 2912–2943
  if (p < 2944u) {
    let j = p - 2912u;
    let wi = NIN1_CONV3_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a1[NIN1_CONV3_PARTIALS + k * 1056u + 1024u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin2_conv1/kernel [5, 5, 32, 64]: trainable floats 2944–54143
  if (p < 54144u) {
    let j = p - 2944u;
    let wi = NIN2_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 22u; k += 5u) { grad = grad + a1[NIN2_CONV1_PARTIALS + k * 51264u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin2_conv1/bias [64]: trainable floats 54144–54207
  if (p < 54208u) {
    let j = p - 54144u;
    let wi = NIN2_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 22u; k += 5u) { grad = grad + a1[NIN2_CONV1_PARTIALS + k * 51264u + 51200u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin2_conv2/kernel [1, 1, 64, 64]: trainable floats 54208–58303
  if (p < 58304u) {
    let j = p - 54208u;
    let wi = NIN2_CONV2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 22u; k += 5u) { grad = grad + a1[NIN2_CONV2_PARTIALS + k * 4160u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin2_conv2/bias [64]: trainable floats 58304–58367
  if (p < 58368u) {
    let j = p - 58304u;
    let wi = NIN2_CONV2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 22u; k += 5u) { grad = grad + a1[NIN2_CONV2_PARTIALS + k * 4160u + 4096u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin2_conv3/kernel [1, 1, 64, 64]: trainable floats 58368–62463
  if (p < 62464u) {
    let j = p - 58368u;
    let wi = NIN2_CONV3_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 22u; k += 5u) { grad = grad + a1[NIN2_CONV3_PARTIALS + k * 4160u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin2_conv3/bias [64]: trainable floats 62464–62527
  if (p < 62528u) {
    let j = p - 62464u;
    let wi = NIN2_CONV3_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 22u; k += 5u) { grad = grad + a1[NIN2_CONV3_PARTIALS + k * 4160u + 4096u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin3_conv1/kernel [3, 3, 64, 128]: trainable floats 62528–136255
  if (p < 136256u) {
    let j = p - 62528u;
    let wi = NIN3_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 5u; k++) { grad = grad + a1[NIN3_CONV1_PARTIALS + k * 73856u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin3_conv1/bias [128]: trainable floats 136256–136383
  if (p < 136384u) {
    let j = p - 136256u;
    let wi = NIN3_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 5u; k++) { grad = grad + a1[NIN3_CONV1_PARTIALS + k * 73856u + 73728u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin3_conv2/kernel [1, 1, 128, 128]: trainable floats 136384–152767
  if (p < 152768u) {
    let j = p - 136384u;
    let wi = NIN3_CONV2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 5u; k++) { grad = grad + a1[NIN3_CONV2_PARTIALS + k * 16512u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin3_conv2/bias [128]: trainable floats 152768–152895
  if (p < 152896u) {
    let j = p - 152768u;
    let wi = NIN3_CONV2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 5u; k++) { grad = grad + a1[NIN3_CONV2_PARTIALS + k * 16512u + 16384u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin3_conv3/kernel [1, 1, 128, 128]: trainable floats 152896–169279
  if (p < 169280u) {
    let j = p - 152896u;
    let wi = NIN3_CONV3_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 5u; k++) { grad = grad + a1[NIN3_CONV3_PARTIALS + k * 16512u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin3_conv3/bias [128]: trainable floats 169280–169407
  if (p < 169408u) {
    let j = p - 169280u;
    let wi = NIN3_CONV3_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 5u; k++) { grad = grad + a1[NIN3_CONV3_PARTIALS + k * 16512u + 16384u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin4_conv1/kernel [3, 3, 128, 10]: trainable floats 169408–180927
  if (p < 180928u) {
    let j = p - 169408u;
    let wi = NIN4_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = a1[NIN4_CONV1_PARTIALS + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin4_conv1/bias [10]: trainable floats 180928–180937
  if (p < 180938u) {
    let j = p - 180928u;
    let wi = NIN4_CONV1_BIAS + j;
    let w = params[wi];
    var grad = a1[NIN4_CONV1_PARTIALS + 11520u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin4_conv2/kernel [1, 1, 10, 10]: trainable floats 180938–181037
  if (p < 181038u) {
    let j = p - 180938u;
    let wi = NIN4_CONV2_KERNEL + j;
    let w = params[wi];
    var grad = a1[NIN4_CONV2_PARTIALS + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin4_conv2/bias [10]: trainable floats 181038–181047
  if (p < 181048u) {
    let j = p - 181038u;
    let wi = NIN4_CONV2_BIAS + j;
    let w = params[wi];
    var grad = a1[NIN4_CONV2_PARTIALS + 100u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin4_conv3/kernel [1, 1, 10, 10]: trainable floats 181048–181147
  if (p < 181148u) {
    let j = p - 181048u;
    let wi = NIN4_CONV3_KERNEL + j;
    let w = params[wi];
    var grad = a1[NIN4_CONV3_PARTIALS + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // nin4_conv3/bias [10]: trainable floats 181148–181157
  if (p < 181158u) {
    let j = p - 181148u;
    let wi = NIN4_CONV3_BIAS + j;
    let w = params[wi];
    var grad = a1[NIN4_CONV3_PARTIALS + 100u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel evaluate 1: input, nin1_conv1.forward, nin1_conv2.forward, nin1_conv3.forward, pool1.forward, nin2_conv1.forward, nin2_conv2.forward, nin2_conv3.forward, pool2.forward, nin3_conv1.forward, nin3_conv2.forward, nin3_conv3.forward, pool3.forward, dropout1.evaluate, nin4_conv1.forward, nin4_conv2.forward, nin4_conv3.forward, pool4.forward, loss.evaluate
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const NIN1_CONV1_Z = 100352u; // a0, 25088 floats per example: nin1_conv1's output before its relu
const NIN1_CONV1_Y = 3311616u; // a0, 25088 floats per example: nin1_conv1's output: relu(z)
const NIN1_CONV2_Z = 6522880u; // a0, 25088 floats per example: nin1_conv2's output before its relu
const NIN1_CONV2_Y = 9734144u; // a0, 25088 floats per example: nin1_conv2's output: relu(z)
const NIN1_CONV3_Z = 12945408u; // a0, 25088 floats per example: nin1_conv3's output before its relu
const NIN1_CONV3_Y = 16156672u; // a0, 25088 floats per example: nin1_conv3's output: relu(z)
const POOL1_Z = 19367936u; // a0, 5408 floats per example: pool1's output
const NIN2_CONV1_Z = 20060160u; // a0, 10816 floats per example: nin2_conv1's output before its relu
const NIN2_CONV1_Y = 21444608u; // a0, 10816 floats per example: nin2_conv1's output: relu(z)
const NIN2_CONV2_Z = 22829056u; // a0, 10816 floats per example: nin2_conv2's output before its relu
const NIN2_CONV2_Y = 24213504u; // a0, 10816 floats per example: nin2_conv2's output: relu(z)
const NIN2_CONV3_Z = 25597952u; // a0, 10816 floats per example: nin2_conv3's output before its relu
const NIN2_CONV3_Y = 26982400u; // a0, 10816 floats per example: nin2_conv3's output: relu(z)
const POOL2_Z = 28366848u; // a0, 2304 floats per example: pool2's output
const NIN3_CONV1_Z = 28661760u; // a0, 4608 floats per example: nin3_conv1's output before its relu
const NIN3_CONV1_Y = 29251584u; // a0, 4608 floats per example: nin3_conv1's output: relu(z)
const NIN3_CONV2_Z = 29841408u; // a0, 4608 floats per example: nin3_conv2's output before its relu
const NIN3_CONV2_Y = 30431232u; // a0, 4608 floats per example: nin3_conv2's output: relu(z)
const NIN3_CONV3_Z = 31021056u; // a0, 4608 floats per example: nin3_conv3's output before its relu
const NIN3_CONV3_Y = 31610880u; // a0, 4608 floats per example: nin3_conv3's output: relu(z)
const POOL3_Z = 32200704u; // a0, 512 floats per example: pool3's output
const DROPOUT1_Z = 32266240u; // a0, 512 floats per example: dropout1's output
const NIN4_CONV1_Z = 32331776u; // a0, 40 floats per example: nin4_conv1's output before its relu
const NIN4_CONV1_Y = 32336896u; // a0, 40 floats per example: nin4_conv1's output: relu(z)
const NIN4_CONV2_Z = 32342016u; // a0, 40 floats per example: nin4_conv2's output before its relu
const NIN4_CONV2_Y = 32347136u; // a0, 40 floats per example: nin4_conv2's output: relu(z)
const NIN4_CONV3_Z = 32352256u; // a0, 40 floats per example: nin4_conv3's output before its relu
const NIN4_CONV3_Y = 32357376u; // a0, 40 floats per example: nin4_conv3's output: relu(z)
const POOL4_Z = 32362496u; // a0, 10 floats per example: pool4's output
const NIN1_CONV1_KERNEL = 0u; // params: nin1_conv1/kernel [5, 5, 1, 32]
const NIN1_CONV1_BIAS = 800u; // params: nin1_conv1/bias [32]
const NIN1_CONV2_KERNEL = 832u; // params: nin1_conv2/kernel [1, 1, 32, 32]
const NIN1_CONV2_BIAS = 1856u; // params: nin1_conv2/bias [32]
const NIN1_CONV3_KERNEL = 1888u; // params: nin1_conv3/kernel [1, 1, 32, 32]
const NIN1_CONV3_BIAS = 2912u; // params: nin1_conv3/bias [32]
const NIN2_CONV1_KERNEL = 2944u; // params: nin2_conv1/kernel [5, 5, 32, 64]
const NIN2_CONV1_BIAS = 54144u; // params: nin2_conv1/bias [64]
const NIN2_CONV2_KERNEL = 54208u; // params: nin2_conv2/kernel [1, 1, 64, 64]
const NIN2_CONV2_BIAS = 58304u; // params: nin2_conv2/bias [64]
const NIN2_CONV3_KERNEL = 58368u; // params: nin2_conv3/kernel [1, 1, 64, 64]
const NIN2_CONV3_BIAS = 62464u; // params: nin2_conv3/bias [64]
const NIN3_CONV1_KERNEL = 62528u; // params: nin3_conv1/kernel [3, 3, 64, 128]
const NIN3_CONV1_BIAS = 136256u; // params: nin3_conv1/bias [128]
const NIN3_CONV2_KERNEL = 136384u; // params: nin3_conv2/kernel [1, 1, 128, 128]
const NIN3_CONV2_BIAS = 152768u; // params: nin3_conv2/bias [128]
const NIN3_CONV3_KERNEL = 152896u; // params: nin3_conv3/kernel [1, 1, 128, 128]
const NIN3_CONV3_BIAS = 169280u; // params: nin3_conv3/bias [128]
const NIN4_CONV1_KERNEL = 169408u; // params: nin4_conv1/kernel [3, 3, 128, 10]
const NIN4_CONV1_BIAS = 180928u; // params: nin4_conv1/bias [10]
const NIN4_CONV2_KERNEL = 180940u; // params: nin4_conv2/kernel [1, 1, 10, 10]
const NIN4_CONV2_BIAS = 181040u; // params: nin4_conv2/bias [10]
const NIN4_CONV3_KERNEL = 181052u; // params: nin4_conv3/kernel [1, 1, 10, 10]
const NIN4_CONV3_BIAS = 181152u; // params: nin4_conv3/bias [10]

struct Step {
  n: u32,      // examples in this batch (the last batch of an epoch may be short)
  row: u32,    // this batch's first row in the table and the results
  slot: u32,   // this step's metrics slot
  gstep: u32,  // steps trained since the run began: keys the dropout masks
  lr: f32,     // the learning rate
  c1: f32,     // adam: 1 - beta1^t
  c2: f32,     // adam: 1 - beta2^t
  seed: u32,   // the run's seed: keys the dropout masks
}

@group(0) @binding(0) var<uniform> step: Step;
@group(0) @binding(1) var<storage, read> table: array<u32>;
@group(0) @binding(2) var<storage, read> images: array<u32>;
@group(0) @binding(3) var<storage, read> params: array<f32>;
@group(0) @binding(4) var<storage, read> params4: array<vec4<f32>>;
@group(0) @binding(5) var<storage, read> labels: array<u32>;
@group(0) @binding(6) var<storage, read_write> results: array<f32>;
@group(0) @binding(7) var<storage, read_write> a0: array<f32>;

const THREADS = 256u;

fn lenetc_sigmoid(z: f32) -> f32 { return 1.0 / (1.0 + exp(-z)); }
// tanh through exp(-2|z|): WGSL's tanh may overflow to NaN for large |z| on some drivers
fn lenetc_tanh(z: f32) -> f32 { let e = exp(-2.0 * abs(z)); return sign(z) * (1.0 - e) / (1.0 + e); }
// tfjs's softplus: x above -log(eps)-2, exp(x) below log(eps)+2, log1p(exp(x)) between
fn lenetc_softplus(z: f32) -> f32 {
  let threshold = -13.942384719848633;
  if (z < threshold) { return exp(z); }
  if (z > -threshold) { return z; }
  return log(1.0 + exp(z));
}
// tfjs's erf: Abramowitz and Stegun 7.1.26
fn lenetc_erf(x: f32) -> f32 {
  let v = abs(x);
  let t = 1.0 / (1.0 + 0.3275911 * v);
  let poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  return sign(x) * (1.0 - poly * exp(-v * v));
}
fn act_linear(z: f32) -> f32 { return z; }
fn dact_linear(z: f32) -> f32 { return 1.0; }
fn act_relu(z: f32) -> f32 { return max(z, 0.0); }
fn dact_relu(z: f32) -> f32 { return select(0.0, 1.0, z > 0.0); }

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // input: the example's pixels from the data set, x/255, flipped and shifted by its augmentation word; an item per pixel and channel
  {
    const ITEMS = 784;
    const H = 28;
    const W = 28;
    for (var e = t; e < ITEMS; e += THREADS) {
      let y = e / W;
      let x = e % W;
      let entry = (step.row + b) * 2u;
      let example = table[entry];
      let aug = table[entry + 1u];
      let sy = i32(y) - (i32((aug >> 8u) & 255u) - 128);
      var sx = i32(x) - (i32((aug >> 16u) & 255u) - 128);
      var v = 0.0;
      if (sy >= 0 && sy < H && sx >= 0 && sx < W) {
        if ((aug & 1u) == 1u) { sx = W - 1 - sx; }
        let p = (example * H + u32(sy)) * W + u32(sx);
        v = f32((images[p >> 2u] >> ((p & 3u) * 8u)) & 255u) / 255.0;
      }
      a0[INPUT_Y + b * 784 + e] = v;
    }
  }
  storageBarrier();
  // nin1_conv1.forward: z, and y = relu(z), = bias + 5×5 windows of input's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 1568;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = row + u32(clamp(ix, 0, IN_W - 1));
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = row + u32(clamp(ix + 1, 0, IN_W - 1));
            let wi = NIN1_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * OUT_C + co;
            let x0 = select(0.0, a0[INPUT_Y + xi0], in0);
            let x1 = select(0.0, a0[INPUT_Y + xi1], in1);
            let w0 = params4[wi / 4u];
            let w1 = params4[wi / 4u + 1];
            acc0_0 = acc0_0 + x0 * w0;
            acc0_1 = acc0_1 + x1 * w0;
            acc1_0 = acc1_0 + x0 * w1;
            acc1_1 = acc1_1 + x1 * w1;
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN1_CONV1_BIAS + co];
        a0[NIN1_CONV1_Z + out0] = zv;
        a0[NIN1_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[NIN1_CONV1_BIAS + co];
        a0[NIN1_CONV1_Z + out1] = zv;
        a0[NIN1_CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN1_CONV1_BIAS + co + 1];
        a0[NIN1_CONV1_Z + out0 + 1] = zv;
        a0[NIN1_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[NIN1_CONV1_BIAS + co + 1];
        a0[NIN1_CONV1_Z + out1 + 1] = zv;
        a0[NIN1_CONV1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN1_CONV1_BIAS + co + 2];
        a0[NIN1_CONV1_Z + out0 + 2] = zv;
        a0[NIN1_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[NIN1_CONV1_BIAS + co + 2];
        a0[NIN1_CONV1_Z + out1 + 2] = zv;
        a0[NIN1_CONV1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN1_CONV1_BIAS + co + 3];
        a0[NIN1_CONV1_Z + out0 + 3] = zv;
        a0[NIN1_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[NIN1_CONV1_BIAS + co + 3];
        a0[NIN1_CONV1_Z + out1 + 3] = zv;
        a0[NIN1_CONV1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN1_CONV1_BIAS + co + 4];
        a0[NIN1_CONV1_Z + out0 + 4] = zv;
        a0[NIN1_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[NIN1_CONV1_BIAS + co + 4];
        a0[NIN1_CONV1_Z + out1 + 4] = zv;
        a0[NIN1_CONV1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN1_CONV1_BIAS + co + 5];
        a0[NIN1_CONV1_Z + out0 + 5] = zv;
        a0[NIN1_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[NIN1_CONV1_BIAS + co + 5];
        a0[NIN1_CONV1_Z + out1 + 5] = zv;
        a0[NIN1_CONV1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN1_CONV1_BIAS + co + 6];
        a0[NIN1_CONV1_Z + out0 + 6] = zv;
        a0[NIN1_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[NIN1_CONV1_BIAS + co + 6];
        a0[NIN1_CONV1_Z + out1 + 6] = zv;
        a0[NIN1_CONV1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN1_CONV1_BIAS + co + 7];
        a0[NIN1_CONV1_Z + out0 + 7] = zv;
        a0[NIN1_CONV1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[NIN1_CONV1_BIAS + co + 7];
        a0[NIN1_CONV1_Z + out1 + 7] = zv;
        a0[NIN1_CONV1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin1_conv2.forward: z, and y = relu(z), = bias + 1×1 windows of nin1_conv1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 1568;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = NIN1_CONV2_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN1_CONV1_Y + xi0 + ci];
        let x1 = a0[NIN1_CONV1_Y + xi1 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN1_CONV2_BIAS + co];
        a0[NIN1_CONV2_Z + out0] = zv;
        a0[NIN1_CONV2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[NIN1_CONV2_BIAS + co];
        a0[NIN1_CONV2_Z + out1] = zv;
        a0[NIN1_CONV2_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN1_CONV2_BIAS + co + 1];
        a0[NIN1_CONV2_Z + out0 + 1] = zv;
        a0[NIN1_CONV2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[NIN1_CONV2_BIAS + co + 1];
        a0[NIN1_CONV2_Z + out1 + 1] = zv;
        a0[NIN1_CONV2_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN1_CONV2_BIAS + co + 2];
        a0[NIN1_CONV2_Z + out0 + 2] = zv;
        a0[NIN1_CONV2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[NIN1_CONV2_BIAS + co + 2];
        a0[NIN1_CONV2_Z + out1 + 2] = zv;
        a0[NIN1_CONV2_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN1_CONV2_BIAS + co + 3];
        a0[NIN1_CONV2_Z + out0 + 3] = zv;
        a0[NIN1_CONV2_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[NIN1_CONV2_BIAS + co + 3];
        a0[NIN1_CONV2_Z + out1 + 3] = zv;
        a0[NIN1_CONV2_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN1_CONV2_BIAS + co + 4];
        a0[NIN1_CONV2_Z + out0 + 4] = zv;
        a0[NIN1_CONV2_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[NIN1_CONV2_BIAS + co + 4];
        a0[NIN1_CONV2_Z + out1 + 4] = zv;
        a0[NIN1_CONV2_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN1_CONV2_BIAS + co + 5];
        a0[NIN1_CONV2_Z + out0 + 5] = zv;
        a0[NIN1_CONV2_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[NIN1_CONV2_BIAS + co + 5];
        a0[NIN1_CONV2_Z + out1 + 5] = zv;
        a0[NIN1_CONV2_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN1_CONV2_BIAS + co + 6];
        a0[NIN1_CONV2_Z + out0 + 6] = zv;
        a0[NIN1_CONV2_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[NIN1_CONV2_BIAS + co + 6];
        a0[NIN1_CONV2_Z + out1 + 6] = zv;
        a0[NIN1_CONV2_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN1_CONV2_BIAS + co + 7];
        a0[NIN1_CONV2_Z + out0 + 7] = zv;
        a0[NIN1_CONV2_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[NIN1_CONV2_BIAS + co + 7];
        a0[NIN1_CONV2_Z + out1 + 7] = zv;
        a0[NIN1_CONV2_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin1_conv3.forward: z, and y = relu(z), = bias + 1×1 windows of nin1_conv2's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 1568;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = NIN1_CONV3_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN1_CONV2_Y + xi0 + ci];
        let x1 = a0[NIN1_CONV2_Y + xi1 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN1_CONV3_BIAS + co];
        a0[NIN1_CONV3_Z + out0] = zv;
        a0[NIN1_CONV3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[NIN1_CONV3_BIAS + co];
        a0[NIN1_CONV3_Z + out1] = zv;
        a0[NIN1_CONV3_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN1_CONV3_BIAS + co + 1];
        a0[NIN1_CONV3_Z + out0 + 1] = zv;
        a0[NIN1_CONV3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[NIN1_CONV3_BIAS + co + 1];
        a0[NIN1_CONV3_Z + out1 + 1] = zv;
        a0[NIN1_CONV3_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN1_CONV3_BIAS + co + 2];
        a0[NIN1_CONV3_Z + out0 + 2] = zv;
        a0[NIN1_CONV3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[NIN1_CONV3_BIAS + co + 2];
        a0[NIN1_CONV3_Z + out1 + 2] = zv;
        a0[NIN1_CONV3_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN1_CONV3_BIAS + co + 3];
        a0[NIN1_CONV3_Z + out0 + 3] = zv;
        a0[NIN1_CONV3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[NIN1_CONV3_BIAS + co + 3];
        a0[NIN1_CONV3_Z + out1 + 3] = zv;
        a0[NIN1_CONV3_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN1_CONV3_BIAS + co + 4];
        a0[NIN1_CONV3_Z + out0 + 4] = zv;
        a0[NIN1_CONV3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[NIN1_CONV3_BIAS + co + 4];
        a0[NIN1_CONV3_Z + out1 + 4] = zv;
        a0[NIN1_CONV3_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN1_CONV3_BIAS + co + 5];
        a0[NIN1_CONV3_Z + out0 + 5] = zv;
        a0[NIN1_CONV3_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[NIN1_CONV3_BIAS + co + 5];
        a0[NIN1_CONV3_Z + out1 + 5] = zv;
        a0[NIN1_CONV3_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN1_CONV3_BIAS + co + 6];
        a0[NIN1_CONV3_Z + out0 + 6] = zv;
        a0[NIN1_CONV3_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[NIN1_CONV3_BIAS + co + 6];
        a0[NIN1_CONV3_Z + out1 + 6] = zv;
        a0[NIN1_CONV3_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN1_CONV3_BIAS + co + 7];
        a0[NIN1_CONV3_Z + out0 + 7] = zv;
        a0[NIN1_CONV3_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[NIN1_CONV3_BIAS + co + 7];
        a0[NIN1_CONV3_Z + out1 + 7] = zv;
        a0[NIN1_CONV3_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // pool1.forward: max pooling over 3×3 windows of nin1_conv3's output; an item per output element
  {
    const ITEMS = 5408;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_W = 13;
    const OUT_C = 32;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = -3.4028234663852886e38;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) * STRIDE_H + ky;
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let ix = i32(ox) * STRIDE_W + kx;
          let v = a0[NIN1_CONV3_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL1_Z + b * 5408 + e] = acc;
    }
  }
  storageBarrier();
  // nin2_conv1.forward: z, and y = relu(z), = bias + 5×5 windows of pool1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 1352;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 32;
    const OUT_H = 13;
    const OUT_W = 13;
    const OUT_C = 64;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const POSITIONS = 169;
    const ROW_ITEMS = 13;
    const BLOCK = 8;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = r % ROW_ITEMS;
      var acc0_0 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            var wi = NIN2_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[POOL1_Z + xi0 + ci], in0);
              let w0 = params4[wi / 4u];
              let w1 = params4[wi / 4u + 1];
              acc0_0 = acc0_0 + x0 * w0;
              acc1_0 = acc1_0 + x0 * w1;
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN2_CONV1_BIAS + co];
        a0[NIN2_CONV1_Z + out0] = zv;
        a0[NIN2_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN2_CONV1_BIAS + co + 1];
        a0[NIN2_CONV1_Z + out0 + 1] = zv;
        a0[NIN2_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN2_CONV1_BIAS + co + 2];
        a0[NIN2_CONV1_Z + out0 + 2] = zv;
        a0[NIN2_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN2_CONV1_BIAS + co + 3];
        a0[NIN2_CONV1_Z + out0 + 3] = zv;
        a0[NIN2_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN2_CONV1_BIAS + co + 4];
        a0[NIN2_CONV1_Z + out0 + 4] = zv;
        a0[NIN2_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN2_CONV1_BIAS + co + 5];
        a0[NIN2_CONV1_Z + out0 + 5] = zv;
        a0[NIN2_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN2_CONV1_BIAS + co + 6];
        a0[NIN2_CONV1_Z + out0 + 6] = zv;
        a0[NIN2_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN2_CONV1_BIAS + co + 7];
        a0[NIN2_CONV1_Z + out0 + 7] = zv;
        a0[NIN2_CONV1_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin2_conv2.forward: z, and y = relu(z), = bias + 1×1 windows of nin2_conv1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 1352;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 64;
    const OUT_H = 13;
    const OUT_W = 13;
    const OUT_C = 64;
    const POSITIONS = 169;
    const ROW_ITEMS = 13;
    const BLOCK = 8;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = r % ROW_ITEMS;
      var acc0_0 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      var wi = NIN2_CONV2_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN2_CONV1_Y + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN2_CONV2_BIAS + co];
        a0[NIN2_CONV2_Z + out0] = zv;
        a0[NIN2_CONV2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN2_CONV2_BIAS + co + 1];
        a0[NIN2_CONV2_Z + out0 + 1] = zv;
        a0[NIN2_CONV2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN2_CONV2_BIAS + co + 2];
        a0[NIN2_CONV2_Z + out0 + 2] = zv;
        a0[NIN2_CONV2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN2_CONV2_BIAS + co + 3];
        a0[NIN2_CONV2_Z + out0 + 3] = zv;
        a0[NIN2_CONV2_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN2_CONV2_BIAS + co + 4];
        a0[NIN2_CONV2_Z + out0 + 4] = zv;
        a0[NIN2_CONV2_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN2_CONV2_BIAS + co + 5];
        a0[NIN2_CONV2_Z + out0 + 5] = zv;
        a0[NIN2_CONV2_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN2_CONV2_BIAS + co + 6];
        a0[NIN2_CONV2_Z + out0 + 6] = zv;
        a0[NIN2_CONV2_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN2_CONV2_BIAS + co + 7];
        a0[NIN2_CONV2_Z + out0 + 7] = zv;
        a0[NIN2_CONV2_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin2_conv3.forward: z, and y = relu(z), = bias + 1×1 windows of nin2_conv2's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 1352;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 64;
    const OUT_H = 13;
    const OUT_W = 13;
    const OUT_C = 64;
    const POSITIONS = 169;
    const ROW_ITEMS = 13;
    const BLOCK = 8;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = r % ROW_ITEMS;
      var acc0_0 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      var wi = NIN2_CONV3_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN2_CONV2_Y + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN2_CONV3_BIAS + co];
        a0[NIN2_CONV3_Z + out0] = zv;
        a0[NIN2_CONV3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN2_CONV3_BIAS + co + 1];
        a0[NIN2_CONV3_Z + out0 + 1] = zv;
        a0[NIN2_CONV3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN2_CONV3_BIAS + co + 2];
        a0[NIN2_CONV3_Z + out0 + 2] = zv;
        a0[NIN2_CONV3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN2_CONV3_BIAS + co + 3];
        a0[NIN2_CONV3_Z + out0 + 3] = zv;
        a0[NIN2_CONV3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN2_CONV3_BIAS + co + 4];
        a0[NIN2_CONV3_Z + out0 + 4] = zv;
        a0[NIN2_CONV3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN2_CONV3_BIAS + co + 5];
        a0[NIN2_CONV3_Z + out0 + 5] = zv;
        a0[NIN2_CONV3_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN2_CONV3_BIAS + co + 6];
        a0[NIN2_CONV3_Z + out0 + 6] = zv;
        a0[NIN2_CONV3_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN2_CONV3_BIAS + co + 7];
        a0[NIN2_CONV3_Z + out0 + 7] = zv;
        a0[NIN2_CONV3_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // pool2.forward: max pooling over 3×3 windows of nin2_conv3's output; an item per output element
  {
    const ITEMS = 2304;
    const IN_H = 13;
    const IN_W = 13;
    const IN_C = 64;
    const OUT_W = 6;
    const OUT_C = 64;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = -3.4028234663852886e38;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) * STRIDE_H + ky;
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let ix = i32(ox) * STRIDE_W + kx;
          let v = a0[NIN2_CONV3_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL2_Z + b * 2304 + e] = acc;
    }
  }
  storageBarrier();
  // nin3_conv1.forward: z, and y = relu(z), = bias + 3×3 windows of pool2's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 288;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 64;
    const OUT_H = 6;
    const OUT_W = 6;
    const OUT_C = 128;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 18;
    const ROW_ITEMS = 3;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = NIN3_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[POOL2_Z + xi0 + ci], in0);
              let x1 = select(0.0, a0[POOL2_Z + xi1 + ci], in1);
              let w0 = params4[wi / 4u];
              let w1 = params4[wi / 4u + 1];
              acc0_0 = acc0_0 + x0 * w0;
              acc0_1 = acc0_1 + x1 * w0;
              acc1_0 = acc1_0 + x0 * w1;
              acc1_1 = acc1_1 + x1 * w1;
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN3_CONV1_BIAS + co];
        a0[NIN3_CONV1_Z + out0] = zv;
        a0[NIN3_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[NIN3_CONV1_BIAS + co];
        a0[NIN3_CONV1_Z + out1] = zv;
        a0[NIN3_CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN3_CONV1_BIAS + co + 1];
        a0[NIN3_CONV1_Z + out0 + 1] = zv;
        a0[NIN3_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[NIN3_CONV1_BIAS + co + 1];
        a0[NIN3_CONV1_Z + out1 + 1] = zv;
        a0[NIN3_CONV1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN3_CONV1_BIAS + co + 2];
        a0[NIN3_CONV1_Z + out0 + 2] = zv;
        a0[NIN3_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[NIN3_CONV1_BIAS + co + 2];
        a0[NIN3_CONV1_Z + out1 + 2] = zv;
        a0[NIN3_CONV1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN3_CONV1_BIAS + co + 3];
        a0[NIN3_CONV1_Z + out0 + 3] = zv;
        a0[NIN3_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[NIN3_CONV1_BIAS + co + 3];
        a0[NIN3_CONV1_Z + out1 + 3] = zv;
        a0[NIN3_CONV1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN3_CONV1_BIAS + co + 4];
        a0[NIN3_CONV1_Z + out0 + 4] = zv;
        a0[NIN3_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[NIN3_CONV1_BIAS + co + 4];
        a0[NIN3_CONV1_Z + out1 + 4] = zv;
        a0[NIN3_CONV1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN3_CONV1_BIAS + co + 5];
        a0[NIN3_CONV1_Z + out0 + 5] = zv;
        a0[NIN3_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[NIN3_CONV1_BIAS + co + 5];
        a0[NIN3_CONV1_Z + out1 + 5] = zv;
        a0[NIN3_CONV1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN3_CONV1_BIAS + co + 6];
        a0[NIN3_CONV1_Z + out0 + 6] = zv;
        a0[NIN3_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[NIN3_CONV1_BIAS + co + 6];
        a0[NIN3_CONV1_Z + out1 + 6] = zv;
        a0[NIN3_CONV1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN3_CONV1_BIAS + co + 7];
        a0[NIN3_CONV1_Z + out0 + 7] = zv;
        a0[NIN3_CONV1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[NIN3_CONV1_BIAS + co + 7];
        a0[NIN3_CONV1_Z + out1 + 7] = zv;
        a0[NIN3_CONV1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin3_conv2.forward: z, and y = relu(z), = bias + 1×1 windows of nin3_conv1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 288;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 128;
    const OUT_H = 6;
    const OUT_W = 6;
    const OUT_C = 128;
    const POSITIONS = 18;
    const ROW_ITEMS = 3;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = NIN3_CONV2_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN3_CONV1_Y + xi0 + ci];
        let x1 = a0[NIN3_CONV1_Y + xi1 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN3_CONV2_BIAS + co];
        a0[NIN3_CONV2_Z + out0] = zv;
        a0[NIN3_CONV2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[NIN3_CONV2_BIAS + co];
        a0[NIN3_CONV2_Z + out1] = zv;
        a0[NIN3_CONV2_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN3_CONV2_BIAS + co + 1];
        a0[NIN3_CONV2_Z + out0 + 1] = zv;
        a0[NIN3_CONV2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[NIN3_CONV2_BIAS + co + 1];
        a0[NIN3_CONV2_Z + out1 + 1] = zv;
        a0[NIN3_CONV2_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN3_CONV2_BIAS + co + 2];
        a0[NIN3_CONV2_Z + out0 + 2] = zv;
        a0[NIN3_CONV2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[NIN3_CONV2_BIAS + co + 2];
        a0[NIN3_CONV2_Z + out1 + 2] = zv;
        a0[NIN3_CONV2_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN3_CONV2_BIAS + co + 3];
        a0[NIN3_CONV2_Z + out0 + 3] = zv;
        a0[NIN3_CONV2_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[NIN3_CONV2_BIAS + co + 3];
        a0[NIN3_CONV2_Z + out1 + 3] = zv;
        a0[NIN3_CONV2_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN3_CONV2_BIAS + co + 4];
        a0[NIN3_CONV2_Z + out0 + 4] = zv;
        a0[NIN3_CONV2_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[NIN3_CONV2_BIAS + co + 4];
        a0[NIN3_CONV2_Z + out1 + 4] = zv;
        a0[NIN3_CONV2_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN3_CONV2_BIAS + co + 5];
        a0[NIN3_CONV2_Z + out0 + 5] = zv;
        a0[NIN3_CONV2_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[NIN3_CONV2_BIAS + co + 5];
        a0[NIN3_CONV2_Z + out1 + 5] = zv;
        a0[NIN3_CONV2_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN3_CONV2_BIAS + co + 6];
        a0[NIN3_CONV2_Z + out0 + 6] = zv;
        a0[NIN3_CONV2_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[NIN3_CONV2_BIAS + co + 6];
        a0[NIN3_CONV2_Z + out1 + 6] = zv;
        a0[NIN3_CONV2_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN3_CONV2_BIAS + co + 7];
        a0[NIN3_CONV2_Z + out0 + 7] = zv;
        a0[NIN3_CONV2_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[NIN3_CONV2_BIAS + co + 7];
        a0[NIN3_CONV2_Z + out1 + 7] = zv;
        a0[NIN3_CONV2_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin3_conv3.forward: z, and y = relu(z), = bias + 1×1 windows of nin3_conv2's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 288;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 128;
    const OUT_H = 6;
    const OUT_W = 6;
    const OUT_C = 128;
    const POSITIONS = 18;
    const ROW_ITEMS = 3;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = NIN3_CONV3_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN3_CONV2_Y + xi0 + ci];
        let x1 = a0[NIN3_CONV2_Y + xi1 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[NIN3_CONV3_BIAS + co];
        a0[NIN3_CONV3_Z + out0] = zv;
        a0[NIN3_CONV3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[NIN3_CONV3_BIAS + co];
        a0[NIN3_CONV3_Z + out1] = zv;
        a0[NIN3_CONV3_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[NIN3_CONV3_BIAS + co + 1];
        a0[NIN3_CONV3_Z + out0 + 1] = zv;
        a0[NIN3_CONV3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[NIN3_CONV3_BIAS + co + 1];
        a0[NIN3_CONV3_Z + out1 + 1] = zv;
        a0[NIN3_CONV3_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[NIN3_CONV3_BIAS + co + 2];
        a0[NIN3_CONV3_Z + out0 + 2] = zv;
        a0[NIN3_CONV3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[NIN3_CONV3_BIAS + co + 2];
        a0[NIN3_CONV3_Z + out1 + 2] = zv;
        a0[NIN3_CONV3_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[NIN3_CONV3_BIAS + co + 3];
        a0[NIN3_CONV3_Z + out0 + 3] = zv;
        a0[NIN3_CONV3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[NIN3_CONV3_BIAS + co + 3];
        a0[NIN3_CONV3_Z + out1 + 3] = zv;
        a0[NIN3_CONV3_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[NIN3_CONV3_BIAS + co + 4];
        a0[NIN3_CONV3_Z + out0 + 4] = zv;
        a0[NIN3_CONV3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[NIN3_CONV3_BIAS + co + 4];
        a0[NIN3_CONV3_Z + out1 + 4] = zv;
        a0[NIN3_CONV3_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[NIN3_CONV3_BIAS + co + 5];
        a0[NIN3_CONV3_Z + out0 + 5] = zv;
        a0[NIN3_CONV3_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[NIN3_CONV3_BIAS + co + 5];
        a0[NIN3_CONV3_Z + out1 + 5] = zv;
        a0[NIN3_CONV3_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[NIN3_CONV3_BIAS + co + 6];
        a0[NIN3_CONV3_Z + out0 + 6] = zv;
        a0[NIN3_CONV3_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[NIN3_CONV3_BIAS + co + 6];
        a0[NIN3_CONV3_Z + out1 + 6] = zv;
        a0[NIN3_CONV3_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[NIN3_CONV3_BIAS + co + 7];
        a0[NIN3_CONV3_Z + out0 + 7] = zv;
        a0[NIN3_CONV3_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[NIN3_CONV3_BIAS + co + 7];
        a0[NIN3_CONV3_Z + out1 + 7] = zv;
        a0[NIN3_CONV3_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // pool3.forward: max pooling over 3×3 windows of nin3_conv3's output; an item per output element
  {
    const ITEMS = 512;
    const IN_H = 6;
    const IN_W = 6;
    const IN_C = 128;
    const OUT_W = 2;
    const OUT_C = 128;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = -3.4028234663852886e38;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) * STRIDE_H + ky;
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let ix = i32(ox) * STRIDE_W + kx;
          let v = a0[NIN3_CONV3_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL3_Z + b * 512 + e] = acc;
    }
  }
  storageBarrier();
  // dropout1.evaluate: pool3's output, as it is; an item per element
  {
    const ITEMS = 512;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 512 + e;
      a0[DROPOUT1_Z + i] = a0[POOL3_Z + i];
    }
  }
  storageBarrier();
  // nin4_conv1.forward: z, and y = relu(z), = bias + 3×3 windows of dropout1's output · kernel; an item per 2 filters × 2 positions of a row
  {
    const ITEMS = 10;
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 128;
    const OUT_H = 2;
    const OUT_W = 2;
    const OUT_C = 10;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 2;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(r) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = NIN4_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[DROPOUT1_Z + xi0 + ci], in0);
              let x1 = select(0.0, a0[DROPOUT1_Z + xi1 + ci], in1);
              let w0 = params[wi];
              let w1 = params[wi + 1];
              acc0_0 = acc0_0 + x0 * w0;
              acc0_1 = acc0_1 + x1 * w0;
              acc1_0 = acc1_0 + x0 * w1;
              acc1_1 = acc1_1 + x1 * w1;
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + r * OUT_W) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + r * OUT_W + 1) * OUT_C + co;
      {
        let zv = acc0_0 + params[NIN4_CONV1_BIAS + co];
        a0[NIN4_CONV1_Z + out0] = zv;
        a0[NIN4_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1 + params[NIN4_CONV1_BIAS + co];
        a0[NIN4_CONV1_Z + out1] = zv;
        a0[NIN4_CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc1_0 + params[NIN4_CONV1_BIAS + co + 1];
        a0[NIN4_CONV1_Z + out0 + 1] = zv;
        a0[NIN4_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc1_1 + params[NIN4_CONV1_BIAS + co + 1];
        a0[NIN4_CONV1_Z + out1 + 1] = zv;
        a0[NIN4_CONV1_Y + out1 + 1] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin4_conv2.forward: z, and y = relu(z), = bias + 1×1 windows of nin4_conv1's output · kernel; an item per 2 filters × 2 positions of a row
  {
    const ITEMS = 10;
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 10;
    const OUT_H = 2;
    const OUT_W = 2;
    const OUT_C = 10;
    const POSITIONS = 2;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      let iy = i32(r);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let xi0 = row * IN_C;
      let xi1 = (row + 1) * IN_C;
      var wi = NIN4_CONV2_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN4_CONV1_Y + xi0 + ci];
        let x1 = a0[NIN4_CONV1_Y + xi1 + ci];
        let w0 = params[wi];
        let w1 = params[wi + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + r * OUT_W) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + r * OUT_W + 1) * OUT_C + co;
      {
        let zv = acc0_0 + params[NIN4_CONV2_BIAS + co];
        a0[NIN4_CONV2_Z + out0] = zv;
        a0[NIN4_CONV2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1 + params[NIN4_CONV2_BIAS + co];
        a0[NIN4_CONV2_Z + out1] = zv;
        a0[NIN4_CONV2_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc1_0 + params[NIN4_CONV2_BIAS + co + 1];
        a0[NIN4_CONV2_Z + out0 + 1] = zv;
        a0[NIN4_CONV2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc1_1 + params[NIN4_CONV2_BIAS + co + 1];
        a0[NIN4_CONV2_Z + out1 + 1] = zv;
        a0[NIN4_CONV2_Y + out1 + 1] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // nin4_conv3.forward: z, and y = relu(z), = bias + 1×1 windows of nin4_conv2's output · kernel; an item per 2 filters × 2 positions of a row
  {
    const ITEMS = 10;
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 10;
    const OUT_H = 2;
    const OUT_W = 2;
    const OUT_C = 10;
    const POSITIONS = 2;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      var acc0_0 = 0.0;
      var acc0_1 = 0.0;
      var acc1_0 = 0.0;
      var acc1_1 = 0.0;
      let iy = i32(r);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let xi0 = row * IN_C;
      let xi1 = (row + 1) * IN_C;
      var wi = NIN4_CONV3_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[NIN4_CONV2_Y + xi0 + ci];
        let x1 = a0[NIN4_CONV2_Y + xi1 + ci];
        let w0 = params[wi];
        let w1 = params[wi + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + r * OUT_W) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + r * OUT_W + 1) * OUT_C + co;
      {
        let zv = acc0_0 + params[NIN4_CONV3_BIAS + co];
        a0[NIN4_CONV3_Z + out0] = zv;
        a0[NIN4_CONV3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1 + params[NIN4_CONV3_BIAS + co];
        a0[NIN4_CONV3_Z + out1] = zv;
        a0[NIN4_CONV3_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc1_0 + params[NIN4_CONV3_BIAS + co + 1];
        a0[NIN4_CONV3_Z + out0 + 1] = zv;
        a0[NIN4_CONV3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc1_1 + params[NIN4_CONV3_BIAS + co + 1];
        a0[NIN4_CONV3_Z + out1 + 1] = zv;
        a0[NIN4_CONV3_Y + out1 + 1] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // pool4.forward: global avg pooling of nin4_conv3's output; an item per output element
  {
    const ITEMS = 10;
    const IN_H = 2;
    const IN_W = 2;
    const IN_C = 10;
    const OUT_C = 10;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
    if (t < ITEMS) {
      let e = t;
      let c = e % OUT_C;
      var acc = 0.0;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let v = a0[NIN4_CONV3_Y + ((b * IN_H + u32(ky)) * IN_W + u32(kx)) * IN_C + c];
          acc = acc + v;
        }
      }
      a0[POOL4_Z + b * 10 + e] = acc / 4.0;
    }
  }
  storageBarrier();
  // loss.evaluate: cross-entropy of pool4's output (log-softmax of the logits) against the label; one item per example
  {
    const ITEMS = 1;
    const CLASSES = 10;
    if (t < ITEMS) {
      let e = t;
      let base = b * CLASSES;
      let label = labels[table[(step.row + b) * 2u]];
      let valid = label < CLASSES;
      var top = a0[POOL4_Z + base];
      for (var j = 1u; j < CLASSES; j++) { top = max(top, a0[POOL4_Z + base + j]); }
      var total = 0.0;
      for (var j = 0u; j < CLASSES; j++) { total = total + exp(a0[POOL4_Z + base + j] - top); }
      let lse = top + log(total);
      let loss = select(0.0, lse - a0[POOL4_Z + base + min(label, CLASSES - 1)], valid);
      var best = 0u;
      for (var j = 1u; j < CLASSES; j++) { if (a0[POOL4_Z + base + j] > a0[POOL4_Z + base + best]) { best = j; } }
      results[(step.row + b) * 2u] = loss;
      results[(step.row + b) * 2u + 1u] = f32(best);
    }
  }
}
