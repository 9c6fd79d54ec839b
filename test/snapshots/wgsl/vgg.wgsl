// lenetc training program for vgg
// VGG blocks (1×16, 1×32, 2×64 convolutions, each block closed by max pooling), dense 256-256 with dropout
//
// Compiled for batch 128, 10 classes, storage bindings of at most 128.0 MiB (WebGPU's default maxStorageBufferBindingSize, which every adapter allows).
// A device with other limits lays it out again: `train --backend webgpu` compiles for its adapter.
//
// Buffers:
//   a0 (arena0): 12437578 floats (47.4 MiB)
//   params: 276298 floats (every weight and moving statistic); state: 1 × 276298 floats (momentum)
//
// Tensors (offsets in floats; per-example tensors repeat for each example of the batch):
//   INPUT_Y                  a0 @ 0         784 per example: the batch's images, scaled to [0, 1] and augmented
//   VGG1_CONV1_CONV1_Z       a0 @ 100352    12544 per example: vgg1_conv1_conv1's output before its relu
//   VGG1_CONV1_CONV1_Y       a0 @ 1705984   12544 per example: vgg1_conv1_conv1's output: relu(z)
//   VGG1_POOL1_Z             a0 @ 3311616   3136 per example: vgg1_pool1's output
//   VGG2_CONV1_CONV1_Z       a0 @ 3713024   6272 per example: vgg2_conv1_conv1's output before its relu
//   VGG2_CONV1_CONV1_Y       a0 @ 4515840   6272 per example: vgg2_conv1_conv1's output: relu(z)
//   VGG2_POOL1_Z             a0 @ 5318656   1568 per example: vgg2_pool1's output
//   VGG3_CONV1_CONV1_Z       a0 @ 5519360   3136 per example: vgg3_conv1_conv1's output before its relu
//   VGG3_CONV1_CONV1_Y       a0 @ 5920768   3136 per example: vgg3_conv1_conv1's output: relu(z)
//   VGG3_CONV2_CONV1_Z       a0 @ 6322176   3136 per example: vgg3_conv2_conv1's output before its relu
//   VGG3_CONV2_CONV1_Y       a0 @ 6723584   3136 per example: vgg3_conv2_conv1's output: relu(z)
//   VGG3_POOL1_Z             a0 @ 7124992   576 per example: vgg3_pool1's output
//   DENSE1_Z                 a0 @ 7198720   256 per example: dense1's output before its relu
//   DENSE1_Y                 a0 @ 7231488   256 per example: dense1's output: relu(z)
//   DROPOUT1_Z               a0 @ 7264256   256 per example: dropout1's output
//   DENSE2_Z                 a0 @ 7297024   256 per example: dense2's output before its relu
//   DENSE2_Y                 a0 @ 7329792   256 per example: dense2's output: relu(z)
//   DROPOUT2_Z               a0 @ 7362560   256 per example: dropout2's output
//   DENSE3_Z                 a0 @ 7395328   10 per example: dense3's output
//   VGG1_CONV1_CONV1_DZ      a0 @ 7396608   12544 per example: the loss's gradient with respect to vgg1_conv1_conv1's output before its relu
//   VGG1_POOL1_DZ            a0 @ 9002240   3136 per example: the loss's gradient with respect to vgg1_pool1's output
//   VGG2_CONV1_CONV1_DZ      a0 @ 9403648   6272 per example: the loss's gradient with respect to vgg2_conv1_conv1's output before its relu
//   VGG2_POOL1_DZ            a0 @ 10206464  1568 per example: the loss's gradient with respect to vgg2_pool1's output
//   VGG3_CONV1_CONV1_DZ      a0 @ 10407168  3136 per example: the loss's gradient with respect to vgg3_conv1_conv1's output before its relu
//   VGG3_CONV2_CONV1_DZ      a0 @ 10808576  3136 per example: the loss's gradient with respect to vgg3_conv2_conv1's output before its relu
//   VGG3_POOL1_DZ            a0 @ 11209984  576 per example: the loss's gradient with respect to vgg3_pool1's output
//   DENSE1_DZ                a0 @ 11283712  256 per example: the loss's gradient with respect to dense1's output before its relu
//   DROPOUT1_DZ              a0 @ 11316480  256 per example: the loss's gradient with respect to dropout1's output
//   DENSE2_DZ                a0 @ 11349248  256 per example: the loss's gradient with respect to dense2's output before its relu
//   DROPOUT2_DZ              a0 @ 11382016  256 per example: the loss's gradient with respect to dropout2's output
//   DENSE3_DZ                a0 @ 11414784  10 per example: the loss's gradient with respect to dense3's output
//   VGG1_CONV1_CONV1_PARTIALS a0 @ 11416064  20480 floats: vgg1_conv1_conv1's weight-gradient partial sums: 128 groups × 160 weights
//   VGG2_CONV1_CONV1_PARTIALS a0 @ 11436544  120640 floats: vgg2_conv1_conv1's weight-gradient partial sums: 26 groups × 4640 weights
//   VGG3_CONV1_CONV1_PARTIALS a0 @ 11557184  129472 floats: vgg3_conv1_conv1's weight-gradient partial sums: 7 groups × 18496 weights
//   VGG3_CONV2_CONV1_PARTIALS a0 @ 11686656  258496 floats: vgg3_conv2_conv1's weight-gradient partial sums: 7 groups × 36928 weights
//   DENSE1_PARTIALS          a0 @ 11945152  147712 floats: dense1's weight-gradient partial sums: 1 group × 147712 weights
//   DENSE2_PARTIALS          a0 @ 12092864  65792 floats: dense2's weight-gradient partial sums: 1 group × 65792 weights
//   DENSE3_PARTIALS          a0 @ 12158656  2570 floats: dense3's weight-gradient partial sums: 1 group × 2570 weights
//   GRADIENT                 a0 @ 12161280  276298 floats: every trainable float's gradient, as the update used it
//
// Weights (offsets in floats into params; trainable ones also index the gradient and state):
//   VGG1_CONV1_CONV1_KERNEL  params @ 0         vgg1_conv1_conv1/kernel [3, 3, 1, 16], trainable @ 0
//   VGG1_CONV1_CONV1_BIAS    params @ 144       vgg1_conv1_conv1/bias [16], trainable @ 144
//   VGG2_CONV1_CONV1_KERNEL  params @ 160       vgg2_conv1_conv1/kernel [3, 3, 16, 32], trainable @ 160
//   VGG2_CONV1_CONV1_BIAS    params @ 4768      vgg2_conv1_conv1/bias [32], trainable @ 4768
//   VGG3_CONV1_CONV1_KERNEL  params @ 4800      vgg3_conv1_conv1/kernel [3, 3, 32, 64], trainable @ 4800
//   VGG3_CONV1_CONV1_BIAS    params @ 23232     vgg3_conv1_conv1/bias [64], trainable @ 23232
//   VGG3_CONV2_CONV1_KERNEL  params @ 23296     vgg3_conv2_conv1/kernel [3, 3, 64, 64], trainable @ 23296
//   VGG3_CONV2_CONV1_BIAS    params @ 60160     vgg3_conv2_conv1/bias [64], trainable @ 60160
//   DENSE1_KERNEL            params @ 60224     dense1/kernel [576, 256], trainable @ 60224
//   DENSE1_BIAS              params @ 207680    dense1/bias [256], trainable @ 207680
//   DENSE2_KERNEL            params @ 207936    dense2/kernel [256, 256], trainable @ 207936
//   DENSE2_BIAS              params @ 273472    dense2/bias [256], trainable @ 273472
//   DENSE3_KERNEL            params @ 273728    dense3/kernel [256, 10], trainable @ 273728
//   DENSE3_BIAS              params @ 276288    dense3/bias [10], trainable @ 276288
//
// A training step dispatches, in order:
//   train 1: input, vgg1_conv1_conv1.forward, vgg1_pool1.forward, vgg2_conv1_conv1.forward, vgg2_pool1.forward, vgg3_conv1_conv1.forward, vgg3_conv2_conv1.forward, vgg3_pool1.forward, dense1.forward, dropout1.forward, dense2.forward, dropout2.forward, dense3.forward, loss, dense3.input-gradient, dropout2.input-gradient, dense2.input-gradient, dropout1.input-gradient, dense1.input-gradient, vgg3_pool1.input-gradient, vgg3_conv2_conv1.input-gradient, vgg3_conv1_conv1.input-gradient, vgg2_pool1.input-gradient, vgg2_conv1_conv1.input-gradient, vgg1_pool1.input-gradient (128 workgroups; binds step, table, images, params, params as vec4s, labels, results, arena0)
//   weight-gradients (963 workgroups; binds step, arena0)
//   partial-sums (391 workgroups; binds arena0)
//   update (4319 workgroups; binds step, params, state, results, metrics, arena0)
// An evaluation batch dispatches:
//   evaluate 1: input, vgg1_conv1_conv1.forward, vgg1_pool1.forward, vgg2_conv1_conv1.forward, vgg2_pool1.forward, vgg3_conv1_conv1.forward, vgg3_conv2_conv1.forward, vgg3_pool1.forward, dense1.forward, dropout1.evaluate, dense2.forward, dropout2.evaluate, dense3.forward, loss.evaluate (128 workgroups; binds step, table, images, params, params as vec4s, labels, results, arena0)

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 1: input, vgg1_conv1_conv1.forward, vgg1_pool1.forward, vgg2_conv1_conv1.forward, vgg2_pool1.forward, vgg3_conv1_conv1.forward, vgg3_conv2_conv1.forward, vgg3_pool1.forward, dense1.forward, dropout1.forward, dense2.forward, dropout2.forward, dense3.forward, loss, dense3.input-gradient, dropout2.input-gradient, dense2.input-gradient, dropout1.input-gradient, dense1.input-gradient, vgg3_pool1.input-gradient, vgg3_conv2_conv1.input-gradient, vgg3_conv1_conv1.input-gradient, vgg2_pool1.input-gradient, vgg2_conv1_conv1.input-gradient, vgg1_pool1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const VGG1_CONV1_CONV1_Z = 100352u; // a0, 12544 floats per example: vgg1_conv1_conv1's output before its relu
const VGG1_CONV1_CONV1_Y = 1705984u; // a0, 12544 floats per example: vgg1_conv1_conv1's output: relu(z)
const VGG1_POOL1_Z = 3311616u; // a0, 3136 floats per example: vgg1_pool1's output
const VGG2_CONV1_CONV1_Z = 3713024u; // a0, 6272 floats per example: vgg2_conv1_conv1's output before its relu
const VGG2_CONV1_CONV1_Y = 4515840u; // a0, 6272 floats per example: vgg2_conv1_conv1's output: relu(z)
const VGG2_POOL1_Z = 5318656u; // a0, 1568 floats per example: vgg2_pool1's output
const VGG3_CONV1_CONV1_Z = 5519360u; // a0, 3136 floats per example: vgg3_conv1_conv1's output before its relu
const VGG3_CONV1_CONV1_Y = 5920768u; // a0, 3136 floats per example: vgg3_conv1_conv1's output: relu(z)
const VGG3_CONV2_CONV1_Z = 6322176u; // a0, 3136 floats per example: vgg3_conv2_conv1's output before its relu
const VGG3_CONV2_CONV1_Y = 6723584u; // a0, 3136 floats per example: vgg3_conv2_conv1's output: relu(z)
const VGG3_POOL1_Z = 7124992u; // a0, 576 floats per example: vgg3_pool1's output
const DENSE1_Z = 7198720u; // a0, 256 floats per example: dense1's output before its relu
const DENSE1_Y = 7231488u; // a0, 256 floats per example: dense1's output: relu(z)
const DROPOUT1_Z = 7264256u; // a0, 256 floats per example: dropout1's output
const DENSE2_Z = 7297024u; // a0, 256 floats per example: dense2's output before its relu
const DENSE2_Y = 7329792u; // a0, 256 floats per example: dense2's output: relu(z)
const DROPOUT2_Z = 7362560u; // a0, 256 floats per example: dropout2's output
const DENSE3_Z = 7395328u; // a0, 10 floats per example: dense3's output
const VGG1_CONV1_CONV1_DZ = 7396608u; // a0, 12544 floats per example: the loss's gradient with respect to vgg1_conv1_conv1's output before its relu
const VGG1_POOL1_DZ = 9002240u; // a0, 3136 floats per example: the loss's gradient with respect to vgg1_pool1's output
const VGG2_CONV1_CONV1_DZ = 9403648u; // a0, 6272 floats per example: the loss's gradient with respect to vgg2_conv1_conv1's output before its relu
const VGG2_POOL1_DZ = 10206464u; // a0, 1568 floats per example: the loss's gradient with respect to vgg2_pool1's output
const VGG3_CONV1_CONV1_DZ = 10407168u; // a0, 3136 floats per example: the loss's gradient with respect to vgg3_conv1_conv1's output before its relu
const VGG3_CONV2_CONV1_DZ = 10808576u; // a0, 3136 floats per example: the loss's gradient with respect to vgg3_conv2_conv1's output before its relu
const VGG3_POOL1_DZ = 11209984u; // a0, 576 floats per example: the loss's gradient with respect to vgg3_pool1's output
const DENSE1_DZ = 11283712u; // a0, 256 floats per example: the loss's gradient with respect to dense1's output before its relu
const DROPOUT1_DZ = 11316480u; // a0, 256 floats per example: the loss's gradient with respect to dropout1's output
const DENSE2_DZ = 11349248u; // a0, 256 floats per example: the loss's gradient with respect to dense2's output before its relu
const DROPOUT2_DZ = 11382016u; // a0, 256 floats per example: the loss's gradient with respect to dropout2's output
const DENSE3_DZ = 11414784u; // a0, 10 floats per example: the loss's gradient with respect to dense3's output
const VGG1_CONV1_CONV1_KERNEL = 0u; // params: vgg1_conv1_conv1/kernel [3, 3, 1, 16]
const VGG1_CONV1_CONV1_BIAS = 144u; // params: vgg1_conv1_conv1/bias [16]
const VGG2_CONV1_CONV1_KERNEL = 160u; // params: vgg2_conv1_conv1/kernel [3, 3, 16, 32]
const VGG2_CONV1_CONV1_BIAS = 4768u; // params: vgg2_conv1_conv1/bias [32]
const VGG3_CONV1_CONV1_KERNEL = 4800u; // params: vgg3_conv1_conv1/kernel [3, 3, 32, 64]
const VGG3_CONV1_CONV1_BIAS = 23232u; // params: vgg3_conv1_conv1/bias [64]
const VGG3_CONV2_CONV1_KERNEL = 23296u; // params: vgg3_conv2_conv1/kernel [3, 3, 64, 64]
const VGG3_CONV2_CONV1_BIAS = 60160u; // params: vgg3_conv2_conv1/bias [64]
const DENSE1_KERNEL = 60224u; // params: dense1/kernel [576, 256]
const DENSE1_BIAS = 207680u; // params: dense1/bias [256]
const DENSE2_KERNEL = 207936u; // params: dense2/kernel [256, 256]
const DENSE2_BIAS = 273472u; // params: dense2/bias [256]
const DENSE3_KERNEL = 273728u; // params: dense3/kernel [256, 10]
const DENSE3_BIAS = 276288u; // params: dense3/bias [10]

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
  // vgg1_conv1_conv1.forward: z, and y = relu(z), = bias + 3×3 windows of input's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 16;
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
            let wi = VGG1_CONV1_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * OUT_C + co;
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
        let zv = acc0_0.x + params[VGG1_CONV1_CONV1_BIAS + co];
        a0[VGG1_CONV1_CONV1_Z + out0] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[VGG1_CONV1_CONV1_BIAS + co];
        a0[VGG1_CONV1_CONV1_Z + out1] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[VGG1_CONV1_CONV1_BIAS + co + 1];
        a0[VGG1_CONV1_CONV1_Z + out0 + 1] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[VGG1_CONV1_CONV1_BIAS + co + 1];
        a0[VGG1_CONV1_CONV1_Z + out1 + 1] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[VGG1_CONV1_CONV1_BIAS + co + 2];
        a0[VGG1_CONV1_CONV1_Z + out0 + 2] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[VGG1_CONV1_CONV1_BIAS + co + 2];
        a0[VGG1_CONV1_CONV1_Z + out1 + 2] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[VGG1_CONV1_CONV1_BIAS + co + 3];
        a0[VGG1_CONV1_CONV1_Z + out0 + 3] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[VGG1_CONV1_CONV1_BIAS + co + 3];
        a0[VGG1_CONV1_CONV1_Z + out1 + 3] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[VGG1_CONV1_CONV1_BIAS + co + 4];
        a0[VGG1_CONV1_CONV1_Z + out0 + 4] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[VGG1_CONV1_CONV1_BIAS + co + 4];
        a0[VGG1_CONV1_CONV1_Z + out1 + 4] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[VGG1_CONV1_CONV1_BIAS + co + 5];
        a0[VGG1_CONV1_CONV1_Z + out0 + 5] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[VGG1_CONV1_CONV1_BIAS + co + 5];
        a0[VGG1_CONV1_CONV1_Z + out1 + 5] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[VGG1_CONV1_CONV1_BIAS + co + 6];
        a0[VGG1_CONV1_CONV1_Z + out0 + 6] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[VGG1_CONV1_CONV1_BIAS + co + 6];
        a0[VGG1_CONV1_CONV1_Z + out1 + 6] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[VGG1_CONV1_CONV1_BIAS + co + 7];
        a0[VGG1_CONV1_CONV1_Z + out0 + 7] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[VGG1_CONV1_CONV1_BIAS + co + 7];
        a0[VGG1_CONV1_CONV1_Z + out1 + 7] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // vgg1_pool1.forward: max pooling over 2×2 windows of vgg1_conv1_conv1's output; an item per output element
  {
    const ITEMS = 3136;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_W = 14;
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
          let v = a0[VGG1_CONV1_CONV1_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[VGG1_POOL1_Z + b * 3136 + e] = acc;
    }
  }
  storageBarrier();
  // vgg2_conv1_conv1.forward: z, and y = relu(z), = bias + 3×3 windows of vgg1_pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 16;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
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
            var wi = VGG2_CONV1_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[VGG1_POOL1_Z + xi0 + ci], in0);
              let x1 = select(0.0, a0[VGG1_POOL1_Z + xi1 + ci], in1);
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
        let zv = acc0_0.x + params[VGG2_CONV1_CONV1_BIAS + co];
        a0[VGG2_CONV1_CONV1_Z + out0] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[VGG2_CONV1_CONV1_BIAS + co];
        a0[VGG2_CONV1_CONV1_Z + out1] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[VGG2_CONV1_CONV1_BIAS + co + 1];
        a0[VGG2_CONV1_CONV1_Z + out0 + 1] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[VGG2_CONV1_CONV1_BIAS + co + 1];
        a0[VGG2_CONV1_CONV1_Z + out1 + 1] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[VGG2_CONV1_CONV1_BIAS + co + 2];
        a0[VGG2_CONV1_CONV1_Z + out0 + 2] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[VGG2_CONV1_CONV1_BIAS + co + 2];
        a0[VGG2_CONV1_CONV1_Z + out1 + 2] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[VGG2_CONV1_CONV1_BIAS + co + 3];
        a0[VGG2_CONV1_CONV1_Z + out0 + 3] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[VGG2_CONV1_CONV1_BIAS + co + 3];
        a0[VGG2_CONV1_CONV1_Z + out1 + 3] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[VGG2_CONV1_CONV1_BIAS + co + 4];
        a0[VGG2_CONV1_CONV1_Z + out0 + 4] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[VGG2_CONV1_CONV1_BIAS + co + 4];
        a0[VGG2_CONV1_CONV1_Z + out1 + 4] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[VGG2_CONV1_CONV1_BIAS + co + 5];
        a0[VGG2_CONV1_CONV1_Z + out0 + 5] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[VGG2_CONV1_CONV1_BIAS + co + 5];
        a0[VGG2_CONV1_CONV1_Z + out1 + 5] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[VGG2_CONV1_CONV1_BIAS + co + 6];
        a0[VGG2_CONV1_CONV1_Z + out0 + 6] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[VGG2_CONV1_CONV1_BIAS + co + 6];
        a0[VGG2_CONV1_CONV1_Z + out1 + 6] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[VGG2_CONV1_CONV1_BIAS + co + 7];
        a0[VGG2_CONV1_CONV1_Z + out0 + 7] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[VGG2_CONV1_CONV1_BIAS + co + 7];
        a0[VGG2_CONV1_CONV1_Z + out1 + 7] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // vgg2_pool1.forward: max pooling over 2×2 windows of vgg2_conv1_conv1's output; an item per output element
  {
    const ITEMS = 1568;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_W = 7;
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
          let v = a0[VGG2_CONV1_CONV1_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[VGG2_POOL1_Z + b * 1568 + e] = acc;
    }
  }
  storageBarrier();
  // vgg3_conv1_conv1.forward: z, and y = relu(z), = bias + 3×3 windows of vgg2_pool1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 32;
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
            var wi = VGG3_CONV1_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[VGG2_POOL1_Z + xi0 + ci], in0);
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
        let zv = acc0_0.x + params[VGG3_CONV1_CONV1_BIAS + co];
        a0[VGG3_CONV1_CONV1_Z + out0] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[VGG3_CONV1_CONV1_BIAS + co + 1];
        a0[VGG3_CONV1_CONV1_Z + out0 + 1] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[VGG3_CONV1_CONV1_BIAS + co + 2];
        a0[VGG3_CONV1_CONV1_Z + out0 + 2] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[VGG3_CONV1_CONV1_BIAS + co + 3];
        a0[VGG3_CONV1_CONV1_Z + out0 + 3] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[VGG3_CONV1_CONV1_BIAS + co + 4];
        a0[VGG3_CONV1_CONV1_Z + out0 + 4] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[VGG3_CONV1_CONV1_BIAS + co + 5];
        a0[VGG3_CONV1_CONV1_Z + out0 + 5] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[VGG3_CONV1_CONV1_BIAS + co + 6];
        a0[VGG3_CONV1_CONV1_Z + out0 + 6] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[VGG3_CONV1_CONV1_BIAS + co + 7];
        a0[VGG3_CONV1_CONV1_Z + out0 + 7] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // vgg3_conv2_conv1.forward: z, and y = relu(z), = bias + 3×3 windows of vgg3_conv1_conv1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
            var wi = VGG3_CONV2_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[VGG3_CONV1_CONV1_Y + xi0 + ci], in0);
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
        let zv = acc0_0.x + params[VGG3_CONV2_CONV1_BIAS + co];
        a0[VGG3_CONV2_CONV1_Z + out0] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[VGG3_CONV2_CONV1_BIAS + co + 1];
        a0[VGG3_CONV2_CONV1_Z + out0 + 1] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[VGG3_CONV2_CONV1_BIAS + co + 2];
        a0[VGG3_CONV2_CONV1_Z + out0 + 2] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[VGG3_CONV2_CONV1_BIAS + co + 3];
        a0[VGG3_CONV2_CONV1_Z + out0 + 3] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[VGG3_CONV2_CONV1_BIAS + co + 4];
        a0[VGG3_CONV2_CONV1_Z + out0 + 4] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[VGG3_CONV2_CONV1_BIAS + co + 5];
        a0[VGG3_CONV2_CONV1_Z + out0 + 5] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[VGG3_CONV2_CONV1_BIAS + co + 6];
        a0[VGG3_CONV2_CONV1_Z + out0 + 6] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[VGG3_CONV2_CONV1_BIAS + co + 7];
        a0[VGG3_CONV2_CONV1_Z + out0 + 7] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // vgg3_pool1.forward: max pooling over 2×2 windows of vgg3_conv2_conv1's output; an item per output element
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
          let v = a0[VGG3_CONV2_CONV1_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[VGG3_POOL1_Z + b * 576 + e] = acc;
    }
  }
  storageBarrier();
  // dense1.forward: z, and y = relu(z), = vgg3_pool1's output · kernel + bias; an item per 8 units, their weights read four at a time
  {
    const ITEMS = 32;
    const IN_UNITS = 576;
    const OUT_UNITS = 256;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = vec4<f32>();
      var acc1 = vec4<f32>();
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[VGG3_POOL1_Z + b * IN_UNITS + k];
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
  // dropout1.forward: dense1's output times mask stream 0's draw (rate 0.5); an item per element
  {
    const ITEMS = 256;
    if (t < ITEMS) {
      let e = t;
      let i = b * 256 + e;
      a0[DROPOUT1_Z + i] = a0[DENSE1_Y + i] * select(0.0, 2.0, dropout_keep(step.seed, step.gstep, 0u, i, 0.5));
    }
  }
  storageBarrier();
  // dense2.forward: z, and y = relu(z), = dropout1's output · kernel + bias; an item per 8 units, their weights read four at a time
  {
    const ITEMS = 32;
    const IN_UNITS = 256;
    const OUT_UNITS = 256;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = vec4<f32>();
      var acc1 = vec4<f32>();
      var wi = DENSE2_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[DROPOUT1_Z + b * IN_UNITS + k];
        acc0 = acc0 + xv * params4[wi / 4u];
        acc1 = acc1 + xv * params4[wi / 4u + 1];
        wi = wi + OUT_UNITS;
      }
      {
        let zv = acc0.x + params[DENSE2_BIAS + o];
        a0[DENSE2_Z + b * OUT_UNITS + o] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o] = act_relu(zv);
      }
      {
        let zv = acc0.y + params[DENSE2_BIAS + o + 1];
        a0[DENSE2_Z + b * OUT_UNITS + o + 1] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 1] = act_relu(zv);
      }
      {
        let zv = acc0.z + params[DENSE2_BIAS + o + 2];
        a0[DENSE2_Z + b * OUT_UNITS + o + 2] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 2] = act_relu(zv);
      }
      {
        let zv = acc0.w + params[DENSE2_BIAS + o + 3];
        a0[DENSE2_Z + b * OUT_UNITS + o + 3] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 3] = act_relu(zv);
      }
      {
        let zv = acc1.x + params[DENSE2_BIAS + o + 4];
        a0[DENSE2_Z + b * OUT_UNITS + o + 4] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 4] = act_relu(zv);
      }
      {
        let zv = acc1.y + params[DENSE2_BIAS + o + 5];
        a0[DENSE2_Z + b * OUT_UNITS + o + 5] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 5] = act_relu(zv);
      }
      {
        let zv = acc1.z + params[DENSE2_BIAS + o + 6];
        a0[DENSE2_Z + b * OUT_UNITS + o + 6] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 6] = act_relu(zv);
      }
      {
        let zv = acc1.w + params[DENSE2_BIAS + o + 7];
        a0[DENSE2_Z + b * OUT_UNITS + o + 7] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // dropout2.forward: dense2's output times mask stream 1's draw (rate 0.5); an item per element
  {
    const ITEMS = 256;
    if (t < ITEMS) {
      let e = t;
      let i = b * 256 + e;
      a0[DROPOUT2_Z + i] = a0[DENSE2_Y + i] * select(0.0, 2.0, dropout_keep(step.seed, step.gstep, 1u, i, 0.5));
    }
  }
  storageBarrier();
  // dense3.forward: z = dropout2's output · kernel + bias; an item per 2 units
  {
    const ITEMS = 5;
    const IN_UNITS = 256;
    const OUT_UNITS = 10;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var wi = DENSE3_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[DROPOUT2_Z + b * IN_UNITS + k];
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
  // dense3.input-gradient: the gradient reaching dropout2: dz · kernelᵀ; an item per 8 input units
  {
    const ITEMS = 32;
    const IN_UNITS = 256;
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
      let wi = DENSE3_KERNEL + k * OUT_UNITS;
      for (var o = 0u; o < OUT_UNITS; o++) {
        let d = a0[DENSE3_DZ + b * OUT_UNITS + o];
        acc0 = acc0 + d * params[wi + o];
        acc1 = acc1 + d * params[wi + OUT_UNITS + o];
        acc2 = acc2 + d * params[wi + OUT_UNITS * 2 + o];
        acc3 = acc3 + d * params[wi + OUT_UNITS * 3 + o];
        acc4 = acc4 + d * params[wi + OUT_UNITS * 4 + o];
        acc5 = acc5 + d * params[wi + OUT_UNITS * 5 + o];
        acc6 = acc6 + d * params[wi + OUT_UNITS * 6 + o];
        acc7 = acc7 + d * params[wi + OUT_UNITS * 7 + o];
      }
      a0[DROPOUT2_DZ + b * IN_UNITS + k] = acc0;
      a0[DROPOUT2_DZ + b * IN_UNITS + k + 1] = acc1;
      a0[DROPOUT2_DZ + b * IN_UNITS + k + 2] = acc2;
      a0[DROPOUT2_DZ + b * IN_UNITS + k + 3] = acc3;
      a0[DROPOUT2_DZ + b * IN_UNITS + k + 4] = acc4;
      a0[DROPOUT2_DZ + b * IN_UNITS + k + 5] = acc5;
      a0[DROPOUT2_DZ + b * IN_UNITS + k + 6] = acc6;
      a0[DROPOUT2_DZ + b * IN_UNITS + k + 7] = acc7;
    }
  }
  storageBarrier();
  // dropout2.input-gradient: the gradient reaching dense2: dz times the same mask; an item per element
  {
    const ITEMS = 256;
    if (t < ITEMS) {
      let e = t;
      let i = b * 256 + e;
      a0[DENSE2_DZ + i] = (a0[DROPOUT2_DZ + i] * select(0.0, 2.0, dropout_keep(step.seed, step.gstep, 1u, i, 0.5))) * dact_relu(a0[DENSE2_Z + i]);
    }
  }
  storageBarrier();
  // dense2.input-gradient: the gradient reaching dropout1: dz · kernelᵀ; an item per 8 input units, four of dz's units a step
  {
    const ITEMS = 32;
    const IN_UNITS = 256;
    const OUT_UNITS = 256;
    const BLOCK = 8;
    const OUT_FOURS = 64;
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
      a0[DROPOUT1_DZ + b * IN_UNITS + k] = acc0;
      a0[DROPOUT1_DZ + b * IN_UNITS + k + 1] = acc1;
      a0[DROPOUT1_DZ + b * IN_UNITS + k + 2] = acc2;
      a0[DROPOUT1_DZ + b * IN_UNITS + k + 3] = acc3;
      a0[DROPOUT1_DZ + b * IN_UNITS + k + 4] = acc4;
      a0[DROPOUT1_DZ + b * IN_UNITS + k + 5] = acc5;
      a0[DROPOUT1_DZ + b * IN_UNITS + k + 6] = acc6;
      a0[DROPOUT1_DZ + b * IN_UNITS + k + 7] = acc7;
    }
  }
  storageBarrier();
  // dropout1.input-gradient: the gradient reaching dense1: dz times the same mask; an item per element
  {
    const ITEMS = 256;
    if (t < ITEMS) {
      let e = t;
      let i = b * 256 + e;
      a0[DENSE1_DZ + i] = (a0[DROPOUT1_DZ + i] * select(0.0, 2.0, dropout_keep(step.seed, step.gstep, 0u, i, 0.5))) * dact_relu(a0[DENSE1_Z + i]);
    }
  }
  storageBarrier();
  // dense1.input-gradient: the gradient reaching vgg3_pool1: dz · kernelᵀ; an item per 8 input units, four of dz's units a step
  {
    const ITEMS = 72;
    const IN_UNITS = 576;
    const OUT_UNITS = 256;
    const BLOCK = 8;
    const OUT_FOURS = 64;
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
      a0[VGG3_POOL1_DZ + b * IN_UNITS + k] = acc0;
      a0[VGG3_POOL1_DZ + b * IN_UNITS + k + 1] = acc1;
      a0[VGG3_POOL1_DZ + b * IN_UNITS + k + 2] = acc2;
      a0[VGG3_POOL1_DZ + b * IN_UNITS + k + 3] = acc3;
      a0[VGG3_POOL1_DZ + b * IN_UNITS + k + 4] = acc4;
      a0[VGG3_POOL1_DZ + b * IN_UNITS + k + 5] = acc5;
      a0[VGG3_POOL1_DZ + b * IN_UNITS + k + 6] = acc6;
      a0[VGG3_POOL1_DZ + b * IN_UNITS + k + 7] = acc7;
    }
  }
  storageBarrier();
  // vgg3_pool1.input-gradient: the gradient reaching vgg3_conv2_conv1 through max pooling: dz to the first largest cell of each window; an item per input element
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
              let v = a0[VGG3_CONV2_CONV1_Y + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
              if (v > best) { best = v; by = py; bx = px; }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a0[VGG3_POOL1_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a0[VGG3_CONV2_CONV1_DZ + b * 3136 + e] = acc * dact_relu(a0[VGG3_CONV2_CONV1_Z + b * 3136 + e]);
    }
  }
  storageBarrier();
  // vgg3_conv2_conv1.input-gradient: the gradient reaching vgg3_conv1_conv1: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
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
            let wi = VGG3_CONV2_CONV1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a0[VGG3_CONV2_CONV1_DZ + di0 + co], in0);
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
      a0[VGG3_CONV1_CONV1_DZ + at0] = acc0_0 * dact_relu(a0[VGG3_CONV1_CONV1_Z + at0]);
      a0[VGG3_CONV1_CONV1_DZ + at0 + 1] = acc1_0 * dact_relu(a0[VGG3_CONV1_CONV1_Z + at0 + 1]);
      a0[VGG3_CONV1_CONV1_DZ + at0 + 2] = acc2_0 * dact_relu(a0[VGG3_CONV1_CONV1_Z + at0 + 2]);
      a0[VGG3_CONV1_CONV1_DZ + at0 + 3] = acc3_0 * dact_relu(a0[VGG3_CONV1_CONV1_Z + at0 + 3]);
      a0[VGG3_CONV1_CONV1_DZ + at0 + 4] = acc4_0 * dact_relu(a0[VGG3_CONV1_CONV1_Z + at0 + 4]);
      a0[VGG3_CONV1_CONV1_DZ + at0 + 5] = acc5_0 * dact_relu(a0[VGG3_CONV1_CONV1_Z + at0 + 5]);
      a0[VGG3_CONV1_CONV1_DZ + at0 + 6] = acc6_0 * dact_relu(a0[VGG3_CONV1_CONV1_Z + at0 + 6]);
      a0[VGG3_CONV1_CONV1_DZ + at0 + 7] = acc7_0 * dact_relu(a0[VGG3_CONV1_CONV1_Z + at0 + 7]);
    }
  }
  storageBarrier();
  // vgg3_conv1_conv1.input-gradient: the gradient reaching vgg2_pool1: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
  {
    const ITEMS = 196;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 32;
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
            let wi = VGG3_CONV1_CONV1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a0[VGG3_CONV1_CONV1_DZ + di0 + co], in0);
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
      a0[VGG2_POOL1_DZ + at0] = acc0_0;
      a0[VGG2_POOL1_DZ + at0 + 1] = acc1_0;
      a0[VGG2_POOL1_DZ + at0 + 2] = acc2_0;
      a0[VGG2_POOL1_DZ + at0 + 3] = acc3_0;
      a0[VGG2_POOL1_DZ + at0 + 4] = acc4_0;
      a0[VGG2_POOL1_DZ + at0 + 5] = acc5_0;
      a0[VGG2_POOL1_DZ + at0 + 6] = acc6_0;
      a0[VGG2_POOL1_DZ + at0 + 7] = acc7_0;
    }
  }
  storageBarrier();
  // vgg2_pool1.input-gradient: the gradient reaching vgg2_conv1_conv1 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 6272;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 7;
    const OUT_W = 7;
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
              let v = a0[VGG2_CONV1_CONV1_Y + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
              if (v > best) { best = v; by = py; bx = px; }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a0[VGG2_POOL1_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a0[VGG2_CONV1_CONV1_DZ + b * 6272 + e] = acc * dact_relu(a0[VGG2_CONV1_CONV1_Z + b * 6272 + e]);
    }
  }
  storageBarrier();
  // vgg2_conv1_conv1.input-gradient: the gradient reaching vgg1_pool1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 16;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
            let wi = VGG2_CONV1_CONV1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a0[VGG2_CONV1_CONV1_DZ + di0 + co], in0);
              let d1 = select(0.0, a0[VGG2_CONV1_CONV1_DZ + di1 + co], in1);
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
      a0[VGG1_POOL1_DZ + at0] = acc0_0;
      a0[VGG1_POOL1_DZ + at1] = acc0_1;
      a0[VGG1_POOL1_DZ + at0 + 1] = acc1_0;
      a0[VGG1_POOL1_DZ + at1 + 1] = acc1_1;
      a0[VGG1_POOL1_DZ + at0 + 2] = acc2_0;
      a0[VGG1_POOL1_DZ + at1 + 2] = acc2_1;
      a0[VGG1_POOL1_DZ + at0 + 3] = acc3_0;
      a0[VGG1_POOL1_DZ + at1 + 3] = acc3_1;
      a0[VGG1_POOL1_DZ + at0 + 4] = acc4_0;
      a0[VGG1_POOL1_DZ + at1 + 4] = acc4_1;
      a0[VGG1_POOL1_DZ + at0 + 5] = acc5_0;
      a0[VGG1_POOL1_DZ + at1 + 5] = acc5_1;
      a0[VGG1_POOL1_DZ + at0 + 6] = acc6_0;
      a0[VGG1_POOL1_DZ + at1 + 6] = acc6_1;
      a0[VGG1_POOL1_DZ + at0 + 7] = acc7_0;
      a0[VGG1_POOL1_DZ + at1 + 7] = acc7_1;
    }
  }
  storageBarrier();
  // vgg1_pool1.input-gradient: the gradient reaching vgg1_conv1_conv1 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 12544;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_H = 14;
    const OUT_W = 14;
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
              let v = a0[VGG1_CONV1_CONV1_Y + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
              if (v > best) { best = v; by = py; bx = px; }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a0[VGG1_POOL1_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a0[VGG1_CONV1_CONV1_DZ + b * 12544 + e] = acc * dact_relu(a0[VGG1_CONV1_CONV1_Z + b * 12544 + e]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel weight-gradients
// every conv and dense layer's weight gradient as partial sums over groups of examples, layer by layer in thread ranges
// one thread per index below 61578, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const VGG1_POOL1_Z = 3311616u; // a0, 3136 floats per example: vgg1_pool1's output
const VGG2_POOL1_Z = 5318656u; // a0, 1568 floats per example: vgg2_pool1's output
const VGG3_CONV1_CONV1_Y = 5920768u; // a0, 3136 floats per example: vgg3_conv1_conv1's output: relu(z)
const VGG3_POOL1_Z = 7124992u; // a0, 576 floats per example: vgg3_pool1's output
const DROPOUT1_Z = 7264256u; // a0, 256 floats per example: dropout1's output
const DROPOUT2_Z = 7362560u; // a0, 256 floats per example: dropout2's output
const VGG1_CONV1_CONV1_DZ = 7396608u; // a0, 12544 floats per example: the loss's gradient with respect to vgg1_conv1_conv1's output before its relu
const VGG2_CONV1_CONV1_DZ = 9403648u; // a0, 6272 floats per example: the loss's gradient with respect to vgg2_conv1_conv1's output before its relu
const VGG3_CONV1_CONV1_DZ = 10407168u; // a0, 3136 floats per example: the loss's gradient with respect to vgg3_conv1_conv1's output before its relu
const VGG3_CONV2_CONV1_DZ = 10808576u; // a0, 3136 floats per example: the loss's gradient with respect to vgg3_conv2_conv1's output before its relu
const DENSE1_DZ = 11283712u; // a0, 256 floats per example: the loss's gradient with respect to dense1's output before its relu
const DENSE2_DZ = 11349248u; // a0, 256 floats per example: the loss's gradient with respect to dense2's output before its relu
const DENSE3_DZ = 11414784u; // a0, 10 floats per example: the loss's gradient with respect to dense3's output
const VGG1_CONV1_CONV1_PARTIALS = 11416064u; // a0, 20480 floats: vgg1_conv1_conv1's weight-gradient partial sums: 128 groups × 160 weights
const VGG2_CONV1_CONV1_PARTIALS = 11436544u; // a0, 120640 floats: vgg2_conv1_conv1's weight-gradient partial sums: 26 groups × 4640 weights
const VGG3_CONV1_CONV1_PARTIALS = 11557184u; // a0, 129472 floats: vgg3_conv1_conv1's weight-gradient partial sums: 7 groups × 18496 weights
const VGG3_CONV2_CONV1_PARTIALS = 11686656u; // a0, 258496 floats: vgg3_conv2_conv1's weight-gradient partial sums: 7 groups × 36928 weights
const DENSE1_PARTIALS = 11945152u; // a0, 147712 floats: dense1's weight-gradient partial sums: 1 group × 147712 weights
const DENSE2_PARTIALS = 12092864u; // a0, 65792 floats: dense2's weight-gradient partial sums: 1 group × 65792 weights
const DENSE3_PARTIALS = 12158656u; // a0, 2570 floats: dense3's weight-gradient partial sums: 1 group × 2570 weights

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
  if (i >= 61578u) { return; }
  let zero = step.n >> 31u; // 0 (no batch holds 2^31 examples), read at run time so loops from it stay loops
  // vgg1_conv1_conv1/kernel: 4 filters × 3 taps of a kernel row × one input channel; 128 groups of 1 example × 12 threads
  if (i < 1536u) {
    const PER_GROUP = 12;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 16;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 4;
    const FILTER_BLOCK = 4;
    const WEIGHTS = 160;
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
            let d0 = a0[VGG1_CONV1_CONV1_DZ + di];
            let d1 = a0[VGG1_CONV1_CONV1_DZ + di + 1];
            let d2 = a0[VGG1_CONV1_CONV1_DZ + di + 2];
            let d3 = a0[VGG1_CONV1_CONV1_DZ + di + 3];
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
    a0[VGG1_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0;
    a0[VGG1_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 16] = acc0_1;
    a0[VGG1_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 32] = acc0_2;
    a0[VGG1_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0;
    a0[VGG1_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 17] = acc1_1;
    a0[VGG1_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 33] = acc1_2;
    a0[VGG1_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0;
    a0[VGG1_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 18] = acc2_1;
    a0[VGG1_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 34] = acc2_2;
    a0[VGG1_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0;
    a0[VGG1_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 19] = acc3_1;
    a0[VGG1_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 35] = acc3_2;
    return;
  }
  // vgg1_conv1_conv1/bias: one filter; 128 groups of 1 example × 16 threads
  if (i >= 1536u && i < 3584u) {
    const PER_GROUP = 16;
    const EXAMPLES = 1;
    const OUT_C = 16;
    const KERNEL_WEIGHTS = 144;
    const WEIGHTS = 160;
    const OUT_POSITIONS = 784;
    let local = i - 1536u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a0[VGG1_CONV1_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a0[VGG1_CONV1_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // vgg2_conv1_conv1/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 26 groups of 5 examples × 384 threads
  if (i >= 3584u && i < 13568u) {
    const PER_GROUP = 384;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 16;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 16;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 4640;
    let local = i - 3584u;
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
          var x0_0 = select(0.0, a0[VGG1_POOL1_Z + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[VGG1_POOL1_Z + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[VGG1_POOL1_Z + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[VGG1_POOL1_Z + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a0[VGG2_CONV1_CONV1_DZ + di];
            let d1 = a0[VGG2_CONV1_CONV1_DZ + di + 1];
            let x0_2 = select(0.0, a0[VGG1_POOL1_Z + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[VGG1_POOL1_Z + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a0[VGG2_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a0[VGG2_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 512] = acc0_0_1;
    a0[VGG2_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 1024] = acc0_0_2;
    a0[VGG2_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a0[VGG2_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 544] = acc0_1_1;
    a0[VGG2_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 1056] = acc0_1_2;
    a0[VGG2_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a0[VGG2_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 513] = acc1_0_1;
    a0[VGG2_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 1025] = acc1_0_2;
    a0[VGG2_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a0[VGG2_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 545] = acc1_1_1;
    a0[VGG2_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 1057] = acc1_1_2;
    return;
  }
  // vgg2_conv1_conv1/bias: one filter; 26 groups of 5 examples × 32 threads
  if (i >= 13568u && i < 14400u) {
    const PER_GROUP = 32;
    const EXAMPLES = 5;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 4608;
    const WEIGHTS = 4640;
    const OUT_POSITIONS = 196;
    let local = i - 13568u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a0[VGG2_CONV1_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a0[VGG2_CONV1_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // vgg3_conv1_conv1/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 7 groups of 20 examples × 1536 threads
  if (i >= 14400u && i < 25152u) {
    const PER_GROUP = 1536;
    const EXAMPLES = 20;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 32;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 32;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 16;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 18496;
    let local = i - 14400u;
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
          var x0_0 = select(0.0, a0[VGG2_POOL1_Z + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[VGG2_POOL1_Z + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[VGG2_POOL1_Z + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[VGG2_POOL1_Z + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a0[VGG3_CONV1_CONV1_DZ + di];
            let d1 = a0[VGG3_CONV1_CONV1_DZ + di + 1];
            let x0_2 = select(0.0, a0[VGG2_POOL1_Z + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[VGG2_POOL1_Z + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a0[VGG3_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a0[VGG3_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 2048] = acc0_0_1;
    a0[VGG3_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 4096] = acc0_0_2;
    a0[VGG3_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a0[VGG3_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 2112] = acc0_1_1;
    a0[VGG3_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 4160] = acc0_1_2;
    a0[VGG3_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a0[VGG3_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 2049] = acc1_0_1;
    a0[VGG3_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 4097] = acc1_0_2;
    a0[VGG3_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a0[VGG3_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 2113] = acc1_1_1;
    a0[VGG3_CONV1_CONV1_PARTIALS + group * WEIGHTS + wi + 4161] = acc1_1_2;
    return;
  }
  // vgg3_conv1_conv1/bias: one filter; 7 groups of 20 examples × 64 threads
  if (i >= 25152u && i < 25600u) {
    const PER_GROUP = 64;
    const EXAMPLES = 20;
    const OUT_C = 64;
    const KERNEL_WEIGHTS = 18432;
    const WEIGHTS = 18496;
    const OUT_POSITIONS = 49;
    let local = i - 25152u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a0[VGG3_CONV1_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a0[VGG3_CONV1_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // vgg3_conv2_conv1/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 7 groups of 20 examples × 3072 threads
  if (i >= 25600u && i < 47104u) {
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
    let local = i - 25600u;
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
          var x0_0 = select(0.0, a0[VGG3_CONV1_CONV1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[VGG3_CONV1_CONV1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[VGG3_CONV1_CONV1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[VGG3_CONV1_CONV1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a0[VGG3_CONV2_CONV1_DZ + di];
            let d1 = a0[VGG3_CONV2_CONV1_DZ + di + 1];
            let x0_2 = select(0.0, a0[VGG3_CONV1_CONV1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[VGG3_CONV1_CONV1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a0[VGG3_CONV2_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a0[VGG3_CONV2_CONV1_PARTIALS + group * WEIGHTS + wi + 4096] = acc0_0_1;
    a0[VGG3_CONV2_CONV1_PARTIALS + group * WEIGHTS + wi + 8192] = acc0_0_2;
    a0[VGG3_CONV2_CONV1_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a0[VGG3_CONV2_CONV1_PARTIALS + group * WEIGHTS + wi + 4160] = acc0_1_1;
    a0[VGG3_CONV2_CONV1_PARTIALS + group * WEIGHTS + wi + 8256] = acc0_1_2;
    a0[VGG3_CONV2_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a0[VGG3_CONV2_CONV1_PARTIALS + group * WEIGHTS + wi + 4097] = acc1_0_1;
    a0[VGG3_CONV2_CONV1_PARTIALS + group * WEIGHTS + wi + 8193] = acc1_0_2;
    a0[VGG3_CONV2_CONV1_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a0[VGG3_CONV2_CONV1_PARTIALS + group * WEIGHTS + wi + 4161] = acc1_1_1;
    a0[VGG3_CONV2_CONV1_PARTIALS + group * WEIGHTS + wi + 8257] = acc1_1_2;
    return;
  }
  // vgg3_conv2_conv1/bias: one filter; 7 groups of 20 examples × 64 threads
  if (i >= 47104u && i < 47552u) {
    const PER_GROUP = 64;
    const EXAMPLES = 20;
    const OUT_C = 64;
    const KERNEL_WEIGHTS = 36864;
    const WEIGHTS = 36928;
    const OUT_POSITIONS = 49;
    let local = i - 47104u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a0[VGG3_CONV2_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a0[VGG3_CONV2_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dense1/kernel: 8 input units' weights to 2 output units; 1 group of 128 examples × 9216 threads
  if (i >= 47552u && i < 56768u) {
    const IN_UNITS = 576;
    const OUT_UNITS = 256;
    const BLOCK = 8;
    const UNIT_BLOCK = 2;
    const UNIT_BLOCKS = 128;
    const WEIGHTS = 147712;
    let local = i - 47552u;
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
      let x0 = a0[VGG3_POOL1_Z + b * IN_UNITS + k];
      let x1 = a0[VGG3_POOL1_Z + b * IN_UNITS + k + 1];
      let x2 = a0[VGG3_POOL1_Z + b * IN_UNITS + k + 2];
      let x3 = a0[VGG3_POOL1_Z + b * IN_UNITS + k + 3];
      let x4 = a0[VGG3_POOL1_Z + b * IN_UNITS + k + 4];
      let x5 = a0[VGG3_POOL1_Z + b * IN_UNITS + k + 5];
      let x6 = a0[VGG3_POOL1_Z + b * IN_UNITS + k + 6];
      let x7 = a0[VGG3_POOL1_Z + b * IN_UNITS + k + 7];
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
  // dense1/bias: one unit; 1 group of 128 examples × 256 threads
  if (i >= 56768u && i < 57024u) {
    const OUT_UNITS = 256;
    const KERNEL_WEIGHTS = 147456;
    const WEIGHTS = 147712;
    let local = i - 56768u;
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
  // dense2/kernel: 8 input units' weights to 2 output units; 1 group of 128 examples × 4096 threads
  if (i >= 57024u && i < 61120u) {
    const IN_UNITS = 256;
    const OUT_UNITS = 256;
    const BLOCK = 8;
    const UNIT_BLOCK = 2;
    const UNIT_BLOCKS = 128;
    const WEIGHTS = 65792;
    let local = i - 57024u;
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
      let x0 = a0[DROPOUT1_Z + b * IN_UNITS + k];
      let x1 = a0[DROPOUT1_Z + b * IN_UNITS + k + 1];
      let x2 = a0[DROPOUT1_Z + b * IN_UNITS + k + 2];
      let x3 = a0[DROPOUT1_Z + b * IN_UNITS + k + 3];
      let x4 = a0[DROPOUT1_Z + b * IN_UNITS + k + 4];
      let x5 = a0[DROPOUT1_Z + b * IN_UNITS + k + 5];
      let x6 = a0[DROPOUT1_Z + b * IN_UNITS + k + 6];
      let x7 = a0[DROPOUT1_Z + b * IN_UNITS + k + 7];
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
  // dense2/bias: one unit; 1 group of 128 examples × 256 threads
  if (i >= 61120u && i < 61376u) {
    const OUT_UNITS = 256;
    const KERNEL_WEIGHTS = 65536;
    const WEIGHTS = 65792;
    let local = i - 61120u;
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
  // dense3/kernel: 8 input units' weights to 2 output units; 1 group of 128 examples × 160 threads
  if (i >= 61376u && i < 61536u) {
    const IN_UNITS = 256;
    const OUT_UNITS = 10;
    const BLOCK = 8;
    const UNIT_BLOCK = 2;
    const UNIT_BLOCKS = 5;
    const WEIGHTS = 2570;
    let local = i - 61376u;
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
      let d0 = a0[DENSE3_DZ + b * OUT_UNITS + o];
      let d1 = a0[DENSE3_DZ + b * OUT_UNITS + o + 1];
      let x0 = a0[DROPOUT2_Z + b * IN_UNITS + k];
      let x1 = a0[DROPOUT2_Z + b * IN_UNITS + k + 1];
      let x2 = a0[DROPOUT2_Z + b * IN_UNITS + k + 2];
      let x3 = a0[DROPOUT2_Z + b * IN_UNITS + k + 3];
      let x4 = a0[DROPOUT2_Z + b * IN_UNITS + k + 4];
      let x5 = a0[DROPOUT2_Z + b * IN_UNITS + k + 5];
      let x6 = a0[DROPOUT2_Z + b * IN_UNITS + k + 6];
      let x7 = a0[DROPOUT2_Z + b * IN_UNITS + k + 7];
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
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 6) * OUT_UNITS + o] = acc6_0;
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 6) * OUT_UNITS + o + 1] = acc6_1;
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 7) * OUT_UNITS + o] = acc7_0;
    a0[DENSE3_PARTIALS + group * WEIGHTS + (k + 7) * OUT_UNITS + o + 1] = acc7_1;
    return;
  }
  // dense3/bias: one unit; 1 group of 128 examples × 10 threads
  if (i >= 61568u && i < 61578u) {
    const OUT_UNITS = 10;
    const KERNEL_WEIGHTS = 2560;
    const WEIGHTS = 2570;
    let local = i - 61568u;
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
// one thread per index below 25024, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const VGG1_CONV1_CONV1_PARTIALS = 11416064u; // a0, 20480 floats: vgg1_conv1_conv1's weight-gradient partial sums: 128 groups × 160 weights
const VGG2_CONV1_CONV1_PARTIALS = 11436544u; // a0, 120640 floats: vgg2_conv1_conv1's weight-gradient partial sums: 26 groups × 4640 weights

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
  if (i >= 25024u) { return; }
  // vgg1_conv1_conv1: 128 groups in 11 runs of 12, 160 weights each
  if (i < 1760u) {
    const WEIGHTS = 160;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a0[VGG1_CONV1_CONV1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a0[VGG1_CONV1_CONV1_PARTIALS + g * WEIGHTS + j];
    }
    a0[VGG1_CONV1_CONV1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // vgg2_conv1_conv1: 26 groups in 5 runs of 6, 4640 weights each
  if (i >= 1792u && i < 24992u) {
    const WEIGHTS = 4640;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 1792u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a0[VGG2_CONV1_CONV1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a0[VGG2_CONV1_CONV1_PARTIALS + g * WEIGHTS + j];
    }
    a0[VGG2_CONV1_CONV1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel update
// momentum: each trainable float p's gradient (its layer's partial sums added in order), then its new value and state; the last workgroup sums the batch's metrics
// 4319 workgroups of 64 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const VGG1_CONV1_CONV1_PARTIALS = 11416064u; // a0, 20480 floats: vgg1_conv1_conv1's weight-gradient partial sums: 128 groups × 160 weights
const VGG2_CONV1_CONV1_PARTIALS = 11436544u; // a0, 120640 floats: vgg2_conv1_conv1's weight-gradient partial sums: 26 groups × 4640 weights
const VGG3_CONV1_CONV1_PARTIALS = 11557184u; // a0, 129472 floats: vgg3_conv1_conv1's weight-gradient partial sums: 7 groups × 18496 weights
const VGG3_CONV2_CONV1_PARTIALS = 11686656u; // a0, 258496 floats: vgg3_conv2_conv1's weight-gradient partial sums: 7 groups × 36928 weights
const DENSE1_PARTIALS = 11945152u; // a0, 147712 floats: dense1's weight-gradient partial sums: 1 group × 147712 weights
const DENSE2_PARTIALS = 12092864u; // a0, 65792 floats: dense2's weight-gradient partial sums: 1 group × 65792 weights
const DENSE3_PARTIALS = 12158656u; // a0, 2570 floats: dense3's weight-gradient partial sums: 1 group × 2570 weights
const GRADIENT = 12161280u; // a0, 276298 floats: every trainable float's gradient, as the update used it
const VGG1_CONV1_CONV1_KERNEL = 0u; // params: vgg1_conv1_conv1/kernel [3, 3, 1, 16]
const VGG1_CONV1_CONV1_BIAS = 144u; // params: vgg1_conv1_conv1/bias [16]
const VGG2_CONV1_CONV1_KERNEL = 160u; // params: vgg2_conv1_conv1/kernel [3, 3, 16, 32]
const VGG2_CONV1_CONV1_BIAS = 4768u; // params: vgg2_conv1_conv1/bias [32]
const VGG3_CONV1_CONV1_KERNEL = 4800u; // params: vgg3_conv1_conv1/kernel [3, 3, 32, 64]
const VGG3_CONV1_CONV1_BIAS = 23232u; // params: vgg3_conv1_conv1/bias [64]
const VGG3_CONV2_CONV1_KERNEL = 23296u; // params: vgg3_conv2_conv1/kernel [3, 3, 64, 64]
const VGG3_CONV2_CONV1_BIAS = 60160u; // params: vgg3_conv2_conv1/bias [64]
const DENSE1_KERNEL = 60224u; // params: dense1/kernel [576, 256]
const DENSE1_BIAS = 207680u; // params: dense1/bias [256]
const DENSE2_KERNEL = 207936u; // params: dense2/kernel [256, 256]
const DENSE2_BIAS = 273472u; // params: dense2/bias [256]
const DENSE3_KERNEL = 273728u; // params: dense3/kernel [256, 10]
const DENSE3_BIAS = 276288u; // params: dense3/bias [10]

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
  if (g >= 4319u) { return; }
  if (g == 4318u) {
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
  // vgg1_conv1_conv1/kernel [3, 3, 1, 16]: trainable floats 0–143
  if (p < 144u) {
    let j = p;
    let wi = VGG1_CONV1_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a0[VGG1_CONV1_CONV1_PARTIALS + k * 160u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // vgg1_conv1_conv1/bias [16]: trainable floats 144–159
  if (p < 160u) {
    let j = p - 144u;
    let wi = VGG1_CONV1_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a0[VGG1_CONV1_CONV1_PARTIALS + k * 160u + 144u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // vgg2_conv1_conv1/kernel [3, 3, 16, 32]: trainable floats 160–4767
  if (p < 4768u) {
    let j = p - 160u;
    let wi = VGG2_CONV1_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a0[VGG2_CONV1_CONV1_PARTIALS + k * 4640u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // vgg2_conv1_conv1/bias [32]: trainable floats 4768–4799
  if (p < 4800u) {
    let j = p - 4768u;
    let wi = VGG2_CONV1_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a0[VGG2_CONV1_CONV1_PARTIALS + k * 4640u + 4608u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // vgg3_conv1_conv1/kernel [3, 3, 32, 64]: trainable floats 4800–23231
  if (p < 23232u) {
    let j = p - 4800u;
    let wi = VGG3_CONV1_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a0[VGG3_CONV1_CONV1_PARTIALS + k * 18496u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // vgg3_conv1_conv1/bias [64]: trainable floats 23232–23295
  if (p < 23296u) {
    let j = p - 23232u;
    let wi = VGG3_CONV1_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a0[VGG3_CONV1_CONV1_PARTIALS + k * 18496u + 18432u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // vgg3_conv2_conv1/kernel [3, 3, 64, 64]: trainable floats 23296–60159
  if (p < 60160u) {
    let j = p - 23296u;
    let wi = VGG3_CONV2_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a0[VGG3_CONV2_CONV1_PARTIALS + k * 36928u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // vgg3_conv2_conv1/bias [64]: trainable floats 60160–60223
  if (p < 60224u) {
    let j = p - 60160u;
    let wi = VGG3_CONV2_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a0[VGG3_CONV2_CONV1_PARTIALS + k * 36928u + 36864u + j]; }
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense1/kernel [576, 256]: trainable floats 60224–207679
  if (p < 207680u) {
    let j = p - 60224u;
    let wi = DENSE1_KERNEL + j;
    let w = params[wi];
    var grad = a0[DENSE1_PARTIALS + j];
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense1/bias [256]: trainable floats 207680–207935
  if (p < 207936u) {
    let j = p - 207680u;
    let wi = DENSE1_BIAS + j;
    let w = params[wi];
    var grad = a0[DENSE1_PARTIALS + 147456u + j];
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense2/kernel [256, 256]: trainable floats 207936–273471
  if (p < 273472u) {
    let j = p - 207936u;
    let wi = DENSE2_KERNEL + j;
    let w = params[wi];
    var grad = a0[DENSE2_PARTIALS + j];
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense2/bias [256]: trainable floats 273472–273727
  if (p < 273728u) {
    let j = p - 273472u;
    let wi = DENSE2_BIAS + j;
    let w = params[wi];
    var grad = a0[DENSE2_PARTIALS + 65536u + j];
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense3/kernel [256, 10]: trainable floats 273728–276287
  if (p < 276288u) {
    let j = p - 273728u;
    let wi = DENSE3_KERNEL + j;
    let w = params[wi];
    var grad = a0[DENSE3_PARTIALS + j];
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense3/bias [10]: trainable floats 276288–276297
  if (p < 276298u) {
    let j = p - 276288u;
    let wi = DENSE3_BIAS + j;
    let w = params[wi];
    var grad = a0[DENSE3_PARTIALS + 2560u + j];
    a0[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel evaluate 1: input, vgg1_conv1_conv1.forward, vgg1_pool1.forward, vgg2_conv1_conv1.forward, vgg2_pool1.forward, vgg3_conv1_conv1.forward, vgg3_conv2_conv1.forward, vgg3_pool1.forward, dense1.forward, dropout1.evaluate, dense2.forward, dropout2.evaluate, dense3.forward, loss.evaluate
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const VGG1_CONV1_CONV1_Z = 100352u; // a0, 12544 floats per example: vgg1_conv1_conv1's output before its relu
const VGG1_CONV1_CONV1_Y = 1705984u; // a0, 12544 floats per example: vgg1_conv1_conv1's output: relu(z)
const VGG1_POOL1_Z = 3311616u; // a0, 3136 floats per example: vgg1_pool1's output
const VGG2_CONV1_CONV1_Z = 3713024u; // a0, 6272 floats per example: vgg2_conv1_conv1's output before its relu
const VGG2_CONV1_CONV1_Y = 4515840u; // a0, 6272 floats per example: vgg2_conv1_conv1's output: relu(z)
const VGG2_POOL1_Z = 5318656u; // a0, 1568 floats per example: vgg2_pool1's output
const VGG3_CONV1_CONV1_Z = 5519360u; // a0, 3136 floats per example: vgg3_conv1_conv1's output before its relu
const VGG3_CONV1_CONV1_Y = 5920768u; // a0, 3136 floats per example: vgg3_conv1_conv1's output: relu(z)
const VGG3_CONV2_CONV1_Z = 6322176u; // a0, 3136 floats per example: vgg3_conv2_conv1's output before its relu
const VGG3_CONV2_CONV1_Y = 6723584u; // a0, 3136 floats per example: vgg3_conv2_conv1's output: relu(z)
const VGG3_POOL1_Z = 7124992u; // a0, 576 floats per example: vgg3_pool1's output
const DENSE1_Z = 7198720u; // a0, 256 floats per example: dense1's output before its relu
const DENSE1_Y = 7231488u; // a0, 256 floats per example: dense1's output: relu(z)
const DROPOUT1_Z = 7264256u; // a0, 256 floats per example: dropout1's output
const DENSE2_Z = 7297024u; // a0, 256 floats per example: dense2's output before its relu
const DENSE2_Y = 7329792u; // a0, 256 floats per example: dense2's output: relu(z)
const DROPOUT2_Z = 7362560u; // a0, 256 floats per example: dropout2's output
const DENSE3_Z = 7395328u; // a0, 10 floats per example: dense3's output
const VGG1_CONV1_CONV1_KERNEL = 0u; // params: vgg1_conv1_conv1/kernel [3, 3, 1, 16]
const VGG1_CONV1_CONV1_BIAS = 144u; // params: vgg1_conv1_conv1/bias [16]
const VGG2_CONV1_CONV1_KERNEL = 160u; // params: vgg2_conv1_conv1/kernel [3, 3, 16, 32]
const VGG2_CONV1_CONV1_BIAS = 4768u; // params: vgg2_conv1_conv1/bias [32]
const VGG3_CONV1_CONV1_KERNEL = 4800u; // params: vgg3_conv1_conv1/kernel [3, 3, 32, 64]
const VGG3_CONV1_CONV1_BIAS = 23232u; // params: vgg3_conv1_conv1/bias [64]
const VGG3_CONV2_CONV1_KERNEL = 23296u; // params: vgg3_conv2_conv1/kernel [3, 3, 64, 64]
const VGG3_CONV2_CONV1_BIAS = 60160u; // params: vgg3_conv2_conv1/bias [64]
const DENSE1_KERNEL = 60224u; // params: dense1/kernel [576, 256]
const DENSE1_BIAS = 207680u; // params: dense1/bias [256]
const DENSE2_KERNEL = 207936u; // params: dense2/kernel [256, 256]
const DENSE2_BIAS = 273472u; // params: dense2/bias [256]
const DENSE3_KERNEL = 273728u; // params: dense3/kernel [256, 10]
const DENSE3_BIAS = 276288u; // params: dense3/bias [10]

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
  // vgg1_conv1_conv1.forward: z, and y = relu(z), = bias + 3×3 windows of input's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 16;
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
            let wi = VGG1_CONV1_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * OUT_C + co;
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
        let zv = acc0_0.x + params[VGG1_CONV1_CONV1_BIAS + co];
        a0[VGG1_CONV1_CONV1_Z + out0] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[VGG1_CONV1_CONV1_BIAS + co];
        a0[VGG1_CONV1_CONV1_Z + out1] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[VGG1_CONV1_CONV1_BIAS + co + 1];
        a0[VGG1_CONV1_CONV1_Z + out0 + 1] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[VGG1_CONV1_CONV1_BIAS + co + 1];
        a0[VGG1_CONV1_CONV1_Z + out1 + 1] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[VGG1_CONV1_CONV1_BIAS + co + 2];
        a0[VGG1_CONV1_CONV1_Z + out0 + 2] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[VGG1_CONV1_CONV1_BIAS + co + 2];
        a0[VGG1_CONV1_CONV1_Z + out1 + 2] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[VGG1_CONV1_CONV1_BIAS + co + 3];
        a0[VGG1_CONV1_CONV1_Z + out0 + 3] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[VGG1_CONV1_CONV1_BIAS + co + 3];
        a0[VGG1_CONV1_CONV1_Z + out1 + 3] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[VGG1_CONV1_CONV1_BIAS + co + 4];
        a0[VGG1_CONV1_CONV1_Z + out0 + 4] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[VGG1_CONV1_CONV1_BIAS + co + 4];
        a0[VGG1_CONV1_CONV1_Z + out1 + 4] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[VGG1_CONV1_CONV1_BIAS + co + 5];
        a0[VGG1_CONV1_CONV1_Z + out0 + 5] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[VGG1_CONV1_CONV1_BIAS + co + 5];
        a0[VGG1_CONV1_CONV1_Z + out1 + 5] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[VGG1_CONV1_CONV1_BIAS + co + 6];
        a0[VGG1_CONV1_CONV1_Z + out0 + 6] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[VGG1_CONV1_CONV1_BIAS + co + 6];
        a0[VGG1_CONV1_CONV1_Z + out1 + 6] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[VGG1_CONV1_CONV1_BIAS + co + 7];
        a0[VGG1_CONV1_CONV1_Z + out0 + 7] = zv;
        a0[VGG1_CONV1_CONV1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[VGG1_CONV1_CONV1_BIAS + co + 7];
        a0[VGG1_CONV1_CONV1_Z + out1 + 7] = zv;
        a0[VGG1_CONV1_CONV1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // vgg1_pool1.forward: max pooling over 2×2 windows of vgg1_conv1_conv1's output; an item per output element
  {
    const ITEMS = 3136;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_W = 14;
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
          let v = a0[VGG1_CONV1_CONV1_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[VGG1_POOL1_Z + b * 3136 + e] = acc;
    }
  }
  storageBarrier();
  // vgg2_conv1_conv1.forward: z, and y = relu(z), = bias + 3×3 windows of vgg1_pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 16;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
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
            var wi = VGG2_CONV1_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[VGG1_POOL1_Z + xi0 + ci], in0);
              let x1 = select(0.0, a0[VGG1_POOL1_Z + xi1 + ci], in1);
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
        let zv = acc0_0.x + params[VGG2_CONV1_CONV1_BIAS + co];
        a0[VGG2_CONV1_CONV1_Z + out0] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[VGG2_CONV1_CONV1_BIAS + co];
        a0[VGG2_CONV1_CONV1_Z + out1] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[VGG2_CONV1_CONV1_BIAS + co + 1];
        a0[VGG2_CONV1_CONV1_Z + out0 + 1] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[VGG2_CONV1_CONV1_BIAS + co + 1];
        a0[VGG2_CONV1_CONV1_Z + out1 + 1] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[VGG2_CONV1_CONV1_BIAS + co + 2];
        a0[VGG2_CONV1_CONV1_Z + out0 + 2] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[VGG2_CONV1_CONV1_BIAS + co + 2];
        a0[VGG2_CONV1_CONV1_Z + out1 + 2] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[VGG2_CONV1_CONV1_BIAS + co + 3];
        a0[VGG2_CONV1_CONV1_Z + out0 + 3] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[VGG2_CONV1_CONV1_BIAS + co + 3];
        a0[VGG2_CONV1_CONV1_Z + out1 + 3] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[VGG2_CONV1_CONV1_BIAS + co + 4];
        a0[VGG2_CONV1_CONV1_Z + out0 + 4] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[VGG2_CONV1_CONV1_BIAS + co + 4];
        a0[VGG2_CONV1_CONV1_Z + out1 + 4] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[VGG2_CONV1_CONV1_BIAS + co + 5];
        a0[VGG2_CONV1_CONV1_Z + out0 + 5] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[VGG2_CONV1_CONV1_BIAS + co + 5];
        a0[VGG2_CONV1_CONV1_Z + out1 + 5] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[VGG2_CONV1_CONV1_BIAS + co + 6];
        a0[VGG2_CONV1_CONV1_Z + out0 + 6] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[VGG2_CONV1_CONV1_BIAS + co + 6];
        a0[VGG2_CONV1_CONV1_Z + out1 + 6] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[VGG2_CONV1_CONV1_BIAS + co + 7];
        a0[VGG2_CONV1_CONV1_Z + out0 + 7] = zv;
        a0[VGG2_CONV1_CONV1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[VGG2_CONV1_CONV1_BIAS + co + 7];
        a0[VGG2_CONV1_CONV1_Z + out1 + 7] = zv;
        a0[VGG2_CONV1_CONV1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // vgg2_pool1.forward: max pooling over 2×2 windows of vgg2_conv1_conv1's output; an item per output element
  {
    const ITEMS = 1568;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_W = 7;
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
          let v = a0[VGG2_CONV1_CONV1_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[VGG2_POOL1_Z + b * 1568 + e] = acc;
    }
  }
  storageBarrier();
  // vgg3_conv1_conv1.forward: z, and y = relu(z), = bias + 3×3 windows of vgg2_pool1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 32;
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
            var wi = VGG3_CONV1_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[VGG2_POOL1_Z + xi0 + ci], in0);
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
        let zv = acc0_0.x + params[VGG3_CONV1_CONV1_BIAS + co];
        a0[VGG3_CONV1_CONV1_Z + out0] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[VGG3_CONV1_CONV1_BIAS + co + 1];
        a0[VGG3_CONV1_CONV1_Z + out0 + 1] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[VGG3_CONV1_CONV1_BIAS + co + 2];
        a0[VGG3_CONV1_CONV1_Z + out0 + 2] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[VGG3_CONV1_CONV1_BIAS + co + 3];
        a0[VGG3_CONV1_CONV1_Z + out0 + 3] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[VGG3_CONV1_CONV1_BIAS + co + 4];
        a0[VGG3_CONV1_CONV1_Z + out0 + 4] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[VGG3_CONV1_CONV1_BIAS + co + 5];
        a0[VGG3_CONV1_CONV1_Z + out0 + 5] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[VGG3_CONV1_CONV1_BIAS + co + 6];
        a0[VGG3_CONV1_CONV1_Z + out0 + 6] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[VGG3_CONV1_CONV1_BIAS + co + 7];
        a0[VGG3_CONV1_CONV1_Z + out0 + 7] = zv;
        a0[VGG3_CONV1_CONV1_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // vgg3_conv2_conv1.forward: z, and y = relu(z), = bias + 3×3 windows of vgg3_conv1_conv1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
            var wi = VGG3_CONV2_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[VGG3_CONV1_CONV1_Y + xi0 + ci], in0);
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
        let zv = acc0_0.x + params[VGG3_CONV2_CONV1_BIAS + co];
        a0[VGG3_CONV2_CONV1_Z + out0] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[VGG3_CONV2_CONV1_BIAS + co + 1];
        a0[VGG3_CONV2_CONV1_Z + out0 + 1] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[VGG3_CONV2_CONV1_BIAS + co + 2];
        a0[VGG3_CONV2_CONV1_Z + out0 + 2] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[VGG3_CONV2_CONV1_BIAS + co + 3];
        a0[VGG3_CONV2_CONV1_Z + out0 + 3] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[VGG3_CONV2_CONV1_BIAS + co + 4];
        a0[VGG3_CONV2_CONV1_Z + out0 + 4] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[VGG3_CONV2_CONV1_BIAS + co + 5];
        a0[VGG3_CONV2_CONV1_Z + out0 + 5] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[VGG3_CONV2_CONV1_BIAS + co + 6];
        a0[VGG3_CONV2_CONV1_Z + out0 + 6] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[VGG3_CONV2_CONV1_BIAS + co + 7];
        a0[VGG3_CONV2_CONV1_Z + out0 + 7] = zv;
        a0[VGG3_CONV2_CONV1_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // vgg3_pool1.forward: max pooling over 2×2 windows of vgg3_conv2_conv1's output; an item per output element
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
          let v = a0[VGG3_CONV2_CONV1_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[VGG3_POOL1_Z + b * 576 + e] = acc;
    }
  }
  storageBarrier();
  // dense1.forward: z, and y = relu(z), = vgg3_pool1's output · kernel + bias; an item per 8 units, their weights read four at a time
  {
    const ITEMS = 32;
    const IN_UNITS = 576;
    const OUT_UNITS = 256;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = vec4<f32>();
      var acc1 = vec4<f32>();
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[VGG3_POOL1_Z + b * IN_UNITS + k];
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
  // dropout1.evaluate: dense1's output, as it is; an item per element
  {
    const ITEMS = 256;
    if (t < ITEMS) {
      let e = t;
      let i = b * 256 + e;
      a0[DROPOUT1_Z + i] = a0[DENSE1_Y + i];
    }
  }
  storageBarrier();
  // dense2.forward: z, and y = relu(z), = dropout1's output · kernel + bias; an item per 8 units, their weights read four at a time
  {
    const ITEMS = 32;
    const IN_UNITS = 256;
    const OUT_UNITS = 256;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = vec4<f32>();
      var acc1 = vec4<f32>();
      var wi = DENSE2_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[DROPOUT1_Z + b * IN_UNITS + k];
        acc0 = acc0 + xv * params4[wi / 4u];
        acc1 = acc1 + xv * params4[wi / 4u + 1];
        wi = wi + OUT_UNITS;
      }
      {
        let zv = acc0.x + params[DENSE2_BIAS + o];
        a0[DENSE2_Z + b * OUT_UNITS + o] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o] = act_relu(zv);
      }
      {
        let zv = acc0.y + params[DENSE2_BIAS + o + 1];
        a0[DENSE2_Z + b * OUT_UNITS + o + 1] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 1] = act_relu(zv);
      }
      {
        let zv = acc0.z + params[DENSE2_BIAS + o + 2];
        a0[DENSE2_Z + b * OUT_UNITS + o + 2] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 2] = act_relu(zv);
      }
      {
        let zv = acc0.w + params[DENSE2_BIAS + o + 3];
        a0[DENSE2_Z + b * OUT_UNITS + o + 3] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 3] = act_relu(zv);
      }
      {
        let zv = acc1.x + params[DENSE2_BIAS + o + 4];
        a0[DENSE2_Z + b * OUT_UNITS + o + 4] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 4] = act_relu(zv);
      }
      {
        let zv = acc1.y + params[DENSE2_BIAS + o + 5];
        a0[DENSE2_Z + b * OUT_UNITS + o + 5] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 5] = act_relu(zv);
      }
      {
        let zv = acc1.z + params[DENSE2_BIAS + o + 6];
        a0[DENSE2_Z + b * OUT_UNITS + o + 6] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 6] = act_relu(zv);
      }
      {
        let zv = acc1.w + params[DENSE2_BIAS + o + 7];
        a0[DENSE2_Z + b * OUT_UNITS + o + 7] = zv;
        a0[DENSE2_Y + b * OUT_UNITS + o + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // dropout2.evaluate: dense2's output, as it is; an item per element
  {
    const ITEMS = 256;
    if (t < ITEMS) {
      let e = t;
      let i = b * 256 + e;
      a0[DROPOUT2_Z + i] = a0[DENSE2_Y + i];
    }
  }
  storageBarrier();
  // dense3.forward: z = dropout2's output · kernel + bias; an item per 2 units
  {
    const ITEMS = 5;
    const IN_UNITS = 256;
    const OUT_UNITS = 10;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var wi = DENSE3_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[DROPOUT2_Z + b * IN_UNITS + k];
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
