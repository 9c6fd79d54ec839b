// lenetc training program for lenet5-deep
// modern LeNet-5 with a third conv layer
//
// Compiled for batch 128, 10 classes, storage bindings of at most 128.0 MiB (WebGPU's default maxStorageBufferBindingSize, which every adapter allows).
// A device with other limits lays it out again: `train --backend webgpu` compiles for its adapter.
//
// Buffers:
//   a0 (arena0): 3604138 floats (13.7 MiB)
//   params: 114350 floats (every weight and moving statistic); state: 1 × 114346 floats (momentum)
//
// Tensors (offsets in floats; per-example tensors repeat for each example of the batch):
//   INPUT_Y                  a0 @ 0         784 per example: the batch's images, scaled to [0, 1] and augmented
//   CONV1_Z                  a0 @ 100352    4704 per example: conv1's output before its relu
//   CONV1_Y                  a0 @ 702464    4704 per example: conv1's output: relu(z)
//   POOL1_Z                  a0 @ 1304576   1176 per example: pool1's output
//   CONV2_Z                  a0 @ 1455104   1600 per example: conv2's output before its relu
//   CONV2_Y                  a0 @ 1659904   1600 per example: conv2's output: relu(z)
//   POOL2_Z                  a0 @ 1864704   400 per example: pool2's output
//   CONV3_Z                  a0 @ 1915904   800 per example: conv3's output before its relu
//   CONV3_Y                  a0 @ 2018304   800 per example: conv3's output: relu(z)
//   DENSE1_Z                 a0 @ 2120704   120 per example: dense1's output before its relu
//   DENSE1_Y                 a0 @ 2136064   120 per example: dense1's output: relu(z)
//   DENSE2_Z                 a0 @ 2151424   84 per example: dense2's output before its relu
//   DENSE2_Y                 a0 @ 2162176   84 per example: dense2's output: relu(z)
//   DENSE3_Z                 a0 @ 2172928   10 per example: dense3's output
//   CONV1_DZ                 a0 @ 2174208   4704 per example: the loss's gradient with respect to conv1's output before its relu
//   POOL1_DZ                 a0 @ 2776320   1176 per example: the loss's gradient with respect to pool1's output
//   CONV2_DZ                 a0 @ 2926848   1600 per example: the loss's gradient with respect to conv2's output before its relu
//   POOL2_DZ                 a0 @ 3131648   400 per example: the loss's gradient with respect to pool2's output
//   CONV3_DZ                 a0 @ 3182848   800 per example: the loss's gradient with respect to conv3's output before its relu
//   DENSE1_DZ                a0 @ 3285248   120 per example: the loss's gradient with respect to dense1's output before its relu
//   DENSE2_DZ                a0 @ 3300608   84 per example: the loss's gradient with respect to dense2's output before its relu
//   DENSE3_DZ                a0 @ 3311360   10 per example: the loss's gradient with respect to dense3's output
//   CONV1_PARTIALS           a0 @ 3312640   19968 floats: conv1's weight-gradient partial sums: 128 groups × 156 weights
//   CONV2_PARTIALS           a0 @ 3332608   31408 floats: conv2's weight-gradient partial sums: 13 groups × 2416 weights
//   CONV3_PARTIALS           a0 @ 3364032   18560 floats: conv3's weight-gradient partial sums: 4 groups × 4640 weights
//   DENSE1_PARTIALS          a0 @ 3382592   96120 floats: dense1's weight-gradient partial sums: 1 group × 96120 weights
//   DENSE2_PARTIALS          a0 @ 3478720   10164 floats: dense2's weight-gradient partial sums: 1 group × 10164 weights
//   DENSE3_PARTIALS          a0 @ 3488896   850 floats: dense3's weight-gradient partial sums: 1 group × 850 weights
//   GRADIENT                 a0 @ 3489792   114346 floats: every trainable float's gradient, as the update used it
//
// Weights (offsets in floats into params; trainable ones also index the gradient and state):
//   CONV1_KERNEL             params @ 0         conv1/kernel [5, 5, 1, 6], trainable @ 0
//   CONV1_BIAS               params @ 152       conv1/bias [6], trainable @ 150
//   CONV2_KERNEL             params @ 160       conv2/kernel [5, 5, 6, 16], trainable @ 156
//   CONV2_BIAS               params @ 2560      conv2/bias [16], trainable @ 2556
//   CONV3_KERNEL             params @ 2576      conv3/kernel [3, 3, 16, 32], trainable @ 2572
//   CONV3_BIAS               params @ 7184      conv3/bias [32], trainable @ 7180
//   DENSE1_KERNEL            params @ 7216      dense1/kernel [800, 120], trainable @ 7212
//   DENSE1_BIAS              params @ 103216    dense1/bias [120], trainable @ 103212
//   DENSE2_KERNEL            params @ 103336    dense2/kernel [120, 84], trainable @ 103332
//   DENSE2_BIAS              params @ 113416    dense2/bias [84], trainable @ 113412
//   DENSE3_KERNEL            params @ 113500    dense3/kernel [84, 10], trainable @ 113496
//   DENSE3_BIAS              params @ 114340    dense3/bias [10], trainable @ 114336
//
// A training step dispatches, in order:
//   train 1: input, conv1.forward, pool1.forward, conv2.forward, pool2.forward, conv3.forward, dense1.forward, dense2.forward, dense3.forward, loss, dense3.input-gradient, dense2.input-gradient, dense1.input-gradient, conv3.input-gradient, pool2.input-gradient, conv2.input-gradient, pool1.input-gradient (128 workgroups; binds step, table, images, params, params as vec4s, labels, results, arena0)
//   weight-gradients (206 workgroups; binds step, arena0)
//   partial-sums (27 workgroups; binds arena0)
//   update (1788 workgroups; binds step, params, state, results, metrics, arena0)
// An evaluation batch dispatches:
//   evaluate 1: input, conv1.forward, pool1.forward, conv2.forward, pool2.forward, conv3.forward, dense1.forward, dense2.forward, dense3.forward, loss.evaluate (128 workgroups; binds step, table, images, params, params as vec4s, labels, results, arena0)

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 1: input, conv1.forward, pool1.forward, conv2.forward, pool2.forward, conv3.forward, dense1.forward, dense2.forward, dense3.forward, loss, dense3.input-gradient, dense2.input-gradient, dense1.input-gradient, conv3.input-gradient, pool2.input-gradient, conv2.input-gradient, pool1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const CONV1_Z = 100352u; // a0, 4704 floats per example: conv1's output before its relu
const CONV1_Y = 702464u; // a0, 4704 floats per example: conv1's output: relu(z)
const POOL1_Z = 1304576u; // a0, 1176 floats per example: pool1's output
const CONV2_Z = 1455104u; // a0, 1600 floats per example: conv2's output before its relu
const CONV2_Y = 1659904u; // a0, 1600 floats per example: conv2's output: relu(z)
const POOL2_Z = 1864704u; // a0, 400 floats per example: pool2's output
const CONV3_Z = 1915904u; // a0, 800 floats per example: conv3's output before its relu
const CONV3_Y = 2018304u; // a0, 800 floats per example: conv3's output: relu(z)
const DENSE1_Z = 2120704u; // a0, 120 floats per example: dense1's output before its relu
const DENSE1_Y = 2136064u; // a0, 120 floats per example: dense1's output: relu(z)
const DENSE2_Z = 2151424u; // a0, 84 floats per example: dense2's output before its relu
const DENSE2_Y = 2162176u; // a0, 84 floats per example: dense2's output: relu(z)
const DENSE3_Z = 2172928u; // a0, 10 floats per example: dense3's output
const CONV1_DZ = 2174208u; // a0, 4704 floats per example: the loss's gradient with respect to conv1's output before its relu
const POOL1_DZ = 2776320u; // a0, 1176 floats per example: the loss's gradient with respect to pool1's output
const CONV2_DZ = 2926848u; // a0, 1600 floats per example: the loss's gradient with respect to conv2's output before its relu
const POOL2_DZ = 3131648u; // a0, 400 floats per example: the loss's gradient with respect to pool2's output
const CONV3_DZ = 3182848u; // a0, 800 floats per example: the loss's gradient with respect to conv3's output before its relu
const DENSE1_DZ = 3285248u; // a0, 120 floats per example: the loss's gradient with respect to dense1's output before its relu
const DENSE2_DZ = 3300608u; // a0, 84 floats per example: the loss's gradient with respect to dense2's output before its relu
const DENSE3_DZ = 3311360u; // a0, 10 floats per example: the loss's gradient with respect to dense3's output
const CONV1_KERNEL = 0u; // params: conv1/kernel [5, 5, 1, 6]
const CONV1_BIAS = 152u; // params: conv1/bias [6]
const CONV2_KERNEL = 160u; // params: conv2/kernel [5, 5, 6, 16]
const CONV2_BIAS = 2560u; // params: conv2/bias [16]
const CONV3_KERNEL = 2576u; // params: conv3/kernel [3, 3, 16, 32]
const CONV3_BIAS = 7184u; // params: conv3/bias [32]
const DENSE1_KERNEL = 7216u; // params: dense1/kernel [800, 120]
const DENSE1_BIAS = 103216u; // params: dense1/bias [120]
const DENSE2_KERNEL = 103336u; // params: dense2/kernel [120, 84]
const DENSE2_BIAS = 113416u; // params: dense2/bias [84]
const DENSE3_KERNEL = 113500u; // params: dense3/kernel [84, 10]
const DENSE3_BIAS = 114340u; // params: dense3/bias [10]

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
  // conv1.forward: z, and y = relu(z), = bias + 5×5 windows of input's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 392;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 6;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const ROW_ITEMS = 14;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / ROW_ITEMS;
      let ox = (e % ROW_ITEMS) * ROW_BLOCK;
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
            let wi = CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * OUT_C;
            let x0 = select(0.0, a0[INPUT_Y + xi0], in0);
            let x1 = select(0.0, a0[INPUT_Y + xi1], in1);
            let w0 = params[wi];
            let w1 = params[wi + 1];
            let w2 = params[wi + 2];
            let w3 = params[wi + 3];
            let w4 = params[wi + 4];
            let w5 = params[wi + 5];
            acc0_0 = acc0_0 + x0 * w0;
            acc0_1 = acc0_1 + x1 * w0;
            acc1_0 = acc1_0 + x0 * w1;
            acc1_1 = acc1_1 + x1 * w1;
            acc2_0 = acc2_0 + x0 * w2;
            acc2_1 = acc2_1 + x1 * w2;
            acc3_0 = acc3_0 + x0 * w3;
            acc3_1 = acc3_1 + x1 * w3;
            acc4_0 = acc4_0 + x0 * w4;
            acc4_1 = acc4_1 + x1 * w4;
            acc5_0 = acc5_0 + x0 * w5;
            acc5_1 = acc5_1 + x1 * w5;
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C;
      {
        let zv = acc0_0 + params[CONV1_BIAS];
        a0[CONV1_Z + out0] = zv;
        a0[CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1 + params[CONV1_BIAS];
        a0[CONV1_Z + out1] = zv;
        a0[CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc1_0 + params[CONV1_BIAS + 1];
        a0[CONV1_Z + out0 + 1] = zv;
        a0[CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc1_1 + params[CONV1_BIAS + 1];
        a0[CONV1_Z + out1 + 1] = zv;
        a0[CONV1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc2_0 + params[CONV1_BIAS + 2];
        a0[CONV1_Z + out0 + 2] = zv;
        a0[CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc2_1 + params[CONV1_BIAS + 2];
        a0[CONV1_Z + out1 + 2] = zv;
        a0[CONV1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc3_0 + params[CONV1_BIAS + 3];
        a0[CONV1_Z + out0 + 3] = zv;
        a0[CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc3_1 + params[CONV1_BIAS + 3];
        a0[CONV1_Z + out1 + 3] = zv;
        a0[CONV1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc4_0 + params[CONV1_BIAS + 4];
        a0[CONV1_Z + out0 + 4] = zv;
        a0[CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc4_1 + params[CONV1_BIAS + 4];
        a0[CONV1_Z + out1 + 4] = zv;
        a0[CONV1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc5_0 + params[CONV1_BIAS + 5];
        a0[CONV1_Z + out0 + 5] = zv;
        a0[CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc5_1 + params[CONV1_BIAS + 5];
        a0[CONV1_Z + out1 + 5] = zv;
        a0[CONV1_Y + out1 + 5] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // pool1.forward: max pooling over 2×2 windows of conv1's output; an item per output element
  {
    const ITEMS = 1176;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 6;
    const OUT_W = 14;
    const OUT_C = 6;
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
          let v = a0[CONV1_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL1_Z + b * 1176 + e] = acc;
    }
  }
  storageBarrier();
  // conv2.forward: z, and y = relu(z), = bias + 5×5 windows of pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 100;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 6;
    const OUT_H = 10;
    const OUT_W = 10;
    const OUT_C = 16;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const POSITIONS = 50;
    const ROW_ITEMS = 5;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(oy) + ky;
        let row = (b * IN_H + u32(iy)) * IN_W;
        for (var kx = 0; kx < KERNEL_W; kx++) {
          let ix = i32(ox) + kx;
          let xi0 = (row + u32(ix)) * IN_C;
          let xi1 = (row + u32(ix + 1)) * IN_C;
          var wi = CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
          for (var ci = 0u; ci < IN_C; ci++) {
            let x0 = a0[POOL1_Z + xi0 + ci];
            let x1 = a0[POOL1_Z + xi1 + ci];
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
  // pool2.forward: max pooling over 2×2 windows of conv2's output; an item per output element
  {
    const ITEMS = 400;
    const IN_H = 10;
    const IN_W = 10;
    const IN_C = 16;
    const OUT_W = 5;
    const OUT_C = 16;
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
          let v = a0[CONV2_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL2_Z + b * 400 + e] = acc;
    }
  }
  storageBarrier();
  // conv3.forward: z, and y = relu(z), = bias + 3×3 windows of pool2's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 100;
    const IN_H = 5;
    const IN_W = 5;
    const IN_C = 16;
    const OUT_H = 5;
    const OUT_W = 5;
    const OUT_C = 32;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 25;
    const ROW_ITEMS = 5;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
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
  // dense1.forward: z, and y = relu(z), = conv3's output · kernel + bias; an item per 8 units, their weights read four at a time
  {
    const ITEMS = 15;
    const IN_UNITS = 800;
    const OUT_UNITS = 120;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = vec4<f32>();
      var acc1 = vec4<f32>();
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[CONV3_Y + b * IN_UNITS + k];
        acc0 = acc0 + xv * params4[wi / 4u];
        acc1 = acc1 + xv * params4[wi / 4u + 1];
        wi = wi + OUT_UNITS;
      }
      {
        let zv = acc0.x + params[DENSE1_BIAS + o];
        a0[DENSE1_Z + b * OUT_UNITS + o] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o] = act_relu(zv);
      }
      {
        let zv = acc0.y + params[DENSE1_BIAS + o + 1];
        a0[DENSE1_Z + b * OUT_UNITS + o + 1] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 1] = act_relu(zv);
      }
      {
        let zv = acc0.z + params[DENSE1_BIAS + o + 2];
        a0[DENSE1_Z + b * OUT_UNITS + o + 2] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 2] = act_relu(zv);
      }
      {
        let zv = acc0.w + params[DENSE1_BIAS + o + 3];
        a0[DENSE1_Z + b * OUT_UNITS + o + 3] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 3] = act_relu(zv);
      }
      {
        let zv = acc1.x + params[DENSE1_BIAS + o + 4];
        a0[DENSE1_Z + b * OUT_UNITS + o + 4] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 4] = act_relu(zv);
      }
      {
        let zv = acc1.y + params[DENSE1_BIAS + o + 5];
        a0[DENSE1_Z + b * OUT_UNITS + o + 5] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 5] = act_relu(zv);
      }
      {
        let zv = acc1.z + params[DENSE1_BIAS + o + 6];
        a0[DENSE1_Z + b * OUT_UNITS + o + 6] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 6] = act_relu(zv);
      }
      {
        let zv = acc1.w + params[DENSE1_BIAS + o + 7];
        a0[DENSE1_Z + b * OUT_UNITS + o + 7] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // dense2.forward: z, and y = relu(z), = dense1's output · kernel + bias; an item per 6 units
  {
    const ITEMS = 14;
    const IN_UNITS = 120;
    const OUT_UNITS = 84;
    const BLOCK = 6;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var acc2 = 0.0;
      var acc3 = 0.0;
      var acc4 = 0.0;
      var acc5 = 0.0;
      var wi = DENSE2_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[DENSE1_Y + b * IN_UNITS + k];
        acc0 = acc0 + xv * params[wi];
        acc1 = acc1 + xv * params[wi + 1];
        acc2 = acc2 + xv * params[wi + 2];
        acc3 = acc3 + xv * params[wi + 3];
        acc4 = acc4 + xv * params[wi + 4];
        acc5 = acc5 + xv * params[wi + 5];
        wi = wi + OUT_UNITS;
      }
      {
        let zv = acc0 + params[DENSE2_BIAS + o];
        a0[DENSE2_Z + b * OUT_UNITS + o] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o] = act_relu(zv);
      }
      {
        let zv = acc1 + params[DENSE2_BIAS + o + 1];
        a0[DENSE2_Z + b * OUT_UNITS + o + 1] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 1] = act_relu(zv);
      }
      {
        let zv = acc2 + params[DENSE2_BIAS + o + 2];
        a0[DENSE2_Z + b * OUT_UNITS + o + 2] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 2] = act_relu(zv);
      }
      {
        let zv = acc3 + params[DENSE2_BIAS + o + 3];
        a0[DENSE2_Z + b * OUT_UNITS + o + 3] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 3] = act_relu(zv);
      }
      {
        let zv = acc4 + params[DENSE2_BIAS + o + 4];
        a0[DENSE2_Z + b * OUT_UNITS + o + 4] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 4] = act_relu(zv);
      }
      {
        let zv = acc5 + params[DENSE2_BIAS + o + 5];
        a0[DENSE2_Z + b * OUT_UNITS + o + 5] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 5] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // dense3.forward: z = dense2's output · kernel + bias; an item per 2 units
  {
    const ITEMS = 5;
    const IN_UNITS = 84;
    const OUT_UNITS = 10;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var wi = DENSE3_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[DENSE2_Y + b * IN_UNITS + k];
        acc0 = acc0 + xv * params[wi];
        acc1 = acc1 + xv * params[wi + 1];
        wi = wi + OUT_UNITS;
      }
      {
        a0[DENSE3_Z + b * OUT_UNITS + o] = acc0 + params[DENSE3_BIAS + o];
      }
      {
        a0[DENSE3_Z + b * OUT_UNITS + o + 1] = acc1 + params[DENSE3_BIAS + o + 1];
      }
    }
  }
  storageBarrier();
  // loss: cross-entropy of dense3's output (log-softmax of the logits) against the label, and its gradient; one item per example
  {
    const ITEMS = 1;
    const CLASSES = 10;
    if (t < ITEMS) {
      let e = t;
      let base = b * CLASSES;
      let label = labels[table[(step.row + b) * 2u]];
      let valid = label < CLASSES;
      var top = a0[DENSE3_Z + base];
      for (var j = 1u; j < CLASSES; j++) { top = max(top, a0[DENSE3_Z + base + j]); }
      var total = 0.0;
      for (var j = 0u; j < CLASSES; j++) { total = total + exp(a0[DENSE3_Z + base + j] - top); }
      let lse = top + log(total);
      let loss = select(0.0, lse - a0[DENSE3_Z + base + min(label, CLASSES - 1)], valid);
      var best = 0u;
      for (var j = 1u; j < CLASSES; j++) { if (a0[DENSE3_Z + base + j] > a0[DENSE3_Z + base + best]) { best = j; } }
      results[(step.row + b) * 2u] = loss;
      results[(step.row + b) * 2u + 1u] = select(0.0, 1.0, best == label);
      for (var j = 0u; j < CLASSES; j++) {
        let g = select(0.0, (exp(a0[DENSE3_Z + base + j] - lse) - select(0.0, 1.0, j == label)) / f32(step.n), valid);
        a0[DENSE3_DZ + base + j] = g;
      }
    }
  }
  storageBarrier();
  // dense3.input-gradient: the gradient reaching dense2: dz · kernelᵀ; an item per 6 input units
  {
    const ITEMS = 14;
    const IN_UNITS = 84;
    const OUT_UNITS = 10;
    const BLOCK = 6;
    if (t < ITEMS) {
      let e = t;
      let k = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var acc2 = 0.0;
      var acc3 = 0.0;
      var acc4 = 0.0;
      var acc5 = 0.0;
      let wi = DENSE3_KERNEL + k * OUT_UNITS;
      for (var o = 0u; o < OUT_UNITS; o++) {
        let d = a0[DENSE3_DZ + b * OUT_UNITS + o];
        acc0 = acc0 + d * params[wi + o];
        acc1 = acc1 + d * params[wi + OUT_UNITS + o];
        acc2 = acc2 + d * params[wi + OUT_UNITS * 2 + o];
        acc3 = acc3 + d * params[wi + OUT_UNITS * 3 + o];
        acc4 = acc4 + d * params[wi + OUT_UNITS * 4 + o];
        acc5 = acc5 + d * params[wi + OUT_UNITS * 5 + o];
      }
      a0[DENSE2_DZ + b * IN_UNITS + k] = acc0 * dact_relu(a0[DENSE2_Z + b * IN_UNITS + k]);
      a0[DENSE2_DZ + b * IN_UNITS + k + 1] = acc1 * dact_relu(a0[DENSE2_Z + b * IN_UNITS + k + 1]);
      a0[DENSE2_DZ + b * IN_UNITS + k + 2] = acc2 * dact_relu(a0[DENSE2_Z + b * IN_UNITS + k + 2]);
      a0[DENSE2_DZ + b * IN_UNITS + k + 3] = acc3 * dact_relu(a0[DENSE2_Z + b * IN_UNITS + k + 3]);
      a0[DENSE2_DZ + b * IN_UNITS + k + 4] = acc4 * dact_relu(a0[DENSE2_Z + b * IN_UNITS + k + 4]);
      a0[DENSE2_DZ + b * IN_UNITS + k + 5] = acc5 * dact_relu(a0[DENSE2_Z + b * IN_UNITS + k + 5]);
    }
  }
  storageBarrier();
  // dense2.input-gradient: the gradient reaching dense1: dz · kernelᵀ; an item per 8 input units, four of dz's units a step
  {
    const ITEMS = 15;
    const IN_UNITS = 120;
    const OUT_UNITS = 84;
    const BLOCK = 8;
    const OUT_FOURS = 21;
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
      for (var o4 = 0u; o4 < OUT_FOURS; o4++) {
        let o = o4 * 4;
        let d = vec4<f32>(a0[DENSE2_DZ + b * OUT_UNITS + o], a0[DENSE2_DZ + b * OUT_UNITS + o + 1], a0[DENSE2_DZ + b * OUT_UNITS + o + 2], a0[DENSE2_DZ + b * OUT_UNITS + o + 3]);
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
      a0[DENSE1_DZ + b * IN_UNITS + k] = acc0 * dact_relu(a0[DENSE1_Z + b * IN_UNITS + k]);
      a0[DENSE1_DZ + b * IN_UNITS + k + 1] = acc1 * dact_relu(a0[DENSE1_Z + b * IN_UNITS + k + 1]);
      a0[DENSE1_DZ + b * IN_UNITS + k + 2] = acc2 * dact_relu(a0[DENSE1_Z + b * IN_UNITS + k + 2]);
      a0[DENSE1_DZ + b * IN_UNITS + k + 3] = acc3 * dact_relu(a0[DENSE1_Z + b * IN_UNITS + k + 3]);
      a0[DENSE1_DZ + b * IN_UNITS + k + 4] = acc4 * dact_relu(a0[DENSE1_Z + b * IN_UNITS + k + 4]);
      a0[DENSE1_DZ + b * IN_UNITS + k + 5] = acc5 * dact_relu(a0[DENSE1_Z + b * IN_UNITS + k + 5]);
      a0[DENSE1_DZ + b * IN_UNITS + k + 6] = acc6 * dact_relu(a0[DENSE1_Z + b * IN_UNITS + k + 6]);
      a0[DENSE1_DZ + b * IN_UNITS + k + 7] = acc7 * dact_relu(a0[DENSE1_Z + b * IN_UNITS + k + 7]);
    }
  }
  storageBarrier();
  // dense1.input-gradient: the gradient reaching conv3: dz · kernelᵀ; an item per 8 input units, four of dz's units a step
  {
    const ITEMS = 100;
    const IN_UNITS = 800;
    const OUT_UNITS = 120;
    const BLOCK = 8;
    const OUT_FOURS = 30;
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
        let d = vec4<f32>(a0[DENSE1_DZ + b * OUT_UNITS + o], a0[DENSE1_DZ + b * OUT_UNITS + o + 1], a0[DENSE1_DZ + b * OUT_UNITS + o + 2], a0[DENSE1_DZ + b * OUT_UNITS + o + 3]);
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
      a0[CONV3_DZ + b * IN_UNITS + k] = acc0 * dact_relu(a0[CONV3_Z + b * IN_UNITS + k]);
      a0[CONV3_DZ + b * IN_UNITS + k + 1] = acc1 * dact_relu(a0[CONV3_Z + b * IN_UNITS + k + 1]);
      a0[CONV3_DZ + b * IN_UNITS + k + 2] = acc2 * dact_relu(a0[CONV3_Z + b * IN_UNITS + k + 2]);
      a0[CONV3_DZ + b * IN_UNITS + k + 3] = acc3 * dact_relu(a0[CONV3_Z + b * IN_UNITS + k + 3]);
      a0[CONV3_DZ + b * IN_UNITS + k + 4] = acc4 * dact_relu(a0[CONV3_Z + b * IN_UNITS + k + 4]);
      a0[CONV3_DZ + b * IN_UNITS + k + 5] = acc5 * dact_relu(a0[CONV3_Z + b * IN_UNITS + k + 5]);
      a0[CONV3_DZ + b * IN_UNITS + k + 6] = acc6 * dact_relu(a0[CONV3_Z + b * IN_UNITS + k + 6]);
      a0[CONV3_DZ + b * IN_UNITS + k + 7] = acc7 * dact_relu(a0[CONV3_Z + b * IN_UNITS + k + 7]);
    }
  }
  storageBarrier();
  // conv3.input-gradient: the gradient reaching pool2: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
  {
    const ITEMS = 50;
    const IN_H = 5;
    const IN_W = 5;
    const IN_C = 16;
    const OUT_H = 5;
    const OUT_W = 5;
    const OUT_C = 32;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 25;
    const ROW_ITEMS = 5;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
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
              let d0 = select(0.0, a0[CONV3_DZ + di0 + co], in0);
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
      a0[POOL2_DZ + at0] = acc0_0;
      a0[POOL2_DZ + at0 + 1] = acc1_0;
      a0[POOL2_DZ + at0 + 2] = acc2_0;
      a0[POOL2_DZ + at0 + 3] = acc3_0;
      a0[POOL2_DZ + at0 + 4] = acc4_0;
      a0[POOL2_DZ + at0 + 5] = acc5_0;
      a0[POOL2_DZ + at0 + 6] = acc6_0;
      a0[POOL2_DZ + at0 + 7] = acc7_0;
    }
  }
  storageBarrier();
  // pool2.input-gradient: the gradient reaching conv2 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 1600;
    const IN_H = 10;
    const IN_W = 10;
    const IN_C = 16;
    const OUT_H = 5;
    const OUT_W = 5;
    const OUT_C = 16;
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
              let v = a0[CONV2_Y + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
              if (v > best) { best = v; by = py; bx = px; }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a0[POOL2_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a0[CONV2_DZ + b * 1600 + e] = acc * dact_relu(a0[CONV2_Z + b * 1600 + e]);
    }
  }
  storageBarrier();
  // conv2.input-gradient: the gradient reaching pool1: dz through the transposed kernel; an item per 6 channels × 2 positions of a row
  {
    const ITEMS = 98;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 6;
    const OUT_H = 10;
    const OUT_W = 10;
    const OUT_C = 16;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const ROW_ITEMS = 7;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let iy = e / ROW_ITEMS;
      let ix = (e % ROW_ITEMS) * ROW_BLOCK;
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
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let ty = i32(iy) - ky;
        if (ty >= 0 && ty < OUT_H) {
          let row = (b * OUT_H + u32(ty)) * OUT_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let tx = i32(ix) - kx;
            let in0 = tx >= 0 && tx < OUT_W;
            let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
            let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
            let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
            let wi = CONV2_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a0[CONV2_DZ + di0 + co], in0);
              let d1 = select(0.0, a0[CONV2_DZ + di1 + co], in1);
              let w0 = params[wi + co];
              let w1 = params[wi + OUT_C + co];
              let w2 = params[wi + OUT_C * 2 + co];
              let w3 = params[wi + OUT_C * 3 + co];
              let w4 = params[wi + OUT_C * 4 + co];
              let w5 = params[wi + OUT_C * 5 + co];
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
            }
          }
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C;
      let at1 = (b * IN_H * IN_W + iy * IN_W + ix + 1) * IN_C;
      a0[POOL1_DZ + at0] = acc0_0;
      a0[POOL1_DZ + at1] = acc0_1;
      a0[POOL1_DZ + at0 + 1] = acc1_0;
      a0[POOL1_DZ + at1 + 1] = acc1_1;
      a0[POOL1_DZ + at0 + 2] = acc2_0;
      a0[POOL1_DZ + at1 + 2] = acc2_1;
      a0[POOL1_DZ + at0 + 3] = acc3_0;
      a0[POOL1_DZ + at1 + 3] = acc3_1;
      a0[POOL1_DZ + at0 + 4] = acc4_0;
      a0[POOL1_DZ + at1 + 4] = acc4_1;
      a0[POOL1_DZ + at0 + 5] = acc5_0;
      a0[POOL1_DZ + at1 + 5] = acc5_1;
    }
  }
  storageBarrier();
  // pool1.input-gradient: the gradient reaching conv1 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 4704;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 6;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 6;
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
              let v = a0[CONV1_Y + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
              if (v > best) { best = v; by = py; bx = px; }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a0[POOL1_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a0[CONV1_DZ + b * 4704 + e] = acc * dact_relu(a0[CONV1_Z + b * 4704 + e]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel weight-gradients
// every conv and dense layer's weight gradient as partial sums over groups of examples, layer by layer in thread ranges
// one thread per index below 13130, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const POOL1_Z = 1304576u; // a0, 1176 floats per example: pool1's output
const POOL2_Z = 1864704u; // a0, 400 floats per example: pool2's output
const CONV3_Y = 2018304u; // a0, 800 floats per example: conv3's output: relu(z)
const DENSE1_Y = 2136064u; // a0, 120 floats per example: dense1's output: relu(z)
const DENSE2_Y = 2162176u; // a0, 84 floats per example: dense2's output: relu(z)
const CONV1_DZ = 2174208u; // a0, 4704 floats per example: the loss's gradient with respect to conv1's output before its relu
const CONV2_DZ = 2926848u; // a0, 1600 floats per example: the loss's gradient with respect to conv2's output before its relu
const CONV3_DZ = 3182848u; // a0, 800 floats per example: the loss's gradient with respect to conv3's output before its relu
const DENSE1_DZ = 3285248u; // a0, 120 floats per example: the loss's gradient with respect to dense1's output before its relu
const DENSE2_DZ = 3300608u; // a0, 84 floats per example: the loss's gradient with respect to dense2's output before its relu
const DENSE3_DZ = 3311360u; // a0, 10 floats per example: the loss's gradient with respect to dense3's output
const CONV1_PARTIALS = 3312640u; // a0, 19968 floats: conv1's weight-gradient partial sums: 128 groups × 156 weights
const CONV2_PARTIALS = 3332608u; // a0, 31408 floats: conv2's weight-gradient partial sums: 13 groups × 2416 weights
const CONV3_PARTIALS = 3364032u; // a0, 18560 floats: conv3's weight-gradient partial sums: 4 groups × 4640 weights
const DENSE1_PARTIALS = 3382592u; // a0, 96120 floats: dense1's weight-gradient partial sums: 1 group × 96120 weights
const DENSE2_PARTIALS = 3478720u; // a0, 10164 floats: dense2's weight-gradient partial sums: 1 group × 10164 weights
const DENSE3_PARTIALS = 3488896u; // a0, 850 floats: dense3's weight-gradient partial sums: 1 group × 850 weights

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

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 13130u) { return; }
  let zero = step.n >> 31u; // 0 (no batch holds 2^31 examples), read at run time so loops from it stay loops
  // conv1/kernel: 3 filters × 5 taps of a kernel row × one input channel; 128 groups of 1 example × 10 threads
  if (i < 1280u) {
    const PER_GROUP = 10;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 6;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const FILTER_BLOCKS = 2;
    const FILTER_BLOCK = 3;
    const WEIGHTS = 156;
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
    var acc2_0 = 0.0;
    var acc2_1 = 0.0;
    var acc2_2 = 0.0;
    var acc2_3 = 0.0;
    var acc2_4 = 0.0;
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
            let d0 = a0[CONV1_DZ + di];
            let d1 = a0[CONV1_DZ + di + 1];
            let d2 = a0[CONV1_DZ + di + 2];
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
            acc2_0 = acc2_0 + d2 * x0;
            acc2_1 = acc2_1 + d2 * x1;
            acc2_2 = acc2_2 + d2 * x2;
            acc2_3 = acc2_3 + d2 * x3;
            acc2_4 = acc2_4 + d2 * x4;
            x0 = x1;
            x1 = x2;
            x2 = x3;
            x3 = x4;
          }
        }
      }
    }
    let wi = (u32(ky) * KERNEL_W) * OUT_C + co;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 6] = acc0_1;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 12] = acc0_2;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 18] = acc0_3;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 24] = acc0_4;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 7] = acc1_1;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 13] = acc1_2;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 19] = acc1_3;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 25] = acc1_4;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 8] = acc2_1;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 14] = acc2_2;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 20] = acc2_3;
    a0[CONV1_PARTIALS + group * WEIGHTS + wi + 26] = acc2_4;
    return;
  }
  // conv1/bias: one filter; 128 groups of 1 example × 6 threads
  if (i >= 1280u && i < 2048u) {
    const PER_GROUP = 6;
    const EXAMPLES = 1;
    const OUT_C = 6;
    const KERNEL_WEIGHTS = 150;
    const WEIGHTS = 156;
    const OUT_POSITIONS = 784;
    let local = i - 1280u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a0[CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a0[CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // conv2/kernel: 1 filters × 5 taps of a kernel row × 3 input channels; 13 groups of 10 examples × 160 threads
  if (i >= 2048u && i < 4128u) {
    const PER_GROUP = 160;
    const EXAMPLES = 10;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 6;
    const OUT_H = 10;
    const OUT_W = 10;
    const OUT_C = 16;
    const KERNEL_W = 5;
    const FILTER_BLOCKS = 16;
    const CHANNEL_BLOCKS = 2;
    const CHANNEL_BLOCK = 3;
    const WEIGHTS = 2416;
    let local = i - 2048u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t % FILTER_BLOCKS;
    let ci = ((t / FILTER_BLOCKS) % CHANNEL_BLOCKS) * CHANNEL_BLOCK;
    let ky = i32(t / (CHANNEL_BLOCKS * FILTER_BLOCKS));
    var acc0_0_0 = 0.0;
    var acc0_0_1 = 0.0;
    var acc0_0_2 = 0.0;
    var acc0_0_3 = 0.0;
    var acc0_0_4 = 0.0;
    var acc0_1_0 = 0.0;
    var acc0_1_1 = 0.0;
    var acc0_1_2 = 0.0;
    var acc0_1_3 = 0.0;
    var acc0_1_4 = 0.0;
    var acc0_2_0 = 0.0;
    var acc0_2_1 = 0.0;
    var acc0_2_2 = 0.0;
    var acc0_2_3 = 0.0;
    var acc0_2_4 = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let iy = oy + ky;
        let row = (b * IN_H + u32(iy)) * IN_W;
        var x0_0 = a0[POOL1_Z + (row + u32(0)) * IN_C + ci];
        var x0_1 = a0[POOL1_Z + (row + u32(1)) * IN_C + ci];
        var x0_2 = a0[POOL1_Z + (row + u32(2)) * IN_C + ci];
        var x0_3 = a0[POOL1_Z + (row + u32(3)) * IN_C + ci];
        var x1_0 = a0[POOL1_Z + (row + u32(0)) * IN_C + ci + 1];
        var x1_1 = a0[POOL1_Z + (row + u32(1)) * IN_C + ci + 1];
        var x1_2 = a0[POOL1_Z + (row + u32(2)) * IN_C + ci + 1];
        var x1_3 = a0[POOL1_Z + (row + u32(3)) * IN_C + ci + 1];
        var x2_0 = a0[POOL1_Z + (row + u32(0)) * IN_C + ci + 2];
        var x2_1 = a0[POOL1_Z + (row + u32(1)) * IN_C + ci + 2];
        var x2_2 = a0[POOL1_Z + (row + u32(2)) * IN_C + ci + 2];
        var x2_3 = a0[POOL1_Z + (row + u32(3)) * IN_C + ci + 2];
        for (var ox = i32(zero); ox < OUT_W; ox++) {
          let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
          let d0 = a0[CONV2_DZ + di];
          let x0_4 = a0[POOL1_Z + (row + u32(ox + 4)) * IN_C + ci];
          let x1_4 = a0[POOL1_Z + (row + u32(ox + 4)) * IN_C + ci + 1];
          let x2_4 = a0[POOL1_Z + (row + u32(ox + 4)) * IN_C + ci + 2];
          acc0_0_0 = acc0_0_0 + d0 * x0_0;
          acc0_0_1 = acc0_0_1 + d0 * x0_1;
          acc0_0_2 = acc0_0_2 + d0 * x0_2;
          acc0_0_3 = acc0_0_3 + d0 * x0_3;
          acc0_0_4 = acc0_0_4 + d0 * x0_4;
          acc0_1_0 = acc0_1_0 + d0 * x1_0;
          acc0_1_1 = acc0_1_1 + d0 * x1_1;
          acc0_1_2 = acc0_1_2 + d0 * x1_2;
          acc0_1_3 = acc0_1_3 + d0 * x1_3;
          acc0_1_4 = acc0_1_4 + d0 * x1_4;
          acc0_2_0 = acc0_2_0 + d0 * x2_0;
          acc0_2_1 = acc0_2_1 + d0 * x2_1;
          acc0_2_2 = acc0_2_2 + d0 * x2_2;
          acc0_2_3 = acc0_2_3 + d0 * x2_3;
          acc0_2_4 = acc0_2_4 + d0 * x2_4;
          x0_0 = x0_1;
          x0_1 = x0_2;
          x0_2 = x0_3;
          x0_3 = x0_4;
          x1_0 = x1_1;
          x1_1 = x1_2;
          x1_2 = x1_3;
          x1_3 = x1_4;
          x2_0 = x2_1;
          x2_1 = x2_2;
          x2_2 = x2_3;
          x2_3 = x2_4;
        }
      }
    }
    let wi = (u32(ky) * KERNEL_W * IN_C + ci) * OUT_C + co;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 96] = acc0_0_1;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 192] = acc0_0_2;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 288] = acc0_0_3;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 384] = acc0_0_4;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 16] = acc0_1_0;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 112] = acc0_1_1;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 208] = acc0_1_2;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 304] = acc0_1_3;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 400] = acc0_1_4;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 32] = acc0_2_0;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 128] = acc0_2_1;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 224] = acc0_2_2;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 320] = acc0_2_3;
    a0[CONV2_PARTIALS + group * WEIGHTS + wi + 416] = acc0_2_4;
    return;
  }
  // conv2/bias: one filter; 13 groups of 10 examples × 16 threads
  if (i >= 4160u && i < 4368u) {
    const PER_GROUP = 16;
    const EXAMPLES = 10;
    const OUT_C = 16;
    const KERNEL_WEIGHTS = 2400;
    const WEIGHTS = 2416;
    const OUT_POSITIONS = 100;
    let local = i - 4160u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a0[CONV2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a0[CONV2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // conv3/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 4 groups of 40 examples × 384 threads
  if (i >= 4416u && i < 5952u) {
    const PER_GROUP = 384;
    const EXAMPLES = 40;
    const IN_H = 5;
    const IN_W = 5;
    const IN_C = 16;
    const OUT_H = 5;
    const OUT_W = 5;
    const OUT_C = 32;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 16;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 4640;
    let local = i - 4416u;
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
            let d0 = a0[CONV3_DZ + di];
            let d1 = a0[CONV3_DZ + di + 1];
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
    a0[CONV3_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a0[CONV3_PARTIALS + group * WEIGHTS + wi + 512] = acc0_0_1;
    a0[CONV3_PARTIALS + group * WEIGHTS + wi + 1024] = acc0_0_2;
    a0[CONV3_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a0[CONV3_PARTIALS + group * WEIGHTS + wi + 544] = acc0_1_1;
    a0[CONV3_PARTIALS + group * WEIGHTS + wi + 1056] = acc0_1_2;
    a0[CONV3_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a0[CONV3_PARTIALS + group * WEIGHTS + wi + 513] = acc1_0_1;
    a0[CONV3_PARTIALS + group * WEIGHTS + wi + 1025] = acc1_0_2;
    a0[CONV3_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a0[CONV3_PARTIALS + group * WEIGHTS + wi + 545] = acc1_1_1;
    a0[CONV3_PARTIALS + group * WEIGHTS + wi + 1057] = acc1_1_2;
    return;
  }
  // conv3/bias: one filter; 4 groups of 40 examples × 32 threads
  if (i >= 5952u && i < 6080u) {
    const PER_GROUP = 32;
    const EXAMPLES = 40;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 4608;
    const WEIGHTS = 4640;
    const OUT_POSITIONS = 25;
    let local = i - 5952u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a0[CONV3_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a0[CONV3_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dense1/kernel: 8 input units' weights to 2 output units; 1 group of 128 examples × 6000 threads
  if (i >= 6080u && i < 12080u) {
    const IN_UNITS = 800;
    const OUT_UNITS = 120;
    const BLOCK = 8;
    const UNIT_BLOCK = 2;
    const UNIT_BLOCKS = 60;
    const WEIGHTS = 96120;
    let local = i - 6080u;
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
      let d0 = a0[DENSE1_DZ + b * OUT_UNITS + o];
      let d1 = a0[DENSE1_DZ + b * OUT_UNITS + o + 1];
      let x0 = a0[CONV3_Y + b * IN_UNITS + k];
      let x1 = a0[CONV3_Y + b * IN_UNITS + k + 1];
      let x2 = a0[CONV3_Y + b * IN_UNITS + k + 2];
      let x3 = a0[CONV3_Y + b * IN_UNITS + k + 3];
      let x4 = a0[CONV3_Y + b * IN_UNITS + k + 4];
      let x5 = a0[CONV3_Y + b * IN_UNITS + k + 5];
      let x6 = a0[CONV3_Y + b * IN_UNITS + k + 6];
      let x7 = a0[CONV3_Y + b * IN_UNITS + k + 7];
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
    a0[DENSE1_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o] = acc0_0;
    a0[DENSE1_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o + 1] = acc0_1;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o] = acc1_0;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o + 1] = acc1_1;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o] = acc2_0;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o + 1] = acc2_1;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o] = acc3_0;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o + 1] = acc3_1;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o] = acc4_0;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o + 1] = acc4_1;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o] = acc5_0;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o + 1] = acc5_1;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 6) * OUT_UNITS + o] = acc6_0;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 6) * OUT_UNITS + o + 1] = acc6_1;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 7) * OUT_UNITS + o] = acc7_0;
    a0[DENSE1_PARTIALS + group * WEIGHTS + (k + 7) * OUT_UNITS + o + 1] = acc7_1;
    return;
  }
  // dense1/bias: one unit; 1 group of 128 examples × 120 threads
  if (i >= 12096u && i < 12216u) {
    const OUT_UNITS = 120;
    const KERNEL_WEIGHTS = 96000;
    const WEIGHTS = 96120;
    let local = i - 12096u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let o = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      acc = acc + a0[DENSE1_DZ + b * OUT_UNITS + o];
    }
    a0[DENSE1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + o] = acc;
    return;
  }
  // dense2/kernel: 8 input units' weights to 2 output units; 1 group of 128 examples × 630 threads
  if (i >= 12224u && i < 12854u) {
    const IN_UNITS = 120;
    const OUT_UNITS = 84;
    const BLOCK = 8;
    const UNIT_BLOCK = 2;
    const UNIT_BLOCKS = 42;
    const WEIGHTS = 10164;
    let local = i - 12224u;
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
      let d0 = a0[DENSE2_DZ + b * OUT_UNITS + o];
      let d1 = a0[DENSE2_DZ + b * OUT_UNITS + o + 1];
      let x0 = a0[DENSE1_Y + b * IN_UNITS + k];
      let x1 = a0[DENSE1_Y + b * IN_UNITS + k + 1];
      let x2 = a0[DENSE1_Y + b * IN_UNITS + k + 2];
      let x3 = a0[DENSE1_Y + b * IN_UNITS + k + 3];
      let x4 = a0[DENSE1_Y + b * IN_UNITS + k + 4];
      let x5 = a0[DENSE1_Y + b * IN_UNITS + k + 5];
      let x6 = a0[DENSE1_Y + b * IN_UNITS + k + 6];
      let x7 = a0[DENSE1_Y + b * IN_UNITS + k + 7];
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
    a0[DENSE2_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o] = acc0_0;
    a0[DENSE2_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o + 1] = acc0_1;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o] = acc1_0;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o + 1] = acc1_1;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o] = acc2_0;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o + 1] = acc2_1;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o] = acc3_0;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o + 1] = acc3_1;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o] = acc4_0;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o + 1] = acc4_1;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o] = acc5_0;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o + 1] = acc5_1;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 6) * OUT_UNITS + o] = acc6_0;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 6) * OUT_UNITS + o + 1] = acc6_1;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 7) * OUT_UNITS + o] = acc7_0;
    a0[DENSE2_PARTIALS + group * WEIGHTS + (k + 7) * OUT_UNITS + o + 1] = acc7_1;
    return;
  }
  // dense2/bias: one unit; 1 group of 128 examples × 84 threads
  if (i >= 12864u && i < 12948u) {
    const OUT_UNITS = 84;
    const KERNEL_WEIGHTS = 10080;
    const WEIGHTS = 10164;
    let local = i - 12864u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let o = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      acc = acc + a0[DENSE2_DZ + b * OUT_UNITS + o];
    }
    a0[DENSE2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + o] = acc;
    return;
  }
  // dense3/kernel: 6 input units' weights to 2 output units; 1 group of 128 examples × 70 threads
  if (i >= 12992u && i < 13062u) {
    const IN_UNITS = 84;
    const OUT_UNITS = 10;
    const BLOCK = 6;
    const UNIT_BLOCK = 2;
    const UNIT_BLOCKS = 5;
    const WEIGHTS = 850;
    let local = i - 12992u;
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
    for (var b = b0; b < b1; b++) {
      let d0 = a0[DENSE3_DZ + b * OUT_UNITS + o];
      let d1 = a0[DENSE3_DZ + b * OUT_UNITS + o + 1];
      let x0 = a0[DENSE2_Y + b * IN_UNITS + k];
      let x1 = a0[DENSE2_Y + b * IN_UNITS + k + 1];
      let x2 = a0[DENSE2_Y + b * IN_UNITS + k + 2];
      let x3 = a0[DENSE2_Y + b * IN_UNITS + k + 3];
      let x4 = a0[DENSE2_Y + b * IN_UNITS + k + 4];
      let x5 = a0[DENSE2_Y + b * IN_UNITS + k + 5];
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
    }
    a0[DENSE3_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o] = acc0_0;
    a0[DENSE3_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o + 1] = acc0_1;
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o] = acc1_0;
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o + 1] = acc1_1;
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o] = acc2_0;
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o + 1] = acc2_1;
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o] = acc3_0;
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o + 1] = acc3_1;
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o] = acc4_0;
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o + 1] = acc4_1;
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o] = acc5_0;
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o + 1] = acc5_1;
    return;
  }
  // dense3/bias: one unit; 1 group of 128 examples × 10 threads
  if (i >= 13120u && i < 13130u) {
    const OUT_UNITS = 10;
    const KERNEL_WEIGHTS = 840;
    const WEIGHTS = 850;
    let local = i - 13120u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let o = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      acc = acc + a0[DENSE3_DZ + b * OUT_UNITS + o];
    }
    a0[DENSE3_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + o] = acc;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel partial-sums
