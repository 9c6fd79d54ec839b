// lenetc training program for resnet-small
// a stem, two residual blocks (32 and 64 channels, batch norm, identity and 1×1 stride-2 shortcuts), max pooling, dense 10; under 100k parameters
//
// Compiled for batch 128, 10 classes, storage bindings of at most 128.0 MiB (WebGPU's default maxStorageBufferBindingSize, which every adapter allows).
// A device with other limits lays it out again: `train --backend webgpu` compiles for its adapter.
//
// Buffers:
//   a0 (arena0): 33492224 floats (127.8 MiB)
//   a1 (arena1): 1483306 floats (5.7 MiB)
//   params: 82986 floats (every weight and moving statistic); state: 1 × 82410 floats (momentum)
//
// Tensors (offsets in floats; per-example tensors repeat for each example of the batch):
//   INPUT_Y                  a0 @ 0         784 per example: the batch's images, scaled to [0, 1] and augmented
//   STEM_Z                   a0 @ 100352    25088 per example: stem's output
//   BATCHNORM1_Z             a0 @ 3311616   25088 per example: batchnorm1's output
//   ACTIVATION1_Y            a0 @ 6522880   25088 per example: activation1's output: relu(batchnorm1's)
//   POOL1_Z                  a0 @ 9734144   6272 per example: pool1's output
//   BLOCK1_C1_Z              a0 @ 10536960  6272 per example: block1_c1's output
//   BLOCK1_BATCHNORM1_Z      a0 @ 11339776  6272 per example: block1_batchnorm1's output
//   BLOCK1_ACTIVATION1_Y     a0 @ 12142592  6272 per example: block1_activation1's output: relu(block1_batchnorm1's)
//   BLOCK1_C2_Z              a0 @ 12945408  6272 per example: block1_c2's output
//   BLOCK1_BN_Z              a0 @ 13748224  6272 per example: block1_bn's output
//   BLOCK1_ADD1_Z            a0 @ 14551040  6272 per example: block1_add1's output before its relu
//   BLOCK1_ADD1_Y            a0 @ 15353856  6272 per example: block1_add1's output: relu(z)
//   BLOCK2_C1_Z              a0 @ 16156672  3136 per example: block2_c1's output
//   BLOCK2_BATCHNORM1_Z      a0 @ 16558080  3136 per example: block2_batchnorm1's output
//   BLOCK2_ACTIVATION1_Y     a0 @ 16959488  3136 per example: block2_activation1's output: relu(block2_batchnorm1's)
//   BLOCK2_C2_Z              a0 @ 17360896  3136 per example: block2_c2's output
//   BLOCK2_BN_Z              a0 @ 17762304  3136 per example: block2_bn's output
//   BLOCK2_SHORTCUT_Z        a0 @ 18163712  3136 per example: block2_shortcut's output
//   BLOCK2_SHORTCUT_BN_Z     a0 @ 18565120  3136 per example: block2_shortcut_bn's output
//   BLOCK2_ADD1_Z            a0 @ 18966528  3136 per example: block2_add1's output before its relu
//   BLOCK2_ADD1_Y            a0 @ 19367936  3136 per example: block2_add1's output: relu(z)
//   POOL2_Z                  a0 @ 19769344  576 per example: pool2's output
//   DENSE1_Z                 a0 @ 19843072  10 per example: dense1's output
//   STEM_DZ                  a0 @ 19844352  25088 per example: the loss's gradient with respect to stem's output
//   BATCHNORM1_DZ            a0 @ 23055616  25088 per example: the loss's gradient with respect to batchnorm1's output
//   POOL1_DZ                 a0 @ 26266880  6272 per example: the loss's gradient with respect to pool1's output
//   BLOCK1_C1_DZ             a0 @ 27069696  6272 per example: the loss's gradient with respect to block1_c1's output
//   BLOCK1_BATCHNORM1_DZ     a0 @ 27872512  6272 per example: the loss's gradient with respect to block1_batchnorm1's output
//   BLOCK1_C2_DZ             a0 @ 28675328  6272 per example: the loss's gradient with respect to block1_c2's output
//   BLOCK1_BN_DZ             a0 @ 29478144  6272 per example: the loss's gradient with respect to block1_bn's output
//   BLOCK1_ADD1_DZ           a0 @ 30280960  6272 per example: the loss's gradient with respect to block1_add1's output before its relu
//   BLOCK2_C1_DZ             a0 @ 31083776  3136 per example: the loss's gradient with respect to block2_c1's output
//   BLOCK2_BATCHNORM1_DZ     a0 @ 31485184  3136 per example: the loss's gradient with respect to block2_batchnorm1's output
//   BLOCK2_C2_DZ             a0 @ 31886592  3136 per example: the loss's gradient with respect to block2_c2's output
//   BLOCK2_BN_DZ             a0 @ 32288000  3136 per example: the loss's gradient with respect to block2_bn's output
//   BLOCK2_SHORTCUT_DZ       a0 @ 32689408  3136 per example: the loss's gradient with respect to block2_shortcut's output
//   BLOCK2_SHORTCUT_BN_DZ    a0 @ 33090816  3136 per example: the loss's gradient with respect to block2_shortcut_bn's output
//   BLOCK2_ADD1_DZ           a1 @ 0         3136 per example: the loss's gradient with respect to block2_add1's output before its relu
//   POOL2_DZ                 a1 @ 401408    576 per example: the loss's gradient with respect to pool2's output
//   DENSE1_DZ                a1 @ 475136    10 per example: the loss's gradient with respect to dense1's output
//   STEM_PARTIALS            a1 @ 476416    36864 floats: stem's weight-gradient partial sums: 128 groups × 288 weights
//   BATCHNORM1_STATS         a1 @ 513280    64 floats: batchnorm1's batch mean, then variance, per channel
//   BATCHNORM1_SUMS          a1 @ 513344    64 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   BLOCK1_C1_PARTIALS       a1 @ 513408    239616 floats: block1_c1's weight-gradient partial sums: 26 groups × 9216 weights
//   BLOCK1_BATCHNORM1_STATS  a1 @ 753024    64 floats: block1_batchnorm1's batch mean, then variance, per channel
//   BLOCK1_BATCHNORM1_SUMS   a1 @ 753088    64 floats: block1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   BLOCK1_C2_PARTIALS       a1 @ 753152    239616 floats: block1_c2's weight-gradient partial sums: 26 groups × 9216 weights
//   BLOCK1_BN_STATS          a1 @ 992768    64 floats: block1_bn's batch mean, then variance, per channel
//   BLOCK1_BN_SUMS           a1 @ 992832    64 floats: block1_bn's Σ dz·x̂, then Σ dz, per channel
//   BLOCK2_C1_PARTIALS       a1 @ 992896    129024 floats: block2_c1's weight-gradient partial sums: 7 groups × 18432 weights
//   BLOCK2_BATCHNORM1_STATS  a1 @ 1121920   128 floats: block2_batchnorm1's batch mean, then variance, per channel
//   BLOCK2_BATCHNORM1_SUMS   a1 @ 1122048   128 floats: block2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   BLOCK2_C2_PARTIALS       a1 @ 1122176   258048 floats: block2_c2's weight-gradient partial sums: 7 groups × 36864 weights
//   BLOCK2_BN_STATS          a1 @ 1380224   128 floats: block2_bn's batch mean, then variance, per channel
//   BLOCK2_BN_SUMS           a1 @ 1380352   128 floats: block2_bn's Σ dz·x̂, then Σ dz, per channel
//   BLOCK2_SHORTCUT_PARTIALS a1 @ 1380480   14336 floats: block2_shortcut's weight-gradient partial sums: 7 groups × 2048 weights
//   BLOCK2_SHORTCUT_BN_STATS a1 @ 1394816   128 floats: block2_shortcut_bn's batch mean, then variance, per channel
//   BLOCK2_SHORTCUT_BN_SUMS  a1 @ 1394944   128 floats: block2_shortcut_bn's Σ dz·x̂, then Σ dz, per channel
//   DENSE1_PARTIALS          a1 @ 1395072   5770 floats: dense1's weight-gradient partial sums: 1 group × 5770 weights
//   GRADIENT                 a1 @ 1400896   82410 floats: every trainable float's gradient, as the update used it
//
// Weights (offsets in floats into params; trainable ones also index the gradient and state):
//   STEM_KERNEL              params @ 0         stem/kernel [3, 3, 1, 32], trainable @ 0
//   BATCHNORM1_GAMMA         params @ 288       batchnorm1/gamma [32], trainable @ 288
//   BATCHNORM1_BETA          params @ 320       batchnorm1/beta [32], trainable @ 320
//   BATCHNORM1_MOVING_MEAN   params @ 352       batchnorm1/moving_mean [32], not trained by the optimizer
//   BATCHNORM1_MOVING_VARIANCE params @ 384       batchnorm1/moving_variance [32], not trained by the optimizer
//   BLOCK1_C1_KERNEL         params @ 416       block1_c1/kernel [3, 3, 32, 32], trainable @ 352
//   BLOCK1_BATCHNORM1_GAMMA  params @ 9632      block1_batchnorm1/gamma [32], trainable @ 9568
//   BLOCK1_BATCHNORM1_BETA   params @ 9664      block1_batchnorm1/beta [32], trainable @ 9600
//   BLOCK1_BATCHNORM1_MOVING_MEAN params @ 9696      block1_batchnorm1/moving_mean [32], not trained by the optimizer
//   BLOCK1_BATCHNORM1_MOVING_VARIANCE params @ 9728      block1_batchnorm1/moving_variance [32], not trained by the optimizer
//   BLOCK1_C2_KERNEL         params @ 9760      block1_c2/kernel [3, 3, 32, 32], trainable @ 9632
//   BLOCK1_BN_GAMMA          params @ 18976     block1_bn/gamma [32], trainable @ 18848
//   BLOCK1_BN_BETA           params @ 19008     block1_bn/beta [32], trainable @ 18880
//   BLOCK1_BN_MOVING_MEAN    params @ 19040     block1_bn/moving_mean [32], not trained by the optimizer
//   BLOCK1_BN_MOVING_VARIANCE params @ 19072     block1_bn/moving_variance [32], not trained by the optimizer
//   BLOCK2_C1_KERNEL         params @ 19104     block2_c1/kernel [3, 3, 32, 64], trainable @ 18912
//   BLOCK2_BATCHNORM1_GAMMA  params @ 37536     block2_batchnorm1/gamma [64], trainable @ 37344
//   BLOCK2_BATCHNORM1_BETA   params @ 37600     block2_batchnorm1/beta [64], trainable @ 37408
//   BLOCK2_BATCHNORM1_MOVING_MEAN params @ 37664     block2_batchnorm1/moving_mean [64], not trained by the optimizer
//   BLOCK2_BATCHNORM1_MOVING_VARIANCE params @ 37728     block2_batchnorm1/moving_variance [64], not trained by the optimizer
//   BLOCK2_C2_KERNEL         params @ 37792     block2_c2/kernel [3, 3, 64, 64], trainable @ 37472
//   BLOCK2_BN_GAMMA          params @ 74656     block2_bn/gamma [64], trainable @ 74336
//   BLOCK2_BN_BETA           params @ 74720     block2_bn/beta [64], trainable @ 74400
//   BLOCK2_BN_MOVING_MEAN    params @ 74784     block2_bn/moving_mean [64], not trained by the optimizer
//   BLOCK2_BN_MOVING_VARIANCE params @ 74848     block2_bn/moving_variance [64], not trained by the optimizer
//   BLOCK2_SHORTCUT_KERNEL   params @ 74912     block2_shortcut/kernel [1, 1, 32, 64], trainable @ 74464
//   BLOCK2_SHORTCUT_BN_GAMMA params @ 76960     block2_shortcut_bn/gamma [64], trainable @ 76512
//   BLOCK2_SHORTCUT_BN_BETA  params @ 77024     block2_shortcut_bn/beta [64], trainable @ 76576
//   BLOCK2_SHORTCUT_BN_MOVING_MEAN params @ 77088     block2_shortcut_bn/moving_mean [64], not trained by the optimizer
//   BLOCK2_SHORTCUT_BN_MOVING_VARIANCE params @ 77152     block2_shortcut_bn/moving_variance [64], not trained by the optimizer
//   DENSE1_KERNEL            params @ 77216     dense1/kernel [576, 10], trainable @ 76640
//   DENSE1_BIAS              params @ 82976     dense1/bias [10], trainable @ 82400
//
// A training step dispatches, in order:
//   train 1: input, stem.forward (128 workgroups; binds step, table, images, params, params as vec4s, arena0)
//   batchnorm1.statistics (32 workgroups; binds step, params, arena0, arena1)
//   train 3: batchnorm1.forward, pool1.forward, block1_c1.forward (128 workgroups; binds step, params, params as vec4s, arena0, arena1)
//   block1_batchnorm1.statistics (32 workgroups; binds step, params, arena0, arena1)
//   train 5: block1_batchnorm1.forward, block1_c2.forward (128 workgroups; binds step, params, params as vec4s, arena0, arena1)
//   block1_bn.statistics (32 workgroups; binds step, params, arena0, arena1)
//   train 7: block1_bn.forward, block1_add1.forward, block2_c1.forward (128 workgroups; binds step, params, params as vec4s, arena0, arena1)
//   block2_batchnorm1.statistics (64 workgroups; binds step, params, arena0, arena1)
//   train 9: block2_batchnorm1.forward, block2_c2.forward (128 workgroups; binds step, params, params as vec4s, arena0, arena1)
//   block2_bn.statistics (64 workgroups; binds step, params, arena0, arena1)
//   train 11: block2_bn.forward, block2_shortcut.forward (128 workgroups; binds step, params, params as vec4s, arena0, arena1)
//   block2_shortcut_bn.statistics (64 workgroups; binds step, params, arena0, arena1)
//   train 13: block2_shortcut_bn.forward, block2_add1.forward, pool2.forward, dense1.forward, loss, dense1.input-gradient, pool2.input-gradient, block2_add1.input-gradient (128 workgroups; binds step, params, table, labels, results, arena0, arena1)
//   block2_shortcut_bn.gradient-sums (64 workgroups; binds step, arena0, arena1)
//   train 15: block2_shortcut_bn.input-gradient, block2_shortcut.input-gradient (128 workgroups; binds step, params, arena0, arena1)
//   block2_bn.gradient-sums (64 workgroups; binds step, arena0, arena1)
//   train 17: block2_bn.input-gradient, block2_c2.input-gradient (128 workgroups; binds step, params, arena0, arena1)
//   block2_batchnorm1.gradient-sums (64 workgroups; binds step, arena0, arena1)
//   train 19: block2_batchnorm1.input-gradient, block2_c1.input-gradient, block1_add1.input-gradient (128 workgroups; binds step, params, arena0, arena1)
//   block1_bn.gradient-sums (32 workgroups; binds step, arena0, arena1)
//   train 21: block1_bn.input-gradient, block1_c2.input-gradient (128 workgroups; binds step, params, arena0, arena1)
//   block1_batchnorm1.gradient-sums (32 workgroups; binds step, arena0, arena1)
//   train 23: block1_batchnorm1.input-gradient, block1_c1.input-gradient, pool1.input-gradient (128 workgroups; binds step, params, arena0, arena1)
//   batchnorm1.gradient-sums (32 workgroups; binds step, arena0, arena1)
//   train 25: batchnorm1.input-gradient (128 workgroups; binds step, params, arena0, arena1)
//   weight-gradients (1197 workgroups; binds step, arena0, arena1)
//   partial-sums (1490 workgroups; binds arena1)
//   update (1289 workgroups; binds step, params, state, results, metrics, arena1)
// An evaluation batch dispatches:
//   evaluate 1: input, stem.forward, batchnorm1.evaluate, pool1.forward, block1_c1.forward, block1_batchnorm1.evaluate, block1_c2.forward, block1_bn.evaluate, block1_add1.forward, block2_c1.forward, block2_batchnorm1.evaluate, block2_c2.forward, block2_bn.evaluate, block2_shortcut.forward, block2_shortcut_bn.evaluate, block2_add1.forward, pool2.forward, dense1.forward, loss.evaluate (128 workgroups; binds step, table, images, params, params as vec4s, labels, results, arena0)

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 1: input, stem.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const STEM_Z = 100352u; // a0, 25088 floats per example: stem's output
const STEM_KERNEL = 0u; // params: stem/kernel [3, 3, 1, 32]

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
fn act_linear(z: f32) -> f32 { return z; }
fn dact_linear(z: f32) -> f32 { return 1.0; }

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
  // stem.forward: z = 3×3 windows of input's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
            let wi = STEM_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * OUT_C + co;
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
        a0[STEM_Z + out0] = acc0_0.x;
      }
      {
        a0[STEM_Z + out1] = acc0_1.x;
      }
      {
        a0[STEM_Z + out0 + 1] = acc0_0.y;
      }
      {
        a0[STEM_Z + out1 + 1] = acc0_1.y;
      }
      {
        a0[STEM_Z + out0 + 2] = acc0_0.z;
      }
      {
        a0[STEM_Z + out1 + 2] = acc0_1.z;
      }
      {
        a0[STEM_Z + out0 + 3] = acc0_0.w;
      }
      {
        a0[STEM_Z + out1 + 3] = acc0_1.w;
      }
      {
        a0[STEM_Z + out0 + 4] = acc1_0.x;
      }
      {
        a0[STEM_Z + out1 + 4] = acc1_1.x;
      }
      {
        a0[STEM_Z + out0 + 5] = acc1_0.y;
      }
      {
        a0[STEM_Z + out1 + 5] = acc1_1.y;
      }
      {
        a0[STEM_Z + out0 + 6] = acc1_0.z;
      }
      {
        a0[STEM_Z + out1 + 6] = acc1_1.z;
      }
      {
        a0[STEM_Z + out0 + 7] = acc1_0.w;
      }
      {
        a0[STEM_Z + out1 + 7] = acc1_1.w;
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel batchnorm1.statistics
// batchnorm1's batch mean and variance per channel over stem's output, and its moving statistics' update (a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_Z = 100352u; // a0, 25088 floats per example: stem's output
const BATCHNORM1_STATS = 513280u; // a1, 64 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_MOVING_MEAN = 352u; // params: batchnorm1/moving_mean [32]
const BATCHNORM1_MOVING_VARIANCE = 384u; // params: batchnorm1/moving_variance [32]

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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[STEM_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[STEM_Z + k * CHANNELS + g] - mean) * (a0[STEM_Z + k * CHANNELS + g] - mean)); }
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
// kernel train 3: batchnorm1.forward, pool1.forward, block1_c1.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_Z = 100352u; // a0, 25088 floats per example: stem's output
const BATCHNORM1_Z = 3311616u; // a0, 25088 floats per example: batchnorm1's output
const ACTIVATION1_Y = 6522880u; // a0, 25088 floats per example: activation1's output: relu(batchnorm1's)
const POOL1_Z = 9734144u; // a0, 6272 floats per example: pool1's output
const BLOCK1_C1_Z = 10536960u; // a0, 6272 floats per example: block1_c1's output
const BATCHNORM1_STATS = 513280u; // a1, 64 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_GAMMA = 288u; // params: batchnorm1/gamma [32]
const BATCHNORM1_BETA = 320u; // params: batchnorm1/beta [32]
const BLOCK1_C1_KERNEL = 416u; // params: block1_c1/kernel [3, 3, 32, 32]

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
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // batchnorm1.forward: stem's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 25088;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 25088 + e;
      let c = e % CHANNELS;
      let x = a0[STEM_Z + i];
      let zv = params[BATCHNORM1_BETA + c] + (x - a1[BATCHNORM1_STATS + c]) * params[BATCHNORM1_GAMMA + c] / sqrt(a1[BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a0[BATCHNORM1_Z + i] = zv;
      a0[ACTIVATION1_Y + i] = act_relu(zv);
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
          let v = a0[ACTIVATION1_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL1_Z + b * 6272 + e] = acc;
    }
  }
  storageBarrier();
  // block1_c1.forward: z = 3×3 windows of pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
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
            var wi = BLOCK1_C1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
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
        a0[BLOCK1_C1_Z + out0] = acc0_0.x;
      }
      {
        a0[BLOCK1_C1_Z + out1] = acc0_1.x;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 1] = acc0_0.y;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 1] = acc0_1.y;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 2] = acc0_0.z;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 2] = acc0_1.z;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 3] = acc0_0.w;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 3] = acc0_1.w;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 4] = acc1_0.x;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 4] = acc1_1.x;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 5] = acc1_0.y;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 5] = acc1_1.y;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 6] = acc1_0.z;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 6] = acc1_1.z;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 7] = acc1_0.w;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 7] = acc1_1.w;
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel block1_batchnorm1.statistics
// block1_batchnorm1's batch mean and variance per channel over block1_c1's output, and its moving statistics' update (a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK1_C1_Z = 10536960u; // a0, 6272 floats per example: block1_c1's output
const BLOCK1_BATCHNORM1_STATS = 753024u; // a1, 64 floats: block1_batchnorm1's batch mean, then variance, per channel
const BLOCK1_BATCHNORM1_MOVING_MEAN = 9696u; // params: block1_batchnorm1/moving_mean [32]
const BLOCK1_BATCHNORM1_MOVING_VARIANCE = 9728u; // params: block1_batchnorm1/moving_variance [32]

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
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK1_C1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[BLOCK1_C1_Z + k * CHANNELS + g] - mean) * (a0[BLOCK1_C1_Z + k * CHANNELS + g] - mean)); }
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
    a1[BLOCK1_BATCHNORM1_STATS + g] = mean;
    a1[BLOCK1_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[BLOCK1_BATCHNORM1_MOVING_MEAN + g];
    params[BLOCK1_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[BLOCK1_BATCHNORM1_MOVING_VARIANCE + g];
    params[BLOCK1_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 5: block1_batchnorm1.forward, block1_c2.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK1_C1_Z = 10536960u; // a0, 6272 floats per example: block1_c1's output
const BLOCK1_BATCHNORM1_Z = 11339776u; // a0, 6272 floats per example: block1_batchnorm1's output
const BLOCK1_ACTIVATION1_Y = 12142592u; // a0, 6272 floats per example: block1_activation1's output: relu(block1_batchnorm1's)
const BLOCK1_C2_Z = 12945408u; // a0, 6272 floats per example: block1_c2's output
const BLOCK1_BATCHNORM1_STATS = 753024u; // a1, 64 floats: block1_batchnorm1's batch mean, then variance, per channel
const BLOCK1_BATCHNORM1_GAMMA = 9632u; // params: block1_batchnorm1/gamma [32]
const BLOCK1_BATCHNORM1_BETA = 9664u; // params: block1_batchnorm1/beta [32]
const BLOCK1_C2_KERNEL = 9760u; // params: block1_c2/kernel [3, 3, 32, 32]

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
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // block1_batchnorm1.forward: block1_c1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let x = a0[BLOCK1_C1_Z + i];
      let zv = params[BLOCK1_BATCHNORM1_BETA + c] + (x - a1[BLOCK1_BATCHNORM1_STATS + c]) * params[BLOCK1_BATCHNORM1_GAMMA + c] / sqrt(a1[BLOCK1_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a0[BLOCK1_BATCHNORM1_Z + i] = zv;
      a0[BLOCK1_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // block1_c2.forward: z = 3×3 windows of block1_batchnorm1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
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
            var wi = BLOCK1_C2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[BLOCK1_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[BLOCK1_ACTIVATION1_Y + xi1 + ci], in1);
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
        a0[BLOCK1_C2_Z + out0] = acc0_0.x;
      }
      {
        a0[BLOCK1_C2_Z + out1] = acc0_1.x;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 1] = acc0_0.y;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 1] = acc0_1.y;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 2] = acc0_0.z;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 2] = acc0_1.z;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 3] = acc0_0.w;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 3] = acc0_1.w;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 4] = acc1_0.x;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 4] = acc1_1.x;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 5] = acc1_0.y;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 5] = acc1_1.y;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 6] = acc1_0.z;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 6] = acc1_1.z;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 7] = acc1_0.w;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 7] = acc1_1.w;
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel block1_bn.statistics
// block1_bn's batch mean and variance per channel over block1_c2's output, and its moving statistics' update (a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK1_C2_Z = 12945408u; // a0, 6272 floats per example: block1_c2's output
const BLOCK1_BN_STATS = 992768u; // a1, 64 floats: block1_bn's batch mean, then variance, per channel
const BLOCK1_BN_MOVING_MEAN = 19040u; // params: block1_bn/moving_mean [32]
const BLOCK1_BN_MOVING_VARIANCE = 19072u; // params: block1_bn/moving_variance [32]

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
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK1_C2_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[BLOCK1_C2_Z + k * CHANNELS + g] - mean) * (a0[BLOCK1_C2_Z + k * CHANNELS + g] - mean)); }
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
    a1[BLOCK1_BN_STATS + g] = mean;
    a1[BLOCK1_BN_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[BLOCK1_BN_MOVING_MEAN + g];
    params[BLOCK1_BN_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[BLOCK1_BN_MOVING_VARIANCE + g];
    params[BLOCK1_BN_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 7: block1_bn.forward, block1_add1.forward, block2_c1.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const POOL1_Z = 9734144u; // a0, 6272 floats per example: pool1's output
const BLOCK1_C2_Z = 12945408u; // a0, 6272 floats per example: block1_c2's output
const BLOCK1_BN_Z = 13748224u; // a0, 6272 floats per example: block1_bn's output
const BLOCK1_ADD1_Z = 14551040u; // a0, 6272 floats per example: block1_add1's output before its relu
const BLOCK1_ADD1_Y = 15353856u; // a0, 6272 floats per example: block1_add1's output: relu(z)
const BLOCK2_C1_Z = 16156672u; // a0, 3136 floats per example: block2_c1's output
const BLOCK1_BN_STATS = 992768u; // a1, 64 floats: block1_bn's batch mean, then variance, per channel
const BLOCK1_BN_GAMMA = 18976u; // params: block1_bn/gamma [32]
const BLOCK1_BN_BETA = 19008u; // params: block1_bn/beta [32]
const BLOCK2_C1_KERNEL = 19104u; // params: block2_c1/kernel [3, 3, 32, 64]

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
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // block1_bn.forward: block1_c2's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let x = a0[BLOCK1_C2_Z + i];
      a0[BLOCK1_BN_Z + i] = params[BLOCK1_BN_BETA + c] + (x - a1[BLOCK1_BN_STATS + c]) * params[BLOCK1_BN_GAMMA + c] / sqrt(a1[BLOCK1_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // block1_add1.forward: z, and y = relu(z), = block1_bn + pool1; an item per element
  {
    const ITEMS = 6272;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let zv = a0[BLOCK1_BN_Z + i] + a0[POOL1_Z + i];
      a0[BLOCK1_ADD1_Z + i] = zv;
      a0[BLOCK1_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // block2_c1.forward: z = 3×3 windows of block1_add1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
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
        let iy = i32(oy) * STRIDE_H + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) * STRIDE_W + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            var wi = BLOCK2_C1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[BLOCK1_ADD1_Y + xi0 + ci], in0);
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
        a0[BLOCK2_C1_Z + out0] = acc0_0.x;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 1] = acc0_0.y;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 2] = acc0_0.z;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 3] = acc0_0.w;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 4] = acc1_0.x;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 5] = acc1_0.y;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 6] = acc1_0.z;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 7] = acc1_0.w;
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel block2_batchnorm1.statistics
// block2_batchnorm1's batch mean and variance per channel over block2_c1's output, and its moving statistics' update (a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK2_C1_Z = 16156672u; // a0, 3136 floats per example: block2_c1's output
const BLOCK2_BATCHNORM1_STATS = 1121920u; // a1, 128 floats: block2_batchnorm1's batch mean, then variance, per channel
const BLOCK2_BATCHNORM1_MOVING_MEAN = 37664u; // params: block2_batchnorm1/moving_mean [64]
const BLOCK2_BATCHNORM1_MOVING_VARIANCE = 37728u; // params: block2_batchnorm1/moving_variance [64]

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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK2_C1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[BLOCK2_C1_Z + k * CHANNELS + g] - mean) * (a0[BLOCK2_C1_Z + k * CHANNELS + g] - mean)); }
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
    a1[BLOCK2_BATCHNORM1_STATS + g] = mean;
    a1[BLOCK2_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[BLOCK2_BATCHNORM1_MOVING_MEAN + g];
    params[BLOCK2_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[BLOCK2_BATCHNORM1_MOVING_VARIANCE + g];
    params[BLOCK2_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 9: block2_batchnorm1.forward, block2_c2.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK2_C1_Z = 16156672u; // a0, 3136 floats per example: block2_c1's output
const BLOCK2_BATCHNORM1_Z = 16558080u; // a0, 3136 floats per example: block2_batchnorm1's output
const BLOCK2_ACTIVATION1_Y = 16959488u; // a0, 3136 floats per example: block2_activation1's output: relu(block2_batchnorm1's)
const BLOCK2_C2_Z = 17360896u; // a0, 3136 floats per example: block2_c2's output
const BLOCK2_BATCHNORM1_STATS = 1121920u; // a1, 128 floats: block2_batchnorm1's batch mean, then variance, per channel
const BLOCK2_BATCHNORM1_GAMMA = 37536u; // params: block2_batchnorm1/gamma [64]
const BLOCK2_BATCHNORM1_BETA = 37600u; // params: block2_batchnorm1/beta [64]
const BLOCK2_C2_KERNEL = 37792u; // params: block2_c2/kernel [3, 3, 64, 64]

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
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // block2_batchnorm1.forward: block2_c1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a0[BLOCK2_C1_Z + i];
      let zv = params[BLOCK2_BATCHNORM1_BETA + c] + (x - a1[BLOCK2_BATCHNORM1_STATS + c]) * params[BLOCK2_BATCHNORM1_GAMMA + c] / sqrt(a1[BLOCK2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a0[BLOCK2_BATCHNORM1_Z + i] = zv;
      a0[BLOCK2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // block2_c2.forward: z = 3×3 windows of block2_batchnorm1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
            var wi = BLOCK2_C2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[BLOCK2_ACTIVATION1_Y + xi0 + ci], in0);
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
        a0[BLOCK2_C2_Z + out0] = acc0_0.x;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 1] = acc0_0.y;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 2] = acc0_0.z;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 3] = acc0_0.w;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 4] = acc1_0.x;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 5] = acc1_0.y;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 6] = acc1_0.z;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 7] = acc1_0.w;
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel block2_bn.statistics
// block2_bn's batch mean and variance per channel over block2_c2's output, and its moving statistics' update (a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK2_C2_Z = 17360896u; // a0, 3136 floats per example: block2_c2's output
const BLOCK2_BN_STATS = 1380224u; // a1, 128 floats: block2_bn's batch mean, then variance, per channel
const BLOCK2_BN_MOVING_MEAN = 74784u; // params: block2_bn/moving_mean [64]
const BLOCK2_BN_MOVING_VARIANCE = 74848u; // params: block2_bn/moving_variance [64]

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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK2_C2_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[BLOCK2_C2_Z + k * CHANNELS + g] - mean) * (a0[BLOCK2_C2_Z + k * CHANNELS + g] - mean)); }
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
    a1[BLOCK2_BN_STATS + g] = mean;
    a1[BLOCK2_BN_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[BLOCK2_BN_MOVING_MEAN + g];
    params[BLOCK2_BN_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[BLOCK2_BN_MOVING_VARIANCE + g];
    params[BLOCK2_BN_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 11: block2_bn.forward, block2_shortcut.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK1_ADD1_Y = 15353856u; // a0, 6272 floats per example: block1_add1's output: relu(z)
const BLOCK2_C2_Z = 17360896u; // a0, 3136 floats per example: block2_c2's output
const BLOCK2_BN_Z = 17762304u; // a0, 3136 floats per example: block2_bn's output
const BLOCK2_SHORTCUT_Z = 18163712u; // a0, 3136 floats per example: block2_shortcut's output
const BLOCK2_BN_STATS = 1380224u; // a1, 128 floats: block2_bn's batch mean, then variance, per channel
const BLOCK2_BN_GAMMA = 74656u; // params: block2_bn/gamma [64]
const BLOCK2_BN_BETA = 74720u; // params: block2_bn/beta [64]
const BLOCK2_SHORTCUT_KERNEL = 74912u; // params: block2_shortcut/kernel [1, 1, 32, 64]

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

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // block2_bn.forward: block2_c2's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a0[BLOCK2_C2_Z + i];
      a0[BLOCK2_BN_Z + i] = params[BLOCK2_BN_BETA + c] + (x - a1[BLOCK2_BN_STATS + c]) * params[BLOCK2_BN_GAMMA + c] / sqrt(a1[BLOCK2_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // block2_shortcut.forward: z = 1×1 windows of block1_add1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
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
      let iy = i32(oy) * STRIDE_H;
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox) * STRIDE_W;
      let xi0 = (row + u32(ix)) * IN_C;
      var wi = BLOCK2_SHORTCUT_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[BLOCK1_ADD1_Y + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        a0[BLOCK2_SHORTCUT_Z + out0] = acc0_0.x;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 1] = acc0_0.y;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 2] = acc0_0.z;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 3] = acc0_0.w;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 4] = acc1_0.x;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 5] = acc1_0.y;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 6] = acc1_0.z;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 7] = acc1_0.w;
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel block2_shortcut_bn.statistics
// block2_shortcut_bn's batch mean and variance per channel over block2_shortcut's output, and its moving statistics' update (a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK2_SHORTCUT_Z = 18163712u; // a0, 3136 floats per example: block2_shortcut's output
const BLOCK2_SHORTCUT_BN_STATS = 1394816u; // a1, 128 floats: block2_shortcut_bn's batch mean, then variance, per channel
const BLOCK2_SHORTCUT_BN_MOVING_MEAN = 77088u; // params: block2_shortcut_bn/moving_mean [64]
const BLOCK2_SHORTCUT_BN_MOVING_VARIANCE = 77152u; // params: block2_shortcut_bn/moving_variance [64]

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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK2_SHORTCUT_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[BLOCK2_SHORTCUT_Z + k * CHANNELS + g] - mean) * (a0[BLOCK2_SHORTCUT_Z + k * CHANNELS + g] - mean)); }
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
    a1[BLOCK2_SHORTCUT_BN_STATS + g] = mean;
    a1[BLOCK2_SHORTCUT_BN_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[BLOCK2_SHORTCUT_BN_MOVING_MEAN + g];
    params[BLOCK2_SHORTCUT_BN_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[BLOCK2_SHORTCUT_BN_MOVING_VARIANCE + g];
    params[BLOCK2_SHORTCUT_BN_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 13: block2_shortcut_bn.forward, block2_add1.forward, pool2.forward, dense1.forward, loss, dense1.input-gradient, pool2.input-gradient, block2_add1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK2_BN_Z = 17762304u; // a0, 3136 floats per example: block2_bn's output
const BLOCK2_SHORTCUT_Z = 18163712u; // a0, 3136 floats per example: block2_shortcut's output
const BLOCK2_SHORTCUT_BN_Z = 18565120u; // a0, 3136 floats per example: block2_shortcut_bn's output
const BLOCK2_ADD1_Z = 18966528u; // a0, 3136 floats per example: block2_add1's output before its relu
const BLOCK2_ADD1_Y = 19367936u; // a0, 3136 floats per example: block2_add1's output: relu(z)
const POOL2_Z = 19769344u; // a0, 576 floats per example: pool2's output
const DENSE1_Z = 19843072u; // a0, 10 floats per example: dense1's output
const BLOCK2_BN_DZ = 32288000u; // a0, 3136 floats per example: the loss's gradient with respect to block2_bn's output
const BLOCK2_SHORTCUT_BN_DZ = 33090816u; // a0, 3136 floats per example: the loss's gradient with respect to block2_shortcut_bn's output
const BLOCK2_ADD1_DZ = 0u; // a1, 3136 floats per example: the loss's gradient with respect to block2_add1's output before its relu
const POOL2_DZ = 401408u; // a1, 576 floats per example: the loss's gradient with respect to pool2's output
const DENSE1_DZ = 475136u; // a1, 10 floats per example: the loss's gradient with respect to dense1's output
const BLOCK2_SHORTCUT_BN_STATS = 1394816u; // a1, 128 floats: block2_shortcut_bn's batch mean, then variance, per channel
const BLOCK2_SHORTCUT_BN_GAMMA = 76960u; // params: block2_shortcut_bn/gamma [64]
const BLOCK2_SHORTCUT_BN_BETA = 77024u; // params: block2_shortcut_bn/beta [64]
const DENSE1_KERNEL = 77216u; // params: dense1/kernel [576, 10]
const DENSE1_BIAS = 82976u; // params: dense1/bias [10]

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
@group(0) @binding(2) var<storage, read> table: array<u32>;
@group(0) @binding(3) var<storage, read> labels: array<u32>;
@group(0) @binding(4) var<storage, read_write> results: array<f32>;
@group(0) @binding(5) var<storage, read_write> a0: array<f32>;
@group(0) @binding(6) var<storage, read_write> a1: array<f32>;

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
  // block2_shortcut_bn.forward: block2_shortcut's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a0[BLOCK2_SHORTCUT_Z + i];
      a0[BLOCK2_SHORTCUT_BN_Z + i] = params[BLOCK2_SHORTCUT_BN_BETA + c] + (x - a1[BLOCK2_SHORTCUT_BN_STATS + c]) * params[BLOCK2_SHORTCUT_BN_GAMMA + c] / sqrt(a1[BLOCK2_SHORTCUT_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // block2_add1.forward: z, and y = relu(z), = block2_bn + block2_shortcut_bn; an item per element
  {
    const ITEMS = 3136;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let zv = a0[BLOCK2_BN_Z + i] + a0[BLOCK2_SHORTCUT_BN_Z + i];
      a0[BLOCK2_ADD1_Z + i] = zv;
      a0[BLOCK2_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // pool2.forward: max pooling over 2×2 windows of block2_add1's output; an item per output element
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
          let v = a0[BLOCK2_ADD1_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL2_Z + b * 576 + e] = acc;
    }
  }
  storageBarrier();
  // dense1.forward: z = pool2's output · kernel + bias; an item per 2 units
  {
    const ITEMS = 5;
    const IN_UNITS = 576;
    const OUT_UNITS = 10;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[POOL2_Z + b * IN_UNITS + k];
        acc0 = acc0 + xv * params[wi];
        acc1 = acc1 + xv * params[wi + 1];
        wi = wi + OUT_UNITS;
      }
      {
        a0[DENSE1_Z + b * OUT_UNITS + o] = acc0 + params[DENSE1_BIAS + o];
      }
      {
        a0[DENSE1_Z + b * OUT_UNITS + o + 1] = acc1 + params[DENSE1_BIAS + o + 1];
      }
    }
  }
  storageBarrier();
  // loss: cross-entropy of dense1's output (log-softmax of the logits) against the label, and its gradient; one item per example
  {
    const ITEMS = 1;
    const CLASSES = 10;
    if (t < ITEMS) {
      let e = t;
      let base = b * CLASSES;
      let label = labels[table[(step.row + b) * 2u]];
      let valid = label < CLASSES;
      var top = a0[DENSE1_Z + base];
      for (var j = 1u; j < CLASSES; j++) { top = max(top, a0[DENSE1_Z + base + j]); }
      var total = 0.0;
      for (var j = 0u; j < CLASSES; j++) { total = total + exp(a0[DENSE1_Z + base + j] - top); }
      let lse = top + log(total);
      let loss = select(0.0, lse - a0[DENSE1_Z + base + min(label, CLASSES - 1)], valid);
      var best = 0u;
      for (var j = 1u; j < CLASSES; j++) { if (a0[DENSE1_Z + base + j] > a0[DENSE1_Z + base + best]) { best = j; } }
      results[(step.row + b) * 2u] = loss;
      results[(step.row + b) * 2u + 1u] = select(0.0, 1.0, best == label);
      for (var j = 0u; j < CLASSES; j++) {
        let g = select(0.0, (exp(a0[DENSE1_Z + base + j] - lse) - select(0.0, 1.0, j == label)) / f32(step.n), valid);
        a1[DENSE1_DZ + base + j] = g;
      }
    }
  }
  storageBarrier();
  // dense1.input-gradient: the gradient reaching pool2: dz · kernelᵀ; an item per 8 input units
  {
    const ITEMS = 72;
    const IN_UNITS = 576;
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
      let wi = DENSE1_KERNEL + k * OUT_UNITS;
      for (var o = 0u; o < OUT_UNITS; o++) {
        let d = a1[DENSE1_DZ + b * OUT_UNITS + o];
        acc0 = acc0 + d * params[wi + o];
        acc1 = acc1 + d * params[wi + OUT_UNITS + o];
        acc2 = acc2 + d * params[wi + OUT_UNITS * 2 + o];
        acc3 = acc3 + d * params[wi + OUT_UNITS * 3 + o];
        acc4 = acc4 + d * params[wi + OUT_UNITS * 4 + o];
        acc5 = acc5 + d * params[wi + OUT_UNITS * 5 + o];
        acc6 = acc6 + d * params[wi + OUT_UNITS * 6 + o];
        acc7 = acc7 + d * params[wi + OUT_UNITS * 7 + o];
      }
      a1[POOL2_DZ + b * IN_UNITS + k] = acc0;
      a1[POOL2_DZ + b * IN_UNITS + k + 1] = acc1;
      a1[POOL2_DZ + b * IN_UNITS + k + 2] = acc2;
      a1[POOL2_DZ + b * IN_UNITS + k + 3] = acc3;
      a1[POOL2_DZ + b * IN_UNITS + k + 4] = acc4;
      a1[POOL2_DZ + b * IN_UNITS + k + 5] = acc5;
      a1[POOL2_DZ + b * IN_UNITS + k + 6] = acc6;
      a1[POOL2_DZ + b * IN_UNITS + k + 7] = acc7;
    }
  }
  storageBarrier();
  // pool2.input-gradient: the gradient reaching block2_add1 through max pooling: dz to the first largest cell of each window; an item per input element
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
              let v = a0[BLOCK2_ADD1_Y + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
              if (v > best) { best = v; by = py; bx = px; }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a1[POOL2_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a1[BLOCK2_ADD1_DZ + b * 3136 + e] = acc * dact_relu(a0[BLOCK2_ADD1_Z + b * 3136 + e]);
    }
  }
  storageBarrier();
  // block2_add1.input-gradient: the gradient reaching block2_shortcut_bn, block2_bn: dz, to each; an item per element
  {
    const ITEMS = 3136;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let d = a1[BLOCK2_ADD1_DZ + i];
      a0[BLOCK2_SHORTCUT_BN_DZ + i] = d;
      a0[BLOCK2_BN_DZ + i] = d;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel block2_shortcut_bn.gradient-sums
// block2_shortcut_bn's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK2_SHORTCUT_Z = 18163712u; // a0, 3136 floats per example: block2_shortcut's output
const BLOCK2_SHORTCUT_BN_DZ = 33090816u; // a0, 3136 floats per example: the loss's gradient with respect to block2_shortcut_bn's output
const BLOCK2_SHORTCUT_BN_STATS = 1394816u; // a1, 128 floats: block2_shortcut_bn's batch mean, then variance, per channel
const BLOCK2_SHORTCUT_BN_SUMS = 1394944u; // a1, 128 floats: block2_shortcut_bn's Σ dz·x̂, then Σ dz, per channel

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
  let mean = a1[BLOCK2_SHORTCUT_BN_STATS + g];
  let inv = 1.0 / sqrt(a1[BLOCK2_SHORTCUT_BN_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK2_SHORTCUT_BN_DZ + k * CHANNELS + g] * (a0[BLOCK2_SHORTCUT_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK2_SHORTCUT_BN_DZ + k * CHANNELS + g]); }
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
    a1[BLOCK2_SHORTCUT_BN_SUMS + g] = dgamma;
    a1[BLOCK2_SHORTCUT_BN_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 15: block2_shortcut_bn.input-gradient, block2_shortcut.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK2_SHORTCUT_Z = 18163712u; // a0, 3136 floats per example: block2_shortcut's output
const BLOCK1_ADD1_DZ = 30280960u; // a0, 6272 floats per example: the loss's gradient with respect to block1_add1's output before its relu
const BLOCK2_SHORTCUT_DZ = 32689408u; // a0, 3136 floats per example: the loss's gradient with respect to block2_shortcut's output
const BLOCK2_SHORTCUT_BN_DZ = 33090816u; // a0, 3136 floats per example: the loss's gradient with respect to block2_shortcut_bn's output
const BLOCK2_SHORTCUT_BN_STATS = 1394816u; // a1, 128 floats: block2_shortcut_bn's batch mean, then variance, per channel
const BLOCK2_SHORTCUT_BN_SUMS = 1394944u; // a1, 128 floats: block2_shortcut_bn's Σ dz·x̂, then Σ dz, per channel
const BLOCK2_SHORTCUT_KERNEL = 74912u; // params: block2_shortcut/kernel [1, 1, 32, 64]
const BLOCK2_SHORTCUT_BN_GAMMA = 76960u; // params: block2_shortcut_bn/gamma [64]

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

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // block2_shortcut_bn.input-gradient: the gradient reaching block2_shortcut through the batch's normalization; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    const POSITIONS = 49;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a1[BLOCK2_SHORTCUT_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[BLOCK2_SHORTCUT_Z + i] - a1[BLOCK2_SHORTCUT_BN_STATS + c]) * inv;
      let dx = params[BLOCK2_SHORTCUT_BN_GAMMA + c] * inv * (a0[BLOCK2_SHORTCUT_BN_DZ + i] - a1[BLOCK2_SHORTCUT_BN_SUMS + CHANNELS + c] / count - xhat * a1[BLOCK2_SHORTCUT_BN_SUMS + c] / count);
      a0[BLOCK2_SHORTCUT_DZ + i] = dx;
    }
  }
  storageBarrier();
  // block2_shortcut.input-gradient: the gradient reaching block1_add1: the taps of dz whose window saw each input position; an item per position × 8 channels
  {
    const ITEMS = 784;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    const POSITIONS = 196;
    const BLOCK = 8;
    for (var e = t; e < ITEMS; e += THREADS) {
      let ci = (e / POSITIONS) * BLOCK;
      let pos = e % POSITIONS;
      let ix = pos % IN_W;
      let iy = pos / IN_W;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var acc2 = 0.0;
      var acc3 = 0.0;
      var acc4 = 0.0;
      var acc5 = 0.0;
      var acc6 = 0.0;
      var acc7 = 0.0;
      let ty = i32(iy);
      if (ty >= 0 && ty % STRIDE_H == 0 && ty / STRIDE_H < OUT_H) {
        let tx = i32(ix);
        if (tx >= 0 && tx % STRIDE_W == 0 && tx / STRIDE_W < OUT_W) {
          let di = ((b * OUT_H + u32(ty / STRIDE_H)) * OUT_W + u32(tx / STRIDE_W)) * OUT_C;
          let wi = BLOCK2_SHORTCUT_KERNEL + ci * OUT_C;
          for (var co = 0u; co < OUT_C; co++) {
            let d = a0[BLOCK2_SHORTCUT_DZ + di + co];
            acc0 = acc0 + d * params[wi + co];
            acc1 = acc1 + d * params[wi + OUT_C + co];
            acc2 = acc2 + d * params[wi + OUT_C * 2 + co];
            acc3 = acc3 + d * params[wi + OUT_C * 3 + co];
            acc4 = acc4 + d * params[wi + OUT_C * 4 + co];
            acc5 = acc5 + d * params[wi + OUT_C * 5 + co];
            acc6 = acc6 + d * params[wi + OUT_C * 6 + co];
            acc7 = acc7 + d * params[wi + OUT_C * 7 + co];
          }
        }
      }
      let at0 = (b * POSITIONS + pos) * IN_C + ci;
      a0[BLOCK1_ADD1_DZ + at0] = acc0;
      a0[BLOCK1_ADD1_DZ + at0 + 1] = acc1;
      a0[BLOCK1_ADD1_DZ + at0 + 2] = acc2;
      a0[BLOCK1_ADD1_DZ + at0 + 3] = acc3;
      a0[BLOCK1_ADD1_DZ + at0 + 4] = acc4;
      a0[BLOCK1_ADD1_DZ + at0 + 5] = acc5;
      a0[BLOCK1_ADD1_DZ + at0 + 6] = acc6;
      a0[BLOCK1_ADD1_DZ + at0 + 7] = acc7;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel block2_bn.gradient-sums
// block2_bn's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK2_C2_Z = 17360896u; // a0, 3136 floats per example: block2_c2's output
const BLOCK2_BN_DZ = 32288000u; // a0, 3136 floats per example: the loss's gradient with respect to block2_bn's output
const BLOCK2_BN_STATS = 1380224u; // a1, 128 floats: block2_bn's batch mean, then variance, per channel
const BLOCK2_BN_SUMS = 1380352u; // a1, 128 floats: block2_bn's Σ dz·x̂, then Σ dz, per channel

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
  let mean = a1[BLOCK2_BN_STATS + g];
  let inv = 1.0 / sqrt(a1[BLOCK2_BN_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK2_BN_DZ + k * CHANNELS + g] * (a0[BLOCK2_C2_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK2_BN_DZ + k * CHANNELS + g]); }
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
    a1[BLOCK2_BN_SUMS + g] = dgamma;
    a1[BLOCK2_BN_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 17: block2_bn.input-gradient, block2_c2.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK2_BATCHNORM1_Z = 16558080u; // a0, 3136 floats per example: block2_batchnorm1's output
const BLOCK2_C2_Z = 17360896u; // a0, 3136 floats per example: block2_c2's output
const BLOCK2_BATCHNORM1_DZ = 31485184u; // a0, 3136 floats per example: the loss's gradient with respect to block2_batchnorm1's output
const BLOCK2_C2_DZ = 31886592u; // a0, 3136 floats per example: the loss's gradient with respect to block2_c2's output
const BLOCK2_BN_DZ = 32288000u; // a0, 3136 floats per example: the loss's gradient with respect to block2_bn's output
const BLOCK2_BN_STATS = 1380224u; // a1, 128 floats: block2_bn's batch mean, then variance, per channel
const BLOCK2_BN_SUMS = 1380352u; // a1, 128 floats: block2_bn's Σ dz·x̂, then Σ dz, per channel
const BLOCK2_C2_KERNEL = 37792u; // params: block2_c2/kernel [3, 3, 64, 64]
const BLOCK2_BN_GAMMA = 74656u; // params: block2_bn/gamma [64]

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
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // block2_bn.input-gradient: the gradient reaching block2_c2 through the batch's normalization; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    const POSITIONS = 49;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a1[BLOCK2_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[BLOCK2_C2_Z + i] - a1[BLOCK2_BN_STATS + c]) * inv;
      let dx = params[BLOCK2_BN_GAMMA + c] * inv * (a0[BLOCK2_BN_DZ + i] - a1[BLOCK2_BN_SUMS + CHANNELS + c] / count - xhat * a1[BLOCK2_BN_SUMS + c] / count);
      a0[BLOCK2_C2_DZ + i] = dx;
    }
  }
  storageBarrier();
  // block2_c2.input-gradient: the gradient reaching block2_batchnorm1: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
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
            let wi = BLOCK2_C2_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a0[BLOCK2_C2_DZ + di0 + co], in0);
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
      a0[BLOCK2_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a0[BLOCK2_BATCHNORM1_Z + at0]);
      a0[BLOCK2_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a0[BLOCK2_BATCHNORM1_Z + at0 + 1]);
      a0[BLOCK2_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a0[BLOCK2_BATCHNORM1_Z + at0 + 2]);
      a0[BLOCK2_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a0[BLOCK2_BATCHNORM1_Z + at0 + 3]);
      a0[BLOCK2_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a0[BLOCK2_BATCHNORM1_Z + at0 + 4]);
      a0[BLOCK2_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a0[BLOCK2_BATCHNORM1_Z + at0 + 5]);
      a0[BLOCK2_BATCHNORM1_DZ + at0 + 6] = acc6_0 * dact_relu(a0[BLOCK2_BATCHNORM1_Z + at0 + 6]);
      a0[BLOCK2_BATCHNORM1_DZ + at0 + 7] = acc7_0 * dact_relu(a0[BLOCK2_BATCHNORM1_Z + at0 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel block2_batchnorm1.gradient-sums
// block2_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK2_C1_Z = 16156672u; // a0, 3136 floats per example: block2_c1's output
const BLOCK2_BATCHNORM1_DZ = 31485184u; // a0, 3136 floats per example: the loss's gradient with respect to block2_batchnorm1's output
const BLOCK2_BATCHNORM1_STATS = 1121920u; // a1, 128 floats: block2_batchnorm1's batch mean, then variance, per channel
const BLOCK2_BATCHNORM1_SUMS = 1122048u; // a1, 128 floats: block2_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
  let mean = a1[BLOCK2_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a1[BLOCK2_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK2_BATCHNORM1_DZ + k * CHANNELS + g] * (a0[BLOCK2_C1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK2_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a1[BLOCK2_BATCHNORM1_SUMS + g] = dgamma;
    a1[BLOCK2_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 19: block2_batchnorm1.input-gradient, block2_c1.input-gradient, block1_add1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK1_ADD1_Z = 14551040u; // a0, 6272 floats per example: block1_add1's output before its relu
const BLOCK2_C1_Z = 16156672u; // a0, 3136 floats per example: block2_c1's output
const POOL1_DZ = 26266880u; // a0, 6272 floats per example: the loss's gradient with respect to pool1's output
const BLOCK1_BN_DZ = 29478144u; // a0, 6272 floats per example: the loss's gradient with respect to block1_bn's output
const BLOCK1_ADD1_DZ = 30280960u; // a0, 6272 floats per example: the loss's gradient with respect to block1_add1's output before its relu
const BLOCK2_C1_DZ = 31083776u; // a0, 3136 floats per example: the loss's gradient with respect to block2_c1's output
const BLOCK2_BATCHNORM1_DZ = 31485184u; // a0, 3136 floats per example: the loss's gradient with respect to block2_batchnorm1's output
const BLOCK2_BATCHNORM1_STATS = 1121920u; // a1, 128 floats: block2_batchnorm1's batch mean, then variance, per channel
const BLOCK2_BATCHNORM1_SUMS = 1122048u; // a1, 128 floats: block2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const BLOCK2_C1_KERNEL = 19104u; // params: block2_c1/kernel [3, 3, 32, 64]
const BLOCK2_BATCHNORM1_GAMMA = 37536u; // params: block2_batchnorm1/gamma [64]

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
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // block2_batchnorm1.input-gradient: the gradient reaching block2_c1 through the batch's normalization; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    const POSITIONS = 49;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a1[BLOCK2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[BLOCK2_C1_Z + i] - a1[BLOCK2_BATCHNORM1_STATS + c]) * inv;
      let dx = params[BLOCK2_BATCHNORM1_GAMMA + c] * inv * (a0[BLOCK2_BATCHNORM1_DZ + i] - a1[BLOCK2_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a1[BLOCK2_BATCHNORM1_SUMS + c] / count);
      a0[BLOCK2_C1_DZ + i] = dx;
    }
  }
  storageBarrier();
  // block2_c1.input-gradient: the gradient reaching block1_add1: the taps of dz whose window saw each input position; an item per position × 8 channels
  {
    const ITEMS = 784;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 196;
    const BLOCK = 8;
    for (var e = t; e < ITEMS; e += THREADS) {
      let ci = (e / POSITIONS) * BLOCK;
      let pos = e % POSITIONS;
      let ix = pos % IN_W;
      let iy = pos / IN_W;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var acc2 = 0.0;
      var acc3 = 0.0;
      var acc4 = 0.0;
      var acc5 = 0.0;
      var acc6 = 0.0;
      var acc7 = 0.0;
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let ty = i32(iy) + PAD_TOP - ky;
        if (ty >= 0 && ty % STRIDE_H == 0 && ty / STRIDE_H < OUT_H) {
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let tx = i32(ix) + PAD_LEFT - kx;
            if (tx >= 0 && tx % STRIDE_W == 0 && tx / STRIDE_W < OUT_W) {
              let di = ((b * OUT_H + u32(ty / STRIDE_H)) * OUT_W + u32(tx / STRIDE_W)) * OUT_C;
              let wi = BLOCK2_C1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
              for (var co = 0u; co < OUT_C; co++) {
                let d = a0[BLOCK2_C1_DZ + di + co];
                acc0 = acc0 + d * params[wi + co];
                acc1 = acc1 + d * params[wi + OUT_C + co];
                acc2 = acc2 + d * params[wi + OUT_C * 2 + co];
                acc3 = acc3 + d * params[wi + OUT_C * 3 + co];
                acc4 = acc4 + d * params[wi + OUT_C * 4 + co];
                acc5 = acc5 + d * params[wi + OUT_C * 5 + co];
                acc6 = acc6 + d * params[wi + OUT_C * 6 + co];
                acc7 = acc7 + d * params[wi + OUT_C * 7 + co];
              }
            }
          }
        }
      }
      let at0 = (b * POSITIONS + pos) * IN_C + ci;
      a0[BLOCK1_ADD1_DZ + at0] = (a0[BLOCK1_ADD1_DZ + at0] + acc0) * dact_relu(a0[BLOCK1_ADD1_Z + at0]);
      a0[BLOCK1_ADD1_DZ + at0 + 1] = (a0[BLOCK1_ADD1_DZ + at0 + 1] + acc1) * dact_relu(a0[BLOCK1_ADD1_Z + at0 + 1]);
      a0[BLOCK1_ADD1_DZ + at0 + 2] = (a0[BLOCK1_ADD1_DZ + at0 + 2] + acc2) * dact_relu(a0[BLOCK1_ADD1_Z + at0 + 2]);
      a0[BLOCK1_ADD1_DZ + at0 + 3] = (a0[BLOCK1_ADD1_DZ + at0 + 3] + acc3) * dact_relu(a0[BLOCK1_ADD1_Z + at0 + 3]);
      a0[BLOCK1_ADD1_DZ + at0 + 4] = (a0[BLOCK1_ADD1_DZ + at0 + 4] + acc4) * dact_relu(a0[BLOCK1_ADD1_Z + at0 + 4]);
      a0[BLOCK1_ADD1_DZ + at0 + 5] = (a0[BLOCK1_ADD1_DZ + at0 + 5] + acc5) * dact_relu(a0[BLOCK1_ADD1_Z + at0 + 5]);
      a0[BLOCK1_ADD1_DZ + at0 + 6] = (a0[BLOCK1_ADD1_DZ + at0 + 6] + acc6) * dact_relu(a0[BLOCK1_ADD1_Z + at0 + 6]);
      a0[BLOCK1_ADD1_DZ + at0 + 7] = (a0[BLOCK1_ADD1_DZ + at0 + 7] + acc7) * dact_relu(a0[BLOCK1_ADD1_Z + at0 + 7]);
    }
  }
  storageBarrier();
  // block1_add1.input-gradient: the gradient reaching pool1, block1_bn: dz, to each; an item per element
  {
    const ITEMS = 6272;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let d = a0[BLOCK1_ADD1_DZ + i];
      a0[POOL1_DZ + i] = d;
      a0[BLOCK1_BN_DZ + i] = d;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel block1_bn.gradient-sums
// block1_bn's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK1_C2_Z = 12945408u; // a0, 6272 floats per example: block1_c2's output
const BLOCK1_BN_DZ = 29478144u; // a0, 6272 floats per example: the loss's gradient with respect to block1_bn's output
const BLOCK1_BN_STATS = 992768u; // a1, 64 floats: block1_bn's batch mean, then variance, per channel
const BLOCK1_BN_SUMS = 992832u; // a1, 64 floats: block1_bn's Σ dz·x̂, then Σ dz, per channel

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
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let count = step.n * POSITIONS;
  let mean = a1[BLOCK1_BN_STATS + g];
  let inv = 1.0 / sqrt(a1[BLOCK1_BN_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK1_BN_DZ + k * CHANNELS + g] * (a0[BLOCK1_C2_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK1_BN_DZ + k * CHANNELS + g]); }
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
    a1[BLOCK1_BN_SUMS + g] = dgamma;
    a1[BLOCK1_BN_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 21: block1_bn.input-gradient, block1_c2.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK1_BATCHNORM1_Z = 11339776u; // a0, 6272 floats per example: block1_batchnorm1's output
const BLOCK1_C2_Z = 12945408u; // a0, 6272 floats per example: block1_c2's output
const BLOCK1_BATCHNORM1_DZ = 27872512u; // a0, 6272 floats per example: the loss's gradient with respect to block1_batchnorm1's output
const BLOCK1_C2_DZ = 28675328u; // a0, 6272 floats per example: the loss's gradient with respect to block1_c2's output
const BLOCK1_BN_DZ = 29478144u; // a0, 6272 floats per example: the loss's gradient with respect to block1_bn's output
const BLOCK1_BN_STATS = 992768u; // a1, 64 floats: block1_bn's batch mean, then variance, per channel
const BLOCK1_BN_SUMS = 992832u; // a1, 64 floats: block1_bn's Σ dz·x̂, then Σ dz, per channel
const BLOCK1_C2_KERNEL = 9760u; // params: block1_c2/kernel [3, 3, 32, 32]
const BLOCK1_BN_GAMMA = 18976u; // params: block1_bn/gamma [32]

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
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // block1_bn.input-gradient: the gradient reaching block1_c2 through the batch's normalization; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    const POSITIONS = 196;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a1[BLOCK1_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[BLOCK1_C2_Z + i] - a1[BLOCK1_BN_STATS + c]) * inv;
      let dx = params[BLOCK1_BN_GAMMA + c] * inv * (a0[BLOCK1_BN_DZ + i] - a1[BLOCK1_BN_SUMS + CHANNELS + c] / count - xhat * a1[BLOCK1_BN_SUMS + c] / count);
      a0[BLOCK1_C2_DZ + i] = dx;
    }
  }
  storageBarrier();
  // block1_c2.input-gradient: the gradient reaching block1_batchnorm1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
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
            let wi = BLOCK1_C2_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a0[BLOCK1_C2_DZ + di0 + co], in0);
              let d1 = select(0.0, a0[BLOCK1_C2_DZ + di1 + co], in1);
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
      a0[BLOCK1_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at0]);
      a0[BLOCK1_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at1]);
      a0[BLOCK1_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at0 + 1]);
      a0[BLOCK1_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at1 + 1]);
      a0[BLOCK1_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at0 + 2]);
      a0[BLOCK1_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at1 + 2]);
      a0[BLOCK1_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at0 + 3]);
      a0[BLOCK1_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at1 + 3]);
      a0[BLOCK1_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at0 + 4]);
      a0[BLOCK1_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at1 + 4]);
      a0[BLOCK1_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at0 + 5]);
      a0[BLOCK1_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at1 + 5]);
      a0[BLOCK1_BATCHNORM1_DZ + at0 + 6] = acc6_0 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at0 + 6]);
      a0[BLOCK1_BATCHNORM1_DZ + at1 + 6] = acc6_1 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at1 + 6]);
      a0[BLOCK1_BATCHNORM1_DZ + at0 + 7] = acc7_0 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at0 + 7]);
      a0[BLOCK1_BATCHNORM1_DZ + at1 + 7] = acc7_1 * dact_relu(a0[BLOCK1_BATCHNORM1_Z + at1 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel block1_batchnorm1.gradient-sums
// block1_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BLOCK1_C1_Z = 10536960u; // a0, 6272 floats per example: block1_c1's output
const BLOCK1_BATCHNORM1_DZ = 27872512u; // a0, 6272 floats per example: the loss's gradient with respect to block1_batchnorm1's output
const BLOCK1_BATCHNORM1_STATS = 753024u; // a1, 64 floats: block1_batchnorm1's batch mean, then variance, per channel
const BLOCK1_BATCHNORM1_SUMS = 753088u; // a1, 64 floats: block1_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let count = step.n * POSITIONS;
  let mean = a1[BLOCK1_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a1[BLOCK1_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK1_BATCHNORM1_DZ + k * CHANNELS + g] * (a0[BLOCK1_C1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BLOCK1_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a1[BLOCK1_BATCHNORM1_SUMS + g] = dgamma;
    a1[BLOCK1_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 23: block1_batchnorm1.input-gradient, block1_c1.input-gradient, pool1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BATCHNORM1_Z = 3311616u; // a0, 25088 floats per example: batchnorm1's output
const ACTIVATION1_Y = 6522880u; // a0, 25088 floats per example: activation1's output: relu(batchnorm1's)
const BLOCK1_C1_Z = 10536960u; // a0, 6272 floats per example: block1_c1's output
const BATCHNORM1_DZ = 23055616u; // a0, 25088 floats per example: the loss's gradient with respect to batchnorm1's output
const POOL1_DZ = 26266880u; // a0, 6272 floats per example: the loss's gradient with respect to pool1's output
const BLOCK1_C1_DZ = 27069696u; // a0, 6272 floats per example: the loss's gradient with respect to block1_c1's output
const BLOCK1_BATCHNORM1_DZ = 27872512u; // a0, 6272 floats per example: the loss's gradient with respect to block1_batchnorm1's output
const BLOCK1_BATCHNORM1_STATS = 753024u; // a1, 64 floats: block1_batchnorm1's batch mean, then variance, per channel
const BLOCK1_BATCHNORM1_SUMS = 753088u; // a1, 64 floats: block1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const BLOCK1_C1_KERNEL = 416u; // params: block1_c1/kernel [3, 3, 32, 32]
const BLOCK1_BATCHNORM1_GAMMA = 9632u; // params: block1_batchnorm1/gamma [32]

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
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // block1_batchnorm1.input-gradient: the gradient reaching block1_c1 through the batch's normalization; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    const POSITIONS = 196;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a1[BLOCK1_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[BLOCK1_C1_Z + i] - a1[BLOCK1_BATCHNORM1_STATS + c]) * inv;
      let dx = params[BLOCK1_BATCHNORM1_GAMMA + c] * inv * (a0[BLOCK1_BATCHNORM1_DZ + i] - a1[BLOCK1_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a1[BLOCK1_BATCHNORM1_SUMS + c] / count);
      a0[BLOCK1_C1_DZ + i] = dx;
    }
  }
  storageBarrier();
  // block1_c1.input-gradient: the gradient reaching pool1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
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
            let wi = BLOCK1_C1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a0[BLOCK1_C1_DZ + di0 + co], in0);
              let d1 = select(0.0, a0[BLOCK1_C1_DZ + di1 + co], in1);
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
      a0[POOL1_DZ + at0] = a0[POOL1_DZ + at0] + acc0_0;
      a0[POOL1_DZ + at1] = a0[POOL1_DZ + at1] + acc0_1;
      a0[POOL1_DZ + at0 + 1] = a0[POOL1_DZ + at0 + 1] + acc1_0;
      a0[POOL1_DZ + at1 + 1] = a0[POOL1_DZ + at1 + 1] + acc1_1;
      a0[POOL1_DZ + at0 + 2] = a0[POOL1_DZ + at0 + 2] + acc2_0;
      a0[POOL1_DZ + at1 + 2] = a0[POOL1_DZ + at1 + 2] + acc2_1;
      a0[POOL1_DZ + at0 + 3] = a0[POOL1_DZ + at0 + 3] + acc3_0;
      a0[POOL1_DZ + at1 + 3] = a0[POOL1_DZ + at1 + 3] + acc3_1;
      a0[POOL1_DZ + at0 + 4] = a0[POOL1_DZ + at0 + 4] + acc4_0;
      a0[POOL1_DZ + at1 + 4] = a0[POOL1_DZ + at1 + 4] + acc4_1;
      a0[POOL1_DZ + at0 + 5] = a0[POOL1_DZ + at0 + 5] + acc5_0;
      a0[POOL1_DZ + at1 + 5] = a0[POOL1_DZ + at1 + 5] + acc5_1;
      a0[POOL1_DZ + at0 + 6] = a0[POOL1_DZ + at0 + 6] + acc6_0;
      a0[POOL1_DZ + at1 + 6] = a0[POOL1_DZ + at1 + 6] + acc6_1;
      a0[POOL1_DZ + at0 + 7] = a0[POOL1_DZ + at0 + 7] + acc7_0;
      a0[POOL1_DZ + at1 + 7] = a0[POOL1_DZ + at1 + 7] + acc7_1;
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
              let v = a0[ACTIVATION1_Y + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
              if (v > best) { best = v; by = py; bx = px; }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a0[POOL1_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a0[BATCHNORM1_DZ + b * 25088 + e] = acc * dact_relu(a0[BATCHNORM1_Z + b * 25088 + e]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel batchnorm1.gradient-sums
// batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_Z = 100352u; // a0, 25088 floats per example: stem's output
const BATCHNORM1_DZ = 23055616u; // a0, 25088 floats per example: the loss's gradient with respect to batchnorm1's output
const BATCHNORM1_STATS = 513280u; // a1, 64 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_SUMS = 513344u; // a1, 64 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BATCHNORM1_DZ + k * CHANNELS + g] * (a0[STEM_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[BATCHNORM1_DZ + k * CHANNELS + g]); }
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
// kernel train 25: batchnorm1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_Z = 100352u; // a0, 25088 floats per example: stem's output
const STEM_DZ = 19844352u; // a0, 25088 floats per example: the loss's gradient with respect to stem's output
const BATCHNORM1_DZ = 23055616u; // a0, 25088 floats per example: the loss's gradient with respect to batchnorm1's output
const BATCHNORM1_STATS = 513280u; // a1, 64 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_SUMS = 513344u; // a1, 64 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel
const BATCHNORM1_GAMMA = 288u; // params: batchnorm1/gamma [32]

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

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // batchnorm1.input-gradient: the gradient reaching stem through the batch's normalization; an item per element
  {
    const ITEMS = 25088;
    const CHANNELS = 32;
    const POSITIONS = 784;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 25088 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a1[BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[STEM_Z + i] - a1[BATCHNORM1_STATS + c]) * inv;
      let dx = params[BATCHNORM1_GAMMA + c] * inv * (a0[BATCHNORM1_DZ + i] - a1[BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a1[BATCHNORM1_SUMS + c] / count);
      a0[STEM_DZ + i] = dx;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel weight-gradients
// every conv and dense layer's weight gradient as partial sums over groups of examples, layer by layer in thread ranges
// one thread per index below 76554, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const POOL1_Z = 9734144u; // a0, 6272 floats per example: pool1's output
const BLOCK1_ACTIVATION1_Y = 12142592u; // a0, 6272 floats per example: block1_activation1's output: relu(block1_batchnorm1's)
const BLOCK1_ADD1_Y = 15353856u; // a0, 6272 floats per example: block1_add1's output: relu(z)
const BLOCK2_ACTIVATION1_Y = 16959488u; // a0, 3136 floats per example: block2_activation1's output: relu(block2_batchnorm1's)
const POOL2_Z = 19769344u; // a0, 576 floats per example: pool2's output
const STEM_DZ = 19844352u; // a0, 25088 floats per example: the loss's gradient with respect to stem's output
const BLOCK1_C1_DZ = 27069696u; // a0, 6272 floats per example: the loss's gradient with respect to block1_c1's output
const BLOCK1_C2_DZ = 28675328u; // a0, 6272 floats per example: the loss's gradient with respect to block1_c2's output
const BLOCK2_C1_DZ = 31083776u; // a0, 3136 floats per example: the loss's gradient with respect to block2_c1's output
const BLOCK2_C2_DZ = 31886592u; // a0, 3136 floats per example: the loss's gradient with respect to block2_c2's output
const BLOCK2_SHORTCUT_DZ = 32689408u; // a0, 3136 floats per example: the loss's gradient with respect to block2_shortcut's output
const DENSE1_DZ = 475136u; // a1, 10 floats per example: the loss's gradient with respect to dense1's output
const STEM_PARTIALS = 476416u; // a1, 36864 floats: stem's weight-gradient partial sums: 128 groups × 288 weights
const BLOCK1_C1_PARTIALS = 513408u; // a1, 239616 floats: block1_c1's weight-gradient partial sums: 26 groups × 9216 weights
const BLOCK1_C2_PARTIALS = 753152u; // a1, 239616 floats: block1_c2's weight-gradient partial sums: 26 groups × 9216 weights
const BLOCK2_C1_PARTIALS = 992896u; // a1, 129024 floats: block2_c1's weight-gradient partial sums: 7 groups × 18432 weights
const BLOCK2_C2_PARTIALS = 1122176u; // a1, 258048 floats: block2_c2's weight-gradient partial sums: 7 groups × 36864 weights
const BLOCK2_SHORTCUT_PARTIALS = 1380480u; // a1, 14336 floats: block2_shortcut's weight-gradient partial sums: 7 groups × 2048 weights
const DENSE1_PARTIALS = 1395072u; // a1, 5770 floats: dense1's weight-gradient partial sums: 1 group × 5770 weights

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
  if (i >= 76554u) { return; }
  let zero = step.n >> 31u; // 0 (no batch holds 2^31 examples), read at run time so loops from it stay loops
  // stem/kernel: 4 filters × 3 taps of a kernel row × one input channel; 128 groups of 1 example × 24 threads
  if (i < 3072u) {
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
    const WEIGHTS = 288;
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
            let d0 = a0[STEM_DZ + di];
            let d1 = a0[STEM_DZ + di + 1];
            let d2 = a0[STEM_DZ + di + 2];
            let d3 = a0[STEM_DZ + di + 3];
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
    a1[STEM_PARTIALS + group * WEIGHTS + wi] = acc0_0;
    a1[STEM_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1;
    a1[STEM_PARTIALS + group * WEIGHTS + wi + 64] = acc0_2;
    a1[STEM_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0;
    a1[STEM_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1;
    a1[STEM_PARTIALS + group * WEIGHTS + wi + 65] = acc1_2;
    a1[STEM_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0;
    a1[STEM_PARTIALS + group * WEIGHTS + wi + 34] = acc2_1;
    a1[STEM_PARTIALS + group * WEIGHTS + wi + 66] = acc2_2;
    a1[STEM_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0;
    a1[STEM_PARTIALS + group * WEIGHTS + wi + 35] = acc3_1;
    a1[STEM_PARTIALS + group * WEIGHTS + wi + 67] = acc3_2;
    return;
  }
  // block1_c1/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 26 groups of 5 examples × 768 threads
  if (i >= 3072u && i < 23040u) {
    const PER_GROUP = 768;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 16;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 16;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 9216;
    let local = i - 3072u;
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
            let d0 = a0[BLOCK1_C1_DZ + di];
            let d1 = a0[BLOCK1_C1_DZ + di + 1];
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
    a1[BLOCK1_C1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[BLOCK1_C1_PARTIALS + group * WEIGHTS + wi + 1024] = acc0_0_1;
    a1[BLOCK1_C1_PARTIALS + group * WEIGHTS + wi + 2048] = acc0_0_2;
    a1[BLOCK1_C1_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a1[BLOCK1_C1_PARTIALS + group * WEIGHTS + wi + 1056] = acc0_1_1;
    a1[BLOCK1_C1_PARTIALS + group * WEIGHTS + wi + 2080] = acc0_1_2;
    a1[BLOCK1_C1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[BLOCK1_C1_PARTIALS + group * WEIGHTS + wi + 1025] = acc1_0_1;
    a1[BLOCK1_C1_PARTIALS + group * WEIGHTS + wi + 2049] = acc1_0_2;
    a1[BLOCK1_C1_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a1[BLOCK1_C1_PARTIALS + group * WEIGHTS + wi + 1057] = acc1_1_1;
    a1[BLOCK1_C1_PARTIALS + group * WEIGHTS + wi + 2081] = acc1_1_2;
    return;
  }
  // block1_c2/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 26 groups of 5 examples × 768 threads
  if (i >= 23040u && i < 43008u) {
    const PER_GROUP = 768;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 16;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 16;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 9216;
    let local = i - 23040u;
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
          var x0_0 = select(0.0, a0[BLOCK1_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[BLOCK1_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[BLOCK1_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[BLOCK1_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a0[BLOCK1_C2_DZ + di];
            let d1 = a0[BLOCK1_C2_DZ + di + 1];
            let x0_2 = select(0.0, a0[BLOCK1_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[BLOCK1_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a1[BLOCK1_C2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[BLOCK1_C2_PARTIALS + group * WEIGHTS + wi + 1024] = acc0_0_1;
    a1[BLOCK1_C2_PARTIALS + group * WEIGHTS + wi + 2048] = acc0_0_2;
    a1[BLOCK1_C2_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a1[BLOCK1_C2_PARTIALS + group * WEIGHTS + wi + 1056] = acc0_1_1;
    a1[BLOCK1_C2_PARTIALS + group * WEIGHTS + wi + 2080] = acc0_1_2;
    a1[BLOCK1_C2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[BLOCK1_C2_PARTIALS + group * WEIGHTS + wi + 1025] = acc1_0_1;
    a1[BLOCK1_C2_PARTIALS + group * WEIGHTS + wi + 2049] = acc1_0_2;
    a1[BLOCK1_C2_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a1[BLOCK1_C2_PARTIALS + group * WEIGHTS + wi + 1057] = acc1_1_1;
    a1[BLOCK1_C2_PARTIALS + group * WEIGHTS + wi + 2081] = acc1_1_2;
    return;
  }
  // block2_c1/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 7 groups of 20 examples × 1536 threads
  if (i >= 43008u && i < 53760u) {
    const PER_GROUP = 1536;
    const EXAMPLES = 20;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const KERNEL_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 32;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 16;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 18432;
    let local = i - 43008u;
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
        let iy = oy * STRIDE_H + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a0[BLOCK2_C1_DZ + di];
            let d1 = a0[BLOCK2_C1_DZ + di + 1];
            let ix = ox * STRIDE_W - PAD_LEFT;
            let x0_0 = select(0.0, a0[BLOCK1_ADD1_Y + (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C + ci], ix >= 0 && ix < IN_W);
            let x0_1 = select(0.0, a0[BLOCK1_ADD1_Y + (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C + ci], ix + 1 >= 0 && ix + 1 < IN_W);
            let x0_2 = select(0.0, a0[BLOCK1_ADD1_Y + (row + u32(clamp(ix + 2, 0, IN_W - 1))) * IN_C + ci], ix + 2 >= 0 && ix + 2 < IN_W);
            let x1_0 = select(0.0, a0[BLOCK1_ADD1_Y + (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C + ci + 1], ix >= 0 && ix < IN_W);
            let x1_1 = select(0.0, a0[BLOCK1_ADD1_Y + (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C + ci + 1], ix + 1 >= 0 && ix + 1 < IN_W);
            let x1_2 = select(0.0, a0[BLOCK1_ADD1_Y + (row + u32(clamp(ix + 2, 0, IN_W - 1))) * IN_C + ci + 1], ix + 2 >= 0 && ix + 2 < IN_W);
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
          }
        }
      }
    }
    let wi = (u32(ky) * KERNEL_W * IN_C + ci) * OUT_C + co;
    a1[BLOCK2_C1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[BLOCK2_C1_PARTIALS + group * WEIGHTS + wi + 2048] = acc0_0_1;
    a1[BLOCK2_C1_PARTIALS + group * WEIGHTS + wi + 4096] = acc0_0_2;
    a1[BLOCK2_C1_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a1[BLOCK2_C1_PARTIALS + group * WEIGHTS + wi + 2112] = acc0_1_1;
    a1[BLOCK2_C1_PARTIALS + group * WEIGHTS + wi + 4160] = acc0_1_2;
    a1[BLOCK2_C1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[BLOCK2_C1_PARTIALS + group * WEIGHTS + wi + 2049] = acc1_0_1;
    a1[BLOCK2_C1_PARTIALS + group * WEIGHTS + wi + 4097] = acc1_0_2;
    a1[BLOCK2_C1_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a1[BLOCK2_C1_PARTIALS + group * WEIGHTS + wi + 2113] = acc1_1_1;
    a1[BLOCK2_C1_PARTIALS + group * WEIGHTS + wi + 4161] = acc1_1_2;
    return;
  }
  // block2_c2/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 7 groups of 20 examples × 3072 threads
  if (i >= 53760u && i < 75264u) {
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
    const WEIGHTS = 36864;
    let local = i - 53760u;
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
          var x0_0 = select(0.0, a0[BLOCK2_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[BLOCK2_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[BLOCK2_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[BLOCK2_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a0[BLOCK2_C2_DZ + di];
            let d1 = a0[BLOCK2_C2_DZ + di + 1];
            let x0_2 = select(0.0, a0[BLOCK2_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[BLOCK2_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a1[BLOCK2_C2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[BLOCK2_C2_PARTIALS + group * WEIGHTS + wi + 4096] = acc0_0_1;
    a1[BLOCK2_C2_PARTIALS + group * WEIGHTS + wi + 8192] = acc0_0_2;
    a1[BLOCK2_C2_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a1[BLOCK2_C2_PARTIALS + group * WEIGHTS + wi + 4160] = acc0_1_1;
    a1[BLOCK2_C2_PARTIALS + group * WEIGHTS + wi + 8256] = acc0_1_2;
    a1[BLOCK2_C2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[BLOCK2_C2_PARTIALS + group * WEIGHTS + wi + 4097] = acc1_0_1;
    a1[BLOCK2_C2_PARTIALS + group * WEIGHTS + wi + 8193] = acc1_0_2;
    a1[BLOCK2_C2_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a1[BLOCK2_C2_PARTIALS + group * WEIGHTS + wi + 4161] = acc1_1_1;
    a1[BLOCK2_C2_PARTIALS + group * WEIGHTS + wi + 8257] = acc1_1_2;
    return;
  }
  // block2_shortcut/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 7 groups of 20 examples × 128 threads
  if (i >= 75264u && i < 76160u) {
    const PER_GROUP = 128;
    const EXAMPLES = 20;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    const FILTER_BLOCKS = 16;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 2048;
    let local = i - 75264u;
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
        let iy = oy * STRIDE_H;
        let row = (b * IN_H + u32(iy)) * IN_W;
        for (var ox = i32(zero); ox < OUT_W; ox++) {
          let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
          let d0 = a0[BLOCK2_SHORTCUT_DZ + di];
          let d1 = a0[BLOCK2_SHORTCUT_DZ + di + 1];
          let d2 = a0[BLOCK2_SHORTCUT_DZ + di + 2];
          let d3 = a0[BLOCK2_SHORTCUT_DZ + di + 3];
          let ix = ox * STRIDE_W;
          let x0_0 = a0[BLOCK1_ADD1_Y + (row + u32(ix)) * IN_C + ci];
          let x1_0 = a0[BLOCK1_ADD1_Y + (row + u32(ix)) * IN_C + ci + 1];
          let x2_0 = a0[BLOCK1_ADD1_Y + (row + u32(ix)) * IN_C + ci + 2];
          let x3_0 = a0[BLOCK1_ADD1_Y + (row + u32(ix)) * IN_C + ci + 3];
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
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 128] = acc0_2_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 192] = acc0_3_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 129] = acc1_2_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 193] = acc1_3_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 66] = acc2_1_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 130] = acc2_2_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 194] = acc2_3_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 67] = acc3_1_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 131] = acc3_2_0;
    a1[BLOCK2_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 195] = acc3_3_0;
    return;
  }
  // dense1/kernel: 8 input units' weights to 2 output units; 1 group of 128 examples × 360 threads
  if (i >= 76160u && i < 76520u) {
    const IN_UNITS = 576;
    const OUT_UNITS = 10;
    const BLOCK = 8;
    const UNIT_BLOCK = 2;
    const UNIT_BLOCKS = 5;
    const WEIGHTS = 5770;
    let local = i - 76160u;
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
      let x0 = a0[POOL2_Z + b * IN_UNITS + k];
      let x1 = a0[POOL2_Z + b * IN_UNITS + k + 1];
      let x2 = a0[POOL2_Z + b * IN_UNITS + k + 2];
      let x3 = a0[POOL2_Z + b * IN_UNITS + k + 3];
      let x4 = a0[POOL2_Z + b * IN_UNITS + k + 4];
      let x5 = a0[POOL2_Z + b * IN_UNITS + k + 5];
      let x6 = a0[POOL2_Z + b * IN_UNITS + k + 6];
      let x7 = a0[POOL2_Z + b * IN_UNITS + k + 7];
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
  // dense1/bias: one unit; 1 group of 128 examples × 10 threads
  if (i >= 76544u && i < 76554u) {
    const OUT_UNITS = 10;
    const KERNEL_WEIGHTS = 5760;
    const WEIGHTS = 5770;
    let local = i - 76544u;
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
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel partial-sums
// the weight gradients' partial sums, first level: each run of consecutive groups added in order into its first group
// one thread per index below 95360, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_PARTIALS = 476416u; // a1, 36864 floats: stem's weight-gradient partial sums: 128 groups × 288 weights
const BLOCK1_C1_PARTIALS = 513408u; // a1, 239616 floats: block1_c1's weight-gradient partial sums: 26 groups × 9216 weights
const BLOCK1_C2_PARTIALS = 753152u; // a1, 239616 floats: block1_c2's weight-gradient partial sums: 26 groups × 9216 weights

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
  if (i >= 95360u) { return; }
  // stem: 128 groups in 11 runs of 12, 288 weights each
  if (i < 3168u) {
    const WEIGHTS = 288;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[STEM_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[STEM_PARTIALS + g * WEIGHTS + j];
    }
    a1[STEM_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // block1_c1: 26 groups in 5 runs of 6, 9216 weights each
  if (i >= 3200u && i < 49280u) {
    const WEIGHTS = 9216;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 3200u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[BLOCK1_C1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[BLOCK1_C1_PARTIALS + g * WEIGHTS + j];
    }
    a1[BLOCK1_C1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // block1_c2: 26 groups in 5 runs of 6, 9216 weights each
  if (i >= 49280u && i < 95360u) {
    const WEIGHTS = 9216;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 49280u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[BLOCK1_C2_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[BLOCK1_C2_PARTIALS + g * WEIGHTS + j];
    }
    a1[BLOCK1_C2_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel update
// momentum with L2 weight decay on kernels: each trainable float p's gradient (its layer's partial sums added in order), then its new value and state; the last workgroup sums the batch's metrics
// 1289 workgroups of 64 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_PARTIALS = 476416u; // a1, 36864 floats: stem's weight-gradient partial sums: 128 groups × 288 weights
const BATCHNORM1_SUMS = 513344u; // a1, 64 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel
const BLOCK1_C1_PARTIALS = 513408u; // a1, 239616 floats: block1_c1's weight-gradient partial sums: 26 groups × 9216 weights
const BLOCK1_BATCHNORM1_SUMS = 753088u; // a1, 64 floats: block1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const BLOCK1_C2_PARTIALS = 753152u; // a1, 239616 floats: block1_c2's weight-gradient partial sums: 26 groups × 9216 weights
const BLOCK1_BN_SUMS = 992832u; // a1, 64 floats: block1_bn's Σ dz·x̂, then Σ dz, per channel
const BLOCK2_C1_PARTIALS = 992896u; // a1, 129024 floats: block2_c1's weight-gradient partial sums: 7 groups × 18432 weights
const BLOCK2_BATCHNORM1_SUMS = 1122048u; // a1, 128 floats: block2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const BLOCK2_C2_PARTIALS = 1122176u; // a1, 258048 floats: block2_c2's weight-gradient partial sums: 7 groups × 36864 weights
const BLOCK2_BN_SUMS = 1380352u; // a1, 128 floats: block2_bn's Σ dz·x̂, then Σ dz, per channel
const BLOCK2_SHORTCUT_PARTIALS = 1380480u; // a1, 14336 floats: block2_shortcut's weight-gradient partial sums: 7 groups × 2048 weights
const BLOCK2_SHORTCUT_BN_SUMS = 1394944u; // a1, 128 floats: block2_shortcut_bn's Σ dz·x̂, then Σ dz, per channel
const DENSE1_PARTIALS = 1395072u; // a1, 5770 floats: dense1's weight-gradient partial sums: 1 group × 5770 weights
const GRADIENT = 1400896u; // a1, 82410 floats: every trainable float's gradient, as the update used it
const STEM_KERNEL = 0u; // params: stem/kernel [3, 3, 1, 32]
const BATCHNORM1_GAMMA = 288u; // params: batchnorm1/gamma [32]
const BATCHNORM1_BETA = 320u; // params: batchnorm1/beta [32]
const BLOCK1_C1_KERNEL = 416u; // params: block1_c1/kernel [3, 3, 32, 32]
const BLOCK1_BATCHNORM1_GAMMA = 9632u; // params: block1_batchnorm1/gamma [32]
const BLOCK1_BATCHNORM1_BETA = 9664u; // params: block1_batchnorm1/beta [32]
const BLOCK1_C2_KERNEL = 9760u; // params: block1_c2/kernel [3, 3, 32, 32]
const BLOCK1_BN_GAMMA = 18976u; // params: block1_bn/gamma [32]
const BLOCK1_BN_BETA = 19008u; // params: block1_bn/beta [32]
const BLOCK2_C1_KERNEL = 19104u; // params: block2_c1/kernel [3, 3, 32, 64]
const BLOCK2_BATCHNORM1_GAMMA = 37536u; // params: block2_batchnorm1/gamma [64]
const BLOCK2_BATCHNORM1_BETA = 37600u; // params: block2_batchnorm1/beta [64]
const BLOCK2_C2_KERNEL = 37792u; // params: block2_c2/kernel [3, 3, 64, 64]
const BLOCK2_BN_GAMMA = 74656u; // params: block2_bn/gamma [64]
const BLOCK2_BN_BETA = 74720u; // params: block2_bn/beta [64]
const BLOCK2_SHORTCUT_KERNEL = 74912u; // params: block2_shortcut/kernel [1, 1, 32, 64]
const BLOCK2_SHORTCUT_BN_GAMMA = 76960u; // params: block2_shortcut_bn/gamma [64]
const BLOCK2_SHORTCUT_BN_BETA = 77024u; // params: block2_shortcut_bn/beta [64]
const DENSE1_KERNEL = 77216u; // params: dense1/kernel [576, 10]
const DENSE1_BIAS = 82976u; // params: dense1/bias [10]

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
  if (g >= 1289u) { return; }
  if (g == 1288u) {
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
  // stem/kernel [3, 3, 1, 32]: trainable floats 0–287
  if (p < 288u) {
    let j = p;
    let wi = STEM_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a1[STEM_PARTIALS + k * 288u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // batchnorm1/gamma [32]: trainable floats 288–319
  if (p < 320u) {
    let j = p - 288u;
    let wi = BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a1[BATCHNORM1_SUMS + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // batchnorm1/beta [32]: trainable floats 320–351
  if (p < 352u) {
    let j = p - 320u;
    let wi = BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a1[BATCHNORM1_SUMS + 32u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block1_c1/kernel [3, 3, 32, 32]: trainable floats 352–9567
  if (p < 9568u) {
    let j = p - 352u;
    let wi = BLOCK1_C1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[BLOCK1_C1_PARTIALS + k * 9216u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block1_batchnorm1/gamma [32]: trainable floats 9568–9599
  if (p < 9600u) {
    let j = p - 9568u;
    let wi = BLOCK1_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a1[BLOCK1_BATCHNORM1_SUMS + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block1_batchnorm1/beta [32]: trainable floats 9600–9631
  if (p < 9632u) {
    let j = p - 9600u;
    let wi = BLOCK1_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a1[BLOCK1_BATCHNORM1_SUMS + 32u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block1_c2/kernel [3, 3, 32, 32]: trainable floats 9632–18847
  if (p < 18848u) {
    let j = p - 9632u;
    let wi = BLOCK1_C2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[BLOCK1_C2_PARTIALS + k * 9216u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block1_bn/gamma [32]: trainable floats 18848–18879
  if (p < 18880u) {
    let j = p - 18848u;
    let wi = BLOCK1_BN_GAMMA + j;
    let w = params[wi];
    var grad = a1[BLOCK1_BN_SUMS + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block1_bn/beta [32]: trainable floats 18880–18911
  if (p < 18912u) {
    let j = p - 18880u;
    let wi = BLOCK1_BN_BETA + j;
    let w = params[wi];
    var grad = a1[BLOCK1_BN_SUMS + 32u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block2_c1/kernel [3, 3, 32, 64]: trainable floats 18912–37343
  if (p < 37344u) {
    let j = p - 18912u;
    let wi = BLOCK2_C1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[BLOCK2_C1_PARTIALS + k * 18432u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block2_batchnorm1/gamma [64]: trainable floats 37344–37407
  if (p < 37408u) {
    let j = p - 37344u;
    let wi = BLOCK2_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a1[BLOCK2_BATCHNORM1_SUMS + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block2_batchnorm1/beta [64]: trainable floats 37408–37471
  if (p < 37472u) {
    let j = p - 37408u;
    let wi = BLOCK2_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a1[BLOCK2_BATCHNORM1_SUMS + 64u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block2_c2/kernel [3, 3, 64, 64]: trainable floats 37472–74335
  if (p < 74336u) {
    let j = p - 37472u;
    let wi = BLOCK2_C2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[BLOCK2_C2_PARTIALS + k * 36864u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block2_bn/gamma [64]: trainable floats 74336–74399
  if (p < 74400u) {
    let j = p - 74336u;
    let wi = BLOCK2_BN_GAMMA + j;
    let w = params[wi];
    var grad = a1[BLOCK2_BN_SUMS + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block2_bn/beta [64]: trainable floats 74400–74463
  if (p < 74464u) {
    let j = p - 74400u;
    let wi = BLOCK2_BN_BETA + j;
    let w = params[wi];
    var grad = a1[BLOCK2_BN_SUMS + 64u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block2_shortcut/kernel [1, 1, 32, 64]: trainable floats 74464–76511
  if (p < 76512u) {
    let j = p - 74464u;
    let wi = BLOCK2_SHORTCUT_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[BLOCK2_SHORTCUT_PARTIALS + k * 2048u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block2_shortcut_bn/gamma [64]: trainable floats 76512–76575
  if (p < 76576u) {
    let j = p - 76512u;
    let wi = BLOCK2_SHORTCUT_BN_GAMMA + j;
    let w = params[wi];
    var grad = a1[BLOCK2_SHORTCUT_BN_SUMS + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // block2_shortcut_bn/beta [64]: trainable floats 76576–76639
  if (p < 76640u) {
    let j = p - 76576u;
    let wi = BLOCK2_SHORTCUT_BN_BETA + j;
    let w = params[wi];
    var grad = a1[BLOCK2_SHORTCUT_BN_SUMS + 64u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // dense1/kernel [576, 10]: trainable floats 76640–82399
  if (p < 82400u) {
    let j = p - 76640u;
    let wi = DENSE1_KERNEL + j;
    let w = params[wi];
    var grad = a1[DENSE1_PARTIALS + j];
    grad = grad + w * 0.0005000000237487257;
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
  // dense1/bias [10]: trainable floats 82400–82409
  if (p < 82410u) {
    let j = p - 82400u;
    let wi = DENSE1_BIAS + j;
    let w = params[wi];
    var grad = a1[DENSE1_PARTIALS + 5760u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * (grad + acc * 0.8999999761581421) + w;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel evaluate 1: input, stem.forward, batchnorm1.evaluate, pool1.forward, block1_c1.forward, block1_batchnorm1.evaluate, block1_c2.forward, block1_bn.evaluate, block1_add1.forward, block2_c1.forward, block2_batchnorm1.evaluate, block2_c2.forward, block2_bn.evaluate, block2_shortcut.forward, block2_shortcut_bn.evaluate, block2_add1.forward, pool2.forward, dense1.forward, loss.evaluate
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const STEM_Z = 100352u; // a0, 25088 floats per example: stem's output
const BATCHNORM1_Z = 3311616u; // a0, 25088 floats per example: batchnorm1's output
const ACTIVATION1_Y = 6522880u; // a0, 25088 floats per example: activation1's output: relu(batchnorm1's)
const POOL1_Z = 9734144u; // a0, 6272 floats per example: pool1's output
const BLOCK1_C1_Z = 10536960u; // a0, 6272 floats per example: block1_c1's output
const BLOCK1_BATCHNORM1_Z = 11339776u; // a0, 6272 floats per example: block1_batchnorm1's output
const BLOCK1_ACTIVATION1_Y = 12142592u; // a0, 6272 floats per example: block1_activation1's output: relu(block1_batchnorm1's)
const BLOCK1_C2_Z = 12945408u; // a0, 6272 floats per example: block1_c2's output
const BLOCK1_BN_Z = 13748224u; // a0, 6272 floats per example: block1_bn's output
const BLOCK1_ADD1_Z = 14551040u; // a0, 6272 floats per example: block1_add1's output before its relu
const BLOCK1_ADD1_Y = 15353856u; // a0, 6272 floats per example: block1_add1's output: relu(z)
const BLOCK2_C1_Z = 16156672u; // a0, 3136 floats per example: block2_c1's output
const BLOCK2_BATCHNORM1_Z = 16558080u; // a0, 3136 floats per example: block2_batchnorm1's output
const BLOCK2_ACTIVATION1_Y = 16959488u; // a0, 3136 floats per example: block2_activation1's output: relu(block2_batchnorm1's)
const BLOCK2_C2_Z = 17360896u; // a0, 3136 floats per example: block2_c2's output
const BLOCK2_BN_Z = 17762304u; // a0, 3136 floats per example: block2_bn's output
const BLOCK2_SHORTCUT_Z = 18163712u; // a0, 3136 floats per example: block2_shortcut's output
const BLOCK2_SHORTCUT_BN_Z = 18565120u; // a0, 3136 floats per example: block2_shortcut_bn's output
const BLOCK2_ADD1_Z = 18966528u; // a0, 3136 floats per example: block2_add1's output before its relu
const BLOCK2_ADD1_Y = 19367936u; // a0, 3136 floats per example: block2_add1's output: relu(z)
const POOL2_Z = 19769344u; // a0, 576 floats per example: pool2's output
const DENSE1_Z = 19843072u; // a0, 10 floats per example: dense1's output
const STEM_KERNEL = 0u; // params: stem/kernel [3, 3, 1, 32]
const BATCHNORM1_GAMMA = 288u; // params: batchnorm1/gamma [32]
const BATCHNORM1_BETA = 320u; // params: batchnorm1/beta [32]
const BATCHNORM1_MOVING_MEAN = 352u; // params: batchnorm1/moving_mean [32]
const BATCHNORM1_MOVING_VARIANCE = 384u; // params: batchnorm1/moving_variance [32]
const BLOCK1_C1_KERNEL = 416u; // params: block1_c1/kernel [3, 3, 32, 32]
const BLOCK1_BATCHNORM1_GAMMA = 9632u; // params: block1_batchnorm1/gamma [32]
const BLOCK1_BATCHNORM1_BETA = 9664u; // params: block1_batchnorm1/beta [32]
const BLOCK1_BATCHNORM1_MOVING_MEAN = 9696u; // params: block1_batchnorm1/moving_mean [32]
const BLOCK1_BATCHNORM1_MOVING_VARIANCE = 9728u; // params: block1_batchnorm1/moving_variance [32]
const BLOCK1_C2_KERNEL = 9760u; // params: block1_c2/kernel [3, 3, 32, 32]
const BLOCK1_BN_GAMMA = 18976u; // params: block1_bn/gamma [32]
const BLOCK1_BN_BETA = 19008u; // params: block1_bn/beta [32]
const BLOCK1_BN_MOVING_MEAN = 19040u; // params: block1_bn/moving_mean [32]
const BLOCK1_BN_MOVING_VARIANCE = 19072u; // params: block1_bn/moving_variance [32]
const BLOCK2_C1_KERNEL = 19104u; // params: block2_c1/kernel [3, 3, 32, 64]
const BLOCK2_BATCHNORM1_GAMMA = 37536u; // params: block2_batchnorm1/gamma [64]
const BLOCK2_BATCHNORM1_BETA = 37600u; // params: block2_batchnorm1/beta [64]
const BLOCK2_BATCHNORM1_MOVING_MEAN = 37664u; // params: block2_batchnorm1/moving_mean [64]
const BLOCK2_BATCHNORM1_MOVING_VARIANCE = 37728u; // params: block2_batchnorm1/moving_variance [64]
const BLOCK2_C2_KERNEL = 37792u; // params: block2_c2/kernel [3, 3, 64, 64]
const BLOCK2_BN_GAMMA = 74656u; // params: block2_bn/gamma [64]
const BLOCK2_BN_BETA = 74720u; // params: block2_bn/beta [64]
const BLOCK2_BN_MOVING_MEAN = 74784u; // params: block2_bn/moving_mean [64]
const BLOCK2_BN_MOVING_VARIANCE = 74848u; // params: block2_bn/moving_variance [64]
const BLOCK2_SHORTCUT_KERNEL = 74912u; // params: block2_shortcut/kernel [1, 1, 32, 64]
const BLOCK2_SHORTCUT_BN_GAMMA = 76960u; // params: block2_shortcut_bn/gamma [64]
const BLOCK2_SHORTCUT_BN_BETA = 77024u; // params: block2_shortcut_bn/beta [64]
const BLOCK2_SHORTCUT_BN_MOVING_MEAN = 77088u; // params: block2_shortcut_bn/moving_mean [64]
const BLOCK2_SHORTCUT_BN_MOVING_VARIANCE = 77152u; // params: block2_shortcut_bn/moving_variance [64]
const DENSE1_KERNEL = 77216u; // params: dense1/kernel [576, 10]
const DENSE1_BIAS = 82976u; // params: dense1/bias [10]

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
  // stem.forward: z = 3×3 windows of input's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
            let wi = STEM_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * OUT_C + co;
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
        a0[STEM_Z + out0] = acc0_0.x;
      }
      {
        a0[STEM_Z + out1] = acc0_1.x;
      }
      {
        a0[STEM_Z + out0 + 1] = acc0_0.y;
      }
      {
        a0[STEM_Z + out1 + 1] = acc0_1.y;
      }
      {
        a0[STEM_Z + out0 + 2] = acc0_0.z;
      }
      {
        a0[STEM_Z + out1 + 2] = acc0_1.z;
      }
      {
        a0[STEM_Z + out0 + 3] = acc0_0.w;
      }
      {
        a0[STEM_Z + out1 + 3] = acc0_1.w;
      }
      {
        a0[STEM_Z + out0 + 4] = acc1_0.x;
      }
      {
        a0[STEM_Z + out1 + 4] = acc1_1.x;
      }
      {
        a0[STEM_Z + out0 + 5] = acc1_0.y;
      }
      {
        a0[STEM_Z + out1 + 5] = acc1_1.y;
      }
      {
        a0[STEM_Z + out0 + 6] = acc1_0.z;
      }
      {
        a0[STEM_Z + out1 + 6] = acc1_1.z;
      }
      {
        a0[STEM_Z + out0 + 7] = acc1_0.w;
      }
      {
        a0[STEM_Z + out1 + 7] = acc1_1.w;
      }
    }
  }
  storageBarrier();
  // batchnorm1.evaluate: stem's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 25088;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 25088 + e;
      let c = e % CHANNELS;
      let x = a0[STEM_Z + i];
      let zv = params[BATCHNORM1_BETA + c] + (x - params[BATCHNORM1_MOVING_MEAN + c]) * params[BATCHNORM1_GAMMA + c] / sqrt(params[BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a0[BATCHNORM1_Z + i] = zv;
      a0[ACTIVATION1_Y + i] = act_relu(zv);
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
          let v = a0[ACTIVATION1_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL1_Z + b * 6272 + e] = acc;
    }
  }
  storageBarrier();
  // block1_c1.forward: z = 3×3 windows of pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
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
            var wi = BLOCK1_C1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
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
        a0[BLOCK1_C1_Z + out0] = acc0_0.x;
      }
      {
        a0[BLOCK1_C1_Z + out1] = acc0_1.x;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 1] = acc0_0.y;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 1] = acc0_1.y;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 2] = acc0_0.z;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 2] = acc0_1.z;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 3] = acc0_0.w;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 3] = acc0_1.w;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 4] = acc1_0.x;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 4] = acc1_1.x;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 5] = acc1_0.y;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 5] = acc1_1.y;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 6] = acc1_0.z;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 6] = acc1_1.z;
      }
      {
        a0[BLOCK1_C1_Z + out0 + 7] = acc1_0.w;
      }
      {
        a0[BLOCK1_C1_Z + out1 + 7] = acc1_1.w;
      }
    }
  }
  storageBarrier();
  // block1_batchnorm1.evaluate: block1_c1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let x = a0[BLOCK1_C1_Z + i];
      let zv = params[BLOCK1_BATCHNORM1_BETA + c] + (x - params[BLOCK1_BATCHNORM1_MOVING_MEAN + c]) * params[BLOCK1_BATCHNORM1_GAMMA + c] / sqrt(params[BLOCK1_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a0[BLOCK1_BATCHNORM1_Z + i] = zv;
      a0[BLOCK1_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // block1_c2.forward: z = 3×3 windows of block1_batchnorm1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
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
            var wi = BLOCK1_C2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[BLOCK1_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[BLOCK1_ACTIVATION1_Y + xi1 + ci], in1);
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
        a0[BLOCK1_C2_Z + out0] = acc0_0.x;
      }
      {
        a0[BLOCK1_C2_Z + out1] = acc0_1.x;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 1] = acc0_0.y;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 1] = acc0_1.y;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 2] = acc0_0.z;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 2] = acc0_1.z;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 3] = acc0_0.w;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 3] = acc0_1.w;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 4] = acc1_0.x;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 4] = acc1_1.x;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 5] = acc1_0.y;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 5] = acc1_1.y;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 6] = acc1_0.z;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 6] = acc1_1.z;
      }
      {
        a0[BLOCK1_C2_Z + out0 + 7] = acc1_0.w;
      }
      {
        a0[BLOCK1_C2_Z + out1 + 7] = acc1_1.w;
      }
    }
  }
  storageBarrier();
  // block1_bn.evaluate: block1_c2's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let x = a0[BLOCK1_C2_Z + i];
      a0[BLOCK1_BN_Z + i] = params[BLOCK1_BN_BETA + c] + (x - params[BLOCK1_BN_MOVING_MEAN + c]) * params[BLOCK1_BN_GAMMA + c] / sqrt(params[BLOCK1_BN_MOVING_VARIANCE + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // block1_add1.forward: z, and y = relu(z), = block1_bn + pool1; an item per element
  {
    const ITEMS = 6272;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let zv = a0[BLOCK1_BN_Z + i] + a0[POOL1_Z + i];
      a0[BLOCK1_ADD1_Z + i] = zv;
      a0[BLOCK1_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // block2_c1.forward: z = 3×3 windows of block1_add1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
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
        let iy = i32(oy) * STRIDE_H + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) * STRIDE_W + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            var wi = BLOCK2_C1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[BLOCK1_ADD1_Y + xi0 + ci], in0);
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
        a0[BLOCK2_C1_Z + out0] = acc0_0.x;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 1] = acc0_0.y;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 2] = acc0_0.z;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 3] = acc0_0.w;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 4] = acc1_0.x;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 5] = acc1_0.y;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 6] = acc1_0.z;
      }
      {
        a0[BLOCK2_C1_Z + out0 + 7] = acc1_0.w;
      }
    }
  }
  storageBarrier();
  // block2_batchnorm1.evaluate: block2_c1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a0[BLOCK2_C1_Z + i];
      let zv = params[BLOCK2_BATCHNORM1_BETA + c] + (x - params[BLOCK2_BATCHNORM1_MOVING_MEAN + c]) * params[BLOCK2_BATCHNORM1_GAMMA + c] / sqrt(params[BLOCK2_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a0[BLOCK2_BATCHNORM1_Z + i] = zv;
      a0[BLOCK2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // block2_c2.forward: z = 3×3 windows of block2_batchnorm1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
            var wi = BLOCK2_C2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[BLOCK2_ACTIVATION1_Y + xi0 + ci], in0);
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
        a0[BLOCK2_C2_Z + out0] = acc0_0.x;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 1] = acc0_0.y;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 2] = acc0_0.z;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 3] = acc0_0.w;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 4] = acc1_0.x;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 5] = acc1_0.y;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 6] = acc1_0.z;
      }
      {
        a0[BLOCK2_C2_Z + out0 + 7] = acc1_0.w;
      }
    }
  }
  storageBarrier();
  // block2_bn.evaluate: block2_c2's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a0[BLOCK2_C2_Z + i];
      a0[BLOCK2_BN_Z + i] = params[BLOCK2_BN_BETA + c] + (x - params[BLOCK2_BN_MOVING_MEAN + c]) * params[BLOCK2_BN_GAMMA + c] / sqrt(params[BLOCK2_BN_MOVING_VARIANCE + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // block2_shortcut.forward: z = 1×1 windows of block1_add1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 64;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
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
      let iy = i32(oy) * STRIDE_H;
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox) * STRIDE_W;
      let xi0 = (row + u32(ix)) * IN_C;
      var wi = BLOCK2_SHORTCUT_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[BLOCK1_ADD1_Y + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        a0[BLOCK2_SHORTCUT_Z + out0] = acc0_0.x;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 1] = acc0_0.y;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 2] = acc0_0.z;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 3] = acc0_0.w;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 4] = acc1_0.x;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 5] = acc1_0.y;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 6] = acc1_0.z;
      }
      {
        a0[BLOCK2_SHORTCUT_Z + out0 + 7] = acc1_0.w;
      }
    }
  }
  storageBarrier();
  // block2_shortcut_bn.evaluate: block2_shortcut's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a0[BLOCK2_SHORTCUT_Z + i];
      a0[BLOCK2_SHORTCUT_BN_Z + i] = params[BLOCK2_SHORTCUT_BN_BETA + c] + (x - params[BLOCK2_SHORTCUT_BN_MOVING_MEAN + c]) * params[BLOCK2_SHORTCUT_BN_GAMMA + c] / sqrt(params[BLOCK2_SHORTCUT_BN_MOVING_VARIANCE + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // block2_add1.forward: z, and y = relu(z), = block2_bn + block2_shortcut_bn; an item per element
  {
    const ITEMS = 3136;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let zv = a0[BLOCK2_BN_Z + i] + a0[BLOCK2_SHORTCUT_BN_Z + i];
      a0[BLOCK2_ADD1_Z + i] = zv;
      a0[BLOCK2_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // pool2.forward: max pooling over 2×2 windows of block2_add1's output; an item per output element
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
          let v = a0[BLOCK2_ADD1_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          if (v > acc) { acc = v; }
        }
      }
      a0[POOL2_Z + b * 576 + e] = acc;
    }
  }
  storageBarrier();
  // dense1.forward: z = pool2's output · kernel + bias; an item per 2 units
  {
    const ITEMS = 5;
    const IN_UNITS = 576;
    const OUT_UNITS = 10;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[POOL2_Z + b * IN_UNITS + k];
        acc0 = acc0 + xv * params[wi];
        acc1 = acc1 + xv * params[wi + 1];
        wi = wi + OUT_UNITS;
      }
      {
        a0[DENSE1_Z + b * OUT_UNITS + o] = acc0 + params[DENSE1_BIAS + o];
      }
      {
        a0[DENSE1_Z + b * OUT_UNITS + o + 1] = acc1 + params[DENSE1_BIAS + o + 1];
      }
    }
  }
  storageBarrier();
  // loss.evaluate: cross-entropy of dense1's output (log-softmax of the logits) against the label; one item per example
  {
    const ITEMS = 1;
    const CLASSES = 10;
    if (t < ITEMS) {
      let e = t;
      let base = b * CLASSES;
      let label = labels[table[(step.row + b) * 2u]];
      let valid = label < CLASSES;
      var top = a0[DENSE1_Z + base];
      for (var j = 1u; j < CLASSES; j++) { top = max(top, a0[DENSE1_Z + base + j]); }
      var total = 0.0;
      for (var j = 0u; j < CLASSES; j++) { total = total + exp(a0[DENSE1_Z + base + j] - top); }
      let lse = top + log(total);
      let loss = select(0.0, lse - a0[DENSE1_Z + base + min(label, CLASSES - 1)], valid);
      var best = 0u;
      for (var j = 1u; j < CLASSES; j++) { if (a0[DENSE1_Z + base + j] > a0[DENSE1_Z + base + best]) { best = j; } }
      results[(step.row + b) * 2u] = loss;
      results[(step.row + b) * 2u + 1u] = f32(best);
    }
  }
}
