// lenetc training program for best
// 3 conv blocks (32-64-64, 3×3, batch norm, max pool), dense 64, dropout; flips, shifts and a cosine schedule
//
// Compiled for batch 256, 10 classes, storage bindings of at most 128.0 MiB (WebGPU's default maxStorageBufferBindingSize, which every adapter allows).
// A device with other limits lays it out again: `train --backend webgpu` compiles for its adapter.
//
// Buffers:
//   a0 (arena0): 33116160 floats (126.3 MiB)
//   a1 (arena1): 26122122 floats (99.6 MiB)
//   params: 93962 floats (every weight and moving statistic); state: 1 × 93642 floats (momentum)
//
// Tensors (offsets in floats; per-example tensors repeat for each example of the batch):
//   INPUT_Y                  a0 @ 0         784 per example: the batch's images, scaled to [0, 1] and augmented
//   CONV1_Z                  a0 @ 200704    25088 per example: conv1's output before its relu
//   CONV1_Y                  a0 @ 6623232   25088 per example: conv1's output: relu(z)
//   BATCHNORM1_Z             a0 @ 13045760  25088 per example: batchnorm1's output
//   POOL1_Z                  a0 @ 19468288  6272 per example: pool1's output
//   CONV2_Z                  a0 @ 21073920  12544 per example: conv2's output before its relu
//   CONV2_Y                  a0 @ 24285184  12544 per example: conv2's output: relu(z)
//   BATCHNORM2_Z             a0 @ 27496448  12544 per example: batchnorm2's output
//   POOL2_Z                  a0 @ 30707712  3136 per example: pool2's output
//   CONV3_Z                  a0 @ 31510528  3136 per example: conv3's output before its relu
//   CONV3_Y                  a0 @ 32313344  3136 per example: conv3's output: relu(z)
//   BATCHNORM3_Z             a1 @ 0         3136 per example: batchnorm3's output
//   POOL3_Z                  a1 @ 802816    576 per example: pool3's output
//   DENSE1_Z                 a1 @ 950272    64 per example: dense1's output before its relu
//   DENSE1_Y                 a1 @ 966656    64 per example: dense1's output: relu(z)
//   DROPOUT1_Z               a1 @ 983040    64 per example: dropout1's output
//   DENSE2_Z                 a1 @ 999424    10 per example: dense2's output
//   CONV1_DZ                 a1 @ 1001984   25088 per example: the loss's gradient with respect to conv1's output before its relu
//   BATCHNORM1_DZ            a1 @ 7424512   25088 per example: the loss's gradient with respect to batchnorm1's output
//   POOL1_DZ                 a1 @ 13847040  6272 per example: the loss's gradient with respect to pool1's output
//   CONV2_DZ                 a1 @ 15452672  12544 per example: the loss's gradient with respect to conv2's output before its relu
//   BATCHNORM2_DZ            a1 @ 18663936  12544 per example: the loss's gradient with respect to batchnorm2's output
//   POOL2_DZ                 a1 @ 21875200  3136 per example: the loss's gradient with respect to pool2's output
//   CONV3_DZ                 a1 @ 22678016  3136 per example: the loss's gradient with respect to conv3's output before its relu
//   BATCHNORM3_DZ            a1 @ 23480832  3136 per example: the loss's gradient with respect to batchnorm3's output
//   POOL3_DZ                 a1 @ 24283648  576 per example: the loss's gradient with respect to pool3's output
//   DENSE1_DZ                a1 @ 24431104  64 per example: the loss's gradient with respect to dense1's output before its relu
//   DROPOUT1_DZ              a1 @ 24447488  64 per example: the loss's gradient with respect to dropout1's output
//   DENSE2_DZ                a1 @ 24463872  10 per example: the loss's gradient with respect to dense2's output
//   CONV1_PARTIALS           a1 @ 24466432  81920 floats: conv1's weight-gradient partial sums: 256 groups × 320 weights
//   BATCHNORM1_STATS         a1 @ 24548352  64 floats: batchnorm1's batch mean, then variance, per channel
//   BATCHNORM1_SUMS          a1 @ 24548416  64 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   CONV2_PARTIALS           a1 @ 24548480  961792 floats: conv2's weight-gradient partial sums: 52 groups × 18496 weights
//   BATCHNORM2_STATS         a1 @ 25510272  128 floats: batchnorm2's batch mean, then variance, per channel
//   BATCHNORM2_SUMS          a1 @ 25510400  128 floats: batchnorm2's Σ dz·x̂, then Σ dz, per channel
//   CONV3_PARTIALS           a1 @ 25510528  480064 floats: conv3's weight-gradient partial sums: 13 groups × 36928 weights
//   BATCHNORM3_STATS         a1 @ 25990592  128 floats: batchnorm3's batch mean, then variance, per channel
//   BATCHNORM3_SUMS          a1 @ 25990720  128 floats: batchnorm3's Σ dz·x̂, then Σ dz, per channel
//   DENSE1_PARTIALS          a1 @ 25990848  36928 floats: dense1's weight-gradient partial sums: 1 group × 36928 weights
//   DENSE2_PARTIALS          a1 @ 26027776  650 floats: dense2's weight-gradient partial sums: 1 group × 650 weights
//   GRADIENT                 a1 @ 26028480  93642 floats: every trainable float's gradient, as the update used it
//
// Weights (offsets in floats into params; trainable ones also index the gradient and state):
//   CONV1_KERNEL             params @ 0         conv1/kernel [3, 3, 1, 32], trainable @ 0
//   CONV1_BIAS               params @ 288       conv1/bias [32], trainable @ 288
//   BATCHNORM1_GAMMA         params @ 320       batchnorm1/gamma [32], trainable @ 320
//   BATCHNORM1_BETA          params @ 352       batchnorm1/beta [32], trainable @ 352
//   BATCHNORM1_MOVING_MEAN   params @ 384       batchnorm1/moving_mean [32], not trained by the optimizer
//   BATCHNORM1_MOVING_VARIANCE params @ 416       batchnorm1/moving_variance [32], not trained by the optimizer
//   CONV2_KERNEL             params @ 448       conv2/kernel [3, 3, 32, 64], trainable @ 384
//   CONV2_BIAS               params @ 18880     conv2/bias [64], trainable @ 18816
//   BATCHNORM2_GAMMA         params @ 18944     batchnorm2/gamma [64], trainable @ 18880
//   BATCHNORM2_BETA          params @ 19008     batchnorm2/beta [64], trainable @ 18944
//   BATCHNORM2_MOVING_MEAN   params @ 19072     batchnorm2/moving_mean [64], not trained by the optimizer
//   BATCHNORM2_MOVING_VARIANCE params @ 19136     batchnorm2/moving_variance [64], not trained by the optimizer
//   CONV3_KERNEL             params @ 19200     conv3/kernel [3, 3, 64, 64], trainable @ 19008
//   CONV3_BIAS               params @ 56064     conv3/bias [64], trainable @ 55872
//   BATCHNORM3_GAMMA         params @ 56128     batchnorm3/gamma [64], trainable @ 55936
//   BATCHNORM3_BETA          params @ 56192     batchnorm3/beta [64], trainable @ 56000
//   BATCHNORM3_MOVING_MEAN   params @ 56256     batchnorm3/moving_mean [64], not trained by the optimizer
//   BATCHNORM3_MOVING_VARIANCE params @ 56320     batchnorm3/moving_variance [64], not trained by the optimizer
//   DENSE1_KERNEL            params @ 56384     dense1/kernel [576, 64], trainable @ 56064
//   DENSE1_BIAS              params @ 93248     dense1/bias [64], trainable @ 92928
//   DENSE2_KERNEL            params @ 93312     dense2/kernel [64, 10], trainable @ 92992
//   DENSE2_BIAS              params @ 93952     dense2/bias [10], trainable @ 93632
//
// A training step dispatches, in order:
//   train 1: input, conv1.forward (256 workgroups; binds step, table, images, params, params as vec4s, arena0)
//   batchnorm1.statistics (32 workgroups; binds step, params, arena0, arena1)
//   train 3: batchnorm1.forward, pool1.forward, conv2.forward (256 workgroups; binds step, params, params as vec4s, arena0, arena1)
//   batchnorm2.statistics (64 workgroups; binds step, params, arena0, arena1)
//   train 5: batchnorm2.forward, pool2.forward, conv3.forward (256 workgroups; binds step, params, params as vec4s, arena0, arena1)
//   batchnorm3.statistics (64 workgroups; binds step, params, arena0, arena1)
//   train 7: batchnorm3.forward, pool3.forward, dense1.forward, dropout1.forward, dense2.forward, loss, dense2.input-gradient, dropout1.input-gradient, dense1.input-gradient, pool3.input-gradient (256 workgroups; binds step, params, params as vec4s, table, labels, results, arena0, arena1)
//   batchnorm3.gradient-sums (64 workgroups; binds step, arena0, arena1)
//   train 9: batchnorm3.input-gradient, conv3.input-gradient, pool2.input-gradient (256 workgroups; binds step, params, arena0, arena1)
//   batchnorm2.gradient-sums (64 workgroups; binds step, arena0, arena1)
//   train 11: batchnorm2.input-gradient, conv2.input-gradient, pool1.input-gradient (256 workgroups; binds step, params, arena0, arena1)
//   batchnorm1.gradient-sums (32 workgroups; binds step, arena0, arena1)
//   train 13: batchnorm1.input-gradient (256 workgroups; binds step, params, arena0, arena1)
//   weight-gradients (2200 workgroups; binds step, arena0, arena1)
//   partial-sums (2103 workgroups; binds arena1)
//   update (1465 workgroups; binds step, params, state, results, metrics, arena1)
// An evaluation batch dispatches:
//   evaluate 1: input, conv1.forward, batchnorm1.evaluate, pool1.forward, conv2.forward, batchnorm2.evaluate, pool2.forward, conv3.forward, batchnorm3.evaluate, pool3.forward, dense1.forward, dropout1.evaluate, dense2.forward, loss.evaluate (256 workgroups; binds step, table, images, params, params as vec4s, labels, results, arena0, arena1)

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 1: input, conv1.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 256 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const CONV1_Z = 200704u; // a0, 25088 floats per example: conv1's output before its relu
const CONV1_Y = 6623232u; // a0, 25088 floats per example: conv1's output: relu(z)
const CONV1_KERNEL = 0u; // params: conv1/kernel [3, 3, 1, 32]
const CONV1_BIAS = 288u; // params: conv1/bias [32]

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
@group(0) @binding(5) var<storage, read_write> a0: array<f32>;

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
fn act_relu(z: f32) -> f32 { return max(z, 0.0); }
fn dact_relu(z: f32) -> f32 { return select(0.0, 1.0, z > 0.0); }

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 256u) { return; }
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
  // conv1.forward: z, and y = relu(z), = bias + 3×3 windows of input's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 1568;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
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
            let wi = CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * OUT_C + co;
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
        let zv = acc0_0.x + params[CONV1_BIAS + co];
        a0[CONV1_Z + out0] = zv;
        a0[CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[CONV1_BIAS + co];
        a0[CONV1_Z + out1] = zv;
        a0[CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[CONV1_BIAS + co + 1];
        a0[CONV1_Z + out0 + 1] = zv;
        a0[CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[CONV1_BIAS + co + 1];
        a0[CONV1_Z + out1 + 1] = zv;
        a0[CONV1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[CONV1_BIAS + co + 2];
        a0[CONV1_Z + out0 + 2] = zv;
        a0[CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[CONV1_BIAS + co + 2];
        a0[CONV1_Z + out1 + 2] = zv;
        a0[CONV1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[CONV1_BIAS + co + 3];
        a0[CONV1_Z + out0 + 3] = zv;
        a0[CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[CONV1_BIAS + co + 3];
        a0[CONV1_Z + out1 + 3] = zv;
        a0[CONV1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[CONV1_BIAS + co + 4];
        a0[CONV1_Z + out0 + 4] = zv;
        a0[CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[CONV1_BIAS + co + 4];
        a0[CONV1_Z + out1 + 4] = zv;
        a0[CONV1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[CONV1_BIAS + co + 5];
        a0[CONV1_Z + out0 + 5] = zv;
        a0[CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[CONV1_BIAS + co + 5];
        a0[CONV1_Z + out1 + 5] = zv;
        a0[CONV1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[CONV1_BIAS + co + 6];
        a0[CONV1_Z + out0 + 6] = zv;
        a0[CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[CONV1_BIAS + co + 6];
        a0[CONV1_Z + out1 + 6] = zv;
        a0[CONV1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[CONV1_BIAS + co + 7];
        a0[CONV1_Z + out0 + 7] = zv;
        a0[CONV1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[CONV1_BIAS + co + 7];
        a0[CONV1_Z + out1 + 7] = zv;
        a0[CONV1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel batchnorm1.statistics
// batchnorm1's batch mean and variance per channel over conv1's output, and its moving statistics' update (a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV1_Y = 6623232u; // a0, 25088 floats per example: conv1's output: relu(z)
const BATCHNORM1_STATS = 24548352u; // a1, 64 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_MOVING_MEAN = 384u; // params: batchnorm1/moving_mean [32]
const BATCHNORM1_MOVING_VARIANCE = 416u; // params: batchnorm1/moving_variance [32]

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
@group(0) @binding(2) var<storage, read_write> a0: array<f32>;
@group(0) @binding(3) var<storage, read_write> a1: array<f32>;

const CHANNELS = 32u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[CONV1_Y + k * CHANNELS + g]); }
    scratch[t] = partial;
    workgroupBarrier();
    if (t < 128u) { scratch[t] = scratch[t] + scratch[t + 128u]; }
    workgroupBarrier();
    if (t < 64u) { scratch[t] = scratch[t] + scratch[t + 64u]; }
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
  let total = scratch[0];
  workgroupBarrier();
  let mean = total / f32(count);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[CONV1_Y + k * CHANNELS + g] - mean) * (a0[CONV1_Y + k * CHANNELS + g] - mean)); }
    scratch[t] = partial;
    workgroupBarrier();
    if (t < 128u) { scratch[t] = scratch[t] + scratch[t + 128u]; }
    workgroupBarrier();
    if (t < 64u) { scratch[t] = scratch[t] + scratch[t + 64u]; }
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
  let squares = scratch[0];
  workgroupBarrier();
  let variance = squares / f32(count);
  if (t == 0u) {
    a1[BATCHNORM1_STATS + g] = mean;
    a1[BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[BATCHNORM1_MOVING_MEAN + g];
    params[BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[BATCHNORM1_MOVING_VARIANCE + g];
    params[BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 3: batchnorm1.forward, pool1.forward, conv2.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 256 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV1_Y = 6623232u; // a0, 25088 floats per example: conv1's output: relu(z)
const BATCHNORM1_Z = 13045760u; // a0, 25088 floats per example: batchnorm1's output
const POOL1_Z = 19468288u; // a0, 6272 floats per example: pool1's output
const CONV2_Z = 21073920u; // a0, 12544 floats per example: conv2's output before its relu
const CONV2_Y = 24285184u; // a0, 12544 floats per example: conv2's output: relu(z)
const BATCHNORM1_STATS = 24548352u; // a1, 64 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_GAMMA = 320u; // params: batchnorm1/gamma [32]
const BATCHNORM1_BETA = 352u; // params: batchnorm1/beta [32]
const CONV2_KERNEL = 448u; // params: conv2/kernel [3, 3, 32, 64]
const CONV2_BIAS = 18880u; // params: conv2/bias [64]

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
@group(0) @binding(1) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> params4: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> a0: array<f32>;
@group(0) @binding(4) var<storage, read_write> a1: array<f32>;

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
  if (g >= 256u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // batchnorm1.forward: conv1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 25088;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 25088 + e;
      let c = e % CHANNELS;
      let x = a0[CONV1_Y + i];
      a0[BATCHNORM1_Z + i] = params[BATCHNORM1_BETA + c] + (x - a1[BATCHNORM1_STATS + c]) * params[BATCHNORM1_GAMMA + c] / sqrt(a1[BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // pool1.forward: max pooling over 2×2 windows of batchnorm1's output; an item per output element
  {
    const ITEMS = 6272;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_W = 14;
    const OUT_C = 32;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
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
          let v = a0[BATCHNORM1_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL1_Z + b * 6272 + e] = acc;
    }
  }
  storageBarrier();
  // conv2.forward: z, and y = relu(z), = bias + 3×3 windows of pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 784;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 64;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
            var wi = CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[POOL1_Z + xi0 + ci], in0);
              let x1 = select(0.0, a0[POOL1_Z + xi1 + ci], in1);
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
        let zv = acc0_0.x + params[CONV2_BIAS + co];
        a0[CONV2_Z + out0] = zv;
        a0[CONV2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[CONV2_BIAS + co];
        a0[CONV2_Z + out1] = zv;
        a0[CONV2_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[CONV2_BIAS + co + 1];
        a0[CONV2_Z + out0 + 1] = zv;
        a0[CONV2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[CONV2_BIAS + co + 1];
        a0[CONV2_Z + out1 + 1] = zv;
        a0[CONV2_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[CONV2_BIAS + co + 2];
        a0[CONV2_Z + out0 + 2] = zv;
        a0[CONV2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[CONV2_BIAS + co + 2];
        a0[CONV2_Z + out1 + 2] = zv;
        a0[CONV2_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[CONV2_BIAS + co + 3];
        a0[CONV2_Z + out0 + 3] = zv;
        a0[CONV2_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[CONV2_BIAS + co + 3];
        a0[CONV2_Z + out1 + 3] = zv;
        a0[CONV2_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[CONV2_BIAS + co + 4];
        a0[CONV2_Z + out0 + 4] = zv;
        a0[CONV2_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[CONV2_BIAS + co + 4];
        a0[CONV2_Z + out1 + 4] = zv;
        a0[CONV2_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[CONV2_BIAS + co + 5];
        a0[CONV2_Z + out0 + 5] = zv;
        a0[CONV2_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[CONV2_BIAS + co + 5];
        a0[CONV2_Z + out1 + 5] = zv;
        a0[CONV2_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[CONV2_BIAS + co + 6];
        a0[CONV2_Z + out0 + 6] = zv;
        a0[CONV2_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[CONV2_BIAS + co + 6];
        a0[CONV2_Z + out1 + 6] = zv;
        a0[CONV2_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[CONV2_BIAS + co + 7];
        a0[CONV2_Z + out0 + 7] = zv;
        a0[CONV2_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[CONV2_BIAS + co + 7];
        a0[CONV2_Z + out1 + 7] = zv;
        a0[CONV2_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel batchnorm2.statistics
// batchnorm2's batch mean and variance per channel over conv2's output, and its moving statistics' update (a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV2_Y = 24285184u; // a0, 12544 floats per example: conv2's output: relu(z)
const BATCHNORM2_STATS = 25510272u; // a1, 128 floats: batchnorm2's batch mean, then variance, per channel
const BATCHNORM2_MOVING_MEAN = 19072u; // params: batchnorm2/moving_mean [64]
const BATCHNORM2_MOVING_VARIANCE = 19136u; // params: batchnorm2/moving_variance [64]

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
@group(0) @binding(2) var<storage, read_write> a0: array<f32>;
@group(0) @binding(3) var<storage, read_write> a1: array<f32>;

const CHANNELS = 64u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[CONV2_Y + k * CHANNELS + g]); }
    scratch[t] = partial;
    workgroupBarrier();
    if (t < 128u) { scratch[t] = scratch[t] + scratch[t + 128u]; }
    workgroupBarrier();
    if (t < 64u) { scratch[t] = scratch[t] + scratch[t + 64u]; }
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
  let total = scratch[0];
  workgroupBarrier();
  let mean = total / f32(count);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[CONV2_Y + k * CHANNELS + g] - mean) * (a0[CONV2_Y + k * CHANNELS + g] - mean)); }
    scratch[t] = partial;
    workgroupBarrier();
    if (t < 128u) { scratch[t] = scratch[t] + scratch[t + 128u]; }
    workgroupBarrier();
    if (t < 64u) { scratch[t] = scratch[t] + scratch[t + 64u]; }
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
  let squares = scratch[0];
  workgroupBarrier();
  let variance = squares / f32(count);
  if (t == 0u) {
    a1[BATCHNORM2_STATS + g] = mean;
    a1[BATCHNORM2_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[BATCHNORM2_MOVING_MEAN + g];
    params[BATCHNORM2_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[BATCHNORM2_MOVING_VARIANCE + g];
    params[BATCHNORM2_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 5: batchnorm2.forward, pool2.forward, conv3.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 256 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV2_Y = 24285184u; // a0, 12544 floats per example: conv2's output: relu(z)
const BATCHNORM2_Z = 27496448u; // a0, 12544 floats per example: batchnorm2's output
const POOL2_Z = 30707712u; // a0, 3136 floats per example: pool2's output
const CONV3_Z = 31510528u; // a0, 3136 floats per example: conv3's output before its relu
const CONV3_Y = 32313344u; // a0, 3136 floats per example: conv3's output: relu(z)
const BATCHNORM2_STATS = 25510272u; // a1, 128 floats: batchnorm2's batch mean, then variance, per channel
const BATCHNORM2_GAMMA = 18944u; // params: batchnorm2/gamma [64]
const BATCHNORM2_BETA = 19008u; // params: batchnorm2/beta [64]
const CONV3_KERNEL = 19200u; // params: conv3/kernel [3, 3, 64, 64]
const CONV3_BIAS = 56064u; // params: conv3/bias [64]

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
@group(0) @binding(1) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> params4: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> a0: array<f32>;
@group(0) @binding(4) var<storage, read_write> a1: array<f32>;

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
  if (g >= 256u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // batchnorm2.forward: conv2's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let x = a0[CONV2_Y + i];
      a0[BATCHNORM2_Z + i] = params[BATCHNORM2_BETA + c] + (x - a1[BATCHNORM2_STATS + c]) * params[BATCHNORM2_GAMMA + c] / sqrt(a1[BATCHNORM2_STATS + CHANNELS + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // pool2.forward: max pooling over 2×2 windows of batchnorm2's output; an item per output element
  {
    const ITEMS = 3136;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 64;
    const OUT_W = 7;
    const OUT_C = 64;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
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
          let v = a0[BATCHNORM2_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL2_Z + b * 3136 + e] = acc;
    }
  }
  storageBarrier();
  // conv3.forward: z, and y = relu(z), = bias + 3×3 windows of pool2's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 64;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
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
            var wi = CONV3_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[POOL2_Z + xi0 + ci], in0);
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
        let zv = acc0_0.x + params[CONV3_BIAS + co];
        a0[CONV3_Z + out0] = zv;
        a0[CONV3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[CONV3_BIAS + co + 1];
        a0[CONV3_Z + out0 + 1] = zv;
        a0[CONV3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[CONV3_BIAS + co + 2];
        a0[CONV3_Z + out0 + 2] = zv;
        a0[CONV3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[CONV3_BIAS + co + 3];
        a0[CONV3_Z + out0 + 3] = zv;
        a0[CONV3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[CONV3_BIAS + co + 4];
        a0[CONV3_Z + out0 + 4] = zv;
        a0[CONV3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[CONV3_BIAS + co + 5];
        a0[CONV3_Z + out0 + 5] = zv;
        a0[CONV3_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[CONV3_BIAS + co + 6];
        a0[CONV3_Z + out0 + 6] = zv;
        a0[CONV3_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[CONV3_BIAS + co + 7];
        a0[CONV3_Z + out0 + 7] = zv;
        a0[CONV3_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel batchnorm3.statistics
// batchnorm3's batch mean and variance per channel over conv3's output, and its moving statistics' update (a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV3_Y = 32313344u; // a0, 3136 floats per example: conv3's output: relu(z)
const BATCHNORM3_STATS = 25990592u; // a1, 128 floats: batchnorm3's batch mean, then variance, per channel
const BATCHNORM3_MOVING_MEAN = 56256u; // params: batchnorm3/moving_mean [64]
const BATCHNORM3_MOVING_VARIANCE = 56320u; // params: batchnorm3/moving_variance [64]

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
@group(0) @binding(2) var<storage, read_write> a0: array<f32>;
@group(0) @binding(3) var<storage, read_write> a1: array<f32>;

const CHANNELS = 64u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[CONV3_Y + k * CHANNELS + g]); }
    scratch[t] = partial;
    workgroupBarrier();
    if (t < 128u) { scratch[t] = scratch[t] + scratch[t + 128u]; }
    workgroupBarrier();
    if (t < 64u) { scratch[t] = scratch[t] + scratch[t + 64u]; }
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
  let total = scratch[0];
  workgroupBarrier();
  let mean = total / f32(count);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[CONV3_Y + k * CHANNELS + g] - mean) * (a0[CONV3_Y + k * CHANNELS + g] - mean)); }
    scratch[t] = partial;
    workgroupBarrier();
    if (t < 128u) { scratch[t] = scratch[t] + scratch[t + 128u]; }
    workgroupBarrier();
    if (t < 64u) { scratch[t] = scratch[t] + scratch[t + 64u]; }
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
  let squares = scratch[0];
  workgroupBarrier();
  let variance = squares / f32(count);
  if (t == 0u) {
    a1[BATCHNORM3_STATS + g] = mean;
    a1[BATCHNORM3_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[BATCHNORM3_MOVING_MEAN + g];
    params[BATCHNORM3_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[BATCHNORM3_MOVING_VARIANCE + g];
    params[BATCHNORM3_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 7: batchnorm3.forward, pool3.forward, dense1.forward, dropout1.forward, dense2.forward, loss, dense2.input-gradient, dropout1.input-gradient, dense1.input-gradient, pool3.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 256 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV3_Y = 32313344u; // a0, 3136 floats per example: conv3's output: relu(z)
const BATCHNORM3_Z = 0u; // a1, 3136 floats per example: batchnorm3's output
const POOL3_Z = 802816u; // a1, 576 floats per example: pool3's output
const DENSE1_Z = 950272u; // a1, 64 floats per example: dense1's output before its relu
const DENSE1_Y = 966656u; // a1, 64 floats per example: dense1's output: relu(z)
const DROPOUT1_Z = 983040u; // a1, 64 floats per example: dropout1's output
const DENSE2_Z = 999424u; // a1, 10 floats per example: dense2's output
const BATCHNORM3_DZ = 23480832u; // a1, 3136 floats per example: the loss's gradient with respect to batchnorm3's output
const POOL3_DZ = 24283648u; // a1, 576 floats per example: the loss's gradient with respect to pool3's output
const DENSE1_DZ = 24431104u; // a1, 64 floats per example: the loss's gradient with respect to dense1's output before its relu
const DROPOUT1_DZ = 24447488u; // a1, 64 floats per example: the loss's gradient with respect to dropout1's output
const DENSE2_DZ = 24463872u; // a1, 10 floats per example: the loss's gradient with respect to dense2's output
const BATCHNORM3_STATS = 25990592u; // a1, 128 floats: batchnorm3's batch mean, then variance, per channel
const BATCHNORM3_GAMMA = 56128u; // params: batchnorm3/gamma [64]
const BATCHNORM3_BETA = 56192u; // params: batchnorm3/beta [64]
const DENSE1_KERNEL = 56384u; // params: dense1/kernel [576, 64]
const DENSE1_BIAS = 93248u; // params: dense1/bias [64]
const DENSE2_KERNEL = 93312u; // params: dense2/kernel [64, 10]
const DENSE2_BIAS = 93952u; // params: dense2/bias [10]

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
@group(0) @binding(1) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> params4: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read> table: array<u32>;
@group(0) @binding(4) var<storage, read> labels: array<u32>;
@group(0) @binding(5) var<storage, read_write> results: array<f32>;
@group(0) @binding(6) var<storage, read_write> a0: array<f32>;
@group(0) @binding(7) var<storage, read_write> a1: array<f32>;

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
  if (g >= 256u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // batchnorm3.forward: conv3's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a0[CONV3_Y + i];
      a1[BATCHNORM3_Z + i] = params[BATCHNORM3_BETA + c] + (x - a1[BATCHNORM3_STATS + c]) * params[BATCHNORM3_GAMMA + c] / sqrt(a1[BATCHNORM3_STATS + CHANNELS + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // pool3.forward: max pooling over 2×2 windows of batchnorm3's output; an item per output element
  {
    const ITEMS = 576;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 64;
    const OUT_W = 3;
    const OUT_C = 64;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
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
          let v = a1[BATCHNORM3_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a1[POOL3_Z + b * 576 + e] = acc;
    }
  }
  storageBarrier();
  // dense1.forward: z, and y = relu(z), = pool3's output · kernel + bias; an item per 8 units, their weights read four at a time
  {
    const ITEMS = 8;
    const IN_UNITS = 576;
    const OUT_UNITS = 64;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = vec4<f32>();
      var acc1 = vec4<f32>();
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a1[POOL3_Z + b * IN_UNITS + k];
        acc0 = acc0 + xv * params4[wi / 4u];
        acc1 = acc1 + xv * params4[wi / 4u + 1];
        wi = wi + OUT_UNITS;
      }
      {
        let zv = acc0.x + params[DENSE1_BIAS + o];
        a1[DENSE1_Z + b * OUT_UNITS + o] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o] = act_relu(zv);
      }
      {
        let zv = acc0.y + params[DENSE1_BIAS + o + 1];
        a1[DENSE1_Z + b * OUT_UNITS + o + 1] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 1] = act_relu(zv);
      }
      {
        let zv = acc0.z + params[DENSE1_BIAS + o + 2];
        a1[DENSE1_Z + b * OUT_UNITS + o + 2] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 2] = act_relu(zv);
      }
      {
        let zv = acc0.w + params[DENSE1_BIAS + o + 3];
        a1[DENSE1_Z + b * OUT_UNITS + o + 3] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 3] = act_relu(zv);
      }
      {
        let zv = acc1.x + params[DENSE1_BIAS + o + 4];
        a1[DENSE1_Z + b * OUT_UNITS + o + 4] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 4] = act_relu(zv);
      }
      {
        let zv = acc1.y + params[DENSE1_BIAS + o + 5];
        a1[DENSE1_Z + b * OUT_UNITS + o + 5] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 5] = act_relu(zv);
      }
      {
        let zv = acc1.z + params[DENSE1_BIAS + o + 6];
        a1[DENSE1_Z + b * OUT_UNITS + o + 6] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 6] = act_relu(zv);
      }
      {
        let zv = acc1.w + params[DENSE1_BIAS + o + 7];
        a1[DENSE1_Z + b * OUT_UNITS + o + 7] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // dropout1.forward: dense1's output times mask stream 0's draw (rate 0.3); an item per element
  {
    const ITEMS = 64;
    if (t < ITEMS) {
      let e = t;
      let i = b * 64 + e;
      a1[DROPOUT1_Z + i] = a1[DENSE1_Y + i] * select(0.0, 1.4285714626312256, dropout_keep(step.seed, step.gstep, 0u, i, 0.30000001192092896));
    }
  }
  storageBarrier();
  // dense2.forward: z = dropout1's output · kernel + bias; an item per 2 units
  {
    const ITEMS = 5;
    const IN_UNITS = 64;
    const OUT_UNITS = 10;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var wi = DENSE2_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a1[DROPOUT1_Z + b * IN_UNITS + k];
        acc0 = acc0 + xv * params[wi];
        acc1 = acc1 + xv * params[wi + 1];
        wi = wi + OUT_UNITS;
      }
      {
        a1[DENSE2_Z + b * OUT_UNITS + o] = acc0 + params[DENSE2_BIAS + o];
      }
      {
        a1[DENSE2_Z + b * OUT_UNITS + o + 1] = acc1 + params[DENSE2_BIAS + o + 1];
      }
    }
  }
  storageBarrier();
  // loss: cross-entropy of dense2's output (log-softmax of the logits) against the label, and its gradient; one item per example
  {
    const ITEMS = 1;
    const CLASSES = 10;
    if (t < ITEMS) {
      let e = t;
      let base = b * CLASSES;
      let label = labels[table[(step.row + b) * 2u]];
      let valid = label < CLASSES;
      var top = a1[DENSE2_Z + base];
      for (var j = 1u; j < CLASSES; j++) { top = max(top, a1[DENSE2_Z + base + j]); }
      var total = 0.0;
      for (var j = 0u; j < CLASSES; j++) { total = total + exp(a1[DENSE2_Z + base + j] - top); }
      let lse = top + log(total);
      let loss = select(0.0, lse - a1[DENSE2_Z + base + min(label, CLASSES - 1)], valid);
      var best = 0u;
      for (var j = 1u; j < CLASSES; j++) { if (a1[DENSE2_Z + base + j] > a1[DENSE2_Z + base + best]) { best = j; } }
      results[(step.row + b) * 2u] = loss;
      results[(step.row + b) * 2u + 1u] = select(0.0, 1.0, best == label);
      for (var j = 0u; j < CLASSES; j++) {
        let g = select(0.0, (exp(a1[DENSE2_Z + base + j] - lse) - select(0.0, 1.0, j == label)) / f32(step.n), valid);
        a1[DENSE2_DZ + base + j] = g;
      }
    }
  }
  storageBarrier();
  // dense2.input-gradient: the gradient reaching dropout1: dz · kernelᵀ; an item per 8 input units
  {
    const ITEMS = 8;
    const IN_UNITS = 64;
    const OUT_UNITS = 10;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
      let k = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var acc2 = 0.0;
      var acc3 = 0.0;
      var acc4 = 0.0;
      var acc5 = 0.0;
      var acc6 = 0.0;
      var acc7 = 0.0;
      let wi = DENSE2_KERNEL + k * OUT_UNITS;
      for (var o = 0u; o < OUT_UNITS; o++) {
        let d = a1[DENSE2_DZ + b * OUT_UNITS + o];
        acc0 = acc0 + d * params[wi + o];
        acc1 = acc1 + d * params[wi + OUT_UNITS + o];
        acc2 = acc2 + d * params[wi + OUT_UNITS * 2 + o];
        acc3 = acc3 + d * params[wi + OUT_UNITS * 3 + o];
        acc4 = acc4 + d * params[wi + OUT_UNITS * 4 + o];
        acc5 = acc5 + d * params[wi + OUT_UNITS * 5 + o];
        acc6 = acc6 + d * params[wi + OUT_UNITS * 6 + o];
        acc7 = acc7 + d * params[wi + OUT_UNITS * 7 + o];
      }
      a1[DROPOUT1_DZ + b * IN_UNITS + k] = acc0;
      a1[DROPOUT1_DZ + b * IN_UNITS + k + 1] = acc1;
      a1[DROPOUT1_DZ + b * IN_UNITS + k + 2] = acc2;
      a1[DROPOUT1_DZ + b * IN_UNITS + k + 3] = acc3;
      a1[DROPOUT1_DZ + b * IN_UNITS + k + 4] = acc4;
      a1[DROPOUT1_DZ + b * IN_UNITS + k + 5] = acc5;
      a1[DROPOUT1_DZ + b * IN_UNITS + k + 6] = acc6;
      a1[DROPOUT1_DZ + b * IN_UNITS + k + 7] = acc7;
    }
  }
  storageBarrier();
  // dropout1.input-gradient: the gradient reaching dense1: dz times the same mask; an item per element
  {
    const ITEMS = 64;
    if (t < ITEMS) {
      let e = t;
      let i = b * 64 + e;
      a1[DENSE1_DZ + i] = (a1[DROPOUT1_DZ + i] * select(0.0, 1.4285714626312256, dropout_keep(step.seed, step.gstep, 0u, i, 0.30000001192092896))) * dact_relu(a1[DENSE1_Z + i]);
    }
  }
  storageBarrier();
  // dense1.input-gradient: the gradient reaching pool3: dz · kernelᵀ; an item per 8 input units, four of dz's units a step
  {
    const ITEMS = 72;
    const IN_UNITS = 576;
    const OUT_UNITS = 64;
    const BLOCK = 8;
    const OUT_FOURS = 16;
    if (t < ITEMS) {
      let e = t;
      let k = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var acc2 = 0.0;
      var acc3 = 0.0;
      var acc4 = 0.0;
      var acc5 = 0.0;
      var acc6 = 0.0;
      var acc7 = 0.0;
      let wi = DENSE1_KERNEL + k * OUT_UNITS;
      for (var o4 = 0u; o4 < OUT_FOURS; o4++) {
        let o = o4 * 4;
        let d = vec4<f32>(a1[DENSE1_DZ + b * OUT_UNITS + o], a1[DENSE1_DZ + b * OUT_UNITS + o + 1], a1[DENSE1_DZ + b * OUT_UNITS + o + 2], a1[DENSE1_DZ + b * OUT_UNITS + o + 3]);
        let w0 = params4[wi / 4u + o4];
        let w1 = params4[(wi + OUT_UNITS) / 4u + o4];
        let w2 = params4[(wi + OUT_UNITS * 2) / 4u + o4];
        let w3 = params4[(wi + OUT_UNITS * 3) / 4u + o4];
        let w4 = params4[(wi + OUT_UNITS * 4) / 4u + o4];
        let w5 = params4[(wi + OUT_UNITS * 5) / 4u + o4];
        let w6 = params4[(wi + OUT_UNITS * 6) / 4u + o4];
        let w7 = params4[(wi + OUT_UNITS * 7) / 4u + o4];
        acc0 = acc0 + d.x * w0.x + d.y * w0.y + d.z * w0.z + d.w * w0.w;
        acc1 = acc1 + d.x * w1.x + d.y * w1.y + d.z * w1.z + d.w * w1.w;
        acc2 = acc2 + d.x * w2.x + d.y * w2.y + d.z * w2.z + d.w * w2.w;
        acc3 = acc3 + d.x * w3.x + d.y * w3.y + d.z * w3.z + d.w * w3.w;
        acc4 = acc4 + d.x * w4.x + d.y * w4.y + d.z * w4.z + d.w * w4.w;
        acc5 = acc5 + d.x * w5.x + d.y * w5.y + d.z * w5.z + d.w * w5.w;
        acc6 = acc6 + d.x * w6.x + d.y * w6.y + d.z * w6.z + d.w * w6.w;
        acc7 = acc7 + d.x * w7.x + d.y * w7.y + d.z * w7.z + d.w * w7.w;
      }
      a1[POOL3_DZ + b * IN_UNITS + k] = acc0;
      a1[POOL3_DZ + b * IN_UNITS + k + 1] = acc1;
      a1[POOL3_DZ + b * IN_UNITS + k + 2] = acc2;
      a1[POOL3_DZ + b * IN_UNITS + k + 3] = acc3;
      a1[POOL3_DZ + b * IN_UNITS + k + 4] = acc4;
      a1[POOL3_DZ + b * IN_UNITS + k + 5] = acc5;
      a1[POOL3_DZ + b * IN_UNITS + k + 6] = acc6;
      a1[POOL3_DZ + b * IN_UNITS + k + 7] = acc7;
    }
  }
  storageBarrier();
  // pool3.input-gradient: the gradient reaching batchnorm3 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 3136;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 64;
    const OUT_H = 3;
    const OUT_W = 3;
    const OUT_C = 64;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
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
              let v = a1[BATCHNORM3_Z + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
              if (v > best) { best = v; by = py; bx = px; }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a1[POOL3_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a1[BATCHNORM3_DZ + b * 3136 + e] = acc;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel batchnorm3.gradient-sums
// batchnorm3's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV3_Y = 32313344u; // a0, 3136 floats per example: conv3's output: relu(z)
const BATCHNORM3_DZ = 23480832u; // a1, 3136 floats per example: the loss's gradient with respect to batchnorm3's output
const BATCHNORM3_STATS = 25990592u; // a1, 128 floats: batchnorm3's batch mean, then variance, per channel
const BATCHNORM3_SUMS = 25990720u; // a1, 128 floats: batchnorm3's Σ dz·x̂, then Σ dz, per channel

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

const CHANNELS = 64u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let count = step.n * POSITIONS;
  let mean = a1[BATCHNORM3_STATS + g];
  let inv = 1.0 / sqrt(a1[BATCHNORM3_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[BATCHNORM3_DZ + k * CHANNELS + g] * (a0[CONV3_Y + k * CHANNELS + g] - mean) * inv); }
    scratch[t] = partial;
    workgroupBarrier();
    if (t < 128u) { scratch[t] = scratch[t] + scratch[t + 128u]; }
    workgroupBarrier();
    if (t < 64u) { scratch[t] = scratch[t] + scratch[t + 64u]; }
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
  let dgamma = scratch[0];
  workgroupBarrier();
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[BATCHNORM3_DZ + k * CHANNELS + g]); }
    scratch[t] = partial;
    workgroupBarrier();
    if (t < 128u) { scratch[t] = scratch[t] + scratch[t + 128u]; }
    workgroupBarrier();
    if (t < 64u) { scratch[t] = scratch[t] + scratch[t + 64u]; }
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
  let dbeta = scratch[0];
  workgroupBarrier();
  if (t == 0u) {
    a1[BATCHNORM3_SUMS + g] = dgamma;
    a1[BATCHNORM3_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 9: batchnorm3.input-gradient, conv3.input-gradient, pool2.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 256 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BATCHNORM2_Z = 27496448u; // a0, 12544 floats per example: batchnorm2's output
const CONV3_Z = 31510528u; // a0, 3136 floats per example: conv3's output before its relu
const CONV3_Y = 32313344u; // a0, 3136 floats per example: conv3's output: relu(z)
const BATCHNORM2_DZ = 18663936u; // a1, 12544 floats per example: the loss's gradient with respect to batchnorm2's output
const POOL2_DZ = 21875200u; // a1, 3136 floats per example: the loss's gradient with respect to pool2's output
const CONV3_DZ = 22678016u; // a1, 3136 floats per example: the loss's gradient with respect to conv3's output before its relu
const BATCHNORM3_DZ = 23480832u; // a1, 3136 floats per example: the loss's gradient with respect to batchnorm3's output
const BATCHNORM3_STATS = 25990592u; // a1, 128 floats: batchnorm3's batch mean, then variance, per channel
const BATCHNORM3_SUMS = 25990720u; // a1, 128 floats: batchnorm3's Σ dz·x̂, then Σ dz, per channel
const CONV3_KERNEL = 19200u; // params: conv3/kernel [3, 3, 64, 64]
const BATCHNORM3_GAMMA = 56128u; // params: batchnorm3/gamma [64]

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
@group(0) @binding(1) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read_write> a0: array<f32>;
@group(0) @binding(3) var<storage, read_write> a1: array<f32>;

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
  if (g >= 256u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // batchnorm3.input-gradient: the gradient reaching conv3 through the batch's normalization; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    const POSITIONS = 49;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a1[BATCHNORM3_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[CONV3_Y + i] - a1[BATCHNORM3_STATS + c]) * inv;
      let dx = params[BATCHNORM3_GAMMA + c] * inv * (a1[BATCHNORM3_DZ + i] - a1[BATCHNORM3_SUMS + CHANNELS + c] / count - xhat * a1[BATCHNORM3_SUMS + c] / count);
      a1[CONV3_DZ + i] = dx * dact_relu(a0[CONV3_Z + i]);
    }
  }
  storageBarrier();
  // conv3.input-gradient: the gradient reaching pool2: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
  {
    const ITEMS = 392;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 64;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
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
            let wi = CONV3_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[CONV3_DZ + di0 + co], in0);
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
      a1[POOL2_DZ + at0] = acc0_0;
      a1[POOL2_DZ + at0 + 1] = acc1_0;
      a1[POOL2_DZ + at0 + 2] = acc2_0;
      a1[POOL2_DZ + at0 + 3] = acc3_0;
      a1[POOL2_DZ + at0 + 4] = acc4_0;
      a1[POOL2_DZ + at0 + 5] = acc5_0;
      a1[POOL2_DZ + at0 + 6] = acc6_0;
      a1[POOL2_DZ + at0 + 7] = acc7_0;
    }
  }
  storageBarrier();
  // pool2.input-gradient: the gradient reaching batchnorm2 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 12544;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 64;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
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
              let v = a0[BATCHNORM2_Z + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
              if (v > best) { best = v; by = py; bx = px; }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a1[POOL2_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a1[BATCHNORM2_DZ + b * 12544 + e] = acc;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel batchnorm2.gradient-sums
// batchnorm2's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV2_Y = 24285184u; // a0, 12544 floats per example: conv2's output: relu(z)
const BATCHNORM2_DZ = 18663936u; // a1, 12544 floats per example: the loss's gradient with respect to batchnorm2's output
const BATCHNORM2_STATS = 25510272u; // a1, 128 floats: batchnorm2's batch mean, then variance, per channel
const BATCHNORM2_SUMS = 25510400u; // a1, 128 floats: batchnorm2's Σ dz·x̂, then Σ dz, per channel

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

const CHANNELS = 64u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let count = step.n * POSITIONS;
  let mean = a1[BATCHNORM2_STATS + g];
  let inv = 1.0 / sqrt(a1[BATCHNORM2_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[BATCHNORM2_DZ + k * CHANNELS + g] * (a0[CONV2_Y + k * CHANNELS + g] - mean) * inv); }
    scratch[t] = partial;
    workgroupBarrier();
    if (t < 128u) { scratch[t] = scratch[t] + scratch[t + 128u]; }
    workgroupBarrier();
    if (t < 64u) { scratch[t] = scratch[t] + scratch[t + 64u]; }
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
  let dgamma = scratch[0];
  workgroupBarrier();
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[BATCHNORM2_DZ + k * CHANNELS + g]); }
    scratch[t] = partial;
    workgroupBarrier();
    if (t < 128u) { scratch[t] = scratch[t] + scratch[t + 128u]; }
    workgroupBarrier();
    if (t < 64u) { scratch[t] = scratch[t] + scratch[t + 64u]; }
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
  let dbeta = scratch[0];
  workgroupBarrier();
  if (t == 0u) {
    a1[BATCHNORM2_SUMS + g] = dgamma;
    a1[BATCHNORM2_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 11: batchnorm2.input-gradient, conv2.input-gradient, pool1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 256 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BATCHNORM1_Z = 13045760u; // a0, 25088 floats per example: batchnorm1's output
const CONV2_Z = 21073920u; // a0, 12544 floats per example: conv2's output before its relu
const CONV2_Y = 24285184u; // a0, 12544 floats per example: conv2's output: relu(z)
const BATCHNORM1_DZ = 7424512u; // a1, 25088 floats per example: the loss's gradient with respect to batchnorm1's output
const POOL1_DZ = 13847040u; // a1, 6272 floats per example: the loss's gradient with respect to pool1's output
const CONV2_DZ = 15452672u; // a1, 12544 floats per example: the loss's gradient with respect to conv2's output before its relu
const BATCHNORM2_DZ = 18663936u; // a1, 12544 floats per example: the loss's gradient with respect to batchnorm2's output
const BATCHNORM2_STATS = 25510272u; // a1, 128 floats: batchnorm2's batch mean, then variance, per channel
const BATCHNORM2_SUMS = 25510400u; // a1, 128 floats: batchnorm2's Σ dz·x̂, then Σ dz, per channel
const CONV2_KERNEL = 448u; // params: conv2/kernel [3, 3, 32, 64]
const BATCHNORM2_GAMMA = 18944u; // params: batchnorm2/gamma [64]

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
@group(0) @binding(1) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read_write> a0: array<f32>;
@group(0) @binding(3) var<storage, read_write> a1: array<f32>;

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
  if (g >= 256u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // batchnorm2.input-gradient: the gradient reaching conv2 through the batch's normalization; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 64;
    const POSITIONS = 196;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a1[BATCHNORM2_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[CONV2_Y + i] - a1[BATCHNORM2_STATS + c]) * inv;
      let dx = params[BATCHNORM2_GAMMA + c] * inv * (a1[BATCHNORM2_DZ + i] - a1[BATCHNORM2_SUMS + CHANNELS + c] / count - xhat * a1[BATCHNORM2_SUMS + c] / count);
      a1[CONV2_DZ + i] = dx * dact_relu(a0[CONV2_Z + i]);
    }
  }
  storageBarrier();
  // conv2.input-gradient: the gradient reaching pool1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 64;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
            let wi = CONV2_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[CONV2_DZ + di0 + co], in0);
              let d1 = select(0.0, a1[CONV2_DZ + di1 + co], in1);
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
      a1[POOL1_DZ + at0] = acc0_0;
      a1[POOL1_DZ + at1] = acc0_1;
      a1[POOL1_DZ + at0 + 1] = acc1_0;
      a1[POOL1_DZ + at1 + 1] = acc1_1;
      a1[POOL1_DZ + at0 + 2] = acc2_0;
      a1[POOL1_DZ + at1 + 2] = acc2_1;
      a1[POOL1_DZ + at0 + 3] = acc3_0;
      a1[POOL1_DZ + at1 + 3] = acc3_1;
      a1[POOL1_DZ + at0 + 4] = acc4_0;
      a1[POOL1_DZ + at1 + 4] = acc4_1;
      a1[POOL1_DZ + at0 + 5] = acc5_0;
      a1[POOL1_DZ + at1 + 5] = acc5_1;
      a1[POOL1_DZ + at0 + 6] = acc6_0;
      a1[POOL1_DZ + at1 + 6] = acc6_1;
      a1[POOL1_DZ + at0 + 7] = acc7_0;
      a1[POOL1_DZ + at1 + 7] = acc7_1;
    }
  }
  storageBarrier();
  // pool1.input-gradient: the gradient reaching batchnorm1 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 25088;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
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
              let v = a0[BATCHNORM1_Z + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
              if (v > best) { best = v; by = py; bx = px; }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a1[POOL1_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a1[BATCHNORM1_DZ + b * 25088 + e] = acc;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel batchnorm1.gradient-sums
// batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV1_Y = 6623232u; // a0, 25088 floats per example: conv1's output: relu(z)
const BATCHNORM1_DZ = 7424512u; // a1, 25088 floats per example: the loss's gradient with respect to batchnorm1's output
const BATCHNORM1_STATS = 24548352u; // a1, 64 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_SUMS = 24548416u; // a1, 64 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel

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

const CHANNELS = 32u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let count = step.n * POSITIONS;
  let mean = a1[BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a1[BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[BATCHNORM1_DZ + k * CHANNELS + g] * (a0[CONV1_Y + k * CHANNELS + g] - mean) * inv); }
    scratch[t] = partial;
    workgroupBarrier();
    if (t < 128u) { scratch[t] = scratch[t] + scratch[t + 128u]; }
    workgroupBarrier();
    if (t < 64u) { scratch[t] = scratch[t] + scratch[t + 64u]; }
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
  let dgamma = scratch[0];
  workgroupBarrier();
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[BATCHNORM1_DZ + k * CHANNELS + g]); }
    scratch[t] = partial;
    workgroupBarrier();
    if (t < 128u) { scratch[t] = scratch[t] + scratch[t + 128u]; }
    workgroupBarrier();
    if (t < 64u) { scratch[t] = scratch[t] + scratch[t + 64u]; }
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
  let dbeta = scratch[0];
  workgroupBarrier();
  if (t == 0u) {
    a1[BATCHNORM1_SUMS + g] = dgamma;
    a1[BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 13: batchnorm1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 256 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV1_Z = 200704u; // a0, 25088 floats per example: conv1's output before its relu
const CONV1_Y = 6623232u; // a0, 25088 floats per example: conv1's output: relu(z)
const CONV1_DZ = 1001984u; // a1, 25088 floats per example: the loss's gradient with respect to conv1's output before its relu
const BATCHNORM1_DZ = 7424512u; // a1, 25088 floats per example: the loss's gradient with respect to batchnorm1's output
const BATCHNORM1_STATS = 24548352u; // a1, 64 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_SUMS = 24548416u; // a1, 64 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel
const BATCHNORM1_GAMMA = 320u; // params: batchnorm1/gamma [32]

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
@group(0) @binding(1) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read_write> a0: array<f32>;
@group(0) @binding(3) var<storage, read_write> a1: array<f32>;

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
fn act_relu(z: f32) -> f32 { return max(z, 0.0); }
fn dact_relu(z: f32) -> f32 { return select(0.0, 1.0, z > 0.0); }

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 256u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // batchnorm1.input-gradient: the gradient reaching conv1 through the batch's normalization; an item per element
  {
    const ITEMS = 25088;
    const CHANNELS = 32;
    const POSITIONS = 784;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 25088 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a1[BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[CONV1_Y + i] - a1[BATCHNORM1_STATS + c]) * inv;
      let dx = params[BATCHNORM1_GAMMA + c] * inv * (a1[BATCHNORM1_DZ + i] - a1[BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a1[BATCHNORM1_SUMS + c] / count);
      a1[CONV1_DZ + i] = dx * dact_relu(a0[CONV1_Z + i]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel weight-gradients
// every conv and dense layer's weight gradient as partial sums over groups of examples, layer by layer in thread ranges
// one thread per index below 140746, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const POOL1_Z = 19468288u; // a0, 6272 floats per example: pool1's output
const POOL2_Z = 30707712u; // a0, 3136 floats per example: pool2's output
const POOL3_Z = 802816u; // a1, 576 floats per example: pool3's output
const DROPOUT1_Z = 983040u; // a1, 64 floats per example: dropout1's output
const CONV1_DZ = 1001984u; // a1, 25088 floats per example: the loss's gradient with respect to conv1's output before its relu
const CONV2_DZ = 15452672u; // a1, 12544 floats per example: the loss's gradient with respect to conv2's output before its relu
const CONV3_DZ = 22678016u; // a1, 3136 floats per example: the loss's gradient with respect to conv3's output before its relu
const DENSE1_DZ = 24431104u; // a1, 64 floats per example: the loss's gradient with respect to dense1's output before its relu
const DENSE2_DZ = 24463872u; // a1, 10 floats per example: the loss's gradient with respect to dense2's output
const CONV1_PARTIALS = 24466432u; // a1, 81920 floats: conv1's weight-gradient partial sums: 256 groups × 320 weights
const CONV2_PARTIALS = 24548480u; // a1, 961792 floats: conv2's weight-gradient partial sums: 52 groups × 18496 weights
const CONV3_PARTIALS = 25510528u; // a1, 480064 floats: conv3's weight-gradient partial sums: 13 groups × 36928 weights
const DENSE1_PARTIALS = 25990848u; // a1, 36928 floats: dense1's weight-gradient partial sums: 1 group × 36928 weights
const DENSE2_PARTIALS = 26027776u; // a1, 650 floats: dense2's weight-gradient partial sums: 1 group × 650 weights

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
  if (i >= 140746u) { return; }
  let zero = step.n >> 31u; // 0 (no batch holds 2^31 examples), read at run time so loops from it stay loops
  // conv1/kernel: 4 filters × 3 taps of a kernel row × one input channel; 256 groups of 1 example × 24 threads
  if (i < 6144u) {
    const PER_GROUP = 24;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 8;
    const FILTER_BLOCK = 4;
    const WEIGHTS = 320;
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
    var acc1_0 = 0.0;
    var acc1_1 = 0.0;
    var acc1_2 = 0.0;
    var acc2_0 = 0.0;
    var acc2_1 = 0.0;
    var acc2_2 = 0.0;
    var acc3_0 = 0.0;
    var acc3_1 = 0.0;
    var acc3_2 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let iy = oy + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          var x0 = select(0.0, a0[INPUT_Y + row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1 = select(0.0, a0[INPUT_Y + row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[CONV1_DZ + di];
            let d1 = a1[CONV1_DZ + di + 1];
            let d2 = a1[CONV1_DZ + di + 2];
            let d3 = a1[CONV1_DZ + di + 3];
            let x2 = select(0.0, a0[INPUT_Y + row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            acc0_0 = acc0_0 + d0 * x0;
            acc0_1 = acc0_1 + d0 * x1;
            acc0_2 = acc0_2 + d0 * x2;
            acc1_0 = acc1_0 + d1 * x0;
            acc1_1 = acc1_1 + d1 * x1;
            acc1_2 = acc1_2 + d1 * x2;
            acc2_0 = acc2_0 + d2 * x0;
            acc2_1 = acc2_1 + d2 * x1;
            acc2_2 = acc2_2 + d2 * x2;
            acc3_0 = acc3_0 + d3 * x0;
            acc3_1 = acc3_1 + d3 * x1;
            acc3_2 = acc3_2 + d3 * x2;
            x0 = x1;
            x1 = x2;
          }
        }
      }
    }
    let wi = (u32(ky) * KERNEL_W) * OUT_C + co;
    a1[CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0;
    a1[CONV1_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1;
    a1[CONV1_PARTIALS + group * WEIGHTS + wi + 64] = acc0_2;
    a1[CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0;
    a1[CONV1_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1;
    a1[CONV1_PARTIALS + group * WEIGHTS + wi + 65] = acc1_2;
    a1[CONV1_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0;
    a1[CONV1_PARTIALS + group * WEIGHTS + wi + 34] = acc2_1;
    a1[CONV1_PARTIALS + group * WEIGHTS + wi + 66] = acc2_2;
    a1[CONV1_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0;
    a1[CONV1_PARTIALS + group * WEIGHTS + wi + 35] = acc3_1;
    a1[CONV1_PARTIALS + group * WEIGHTS + wi + 67] = acc3_2;
    return;
  }
  // conv1/bias: one filter; 256 groups of 1 example × 32 threads
  if (i >= 6144u && i < 14336u) {
    const PER_GROUP = 32;
    const EXAMPLES = 1;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 288;
    const WEIGHTS = 320;
    const OUT_POSITIONS = 784;
    let local = i - 6144u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // conv2/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 52 groups of 5 examples × 1536 threads
  if (i >= 14336u && i < 94208u) {
    const PER_GROUP = 1536;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 64;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 32;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 16;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 18496;
    let local = i - 14336u;
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
          var x0_0 = select(0.0, a0[POOL1_Z + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[POOL1_Z + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[POOL1_Z + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[POOL1_Z + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[CONV2_DZ + di];
            let d1 = a1[CONV2_DZ + di + 1];
            let x0_2 = select(0.0, a0[POOL1_Z + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[POOL1_Z + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a1[CONV2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[CONV2_PARTIALS + group * WEIGHTS + wi + 2048] = acc0_0_1;
    a1[CONV2_PARTIALS + group * WEIGHTS + wi + 4096] = acc0_0_2;
    a1[CONV2_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a1[CONV2_PARTIALS + group * WEIGHTS + wi + 2112] = acc0_1_1;
    a1[CONV2_PARTIALS + group * WEIGHTS + wi + 4160] = acc0_1_2;
    a1[CONV2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[CONV2_PARTIALS + group * WEIGHTS + wi + 2049] = acc1_0_1;
    a1[CONV2_PARTIALS + group * WEIGHTS + wi + 4097] = acc1_0_2;
    a1[CONV2_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a1[CONV2_PARTIALS + group * WEIGHTS + wi + 2113] = acc1_1_1;
    a1[CONV2_PARTIALS + group * WEIGHTS + wi + 4161] = acc1_1_2;
    return;
  }
  // conv2/bias: one filter; 52 groups of 5 examples × 64 threads
  if (i >= 94208u && i < 97536u) {
    const PER_GROUP = 64;
    const EXAMPLES = 5;
    const OUT_C = 64;
    const KERNEL_WEIGHTS = 18432;
    const WEIGHTS = 18496;
    const OUT_POSITIONS = 196;
    let local = i - 94208u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[CONV2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[CONV2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // conv3/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 13 groups of 20 examples × 3072 threads
  if (i >= 97536u && i < 137472u) {
    const PER_GROUP = 3072;
    const EXAMPLES = 20;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 64;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 32;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 32;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 36928;
    let local = i - 97536u;
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
            let d0 = a1[CONV3_DZ + di];
            let d1 = a1[CONV3_DZ + di + 1];
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
    a1[CONV3_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[CONV3_PARTIALS + group * WEIGHTS + wi + 4096] = acc0_0_1;
    a1[CONV3_PARTIALS + group * WEIGHTS + wi + 8192] = acc0_0_2;
    a1[CONV3_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a1[CONV3_PARTIALS + group * WEIGHTS + wi + 4160] = acc0_1_1;
    a1[CONV3_PARTIALS + group * WEIGHTS + wi + 8256] = acc0_1_2;
    a1[CONV3_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[CONV3_PARTIALS + group * WEIGHTS + wi + 4097] = acc1_0_1;
    a1[CONV3_PARTIALS + group * WEIGHTS + wi + 8193] = acc1_0_2;
    a1[CONV3_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a1[CONV3_PARTIALS + group * WEIGHTS + wi + 4161] = acc1_1_1;
    a1[CONV3_PARTIALS + group * WEIGHTS + wi + 8257] = acc1_1_2;
    return;
  }
  // conv3/bias: one filter; 13 groups of 20 examples × 64 threads
  if (i >= 137472u && i < 138304u) {
    const PER_GROUP = 64;
    const EXAMPLES = 20;
    const OUT_C = 64;
    const KERNEL_WEIGHTS = 36864;
    const WEIGHTS = 36928;
    const OUT_POSITIONS = 49;
    let local = i - 137472u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[CONV3_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[CONV3_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dense1/kernel: 8 input units' weights to 2 output units; 1 group of 256 examples × 2304 threads
  if (i >= 138304u && i < 140608u) {
    const IN_UNITS = 576;
    const OUT_UNITS = 64;
    const BLOCK = 8;
    const UNIT_BLOCK = 2;
    const UNIT_BLOCKS = 32;
    const WEIGHTS = 36928;
    let local = i - 138304u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let o = (t % UNIT_BLOCKS) * UNIT_BLOCK;
    let k = (t / UNIT_BLOCKS) * BLOCK;
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
    for (var b = b0; b < b1; b++) {
      let d0 = a1[DENSE1_DZ + b * OUT_UNITS + o];
      let d1 = a1[DENSE1_DZ + b * OUT_UNITS + o + 1];
      let x0 = a1[POOL3_Z + b * IN_UNITS + k];
      let x1 = a1[POOL3_Z + b * IN_UNITS + k + 1];
      let x2 = a1[POOL3_Z + b * IN_UNITS + k + 2];
      let x3 = a1[POOL3_Z + b * IN_UNITS + k + 3];
      let x4 = a1[POOL3_Z + b * IN_UNITS + k + 4];
      let x5 = a1[POOL3_Z + b * IN_UNITS + k + 5];
      let x6 = a1[POOL3_Z + b * IN_UNITS + k + 6];
      let x7 = a1[POOL3_Z + b * IN_UNITS + k + 7];
      acc0_0 = acc0_0 + x0 * d0;
      acc0_1 = acc0_1 + x0 * d1;
      acc1_0 = acc1_0 + x1 * d0;
      acc1_1 = acc1_1 + x1 * d1;
      acc2_0 = acc2_0 + x2 * d0;
      acc2_1 = acc2_1 + x2 * d1;
      acc3_0 = acc3_0 + x3 * d0;
      acc3_1 = acc3_1 + x3 * d1;
      acc4_0 = acc4_0 + x4 * d0;
      acc4_1 = acc4_1 + x4 * d1;
      acc5_0 = acc5_0 + x5 * d0;
      acc5_1 = acc5_1 + x5 * d1;
      acc6_0 = acc6_0 + x6 * d0;
      acc6_1 = acc6_1 + x6 * d1;
      acc7_0 = acc7_0 + x7 * d0;
      acc7_1 = acc7_1 + x7 * d1;
    }
    a1[DENSE1_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o] = acc0_0;
    a1[DENSE1_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o + 1] = acc0_1;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o] = acc1_0;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o + 1] = acc1_1;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o] = acc2_0;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o + 1] = acc2_1;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o] = acc3_0;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o + 1] = acc3_1;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o] = acc4_0;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o + 1] = acc4_1;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o] = acc5_0;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o + 1] = acc5_1;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 6) * OUT_UNITS + o] = acc6_0;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 6) * OUT_UNITS + o + 1] = acc6_1;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 7) * OUT_UNITS + o] = acc7_0;
    a1[DENSE1_PARTIALS + group * WEIGHTS + (k + 7) * OUT_UNITS + o + 1] = acc7_1;
    return;
  }
  // dense1/bias: one unit; 1 group of 256 examples × 64 threads
  if (i >= 140608u && i < 140672u) {
    const OUT_UNITS = 64;
    const KERNEL_WEIGHTS = 36864;
    const WEIGHTS = 36928;
    let local = i - 140608u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let o = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      acc = acc + a1[DENSE1_DZ + b * OUT_UNITS + o];
    }
    a1[DENSE1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + o] = acc;
    return;
  }
  // dense2/kernel: 8 input units' weights to 2 output units; 1 group of 256 examples × 40 threads
  if (i >= 140672u && i < 140712u) {
    const IN_UNITS = 64;
    const OUT_UNITS = 10;
    const BLOCK = 8;
    const UNIT_BLOCK = 2;
    const UNIT_BLOCKS = 5;
    const WEIGHTS = 650;
    let local = i - 140672u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let o = (t % UNIT_BLOCKS) * UNIT_BLOCK;
    let k = (t / UNIT_BLOCKS) * BLOCK;
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
    for (var b = b0; b < b1; b++) {
      let d0 = a1[DENSE2_DZ + b * OUT_UNITS + o];
      let d1 = a1[DENSE2_DZ + b * OUT_UNITS + o + 1];
      let x0 = a1[DROPOUT1_Z + b * IN_UNITS + k];
      let x1 = a1[DROPOUT1_Z + b * IN_UNITS + k + 1];
      let x2 = a1[DROPOUT1_Z + b * IN_UNITS + k + 2];
      let x3 = a1[DROPOUT1_Z + b * IN_UNITS + k + 3];
      let x4 = a1[DROPOUT1_Z + b * IN_UNITS + k + 4];
      let x5 = a1[DROPOUT1_Z + b * IN_UNITS + k + 5];
      let x6 = a1[DROPOUT1_Z + b * IN_UNITS + k + 6];
      let x7 = a1[DROPOUT1_Z + b * IN_UNITS + k + 7];
      acc0_0 = acc0_0 + x0 * d0;
      acc0_1 = acc0_1 + x0 * d1;
      acc1_0 = acc1_0 + x1 * d0;
      acc1_1 = acc1_1 + x1 * d1;
      acc2_0 = acc2_0 + x2 * d0;
      acc2_1 = acc2_1 + x2 * d1;
      acc3_0 = acc3_0 + x3 * d0;
      acc3_1 = acc3_1 + x3 * d1;
      acc4_0 = acc4_0 + x4 * d0;
      acc4_1 = acc4_1 + x4 * d1;
      acc5_0 = acc5_0 + x5 * d0;
      acc5_1 = acc5_1 + x5 * d1;
      acc6_0 = acc6_0 + x6 * d0;
      acc6_1 = acc6_1 + x6 * d1;
      acc7_0 = acc7_0 + x7 * d0;
      acc7_1 = acc7_1 + x7 * d1;
    }
    a1[DENSE2_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o] = acc0_0;
    a1[DENSE2_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o + 1] = acc0_1;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o] = acc1_0;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o + 1] = acc1_1;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o] = acc2_0;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o + 1] = acc2_1;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o] = acc3_0;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o + 1] = acc3_1;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o] = acc4_0;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o + 1] = acc4_1;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o] = acc5_0;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o + 1] = acc5_1;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 6) * OUT_UNITS + o] = acc6_0;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 6) * OUT_UNITS + o + 1] = acc6_1;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 7) * OUT_UNITS + o] = acc7_0;
    a1[DENSE2_PARTIALS + group * WEIGHTS + (k + 7) * OUT_UNITS + o + 1] = acc7_1;
    return;
  }
  // dense2/bias: one unit; 1 group of 256 examples × 10 threads
  if (i >= 140736u && i < 140746u) {
    const OUT_UNITS = 10;
    const KERNEL_WEIGHTS = 640;
    const WEIGHTS = 650;
    let local = i - 140736u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let o = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      acc = acc + a1[DENSE2_DZ + b * OUT_UNITS + o];
    }
    a1[DENSE2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + o] = acc;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel partial-sums
// the weight gradients' partial sums, first level: each run of consecutive groups added in order into its first group
// one thread per index below 134592, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV1_PARTIALS = 24466432u; // a1, 81920 floats: conv1's weight-gradient partial sums: 256 groups × 320 weights
const CONV2_PARTIALS = 24548480u; // a1, 961792 floats: conv2's weight-gradient partial sums: 52 groups × 18496 weights

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
  if (i >= 134592u) { return; }
  // conv1: 256 groups in 16 runs of 16, 320 weights each
  if (i < 5120u) {
    const WEIGHTS = 320;
    const GROUPS = 256;
    const CHUNK = 16;
    let local = i;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[CONV1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[CONV1_PARTIALS + g * WEIGHTS + j];
    }
    a1[CONV1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // conv2: 52 groups in 7 runs of 8, 18496 weights each
  if (i >= 5120u && i < 134592u) {
    const WEIGHTS = 18496;
    const GROUPS = 52;
    const CHUNK = 8;
    let local = i - 5120u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[CONV2_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[CONV2_PARTIALS + g * WEIGHTS + j];
    }
    a1[CONV2_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel update
// momentum with L2 weight decay on kernels: each trainable float p's gradient (its layer's partial sums added in order), then its new value and state; the last workgroup sums the batch's metrics
// 1465 workgroups of 64 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV1_PARTIALS = 24466432u; // a1, 81920 floats: conv1's weight-gradient partial sums: 256 groups × 320 weights
const BATCHNORM1_SUMS = 24548416u; // a1, 64 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel
const CONV2_PARTIALS = 24548480u; // a1, 961792 floats: conv2's weight-gradient partial sums: 52 groups × 18496 weights
const BATCHNORM2_SUMS = 25510400u; // a1, 128 floats: batchnorm2's Σ dz·x̂, then Σ dz, per channel
const CONV3_PARTIALS = 25510528u; // a1, 480064 floats: conv3's weight-gradient partial sums: 13 groups × 36928 weights
const BATCHNORM3_SUMS = 25990720u; // a1, 128 floats: batchnorm3's Σ dz·x̂, then Σ dz, per channel
const DENSE1_PARTIALS = 25990848u; // a1, 36928 floats: dense1's weight-gradient partial sums: 1 group × 36928 weights
const DENSE2_PARTIALS = 26027776u; // a1, 650 floats: dense2's weight-gradient partial sums: 1 group × 650 weights
const GRADIENT = 26028480u; // a1, 93642 floats: every trainable float's gradient, as the update used it
const CONV1_KERNEL = 0u; // params: conv1/kernel [3, 3, 1, 32]
const CONV1_BIAS = 288u; // params: conv1/bias [32]
const BATCHNORM1_GAMMA = 320u; // params: batchnorm1/gamma [32]
const BATCHNORM1_BETA = 352u; // params: batchnorm1/beta [32]
const CONV2_KERNEL = 448u; // params: conv2/kernel [3, 3, 32, 64]
const CONV2_BIAS = 18880u; // params: conv2/bias [64]
const BATCHNORM2_GAMMA = 18944u; // params: batchnorm2/gamma [64]
const BATCHNORM2_BETA = 19008u; // params: batchnorm2/beta [64]
const CONV3_KERNEL = 19200u; // params: conv3/kernel [3, 3, 64, 64]
const CONV3_BIAS = 56064u; // params: conv3/bias [64]
const BATCHNORM3_GAMMA = 56128u; // params: batchnorm3/gamma [64]
const BATCHNORM3_BETA = 56192u; // params: batchnorm3/beta [64]
const DENSE1_KERNEL = 56384u; // params: dense1/kernel [576, 64]
const DENSE1_BIAS = 93248u; // params: dense1/bias [64]
const DENSE2_KERNEL = 93312u; // params: dense2/kernel [64, 10]
const DENSE2_BIAS = 93952u; // params: dense2/bias [10]

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
  if (g >= 1465u) { return; }
  if (g == 1464u) {
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
  // conv1/kernel [3, 3, 1, 32]: trainable floats 0–287
  if (p < 288u) {
    let j = p;
    let wi = CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 256u; k += 16u) { grad = grad + a1[CONV1_PARTIALS + k * 320u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // conv1/bias [32]: trainable floats 288–319
  if (p < 320u) {
    let j = p - 288u;
    let wi = CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 256u; k += 16u) { grad = grad + a1[CONV1_PARTIALS + k * 320u + 288u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // batchnorm1/gamma [32]: trainable floats 320–351
  if (p < 352u) {
    let j = p - 320u;
    let wi = BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a1[BATCHNORM1_SUMS + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // batchnorm1/beta [32]: trainable floats 352–383
  if (p < 384u) {
    let j = p - 352u;
    let wi = BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a1[BATCHNORM1_SUMS + 32u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // conv2/kernel [3, 3, 32, 64]: trainable floats 384–18815
  if (p < 18816u) {
    let j = p - 384u;
    let wi = CONV2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 52u; k += 8u) { grad = grad + a1[CONV2_PARTIALS + k * 18496u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // conv2/bias [64]: trainable floats 18816–18879
  if (p < 18880u) {
    let j = p - 18816u;
    let wi = CONV2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 52u; k += 8u) { grad = grad + a1[CONV2_PARTIALS + k * 18496u + 18432u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // batchnorm2/gamma [64]: trainable floats 18880–18943
  if (p < 18944u) {
    let j = p - 18880u;
    let wi = BATCHNORM2_GAMMA + j;
    let w = params[wi];
    var grad = a1[BATCHNORM2_SUMS + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // batchnorm2/beta [64]: trainable floats 18944–19007
  if (p < 19008u) {
    let j = p - 18944u;
    let wi = BATCHNORM2_BETA + j;
    let w = params[wi];
    var grad = a1[BATCHNORM2_SUMS + 64u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // conv3/kernel [3, 3, 64, 64]: trainable floats 19008–55871
  if (p < 55872u) {
    let j = p - 19008u;
    let wi = CONV3_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 13u; k++) { grad = grad + a1[CONV3_PARTIALS + k * 36928u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // conv3/bias [64]: trainable floats 55872–55935
  if (p < 55936u) {
    let j = p - 55872u;
    let wi = CONV3_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 13u; k++) { grad = grad + a1[CONV3_PARTIALS + k * 36928u + 36864u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // batchnorm3/gamma [64]: trainable floats 55936–55999
  if (p < 56000u) {
    let j = p - 55936u;
    let wi = BATCHNORM3_GAMMA + j;
    let w = params[wi];
    var grad = a1[BATCHNORM3_SUMS + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // batchnorm3/beta [64]: trainable floats 56000–56063
  if (p < 56064u) {
    let j = p - 56000u;
    let wi = BATCHNORM3_BETA + j;
    let w = params[wi];
    var grad = a1[BATCHNORM3_SUMS + 64u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense1/kernel [576, 64]: trainable floats 56064–92927
  if (p < 92928u) {
    let j = p - 56064u;
    let wi = DENSE1_KERNEL + j;
    let w = params[wi];
    var grad = a1[DENSE1_PARTIALS + j];
    grad = grad + w * 0.0005000000237487257;
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense1/bias [64]: trainable floats 92928–92991
  if (p < 92992u) {
    let j = p - 92928u;
    let wi = DENSE1_BIAS + j;
    let w = params[wi];
    var grad = a1[DENSE1_PARTIALS + 36864u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense2/kernel [64, 10]: trainable floats 92992–93631
  if (p < 93632u) {
    let j = p - 92992u;
    let wi = DENSE2_KERNEL + j;
    let w = params[wi];
    var grad = a1[DENSE2_PARTIALS + j];
    grad = grad + w * 0.0005000000237487257;
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense2/bias [10]: trainable floats 93632–93641
  if (p < 93642u) {
    let j = p - 93632u;
    let wi = DENSE2_BIAS + j;
    let w = params[wi];
    var grad = a1[DENSE2_PARTIALS + 640u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel evaluate 1: input, conv1.forward, batchnorm1.evaluate, pool1.forward, conv2.forward, batchnorm2.evaluate, pool2.forward, conv3.forward, batchnorm3.evaluate, pool3.forward, dense1.forward, dropout1.evaluate, dense2.forward, loss.evaluate
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 256 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const CONV1_Z = 200704u; // a0, 25088 floats per example: conv1's output before its relu
const CONV1_Y = 6623232u; // a0, 25088 floats per example: conv1's output: relu(z)
const BATCHNORM1_Z = 13045760u; // a0, 25088 floats per example: batchnorm1's output
const POOL1_Z = 19468288u; // a0, 6272 floats per example: pool1's output
const CONV2_Z = 21073920u; // a0, 12544 floats per example: conv2's output before its relu
const CONV2_Y = 24285184u; // a0, 12544 floats per example: conv2's output: relu(z)
const BATCHNORM2_Z = 27496448u; // a0, 12544 floats per example: batchnorm2's output
const POOL2_Z = 30707712u; // a0, 3136 floats per example: pool2's output
const CONV3_Z = 31510528u; // a0, 3136 floats per example: conv3's output before its relu
const CONV3_Y = 32313344u; // a0, 3136 floats per example: conv3's output: relu(z)
const BATCHNORM3_Z = 0u; // a1, 3136 floats per example: batchnorm3's output
const POOL3_Z = 802816u; // a1, 576 floats per example: pool3's output
const DENSE1_Z = 950272u; // a1, 64 floats per example: dense1's output before its relu
const DENSE1_Y = 966656u; // a1, 64 floats per example: dense1's output: relu(z)
const DROPOUT1_Z = 983040u; // a1, 64 floats per example: dropout1's output
const DENSE2_Z = 999424u; // a1, 10 floats per example: dense2's output
const CONV1_KERNEL = 0u; // params: conv1/kernel [3, 3, 1, 32]
const CONV1_BIAS = 288u; // params: conv1/bias [32]
const BATCHNORM1_GAMMA = 320u; // params: batchnorm1/gamma [32]
const BATCHNORM1_BETA = 352u; // params: batchnorm1/beta [32]
const BATCHNORM1_MOVING_MEAN = 384u; // params: batchnorm1/moving_mean [32]
const BATCHNORM1_MOVING_VARIANCE = 416u; // params: batchnorm1/moving_variance [32]
const CONV2_KERNEL = 448u; // params: conv2/kernel [3, 3, 32, 64]
const CONV2_BIAS = 18880u; // params: conv2/bias [64]
const BATCHNORM2_GAMMA = 18944u; // params: batchnorm2/gamma [64]
const BATCHNORM2_BETA = 19008u; // params: batchnorm2/beta [64]
const BATCHNORM2_MOVING_MEAN = 19072u; // params: batchnorm2/moving_mean [64]
const BATCHNORM2_MOVING_VARIANCE = 19136u; // params: batchnorm2/moving_variance [64]
const CONV3_KERNEL = 19200u; // params: conv3/kernel [3, 3, 64, 64]
const CONV3_BIAS = 56064u; // params: conv3/bias [64]
const BATCHNORM3_GAMMA = 56128u; // params: batchnorm3/gamma [64]
const BATCHNORM3_BETA = 56192u; // params: batchnorm3/beta [64]
const BATCHNORM3_MOVING_MEAN = 56256u; // params: batchnorm3/moving_mean [64]
const BATCHNORM3_MOVING_VARIANCE = 56320u; // params: batchnorm3/moving_variance [64]
const DENSE1_KERNEL = 56384u; // params: dense1/kernel [576, 64]
const DENSE1_BIAS = 93248u; // params: dense1/bias [64]
const DENSE2_KERNEL = 93312u; // params: dense2/kernel [64, 10]
const DENSE2_BIAS = 93952u; // params: dense2/bias [10]

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
  if (g >= 256u) { return; }
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
  // conv1.forward: z, and y = relu(z), = bias + 3×3 windows of input's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 1568;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 32;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
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
            let wi = CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * OUT_C + co;
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
        let zv = acc0_0.x + params[CONV1_BIAS + co];
        a0[CONV1_Z + out0] = zv;
        a0[CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[CONV1_BIAS + co];
        a0[CONV1_Z + out1] = zv;
        a0[CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[CONV1_BIAS + co + 1];
        a0[CONV1_Z + out0 + 1] = zv;
        a0[CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[CONV1_BIAS + co + 1];
        a0[CONV1_Z + out1 + 1] = zv;
        a0[CONV1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[CONV1_BIAS + co + 2];
        a0[CONV1_Z + out0 + 2] = zv;
        a0[CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[CONV1_BIAS + co + 2];
        a0[CONV1_Z + out1 + 2] = zv;
        a0[CONV1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[CONV1_BIAS + co + 3];
        a0[CONV1_Z + out0 + 3] = zv;
        a0[CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[CONV1_BIAS + co + 3];
        a0[CONV1_Z + out1 + 3] = zv;
        a0[CONV1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[CONV1_BIAS + co + 4];
        a0[CONV1_Z + out0 + 4] = zv;
        a0[CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[CONV1_BIAS + co + 4];
        a0[CONV1_Z + out1 + 4] = zv;
        a0[CONV1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[CONV1_BIAS + co + 5];
        a0[CONV1_Z + out0 + 5] = zv;
        a0[CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[CONV1_BIAS + co + 5];
        a0[CONV1_Z + out1 + 5] = zv;
        a0[CONV1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[CONV1_BIAS + co + 6];
        a0[CONV1_Z + out0 + 6] = zv;
        a0[CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[CONV1_BIAS + co + 6];
        a0[CONV1_Z + out1 + 6] = zv;
        a0[CONV1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[CONV1_BIAS + co + 7];
        a0[CONV1_Z + out0 + 7] = zv;
        a0[CONV1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[CONV1_BIAS + co + 7];
        a0[CONV1_Z + out1 + 7] = zv;
        a0[CONV1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // batchnorm1.evaluate: conv1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 25088;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 25088 + e;
      let c = e % CHANNELS;
      let x = a0[CONV1_Y + i];
      a0[BATCHNORM1_Z + i] = params[BATCHNORM1_BETA + c] + (x - params[BATCHNORM1_MOVING_MEAN + c]) * params[BATCHNORM1_GAMMA + c] / sqrt(params[BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // pool1.forward: max pooling over 2×2 windows of batchnorm1's output; an item per output element
  {
    const ITEMS = 6272;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_W = 14;
    const OUT_C = 32;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
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
          let v = a0[BATCHNORM1_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL1_Z + b * 6272 + e] = acc;
    }
  }
  storageBarrier();
  // conv2.forward: z, and y = relu(z), = bias + 3×3 windows of pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 784;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 64;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
            var wi = CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[POOL1_Z + xi0 + ci], in0);
              let x1 = select(0.0, a0[POOL1_Z + xi1 + ci], in1);
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
        let zv = acc0_0.x + params[CONV2_BIAS + co];
        a0[CONV2_Z + out0] = zv;
        a0[CONV2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[CONV2_BIAS + co];
        a0[CONV2_Z + out1] = zv;
        a0[CONV2_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[CONV2_BIAS + co + 1];
        a0[CONV2_Z + out0 + 1] = zv;
        a0[CONV2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[CONV2_BIAS + co + 1];
        a0[CONV2_Z + out1 + 1] = zv;
        a0[CONV2_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[CONV2_BIAS + co + 2];
        a0[CONV2_Z + out0 + 2] = zv;
        a0[CONV2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[CONV2_BIAS + co + 2];
        a0[CONV2_Z + out1 + 2] = zv;
        a0[CONV2_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[CONV2_BIAS + co + 3];
        a0[CONV2_Z + out0 + 3] = zv;
        a0[CONV2_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[CONV2_BIAS + co + 3];
        a0[CONV2_Z + out1 + 3] = zv;
        a0[CONV2_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[CONV2_BIAS + co + 4];
        a0[CONV2_Z + out0 + 4] = zv;
        a0[CONV2_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[CONV2_BIAS + co + 4];
        a0[CONV2_Z + out1 + 4] = zv;
        a0[CONV2_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[CONV2_BIAS + co + 5];
        a0[CONV2_Z + out0 + 5] = zv;
        a0[CONV2_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[CONV2_BIAS + co + 5];
        a0[CONV2_Z + out1 + 5] = zv;
        a0[CONV2_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[CONV2_BIAS + co + 6];
        a0[CONV2_Z + out0 + 6] = zv;
        a0[CONV2_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[CONV2_BIAS + co + 6];
        a0[CONV2_Z + out1 + 6] = zv;
        a0[CONV2_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[CONV2_BIAS + co + 7];
        a0[CONV2_Z + out0 + 7] = zv;
        a0[CONV2_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[CONV2_BIAS + co + 7];
        a0[CONV2_Z + out1 + 7] = zv;
        a0[CONV2_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // batchnorm2.evaluate: conv2's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let x = a0[CONV2_Y + i];
      a0[BATCHNORM2_Z + i] = params[BATCHNORM2_BETA + c] + (x - params[BATCHNORM2_MOVING_MEAN + c]) * params[BATCHNORM2_GAMMA + c] / sqrt(params[BATCHNORM2_MOVING_VARIANCE + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // pool2.forward: max pooling over 2×2 windows of batchnorm2's output; an item per output element
  {
    const ITEMS = 3136;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 64;
    const OUT_W = 7;
    const OUT_C = 64;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
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
          let v = a0[BATCHNORM2_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL2_Z + b * 3136 + e] = acc;
    }
  }
  storageBarrier();
  // conv3.forward: z, and y = relu(z), = bias + 3×3 windows of pool2's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 64;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
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
            var wi = CONV3_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[POOL2_Z + xi0 + ci], in0);
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
        let zv = acc0_0.x + params[CONV3_BIAS + co];
        a0[CONV3_Z + out0] = zv;
        a0[CONV3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[CONV3_BIAS + co + 1];
        a0[CONV3_Z + out0 + 1] = zv;
        a0[CONV3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[CONV3_BIAS + co + 2];
        a0[CONV3_Z + out0 + 2] = zv;
        a0[CONV3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[CONV3_BIAS + co + 3];
        a0[CONV3_Z + out0 + 3] = zv;
        a0[CONV3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[CONV3_BIAS + co + 4];
        a0[CONV3_Z + out0 + 4] = zv;
        a0[CONV3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[CONV3_BIAS + co + 5];
        a0[CONV3_Z + out0 + 5] = zv;
        a0[CONV3_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[CONV3_BIAS + co + 6];
        a0[CONV3_Z + out0 + 6] = zv;
        a0[CONV3_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[CONV3_BIAS + co + 7];
        a0[CONV3_Z + out0 + 7] = zv;
        a0[CONV3_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // batchnorm3.evaluate: conv3's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a0[CONV3_Y + i];
      a1[BATCHNORM3_Z + i] = params[BATCHNORM3_BETA + c] + (x - params[BATCHNORM3_MOVING_MEAN + c]) * params[BATCHNORM3_GAMMA + c] / sqrt(params[BATCHNORM3_MOVING_VARIANCE + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // pool3.forward: max pooling over 2×2 windows of batchnorm3's output; an item per output element
  {
    const ITEMS = 576;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 64;
    const OUT_W = 3;
    const OUT_C = 64;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
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
          let v = a1[BATCHNORM3_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a1[POOL3_Z + b * 576 + e] = acc;
    }
  }
  storageBarrier();
  // dense1.forward: z, and y = relu(z), = pool3's output · kernel + bias; an item per 8 units, their weights read four at a time
  {
    const ITEMS = 8;
    const IN_UNITS = 576;
    const OUT_UNITS = 64;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = vec4<f32>();
      var acc1 = vec4<f32>();
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a1[POOL3_Z + b * IN_UNITS + k];
        acc0 = acc0 + xv * params4[wi / 4u];
        acc1 = acc1 + xv * params4[wi / 4u + 1];
        wi = wi + OUT_UNITS;
      }
      {
        let zv = acc0.x + params[DENSE1_BIAS + o];
        a1[DENSE1_Z + b * OUT_UNITS + o] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o] = act_relu(zv);
      }
      {
        let zv = acc0.y + params[DENSE1_BIAS + o + 1];
        a1[DENSE1_Z + b * OUT_UNITS + o + 1] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 1] = act_relu(zv);
      }
      {
        let zv = acc0.z + params[DENSE1_BIAS + o + 2];
        a1[DENSE1_Z + b * OUT_UNITS + o + 2] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 2] = act_relu(zv);
      }
      {
        let zv = acc0.w + params[DENSE1_BIAS + o + 3];
        a1[DENSE1_Z + b * OUT_UNITS + o + 3] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 3] = act_relu(zv);
      }
      {
        let zv = acc1.x + params[DENSE1_BIAS + o + 4];
        a1[DENSE1_Z + b * OUT_UNITS + o + 4] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 4] = act_relu(zv);
      }
      {
        let zv = acc1.y + params[DENSE1_BIAS + o + 5];
        a1[DENSE1_Z + b * OUT_UNITS + o + 5] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 5] = act_relu(zv);
      }
      {
        let zv = acc1.z + params[DENSE1_BIAS + o + 6];
        a1[DENSE1_Z + b * OUT_UNITS + o + 6] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 6] = act_relu(zv);
      }
      {
        let zv = acc1.w + params[DENSE1_BIAS + o + 7];
        a1[DENSE1_Z + b * OUT_UNITS + o + 7] = zv;
        a1[DENSE1_Y + b * OUT_UNITS + o + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // dropout1.evaluate: dense1's output, as it is; an item per element
  {
    const ITEMS = 64;
    if (t < ITEMS) {
      let e = t;
      let i = b * 64 + e;
      a1[DROPOUT1_Z + i] = a1[DENSE1_Y + i];
    }
  }
  storageBarrier();
  // dense2.forward: z = dropout1's output · kernel + bias; an item per 2 units
  {
    const ITEMS = 5;
    const IN_UNITS = 64;
    const OUT_UNITS = 10;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var wi = DENSE2_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a1[DROPOUT1_Z + b * IN_UNITS + k];
        acc0 = acc0 + xv * params[wi];
        acc1 = acc1 + xv * params[wi + 1];
        wi = wi + OUT_UNITS;
      }
      {
        a1[DENSE2_Z + b * OUT_UNITS + o] = acc0 + params[DENSE2_BIAS + o];
      }
      {
        a1[DENSE2_Z + b * OUT_UNITS + o + 1] = acc1 + params[DENSE2_BIAS + o + 1];
      }
    }
  }
  storageBarrier();
  // loss.evaluate: cross-entropy of dense2's output (log-softmax of the logits) against the label; one item per example
  {
    const ITEMS = 1;
    const CLASSES = 10;
    if (t < ITEMS) {
      let e = t;
      let base = b * CLASSES;
      let label = labels[table[(step.row + b) * 2u]];
      let valid = label < CLASSES;
      var top = a1[DENSE2_Z + base];
      for (var j = 1u; j < CLASSES; j++) { top = max(top, a1[DENSE2_Z + base + j]); }
      var total = 0.0;
      for (var j = 0u; j < CLASSES; j++) { total = total + exp(a1[DENSE2_Z + base + j] - top); }
      let lse = top + log(total);
      let loss = select(0.0, lse - a1[DENSE2_Z + base + min(label, CLASSES - 1)], valid);
      var best = 0u;
      for (var j = 1u; j < CLASSES; j++) { if (a1[DENSE2_Z + base + j] > a1[DENSE2_Z + base + best]) { best = j; } }
      results[(step.row + b) * 2u] = loss;
      results[(step.row + b) * 2u + 1u] = f32(best);
    }
  }
}