// the weight gradients' partial sums, first level: each run of consecutive groups added in order into its first group
// one thread per index below 1728, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV1_PARTIALS = 3312640u; // a0, 19968 floats: conv1's weight-gradient partial sums: 128 groups × 156 weights

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

@group(0) @binding(0) var<storage, read_write> a0: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1728u) { return; }
  // conv1: 128 groups in 11 runs of 12, 156 weights each
  if (i < 1716u) {
    const WEIGHTS = 156;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a0[CONV1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a0[CONV1_PARTIALS + g * WEIGHTS + j];
    }
    a0[CONV1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel update
// momentum: each trainable float p's gradient (its layer's partial sums added in order), then its new value and state; the last workgroup sums the batch's metrics
// 1788 workgroups of 64 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const CONV1_PARTIALS = 3312640u; // a0, 19968 floats: conv1's weight-gradient partial sums: 128 groups × 156 weights
const CONV2_PARTIALS = 3332608u; // a0, 31408 floats: conv2's weight-gradient partial sums: 13 groups × 2416 weights
const CONV3_PARTIALS = 3364032u; // a0, 18560 floats: conv3's weight-gradient partial sums: 4 groups × 4640 weights
const DENSE1_PARTIALS = 3382592u; // a0, 96120 floats: dense1's weight-gradient partial sums: 1 group × 96120 weights
const DENSE2_PARTIALS = 3478720u; // a0, 10164 floats: dense2's weight-gradient partial sums: 1 group × 10164 weights
const DENSE3_PARTIALS = 3488896u; // a0, 850 floats: dense3's weight-gradient partial sums: 1 group × 850 weights
const GRADIENT = 3489792u; // a0, 114346 floats: every trainable float's gradient, as the update used it
const CONV1_KERNEL = 0u; // params: conv1/kernel [5, 5, 1, 6]
const CONV1_BIAS = 152u; // params: conv1/bias [6]
const CONV2_KERNEL = 160u; // params: conv2/kernel [5, 5, 6, 16]
const CONV2_BIAS = 2560u; // params: conv2/bias [16]
const CONV3_KERNEL = 2576u; // params: conv3/kernel [3, 3, 16, 32]
const CONV3_BIAS = 7184u; // params: conv3/bias [32]
const DENSE1_KERNEL = 7216u; // params: dense1/kernel [800, 120]
const DENSE1_BIAS = 103216u; // params: dense1/bias [120]
const DENSE2_KERNEL = 103336u; // params: dense2/kernel [120, 84]
const DENSE2_BIAS = 113416u; // params: dense2/bias [84]
const DENSE3_KERNEL = 113500u; // params: dense3/kernel [84, 10]
const DENSE3_BIAS = 114340u; // params: dense3/bias [10]

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
@group(0) @binding(5) var<storage, read_write> a0: array<f32>;

var<workgroup> scratch: array<f32, 64>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 1788u) { return; }
  if (g == 1787u) {
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
  // conv1/kernel [5, 5, 1, 6]: trainable floats 0–149
  if (p < 150u) {
    let j = p;
    let wi = CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a0[CONV1_PARTIALS + k * 156u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // conv1/bias [6]: trainable floats 150–155
  if (p < 156u) {
    let j = p - 150u;
    let wi = CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a0[CONV1_PARTIALS + k * 156u + 150u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // conv2/kernel [5, 5, 6, 16]: trainable floats 156–2555
  if (p < 2556u) {
    let j = p - 156u;
    let wi = CONV2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 13u; k++) { grad = grad + a0[CONV2_PARTIALS + k * 2416u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // conv2/bias [16]: trainable floats 2556–2571
  if (p < 2572u) {
    let j = p - 2556u;
    let wi = CONV2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 13u; k++) { grad = grad + a0[CONV2_PARTIALS + k * 2416u + 2400u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // conv3/kernel [3, 3, 16, 32]: trainable floats 2572–7179
  if (p < 7180u) {
    let j = p - 2572u;
    let wi = CONV3_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 4u; k++) { grad = grad + a0[CONV3_PARTIALS + k * 4640u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // conv3/bias [32]: trainable floats 7180–7211
  if (p < 7212u) {
    let j = p - 7180u;
    let wi = CONV3_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 4u; k++) { grad = grad + a0[CONV3_PARTIALS + k * 4640u + 4608u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense1/kernel [800, 120]: trainable floats 7212–103211
  if (p < 103212u) {
    let j = p - 7212u;
    let wi = DENSE1_KERNEL + j;
    let w = params[wi];
    var grad = a0[DENSE1_PARTIALS + j];
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense1/bias [120]: trainable floats 103212–103331
  if (p < 103332u) {
    let j = p - 103212u;
    let wi = DENSE1_BIAS + j;
    let w = params[wi];
    var grad = a0[DENSE1_PARTIALS + 96000u + j];
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense2/kernel [120, 84]: trainable floats 103332–113411
  if (p < 113412u) {
    let j = p - 103332u;
    let wi = DENSE2_KERNEL + j;
    let w = params[wi];
    var grad = a0[DENSE2_PARTIALS + j];
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense2/bias [84]: trainable floats 113412–113495
  if (p < 113496u) {
    let j = p - 113412u;
    let wi = DENSE2_BIAS + j;
    let w = params[wi];
    var grad = a0[DENSE2_PARTIALS + 10080u + j];
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense3/kernel [84, 10]: trainable floats 113496–114335
  if (p < 114336u) {
    let j = p - 113496u;
    let wi = DENSE3_KERNEL + j;
    let w = params[wi];
    var grad = a0[DENSE3_PARTIALS + j];
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense3/bias [10]: trainable floats 114336–114345
  if (p < 114346u) {
    let j = p - 114336u;
    let wi = DENSE3_BIAS + j;
    let w = params[wi];
    var grad = a0[DENSE3_PARTIALS + 840u + j];
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel evaluate 1: input, conv1.forward, pool1.forward, conv2.forward, pool2.forward, conv3.forward, dense1.forward, dense2.forward, dense3.forward, loss.evaluate
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const CONV1_Z = 100352u; // a0, 4704 floats per example: conv1's output before its relu
const CONV1_Y = 702464u; // a0, 4704 floats per example: conv1's output: relu(z)
const POOL1_Z = 1304576u; // a0, 1176 floats per example: pool1's output
const CONV2_Z = 1455104u; // a0, 1600 floats per example: conv2's output before its relu
const CONV2_Y = 1659904u; // a0, 1600 floats per example: conv2's output: relu(z)
const POOL2_Z = 1864704u; // a0, 400 floats per example: pool2's output
const CONV3_Z = 1915904u; // a0, 800 floats per example: conv3's output before its relu
const CONV3_Y = 2018304u; // a0, 800 floats per example: conv3's output: relu(z)
const DENSE1_Z = 2120704u; // a0, 120 floats per example: dense1's output before its relu
const DENSE1_Y = 2136064u; // a0, 120 floats per example: dense1's output: relu(z)
const DENSE2_Z = 2151424u; // a0, 84 floats per example: dense2's output before its relu
const DENSE2_Y = 2162176u; // a0, 84 floats per example: dense2's output: relu(z)
const DENSE3_Z = 2172928u; // a0, 10 floats per example: dense3's output
const CONV1_KERNEL = 0u; // params: conv1/kernel [5, 5, 1, 6]
const CONV1_BIAS = 152u; // params: conv1/bias [6]
const CONV2_KERNEL = 160u; // params: conv2/kernel [5, 5, 6, 16]
const CONV2_BIAS = 2560u; // params: conv2/bias [16]
const CONV3_KERNEL = 2576u; // params: conv3/kernel [3, 3, 16, 32]
const CONV3_BIAS = 7184u; // params: conv3/bias [32]
const DENSE1_KERNEL = 7216u; // params: dense1/kernel [800, 120]
const DENSE1_BIAS = 103216u; // params: dense1/bias [120]
const DENSE2_KERNEL = 103336u; // params: dense2/kernel [120, 84]
const DENSE2_BIAS = 113416u; // params: dense2/bias [84]
const DENSE3_KERNEL = 113500u; // params: dense3/kernel [84, 10]
const DENSE3_BIAS = 114340u; // params: dense3/bias [10]

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
  // conv1.forward: z, and y = relu(z), = bias + 5×5 windows of input's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 392;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 6;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const ROW_ITEMS = 14;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / ROW_ITEMS;
      let ox = (e % ROW_ITEMS) * ROW_BLOCK;
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
            let wi = CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * OUT_C;
            let x0 = select(0.0, a0[INPUT_Y + xi0], in0);
            let x1 = select(0.0, a0[INPUT_Y + xi1], in1);
            let w0 = params[wi];
            let w1 = params[wi + 1];
            let w2 = params[wi + 2];
            let w3 = params[wi + 3];
            let w4 = params[wi + 4];
            let w5 = params[wi + 5];
            acc0_0 = acc0_0 + x0 * w0;
            acc0_1 = acc0_1 + x1 * w0;
            acc1_0 = acc1_0 + x0 * w1;
            acc1_1 = acc1_1 + x1 * w1;
            acc2_0 = acc2_0 + x0 * w2;
            acc2_1 = acc2_1 + x1 * w2;
            acc3_0 = acc3_0 + x0 * w3;
            acc3_1 = acc3_1 + x1 * w3;
            acc4_0 = acc4_0 + x0 * w4;
            acc4_1 = acc4_1 + x1 * w4;
            acc5_0 = acc5_0 + x0 * w5;
            acc5_1 = acc5_1 + x1 * w5;
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C;
      {
        let zv = acc0_0 + params[CONV1_BIAS];
        a0[CONV1_Z + out0] = zv;
        a0[CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1 + params[CONV1_BIAS];
        a0[CONV1_Z + out1] = zv;
        a0[CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc1_0 + params[CONV1_BIAS + 1];
        a0[CONV1_Z + out0 + 1] = zv;
        a0[CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc1_1 + params[CONV1_BIAS + 1];
        a0[CONV1_Z + out1 + 1] = zv;
        a0[CONV1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc2_0 + params[CONV1_BIAS + 2];
        a0[CONV1_Z + out0 + 2] = zv;
        a0[CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc2_1 + params[CONV1_BIAS + 2];
        a0[CONV1_Z + out1 + 2] = zv;
        a0[CONV1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc3_0 + params[CONV1_BIAS + 3];
        a0[CONV1_Z + out0 + 3] = zv;
        a0[CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc3_1 + params[CONV1_BIAS + 3];
        a0[CONV1_Z + out1 + 3] = zv;
        a0[CONV1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc4_0 + params[CONV1_BIAS + 4];
        a0[CONV1_Z + out0 + 4] = zv;
        a0[CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc4_1 + params[CONV1_BIAS + 4];
        a0[CONV1_Z + out1 + 4] = zv;
        a0[CONV1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc5_0 + params[CONV1_BIAS + 5];
        a0[CONV1_Z + out0 + 5] = zv;
        a0[CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc5_1 + params[CONV1_BIAS + 5];
        a0[CONV1_Z + out1 + 5] = zv;
        a0[CONV1_Y + out1 + 5] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // pool1.forward: max pooling over 2×2 windows of conv1's output; an item per output element
  {
    const ITEMS = 1176;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 6;
    const OUT_W = 14;
    const OUT_C = 6;
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
          let v = a0[CONV1_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL1_Z + b * 1176 + e] = acc;
    }
  }
  storageBarrier();
  // conv2.forward: z, and y = relu(z), = bias + 5×5 windows of pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 100;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 6;
    const OUT_H = 10;
    const OUT_W = 10;
    const OUT_C = 16;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const POSITIONS = 50;
    const ROW_ITEMS = 5;
    const BLOCK = 8;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(oy) + ky;
        let row = (b * IN_H + u32(iy)) * IN_W;
        for (var kx = 0; kx < KERNEL_W; kx++) {
          let ix = i32(ox) + kx;
          let xi0 = (row + u32(ix)) * IN_C;
          let xi1 = (row + u32(ix + 1)) * IN_C;
          var wi = CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
          for (var ci = 0u; ci < IN_C; ci++) {
            let x0 = a0[POOL1_Z + xi0 + ci];
            let x1 = a0[POOL1_Z + xi1 + ci];
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
  // pool2.forward: max pooling over 2×2 windows of conv2's output; an item per output element
  {
    const ITEMS = 400;
    const IN_H = 10;
    const IN_W = 10;
    const IN_C = 16;
    const OUT_W = 5;
    const OUT_C = 16;
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
          let v = a0[CONV2_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL2_Z + b * 400 + e] = acc;
    }
  }
  storageBarrier();
  // conv3.forward: z, and y = relu(z), = bias + 3×3 windows of pool2's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 100;
    const IN_H = 5;
    const IN_W = 5;
    const IN_C = 16;
    const OUT_H = 5;
    const OUT_W = 5;
    const OUT_C = 32;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 25;
    const ROW_ITEMS = 5;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
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
  // dense1.forward: z, and y = relu(z), = conv3's output · kernel + bias; an item per 8 units, their weights read four at a time
  {
    const ITEMS = 15;
    const IN_UNITS = 800;
    const OUT_UNITS = 120;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = vec4<f32>();
      var acc1 = vec4<f32>();
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[CONV3_Y + b * IN_UNITS + k];
        acc0 = acc0 + xv * params4[wi / 4u];
        acc1 = acc1 + xv * params4[wi / 4u + 1];
        wi = wi + OUT_UNITS;
      }
      {
        let zv = acc0.x + params[DENSE1_BIAS + o];
        a0[DENSE1_Z + b * OUT_UNITS + o] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o] = act_relu(zv);
      }
      {
        let zv = acc0.y + params[DENSE1_BIAS + o + 1];
        a0[DENSE1_Z + b * OUT_UNITS + o + 1] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 1] = act_relu(zv);
      }
      {
        let zv = acc0.z + params[DENSE1_BIAS + o + 2];
        a0[DENSE1_Z + b * OUT_UNITS + o + 2] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 2] = act_relu(zv);
      }
      {
        let zv = acc0.w + params[DENSE1_BIAS + o + 3];
        a0[DENSE1_Z + b * OUT_UNITS + o + 3] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 3] = act_relu(zv);
      }
      {
        let zv = acc1.x + params[DENSE1_BIAS + o + 4];
        a0[DENSE1_Z + b * OUT_UNITS + o + 4] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 4] = act_relu(zv);
      }
      {
        let zv = acc1.y + params[DENSE1_BIAS + o + 5];
        a0[DENSE1_Z + b * OUT_UNITS + o + 5] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 5] = act_relu(zv);
      }
      {
        let zv = acc1.z + params[DENSE1_BIAS + o + 6];
        a0[DENSE1_Z + b * OUT_UNITS + o + 6] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 6] = act_relu(zv);
      }
      {
        let zv = acc1.w + params[DENSE1_BIAS + o + 7];
        a0[DENSE1_Z + b * OUT_UNITS + o + 7] = zv;
        a0[DENSE1_Y + b * OUT_UNITS + o + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // dense2.forward: z, and y = relu(z), = dense1's output · kernel + bias; an item per 6 units
  {
    const ITEMS = 14;
    const IN_UNITS = 120;
    const OUT_UNITS = 84;
    const BLOCK = 6;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var acc2 = 0.0;
      var acc3 = 0.0;
      var acc4 = 0.0;
      var acc5 = 0.0;
      var wi = DENSE2_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[DENSE1_Y + b * IN_UNITS + k];
        acc0 = acc0 + xv * params[wi];
        acc1 = acc1 + xv * params[wi + 1];
        acc2 = acc2 + xv * params[wi + 2];
        acc3 = acc3 + xv * params[wi + 3];
        acc4 = acc4 + xv * params[wi + 4];
        acc5 = acc5 + xv * params[wi + 5];
        wi = wi + OUT_UNITS;
      }
      {
        let zv = acc0 + params[DENSE2_BIAS + o];
        a0[DENSE2_Z + b * OUT_UNITS + o] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o] = act_relu(zv);
      }
      {
        let zv = acc1 + params[DENSE2_BIAS + o + 1];
        a0[DENSE2_Z + b * OUT_UNITS + o + 1] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 1] = act_relu(zv);
      }
      {
        let zv = acc2 + params[DENSE2_BIAS + o + 2];
        a0[DENSE2_Z + b * OUT_UNITS + o + 2] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 2] = act_relu(zv);
      }
      {
        let zv = acc3 + params[DENSE2_BIAS + o + 3];
        a0[DENSE2_Z + b * OUT_UNITS + o + 3] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 3] = act_relu(zv);
      }
      {
        let zv = acc4 + params[DENSE2_BIAS + o + 4];
        a0[DENSE2_Z + b * OUT_UNITS + o + 4] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 4] = act_relu(zv);
      }
      {
        let zv = acc5 + params[DENSE2_BIAS + o + 5];
        a0[DENSE2_Z + b * OUT_UNITS + o + 5] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 5] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // dense3.forward: z = dense2's output · kernel + bias; an item per 2 units
  {
    const ITEMS = 5;
    const IN_UNITS = 84;
    const OUT_UNITS = 10;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var wi = DENSE3_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[DENSE2_Y + b * IN_UNITS + k];
        acc0 = acc0 + xv * params[wi];
        acc1 = acc1 + xv * params[wi + 1];
        wi = wi + OUT_UNITS;
      }
      {
        a0[DENSE3_Z + b * OUT_UNITS + o] = acc0 + params[DENSE3_BIAS + o];
      }
      {
        a0[DENSE3_Z + b * OUT_UNITS + o + 1] = acc1 + params[DENSE3_BIAS + o + 1];
      }
    }
  }
  storageBarrier();
  // loss.evaluate: cross-entropy of dense3's output (log-softmax of the logits) against the label; one item per example
  {
    const ITEMS = 1;
    const CLASSES = 10;
    if (t < ITEMS) {
      let e = t;
      let base = b * CLASSES;
      let label = labels[table[(step.row + b) * 2u]];
      let valid = label < CLASSES;
      var top = a0[DENSE3_Z + base];
      for (var j = 1u; j < CLASSES; j++) { top = max(top, a0[DENSE3_Z + base + j]); }
      var total = 0.0;
      for (var j = 0u; j < CLASSES; j++) { total = total + exp(a0[DENSE3_Z + base + j] - top); }
      let lse = top + log(total);
      let loss = select(0.0, lse - a0[DENSE3_Z + base + min(label, CLASSES - 1)], valid);
      var best = 0u;
      for (var j = 1u; j < CLASSES; j++) { if (a0[DENSE3_Z + base + j] > a0[DENSE3_Z + base + best]) { best = j; } }
      results[(step.row + b) * 2u] = loss;
      results[(step.row + b) * 2u + 1u] = f32(best);
    }
  }
}
