// lenetc training program for resnet
// a 3×3 stem, three stages of two residual blocks (16, 32, 64 channels; identity and 1×1 stride-2 shortcuts; batch norm), global average pooling, dense 10
//
// Compiled for batch 128, 10 classes, storage bindings of at most 128.0 MiB (WebGPU's default maxStorageBufferBindingSize, which every adapter allows).
// A device with other limits lays it out again: `train --backend webgpu` compiles for its adapter.
//
// Buffers:
//   a0 (arena0): 33015808 floats (125.9 MiB)
//   a1 (arena1): 33326336 floats (127.1 MiB)
//   a2 (arena2): 14812714 floats (56.5 MiB)
//   params: 176266 floats (every weight and moving statistic); state: 1 × 175338 floats (momentum)
//
// Tensors (offsets in floats; per-example tensors repeat for each example of the batch):
//   INPUT_Y                  a0 @ 0         784 per example: the batch's images, scaled to [0, 1] and augmented
//   STEM_Z                   a0 @ 100352    12544 per example: stem's output
//   BATCHNORM1_Z             a0 @ 1705984   12544 per example: batchnorm1's output
//   ACTIVATION1_Y            a0 @ 3311616   12544 per example: activation1's output: relu(batchnorm1's)
//   STAGE1_1_CONV1_Z         a0 @ 4917248   12544 per example: stage1_1_conv1's output
//   STAGE1_1_BATCHNORM1_Z    a0 @ 6522880   12544 per example: stage1_1_batchnorm1's output
//   STAGE1_1_ACTIVATION1_Y   a0 @ 8128512   12544 per example: stage1_1_activation1's output: relu(stage1_1_batchnorm1's)
//   STAGE1_1_CONV2_Z         a0 @ 9734144   12544 per example: stage1_1_conv2's output
//   STAGE1_1_BN_Z            a0 @ 11339776  12544 per example: stage1_1_bn's output
//   STAGE1_1_ADD1_Z          a0 @ 12945408  12544 per example: stage1_1_add1's output before its relu
//   STAGE1_1_ADD1_Y          a0 @ 14551040  12544 per example: stage1_1_add1's output: relu(z)
//   STAGE1_2_CONV1_Z         a0 @ 16156672  12544 per example: stage1_2_conv1's output
//   STAGE1_2_BATCHNORM1_Z    a0 @ 17762304  12544 per example: stage1_2_batchnorm1's output
//   STAGE1_2_ACTIVATION1_Y   a0 @ 19367936  12544 per example: stage1_2_activation1's output: relu(stage1_2_batchnorm1's)
//   STAGE1_2_CONV2_Z         a0 @ 20973568  12544 per example: stage1_2_conv2's output
//   STAGE1_2_BN_Z            a0 @ 22579200  12544 per example: stage1_2_bn's output
//   STAGE1_2_ADD1_Z          a0 @ 24184832  12544 per example: stage1_2_add1's output before its relu
//   STAGE1_2_ADD1_Y          a0 @ 25790464  12544 per example: stage1_2_add1's output: relu(z)
//   STAGE2_DOWN_CONV1_Z      a0 @ 27396096  6272 per example: stage2_down_conv1's output
//   STAGE2_DOWN_BATCHNORM1_Z a0 @ 28198912  6272 per example: stage2_down_batchnorm1's output
//   STAGE2_DOWN_ACTIVATION1_Y a0 @ 29001728  6272 per example: stage2_down_activation1's output: relu(stage2_down_batchnorm1's)
//   STAGE2_DOWN_CONV2_Z      a0 @ 29804544  6272 per example: stage2_down_conv2's output
//   STAGE2_DOWN_BN_Z         a0 @ 30607360  6272 per example: stage2_down_bn's output
//   STAGE2_DOWN_SHORTCUT_Z   a0 @ 31410176  6272 per example: stage2_down_shortcut's output
//   STAGE2_DOWN_ADD1_Z       a0 @ 32212992  6272 per example: stage2_down_add1's output before its relu
//   STAGE2_DOWN_ADD1_Y       a1 @ 0         6272 per example: stage2_down_add1's output: relu(z)
//   STAGE2_CONV1_Z           a1 @ 802816    6272 per example: stage2_conv1's output
//   STAGE2_BATCHNORM1_Z      a1 @ 1605632   6272 per example: stage2_batchnorm1's output
//   STAGE2_ACTIVATION1_Y     a1 @ 2408448   6272 per example: stage2_activation1's output: relu(stage2_batchnorm1's)
//   STAGE2_CONV2_Z           a1 @ 3211264   6272 per example: stage2_conv2's output
//   STAGE2_BN_Z              a1 @ 4014080   6272 per example: stage2_bn's output
//   STAGE2_ADD1_Z            a1 @ 4816896   6272 per example: stage2_add1's output before its relu
//   STAGE2_ADD1_Y            a1 @ 5619712   6272 per example: stage2_add1's output: relu(z)
//   STAGE3_DOWN_CONV1_Z      a1 @ 6422528   3136 per example: stage3_down_conv1's output
//   STAGE3_DOWN_BATCHNORM1_Z a1 @ 6823936   3136 per example: stage3_down_batchnorm1's output
//   STAGE3_DOWN_ACTIVATION1_Y a1 @ 7225344   3136 per example: stage3_down_activation1's output: relu(stage3_down_batchnorm1's)
//   STAGE3_DOWN_CONV2_Z      a1 @ 7626752   3136 per example: stage3_down_conv2's output
//   STAGE3_DOWN_BN_Z         a1 @ 8028160   3136 per example: stage3_down_bn's output
//   STAGE3_DOWN_SHORTCUT_Z   a1 @ 8429568   3136 per example: stage3_down_shortcut's output
//   STAGE3_DOWN_ADD1_Z       a1 @ 8830976   3136 per example: stage3_down_add1's output before its relu
//   STAGE3_DOWN_ADD1_Y       a1 @ 9232384   3136 per example: stage3_down_add1's output: relu(z)
//   STAGE3_CONV1_Z           a1 @ 9633792   3136 per example: stage3_conv1's output
//   STAGE3_BATCHNORM1_Z      a1 @ 10035200  3136 per example: stage3_batchnorm1's output
//   STAGE3_ACTIVATION1_Y     a1 @ 10436608  3136 per example: stage3_activation1's output: relu(stage3_batchnorm1's)
//   STAGE3_CONV2_Z           a1 @ 10838016  3136 per example: stage3_conv2's output
//   STAGE3_BN_Z              a1 @ 11239424  3136 per example: stage3_bn's output
//   STAGE3_ADD1_Z            a1 @ 11640832  3136 per example: stage3_add1's output before its relu
//   STAGE3_ADD1_Y            a1 @ 12042240  3136 per example: stage3_add1's output: relu(z)
//   POOL1_Z                  a1 @ 12443648  64 per example: pool1's output
//   DENSE1_Z                 a1 @ 12451840  10 per example: dense1's output
//   STEM_DZ                  a1 @ 12453120  12544 per example: the loss's gradient with respect to stem's output
//   BATCHNORM1_DZ            a1 @ 14058752  12544 per example: the loss's gradient with respect to batchnorm1's output
//   STAGE1_1_CONV1_DZ        a1 @ 15664384  12544 per example: the loss's gradient with respect to stage1_1_conv1's output
//   STAGE1_1_BATCHNORM1_DZ   a1 @ 17270016  12544 per example: the loss's gradient with respect to stage1_1_batchnorm1's output
//   STAGE1_1_CONV2_DZ        a1 @ 18875648  12544 per example: the loss's gradient with respect to stage1_1_conv2's output
//   STAGE1_1_BN_DZ           a1 @ 20481280  12544 per example: the loss's gradient with respect to stage1_1_bn's output
//   STAGE1_1_ADD1_DZ         a1 @ 22086912  12544 per example: the loss's gradient with respect to stage1_1_add1's output before its relu
//   STAGE1_2_CONV1_DZ        a1 @ 23692544  12544 per example: the loss's gradient with respect to stage1_2_conv1's output
//   STAGE1_2_BATCHNORM1_DZ   a1 @ 25298176  12544 per example: the loss's gradient with respect to stage1_2_batchnorm1's output
//   STAGE1_2_CONV2_DZ        a1 @ 26903808  12544 per example: the loss's gradient with respect to stage1_2_conv2's output
//   STAGE1_2_BN_DZ           a1 @ 28509440  12544 per example: the loss's gradient with respect to stage1_2_bn's output
//   STAGE1_2_ADD1_DZ         a1 @ 30115072  12544 per example: the loss's gradient with respect to stage1_2_add1's output before its relu
//   STAGE2_DOWN_CONV1_DZ     a1 @ 31720704  6272 per example: the loss's gradient with respect to stage2_down_conv1's output
//   STAGE2_DOWN_BATCHNORM1_DZ a1 @ 32523520  6272 per example: the loss's gradient with respect to stage2_down_batchnorm1's output
//   STAGE2_DOWN_CONV2_DZ     a2 @ 0         6272 per example: the loss's gradient with respect to stage2_down_conv2's output
//   STAGE2_DOWN_BN_DZ        a2 @ 802816    6272 per example: the loss's gradient with respect to stage2_down_bn's output
//   STAGE2_DOWN_SHORTCUT_DZ  a2 @ 1605632   6272 per example: the loss's gradient with respect to stage2_down_shortcut's output
//   STAGE2_DOWN_ADD1_DZ      a2 @ 2408448   6272 per example: the loss's gradient with respect to stage2_down_add1's output before its relu
//   STAGE2_CONV1_DZ          a2 @ 3211264   6272 per example: the loss's gradient with respect to stage2_conv1's output
//   STAGE2_BATCHNORM1_DZ     a2 @ 4014080   6272 per example: the loss's gradient with respect to stage2_batchnorm1's output
//   STAGE2_CONV2_DZ          a2 @ 4816896   6272 per example: the loss's gradient with respect to stage2_conv2's output
//   STAGE2_BN_DZ             a2 @ 5619712   6272 per example: the loss's gradient with respect to stage2_bn's output
//   STAGE2_ADD1_DZ           a2 @ 6422528   6272 per example: the loss's gradient with respect to stage2_add1's output before its relu
//   STAGE3_DOWN_CONV1_DZ     a2 @ 7225344   3136 per example: the loss's gradient with respect to stage3_down_conv1's output
//   STAGE3_DOWN_BATCHNORM1_DZ a2 @ 7626752   3136 per example: the loss's gradient with respect to stage3_down_batchnorm1's output
//   STAGE3_DOWN_CONV2_DZ     a2 @ 8028160   3136 per example: the loss's gradient with respect to stage3_down_conv2's output
//   STAGE3_DOWN_BN_DZ        a2 @ 8429568   3136 per example: the loss's gradient with respect to stage3_down_bn's output
//   STAGE3_DOWN_SHORTCUT_DZ  a2 @ 8830976   3136 per example: the loss's gradient with respect to stage3_down_shortcut's output
//   STAGE3_DOWN_ADD1_DZ      a2 @ 9232384   3136 per example: the loss's gradient with respect to stage3_down_add1's output before its relu
//   STAGE3_CONV1_DZ          a2 @ 9633792   3136 per example: the loss's gradient with respect to stage3_conv1's output
//   STAGE3_BATCHNORM1_DZ     a2 @ 10035200  3136 per example: the loss's gradient with respect to stage3_batchnorm1's output
//   STAGE3_CONV2_DZ          a2 @ 10436608  3136 per example: the loss's gradient with respect to stage3_conv2's output
//   STAGE3_BN_DZ             a2 @ 10838016  3136 per example: the loss's gradient with respect to stage3_bn's output
//   STAGE3_ADD1_DZ           a2 @ 11239424  3136 per example: the loss's gradient with respect to stage3_add1's output before its relu
//   POOL1_DZ                 a2 @ 11640832  64 per example: the loss's gradient with respect to pool1's output
//   DENSE1_DZ                a2 @ 11649024  10 per example: the loss's gradient with respect to dense1's output
//   STEM_PARTIALS            a2 @ 11650304  20480 floats: stem's weight-gradient partial sums: 128 groups × 160 weights
//   BATCHNORM1_STATS         a2 @ 11670784  32 floats: batchnorm1's batch mean, then variance, per channel
//   BATCHNORM1_SUMS          a2 @ 11670848  32 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   STAGE1_1_CONV1_PARTIALS  a2 @ 11670912  296960 floats: stage1_1_conv1's weight-gradient partial sums: 128 groups × 2320 weights
//   STAGE1_1_BATCHNORM1_STATS a2 @ 11967872  32 floats: stage1_1_batchnorm1's batch mean, then variance, per channel
//   STAGE1_1_BATCHNORM1_SUMS a2 @ 11967936  32 floats: stage1_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   STAGE1_1_CONV2_PARTIALS  a2 @ 11968000  296960 floats: stage1_1_conv2's weight-gradient partial sums: 128 groups × 2320 weights
//   STAGE1_1_BN_STATS        a2 @ 12264960  32 floats: stage1_1_bn's batch mean, then variance, per channel
//   STAGE1_1_BN_SUMS         a2 @ 12265024  32 floats: stage1_1_bn's Σ dz·x̂, then Σ dz, per channel
//   STAGE1_2_CONV1_PARTIALS  a2 @ 12265088  296960 floats: stage1_2_conv1's weight-gradient partial sums: 128 groups × 2320 weights
//   STAGE1_2_BATCHNORM1_STATS a2 @ 12562048  32 floats: stage1_2_batchnorm1's batch mean, then variance, per channel
//   STAGE1_2_BATCHNORM1_SUMS a2 @ 12562112  32 floats: stage1_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   STAGE1_2_CONV2_PARTIALS  a2 @ 12562176  296960 floats: stage1_2_conv2's weight-gradient partial sums: 128 groups × 2320 weights
//   STAGE1_2_BN_STATS        a2 @ 12859136  32 floats: stage1_2_bn's batch mean, then variance, per channel
//   STAGE1_2_BN_SUMS         a2 @ 12859200  32 floats: stage1_2_bn's Σ dz·x̂, then Σ dz, per channel
//   STAGE2_DOWN_CONV1_PARTIALS a2 @ 12859264  120640 floats: stage2_down_conv1's weight-gradient partial sums: 26 groups × 4640 weights
//   STAGE2_DOWN_BATCHNORM1_STATS a2 @ 12979904  64 floats: stage2_down_batchnorm1's batch mean, then variance, per channel
//   STAGE2_DOWN_BATCHNORM1_SUMS a2 @ 12979968  64 floats: stage2_down_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   STAGE2_DOWN_CONV2_PARTIALS a2 @ 12980032  240448 floats: stage2_down_conv2's weight-gradient partial sums: 26 groups × 9248 weights
//   STAGE2_DOWN_BN_STATS     a2 @ 13220480  64 floats: stage2_down_bn's batch mean, then variance, per channel
//   STAGE2_DOWN_BN_SUMS      a2 @ 13220544  64 floats: stage2_down_bn's Σ dz·x̂, then Σ dz, per channel
//   STAGE2_DOWN_SHORTCUT_PARTIALS a2 @ 13220608  14144 floats: stage2_down_shortcut's weight-gradient partial sums: 26 groups × 544 weights
//   STAGE2_CONV1_PARTIALS    a2 @ 13234752  240448 floats: stage2_conv1's weight-gradient partial sums: 26 groups × 9248 weights
//   STAGE2_BATCHNORM1_STATS  a2 @ 13475200  64 floats: stage2_batchnorm1's batch mean, then variance, per channel
//   STAGE2_BATCHNORM1_SUMS   a2 @ 13475264  64 floats: stage2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   STAGE2_CONV2_PARTIALS    a2 @ 13475328  240448 floats: stage2_conv2's weight-gradient partial sums: 26 groups × 9248 weights
//   STAGE2_BN_STATS          a2 @ 13715776  64 floats: stage2_bn's batch mean, then variance, per channel
//   STAGE2_BN_SUMS           a2 @ 13715840  64 floats: stage2_bn's Σ dz·x̂, then Σ dz, per channel
//   STAGE3_DOWN_CONV1_PARTIALS a2 @ 13715904  129472 floats: stage3_down_conv1's weight-gradient partial sums: 7 groups × 18496 weights
//   STAGE3_DOWN_BATCHNORM1_STATS a2 @ 13845376  128 floats: stage3_down_batchnorm1's batch mean, then variance, per channel
//   STAGE3_DOWN_BATCHNORM1_SUMS a2 @ 13845504  128 floats: stage3_down_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   STAGE3_DOWN_CONV2_PARTIALS a2 @ 13845632  258496 floats: stage3_down_conv2's weight-gradient partial sums: 7 groups × 36928 weights
//   STAGE3_DOWN_BN_STATS     a2 @ 14104128  128 floats: stage3_down_bn's batch mean, then variance, per channel
//   STAGE3_DOWN_BN_SUMS      a2 @ 14104256  128 floats: stage3_down_bn's Σ dz·x̂, then Σ dz, per channel
//   STAGE3_DOWN_SHORTCUT_PARTIALS a2 @ 14104384  14784 floats: stage3_down_shortcut's weight-gradient partial sums: 7 groups × 2112 weights
//   STAGE3_CONV1_PARTIALS    a2 @ 14119168  258496 floats: stage3_conv1's weight-gradient partial sums: 7 groups × 36928 weights
//   STAGE3_BATCHNORM1_STATS  a2 @ 14377664  128 floats: stage3_batchnorm1's batch mean, then variance, per channel
//   STAGE3_BATCHNORM1_SUMS   a2 @ 14377792  128 floats: stage3_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   STAGE3_CONV2_PARTIALS    a2 @ 14377920  258496 floats: stage3_conv2's weight-gradient partial sums: 7 groups × 36928 weights
//   STAGE3_BN_STATS          a2 @ 14636416  128 floats: stage3_bn's batch mean, then variance, per channel
//   STAGE3_BN_SUMS           a2 @ 14636544  128 floats: stage3_bn's Σ dz·x̂, then Σ dz, per channel
//   DENSE1_PARTIALS          a2 @ 14636672  650 floats: dense1's weight-gradient partial sums: 1 group × 650 weights
//   GRADIENT                 a2 @ 14637376  175338 floats: every trainable float's gradient, as the update used it
//
// Weights (offsets in floats into params; trainable ones also index the gradient and state):
//   STEM_KERNEL              params @ 0         stem/kernel [3, 3, 1, 16], trainable @ 0
//   STEM_BIAS                params @ 144       stem/bias [16], trainable @ 144
//   BATCHNORM1_GAMMA         params @ 160       batchnorm1/gamma [16], trainable @ 160
//   BATCHNORM1_BETA          params @ 176       batchnorm1/beta [16], trainable @ 176
//   BATCHNORM1_MOVING_MEAN   params @ 192       batchnorm1/moving_mean [16], not trained by the optimizer
//   BATCHNORM1_MOVING_VARIANCE params @ 208       batchnorm1/moving_variance [16], not trained by the optimizer
//   STAGE1_1_CONV1_KERNEL    params @ 224       stage1_1_conv1/kernel [3, 3, 16, 16], trainable @ 192
//   STAGE1_1_CONV1_BIAS      params @ 2528      stage1_1_conv1/bias [16], trainable @ 2496
//   STAGE1_1_BATCHNORM1_GAMMA params @ 2544      stage1_1_batchnorm1/gamma [16], trainable @ 2512
//   STAGE1_1_BATCHNORM1_BETA params @ 2560      stage1_1_batchnorm1/beta [16], trainable @ 2528
//   STAGE1_1_BATCHNORM1_MOVING_MEAN params @ 2576      stage1_1_batchnorm1/moving_mean [16], not trained by the optimizer
//   STAGE1_1_BATCHNORM1_MOVING_VARIANCE params @ 2592      stage1_1_batchnorm1/moving_variance [16], not trained by the optimizer
//   STAGE1_1_CONV2_KERNEL    params @ 2608      stage1_1_conv2/kernel [3, 3, 16, 16], trainable @ 2544
//   STAGE1_1_CONV2_BIAS      params @ 4912      stage1_1_conv2/bias [16], trainable @ 4848
//   STAGE1_1_BN_GAMMA        params @ 4928      stage1_1_bn/gamma [16], trainable @ 4864
//   STAGE1_1_BN_BETA         params @ 4944      stage1_1_bn/beta [16], trainable @ 4880
//   STAGE1_1_BN_MOVING_MEAN  params @ 4960      stage1_1_bn/moving_mean [16], not trained by the optimizer
//   STAGE1_1_BN_MOVING_VARIANCE params @ 4976      stage1_1_bn/moving_variance [16], not trained by the optimizer
//   STAGE1_2_CONV1_KERNEL    params @ 4992      stage1_2_conv1/kernel [3, 3, 16, 16], trainable @ 4896
//   STAGE1_2_CONV1_BIAS      params @ 7296      stage1_2_conv1/bias [16], trainable @ 7200
//   STAGE1_2_BATCHNORM1_GAMMA params @ 7312      stage1_2_batchnorm1/gamma [16], trainable @ 7216
//   STAGE1_2_BATCHNORM1_BETA params @ 7328      stage1_2_batchnorm1/beta [16], trainable @ 7232
//   STAGE1_2_BATCHNORM1_MOVING_MEAN params @ 7344      stage1_2_batchnorm1/moving_mean [16], not trained by the optimizer
//   STAGE1_2_BATCHNORM1_MOVING_VARIANCE params @ 7360      stage1_2_batchnorm1/moving_variance [16], not trained by the optimizer
//   STAGE1_2_CONV2_KERNEL    params @ 7376      stage1_2_conv2/kernel [3, 3, 16, 16], trainable @ 7248
//   STAGE1_2_CONV2_BIAS      params @ 9680      stage1_2_conv2/bias [16], trainable @ 9552
//   STAGE1_2_BN_GAMMA        params @ 9696      stage1_2_bn/gamma [16], trainable @ 9568
//   STAGE1_2_BN_BETA         params @ 9712      stage1_2_bn/beta [16], trainable @ 9584
//   STAGE1_2_BN_MOVING_MEAN  params @ 9728      stage1_2_bn/moving_mean [16], not trained by the optimizer
//   STAGE1_2_BN_MOVING_VARIANCE params @ 9744      stage1_2_bn/moving_variance [16], not trained by the optimizer
//   STAGE2_DOWN_CONV1_KERNEL params @ 9760      stage2_down_conv1/kernel [3, 3, 16, 32], trainable @ 9600
//   STAGE2_DOWN_CONV1_BIAS   params @ 14368     stage2_down_conv1/bias [32], trainable @ 14208
//   STAGE2_DOWN_BATCHNORM1_GAMMA params @ 14400     stage2_down_batchnorm1/gamma [32], trainable @ 14240
//   STAGE2_DOWN_BATCHNORM1_BETA params @ 14432     stage2_down_batchnorm1/beta [32], trainable @ 14272
//   STAGE2_DOWN_BATCHNORM1_MOVING_MEAN params @ 14464     stage2_down_batchnorm1/moving_mean [32], not trained by the optimizer
//   STAGE2_DOWN_BATCHNORM1_MOVING_VARIANCE params @ 14496     stage2_down_batchnorm1/moving_variance [32], not trained by the optimizer
//   STAGE2_DOWN_CONV2_KERNEL params @ 14528     stage2_down_conv2/kernel [3, 3, 32, 32], trainable @ 14304
//   STAGE2_DOWN_CONV2_BIAS   params @ 23744     stage2_down_conv2/bias [32], trainable @ 23520
//   STAGE2_DOWN_BN_GAMMA     params @ 23776     stage2_down_bn/gamma [32], trainable @ 23552
//   STAGE2_DOWN_BN_BETA      params @ 23808     stage2_down_bn/beta [32], trainable @ 23584
//   STAGE2_DOWN_BN_MOVING_MEAN params @ 23840     stage2_down_bn/moving_mean [32], not trained by the optimizer
//   STAGE2_DOWN_BN_MOVING_VARIANCE params @ 23872     stage2_down_bn/moving_variance [32], not trained by the optimizer
//   STAGE2_DOWN_SHORTCUT_KERNEL params @ 23904     stage2_down_shortcut/kernel [1, 1, 16, 32], trainable @ 23616
//   STAGE2_DOWN_SHORTCUT_BIAS params @ 24416     stage2_down_shortcut/bias [32], trainable @ 24128
//   STAGE2_CONV1_KERNEL      params @ 24448     stage2_conv1/kernel [3, 3, 32, 32], trainable @ 24160
//   STAGE2_CONV1_BIAS        params @ 33664     stage2_conv1/bias [32], trainable @ 33376
//   STAGE2_BATCHNORM1_GAMMA  params @ 33696     stage2_batchnorm1/gamma [32], trainable @ 33408
//   STAGE2_BATCHNORM1_BETA   params @ 33728     stage2_batchnorm1/beta [32], trainable @ 33440
//   STAGE2_BATCHNORM1_MOVING_MEAN params @ 33760     stage2_batchnorm1/moving_mean [32], not trained by the optimizer
//   STAGE2_BATCHNORM1_MOVING_VARIANCE params @ 33792     stage2_batchnorm1/moving_variance [32], not trained by the optimizer
//   STAGE2_CONV2_KERNEL      params @ 33824     stage2_conv2/kernel [3, 3, 32, 32], trainable @ 33472
//   STAGE2_CONV2_BIAS        params @ 43040     stage2_conv2/bias [32], trainable @ 42688
//   STAGE2_BN_GAMMA          params @ 43072     stage2_bn/gamma [32], trainable @ 42720
//   STAGE2_BN_BETA           params @ 43104     stage2_bn/beta [32], trainable @ 42752
//   STAGE2_BN_MOVING_MEAN    params @ 43136     stage2_bn/moving_mean [32], not trained by the optimizer
//   STAGE2_BN_MOVING_VARIANCE params @ 43168     stage2_bn/moving_variance [32], not trained by the optimizer
//   STAGE3_DOWN_CONV1_KERNEL params @ 43200     stage3_down_conv1/kernel [3, 3, 32, 64], trainable @ 42784
//   STAGE3_DOWN_CONV1_BIAS   params @ 61632     stage3_down_conv1/bias [64], trainable @ 61216
//   STAGE3_DOWN_BATCHNORM1_GAMMA params @ 61696     stage3_down_batchnorm1/gamma [64], trainable @ 61280
//   STAGE3_DOWN_BATCHNORM1_BETA params @ 61760     stage3_down_batchnorm1/beta [64], trainable @ 61344
//   STAGE3_DOWN_BATCHNORM1_MOVING_MEAN params @ 61824     stage3_down_batchnorm1/moving_mean [64], not trained by the optimizer
//   STAGE3_DOWN_BATCHNORM1_MOVING_VARIANCE params @ 61888     stage3_down_batchnorm1/moving_variance [64], not trained by the optimizer
//   STAGE3_DOWN_CONV2_KERNEL params @ 61952     stage3_down_conv2/kernel [3, 3, 64, 64], trainable @ 61408
//   STAGE3_DOWN_CONV2_BIAS   params @ 98816     stage3_down_conv2/bias [64], trainable @ 98272
//   STAGE3_DOWN_BN_GAMMA     params @ 98880     stage3_down_bn/gamma [64], trainable @ 98336
//   STAGE3_DOWN_BN_BETA      params @ 98944     stage3_down_bn/beta [64], trainable @ 98400
//   STAGE3_DOWN_BN_MOVING_MEAN params @ 99008     stage3_down_bn/moving_mean [64], not trained by the optimizer
//   STAGE3_DOWN_BN_MOVING_VARIANCE params @ 99072     stage3_down_bn/moving_variance [64], not trained by the optimizer
//   STAGE3_DOWN_SHORTCUT_KERNEL params @ 99136     stage3_down_shortcut/kernel [1, 1, 32, 64], trainable @ 98464
//   STAGE3_DOWN_SHORTCUT_BIAS params @ 101184    stage3_down_shortcut/bias [64], trainable @ 100512
//   STAGE3_CONV1_KERNEL      params @ 101248    stage3_conv1/kernel [3, 3, 64, 64], trainable @ 100576
//   STAGE3_CONV1_BIAS        params @ 138112    stage3_conv1/bias [64], trainable @ 137440
//   STAGE3_BATCHNORM1_GAMMA  params @ 138176    stage3_batchnorm1/gamma [64], trainable @ 137504
//   STAGE3_BATCHNORM1_BETA   params @ 138240    stage3_batchnorm1/beta [64], trainable @ 137568
//   STAGE3_BATCHNORM1_MOVING_MEAN params @ 138304    stage3_batchnorm1/moving_mean [64], not trained by the optimizer
//   STAGE3_BATCHNORM1_MOVING_VARIANCE params @ 138368    stage3_batchnorm1/moving_variance [64], not trained by the optimizer
//   STAGE3_CONV2_KERNEL      params @ 138432    stage3_conv2/kernel [3, 3, 64, 64], trainable @ 137632
//   STAGE3_CONV2_BIAS        params @ 175296    stage3_conv2/bias [64], trainable @ 174496
//   STAGE3_BN_GAMMA          params @ 175360    stage3_bn/gamma [64], trainable @ 174560
//   STAGE3_BN_BETA           params @ 175424    stage3_bn/beta [64], trainable @ 174624
//   STAGE3_BN_MOVING_MEAN    params @ 175488    stage3_bn/moving_mean [64], not trained by the optimizer
//   STAGE3_BN_MOVING_VARIANCE params @ 175552    stage3_bn/moving_variance [64], not trained by the optimizer
//   DENSE1_KERNEL            params @ 175616    dense1/kernel [64, 10], trainable @ 174688
//   DENSE1_BIAS              params @ 176256    dense1/bias [10], trainable @ 175328
//
// A training step dispatches, in order:
//   train 1: input, stem.forward (128 workgroups; binds step, table, images, params, params as vec4s, arena0)
//   batchnorm1.statistics (16 workgroups; binds step, params, arena0, arena2)
//   train 3: batchnorm1.forward, stage1_1_conv1.forward (128 workgroups; binds step, params, params as vec4s, arena0, arena2)
//   stage1_1_batchnorm1.statistics (16 workgroups; binds step, params, arena0, arena2)
//   train 5: stage1_1_batchnorm1.forward, stage1_1_conv2.forward (128 workgroups; binds step, params, params as vec4s, arena0, arena2)
//   stage1_1_bn.statistics (16 workgroups; binds step, params, arena0, arena2)
//   train 7: stage1_1_bn.forward, stage1_1_add1.forward, stage1_2_conv1.forward (128 workgroups; binds step, params, params as vec4s, arena0, arena2)
//   stage1_2_batchnorm1.statistics (16 workgroups; binds step, params, arena0, arena2)
//   train 9: stage1_2_batchnorm1.forward, stage1_2_conv2.forward (128 workgroups; binds step, params, params as vec4s, arena0, arena2)
//   stage1_2_bn.statistics (16 workgroups; binds step, params, arena0, arena2)
//   train 11: stage1_2_bn.forward, stage1_2_add1.forward, stage2_down_conv1.forward (128 workgroups; binds step, params, params as vec4s, arena0, arena2)
//   stage2_down_batchnorm1.statistics (32 workgroups; binds step, params, arena0, arena2)
//   train 13: stage2_down_batchnorm1.forward, stage2_down_conv2.forward (128 workgroups; binds step, params, params as vec4s, arena0, arena2)
//   stage2_down_bn.statistics (32 workgroups; binds step, params, arena0, arena2)
//   train 15: stage2_down_bn.forward, stage2_down_shortcut.forward, stage2_down_add1.forward, stage2_conv1.forward (128 workgroups; binds step, params, params as vec4s, arena0, arena1, arena2)
//   stage2_batchnorm1.statistics (32 workgroups; binds step, params, arena1, arena2)
//   train 17: stage2_batchnorm1.forward, stage2_conv2.forward (128 workgroups; binds step, params, params as vec4s, arena1, arena2)
//   stage2_bn.statistics (32 workgroups; binds step, params, arena1, arena2)
//   train 19: stage2_bn.forward, stage2_add1.forward, stage3_down_conv1.forward (128 workgroups; binds step, params, params as vec4s, arena1, arena2)
//   stage3_down_batchnorm1.statistics (64 workgroups; binds step, params, arena1, arena2)
//   train 21: stage3_down_batchnorm1.forward, stage3_down_conv2.forward (128 workgroups; binds step, params, params as vec4s, arena1, arena2)
//   stage3_down_bn.statistics (64 workgroups; binds step, params, arena1, arena2)
//   train 23: stage3_down_bn.forward, stage3_down_shortcut.forward, stage3_down_add1.forward, stage3_conv1.forward (128 workgroups; binds step, params, params as vec4s, arena1, arena2)
//   stage3_batchnorm1.statistics (64 workgroups; binds step, params, arena1, arena2)
//   train 25: stage3_batchnorm1.forward, stage3_conv2.forward (128 workgroups; binds step, params, params as vec4s, arena1, arena2)
//   stage3_bn.statistics (64 workgroups; binds step, params, arena1, arena2)
//   train 27: stage3_bn.forward, stage3_add1.forward, pool1.forward, dense1.forward, loss, dense1.input-gradient, pool1.input-gradient, stage3_add1.input-gradient (128 workgroups; binds step, params, table, labels, results, arena1, arena2)
//   stage3_bn.gradient-sums (64 workgroups; binds step, arena1, arena2)
//   train 29: stage3_bn.input-gradient, stage3_conv2.input-gradient (128 workgroups; binds step, params, arena1, arena2)
//   stage3_batchnorm1.gradient-sums (64 workgroups; binds step, arena1, arena2)
//   train 31: stage3_batchnorm1.input-gradient, stage3_conv1.input-gradient, stage3_down_add1.input-gradient, stage3_down_shortcut.input-gradient (128 workgroups; binds step, params, arena1, arena2)
//   stage3_down_bn.gradient-sums (64 workgroups; binds step, arena1, arena2)
//   train 33: stage3_down_bn.input-gradient, stage3_down_conv2.input-gradient (128 workgroups; binds step, params, arena1, arena2)
//   stage3_down_batchnorm1.gradient-sums (64 workgroups; binds step, arena1, arena2)
//   train 35: stage3_down_batchnorm1.input-gradient, stage3_down_conv1.input-gradient, stage2_add1.input-gradient (128 workgroups; binds step, params, arena1, arena2)
//   stage2_bn.gradient-sums (32 workgroups; binds step, arena1, arena2)
//   train 37: stage2_bn.input-gradient, stage2_conv2.input-gradient (128 workgroups; binds step, params, arena1, arena2)
//   stage2_batchnorm1.gradient-sums (32 workgroups; binds step, arena1, arena2)
//   train 39: stage2_batchnorm1.input-gradient, stage2_conv1.input-gradient, stage2_down_add1.input-gradient, stage2_down_shortcut.input-gradient (128 workgroups; binds step, params, arena0, arena1, arena2)
//   stage2_down_bn.gradient-sums (32 workgroups; binds step, arena0, arena2)
//   train 41: stage2_down_bn.input-gradient, stage2_down_conv2.input-gradient (128 workgroups; binds step, params, arena0, arena1, arena2)
//   stage2_down_batchnorm1.gradient-sums (32 workgroups; binds step, arena0, arena1, arena2)
//   train 43: stage2_down_batchnorm1.input-gradient, stage2_down_conv1.input-gradient, stage1_2_add1.input-gradient (128 workgroups; binds step, params, arena0, arena1, arena2)
//   stage1_2_bn.gradient-sums (16 workgroups; binds step, arena0, arena1, arena2)
//   train 45: stage1_2_bn.input-gradient, stage1_2_conv2.input-gradient (128 workgroups; binds step, params, arena0, arena1, arena2)
//   stage1_2_batchnorm1.gradient-sums (16 workgroups; binds step, arena0, arena1, arena2)
//   train 47: stage1_2_batchnorm1.input-gradient, stage1_2_conv1.input-gradient, stage1_1_add1.input-gradient (128 workgroups; binds step, params, arena0, arena1, arena2)
//   stage1_1_bn.gradient-sums (16 workgroups; binds step, arena0, arena1, arena2)
//   train 49: stage1_1_bn.input-gradient, stage1_1_conv2.input-gradient (128 workgroups; binds step, params, arena0, arena1, arena2)
//   stage1_1_batchnorm1.gradient-sums (16 workgroups; binds step, arena0, arena1, arena2)
//   train 51: stage1_1_batchnorm1.input-gradient, stage1_1_conv1.input-gradient (128 workgroups; binds step, params, arena0, arena1, arena2)
//   batchnorm1.gradient-sums (16 workgroups; binds step, arena0, arena1, arena2)
//   train 53: batchnorm1.input-gradient (128 workgroups; binds step, params, arena0, arena1, arena2)
//   weight-gradients (4117 workgroups; binds step, arena0, arena1, arena2)
//   partial-sums (4199 workgroups; binds arena2)
//   update (2741 workgroups; binds step, params, state, results, metrics, arena2)
// An evaluation batch dispatches:
//   evaluate 1: input, stem.forward, batchnorm1.evaluate, stage1_1_conv1.forward, stage1_1_batchnorm1.evaluate, stage1_1_conv2.forward, stage1_1_bn.evaluate, stage1_1_add1.forward, stage1_2_conv1.forward, stage1_2_batchnorm1.evaluate, stage1_2_conv2.forward, stage1_2_bn.evaluate, stage1_2_add1.forward, stage2_down_conv1.forward, stage2_down_batchnorm1.evaluate, stage2_down_conv2.forward, stage2_down_bn.evaluate, stage2_down_shortcut.forward, stage2_down_add1.forward, stage2_conv1.forward, stage2_batchnorm1.evaluate, stage2_conv2.forward, stage2_bn.evaluate, stage2_add1.forward, stage3_down_conv1.forward, stage3_down_batchnorm1.evaluate, stage3_down_conv2.forward, stage3_down_bn.evaluate, stage3_down_shortcut.forward, stage3_down_add1.forward, stage3_conv1.forward, stage3_batchnorm1.evaluate, stage3_conv2.forward, stage3_bn.evaluate, stage3_add1.forward, pool1.forward, dense1.forward, loss.evaluate (128 workgroups; binds step, table, images, params, params as vec4s, labels, results, arena0, arena1)

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 1: input, stem.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const STEM_Z = 100352u; // a0, 12544 floats per example: stem's output
const STEM_KERNEL = 0u; // params: stem/kernel [3, 3, 1, 16]
const STEM_BIAS = 144u; // params: stem/bias [16]

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
  // stem.forward: z = bias + 3×3 windows of input's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
        a0[STEM_Z + out0] = acc0_0.x + params[STEM_BIAS + co];
      }
      {
        a0[STEM_Z + out1] = acc0_1.x + params[STEM_BIAS + co];
      }
      {
        a0[STEM_Z + out0 + 1] = acc0_0.y + params[STEM_BIAS + co + 1];
      }
      {
        a0[STEM_Z + out1 + 1] = acc0_1.y + params[STEM_BIAS + co + 1];
      }
      {
        a0[STEM_Z + out0 + 2] = acc0_0.z + params[STEM_BIAS + co + 2];
      }
      {
        a0[STEM_Z + out1 + 2] = acc0_1.z + params[STEM_BIAS + co + 2];
      }
      {
        a0[STEM_Z + out0 + 3] = acc0_0.w + params[STEM_BIAS + co + 3];
      }
      {
        a0[STEM_Z + out1 + 3] = acc0_1.w + params[STEM_BIAS + co + 3];
      }
      {
        a0[STEM_Z + out0 + 4] = acc1_0.x + params[STEM_BIAS + co + 4];
      }
      {
        a0[STEM_Z + out1 + 4] = acc1_1.x + params[STEM_BIAS + co + 4];
      }
      {
        a0[STEM_Z + out0 + 5] = acc1_0.y + params[STEM_BIAS + co + 5];
      }
      {
        a0[STEM_Z + out1 + 5] = acc1_1.y + params[STEM_BIAS + co + 5];
      }
      {
        a0[STEM_Z + out0 + 6] = acc1_0.z + params[STEM_BIAS + co + 6];
      }
      {
        a0[STEM_Z + out1 + 6] = acc1_1.z + params[STEM_BIAS + co + 6];
      }
      {
        a0[STEM_Z + out0 + 7] = acc1_0.w + params[STEM_BIAS + co + 7];
      }
      {
        a0[STEM_Z + out1 + 7] = acc1_1.w + params[STEM_BIAS + co + 7];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel batchnorm1.statistics
// batchnorm1's batch mean and variance per channel over stem's output, and its moving statistics' update (a workgroup per channel g)
// 16 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_Z = 100352u; // a0, 12544 floats per example: stem's output
const BATCHNORM1_STATS = 11670784u; // a2, 32 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_MOVING_MEAN = 192u; // params: batchnorm1/moving_mean [16]
const BATCHNORM1_MOVING_VARIANCE = 208u; // params: batchnorm1/moving_variance [16]

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

const CHANNELS = 16u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
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
    a2[BATCHNORM1_STATS + g] = mean;
    a2[BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[BATCHNORM1_MOVING_MEAN + g];
    params[BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[BATCHNORM1_MOVING_VARIANCE + g];
    params[BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 3: batchnorm1.forward, stage1_1_conv1.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_Z = 100352u; // a0, 12544 floats per example: stem's output
const BATCHNORM1_Z = 1705984u; // a0, 12544 floats per example: batchnorm1's output
const ACTIVATION1_Y = 3311616u; // a0, 12544 floats per example: activation1's output: relu(batchnorm1's)
const STAGE1_1_CONV1_Z = 4917248u; // a0, 12544 floats per example: stage1_1_conv1's output
const BATCHNORM1_STATS = 11670784u; // a2, 32 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_GAMMA = 160u; // params: batchnorm1/gamma [16]
const BATCHNORM1_BETA = 176u; // params: batchnorm1/beta [16]
const STAGE1_1_CONV1_KERNEL = 224u; // params: stage1_1_conv1/kernel [3, 3, 16, 16]
const STAGE1_1_CONV1_BIAS = 2528u; // params: stage1_1_conv1/bias [16]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
    const ITEMS = 12544;
    const CHANNELS = 16;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let x = a0[STEM_Z + i];
      let zv = params[BATCHNORM1_BETA + c] + (x - a2[BATCHNORM1_STATS + c]) * params[BATCHNORM1_GAMMA + c] / sqrt(a2[BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a0[BATCHNORM1_Z + i] = zv;
      a0[ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage1_1_conv1.forward: z = bias + 3×3 windows of batchnorm1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = STAGE1_1_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[ACTIVATION1_Y + xi1 + ci], in1);
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
        a0[STAGE1_1_CONV1_Z + out0] = acc0_0.x + params[STAGE1_1_CONV1_BIAS + co];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1] = acc0_1.x + params[STAGE1_1_CONV1_BIAS + co];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 1] = acc0_0.y + params[STAGE1_1_CONV1_BIAS + co + 1];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 1] = acc0_1.y + params[STAGE1_1_CONV1_BIAS + co + 1];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 2] = acc0_0.z + params[STAGE1_1_CONV1_BIAS + co + 2];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 2] = acc0_1.z + params[STAGE1_1_CONV1_BIAS + co + 2];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 3] = acc0_0.w + params[STAGE1_1_CONV1_BIAS + co + 3];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 3] = acc0_1.w + params[STAGE1_1_CONV1_BIAS + co + 3];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 4] = acc1_0.x + params[STAGE1_1_CONV1_BIAS + co + 4];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 4] = acc1_1.x + params[STAGE1_1_CONV1_BIAS + co + 4];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 5] = acc1_0.y + params[STAGE1_1_CONV1_BIAS + co + 5];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 5] = acc1_1.y + params[STAGE1_1_CONV1_BIAS + co + 5];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 6] = acc1_0.z + params[STAGE1_1_CONV1_BIAS + co + 6];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 6] = acc1_1.z + params[STAGE1_1_CONV1_BIAS + co + 6];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 7] = acc1_0.w + params[STAGE1_1_CONV1_BIAS + co + 7];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 7] = acc1_1.w + params[STAGE1_1_CONV1_BIAS + co + 7];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage1_1_batchnorm1.statistics
// stage1_1_batchnorm1's batch mean and variance per channel over stage1_1_conv1's output, and its moving statistics' update (a workgroup per channel g)
// 16 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_1_CONV1_Z = 4917248u; // a0, 12544 floats per example: stage1_1_conv1's output
const STAGE1_1_BATCHNORM1_STATS = 11967872u; // a2, 32 floats: stage1_1_batchnorm1's batch mean, then variance, per channel
const STAGE1_1_BATCHNORM1_MOVING_MEAN = 2576u; // params: stage1_1_batchnorm1/moving_mean [16]
const STAGE1_1_BATCHNORM1_MOVING_VARIANCE = 2592u; // params: stage1_1_batchnorm1/moving_variance [16]

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

const CHANNELS = 16u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[STAGE1_1_CONV1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[STAGE1_1_CONV1_Z + k * CHANNELS + g] - mean) * (a0[STAGE1_1_CONV1_Z + k * CHANNELS + g] - mean)); }
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
    a2[STAGE1_1_BATCHNORM1_STATS + g] = mean;
    a2[STAGE1_1_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[STAGE1_1_BATCHNORM1_MOVING_MEAN + g];
    params[STAGE1_1_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[STAGE1_1_BATCHNORM1_MOVING_VARIANCE + g];
    params[STAGE1_1_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 5: stage1_1_batchnorm1.forward, stage1_1_conv2.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_1_CONV1_Z = 4917248u; // a0, 12544 floats per example: stage1_1_conv1's output
const STAGE1_1_BATCHNORM1_Z = 6522880u; // a0, 12544 floats per example: stage1_1_batchnorm1's output
const STAGE1_1_ACTIVATION1_Y = 8128512u; // a0, 12544 floats per example: stage1_1_activation1's output: relu(stage1_1_batchnorm1's)
const STAGE1_1_CONV2_Z = 9734144u; // a0, 12544 floats per example: stage1_1_conv2's output
const STAGE1_1_BATCHNORM1_STATS = 11967872u; // a2, 32 floats: stage1_1_batchnorm1's batch mean, then variance, per channel
const STAGE1_1_BATCHNORM1_GAMMA = 2544u; // params: stage1_1_batchnorm1/gamma [16]
const STAGE1_1_BATCHNORM1_BETA = 2560u; // params: stage1_1_batchnorm1/beta [16]
const STAGE1_1_CONV2_KERNEL = 2608u; // params: stage1_1_conv2/kernel [3, 3, 16, 16]
const STAGE1_1_CONV2_BIAS = 4912u; // params: stage1_1_conv2/bias [16]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage1_1_batchnorm1.forward: stage1_1_conv1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 16;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let x = a0[STAGE1_1_CONV1_Z + i];
      let zv = params[STAGE1_1_BATCHNORM1_BETA + c] + (x - a2[STAGE1_1_BATCHNORM1_STATS + c]) * params[STAGE1_1_BATCHNORM1_GAMMA + c] / sqrt(a2[STAGE1_1_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a0[STAGE1_1_BATCHNORM1_Z + i] = zv;
      a0[STAGE1_1_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage1_1_conv2.forward: z = bias + 3×3 windows of stage1_1_batchnorm1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = STAGE1_1_CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[STAGE1_1_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[STAGE1_1_ACTIVATION1_Y + xi1 + ci], in1);
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
        a0[STAGE1_1_CONV2_Z + out0] = acc0_0.x + params[STAGE1_1_CONV2_BIAS + co];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1] = acc0_1.x + params[STAGE1_1_CONV2_BIAS + co];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 1] = acc0_0.y + params[STAGE1_1_CONV2_BIAS + co + 1];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 1] = acc0_1.y + params[STAGE1_1_CONV2_BIAS + co + 1];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 2] = acc0_0.z + params[STAGE1_1_CONV2_BIAS + co + 2];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 2] = acc0_1.z + params[STAGE1_1_CONV2_BIAS + co + 2];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 3] = acc0_0.w + params[STAGE1_1_CONV2_BIAS + co + 3];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 3] = acc0_1.w + params[STAGE1_1_CONV2_BIAS + co + 3];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 4] = acc1_0.x + params[STAGE1_1_CONV2_BIAS + co + 4];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 4] = acc1_1.x + params[STAGE1_1_CONV2_BIAS + co + 4];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 5] = acc1_0.y + params[STAGE1_1_CONV2_BIAS + co + 5];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 5] = acc1_1.y + params[STAGE1_1_CONV2_BIAS + co + 5];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 6] = acc1_0.z + params[STAGE1_1_CONV2_BIAS + co + 6];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 6] = acc1_1.z + params[STAGE1_1_CONV2_BIAS + co + 6];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 7] = acc1_0.w + params[STAGE1_1_CONV2_BIAS + co + 7];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 7] = acc1_1.w + params[STAGE1_1_CONV2_BIAS + co + 7];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage1_1_bn.statistics
// stage1_1_bn's batch mean and variance per channel over stage1_1_conv2's output, and its moving statistics' update (a workgroup per channel g)
// 16 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_1_CONV2_Z = 9734144u; // a0, 12544 floats per example: stage1_1_conv2's output
const STAGE1_1_BN_STATS = 12264960u; // a2, 32 floats: stage1_1_bn's batch mean, then variance, per channel
const STAGE1_1_BN_MOVING_MEAN = 4960u; // params: stage1_1_bn/moving_mean [16]
const STAGE1_1_BN_MOVING_VARIANCE = 4976u; // params: stage1_1_bn/moving_variance [16]

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

const CHANNELS = 16u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[STAGE1_1_CONV2_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[STAGE1_1_CONV2_Z + k * CHANNELS + g] - mean) * (a0[STAGE1_1_CONV2_Z + k * CHANNELS + g] - mean)); }
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
    a2[STAGE1_1_BN_STATS + g] = mean;
    a2[STAGE1_1_BN_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[STAGE1_1_BN_MOVING_MEAN + g];
    params[STAGE1_1_BN_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[STAGE1_1_BN_MOVING_VARIANCE + g];
    params[STAGE1_1_BN_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 7: stage1_1_bn.forward, stage1_1_add1.forward, stage1_2_conv1.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const ACTIVATION1_Y = 3311616u; // a0, 12544 floats per example: activation1's output: relu(batchnorm1's)
const STAGE1_1_CONV2_Z = 9734144u; // a0, 12544 floats per example: stage1_1_conv2's output
const STAGE1_1_BN_Z = 11339776u; // a0, 12544 floats per example: stage1_1_bn's output
const STAGE1_1_ADD1_Z = 12945408u; // a0, 12544 floats per example: stage1_1_add1's output before its relu
const STAGE1_1_ADD1_Y = 14551040u; // a0, 12544 floats per example: stage1_1_add1's output: relu(z)
const STAGE1_2_CONV1_Z = 16156672u; // a0, 12544 floats per example: stage1_2_conv1's output
const STAGE1_1_BN_STATS = 12264960u; // a2, 32 floats: stage1_1_bn's batch mean, then variance, per channel
const STAGE1_1_BN_GAMMA = 4928u; // params: stage1_1_bn/gamma [16]
const STAGE1_1_BN_BETA = 4944u; // params: stage1_1_bn/beta [16]
const STAGE1_2_CONV1_KERNEL = 4992u; // params: stage1_2_conv1/kernel [3, 3, 16, 16]
const STAGE1_2_CONV1_BIAS = 7296u; // params: stage1_2_conv1/bias [16]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage1_1_bn.forward: stage1_1_conv2's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 16;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let x = a0[STAGE1_1_CONV2_Z + i];
      a0[STAGE1_1_BN_Z + i] = params[STAGE1_1_BN_BETA + c] + (x - a2[STAGE1_1_BN_STATS + c]) * params[STAGE1_1_BN_GAMMA + c] / sqrt(a2[STAGE1_1_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // stage1_1_add1.forward: z, and y = relu(z), = stage1_1_bn + batchnorm1; an item per element
  {
    const ITEMS = 12544;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let zv = a0[STAGE1_1_BN_Z + i] + a0[ACTIVATION1_Y + i];
      a0[STAGE1_1_ADD1_Z + i] = zv;
      a0[STAGE1_1_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage1_2_conv1.forward: z = bias + 3×3 windows of stage1_1_add1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = STAGE1_2_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[STAGE1_1_ADD1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[STAGE1_1_ADD1_Y + xi1 + ci], in1);
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
        a0[STAGE1_2_CONV1_Z + out0] = acc0_0.x + params[STAGE1_2_CONV1_BIAS + co];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1] = acc0_1.x + params[STAGE1_2_CONV1_BIAS + co];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 1] = acc0_0.y + params[STAGE1_2_CONV1_BIAS + co + 1];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 1] = acc0_1.y + params[STAGE1_2_CONV1_BIAS + co + 1];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 2] = acc0_0.z + params[STAGE1_2_CONV1_BIAS + co + 2];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 2] = acc0_1.z + params[STAGE1_2_CONV1_BIAS + co + 2];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 3] = acc0_0.w + params[STAGE1_2_CONV1_BIAS + co + 3];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 3] = acc0_1.w + params[STAGE1_2_CONV1_BIAS + co + 3];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 4] = acc1_0.x + params[STAGE1_2_CONV1_BIAS + co + 4];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 4] = acc1_1.x + params[STAGE1_2_CONV1_BIAS + co + 4];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 5] = acc1_0.y + params[STAGE1_2_CONV1_BIAS + co + 5];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 5] = acc1_1.y + params[STAGE1_2_CONV1_BIAS + co + 5];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 6] = acc1_0.z + params[STAGE1_2_CONV1_BIAS + co + 6];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 6] = acc1_1.z + params[STAGE1_2_CONV1_BIAS + co + 6];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 7] = acc1_0.w + params[STAGE1_2_CONV1_BIAS + co + 7];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 7] = acc1_1.w + params[STAGE1_2_CONV1_BIAS + co + 7];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage1_2_batchnorm1.statistics
// stage1_2_batchnorm1's batch mean and variance per channel over stage1_2_conv1's output, and its moving statistics' update (a workgroup per channel g)
// 16 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_2_CONV1_Z = 16156672u; // a0, 12544 floats per example: stage1_2_conv1's output
const STAGE1_2_BATCHNORM1_STATS = 12562048u; // a2, 32 floats: stage1_2_batchnorm1's batch mean, then variance, per channel
const STAGE1_2_BATCHNORM1_MOVING_MEAN = 7344u; // params: stage1_2_batchnorm1/moving_mean [16]
const STAGE1_2_BATCHNORM1_MOVING_VARIANCE = 7360u; // params: stage1_2_batchnorm1/moving_variance [16]

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

const CHANNELS = 16u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[STAGE1_2_CONV1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[STAGE1_2_CONV1_Z + k * CHANNELS + g] - mean) * (a0[STAGE1_2_CONV1_Z + k * CHANNELS + g] - mean)); }
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
    a2[STAGE1_2_BATCHNORM1_STATS + g] = mean;
    a2[STAGE1_2_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[STAGE1_2_BATCHNORM1_MOVING_MEAN + g];
    params[STAGE1_2_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[STAGE1_2_BATCHNORM1_MOVING_VARIANCE + g];
    params[STAGE1_2_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 9: stage1_2_batchnorm1.forward, stage1_2_conv2.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_2_CONV1_Z = 16156672u; // a0, 12544 floats per example: stage1_2_conv1's output
const STAGE1_2_BATCHNORM1_Z = 17762304u; // a0, 12544 floats per example: stage1_2_batchnorm1's output
const STAGE1_2_ACTIVATION1_Y = 19367936u; // a0, 12544 floats per example: stage1_2_activation1's output: relu(stage1_2_batchnorm1's)
const STAGE1_2_CONV2_Z = 20973568u; // a0, 12544 floats per example: stage1_2_conv2's output
const STAGE1_2_BATCHNORM1_STATS = 12562048u; // a2, 32 floats: stage1_2_batchnorm1's batch mean, then variance, per channel
const STAGE1_2_BATCHNORM1_GAMMA = 7312u; // params: stage1_2_batchnorm1/gamma [16]
const STAGE1_2_BATCHNORM1_BETA = 7328u; // params: stage1_2_batchnorm1/beta [16]
const STAGE1_2_CONV2_KERNEL = 7376u; // params: stage1_2_conv2/kernel [3, 3, 16, 16]
const STAGE1_2_CONV2_BIAS = 9680u; // params: stage1_2_conv2/bias [16]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage1_2_batchnorm1.forward: stage1_2_conv1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 16;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let x = a0[STAGE1_2_CONV1_Z + i];
      let zv = params[STAGE1_2_BATCHNORM1_BETA + c] + (x - a2[STAGE1_2_BATCHNORM1_STATS + c]) * params[STAGE1_2_BATCHNORM1_GAMMA + c] / sqrt(a2[STAGE1_2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a0[STAGE1_2_BATCHNORM1_Z + i] = zv;
      a0[STAGE1_2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage1_2_conv2.forward: z = bias + 3×3 windows of stage1_2_batchnorm1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = STAGE1_2_CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[STAGE1_2_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[STAGE1_2_ACTIVATION1_Y + xi1 + ci], in1);
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
        a0[STAGE1_2_CONV2_Z + out0] = acc0_0.x + params[STAGE1_2_CONV2_BIAS + co];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1] = acc0_1.x + params[STAGE1_2_CONV2_BIAS + co];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 1] = acc0_0.y + params[STAGE1_2_CONV2_BIAS + co + 1];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 1] = acc0_1.y + params[STAGE1_2_CONV2_BIAS + co + 1];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 2] = acc0_0.z + params[STAGE1_2_CONV2_BIAS + co + 2];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 2] = acc0_1.z + params[STAGE1_2_CONV2_BIAS + co + 2];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 3] = acc0_0.w + params[STAGE1_2_CONV2_BIAS + co + 3];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 3] = acc0_1.w + params[STAGE1_2_CONV2_BIAS + co + 3];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 4] = acc1_0.x + params[STAGE1_2_CONV2_BIAS + co + 4];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 4] = acc1_1.x + params[STAGE1_2_CONV2_BIAS + co + 4];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 5] = acc1_0.y + params[STAGE1_2_CONV2_BIAS + co + 5];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 5] = acc1_1.y + params[STAGE1_2_CONV2_BIAS + co + 5];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 6] = acc1_0.z + params[STAGE1_2_CONV2_BIAS + co + 6];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 6] = acc1_1.z + params[STAGE1_2_CONV2_BIAS + co + 6];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 7] = acc1_0.w + params[STAGE1_2_CONV2_BIAS + co + 7];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 7] = acc1_1.w + params[STAGE1_2_CONV2_BIAS + co + 7];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage1_2_bn.statistics
// stage1_2_bn's batch mean and variance per channel over stage1_2_conv2's output, and its moving statistics' update (a workgroup per channel g)
// 16 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_2_CONV2_Z = 20973568u; // a0, 12544 floats per example: stage1_2_conv2's output
const STAGE1_2_BN_STATS = 12859136u; // a2, 32 floats: stage1_2_bn's batch mean, then variance, per channel
const STAGE1_2_BN_MOVING_MEAN = 9728u; // params: stage1_2_bn/moving_mean [16]
const STAGE1_2_BN_MOVING_VARIANCE = 9744u; // params: stage1_2_bn/moving_variance [16]

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

const CHANNELS = 16u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[STAGE1_2_CONV2_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[STAGE1_2_CONV2_Z + k * CHANNELS + g] - mean) * (a0[STAGE1_2_CONV2_Z + k * CHANNELS + g] - mean)); }
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
    a2[STAGE1_2_BN_STATS + g] = mean;
    a2[STAGE1_2_BN_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[STAGE1_2_BN_MOVING_MEAN + g];
    params[STAGE1_2_BN_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[STAGE1_2_BN_MOVING_VARIANCE + g];
    params[STAGE1_2_BN_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 11: stage1_2_bn.forward, stage1_2_add1.forward, stage2_down_conv1.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_1_ADD1_Y = 14551040u; // a0, 12544 floats per example: stage1_1_add1's output: relu(z)
const STAGE1_2_CONV2_Z = 20973568u; // a0, 12544 floats per example: stage1_2_conv2's output
const STAGE1_2_BN_Z = 22579200u; // a0, 12544 floats per example: stage1_2_bn's output
const STAGE1_2_ADD1_Z = 24184832u; // a0, 12544 floats per example: stage1_2_add1's output before its relu
const STAGE1_2_ADD1_Y = 25790464u; // a0, 12544 floats per example: stage1_2_add1's output: relu(z)
const STAGE2_DOWN_CONV1_Z = 27396096u; // a0, 6272 floats per example: stage2_down_conv1's output
const STAGE1_2_BN_STATS = 12859136u; // a2, 32 floats: stage1_2_bn's batch mean, then variance, per channel
const STAGE1_2_BN_GAMMA = 9696u; // params: stage1_2_bn/gamma [16]
const STAGE1_2_BN_BETA = 9712u; // params: stage1_2_bn/beta [16]
const STAGE2_DOWN_CONV1_KERNEL = 9760u; // params: stage2_down_conv1/kernel [3, 3, 16, 32]
const STAGE2_DOWN_CONV1_BIAS = 14368u; // params: stage2_down_conv1/bias [32]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage1_2_bn.forward: stage1_2_conv2's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 16;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let x = a0[STAGE1_2_CONV2_Z + i];
      a0[STAGE1_2_BN_Z + i] = params[STAGE1_2_BN_BETA + c] + (x - a2[STAGE1_2_BN_STATS + c]) * params[STAGE1_2_BN_GAMMA + c] / sqrt(a2[STAGE1_2_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // stage1_2_add1.forward: z, and y = relu(z), = stage1_2_bn + stage1_1_add1; an item per element
  {
    const ITEMS = 12544;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let zv = a0[STAGE1_2_BN_Z + i] + a0[STAGE1_1_ADD1_Y + i];
      a0[STAGE1_2_ADD1_Z + i] = zv;
      a0[STAGE1_2_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage2_down_conv1.forward: z = bias + 3×3 windows of stage1_2_add1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
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
        let iy = i32(oy) * STRIDE_H + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) * STRIDE_W + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 2 >= 0 && ix + 2 < IN_W;
            let xi1 = (row + u32(clamp(ix + 2, 0, IN_W - 1))) * IN_C;
            var wi = STAGE2_DOWN_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[STAGE1_2_ADD1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[STAGE1_2_ADD1_Y + xi1 + ci], in1);
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
        a0[STAGE2_DOWN_CONV1_Z + out0] = acc0_0.x + params[STAGE2_DOWN_CONV1_BIAS + co];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1] = acc0_1.x + params[STAGE2_DOWN_CONV1_BIAS + co];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 1] = acc0_0.y + params[STAGE2_DOWN_CONV1_BIAS + co + 1];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 1] = acc0_1.y + params[STAGE2_DOWN_CONV1_BIAS + co + 1];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 2] = acc0_0.z + params[STAGE2_DOWN_CONV1_BIAS + co + 2];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 2] = acc0_1.z + params[STAGE2_DOWN_CONV1_BIAS + co + 2];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 3] = acc0_0.w + params[STAGE2_DOWN_CONV1_BIAS + co + 3];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 3] = acc0_1.w + params[STAGE2_DOWN_CONV1_BIAS + co + 3];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 4] = acc1_0.x + params[STAGE2_DOWN_CONV1_BIAS + co + 4];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 4] = acc1_1.x + params[STAGE2_DOWN_CONV1_BIAS + co + 4];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 5] = acc1_0.y + params[STAGE2_DOWN_CONV1_BIAS + co + 5];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 5] = acc1_1.y + params[STAGE2_DOWN_CONV1_BIAS + co + 5];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 6] = acc1_0.z + params[STAGE2_DOWN_CONV1_BIAS + co + 6];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 6] = acc1_1.z + params[STAGE2_DOWN_CONV1_BIAS + co + 6];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 7] = acc1_0.w + params[STAGE2_DOWN_CONV1_BIAS + co + 7];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 7] = acc1_1.w + params[STAGE2_DOWN_CONV1_BIAS + co + 7];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage2_down_batchnorm1.statistics
// stage2_down_batchnorm1's batch mean and variance per channel over stage2_down_conv1's output, and its moving statistics' update (a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_DOWN_CONV1_Z = 27396096u; // a0, 6272 floats per example: stage2_down_conv1's output
const STAGE2_DOWN_BATCHNORM1_STATS = 12979904u; // a2, 64 floats: stage2_down_batchnorm1's batch mean, then variance, per channel
const STAGE2_DOWN_BATCHNORM1_MOVING_MEAN = 14464u; // params: stage2_down_batchnorm1/moving_mean [32]
const STAGE2_DOWN_BATCHNORM1_MOVING_VARIANCE = 14496u; // params: stage2_down_batchnorm1/moving_variance [32]

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[STAGE2_DOWN_CONV1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[STAGE2_DOWN_CONV1_Z + k * CHANNELS + g] - mean) * (a0[STAGE2_DOWN_CONV1_Z + k * CHANNELS + g] - mean)); }
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
    a2[STAGE2_DOWN_BATCHNORM1_STATS + g] = mean;
    a2[STAGE2_DOWN_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[STAGE2_DOWN_BATCHNORM1_MOVING_MEAN + g];
    params[STAGE2_DOWN_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[STAGE2_DOWN_BATCHNORM1_MOVING_VARIANCE + g];
    params[STAGE2_DOWN_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 13: stage2_down_batchnorm1.forward, stage2_down_conv2.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_DOWN_CONV1_Z = 27396096u; // a0, 6272 floats per example: stage2_down_conv1's output
const STAGE2_DOWN_BATCHNORM1_Z = 28198912u; // a0, 6272 floats per example: stage2_down_batchnorm1's output
const STAGE2_DOWN_ACTIVATION1_Y = 29001728u; // a0, 6272 floats per example: stage2_down_activation1's output: relu(stage2_down_batchnorm1's)
const STAGE2_DOWN_CONV2_Z = 29804544u; // a0, 6272 floats per example: stage2_down_conv2's output
const STAGE2_DOWN_BATCHNORM1_STATS = 12979904u; // a2, 64 floats: stage2_down_batchnorm1's batch mean, then variance, per channel
const STAGE2_DOWN_BATCHNORM1_GAMMA = 14400u; // params: stage2_down_batchnorm1/gamma [32]
const STAGE2_DOWN_BATCHNORM1_BETA = 14432u; // params: stage2_down_batchnorm1/beta [32]
const STAGE2_DOWN_CONV2_KERNEL = 14528u; // params: stage2_down_conv2/kernel [3, 3, 32, 32]
const STAGE2_DOWN_CONV2_BIAS = 23744u; // params: stage2_down_conv2/bias [32]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage2_down_batchnorm1.forward: stage2_down_conv1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let x = a0[STAGE2_DOWN_CONV1_Z + i];
      let zv = params[STAGE2_DOWN_BATCHNORM1_BETA + c] + (x - a2[STAGE2_DOWN_BATCHNORM1_STATS + c]) * params[STAGE2_DOWN_BATCHNORM1_GAMMA + c] / sqrt(a2[STAGE2_DOWN_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a0[STAGE2_DOWN_BATCHNORM1_Z + i] = zv;
      a0[STAGE2_DOWN_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage2_down_conv2.forward: z = bias + 3×3 windows of stage2_down_batchnorm1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
            var wi = STAGE2_DOWN_CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[STAGE2_DOWN_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[STAGE2_DOWN_ACTIVATION1_Y + xi1 + ci], in1);
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
        a0[STAGE2_DOWN_CONV2_Z + out0] = acc0_0.x + params[STAGE2_DOWN_CONV2_BIAS + co];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1] = acc0_1.x + params[STAGE2_DOWN_CONV2_BIAS + co];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 1] = acc0_0.y + params[STAGE2_DOWN_CONV2_BIAS + co + 1];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 1] = acc0_1.y + params[STAGE2_DOWN_CONV2_BIAS + co + 1];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 2] = acc0_0.z + params[STAGE2_DOWN_CONV2_BIAS + co + 2];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 2] = acc0_1.z + params[STAGE2_DOWN_CONV2_BIAS + co + 2];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 3] = acc0_0.w + params[STAGE2_DOWN_CONV2_BIAS + co + 3];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 3] = acc0_1.w + params[STAGE2_DOWN_CONV2_BIAS + co + 3];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 4] = acc1_0.x + params[STAGE2_DOWN_CONV2_BIAS + co + 4];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 4] = acc1_1.x + params[STAGE2_DOWN_CONV2_BIAS + co + 4];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 5] = acc1_0.y + params[STAGE2_DOWN_CONV2_BIAS + co + 5];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 5] = acc1_1.y + params[STAGE2_DOWN_CONV2_BIAS + co + 5];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 6] = acc1_0.z + params[STAGE2_DOWN_CONV2_BIAS + co + 6];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 6] = acc1_1.z + params[STAGE2_DOWN_CONV2_BIAS + co + 6];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 7] = acc1_0.w + params[STAGE2_DOWN_CONV2_BIAS + co + 7];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 7] = acc1_1.w + params[STAGE2_DOWN_CONV2_BIAS + co + 7];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage2_down_bn.statistics
// stage2_down_bn's batch mean and variance per channel over stage2_down_conv2's output, and its moving statistics' update (a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_DOWN_CONV2_Z = 29804544u; // a0, 6272 floats per example: stage2_down_conv2's output
const STAGE2_DOWN_BN_STATS = 13220480u; // a2, 64 floats: stage2_down_bn's batch mean, then variance, per channel
const STAGE2_DOWN_BN_MOVING_MEAN = 23840u; // params: stage2_down_bn/moving_mean [32]
const STAGE2_DOWN_BN_MOVING_VARIANCE = 23872u; // params: stage2_down_bn/moving_variance [32]

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[STAGE2_DOWN_CONV2_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[STAGE2_DOWN_CONV2_Z + k * CHANNELS + g] - mean) * (a0[STAGE2_DOWN_CONV2_Z + k * CHANNELS + g] - mean)); }
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
    a2[STAGE2_DOWN_BN_STATS + g] = mean;
    a2[STAGE2_DOWN_BN_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[STAGE2_DOWN_BN_MOVING_MEAN + g];
    params[STAGE2_DOWN_BN_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[STAGE2_DOWN_BN_MOVING_VARIANCE + g];
    params[STAGE2_DOWN_BN_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 15: stage2_down_bn.forward, stage2_down_shortcut.forward, stage2_down_add1.forward, stage2_conv1.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_2_ADD1_Y = 25790464u; // a0, 12544 floats per example: stage1_2_add1's output: relu(z)
const STAGE2_DOWN_CONV2_Z = 29804544u; // a0, 6272 floats per example: stage2_down_conv2's output
const STAGE2_DOWN_BN_Z = 30607360u; // a0, 6272 floats per example: stage2_down_bn's output
const STAGE2_DOWN_SHORTCUT_Z = 31410176u; // a0, 6272 floats per example: stage2_down_shortcut's output
const STAGE2_DOWN_ADD1_Z = 32212992u; // a0, 6272 floats per example: stage2_down_add1's output before its relu
const STAGE2_DOWN_ADD1_Y = 0u; // a1, 6272 floats per example: stage2_down_add1's output: relu(z)
const STAGE2_CONV1_Z = 802816u; // a1, 6272 floats per example: stage2_conv1's output
const STAGE2_DOWN_BN_STATS = 13220480u; // a2, 64 floats: stage2_down_bn's batch mean, then variance, per channel
const STAGE2_DOWN_BN_GAMMA = 23776u; // params: stage2_down_bn/gamma [32]
const STAGE2_DOWN_BN_BETA = 23808u; // params: stage2_down_bn/beta [32]
const STAGE2_DOWN_SHORTCUT_KERNEL = 23904u; // params: stage2_down_shortcut/kernel [1, 1, 16, 32]
const STAGE2_DOWN_SHORTCUT_BIAS = 24416u; // params: stage2_down_shortcut/bias [32]
const STAGE2_CONV1_KERNEL = 24448u; // params: stage2_conv1/kernel [3, 3, 32, 32]
const STAGE2_CONV1_BIAS = 33664u; // params: stage2_conv1/bias [32]

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
@group(0) @binding(5) var<storage, read_write> a2: array<f32>;

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
  // stage2_down_bn.forward: stage2_down_conv2's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let x = a0[STAGE2_DOWN_CONV2_Z + i];
      a0[STAGE2_DOWN_BN_Z + i] = params[STAGE2_DOWN_BN_BETA + c] + (x - a2[STAGE2_DOWN_BN_STATS + c]) * params[STAGE2_DOWN_BN_GAMMA + c] / sqrt(a2[STAGE2_DOWN_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // stage2_down_shortcut.forward: z = bias + 1×1 windows of stage1_2_add1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
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
      let iy = i32(oy) * STRIDE_H;
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox) * STRIDE_W;
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 2)) * IN_C;
      var wi = STAGE2_DOWN_SHORTCUT_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[STAGE1_2_ADD1_Y + xi0 + ci];
        let x1 = a0[STAGE1_2_ADD1_Y + xi1 + ci];
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
        a0[STAGE2_DOWN_SHORTCUT_Z + out0] = acc0_0.x + params[STAGE2_DOWN_SHORTCUT_BIAS + co];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1] = acc0_1.x + params[STAGE2_DOWN_SHORTCUT_BIAS + co];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 1] = acc0_0.y + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 1];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 1] = acc0_1.y + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 1];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 2] = acc0_0.z + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 2];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 2] = acc0_1.z + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 2];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 3] = acc0_0.w + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 3];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 3] = acc0_1.w + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 3];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 4] = acc1_0.x + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 4];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 4] = acc1_1.x + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 4];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 5] = acc1_0.y + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 5];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 5] = acc1_1.y + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 5];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 6] = acc1_0.z + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 6];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 6] = acc1_1.z + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 6];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 7] = acc1_0.w + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 7];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 7] = acc1_1.w + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage2_down_add1.forward: z, and y = relu(z), = stage2_down_bn + stage2_down_shortcut; an item per element
  {
    const ITEMS = 6272;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let zv = a0[STAGE2_DOWN_BN_Z + i] + a0[STAGE2_DOWN_SHORTCUT_Z + i];
      a0[STAGE2_DOWN_ADD1_Z + i] = zv;
      a1[STAGE2_DOWN_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage2_conv1.forward: z = bias + 3×3 windows of stage2_down_add1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
            var wi = STAGE2_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[STAGE2_DOWN_ADD1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a1[STAGE2_DOWN_ADD1_Y + xi1 + ci], in1);
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
        a1[STAGE2_CONV1_Z + out0] = acc0_0.x + params[STAGE2_CONV1_BIAS + co];
      }
      {
        a1[STAGE2_CONV1_Z + out1] = acc0_1.x + params[STAGE2_CONV1_BIAS + co];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 1] = acc0_0.y + params[STAGE2_CONV1_BIAS + co + 1];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 1] = acc0_1.y + params[STAGE2_CONV1_BIAS + co + 1];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 2] = acc0_0.z + params[STAGE2_CONV1_BIAS + co + 2];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 2] = acc0_1.z + params[STAGE2_CONV1_BIAS + co + 2];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 3] = acc0_0.w + params[STAGE2_CONV1_BIAS + co + 3];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 3] = acc0_1.w + params[STAGE2_CONV1_BIAS + co + 3];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 4] = acc1_0.x + params[STAGE2_CONV1_BIAS + co + 4];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 4] = acc1_1.x + params[STAGE2_CONV1_BIAS + co + 4];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 5] = acc1_0.y + params[STAGE2_CONV1_BIAS + co + 5];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 5] = acc1_1.y + params[STAGE2_CONV1_BIAS + co + 5];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 6] = acc1_0.z + params[STAGE2_CONV1_BIAS + co + 6];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 6] = acc1_1.z + params[STAGE2_CONV1_BIAS + co + 6];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 7] = acc1_0.w + params[STAGE2_CONV1_BIAS + co + 7];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 7] = acc1_1.w + params[STAGE2_CONV1_BIAS + co + 7];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage2_batchnorm1.statistics
// stage2_batchnorm1's batch mean and variance per channel over stage2_conv1's output, and its moving statistics' update (a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_CONV1_Z = 802816u; // a1, 6272 floats per example: stage2_conv1's output
const STAGE2_BATCHNORM1_STATS = 13475200u; // a2, 64 floats: stage2_batchnorm1's batch mean, then variance, per channel
const STAGE2_BATCHNORM1_MOVING_MEAN = 33760u; // params: stage2_batchnorm1/moving_mean [32]
const STAGE2_BATCHNORM1_MOVING_VARIANCE = 33792u; // params: stage2_batchnorm1/moving_variance [32]

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
@group(0) @binding(2) var<storage, read_write> a1: array<f32>;
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE2_CONV1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a1[STAGE2_CONV1_Z + k * CHANNELS + g] - mean) * (a1[STAGE2_CONV1_Z + k * CHANNELS + g] - mean)); }
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
    a2[STAGE2_BATCHNORM1_STATS + g] = mean;
    a2[STAGE2_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[STAGE2_BATCHNORM1_MOVING_MEAN + g];
    params[STAGE2_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[STAGE2_BATCHNORM1_MOVING_VARIANCE + g];
    params[STAGE2_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 17: stage2_batchnorm1.forward, stage2_conv2.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_CONV1_Z = 802816u; // a1, 6272 floats per example: stage2_conv1's output
const STAGE2_BATCHNORM1_Z = 1605632u; // a1, 6272 floats per example: stage2_batchnorm1's output
const STAGE2_ACTIVATION1_Y = 2408448u; // a1, 6272 floats per example: stage2_activation1's output: relu(stage2_batchnorm1's)
const STAGE2_CONV2_Z = 3211264u; // a1, 6272 floats per example: stage2_conv2's output
const STAGE2_BATCHNORM1_STATS = 13475200u; // a2, 64 floats: stage2_batchnorm1's batch mean, then variance, per channel
const STAGE2_BATCHNORM1_GAMMA = 33696u; // params: stage2_batchnorm1/gamma [32]
const STAGE2_BATCHNORM1_BETA = 33728u; // params: stage2_batchnorm1/beta [32]
const STAGE2_CONV2_KERNEL = 33824u; // params: stage2_conv2/kernel [3, 3, 32, 32]
const STAGE2_CONV2_BIAS = 43040u; // params: stage2_conv2/bias [32]

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
@group(0) @binding(3) var<storage, read_write> a1: array<f32>;
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage2_batchnorm1.forward: stage2_conv1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let x = a1[STAGE2_CONV1_Z + i];
      let zv = params[STAGE2_BATCHNORM1_BETA + c] + (x - a2[STAGE2_BATCHNORM1_STATS + c]) * params[STAGE2_BATCHNORM1_GAMMA + c] / sqrt(a2[STAGE2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a1[STAGE2_BATCHNORM1_Z + i] = zv;
      a1[STAGE2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage2_conv2.forward: z = bias + 3×3 windows of stage2_batchnorm1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
            var wi = STAGE2_CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[STAGE2_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a1[STAGE2_ACTIVATION1_Y + xi1 + ci], in1);
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
        a1[STAGE2_CONV2_Z + out0] = acc0_0.x + params[STAGE2_CONV2_BIAS + co];
      }
      {
        a1[STAGE2_CONV2_Z + out1] = acc0_1.x + params[STAGE2_CONV2_BIAS + co];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 1] = acc0_0.y + params[STAGE2_CONV2_BIAS + co + 1];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 1] = acc0_1.y + params[STAGE2_CONV2_BIAS + co + 1];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 2] = acc0_0.z + params[STAGE2_CONV2_BIAS + co + 2];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 2] = acc0_1.z + params[STAGE2_CONV2_BIAS + co + 2];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 3] = acc0_0.w + params[STAGE2_CONV2_BIAS + co + 3];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 3] = acc0_1.w + params[STAGE2_CONV2_BIAS + co + 3];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 4] = acc1_0.x + params[STAGE2_CONV2_BIAS + co + 4];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 4] = acc1_1.x + params[STAGE2_CONV2_BIAS + co + 4];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 5] = acc1_0.y + params[STAGE2_CONV2_BIAS + co + 5];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 5] = acc1_1.y + params[STAGE2_CONV2_BIAS + co + 5];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 6] = acc1_0.z + params[STAGE2_CONV2_BIAS + co + 6];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 6] = acc1_1.z + params[STAGE2_CONV2_BIAS + co + 6];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 7] = acc1_0.w + params[STAGE2_CONV2_BIAS + co + 7];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 7] = acc1_1.w + params[STAGE2_CONV2_BIAS + co + 7];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage2_bn.statistics
// stage2_bn's batch mean and variance per channel over stage2_conv2's output, and its moving statistics' update (a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_CONV2_Z = 3211264u; // a1, 6272 floats per example: stage2_conv2's output
const STAGE2_BN_STATS = 13715776u; // a2, 64 floats: stage2_bn's batch mean, then variance, per channel
const STAGE2_BN_MOVING_MEAN = 43136u; // params: stage2_bn/moving_mean [32]
const STAGE2_BN_MOVING_VARIANCE = 43168u; // params: stage2_bn/moving_variance [32]

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
@group(0) @binding(2) var<storage, read_write> a1: array<f32>;
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE2_CONV2_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a1[STAGE2_CONV2_Z + k * CHANNELS + g] - mean) * (a1[STAGE2_CONV2_Z + k * CHANNELS + g] - mean)); }
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
    a2[STAGE2_BN_STATS + g] = mean;
    a2[STAGE2_BN_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[STAGE2_BN_MOVING_MEAN + g];
    params[STAGE2_BN_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[STAGE2_BN_MOVING_VARIANCE + g];
    params[STAGE2_BN_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 19: stage2_bn.forward, stage2_add1.forward, stage3_down_conv1.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_DOWN_ADD1_Y = 0u; // a1, 6272 floats per example: stage2_down_add1's output: relu(z)
const STAGE2_CONV2_Z = 3211264u; // a1, 6272 floats per example: stage2_conv2's output
const STAGE2_BN_Z = 4014080u; // a1, 6272 floats per example: stage2_bn's output
const STAGE2_ADD1_Z = 4816896u; // a1, 6272 floats per example: stage2_add1's output before its relu
const STAGE2_ADD1_Y = 5619712u; // a1, 6272 floats per example: stage2_add1's output: relu(z)
const STAGE3_DOWN_CONV1_Z = 6422528u; // a1, 3136 floats per example: stage3_down_conv1's output
const STAGE2_BN_STATS = 13715776u; // a2, 64 floats: stage2_bn's batch mean, then variance, per channel
const STAGE2_BN_GAMMA = 43072u; // params: stage2_bn/gamma [32]
const STAGE2_BN_BETA = 43104u; // params: stage2_bn/beta [32]
const STAGE3_DOWN_CONV1_KERNEL = 43200u; // params: stage3_down_conv1/kernel [3, 3, 32, 64]
const STAGE3_DOWN_CONV1_BIAS = 61632u; // params: stage3_down_conv1/bias [64]

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
@group(0) @binding(3) var<storage, read_write> a1: array<f32>;
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage2_bn.forward: stage2_conv2's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let x = a1[STAGE2_CONV2_Z + i];
      a1[STAGE2_BN_Z + i] = params[STAGE2_BN_BETA + c] + (x - a2[STAGE2_BN_STATS + c]) * params[STAGE2_BN_GAMMA + c] / sqrt(a2[STAGE2_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // stage2_add1.forward: z, and y = relu(z), = stage2_bn + stage2_down_add1; an item per element
  {
    const ITEMS = 6272;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let zv = a1[STAGE2_BN_Z + i] + a1[STAGE2_DOWN_ADD1_Y + i];
      a1[STAGE2_ADD1_Z + i] = zv;
      a1[STAGE2_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage3_down_conv1.forward: z = bias + 3×3 windows of stage2_add1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
            var wi = STAGE3_DOWN_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[STAGE2_ADD1_Y + xi0 + ci], in0);
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
        a1[STAGE3_DOWN_CONV1_Z + out0] = acc0_0.x + params[STAGE3_DOWN_CONV1_BIAS + co];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 1] = acc0_0.y + params[STAGE3_DOWN_CONV1_BIAS + co + 1];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 2] = acc0_0.z + params[STAGE3_DOWN_CONV1_BIAS + co + 2];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 3] = acc0_0.w + params[STAGE3_DOWN_CONV1_BIAS + co + 3];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 4] = acc1_0.x + params[STAGE3_DOWN_CONV1_BIAS + co + 4];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 5] = acc1_0.y + params[STAGE3_DOWN_CONV1_BIAS + co + 5];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 6] = acc1_0.z + params[STAGE3_DOWN_CONV1_BIAS + co + 6];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 7] = acc1_0.w + params[STAGE3_DOWN_CONV1_BIAS + co + 7];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage3_down_batchnorm1.statistics
// stage3_down_batchnorm1's batch mean and variance per channel over stage3_down_conv1's output, and its moving statistics' update (a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_DOWN_CONV1_Z = 6422528u; // a1, 3136 floats per example: stage3_down_conv1's output
const STAGE3_DOWN_BATCHNORM1_STATS = 13845376u; // a2, 128 floats: stage3_down_batchnorm1's batch mean, then variance, per channel
const STAGE3_DOWN_BATCHNORM1_MOVING_MEAN = 61824u; // params: stage3_down_batchnorm1/moving_mean [64]
const STAGE3_DOWN_BATCHNORM1_MOVING_VARIANCE = 61888u; // params: stage3_down_batchnorm1/moving_variance [64]

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
@group(0) @binding(2) var<storage, read_write> a1: array<f32>;
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE3_DOWN_CONV1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a1[STAGE3_DOWN_CONV1_Z + k * CHANNELS + g] - mean) * (a1[STAGE3_DOWN_CONV1_Z + k * CHANNELS + g] - mean)); }
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
    a2[STAGE3_DOWN_BATCHNORM1_STATS + g] = mean;
    a2[STAGE3_DOWN_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[STAGE3_DOWN_BATCHNORM1_MOVING_MEAN + g];
    params[STAGE3_DOWN_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[STAGE3_DOWN_BATCHNORM1_MOVING_VARIANCE + g];
    params[STAGE3_DOWN_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 21: stage3_down_batchnorm1.forward, stage3_down_conv2.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_DOWN_CONV1_Z = 6422528u; // a1, 3136 floats per example: stage3_down_conv1's output
const STAGE3_DOWN_BATCHNORM1_Z = 6823936u; // a1, 3136 floats per example: stage3_down_batchnorm1's output
const STAGE3_DOWN_ACTIVATION1_Y = 7225344u; // a1, 3136 floats per example: stage3_down_activation1's output: relu(stage3_down_batchnorm1's)
const STAGE3_DOWN_CONV2_Z = 7626752u; // a1, 3136 floats per example: stage3_down_conv2's output
const STAGE3_DOWN_BATCHNORM1_STATS = 13845376u; // a2, 128 floats: stage3_down_batchnorm1's batch mean, then variance, per channel
const STAGE3_DOWN_BATCHNORM1_GAMMA = 61696u; // params: stage3_down_batchnorm1/gamma [64]
const STAGE3_DOWN_BATCHNORM1_BETA = 61760u; // params: stage3_down_batchnorm1/beta [64]
const STAGE3_DOWN_CONV2_KERNEL = 61952u; // params: stage3_down_conv2/kernel [3, 3, 64, 64]
const STAGE3_DOWN_CONV2_BIAS = 98816u; // params: stage3_down_conv2/bias [64]

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
@group(0) @binding(3) var<storage, read_write> a1: array<f32>;
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage3_down_batchnorm1.forward: stage3_down_conv1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a1[STAGE3_DOWN_CONV1_Z + i];
      let zv = params[STAGE3_DOWN_BATCHNORM1_BETA + c] + (x - a2[STAGE3_DOWN_BATCHNORM1_STATS + c]) * params[STAGE3_DOWN_BATCHNORM1_GAMMA + c] / sqrt(a2[STAGE3_DOWN_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a1[STAGE3_DOWN_BATCHNORM1_Z + i] = zv;
      a1[STAGE3_DOWN_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage3_down_conv2.forward: z = bias + 3×3 windows of stage3_down_batchnorm1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
            var wi = STAGE3_DOWN_CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[STAGE3_DOWN_ACTIVATION1_Y + xi0 + ci], in0);
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
        a1[STAGE3_DOWN_CONV2_Z + out0] = acc0_0.x + params[STAGE3_DOWN_CONV2_BIAS + co];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 1] = acc0_0.y + params[STAGE3_DOWN_CONV2_BIAS + co + 1];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 2] = acc0_0.z + params[STAGE3_DOWN_CONV2_BIAS + co + 2];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 3] = acc0_0.w + params[STAGE3_DOWN_CONV2_BIAS + co + 3];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 4] = acc1_0.x + params[STAGE3_DOWN_CONV2_BIAS + co + 4];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 5] = acc1_0.y + params[STAGE3_DOWN_CONV2_BIAS + co + 5];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 6] = acc1_0.z + params[STAGE3_DOWN_CONV2_BIAS + co + 6];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 7] = acc1_0.w + params[STAGE3_DOWN_CONV2_BIAS + co + 7];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage3_down_bn.statistics
// stage3_down_bn's batch mean and variance per channel over stage3_down_conv2's output, and its moving statistics' update (a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_DOWN_CONV2_Z = 7626752u; // a1, 3136 floats per example: stage3_down_conv2's output
const STAGE3_DOWN_BN_STATS = 14104128u; // a2, 128 floats: stage3_down_bn's batch mean, then variance, per channel
const STAGE3_DOWN_BN_MOVING_MEAN = 99008u; // params: stage3_down_bn/moving_mean [64]
const STAGE3_DOWN_BN_MOVING_VARIANCE = 99072u; // params: stage3_down_bn/moving_variance [64]

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
@group(0) @binding(2) var<storage, read_write> a1: array<f32>;
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE3_DOWN_CONV2_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a1[STAGE3_DOWN_CONV2_Z + k * CHANNELS + g] - mean) * (a1[STAGE3_DOWN_CONV2_Z + k * CHANNELS + g] - mean)); }
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
    a2[STAGE3_DOWN_BN_STATS + g] = mean;
    a2[STAGE3_DOWN_BN_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[STAGE3_DOWN_BN_MOVING_MEAN + g];
    params[STAGE3_DOWN_BN_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[STAGE3_DOWN_BN_MOVING_VARIANCE + g];
    params[STAGE3_DOWN_BN_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 23: stage3_down_bn.forward, stage3_down_shortcut.forward, stage3_down_add1.forward, stage3_conv1.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_ADD1_Y = 5619712u; // a1, 6272 floats per example: stage2_add1's output: relu(z)
const STAGE3_DOWN_CONV2_Z = 7626752u; // a1, 3136 floats per example: stage3_down_conv2's output
const STAGE3_DOWN_BN_Z = 8028160u; // a1, 3136 floats per example: stage3_down_bn's output
const STAGE3_DOWN_SHORTCUT_Z = 8429568u; // a1, 3136 floats per example: stage3_down_shortcut's output
const STAGE3_DOWN_ADD1_Z = 8830976u; // a1, 3136 floats per example: stage3_down_add1's output before its relu
const STAGE3_DOWN_ADD1_Y = 9232384u; // a1, 3136 floats per example: stage3_down_add1's output: relu(z)
const STAGE3_CONV1_Z = 9633792u; // a1, 3136 floats per example: stage3_conv1's output
const STAGE3_DOWN_BN_STATS = 14104128u; // a2, 128 floats: stage3_down_bn's batch mean, then variance, per channel
const STAGE3_DOWN_BN_GAMMA = 98880u; // params: stage3_down_bn/gamma [64]
const STAGE3_DOWN_BN_BETA = 98944u; // params: stage3_down_bn/beta [64]
const STAGE3_DOWN_SHORTCUT_KERNEL = 99136u; // params: stage3_down_shortcut/kernel [1, 1, 32, 64]
const STAGE3_DOWN_SHORTCUT_BIAS = 101184u; // params: stage3_down_shortcut/bias [64]
const STAGE3_CONV1_KERNEL = 101248u; // params: stage3_conv1/kernel [3, 3, 64, 64]
const STAGE3_CONV1_BIAS = 138112u; // params: stage3_conv1/bias [64]

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
@group(0) @binding(3) var<storage, read_write> a1: array<f32>;
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage3_down_bn.forward: stage3_down_conv2's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a1[STAGE3_DOWN_CONV2_Z + i];
      a1[STAGE3_DOWN_BN_Z + i] = params[STAGE3_DOWN_BN_BETA + c] + (x - a2[STAGE3_DOWN_BN_STATS + c]) * params[STAGE3_DOWN_BN_GAMMA + c] / sqrt(a2[STAGE3_DOWN_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // stage3_down_shortcut.forward: z = bias + 1×1 windows of stage2_add1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
      var wi = STAGE3_DOWN_SHORTCUT_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a1[STAGE2_ADD1_Y + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0] = acc0_0.x + params[STAGE3_DOWN_SHORTCUT_BIAS + co];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 1] = acc0_0.y + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 1];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 2] = acc0_0.z + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 2];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 3] = acc0_0.w + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 3];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 4] = acc1_0.x + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 4];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 5] = acc1_0.y + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 5];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 6] = acc1_0.z + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 6];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 7] = acc1_0.w + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage3_down_add1.forward: z, and y = relu(z), = stage3_down_bn + stage3_down_shortcut; an item per element
  {
    const ITEMS = 3136;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let zv = a1[STAGE3_DOWN_BN_Z + i] + a1[STAGE3_DOWN_SHORTCUT_Z + i];
      a1[STAGE3_DOWN_ADD1_Z + i] = zv;
      a1[STAGE3_DOWN_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage3_conv1.forward: z = bias + 3×3 windows of stage3_down_add1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
            var wi = STAGE3_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[STAGE3_DOWN_ADD1_Y + xi0 + ci], in0);
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
        a1[STAGE3_CONV1_Z + out0] = acc0_0.x + params[STAGE3_CONV1_BIAS + co];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 1] = acc0_0.y + params[STAGE3_CONV1_BIAS + co + 1];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 2] = acc0_0.z + params[STAGE3_CONV1_BIAS + co + 2];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 3] = acc0_0.w + params[STAGE3_CONV1_BIAS + co + 3];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 4] = acc1_0.x + params[STAGE3_CONV1_BIAS + co + 4];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 5] = acc1_0.y + params[STAGE3_CONV1_BIAS + co + 5];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 6] = acc1_0.z + params[STAGE3_CONV1_BIAS + co + 6];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 7] = acc1_0.w + params[STAGE3_CONV1_BIAS + co + 7];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage3_batchnorm1.statistics
// stage3_batchnorm1's batch mean and variance per channel over stage3_conv1's output, and its moving statistics' update (a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_CONV1_Z = 9633792u; // a1, 3136 floats per example: stage3_conv1's output
const STAGE3_BATCHNORM1_STATS = 14377664u; // a2, 128 floats: stage3_batchnorm1's batch mean, then variance, per channel
const STAGE3_BATCHNORM1_MOVING_MEAN = 138304u; // params: stage3_batchnorm1/moving_mean [64]
const STAGE3_BATCHNORM1_MOVING_VARIANCE = 138368u; // params: stage3_batchnorm1/moving_variance [64]

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
@group(0) @binding(2) var<storage, read_write> a1: array<f32>;
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE3_CONV1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a1[STAGE3_CONV1_Z + k * CHANNELS + g] - mean) * (a1[STAGE3_CONV1_Z + k * CHANNELS + g] - mean)); }
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
    a2[STAGE3_BATCHNORM1_STATS + g] = mean;
    a2[STAGE3_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[STAGE3_BATCHNORM1_MOVING_MEAN + g];
    params[STAGE3_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[STAGE3_BATCHNORM1_MOVING_VARIANCE + g];
    params[STAGE3_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 25: stage3_batchnorm1.forward, stage3_conv2.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_CONV1_Z = 9633792u; // a1, 3136 floats per example: stage3_conv1's output
const STAGE3_BATCHNORM1_Z = 10035200u; // a1, 3136 floats per example: stage3_batchnorm1's output
const STAGE3_ACTIVATION1_Y = 10436608u; // a1, 3136 floats per example: stage3_activation1's output: relu(stage3_batchnorm1's)
const STAGE3_CONV2_Z = 10838016u; // a1, 3136 floats per example: stage3_conv2's output
const STAGE3_BATCHNORM1_STATS = 14377664u; // a2, 128 floats: stage3_batchnorm1's batch mean, then variance, per channel
const STAGE3_BATCHNORM1_GAMMA = 138176u; // params: stage3_batchnorm1/gamma [64]
const STAGE3_BATCHNORM1_BETA = 138240u; // params: stage3_batchnorm1/beta [64]
const STAGE3_CONV2_KERNEL = 138432u; // params: stage3_conv2/kernel [3, 3, 64, 64]
const STAGE3_CONV2_BIAS = 175296u; // params: stage3_conv2/bias [64]

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
@group(0) @binding(3) var<storage, read_write> a1: array<f32>;
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage3_batchnorm1.forward: stage3_conv1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a1[STAGE3_CONV1_Z + i];
      let zv = params[STAGE3_BATCHNORM1_BETA + c] + (x - a2[STAGE3_BATCHNORM1_STATS + c]) * params[STAGE3_BATCHNORM1_GAMMA + c] / sqrt(a2[STAGE3_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a1[STAGE3_BATCHNORM1_Z + i] = zv;
      a1[STAGE3_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage3_conv2.forward: z = bias + 3×3 windows of stage3_batchnorm1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
            var wi = STAGE3_CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[STAGE3_ACTIVATION1_Y + xi0 + ci], in0);
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
        a1[STAGE3_CONV2_Z + out0] = acc0_0.x + params[STAGE3_CONV2_BIAS + co];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 1] = acc0_0.y + params[STAGE3_CONV2_BIAS + co + 1];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 2] = acc0_0.z + params[STAGE3_CONV2_BIAS + co + 2];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 3] = acc0_0.w + params[STAGE3_CONV2_BIAS + co + 3];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 4] = acc1_0.x + params[STAGE3_CONV2_BIAS + co + 4];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 5] = acc1_0.y + params[STAGE3_CONV2_BIAS + co + 5];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 6] = acc1_0.z + params[STAGE3_CONV2_BIAS + co + 6];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 7] = acc1_0.w + params[STAGE3_CONV2_BIAS + co + 7];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage3_bn.statistics
// stage3_bn's batch mean and variance per channel over stage3_conv2's output, and its moving statistics' update (a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_CONV2_Z = 10838016u; // a1, 3136 floats per example: stage3_conv2's output
const STAGE3_BN_STATS = 14636416u; // a2, 128 floats: stage3_bn's batch mean, then variance, per channel
const STAGE3_BN_MOVING_MEAN = 175488u; // params: stage3_bn/moving_mean [64]
const STAGE3_BN_MOVING_VARIANCE = 175552u; // params: stage3_bn/moving_variance [64]

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
@group(0) @binding(2) var<storage, read_write> a1: array<f32>;
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE3_CONV2_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a1[STAGE3_CONV2_Z + k * CHANNELS + g] - mean) * (a1[STAGE3_CONV2_Z + k * CHANNELS + g] - mean)); }
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
    a2[STAGE3_BN_STATS + g] = mean;
    a2[STAGE3_BN_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[STAGE3_BN_MOVING_MEAN + g];
    params[STAGE3_BN_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[STAGE3_BN_MOVING_VARIANCE + g];
    params[STAGE3_BN_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 27: stage3_bn.forward, stage3_add1.forward, pool1.forward, dense1.forward, loss, dense1.input-gradient, pool1.input-gradient, stage3_add1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_DOWN_ADD1_Y = 9232384u; // a1, 3136 floats per example: stage3_down_add1's output: relu(z)
const STAGE3_CONV2_Z = 10838016u; // a1, 3136 floats per example: stage3_conv2's output
const STAGE3_BN_Z = 11239424u; // a1, 3136 floats per example: stage3_bn's output
const STAGE3_ADD1_Z = 11640832u; // a1, 3136 floats per example: stage3_add1's output before its relu
const STAGE3_ADD1_Y = 12042240u; // a1, 3136 floats per example: stage3_add1's output: relu(z)
const POOL1_Z = 12443648u; // a1, 64 floats per example: pool1's output
const DENSE1_Z = 12451840u; // a1, 10 floats per example: dense1's output
const STAGE3_DOWN_ADD1_DZ = 9232384u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_add1's output before its relu
const STAGE3_BN_DZ = 10838016u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_bn's output
const STAGE3_ADD1_DZ = 11239424u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_add1's output before its relu
const POOL1_DZ = 11640832u; // a2, 64 floats per example: the loss's gradient with respect to pool1's output
const DENSE1_DZ = 11649024u; // a2, 10 floats per example: the loss's gradient with respect to dense1's output
const STAGE3_BN_STATS = 14636416u; // a2, 128 floats: stage3_bn's batch mean, then variance, per channel
const STAGE3_BN_GAMMA = 175360u; // params: stage3_bn/gamma [64]
const STAGE3_BN_BETA = 175424u; // params: stage3_bn/beta [64]
const DENSE1_KERNEL = 175616u; // params: dense1/kernel [64, 10]
const DENSE1_BIAS = 176256u; // params: dense1/bias [10]

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
@group(0) @binding(5) var<storage, read_write> a1: array<f32>;
@group(0) @binding(6) var<storage, read_write> a2: array<f32>;

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
  // stage3_bn.forward: stage3_conv2's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a1[STAGE3_CONV2_Z + i];
      a1[STAGE3_BN_Z + i] = params[STAGE3_BN_BETA + c] + (x - a2[STAGE3_BN_STATS + c]) * params[STAGE3_BN_GAMMA + c] / sqrt(a2[STAGE3_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // stage3_add1.forward: z, and y = relu(z), = stage3_bn + stage3_down_add1; an item per element
  {
    const ITEMS = 3136;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let zv = a1[STAGE3_BN_Z + i] + a1[STAGE3_DOWN_ADD1_Y + i];
      a1[STAGE3_ADD1_Z + i] = zv;
      a1[STAGE3_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // pool1.forward: global avg pooling of stage3_add1's output; an item per output element
  {
    const ITEMS = 64;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 64;
    const OUT_C = 64;
    const WINDOW_H = 7;
    const WINDOW_W = 7;
    if (t < ITEMS) {
      let e = t;
      let c = e % OUT_C;
      var acc = 0.0;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let v = a1[STAGE3_ADD1_Y + ((b * IN_H + u32(ky)) * IN_W + u32(kx)) * IN_C + c];
          acc = acc + v;
        }
      }
      a1[POOL1_Z + b * 64 + e] = acc / 49.0;
    }
  }
  storageBarrier();
  // dense1.forward: z = pool1's output · kernel + bias; an item per 2 units
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
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a1[POOL1_Z + b * IN_UNITS + k];
        acc0 = acc0 + xv * params[wi];
        acc1 = acc1 + xv * params[wi + 1];
        wi = wi + OUT_UNITS;
      }
      {
        a1[DENSE1_Z + b * OUT_UNITS + o] = acc0 + params[DENSE1_BIAS + o];
      }
      {
        a1[DENSE1_Z + b * OUT_UNITS + o + 1] = acc1 + params[DENSE1_BIAS + o + 1];
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
      var top = a1[DENSE1_Z + base];
      for (var j = 1u; j < CLASSES; j++) { top = max(top, a1[DENSE1_Z + base + j]); }
      var total = 0.0;
      for (var j = 0u; j < CLASSES; j++) { total = total + exp(a1[DENSE1_Z + base + j] - top); }
      let lse = top + log(total);
      let loss = select(0.0, lse - a1[DENSE1_Z + base + min(label, CLASSES - 1)], valid);
      var best = 0u;
      for (var j = 1u; j < CLASSES; j++) { if (a1[DENSE1_Z + base + j] > a1[DENSE1_Z + base + best]) { best = j; } }
      results[(step.row + b) * 2u] = loss;
      results[(step.row + b) * 2u + 1u] = select(0.0, 1.0, best == label);
      for (var j = 0u; j < CLASSES; j++) {
        let g = select(0.0, (exp(a1[DENSE1_Z + base + j] - lse) - select(0.0, 1.0, j == label)) / f32(step.n), valid);
        a2[DENSE1_DZ + base + j] = g;
      }
    }
  }
  storageBarrier();
  // dense1.input-gradient: the gradient reaching pool1: dz · kernelᵀ; an item per 8 input units
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
      let wi = DENSE1_KERNEL + k * OUT_UNITS;
      for (var o = 0u; o < OUT_UNITS; o++) {
        let d = a2[DENSE1_DZ + b * OUT_UNITS + o];
        acc0 = acc0 + d * params[wi + o];
        acc1 = acc1 + d * params[wi + OUT_UNITS + o];
        acc2 = acc2 + d * params[wi + OUT_UNITS * 2 + o];
        acc3 = acc3 + d * params[wi + OUT_UNITS * 3 + o];
        acc4 = acc4 + d * params[wi + OUT_UNITS * 4 + o];
        acc5 = acc5 + d * params[wi + OUT_UNITS * 5 + o];
        acc6 = acc6 + d * params[wi + OUT_UNITS * 6 + o];
        acc7 = acc7 + d * params[wi + OUT_UNITS * 7 + o];
      }
      a2[POOL1_DZ + b * IN_UNITS + k] = acc0;
      a2[POOL1_DZ + b * IN_UNITS + k + 1] = acc1;
      a2[POOL1_DZ + b * IN_UNITS + k + 2] = acc2;
      a2[POOL1_DZ + b * IN_UNITS + k + 3] = acc3;
      a2[POOL1_DZ + b * IN_UNITS + k + 4] = acc4;
      a2[POOL1_DZ + b * IN_UNITS + k + 5] = acc5;
      a2[POOL1_DZ + b * IN_UNITS + k + 6] = acc6;
      a2[POOL1_DZ + b * IN_UNITS + k + 7] = acc7;
    }
  }
  storageBarrier();
  // pool1.input-gradient: the gradient reaching stage3_add1 through global avg pooling: dz/(window cells) to every cell; an item per input element
  {
    const ITEMS = 3136;
    const IN_W = 7;
    const IN_C = 64;
    const OUT_C = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let iy = e / (IN_W * IN_C);
      let ix = (e / IN_C) % IN_W;
      let c = e % IN_C;
      var acc = 0.0;
      acc = acc + a2[POOL1_DZ + b * OUT_C + c];
      a2[STAGE3_ADD1_DZ + b * 3136 + e] = (acc * 0.020408162847161293) * dact_relu(a1[STAGE3_ADD1_Z + b * 3136 + e]);
    }
  }
  storageBarrier();
  // stage3_add1.input-gradient: the gradient reaching stage3_down_add1, stage3_bn: dz, to each; an item per element
  {
    const ITEMS = 3136;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let d = a2[STAGE3_ADD1_DZ + i];
      a2[STAGE3_DOWN_ADD1_DZ + i] = d;
      a2[STAGE3_BN_DZ + i] = d;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage3_bn.gradient-sums
// stage3_bn's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_CONV2_Z = 10838016u; // a1, 3136 floats per example: stage3_conv2's output
const STAGE3_BN_DZ = 10838016u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_bn's output
const STAGE3_BN_STATS = 14636416u; // a2, 128 floats: stage3_bn's batch mean, then variance, per channel
const STAGE3_BN_SUMS = 14636544u; // a2, 128 floats: stage3_bn's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a1: array<f32>;
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;

const CHANNELS = 64u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let count = step.n * POSITIONS;
  let mean = a2[STAGE3_BN_STATS + g];
  let inv = 1.0 / sqrt(a2[STAGE3_BN_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE3_BN_DZ + k * CHANNELS + g] * (a1[STAGE3_CONV2_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE3_BN_DZ + k * CHANNELS + g]); }
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
    a2[STAGE3_BN_SUMS + g] = dgamma;
    a2[STAGE3_BN_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 29: stage3_bn.input-gradient, stage3_conv2.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_BATCHNORM1_Z = 10035200u; // a1, 3136 floats per example: stage3_batchnorm1's output
const STAGE3_CONV2_Z = 10838016u; // a1, 3136 floats per example: stage3_conv2's output
const STAGE3_BATCHNORM1_DZ = 10035200u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_batchnorm1's output
const STAGE3_CONV2_DZ = 10436608u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_conv2's output
const STAGE3_BN_DZ = 10838016u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_bn's output
const STAGE3_BN_STATS = 14636416u; // a2, 128 floats: stage3_bn's batch mean, then variance, per channel
const STAGE3_BN_SUMS = 14636544u; // a2, 128 floats: stage3_bn's Σ dz·x̂, then Σ dz, per channel
const STAGE3_CONV2_KERNEL = 138432u; // params: stage3_conv2/kernel [3, 3, 64, 64]
const STAGE3_BN_GAMMA = 175360u; // params: stage3_bn/gamma [64]

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
@group(0) @binding(2) var<storage, read_write> a1: array<f32>;
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

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
  // stage3_bn.input-gradient: the gradient reaching stage3_conv2 through the batch's normalization; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    const POSITIONS = 49;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a2[STAGE3_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a1[STAGE3_CONV2_Z + i] - a2[STAGE3_BN_STATS + c]) * inv;
      let dx = params[STAGE3_BN_GAMMA + c] * inv * (a2[STAGE3_BN_DZ + i] - a2[STAGE3_BN_SUMS + CHANNELS + c] / count - xhat * a2[STAGE3_BN_SUMS + c] / count);
      a2[STAGE3_CONV2_DZ + i] = dx;
    }
  }
  storageBarrier();
  // stage3_conv2.input-gradient: the gradient reaching stage3_batchnorm1: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
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
            let wi = STAGE3_CONV2_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a2[STAGE3_CONV2_DZ + di0 + co], in0);
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
      a2[STAGE3_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a1[STAGE3_BATCHNORM1_Z + at0]);
      a2[STAGE3_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a1[STAGE3_BATCHNORM1_Z + at0 + 1]);
      a2[STAGE3_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a1[STAGE3_BATCHNORM1_Z + at0 + 2]);
      a2[STAGE3_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a1[STAGE3_BATCHNORM1_Z + at0 + 3]);
      a2[STAGE3_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a1[STAGE3_BATCHNORM1_Z + at0 + 4]);
      a2[STAGE3_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a1[STAGE3_BATCHNORM1_Z + at0 + 5]);
      a2[STAGE3_BATCHNORM1_DZ + at0 + 6] = acc6_0 * dact_relu(a1[STAGE3_BATCHNORM1_Z + at0 + 6]);
      a2[STAGE3_BATCHNORM1_DZ + at0 + 7] = acc7_0 * dact_relu(a1[STAGE3_BATCHNORM1_Z + at0 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage3_batchnorm1.gradient-sums
// stage3_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_CONV1_Z = 9633792u; // a1, 3136 floats per example: stage3_conv1's output
const STAGE3_BATCHNORM1_DZ = 10035200u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_batchnorm1's output
const STAGE3_BATCHNORM1_STATS = 14377664u; // a2, 128 floats: stage3_batchnorm1's batch mean, then variance, per channel
const STAGE3_BATCHNORM1_SUMS = 14377792u; // a2, 128 floats: stage3_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a1: array<f32>;
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;

const CHANNELS = 64u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let count = step.n * POSITIONS;
  let mean = a2[STAGE3_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a2[STAGE3_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE3_BATCHNORM1_DZ + k * CHANNELS + g] * (a1[STAGE3_CONV1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE3_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a2[STAGE3_BATCHNORM1_SUMS + g] = dgamma;
    a2[STAGE3_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 31: stage3_batchnorm1.input-gradient, stage3_conv1.input-gradient, stage3_down_add1.input-gradient, stage3_down_shortcut.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_DOWN_ADD1_Z = 8830976u; // a1, 3136 floats per example: stage3_down_add1's output before its relu
const STAGE3_CONV1_Z = 9633792u; // a1, 3136 floats per example: stage3_conv1's output
const STAGE2_ADD1_DZ = 6422528u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_add1's output before its relu
const STAGE3_DOWN_BN_DZ = 8429568u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_bn's output
const STAGE3_DOWN_SHORTCUT_DZ = 8830976u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_shortcut's output
const STAGE3_DOWN_ADD1_DZ = 9232384u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_add1's output before its relu
const STAGE3_CONV1_DZ = 9633792u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_conv1's output
const STAGE3_BATCHNORM1_DZ = 10035200u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_batchnorm1's output
const STAGE3_BATCHNORM1_STATS = 14377664u; // a2, 128 floats: stage3_batchnorm1's batch mean, then variance, per channel
const STAGE3_BATCHNORM1_SUMS = 14377792u; // a2, 128 floats: stage3_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const STAGE3_DOWN_SHORTCUT_KERNEL = 99136u; // params: stage3_down_shortcut/kernel [1, 1, 32, 64]
const STAGE3_CONV1_KERNEL = 101248u; // params: stage3_conv1/kernel [3, 3, 64, 64]
const STAGE3_BATCHNORM1_GAMMA = 138176u; // params: stage3_batchnorm1/gamma [64]

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
@group(0) @binding(2) var<storage, read_write> a1: array<f32>;
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

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
  // stage3_batchnorm1.input-gradient: the gradient reaching stage3_conv1 through the batch's normalization; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    const POSITIONS = 49;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a2[STAGE3_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a1[STAGE3_CONV1_Z + i] - a2[STAGE3_BATCHNORM1_STATS + c]) * inv;
      let dx = params[STAGE3_BATCHNORM1_GAMMA + c] * inv * (a2[STAGE3_BATCHNORM1_DZ + i] - a2[STAGE3_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a2[STAGE3_BATCHNORM1_SUMS + c] / count);
      a2[STAGE3_CONV1_DZ + i] = dx;
    }
  }
  storageBarrier();
  // stage3_conv1.input-gradient: the gradient reaching stage3_down_add1: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
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
            let wi = STAGE3_CONV1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a2[STAGE3_CONV1_DZ + di0 + co], in0);
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
      a2[STAGE3_DOWN_ADD1_DZ + at0] = (a2[STAGE3_DOWN_ADD1_DZ + at0] + acc0_0) * dact_relu(a1[STAGE3_DOWN_ADD1_Z + at0]);
      a2[STAGE3_DOWN_ADD1_DZ + at0 + 1] = (a2[STAGE3_DOWN_ADD1_DZ + at0 + 1] + acc1_0) * dact_relu(a1[STAGE3_DOWN_ADD1_Z + at0 + 1]);
      a2[STAGE3_DOWN_ADD1_DZ + at0 + 2] = (a2[STAGE3_DOWN_ADD1_DZ + at0 + 2] + acc2_0) * dact_relu(a1[STAGE3_DOWN_ADD1_Z + at0 + 2]);
      a2[STAGE3_DOWN_ADD1_DZ + at0 + 3] = (a2[STAGE3_DOWN_ADD1_DZ + at0 + 3] + acc3_0) * dact_relu(a1[STAGE3_DOWN_ADD1_Z + at0 + 3]);
      a2[STAGE3_DOWN_ADD1_DZ + at0 + 4] = (a2[STAGE3_DOWN_ADD1_DZ + at0 + 4] + acc4_0) * dact_relu(a1[STAGE3_DOWN_ADD1_Z + at0 + 4]);
      a2[STAGE3_DOWN_ADD1_DZ + at0 + 5] = (a2[STAGE3_DOWN_ADD1_DZ + at0 + 5] + acc5_0) * dact_relu(a1[STAGE3_DOWN_ADD1_Z + at0 + 5]);
      a2[STAGE3_DOWN_ADD1_DZ + at0 + 6] = (a2[STAGE3_DOWN_ADD1_DZ + at0 + 6] + acc6_0) * dact_relu(a1[STAGE3_DOWN_ADD1_Z + at0 + 6]);
      a2[STAGE3_DOWN_ADD1_DZ + at0 + 7] = (a2[STAGE3_DOWN_ADD1_DZ + at0 + 7] + acc7_0) * dact_relu(a1[STAGE3_DOWN_ADD1_Z + at0 + 7]);
    }
  }
  storageBarrier();
  // stage3_down_add1.input-gradient: the gradient reaching stage3_down_shortcut, stage3_down_bn: dz, to each; an item per element
  {
    const ITEMS = 3136;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let d = a2[STAGE3_DOWN_ADD1_DZ + i];
      a2[STAGE3_DOWN_SHORTCUT_DZ + i] = d;
      a2[STAGE3_DOWN_BN_DZ + i] = d;
    }
  }
  storageBarrier();
  // stage3_down_shortcut.input-gradient: the gradient reaching stage2_add1: the taps of dz whose window saw each input position; an item per position × 8 channels
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
          let wi = STAGE3_DOWN_SHORTCUT_KERNEL + ci * OUT_C;
          for (var co = 0u; co < OUT_C; co++) {
            let d = a2[STAGE3_DOWN_SHORTCUT_DZ + di + co];
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
      a2[STAGE2_ADD1_DZ + at0] = acc0;
      a2[STAGE2_ADD1_DZ + at0 + 1] = acc1;
      a2[STAGE2_ADD1_DZ + at0 + 2] = acc2;
      a2[STAGE2_ADD1_DZ + at0 + 3] = acc3;
      a2[STAGE2_ADD1_DZ + at0 + 4] = acc4;
      a2[STAGE2_ADD1_DZ + at0 + 5] = acc5;
      a2[STAGE2_ADD1_DZ + at0 + 6] = acc6;
      a2[STAGE2_ADD1_DZ + at0 + 7] = acc7;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage3_down_bn.gradient-sums
// stage3_down_bn's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_DOWN_CONV2_Z = 7626752u; // a1, 3136 floats per example: stage3_down_conv2's output
const STAGE3_DOWN_BN_DZ = 8429568u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_bn's output
const STAGE3_DOWN_BN_STATS = 14104128u; // a2, 128 floats: stage3_down_bn's batch mean, then variance, per channel
const STAGE3_DOWN_BN_SUMS = 14104256u; // a2, 128 floats: stage3_down_bn's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a1: array<f32>;
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;

const CHANNELS = 64u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let count = step.n * POSITIONS;
  let mean = a2[STAGE3_DOWN_BN_STATS + g];
  let inv = 1.0 / sqrt(a2[STAGE3_DOWN_BN_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE3_DOWN_BN_DZ + k * CHANNELS + g] * (a1[STAGE3_DOWN_CONV2_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE3_DOWN_BN_DZ + k * CHANNELS + g]); }
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
    a2[STAGE3_DOWN_BN_SUMS + g] = dgamma;
    a2[STAGE3_DOWN_BN_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 33: stage3_down_bn.input-gradient, stage3_down_conv2.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_DOWN_BATCHNORM1_Z = 6823936u; // a1, 3136 floats per example: stage3_down_batchnorm1's output
const STAGE3_DOWN_CONV2_Z = 7626752u; // a1, 3136 floats per example: stage3_down_conv2's output
const STAGE3_DOWN_BATCHNORM1_DZ = 7626752u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_batchnorm1's output
const STAGE3_DOWN_CONV2_DZ = 8028160u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_conv2's output
const STAGE3_DOWN_BN_DZ = 8429568u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_bn's output
const STAGE3_DOWN_BN_STATS = 14104128u; // a2, 128 floats: stage3_down_bn's batch mean, then variance, per channel
const STAGE3_DOWN_BN_SUMS = 14104256u; // a2, 128 floats: stage3_down_bn's Σ dz·x̂, then Σ dz, per channel
const STAGE3_DOWN_CONV2_KERNEL = 61952u; // params: stage3_down_conv2/kernel [3, 3, 64, 64]
const STAGE3_DOWN_BN_GAMMA = 98880u; // params: stage3_down_bn/gamma [64]

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
@group(0) @binding(2) var<storage, read_write> a1: array<f32>;
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

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
  // stage3_down_bn.input-gradient: the gradient reaching stage3_down_conv2 through the batch's normalization; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    const POSITIONS = 49;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a2[STAGE3_DOWN_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a1[STAGE3_DOWN_CONV2_Z + i] - a2[STAGE3_DOWN_BN_STATS + c]) * inv;
      let dx = params[STAGE3_DOWN_BN_GAMMA + c] * inv * (a2[STAGE3_DOWN_BN_DZ + i] - a2[STAGE3_DOWN_BN_SUMS + CHANNELS + c] / count - xhat * a2[STAGE3_DOWN_BN_SUMS + c] / count);
      a2[STAGE3_DOWN_CONV2_DZ + i] = dx;
    }
  }
  storageBarrier();
  // stage3_down_conv2.input-gradient: the gradient reaching stage3_down_batchnorm1: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
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
            let wi = STAGE3_DOWN_CONV2_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a2[STAGE3_DOWN_CONV2_DZ + di0 + co], in0);
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
      a2[STAGE3_DOWN_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a1[STAGE3_DOWN_BATCHNORM1_Z + at0]);
      a2[STAGE3_DOWN_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a1[STAGE3_DOWN_BATCHNORM1_Z + at0 + 1]);
      a2[STAGE3_DOWN_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a1[STAGE3_DOWN_BATCHNORM1_Z + at0 + 2]);
      a2[STAGE3_DOWN_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a1[STAGE3_DOWN_BATCHNORM1_Z + at0 + 3]);
      a2[STAGE3_DOWN_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a1[STAGE3_DOWN_BATCHNORM1_Z + at0 + 4]);
      a2[STAGE3_DOWN_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a1[STAGE3_DOWN_BATCHNORM1_Z + at0 + 5]);
      a2[STAGE3_DOWN_BATCHNORM1_DZ + at0 + 6] = acc6_0 * dact_relu(a1[STAGE3_DOWN_BATCHNORM1_Z + at0 + 6]);
      a2[STAGE3_DOWN_BATCHNORM1_DZ + at0 + 7] = acc7_0 * dact_relu(a1[STAGE3_DOWN_BATCHNORM1_Z + at0 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage3_down_batchnorm1.gradient-sums
// stage3_down_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 64 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE3_DOWN_CONV1_Z = 6422528u; // a1, 3136 floats per example: stage3_down_conv1's output
const STAGE3_DOWN_BATCHNORM1_DZ = 7626752u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_batchnorm1's output
const STAGE3_DOWN_BATCHNORM1_STATS = 13845376u; // a2, 128 floats: stage3_down_batchnorm1's batch mean, then variance, per channel
const STAGE3_DOWN_BATCHNORM1_SUMS = 13845504u; // a2, 128 floats: stage3_down_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a1: array<f32>;
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;

const CHANNELS = 64u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let count = step.n * POSITIONS;
  let mean = a2[STAGE3_DOWN_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a2[STAGE3_DOWN_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE3_DOWN_BATCHNORM1_DZ + k * CHANNELS + g] * (a1[STAGE3_DOWN_CONV1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE3_DOWN_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a2[STAGE3_DOWN_BATCHNORM1_SUMS + g] = dgamma;
    a2[STAGE3_DOWN_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 35: stage3_down_batchnorm1.input-gradient, stage3_down_conv1.input-gradient, stage2_add1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_ADD1_Z = 4816896u; // a1, 6272 floats per example: stage2_add1's output before its relu
const STAGE3_DOWN_CONV1_Z = 6422528u; // a1, 3136 floats per example: stage3_down_conv1's output
const STAGE2_DOWN_ADD1_DZ = 2408448u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_down_add1's output before its relu
const STAGE2_BN_DZ = 5619712u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_bn's output
const STAGE2_ADD1_DZ = 6422528u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_add1's output before its relu
const STAGE3_DOWN_CONV1_DZ = 7225344u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_conv1's output
const STAGE3_DOWN_BATCHNORM1_DZ = 7626752u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_batchnorm1's output
const STAGE3_DOWN_BATCHNORM1_STATS = 13845376u; // a2, 128 floats: stage3_down_batchnorm1's batch mean, then variance, per channel
const STAGE3_DOWN_BATCHNORM1_SUMS = 13845504u; // a2, 128 floats: stage3_down_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const STAGE3_DOWN_CONV1_KERNEL = 43200u; // params: stage3_down_conv1/kernel [3, 3, 32, 64]
const STAGE3_DOWN_BATCHNORM1_GAMMA = 61696u; // params: stage3_down_batchnorm1/gamma [64]

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
@group(0) @binding(2) var<storage, read_write> a1: array<f32>;
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

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
  // stage3_down_batchnorm1.input-gradient: the gradient reaching stage3_down_conv1 through the batch's normalization; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    const POSITIONS = 49;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a2[STAGE3_DOWN_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a1[STAGE3_DOWN_CONV1_Z + i] - a2[STAGE3_DOWN_BATCHNORM1_STATS + c]) * inv;
      let dx = params[STAGE3_DOWN_BATCHNORM1_GAMMA + c] * inv * (a2[STAGE3_DOWN_BATCHNORM1_DZ + i] - a2[STAGE3_DOWN_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a2[STAGE3_DOWN_BATCHNORM1_SUMS + c] / count);
      a2[STAGE3_DOWN_CONV1_DZ + i] = dx;
    }
  }
  storageBarrier();
  // stage3_down_conv1.input-gradient: the gradient reaching stage2_add1: the taps of dz whose window saw each input position; an item per position × 8 channels
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
              let wi = STAGE3_DOWN_CONV1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
              for (var co = 0u; co < OUT_C; co++) {
                let d = a2[STAGE3_DOWN_CONV1_DZ + di + co];
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
      a2[STAGE2_ADD1_DZ + at0] = (a2[STAGE2_ADD1_DZ + at0] + acc0) * dact_relu(a1[STAGE2_ADD1_Z + at0]);
      a2[STAGE2_ADD1_DZ + at0 + 1] = (a2[STAGE2_ADD1_DZ + at0 + 1] + acc1) * dact_relu(a1[STAGE2_ADD1_Z + at0 + 1]);
      a2[STAGE2_ADD1_DZ + at0 + 2] = (a2[STAGE2_ADD1_DZ + at0 + 2] + acc2) * dact_relu(a1[STAGE2_ADD1_Z + at0 + 2]);
      a2[STAGE2_ADD1_DZ + at0 + 3] = (a2[STAGE2_ADD1_DZ + at0 + 3] + acc3) * dact_relu(a1[STAGE2_ADD1_Z + at0 + 3]);
      a2[STAGE2_ADD1_DZ + at0 + 4] = (a2[STAGE2_ADD1_DZ + at0 + 4] + acc4) * dact_relu(a1[STAGE2_ADD1_Z + at0 + 4]);
      a2[STAGE2_ADD1_DZ + at0 + 5] = (a2[STAGE2_ADD1_DZ + at0 + 5] + acc5) * dact_relu(a1[STAGE2_ADD1_Z + at0 + 5]);
      a2[STAGE2_ADD1_DZ + at0 + 6] = (a2[STAGE2_ADD1_DZ + at0 + 6] + acc6) * dact_relu(a1[STAGE2_ADD1_Z + at0 + 6]);
      a2[STAGE2_ADD1_DZ + at0 + 7] = (a2[STAGE2_ADD1_DZ + at0 + 7] + acc7) * dact_relu(a1[STAGE2_ADD1_Z + at0 + 7]);
    }
  }
  storageBarrier();
  // stage2_add1.input-gradient: the gradient reaching stage2_down_add1, stage2_bn: dz, to each; an item per element
  {
    const ITEMS = 6272;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let d = a2[STAGE2_ADD1_DZ + i];
      a2[STAGE2_DOWN_ADD1_DZ + i] = d;
      a2[STAGE2_BN_DZ + i] = d;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage2_bn.gradient-sums
// stage2_bn's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_CONV2_Z = 3211264u; // a1, 6272 floats per example: stage2_conv2's output
const STAGE2_BN_DZ = 5619712u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_bn's output
const STAGE2_BN_STATS = 13715776u; // a2, 64 floats: stage2_bn's batch mean, then variance, per channel
const STAGE2_BN_SUMS = 13715840u; // a2, 64 floats: stage2_bn's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a1: array<f32>;
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;

const CHANNELS = 32u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let count = step.n * POSITIONS;
  let mean = a2[STAGE2_BN_STATS + g];
  let inv = 1.0 / sqrt(a2[STAGE2_BN_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE2_BN_DZ + k * CHANNELS + g] * (a1[STAGE2_CONV2_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE2_BN_DZ + k * CHANNELS + g]); }
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
    a2[STAGE2_BN_SUMS + g] = dgamma;
    a2[STAGE2_BN_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 37: stage2_bn.input-gradient, stage2_conv2.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_BATCHNORM1_Z = 1605632u; // a1, 6272 floats per example: stage2_batchnorm1's output
const STAGE2_CONV2_Z = 3211264u; // a1, 6272 floats per example: stage2_conv2's output
const STAGE2_BATCHNORM1_DZ = 4014080u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_batchnorm1's output
const STAGE2_CONV2_DZ = 4816896u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_conv2's output
const STAGE2_BN_DZ = 5619712u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_bn's output
const STAGE2_BN_STATS = 13715776u; // a2, 64 floats: stage2_bn's batch mean, then variance, per channel
const STAGE2_BN_SUMS = 13715840u; // a2, 64 floats: stage2_bn's Σ dz·x̂, then Σ dz, per channel
const STAGE2_CONV2_KERNEL = 33824u; // params: stage2_conv2/kernel [3, 3, 32, 32]
const STAGE2_BN_GAMMA = 43072u; // params: stage2_bn/gamma [32]

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
@group(0) @binding(2) var<storage, read_write> a1: array<f32>;
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

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
  // stage2_bn.input-gradient: the gradient reaching stage2_conv2 through the batch's normalization; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    const POSITIONS = 196;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a2[STAGE2_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a1[STAGE2_CONV2_Z + i] - a2[STAGE2_BN_STATS + c]) * inv;
      let dx = params[STAGE2_BN_GAMMA + c] * inv * (a2[STAGE2_BN_DZ + i] - a2[STAGE2_BN_SUMS + CHANNELS + c] / count - xhat * a2[STAGE2_BN_SUMS + c] / count);
      a2[STAGE2_CONV2_DZ + i] = dx;
    }
  }
  storageBarrier();
  // stage2_conv2.input-gradient: the gradient reaching stage2_batchnorm1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
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
            let wi = STAGE2_CONV2_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a2[STAGE2_CONV2_DZ + di0 + co], in0);
              let d1 = select(0.0, a2[STAGE2_CONV2_DZ + di1 + co], in1);
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
      a2[STAGE2_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at0]);
      a2[STAGE2_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at1]);
      a2[STAGE2_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at0 + 1]);
      a2[STAGE2_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at1 + 1]);
      a2[STAGE2_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at0 + 2]);
      a2[STAGE2_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at1 + 2]);
      a2[STAGE2_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at0 + 3]);
      a2[STAGE2_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at1 + 3]);
      a2[STAGE2_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at0 + 4]);
      a2[STAGE2_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at1 + 4]);
      a2[STAGE2_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at0 + 5]);
      a2[STAGE2_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at1 + 5]);
      a2[STAGE2_BATCHNORM1_DZ + at0 + 6] = acc6_0 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at0 + 6]);
      a2[STAGE2_BATCHNORM1_DZ + at1 + 6] = acc6_1 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at1 + 6]);
      a2[STAGE2_BATCHNORM1_DZ + at0 + 7] = acc7_0 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at0 + 7]);
      a2[STAGE2_BATCHNORM1_DZ + at1 + 7] = acc7_1 * dact_relu(a1[STAGE2_BATCHNORM1_Z + at1 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage2_batchnorm1.gradient-sums
// stage2_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_CONV1_Z = 802816u; // a1, 6272 floats per example: stage2_conv1's output
const STAGE2_BATCHNORM1_DZ = 4014080u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_batchnorm1's output
const STAGE2_BATCHNORM1_STATS = 13475200u; // a2, 64 floats: stage2_batchnorm1's batch mean, then variance, per channel
const STAGE2_BATCHNORM1_SUMS = 13475264u; // a2, 64 floats: stage2_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a1: array<f32>;
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;

const CHANNELS = 32u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let count = step.n * POSITIONS;
  let mean = a2[STAGE2_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a2[STAGE2_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE2_BATCHNORM1_DZ + k * CHANNELS + g] * (a1[STAGE2_CONV1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE2_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a2[STAGE2_BATCHNORM1_SUMS + g] = dgamma;
    a2[STAGE2_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 39: stage2_batchnorm1.input-gradient, stage2_conv1.input-gradient, stage2_down_add1.input-gradient, stage2_down_shortcut.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_DOWN_ADD1_Z = 32212992u; // a0, 6272 floats per example: stage2_down_add1's output before its relu
const STAGE2_CONV1_Z = 802816u; // a1, 6272 floats per example: stage2_conv1's output
const STAGE1_2_ADD1_DZ = 30115072u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_2_add1's output before its relu
const STAGE2_DOWN_BN_DZ = 802816u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_down_bn's output
const STAGE2_DOWN_SHORTCUT_DZ = 1605632u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_down_shortcut's output
const STAGE2_DOWN_ADD1_DZ = 2408448u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_down_add1's output before its relu
const STAGE2_CONV1_DZ = 3211264u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_conv1's output
const STAGE2_BATCHNORM1_DZ = 4014080u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_batchnorm1's output
const STAGE2_BATCHNORM1_STATS = 13475200u; // a2, 64 floats: stage2_batchnorm1's batch mean, then variance, per channel
const STAGE2_BATCHNORM1_SUMS = 13475264u; // a2, 64 floats: stage2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const STAGE2_DOWN_SHORTCUT_KERNEL = 23904u; // params: stage2_down_shortcut/kernel [1, 1, 16, 32]
const STAGE2_CONV1_KERNEL = 24448u; // params: stage2_conv1/kernel [3, 3, 32, 32]
const STAGE2_BATCHNORM1_GAMMA = 33696u; // params: stage2_batchnorm1/gamma [32]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage2_batchnorm1.input-gradient: the gradient reaching stage2_conv1 through the batch's normalization; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    const POSITIONS = 196;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a2[STAGE2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a1[STAGE2_CONV1_Z + i] - a2[STAGE2_BATCHNORM1_STATS + c]) * inv;
      let dx = params[STAGE2_BATCHNORM1_GAMMA + c] * inv * (a2[STAGE2_BATCHNORM1_DZ + i] - a2[STAGE2_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a2[STAGE2_BATCHNORM1_SUMS + c] / count);
      a2[STAGE2_CONV1_DZ + i] = dx;
    }
  }
  storageBarrier();
  // stage2_conv1.input-gradient: the gradient reaching stage2_down_add1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
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
            let wi = STAGE2_CONV1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a2[STAGE2_CONV1_DZ + di0 + co], in0);
              let d1 = select(0.0, a2[STAGE2_CONV1_DZ + di1 + co], in1);
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
      a2[STAGE2_DOWN_ADD1_DZ + at0] = (a2[STAGE2_DOWN_ADD1_DZ + at0] + acc0_0) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at0]);
      a2[STAGE2_DOWN_ADD1_DZ + at1] = (a2[STAGE2_DOWN_ADD1_DZ + at1] + acc0_1) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at1]);
      a2[STAGE2_DOWN_ADD1_DZ + at0 + 1] = (a2[STAGE2_DOWN_ADD1_DZ + at0 + 1] + acc1_0) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at0 + 1]);
      a2[STAGE2_DOWN_ADD1_DZ + at1 + 1] = (a2[STAGE2_DOWN_ADD1_DZ + at1 + 1] + acc1_1) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at1 + 1]);
      a2[STAGE2_DOWN_ADD1_DZ + at0 + 2] = (a2[STAGE2_DOWN_ADD1_DZ + at0 + 2] + acc2_0) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at0 + 2]);
      a2[STAGE2_DOWN_ADD1_DZ + at1 + 2] = (a2[STAGE2_DOWN_ADD1_DZ + at1 + 2] + acc2_1) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at1 + 2]);
      a2[STAGE2_DOWN_ADD1_DZ + at0 + 3] = (a2[STAGE2_DOWN_ADD1_DZ + at0 + 3] + acc3_0) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at0 + 3]);
      a2[STAGE2_DOWN_ADD1_DZ + at1 + 3] = (a2[STAGE2_DOWN_ADD1_DZ + at1 + 3] + acc3_1) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at1 + 3]);
      a2[STAGE2_DOWN_ADD1_DZ + at0 + 4] = (a2[STAGE2_DOWN_ADD1_DZ + at0 + 4] + acc4_0) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at0 + 4]);
      a2[STAGE2_DOWN_ADD1_DZ + at1 + 4] = (a2[STAGE2_DOWN_ADD1_DZ + at1 + 4] + acc4_1) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at1 + 4]);
      a2[STAGE2_DOWN_ADD1_DZ + at0 + 5] = (a2[STAGE2_DOWN_ADD1_DZ + at0 + 5] + acc5_0) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at0 + 5]);
      a2[STAGE2_DOWN_ADD1_DZ + at1 + 5] = (a2[STAGE2_DOWN_ADD1_DZ + at1 + 5] + acc5_1) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at1 + 5]);
      a2[STAGE2_DOWN_ADD1_DZ + at0 + 6] = (a2[STAGE2_DOWN_ADD1_DZ + at0 + 6] + acc6_0) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at0 + 6]);
      a2[STAGE2_DOWN_ADD1_DZ + at1 + 6] = (a2[STAGE2_DOWN_ADD1_DZ + at1 + 6] + acc6_1) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at1 + 6]);
      a2[STAGE2_DOWN_ADD1_DZ + at0 + 7] = (a2[STAGE2_DOWN_ADD1_DZ + at0 + 7] + acc7_0) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at0 + 7]);
      a2[STAGE2_DOWN_ADD1_DZ + at1 + 7] = (a2[STAGE2_DOWN_ADD1_DZ + at1 + 7] + acc7_1) * dact_relu(a0[STAGE2_DOWN_ADD1_Z + at1 + 7]);
    }
  }
  storageBarrier();
  // stage2_down_add1.input-gradient: the gradient reaching stage2_down_shortcut, stage2_down_bn: dz, to each; an item per element
  {
    const ITEMS = 6272;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let d = a2[STAGE2_DOWN_ADD1_DZ + i];
      a2[STAGE2_DOWN_SHORTCUT_DZ + i] = d;
      a2[STAGE2_DOWN_BN_DZ + i] = d;
    }
  }
  storageBarrier();
  // stage2_down_shortcut.input-gradient: the gradient reaching stage1_2_add1: the taps of dz whose window saw each input position; an item per position × 8 channels
  {
    const ITEMS = 1568;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    const POSITIONS = 784;
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
          let wi = STAGE2_DOWN_SHORTCUT_KERNEL + ci * OUT_C;
          for (var co = 0u; co < OUT_C; co++) {
            let d = a2[STAGE2_DOWN_SHORTCUT_DZ + di + co];
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
      a1[STAGE1_2_ADD1_DZ + at0] = acc0;
      a1[STAGE1_2_ADD1_DZ + at0 + 1] = acc1;
      a1[STAGE1_2_ADD1_DZ + at0 + 2] = acc2;
      a1[STAGE1_2_ADD1_DZ + at0 + 3] = acc3;
      a1[STAGE1_2_ADD1_DZ + at0 + 4] = acc4;
      a1[STAGE1_2_ADD1_DZ + at0 + 5] = acc5;
      a1[STAGE1_2_ADD1_DZ + at0 + 6] = acc6;
      a1[STAGE1_2_ADD1_DZ + at0 + 7] = acc7;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage2_down_bn.gradient-sums
// stage2_down_bn's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_DOWN_CONV2_Z = 29804544u; // a0, 6272 floats per example: stage2_down_conv2's output
const STAGE2_DOWN_BN_DZ = 802816u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_down_bn's output
const STAGE2_DOWN_BN_STATS = 13220480u; // a2, 64 floats: stage2_down_bn's batch mean, then variance, per channel
const STAGE2_DOWN_BN_SUMS = 13220544u; // a2, 64 floats: stage2_down_bn's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;

const CHANNELS = 32u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let count = step.n * POSITIONS;
  let mean = a2[STAGE2_DOWN_BN_STATS + g];
  let inv = 1.0 / sqrt(a2[STAGE2_DOWN_BN_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE2_DOWN_BN_DZ + k * CHANNELS + g] * (a0[STAGE2_DOWN_CONV2_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[STAGE2_DOWN_BN_DZ + k * CHANNELS + g]); }
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
    a2[STAGE2_DOWN_BN_SUMS + g] = dgamma;
    a2[STAGE2_DOWN_BN_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 41: stage2_down_bn.input-gradient, stage2_down_conv2.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_DOWN_BATCHNORM1_Z = 28198912u; // a0, 6272 floats per example: stage2_down_batchnorm1's output
const STAGE2_DOWN_CONV2_Z = 29804544u; // a0, 6272 floats per example: stage2_down_conv2's output
const STAGE2_DOWN_BATCHNORM1_DZ = 32523520u; // a1, 6272 floats per example: the loss's gradient with respect to stage2_down_batchnorm1's output
const STAGE2_DOWN_CONV2_DZ = 0u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_down_conv2's output
const STAGE2_DOWN_BN_DZ = 802816u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_down_bn's output
const STAGE2_DOWN_BN_STATS = 13220480u; // a2, 64 floats: stage2_down_bn's batch mean, then variance, per channel
const STAGE2_DOWN_BN_SUMS = 13220544u; // a2, 64 floats: stage2_down_bn's Σ dz·x̂, then Σ dz, per channel
const STAGE2_DOWN_CONV2_KERNEL = 14528u; // params: stage2_down_conv2/kernel [3, 3, 32, 32]
const STAGE2_DOWN_BN_GAMMA = 23776u; // params: stage2_down_bn/gamma [32]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage2_down_bn.input-gradient: the gradient reaching stage2_down_conv2 through the batch's normalization; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    const POSITIONS = 196;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a2[STAGE2_DOWN_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[STAGE2_DOWN_CONV2_Z + i] - a2[STAGE2_DOWN_BN_STATS + c]) * inv;
      let dx = params[STAGE2_DOWN_BN_GAMMA + c] * inv * (a2[STAGE2_DOWN_BN_DZ + i] - a2[STAGE2_DOWN_BN_SUMS + CHANNELS + c] / count - xhat * a2[STAGE2_DOWN_BN_SUMS + c] / count);
      a2[STAGE2_DOWN_CONV2_DZ + i] = dx;
    }
  }
  storageBarrier();
  // stage2_down_conv2.input-gradient: the gradient reaching stage2_down_batchnorm1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
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
            let wi = STAGE2_DOWN_CONV2_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a2[STAGE2_DOWN_CONV2_DZ + di0 + co], in0);
              let d1 = select(0.0, a2[STAGE2_DOWN_CONV2_DZ + di1 + co], in1);
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
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at0]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at1]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at0 + 1]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at1 + 1]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at0 + 2]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at1 + 2]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at0 + 3]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at1 + 3]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at0 + 4]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at1 + 4]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at0 + 5]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at1 + 5]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at0 + 6] = acc6_0 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at0 + 6]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at1 + 6] = acc6_1 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at1 + 6]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at0 + 7] = acc7_0 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at0 + 7]);
      a1[STAGE2_DOWN_BATCHNORM1_DZ + at1 + 7] = acc7_1 * dact_relu(a0[STAGE2_DOWN_BATCHNORM1_Z + at1 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage2_down_batchnorm1.gradient-sums
// stage2_down_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 32 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE2_DOWN_CONV1_Z = 27396096u; // a0, 6272 floats per example: stage2_down_conv1's output
const STAGE2_DOWN_BATCHNORM1_DZ = 32523520u; // a1, 6272 floats per example: the loss's gradient with respect to stage2_down_batchnorm1's output
const STAGE2_DOWN_BATCHNORM1_STATS = 12979904u; // a2, 64 floats: stage2_down_batchnorm1's batch mean, then variance, per channel
const STAGE2_DOWN_BATCHNORM1_SUMS = 12979968u; // a2, 64 floats: stage2_down_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

const CHANNELS = 32u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let count = step.n * POSITIONS;
  let mean = a2[STAGE2_DOWN_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a2[STAGE2_DOWN_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE2_DOWN_BATCHNORM1_DZ + k * CHANNELS + g] * (a0[STAGE2_DOWN_CONV1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE2_DOWN_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a2[STAGE2_DOWN_BATCHNORM1_SUMS + g] = dgamma;
    a2[STAGE2_DOWN_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 43: stage2_down_batchnorm1.input-gradient, stage2_down_conv1.input-gradient, stage1_2_add1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_2_ADD1_Z = 24184832u; // a0, 12544 floats per example: stage1_2_add1's output before its relu
const STAGE2_DOWN_CONV1_Z = 27396096u; // a0, 6272 floats per example: stage2_down_conv1's output
const STAGE1_1_ADD1_DZ = 22086912u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_1_add1's output before its relu
const STAGE1_2_BN_DZ = 28509440u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_2_bn's output
const STAGE1_2_ADD1_DZ = 30115072u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_2_add1's output before its relu
const STAGE2_DOWN_CONV1_DZ = 31720704u; // a1, 6272 floats per example: the loss's gradient with respect to stage2_down_conv1's output
const STAGE2_DOWN_BATCHNORM1_DZ = 32523520u; // a1, 6272 floats per example: the loss's gradient with respect to stage2_down_batchnorm1's output
const STAGE2_DOWN_BATCHNORM1_STATS = 12979904u; // a2, 64 floats: stage2_down_batchnorm1's batch mean, then variance, per channel
const STAGE2_DOWN_BATCHNORM1_SUMS = 12979968u; // a2, 64 floats: stage2_down_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const STAGE2_DOWN_CONV1_KERNEL = 9760u; // params: stage2_down_conv1/kernel [3, 3, 16, 32]
const STAGE2_DOWN_BATCHNORM1_GAMMA = 14400u; // params: stage2_down_batchnorm1/gamma [32]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage2_down_batchnorm1.input-gradient: the gradient reaching stage2_down_conv1 through the batch's normalization; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    const POSITIONS = 196;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a2[STAGE2_DOWN_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[STAGE2_DOWN_CONV1_Z + i] - a2[STAGE2_DOWN_BATCHNORM1_STATS + c]) * inv;
      let dx = params[STAGE2_DOWN_BATCHNORM1_GAMMA + c] * inv * (a1[STAGE2_DOWN_BATCHNORM1_DZ + i] - a2[STAGE2_DOWN_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a2[STAGE2_DOWN_BATCHNORM1_SUMS + c] / count);
      a1[STAGE2_DOWN_CONV1_DZ + i] = dx;
    }
  }
  storageBarrier();
  // stage2_down_conv1.input-gradient: the gradient reaching stage1_2_add1: the taps of dz whose window saw each input position; an item per position × 8 channels
  {
    const ITEMS = 1568;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 784;
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
              let wi = STAGE2_DOWN_CONV1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
              for (var co = 0u; co < OUT_C; co++) {
                let d = a1[STAGE2_DOWN_CONV1_DZ + di + co];
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
      a1[STAGE1_2_ADD1_DZ + at0] = (a1[STAGE1_2_ADD1_DZ + at0] + acc0) * dact_relu(a0[STAGE1_2_ADD1_Z + at0]);
      a1[STAGE1_2_ADD1_DZ + at0 + 1] = (a1[STAGE1_2_ADD1_DZ + at0 + 1] + acc1) * dact_relu(a0[STAGE1_2_ADD1_Z + at0 + 1]);
      a1[STAGE1_2_ADD1_DZ + at0 + 2] = (a1[STAGE1_2_ADD1_DZ + at0 + 2] + acc2) * dact_relu(a0[STAGE1_2_ADD1_Z + at0 + 2]);
      a1[STAGE1_2_ADD1_DZ + at0 + 3] = (a1[STAGE1_2_ADD1_DZ + at0 + 3] + acc3) * dact_relu(a0[STAGE1_2_ADD1_Z + at0 + 3]);
      a1[STAGE1_2_ADD1_DZ + at0 + 4] = (a1[STAGE1_2_ADD1_DZ + at0 + 4] + acc4) * dact_relu(a0[STAGE1_2_ADD1_Z + at0 + 4]);
      a1[STAGE1_2_ADD1_DZ + at0 + 5] = (a1[STAGE1_2_ADD1_DZ + at0 + 5] + acc5) * dact_relu(a0[STAGE1_2_ADD1_Z + at0 + 5]);
      a1[STAGE1_2_ADD1_DZ + at0 + 6] = (a1[STAGE1_2_ADD1_DZ + at0 + 6] + acc6) * dact_relu(a0[STAGE1_2_ADD1_Z + at0 + 6]);
      a1[STAGE1_2_ADD1_DZ + at0 + 7] = (a1[STAGE1_2_ADD1_DZ + at0 + 7] + acc7) * dact_relu(a0[STAGE1_2_ADD1_Z + at0 + 7]);
    }
  }
  storageBarrier();
  // stage1_2_add1.input-gradient: the gradient reaching stage1_1_add1, stage1_2_bn: dz, to each; an item per element
  {
    const ITEMS = 12544;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let d = a1[STAGE1_2_ADD1_DZ + i];
      a1[STAGE1_1_ADD1_DZ + i] = d;
      a1[STAGE1_2_BN_DZ + i] = d;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage1_2_bn.gradient-sums
// stage1_2_bn's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 16 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_2_CONV2_Z = 20973568u; // a0, 12544 floats per example: stage1_2_conv2's output
const STAGE1_2_BN_DZ = 28509440u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_2_bn's output
const STAGE1_2_BN_STATS = 12859136u; // a2, 32 floats: stage1_2_bn's batch mean, then variance, per channel
const STAGE1_2_BN_SUMS = 12859200u; // a2, 32 floats: stage1_2_bn's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

const CHANNELS = 16u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let count = step.n * POSITIONS;
  let mean = a2[STAGE1_2_BN_STATS + g];
  let inv = 1.0 / sqrt(a2[STAGE1_2_BN_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE1_2_BN_DZ + k * CHANNELS + g] * (a0[STAGE1_2_CONV2_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE1_2_BN_DZ + k * CHANNELS + g]); }
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
    a2[STAGE1_2_BN_SUMS + g] = dgamma;
    a2[STAGE1_2_BN_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 45: stage1_2_bn.input-gradient, stage1_2_conv2.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_2_BATCHNORM1_Z = 17762304u; // a0, 12544 floats per example: stage1_2_batchnorm1's output
const STAGE1_2_CONV2_Z = 20973568u; // a0, 12544 floats per example: stage1_2_conv2's output
const STAGE1_2_BATCHNORM1_DZ = 25298176u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_2_batchnorm1's output
const STAGE1_2_CONV2_DZ = 26903808u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_2_conv2's output
const STAGE1_2_BN_DZ = 28509440u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_2_bn's output
const STAGE1_2_BN_STATS = 12859136u; // a2, 32 floats: stage1_2_bn's batch mean, then variance, per channel
const STAGE1_2_BN_SUMS = 12859200u; // a2, 32 floats: stage1_2_bn's Σ dz·x̂, then Σ dz, per channel
const STAGE1_2_CONV2_KERNEL = 7376u; // params: stage1_2_conv2/kernel [3, 3, 16, 16]
const STAGE1_2_BN_GAMMA = 9696u; // params: stage1_2_bn/gamma [16]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage1_2_bn.input-gradient: the gradient reaching stage1_2_conv2 through the batch's normalization; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 16;
    const POSITIONS = 784;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a2[STAGE1_2_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[STAGE1_2_CONV2_Z + i] - a2[STAGE1_2_BN_STATS + c]) * inv;
      let dx = params[STAGE1_2_BN_GAMMA + c] * inv * (a1[STAGE1_2_BN_DZ + i] - a2[STAGE1_2_BN_SUMS + CHANNELS + c] / count - xhat * a2[STAGE1_2_BN_SUMS + c] / count);
      a1[STAGE1_2_CONV2_DZ + i] = dx;
    }
  }
  storageBarrier();
  // stage1_2_conv2.input-gradient: the gradient reaching stage1_2_batchnorm1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
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
            let wi = STAGE1_2_CONV2_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[STAGE1_2_CONV2_DZ + di0 + co], in0);
              let d1 = select(0.0, a1[STAGE1_2_CONV2_DZ + di1 + co], in1);
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
      a1[STAGE1_2_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at0]);
      a1[STAGE1_2_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at1]);
      a1[STAGE1_2_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at0 + 1]);
      a1[STAGE1_2_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at1 + 1]);
      a1[STAGE1_2_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at0 + 2]);
      a1[STAGE1_2_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at1 + 2]);
      a1[STAGE1_2_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at0 + 3]);
      a1[STAGE1_2_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at1 + 3]);
      a1[STAGE1_2_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at0 + 4]);
      a1[STAGE1_2_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at1 + 4]);
      a1[STAGE1_2_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at0 + 5]);
      a1[STAGE1_2_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at1 + 5]);
      a1[STAGE1_2_BATCHNORM1_DZ + at0 + 6] = acc6_0 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at0 + 6]);
      a1[STAGE1_2_BATCHNORM1_DZ + at1 + 6] = acc6_1 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at1 + 6]);
      a1[STAGE1_2_BATCHNORM1_DZ + at0 + 7] = acc7_0 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at0 + 7]);
      a1[STAGE1_2_BATCHNORM1_DZ + at1 + 7] = acc7_1 * dact_relu(a0[STAGE1_2_BATCHNORM1_Z + at1 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage1_2_batchnorm1.gradient-sums
// stage1_2_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 16 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_2_CONV1_Z = 16156672u; // a0, 12544 floats per example: stage1_2_conv1's output
const STAGE1_2_BATCHNORM1_DZ = 25298176u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_2_batchnorm1's output
const STAGE1_2_BATCHNORM1_STATS = 12562048u; // a2, 32 floats: stage1_2_batchnorm1's batch mean, then variance, per channel
const STAGE1_2_BATCHNORM1_SUMS = 12562112u; // a2, 32 floats: stage1_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

const CHANNELS = 16u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let count = step.n * POSITIONS;
  let mean = a2[STAGE1_2_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a2[STAGE1_2_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE1_2_BATCHNORM1_DZ + k * CHANNELS + g] * (a0[STAGE1_2_CONV1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE1_2_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a2[STAGE1_2_BATCHNORM1_SUMS + g] = dgamma;
    a2[STAGE1_2_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 47: stage1_2_batchnorm1.input-gradient, stage1_2_conv1.input-gradient, stage1_1_add1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_1_ADD1_Z = 12945408u; // a0, 12544 floats per example: stage1_1_add1's output before its relu
const STAGE1_2_CONV1_Z = 16156672u; // a0, 12544 floats per example: stage1_2_conv1's output
const BATCHNORM1_DZ = 14058752u; // a1, 12544 floats per example: the loss's gradient with respect to batchnorm1's output
const STAGE1_1_BN_DZ = 20481280u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_1_bn's output
const STAGE1_1_ADD1_DZ = 22086912u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_1_add1's output before its relu
const STAGE1_2_CONV1_DZ = 23692544u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_2_conv1's output
const STAGE1_2_BATCHNORM1_DZ = 25298176u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_2_batchnorm1's output
const STAGE1_2_BATCHNORM1_STATS = 12562048u; // a2, 32 floats: stage1_2_batchnorm1's batch mean, then variance, per channel
const STAGE1_2_BATCHNORM1_SUMS = 12562112u; // a2, 32 floats: stage1_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const STAGE1_2_CONV1_KERNEL = 4992u; // params: stage1_2_conv1/kernel [3, 3, 16, 16]
const STAGE1_2_BATCHNORM1_GAMMA = 7312u; // params: stage1_2_batchnorm1/gamma [16]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage1_2_batchnorm1.input-gradient: the gradient reaching stage1_2_conv1 through the batch's normalization; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 16;
    const POSITIONS = 784;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a2[STAGE1_2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[STAGE1_2_CONV1_Z + i] - a2[STAGE1_2_BATCHNORM1_STATS + c]) * inv;
      let dx = params[STAGE1_2_BATCHNORM1_GAMMA + c] * inv * (a1[STAGE1_2_BATCHNORM1_DZ + i] - a2[STAGE1_2_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a2[STAGE1_2_BATCHNORM1_SUMS + c] / count);
      a1[STAGE1_2_CONV1_DZ + i] = dx;
    }
  }
  storageBarrier();
  // stage1_2_conv1.input-gradient: the gradient reaching stage1_1_add1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
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
            let wi = STAGE1_2_CONV1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[STAGE1_2_CONV1_DZ + di0 + co], in0);
              let d1 = select(0.0, a1[STAGE1_2_CONV1_DZ + di1 + co], in1);
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
      a1[STAGE1_1_ADD1_DZ + at0] = (a1[STAGE1_1_ADD1_DZ + at0] + acc0_0) * dact_relu(a0[STAGE1_1_ADD1_Z + at0]);
      a1[STAGE1_1_ADD1_DZ + at1] = (a1[STAGE1_1_ADD1_DZ + at1] + acc0_1) * dact_relu(a0[STAGE1_1_ADD1_Z + at1]);
      a1[STAGE1_1_ADD1_DZ + at0 + 1] = (a1[STAGE1_1_ADD1_DZ + at0 + 1] + acc1_0) * dact_relu(a0[STAGE1_1_ADD1_Z + at0 + 1]);
      a1[STAGE1_1_ADD1_DZ + at1 + 1] = (a1[STAGE1_1_ADD1_DZ + at1 + 1] + acc1_1) * dact_relu(a0[STAGE1_1_ADD1_Z + at1 + 1]);
      a1[STAGE1_1_ADD1_DZ + at0 + 2] = (a1[STAGE1_1_ADD1_DZ + at0 + 2] + acc2_0) * dact_relu(a0[STAGE1_1_ADD1_Z + at0 + 2]);
      a1[STAGE1_1_ADD1_DZ + at1 + 2] = (a1[STAGE1_1_ADD1_DZ + at1 + 2] + acc2_1) * dact_relu(a0[STAGE1_1_ADD1_Z + at1 + 2]);
      a1[STAGE1_1_ADD1_DZ + at0 + 3] = (a1[STAGE1_1_ADD1_DZ + at0 + 3] + acc3_0) * dact_relu(a0[STAGE1_1_ADD1_Z + at0 + 3]);
      a1[STAGE1_1_ADD1_DZ + at1 + 3] = (a1[STAGE1_1_ADD1_DZ + at1 + 3] + acc3_1) * dact_relu(a0[STAGE1_1_ADD1_Z + at1 + 3]);
      a1[STAGE1_1_ADD1_DZ + at0 + 4] = (a1[STAGE1_1_ADD1_DZ + at0 + 4] + acc4_0) * dact_relu(a0[STAGE1_1_ADD1_Z + at0 + 4]);
      a1[STAGE1_1_ADD1_DZ + at1 + 4] = (a1[STAGE1_1_ADD1_DZ + at1 + 4] + acc4_1) * dact_relu(a0[STAGE1_1_ADD1_Z + at1 + 4]);
      a1[STAGE1_1_ADD1_DZ + at0 + 5] = (a1[STAGE1_1_ADD1_DZ + at0 + 5] + acc5_0) * dact_relu(a0[STAGE1_1_ADD1_Z + at0 + 5]);
      a1[STAGE1_1_ADD1_DZ + at1 + 5] = (a1[STAGE1_1_ADD1_DZ + at1 + 5] + acc5_1) * dact_relu(a0[STAGE1_1_ADD1_Z + at1 + 5]);
      a1[STAGE1_1_ADD1_DZ + at0 + 6] = (a1[STAGE1_1_ADD1_DZ + at0 + 6] + acc6_0) * dact_relu(a0[STAGE1_1_ADD1_Z + at0 + 6]);
      a1[STAGE1_1_ADD1_DZ + at1 + 6] = (a1[STAGE1_1_ADD1_DZ + at1 + 6] + acc6_1) * dact_relu(a0[STAGE1_1_ADD1_Z + at1 + 6]);
      a1[STAGE1_1_ADD1_DZ + at0 + 7] = (a1[STAGE1_1_ADD1_DZ + at0 + 7] + acc7_0) * dact_relu(a0[STAGE1_1_ADD1_Z + at0 + 7]);
      a1[STAGE1_1_ADD1_DZ + at1 + 7] = (a1[STAGE1_1_ADD1_DZ + at1 + 7] + acc7_1) * dact_relu(a0[STAGE1_1_ADD1_Z + at1 + 7]);
    }
  }
  storageBarrier();
  // stage1_1_add1.input-gradient: the gradient reaching batchnorm1, stage1_1_bn: dz, to each; an item per element
  {
    const ITEMS = 12544;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let d = a1[STAGE1_1_ADD1_DZ + i];
      a1[BATCHNORM1_DZ + i] = d;
      a1[STAGE1_1_BN_DZ + i] = d;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage1_1_bn.gradient-sums
// stage1_1_bn's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 16 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_1_CONV2_Z = 9734144u; // a0, 12544 floats per example: stage1_1_conv2's output
const STAGE1_1_BN_DZ = 20481280u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_1_bn's output
const STAGE1_1_BN_STATS = 12264960u; // a2, 32 floats: stage1_1_bn's batch mean, then variance, per channel
const STAGE1_1_BN_SUMS = 12265024u; // a2, 32 floats: stage1_1_bn's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

const CHANNELS = 16u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let count = step.n * POSITIONS;
  let mean = a2[STAGE1_1_BN_STATS + g];
  let inv = 1.0 / sqrt(a2[STAGE1_1_BN_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE1_1_BN_DZ + k * CHANNELS + g] * (a0[STAGE1_1_CONV2_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE1_1_BN_DZ + k * CHANNELS + g]); }
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
    a2[STAGE1_1_BN_SUMS + g] = dgamma;
    a2[STAGE1_1_BN_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 49: stage1_1_bn.input-gradient, stage1_1_conv2.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_1_BATCHNORM1_Z = 6522880u; // a0, 12544 floats per example: stage1_1_batchnorm1's output
const STAGE1_1_CONV2_Z = 9734144u; // a0, 12544 floats per example: stage1_1_conv2's output
const STAGE1_1_BATCHNORM1_DZ = 17270016u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_1_batchnorm1's output
const STAGE1_1_CONV2_DZ = 18875648u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_1_conv2's output
const STAGE1_1_BN_DZ = 20481280u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_1_bn's output
const STAGE1_1_BN_STATS = 12264960u; // a2, 32 floats: stage1_1_bn's batch mean, then variance, per channel
const STAGE1_1_BN_SUMS = 12265024u; // a2, 32 floats: stage1_1_bn's Σ dz·x̂, then Σ dz, per channel
const STAGE1_1_CONV2_KERNEL = 2608u; // params: stage1_1_conv2/kernel [3, 3, 16, 16]
const STAGE1_1_BN_GAMMA = 4928u; // params: stage1_1_bn/gamma [16]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage1_1_bn.input-gradient: the gradient reaching stage1_1_conv2 through the batch's normalization; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 16;
    const POSITIONS = 784;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a2[STAGE1_1_BN_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[STAGE1_1_CONV2_Z + i] - a2[STAGE1_1_BN_STATS + c]) * inv;
      let dx = params[STAGE1_1_BN_GAMMA + c] * inv * (a1[STAGE1_1_BN_DZ + i] - a2[STAGE1_1_BN_SUMS + CHANNELS + c] / count - xhat * a2[STAGE1_1_BN_SUMS + c] / count);
      a1[STAGE1_1_CONV2_DZ + i] = dx;
    }
  }
  storageBarrier();
  // stage1_1_conv2.input-gradient: the gradient reaching stage1_1_batchnorm1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
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
            let wi = STAGE1_1_CONV2_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[STAGE1_1_CONV2_DZ + di0 + co], in0);
              let d1 = select(0.0, a1[STAGE1_1_CONV2_DZ + di1 + co], in1);
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
      a1[STAGE1_1_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at0]);
      a1[STAGE1_1_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at1]);
      a1[STAGE1_1_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at0 + 1]);
      a1[STAGE1_1_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at1 + 1]);
      a1[STAGE1_1_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at0 + 2]);
      a1[STAGE1_1_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at1 + 2]);
      a1[STAGE1_1_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at0 + 3]);
      a1[STAGE1_1_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at1 + 3]);
      a1[STAGE1_1_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at0 + 4]);
      a1[STAGE1_1_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at1 + 4]);
      a1[STAGE1_1_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at0 + 5]);
      a1[STAGE1_1_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at1 + 5]);
      a1[STAGE1_1_BATCHNORM1_DZ + at0 + 6] = acc6_0 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at0 + 6]);
      a1[STAGE1_1_BATCHNORM1_DZ + at1 + 6] = acc6_1 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at1 + 6]);
      a1[STAGE1_1_BATCHNORM1_DZ + at0 + 7] = acc7_0 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at0 + 7]);
      a1[STAGE1_1_BATCHNORM1_DZ + at1 + 7] = acc7_1 * dact_relu(a0[STAGE1_1_BATCHNORM1_Z + at1 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel stage1_1_batchnorm1.gradient-sums
// stage1_1_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 16 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STAGE1_1_CONV1_Z = 4917248u; // a0, 12544 floats per example: stage1_1_conv1's output
const STAGE1_1_BATCHNORM1_DZ = 17270016u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_1_batchnorm1's output
const STAGE1_1_BATCHNORM1_STATS = 11967872u; // a2, 32 floats: stage1_1_batchnorm1's batch mean, then variance, per channel
const STAGE1_1_BATCHNORM1_SUMS = 11967936u; // a2, 32 floats: stage1_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

const CHANNELS = 16u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let count = step.n * POSITIONS;
  let mean = a2[STAGE1_1_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a2[STAGE1_1_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE1_1_BATCHNORM1_DZ + k * CHANNELS + g] * (a0[STAGE1_1_CONV1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[STAGE1_1_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a2[STAGE1_1_BATCHNORM1_SUMS + g] = dgamma;
    a2[STAGE1_1_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 51: stage1_1_batchnorm1.input-gradient, stage1_1_conv1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const BATCHNORM1_Z = 1705984u; // a0, 12544 floats per example: batchnorm1's output
const STAGE1_1_CONV1_Z = 4917248u; // a0, 12544 floats per example: stage1_1_conv1's output
const BATCHNORM1_DZ = 14058752u; // a1, 12544 floats per example: the loss's gradient with respect to batchnorm1's output
const STAGE1_1_CONV1_DZ = 15664384u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_1_conv1's output
const STAGE1_1_BATCHNORM1_DZ = 17270016u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_1_batchnorm1's output
const STAGE1_1_BATCHNORM1_STATS = 11967872u; // a2, 32 floats: stage1_1_batchnorm1's batch mean, then variance, per channel
const STAGE1_1_BATCHNORM1_SUMS = 11967936u; // a2, 32 floats: stage1_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const STAGE1_1_CONV1_KERNEL = 224u; // params: stage1_1_conv1/kernel [3, 3, 16, 16]
const STAGE1_1_BATCHNORM1_GAMMA = 2544u; // params: stage1_1_batchnorm1/gamma [16]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
  // stage1_1_batchnorm1.input-gradient: the gradient reaching stage1_1_conv1 through the batch's normalization; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 16;
    const POSITIONS = 784;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a2[STAGE1_1_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[STAGE1_1_CONV1_Z + i] - a2[STAGE1_1_BATCHNORM1_STATS + c]) * inv;
      let dx = params[STAGE1_1_BATCHNORM1_GAMMA + c] * inv * (a1[STAGE1_1_BATCHNORM1_DZ + i] - a2[STAGE1_1_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a2[STAGE1_1_BATCHNORM1_SUMS + c] / count);
      a1[STAGE1_1_CONV1_DZ + i] = dx;
    }
  }
  storageBarrier();
  // stage1_1_conv1.input-gradient: the gradient reaching batchnorm1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
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
            let wi = STAGE1_1_CONV1_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[STAGE1_1_CONV1_DZ + di0 + co], in0);
              let d1 = select(0.0, a1[STAGE1_1_CONV1_DZ + di1 + co], in1);
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
      a1[BATCHNORM1_DZ + at0] = (a1[BATCHNORM1_DZ + at0] + acc0_0) * dact_relu(a0[BATCHNORM1_Z + at0]);
      a1[BATCHNORM1_DZ + at1] = (a1[BATCHNORM1_DZ + at1] + acc0_1) * dact_relu(a0[BATCHNORM1_Z + at1]);
      a1[BATCHNORM1_DZ + at0 + 1] = (a1[BATCHNORM1_DZ + at0 + 1] + acc1_0) * dact_relu(a0[BATCHNORM1_Z + at0 + 1]);
      a1[BATCHNORM1_DZ + at1 + 1] = (a1[BATCHNORM1_DZ + at1 + 1] + acc1_1) * dact_relu(a0[BATCHNORM1_Z + at1 + 1]);
      a1[BATCHNORM1_DZ + at0 + 2] = (a1[BATCHNORM1_DZ + at0 + 2] + acc2_0) * dact_relu(a0[BATCHNORM1_Z + at0 + 2]);
      a1[BATCHNORM1_DZ + at1 + 2] = (a1[BATCHNORM1_DZ + at1 + 2] + acc2_1) * dact_relu(a0[BATCHNORM1_Z + at1 + 2]);
      a1[BATCHNORM1_DZ + at0 + 3] = (a1[BATCHNORM1_DZ + at0 + 3] + acc3_0) * dact_relu(a0[BATCHNORM1_Z + at0 + 3]);
      a1[BATCHNORM1_DZ + at1 + 3] = (a1[BATCHNORM1_DZ + at1 + 3] + acc3_1) * dact_relu(a0[BATCHNORM1_Z + at1 + 3]);
      a1[BATCHNORM1_DZ + at0 + 4] = (a1[BATCHNORM1_DZ + at0 + 4] + acc4_0) * dact_relu(a0[BATCHNORM1_Z + at0 + 4]);
      a1[BATCHNORM1_DZ + at1 + 4] = (a1[BATCHNORM1_DZ + at1 + 4] + acc4_1) * dact_relu(a0[BATCHNORM1_Z + at1 + 4]);
      a1[BATCHNORM1_DZ + at0 + 5] = (a1[BATCHNORM1_DZ + at0 + 5] + acc5_0) * dact_relu(a0[BATCHNORM1_Z + at0 + 5]);
      a1[BATCHNORM1_DZ + at1 + 5] = (a1[BATCHNORM1_DZ + at1 + 5] + acc5_1) * dact_relu(a0[BATCHNORM1_Z + at1 + 5]);
      a1[BATCHNORM1_DZ + at0 + 6] = (a1[BATCHNORM1_DZ + at0 + 6] + acc6_0) * dact_relu(a0[BATCHNORM1_Z + at0 + 6]);
      a1[BATCHNORM1_DZ + at1 + 6] = (a1[BATCHNORM1_DZ + at1 + 6] + acc6_1) * dact_relu(a0[BATCHNORM1_Z + at1 + 6]);
      a1[BATCHNORM1_DZ + at0 + 7] = (a1[BATCHNORM1_DZ + at0 + 7] + acc7_0) * dact_relu(a0[BATCHNORM1_Z + at0 + 7]);
      a1[BATCHNORM1_DZ + at1 + 7] = (a1[BATCHNORM1_DZ + at1 + 7] + acc7_1) * dact_relu(a0[BATCHNORM1_Z + at1 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel batchnorm1.gradient-sums
// batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 16 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_Z = 100352u; // a0, 12544 floats per example: stem's output
const BATCHNORM1_DZ = 14058752u; // a1, 12544 floats per example: the loss's gradient with respect to batchnorm1's output
const BATCHNORM1_STATS = 11670784u; // a2, 32 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_SUMS = 11670848u; // a2, 32 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

const CHANNELS = 16u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let count = step.n * POSITIONS;
  let mean = a2[BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a2[BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[BATCHNORM1_DZ + k * CHANNELS + g] * (a0[STEM_Z + k * CHANNELS + g] - mean) * inv); }
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
    a2[BATCHNORM1_SUMS + g] = dgamma;
    a2[BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 53: batchnorm1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_Z = 100352u; // a0, 12544 floats per example: stem's output
const STEM_DZ = 12453120u; // a1, 12544 floats per example: the loss's gradient with respect to stem's output
const BATCHNORM1_DZ = 14058752u; // a1, 12544 floats per example: the loss's gradient with respect to batchnorm1's output
const BATCHNORM1_STATS = 11670784u; // a2, 32 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_SUMS = 11670848u; // a2, 32 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel
const BATCHNORM1_GAMMA = 160u; // params: batchnorm1/gamma [16]

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
@group(0) @binding(4) var<storage, read_write> a2: array<f32>;

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
    const ITEMS = 12544;
    const CHANNELS = 16;
    const POSITIONS = 784;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a2[BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[STEM_Z + i] - a2[BATCHNORM1_STATS + c]) * inv;
      let dx = params[BATCHNORM1_GAMMA + c] * inv * (a1[BATCHNORM1_DZ + i] - a2[BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a2[BATCHNORM1_SUMS + c] / count);
      a1[STEM_DZ + i] = dx;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel weight-gradients
// every conv and dense layer's weight gradient as partial sums over groups of examples, layer by layer in thread ranges
// one thread per index below 263434, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const ACTIVATION1_Y = 3311616u; // a0, 12544 floats per example: activation1's output: relu(batchnorm1's)
const STAGE1_1_ACTIVATION1_Y = 8128512u; // a0, 12544 floats per example: stage1_1_activation1's output: relu(stage1_1_batchnorm1's)
const STAGE1_1_ADD1_Y = 14551040u; // a0, 12544 floats per example: stage1_1_add1's output: relu(z)
const STAGE1_2_ACTIVATION1_Y = 19367936u; // a0, 12544 floats per example: stage1_2_activation1's output: relu(stage1_2_batchnorm1's)
const STAGE1_2_ADD1_Y = 25790464u; // a0, 12544 floats per example: stage1_2_add1's output: relu(z)
const STAGE2_DOWN_ACTIVATION1_Y = 29001728u; // a0, 6272 floats per example: stage2_down_activation1's output: relu(stage2_down_batchnorm1's)
const STAGE2_DOWN_ADD1_Y = 0u; // a1, 6272 floats per example: stage2_down_add1's output: relu(z)
const STAGE2_ACTIVATION1_Y = 2408448u; // a1, 6272 floats per example: stage2_activation1's output: relu(stage2_batchnorm1's)
const STAGE2_ADD1_Y = 5619712u; // a1, 6272 floats per example: stage2_add1's output: relu(z)
const STAGE3_DOWN_ACTIVATION1_Y = 7225344u; // a1, 3136 floats per example: stage3_down_activation1's output: relu(stage3_down_batchnorm1's)
const STAGE3_DOWN_ADD1_Y = 9232384u; // a1, 3136 floats per example: stage3_down_add1's output: relu(z)
const STAGE3_ACTIVATION1_Y = 10436608u; // a1, 3136 floats per example: stage3_activation1's output: relu(stage3_batchnorm1's)
const POOL1_Z = 12443648u; // a1, 64 floats per example: pool1's output
const STEM_DZ = 12453120u; // a1, 12544 floats per example: the loss's gradient with respect to stem's output
const STAGE1_1_CONV1_DZ = 15664384u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_1_conv1's output
const STAGE1_1_CONV2_DZ = 18875648u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_1_conv2's output
const STAGE1_2_CONV1_DZ = 23692544u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_2_conv1's output
const STAGE1_2_CONV2_DZ = 26903808u; // a1, 12544 floats per example: the loss's gradient with respect to stage1_2_conv2's output
const STAGE2_DOWN_CONV1_DZ = 31720704u; // a1, 6272 floats per example: the loss's gradient with respect to stage2_down_conv1's output
const STAGE2_DOWN_CONV2_DZ = 0u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_down_conv2's output
const STAGE2_DOWN_SHORTCUT_DZ = 1605632u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_down_shortcut's output
const STAGE2_CONV1_DZ = 3211264u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_conv1's output
const STAGE2_CONV2_DZ = 4816896u; // a2, 6272 floats per example: the loss's gradient with respect to stage2_conv2's output
const STAGE3_DOWN_CONV1_DZ = 7225344u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_conv1's output
const STAGE3_DOWN_CONV2_DZ = 8028160u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_conv2's output
const STAGE3_DOWN_SHORTCUT_DZ = 8830976u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_down_shortcut's output
const STAGE3_CONV1_DZ = 9633792u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_conv1's output
const STAGE3_CONV2_DZ = 10436608u; // a2, 3136 floats per example: the loss's gradient with respect to stage3_conv2's output
const DENSE1_DZ = 11649024u; // a2, 10 floats per example: the loss's gradient with respect to dense1's output
const STEM_PARTIALS = 11650304u; // a2, 20480 floats: stem's weight-gradient partial sums: 128 groups × 160 weights
const STAGE1_1_CONV1_PARTIALS = 11670912u; // a2, 296960 floats: stage1_1_conv1's weight-gradient partial sums: 128 groups × 2320 weights
const STAGE1_1_CONV2_PARTIALS = 11968000u; // a2, 296960 floats: stage1_1_conv2's weight-gradient partial sums: 128 groups × 2320 weights
const STAGE1_2_CONV1_PARTIALS = 12265088u; // a2, 296960 floats: stage1_2_conv1's weight-gradient partial sums: 128 groups × 2320 weights
const STAGE1_2_CONV2_PARTIALS = 12562176u; // a2, 296960 floats: stage1_2_conv2's weight-gradient partial sums: 128 groups × 2320 weights
const STAGE2_DOWN_CONV1_PARTIALS = 12859264u; // a2, 120640 floats: stage2_down_conv1's weight-gradient partial sums: 26 groups × 4640 weights
const STAGE2_DOWN_CONV2_PARTIALS = 12980032u; // a2, 240448 floats: stage2_down_conv2's weight-gradient partial sums: 26 groups × 9248 weights
const STAGE2_DOWN_SHORTCUT_PARTIALS = 13220608u; // a2, 14144 floats: stage2_down_shortcut's weight-gradient partial sums: 26 groups × 544 weights
const STAGE2_CONV1_PARTIALS = 13234752u; // a2, 240448 floats: stage2_conv1's weight-gradient partial sums: 26 groups × 9248 weights
const STAGE2_CONV2_PARTIALS = 13475328u; // a2, 240448 floats: stage2_conv2's weight-gradient partial sums: 26 groups × 9248 weights
const STAGE3_DOWN_CONV1_PARTIALS = 13715904u; // a2, 129472 floats: stage3_down_conv1's weight-gradient partial sums: 7 groups × 18496 weights
const STAGE3_DOWN_CONV2_PARTIALS = 13845632u; // a2, 258496 floats: stage3_down_conv2's weight-gradient partial sums: 7 groups × 36928 weights
const STAGE3_DOWN_SHORTCUT_PARTIALS = 14104384u; // a2, 14784 floats: stage3_down_shortcut's weight-gradient partial sums: 7 groups × 2112 weights
const STAGE3_CONV1_PARTIALS = 14119168u; // a2, 258496 floats: stage3_conv1's weight-gradient partial sums: 7 groups × 36928 weights
const STAGE3_CONV2_PARTIALS = 14377920u; // a2, 258496 floats: stage3_conv2's weight-gradient partial sums: 7 groups × 36928 weights
const DENSE1_PARTIALS = 14636672u; // a2, 650 floats: dense1's weight-gradient partial sums: 1 group × 650 weights

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
@group(0) @binding(3) var<storage, read_write> a2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 263434u) { return; }
  let zero = step.n >> 31u; // 0 (no batch holds 2^31 examples), read at run time so loops from it stay loops
  // stem/kernel: 4 filters × 3 taps of a kernel row × one input channel; 128 groups of 1 example × 12 threads
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
            let d0 = a1[STEM_DZ + di];
            let d1 = a1[STEM_DZ + di + 1];
            let d2 = a1[STEM_DZ + di + 2];
            let d3 = a1[STEM_DZ + di + 3];
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
    a2[STEM_PARTIALS + group * WEIGHTS + wi] = acc0_0;
    a2[STEM_PARTIALS + group * WEIGHTS + wi + 16] = acc0_1;
    a2[STEM_PARTIALS + group * WEIGHTS + wi + 32] = acc0_2;
    a2[STEM_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0;
    a2[STEM_PARTIALS + group * WEIGHTS + wi + 17] = acc1_1;
    a2[STEM_PARTIALS + group * WEIGHTS + wi + 33] = acc1_2;
    a2[STEM_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0;
    a2[STEM_PARTIALS + group * WEIGHTS + wi + 18] = acc2_1;
    a2[STEM_PARTIALS + group * WEIGHTS + wi + 34] = acc2_2;
    a2[STEM_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0;
    a2[STEM_PARTIALS + group * WEIGHTS + wi + 19] = acc3_1;
    a2[STEM_PARTIALS + group * WEIGHTS + wi + 35] = acc3_2;
    return;
  }
  // stem/bias: one filter; 128 groups of 1 example × 16 threads
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
        acc = acc + a1[STEM_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STEM_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage1_1_conv1/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 128 groups of 1 example × 192 threads
  if (i >= 3584u && i < 28160u) {
    const PER_GROUP = 192;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 16;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 8;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 2320;
    let local = i - 3584u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
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
          var x0_0 = select(0.0, a0[ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[STAGE1_1_CONV1_DZ + di];
            let d1 = a1[STAGE1_1_CONV1_DZ + di + 1];
            let x0_2 = select(0.0, a0[ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a2[STAGE1_1_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE1_1_CONV1_PARTIALS + group * WEIGHTS + wi + 256] = acc0_0_1;
    a2[STAGE1_1_CONV1_PARTIALS + group * WEIGHTS + wi + 512] = acc0_0_2;
    a2[STAGE1_1_CONV1_PARTIALS + group * WEIGHTS + wi + 16] = acc0_1_0;
    a2[STAGE1_1_CONV1_PARTIALS + group * WEIGHTS + wi + 272] = acc0_1_1;
    a2[STAGE1_1_CONV1_PARTIALS + group * WEIGHTS + wi + 528] = acc0_1_2;
    a2[STAGE1_1_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE1_1_CONV1_PARTIALS + group * WEIGHTS + wi + 257] = acc1_0_1;
    a2[STAGE1_1_CONV1_PARTIALS + group * WEIGHTS + wi + 513] = acc1_0_2;
    a2[STAGE1_1_CONV1_PARTIALS + group * WEIGHTS + wi + 17] = acc1_1_0;
    a2[STAGE1_1_CONV1_PARTIALS + group * WEIGHTS + wi + 273] = acc1_1_1;
    a2[STAGE1_1_CONV1_PARTIALS + group * WEIGHTS + wi + 529] = acc1_1_2;
    return;
  }
  // stage1_1_conv1/bias: one filter; 128 groups of 1 example × 16 threads
  if (i >= 28160u && i < 30208u) {
    const PER_GROUP = 16;
    const EXAMPLES = 1;
    const OUT_C = 16;
    const KERNEL_WEIGHTS = 2304;
    const WEIGHTS = 2320;
    const OUT_POSITIONS = 784;
    let local = i - 28160u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[STAGE1_1_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE1_1_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage1_1_conv2/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 128 groups of 1 example × 192 threads
  if (i >= 30208u && i < 54784u) {
    const PER_GROUP = 192;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 16;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 8;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 2320;
    let local = i - 30208u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
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
          var x0_0 = select(0.0, a0[STAGE1_1_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[STAGE1_1_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[STAGE1_1_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[STAGE1_1_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[STAGE1_1_CONV2_DZ + di];
            let d1 = a1[STAGE1_1_CONV2_DZ + di + 1];
            let x0_2 = select(0.0, a0[STAGE1_1_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[STAGE1_1_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a2[STAGE1_1_CONV2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE1_1_CONV2_PARTIALS + group * WEIGHTS + wi + 256] = acc0_0_1;
    a2[STAGE1_1_CONV2_PARTIALS + group * WEIGHTS + wi + 512] = acc0_0_2;
    a2[STAGE1_1_CONV2_PARTIALS + group * WEIGHTS + wi + 16] = acc0_1_0;
    a2[STAGE1_1_CONV2_PARTIALS + group * WEIGHTS + wi + 272] = acc0_1_1;
    a2[STAGE1_1_CONV2_PARTIALS + group * WEIGHTS + wi + 528] = acc0_1_2;
    a2[STAGE1_1_CONV2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE1_1_CONV2_PARTIALS + group * WEIGHTS + wi + 257] = acc1_0_1;
    a2[STAGE1_1_CONV2_PARTIALS + group * WEIGHTS + wi + 513] = acc1_0_2;
    a2[STAGE1_1_CONV2_PARTIALS + group * WEIGHTS + wi + 17] = acc1_1_0;
    a2[STAGE1_1_CONV2_PARTIALS + group * WEIGHTS + wi + 273] = acc1_1_1;
    a2[STAGE1_1_CONV2_PARTIALS + group * WEIGHTS + wi + 529] = acc1_1_2;
    return;
  }
  // stage1_1_conv2/bias: one filter; 128 groups of 1 example × 16 threads
  if (i >= 54784u && i < 56832u) {
    const PER_GROUP = 16;
    const EXAMPLES = 1;
    const OUT_C = 16;
    const KERNEL_WEIGHTS = 2304;
    const WEIGHTS = 2320;
    const OUT_POSITIONS = 784;
    let local = i - 54784u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[STAGE1_1_CONV2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE1_1_CONV2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage1_2_conv1/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 128 groups of 1 example × 192 threads
  if (i >= 56832u && i < 81408u) {
    const PER_GROUP = 192;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 16;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 8;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 2320;
    let local = i - 56832u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
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
          var x0_0 = select(0.0, a0[STAGE1_1_ADD1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[STAGE1_1_ADD1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[STAGE1_1_ADD1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[STAGE1_1_ADD1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[STAGE1_2_CONV1_DZ + di];
            let d1 = a1[STAGE1_2_CONV1_DZ + di + 1];
            let x0_2 = select(0.0, a0[STAGE1_1_ADD1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[STAGE1_1_ADD1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a2[STAGE1_2_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE1_2_CONV1_PARTIALS + group * WEIGHTS + wi + 256] = acc0_0_1;
    a2[STAGE1_2_CONV1_PARTIALS + group * WEIGHTS + wi + 512] = acc0_0_2;
    a2[STAGE1_2_CONV1_PARTIALS + group * WEIGHTS + wi + 16] = acc0_1_0;
    a2[STAGE1_2_CONV1_PARTIALS + group * WEIGHTS + wi + 272] = acc0_1_1;
    a2[STAGE1_2_CONV1_PARTIALS + group * WEIGHTS + wi + 528] = acc0_1_2;
    a2[STAGE1_2_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE1_2_CONV1_PARTIALS + group * WEIGHTS + wi + 257] = acc1_0_1;
    a2[STAGE1_2_CONV1_PARTIALS + group * WEIGHTS + wi + 513] = acc1_0_2;
    a2[STAGE1_2_CONV1_PARTIALS + group * WEIGHTS + wi + 17] = acc1_1_0;
    a2[STAGE1_2_CONV1_PARTIALS + group * WEIGHTS + wi + 273] = acc1_1_1;
    a2[STAGE1_2_CONV1_PARTIALS + group * WEIGHTS + wi + 529] = acc1_1_2;
    return;
  }
  // stage1_2_conv1/bias: one filter; 128 groups of 1 example × 16 threads
  if (i >= 81408u && i < 83456u) {
    const PER_GROUP = 16;
    const EXAMPLES = 1;
    const OUT_C = 16;
    const KERNEL_WEIGHTS = 2304;
    const WEIGHTS = 2320;
    const OUT_POSITIONS = 784;
    let local = i - 81408u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[STAGE1_2_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE1_2_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage1_2_conv2/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 128 groups of 1 example × 192 threads
  if (i >= 83456u && i < 108032u) {
    const PER_GROUP = 192;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 16;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 8;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 2320;
    let local = i - 83456u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
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
          var x0_0 = select(0.0, a0[STAGE1_2_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[STAGE1_2_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[STAGE1_2_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[STAGE1_2_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[STAGE1_2_CONV2_DZ + di];
            let d1 = a1[STAGE1_2_CONV2_DZ + di + 1];
            let x0_2 = select(0.0, a0[STAGE1_2_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[STAGE1_2_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a2[STAGE1_2_CONV2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE1_2_CONV2_PARTIALS + group * WEIGHTS + wi + 256] = acc0_0_1;
    a2[STAGE1_2_CONV2_PARTIALS + group * WEIGHTS + wi + 512] = acc0_0_2;
    a2[STAGE1_2_CONV2_PARTIALS + group * WEIGHTS + wi + 16] = acc0_1_0;
    a2[STAGE1_2_CONV2_PARTIALS + group * WEIGHTS + wi + 272] = acc0_1_1;
    a2[STAGE1_2_CONV2_PARTIALS + group * WEIGHTS + wi + 528] = acc0_1_2;
    a2[STAGE1_2_CONV2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE1_2_CONV2_PARTIALS + group * WEIGHTS + wi + 257] = acc1_0_1;
    a2[STAGE1_2_CONV2_PARTIALS + group * WEIGHTS + wi + 513] = acc1_0_2;
    a2[STAGE1_2_CONV2_PARTIALS + group * WEIGHTS + wi + 17] = acc1_1_0;
    a2[STAGE1_2_CONV2_PARTIALS + group * WEIGHTS + wi + 273] = acc1_1_1;
    a2[STAGE1_2_CONV2_PARTIALS + group * WEIGHTS + wi + 529] = acc1_1_2;
    return;
  }
  // stage1_2_conv2/bias: one filter; 128 groups of 1 example × 16 threads
  if (i >= 108032u && i < 110080u) {
    const PER_GROUP = 16;
    const EXAMPLES = 1;
    const OUT_C = 16;
    const KERNEL_WEIGHTS = 2304;
    const WEIGHTS = 2320;
    const OUT_POSITIONS = 784;
    let local = i - 108032u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[STAGE1_2_CONV2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE1_2_CONV2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage2_down_conv1/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 26 groups of 5 examples × 384 threads
  if (i >= 110080u && i < 120064u) {
    const PER_GROUP = 384;
    const EXAMPLES = 5;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const KERNEL_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 16;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 4640;
    let local = i - 110080u;
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
            let d0 = a1[STAGE2_DOWN_CONV1_DZ + di];
            let d1 = a1[STAGE2_DOWN_CONV1_DZ + di + 1];
            let ix = ox * STRIDE_W - PAD_LEFT;
            let x0_0 = select(0.0, a0[STAGE1_2_ADD1_Y + (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C + ci], ix >= 0 && ix < IN_W);
            let x0_1 = select(0.0, a0[STAGE1_2_ADD1_Y + (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C + ci], ix + 1 >= 0 && ix + 1 < IN_W);
            let x0_2 = select(0.0, a0[STAGE1_2_ADD1_Y + (row + u32(clamp(ix + 2, 0, IN_W - 1))) * IN_C + ci], ix + 2 >= 0 && ix + 2 < IN_W);
            let x1_0 = select(0.0, a0[STAGE1_2_ADD1_Y + (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C + ci + 1], ix >= 0 && ix < IN_W);
            let x1_1 = select(0.0, a0[STAGE1_2_ADD1_Y + (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C + ci + 1], ix + 1 >= 0 && ix + 1 < IN_W);
            let x1_2 = select(0.0, a0[STAGE1_2_ADD1_Y + (row + u32(clamp(ix + 2, 0, IN_W - 1))) * IN_C + ci + 1], ix + 2 >= 0 && ix + 2 < IN_W);
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
    a2[STAGE2_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE2_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 512] = acc0_0_1;
    a2[STAGE2_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 1024] = acc0_0_2;
    a2[STAGE2_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a2[STAGE2_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 544] = acc0_1_1;
    a2[STAGE2_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 1056] = acc0_1_2;
    a2[STAGE2_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE2_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 513] = acc1_0_1;
    a2[STAGE2_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 1025] = acc1_0_2;
    a2[STAGE2_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a2[STAGE2_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 545] = acc1_1_1;
    a2[STAGE2_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 1057] = acc1_1_2;
    return;
  }
  // stage2_down_conv1/bias: one filter; 26 groups of 5 examples × 32 threads
  if (i >= 120064u && i < 120896u) {
    const PER_GROUP = 32;
    const EXAMPLES = 5;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 4608;
    const WEIGHTS = 4640;
    const OUT_POSITIONS = 196;
    let local = i - 120064u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[STAGE2_DOWN_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE2_DOWN_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage2_down_conv2/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 26 groups of 5 examples × 768 threads
  if (i >= 120896u && i < 140864u) {
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
    const WEIGHTS = 9248;
    let local = i - 120896u;
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
          var x0_0 = select(0.0, a0[STAGE2_DOWN_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[STAGE2_DOWN_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[STAGE2_DOWN_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[STAGE2_DOWN_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a2[STAGE2_DOWN_CONV2_DZ + di];
            let d1 = a2[STAGE2_DOWN_CONV2_DZ + di + 1];
            let x0_2 = select(0.0, a0[STAGE2_DOWN_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[STAGE2_DOWN_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a2[STAGE2_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE2_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 1024] = acc0_0_1;
    a2[STAGE2_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 2048] = acc0_0_2;
    a2[STAGE2_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a2[STAGE2_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 1056] = acc0_1_1;
    a2[STAGE2_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 2080] = acc0_1_2;
    a2[STAGE2_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE2_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 1025] = acc1_0_1;
    a2[STAGE2_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 2049] = acc1_0_2;
    a2[STAGE2_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a2[STAGE2_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 1057] = acc1_1_1;
    a2[STAGE2_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 2081] = acc1_1_2;
    return;
  }
  // stage2_down_conv2/bias: one filter; 26 groups of 5 examples × 32 threads
  if (i >= 140864u && i < 141696u) {
    const PER_GROUP = 32;
    const EXAMPLES = 5;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 9216;
    const WEIGHTS = 9248;
    const OUT_POSITIONS = 196;
    let local = i - 140864u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a2[STAGE2_DOWN_CONV2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE2_DOWN_CONV2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage2_down_shortcut/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 26 groups of 5 examples × 32 threads
  if (i >= 141696u && i < 142528u) {
    const PER_GROUP = 32;
    const EXAMPLES = 5;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    const FILTER_BLOCKS = 8;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 4;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 544;
    let local = i - 141696u;
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
          let d0 = a2[STAGE2_DOWN_SHORTCUT_DZ + di];
          let d1 = a2[STAGE2_DOWN_SHORTCUT_DZ + di + 1];
          let d2 = a2[STAGE2_DOWN_SHORTCUT_DZ + di + 2];
          let d3 = a2[STAGE2_DOWN_SHORTCUT_DZ + di + 3];
          let ix = ox * STRIDE_W;
          let x0_0 = a0[STAGE1_2_ADD1_Y + (row + u32(ix)) * IN_C + ci];
          let x1_0 = a0[STAGE1_2_ADD1_Y + (row + u32(ix)) * IN_C + ci + 1];
          let x2_0 = a0[STAGE1_2_ADD1_Y + (row + u32(ix)) * IN_C + ci + 2];
          let x3_0 = a0[STAGE1_2_ADD1_Y + (row + u32(ix)) * IN_C + ci + 3];
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
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 64] = acc0_2_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 96] = acc0_3_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 65] = acc1_2_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 97] = acc1_3_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 34] = acc2_1_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 66] = acc2_2_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 98] = acc2_3_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 35] = acc3_1_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 67] = acc3_2_0;
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 99] = acc3_3_0;
    return;
  }
  // stage2_down_shortcut/bias: one filter; 26 groups of 5 examples × 32 threads
  if (i >= 142528u && i < 143360u) {
    const PER_GROUP = 32;
    const EXAMPLES = 5;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 512;
    const WEIGHTS = 544;
    const OUT_POSITIONS = 196;
    let local = i - 142528u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a2[STAGE2_DOWN_SHORTCUT_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage2_conv1/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 26 groups of 5 examples × 768 threads
  if (i >= 143360u && i < 163328u) {
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
    const WEIGHTS = 9248;
    let local = i - 143360u;
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
          var x0_0 = select(0.0, a1[STAGE2_DOWN_ADD1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a1[STAGE2_DOWN_ADD1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a1[STAGE2_DOWN_ADD1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a1[STAGE2_DOWN_ADD1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a2[STAGE2_CONV1_DZ + di];
            let d1 = a2[STAGE2_CONV1_DZ + di + 1];
            let x0_2 = select(0.0, a1[STAGE2_DOWN_ADD1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a1[STAGE2_DOWN_ADD1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a2[STAGE2_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE2_CONV1_PARTIALS + group * WEIGHTS + wi + 1024] = acc0_0_1;
    a2[STAGE2_CONV1_PARTIALS + group * WEIGHTS + wi + 2048] = acc0_0_2;
    a2[STAGE2_CONV1_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a2[STAGE2_CONV1_PARTIALS + group * WEIGHTS + wi + 1056] = acc0_1_1;
    a2[STAGE2_CONV1_PARTIALS + group * WEIGHTS + wi + 2080] = acc0_1_2;
    a2[STAGE2_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE2_CONV1_PARTIALS + group * WEIGHTS + wi + 1025] = acc1_0_1;
    a2[STAGE2_CONV1_PARTIALS + group * WEIGHTS + wi + 2049] = acc1_0_2;
    a2[STAGE2_CONV1_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a2[STAGE2_CONV1_PARTIALS + group * WEIGHTS + wi + 1057] = acc1_1_1;
    a2[STAGE2_CONV1_PARTIALS + group * WEIGHTS + wi + 2081] = acc1_1_2;
    return;
  }
  // stage2_conv1/bias: one filter; 26 groups of 5 examples × 32 threads
  if (i >= 163328u && i < 164160u) {
    const PER_GROUP = 32;
    const EXAMPLES = 5;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 9216;
    const WEIGHTS = 9248;
    const OUT_POSITIONS = 196;
    let local = i - 163328u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a2[STAGE2_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE2_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage2_conv2/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 26 groups of 5 examples × 768 threads
  if (i >= 164160u && i < 184128u) {
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
    const WEIGHTS = 9248;
    let local = i - 164160u;
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
          var x0_0 = select(0.0, a1[STAGE2_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a1[STAGE2_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a1[STAGE2_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a1[STAGE2_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a2[STAGE2_CONV2_DZ + di];
            let d1 = a2[STAGE2_CONV2_DZ + di + 1];
            let x0_2 = select(0.0, a1[STAGE2_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a1[STAGE2_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a2[STAGE2_CONV2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE2_CONV2_PARTIALS + group * WEIGHTS + wi + 1024] = acc0_0_1;
    a2[STAGE2_CONV2_PARTIALS + group * WEIGHTS + wi + 2048] = acc0_0_2;
    a2[STAGE2_CONV2_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a2[STAGE2_CONV2_PARTIALS + group * WEIGHTS + wi + 1056] = acc0_1_1;
    a2[STAGE2_CONV2_PARTIALS + group * WEIGHTS + wi + 2080] = acc0_1_2;
    a2[STAGE2_CONV2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE2_CONV2_PARTIALS + group * WEIGHTS + wi + 1025] = acc1_0_1;
    a2[STAGE2_CONV2_PARTIALS + group * WEIGHTS + wi + 2049] = acc1_0_2;
    a2[STAGE2_CONV2_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a2[STAGE2_CONV2_PARTIALS + group * WEIGHTS + wi + 1057] = acc1_1_1;
    a2[STAGE2_CONV2_PARTIALS + group * WEIGHTS + wi + 2081] = acc1_1_2;
    return;
  }
  // stage2_conv2/bias: one filter; 26 groups of 5 examples × 32 threads
  if (i >= 184128u && i < 184960u) {
    const PER_GROUP = 32;
    const EXAMPLES = 5;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 9216;
    const WEIGHTS = 9248;
    const OUT_POSITIONS = 196;
    let local = i - 184128u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a2[STAGE2_CONV2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE2_CONV2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage3_down_conv1/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 7 groups of 20 examples × 1536 threads
  if (i >= 184960u && i < 195712u) {
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
    const WEIGHTS = 18496;
    let local = i - 184960u;
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
            let d0 = a2[STAGE3_DOWN_CONV1_DZ + di];
            let d1 = a2[STAGE3_DOWN_CONV1_DZ + di + 1];
            let ix = ox * STRIDE_W - PAD_LEFT;
            let x0_0 = select(0.0, a1[STAGE2_ADD1_Y + (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C + ci], ix >= 0 && ix < IN_W);
            let x0_1 = select(0.0, a1[STAGE2_ADD1_Y + (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C + ci], ix + 1 >= 0 && ix + 1 < IN_W);
            let x0_2 = select(0.0, a1[STAGE2_ADD1_Y + (row + u32(clamp(ix + 2, 0, IN_W - 1))) * IN_C + ci], ix + 2 >= 0 && ix + 2 < IN_W);
            let x1_0 = select(0.0, a1[STAGE2_ADD1_Y + (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C + ci + 1], ix >= 0 && ix < IN_W);
            let x1_1 = select(0.0, a1[STAGE2_ADD1_Y + (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C + ci + 1], ix + 1 >= 0 && ix + 1 < IN_W);
            let x1_2 = select(0.0, a1[STAGE2_ADD1_Y + (row + u32(clamp(ix + 2, 0, IN_W - 1))) * IN_C + ci + 1], ix + 2 >= 0 && ix + 2 < IN_W);
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
    a2[STAGE3_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE3_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 2048] = acc0_0_1;
    a2[STAGE3_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 4096] = acc0_0_2;
    a2[STAGE3_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a2[STAGE3_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 2112] = acc0_1_1;
    a2[STAGE3_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 4160] = acc0_1_2;
    a2[STAGE3_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE3_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 2049] = acc1_0_1;
    a2[STAGE3_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 4097] = acc1_0_2;
    a2[STAGE3_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a2[STAGE3_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 2113] = acc1_1_1;
    a2[STAGE3_DOWN_CONV1_PARTIALS + group * WEIGHTS + wi + 4161] = acc1_1_2;
    return;
  }
  // stage3_down_conv1/bias: one filter; 7 groups of 20 examples × 64 threads
  if (i >= 195712u && i < 196160u) {
    const PER_GROUP = 64;
    const EXAMPLES = 20;
    const OUT_C = 64;
    const KERNEL_WEIGHTS = 18432;
    const WEIGHTS = 18496;
    const OUT_POSITIONS = 49;
    let local = i - 195712u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a2[STAGE3_DOWN_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE3_DOWN_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage3_down_conv2/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 7 groups of 20 examples × 3072 threads
  if (i >= 196160u && i < 217664u) {
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
    let local = i - 196160u;
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
          var x0_0 = select(0.0, a1[STAGE3_DOWN_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a1[STAGE3_DOWN_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a1[STAGE3_DOWN_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a1[STAGE3_DOWN_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a2[STAGE3_DOWN_CONV2_DZ + di];
            let d1 = a2[STAGE3_DOWN_CONV2_DZ + di + 1];
            let x0_2 = select(0.0, a1[STAGE3_DOWN_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a1[STAGE3_DOWN_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a2[STAGE3_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE3_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 4096] = acc0_0_1;
    a2[STAGE3_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 8192] = acc0_0_2;
    a2[STAGE3_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a2[STAGE3_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 4160] = acc0_1_1;
    a2[STAGE3_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 8256] = acc0_1_2;
    a2[STAGE3_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE3_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 4097] = acc1_0_1;
    a2[STAGE3_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 8193] = acc1_0_2;
    a2[STAGE3_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a2[STAGE3_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 4161] = acc1_1_1;
    a2[STAGE3_DOWN_CONV2_PARTIALS + group * WEIGHTS + wi + 8257] = acc1_1_2;
    return;
  }
  // stage3_down_conv2/bias: one filter; 7 groups of 20 examples × 64 threads
  if (i >= 217664u && i < 218112u) {
    const PER_GROUP = 64;
    const EXAMPLES = 20;
    const OUT_C = 64;
    const KERNEL_WEIGHTS = 36864;
    const WEIGHTS = 36928;
    const OUT_POSITIONS = 49;
    let local = i - 217664u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a2[STAGE3_DOWN_CONV2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE3_DOWN_CONV2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage3_down_shortcut/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 7 groups of 20 examples × 128 threads
  if (i >= 218112u && i < 219008u) {
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
    const WEIGHTS = 2112;
    let local = i - 218112u;
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
          let d0 = a2[STAGE3_DOWN_SHORTCUT_DZ + di];
          let d1 = a2[STAGE3_DOWN_SHORTCUT_DZ + di + 1];
          let d2 = a2[STAGE3_DOWN_SHORTCUT_DZ + di + 2];
          let d3 = a2[STAGE3_DOWN_SHORTCUT_DZ + di + 3];
          let ix = ox * STRIDE_W;
          let x0_0 = a1[STAGE2_ADD1_Y + (row + u32(ix)) * IN_C + ci];
          let x1_0 = a1[STAGE2_ADD1_Y + (row + u32(ix)) * IN_C + ci + 1];
          let x2_0 = a1[STAGE2_ADD1_Y + (row + u32(ix)) * IN_C + ci + 2];
          let x3_0 = a1[STAGE2_ADD1_Y + (row + u32(ix)) * IN_C + ci + 3];
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
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 128] = acc0_2_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 192] = acc0_3_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 129] = acc1_2_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 193] = acc1_3_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 66] = acc2_1_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 130] = acc2_2_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 194] = acc2_3_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 67] = acc3_1_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 131] = acc3_2_0;
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + wi + 195] = acc3_3_0;
    return;
  }
  // stage3_down_shortcut/bias: one filter; 7 groups of 20 examples × 64 threads
  if (i >= 219008u && i < 219456u) {
    const PER_GROUP = 64;
    const EXAMPLES = 20;
    const OUT_C = 64;
    const KERNEL_WEIGHTS = 2048;
    const WEIGHTS = 2112;
    const OUT_POSITIONS = 49;
    let local = i - 219008u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a2[STAGE3_DOWN_SHORTCUT_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE3_DOWN_SHORTCUT_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage3_conv1/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 7 groups of 20 examples × 3072 threads
  if (i >= 219456u && i < 240960u) {
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
    let local = i - 219456u;
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
          var x0_0 = select(0.0, a1[STAGE3_DOWN_ADD1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a1[STAGE3_DOWN_ADD1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a1[STAGE3_DOWN_ADD1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a1[STAGE3_DOWN_ADD1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a2[STAGE3_CONV1_DZ + di];
            let d1 = a2[STAGE3_CONV1_DZ + di + 1];
            let x0_2 = select(0.0, a1[STAGE3_DOWN_ADD1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a1[STAGE3_DOWN_ADD1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a2[STAGE3_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE3_CONV1_PARTIALS + group * WEIGHTS + wi + 4096] = acc0_0_1;
    a2[STAGE3_CONV1_PARTIALS + group * WEIGHTS + wi + 8192] = acc0_0_2;
    a2[STAGE3_CONV1_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a2[STAGE3_CONV1_PARTIALS + group * WEIGHTS + wi + 4160] = acc0_1_1;
    a2[STAGE3_CONV1_PARTIALS + group * WEIGHTS + wi + 8256] = acc0_1_2;
    a2[STAGE3_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE3_CONV1_PARTIALS + group * WEIGHTS + wi + 4097] = acc1_0_1;
    a2[STAGE3_CONV1_PARTIALS + group * WEIGHTS + wi + 8193] = acc1_0_2;
    a2[STAGE3_CONV1_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a2[STAGE3_CONV1_PARTIALS + group * WEIGHTS + wi + 4161] = acc1_1_1;
    a2[STAGE3_CONV1_PARTIALS + group * WEIGHTS + wi + 8257] = acc1_1_2;
    return;
  }
  // stage3_conv1/bias: one filter; 7 groups of 20 examples × 64 threads
  if (i >= 240960u && i < 241408u) {
    const PER_GROUP = 64;
    const EXAMPLES = 20;
    const OUT_C = 64;
    const KERNEL_WEIGHTS = 36864;
    const WEIGHTS = 36928;
    const OUT_POSITIONS = 49;
    let local = i - 240960u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a2[STAGE3_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE3_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // stage3_conv2/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 7 groups of 20 examples × 3072 threads
  if (i >= 241408u && i < 262912u) {
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
    let local = i - 241408u;
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
          var x0_0 = select(0.0, a1[STAGE3_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a1[STAGE3_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a1[STAGE3_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a1[STAGE3_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a2[STAGE3_CONV2_DZ + di];
            let d1 = a2[STAGE3_CONV2_DZ + di + 1];
            let x0_2 = select(0.0, a1[STAGE3_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a1[STAGE3_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a2[STAGE3_CONV2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a2[STAGE3_CONV2_PARTIALS + group * WEIGHTS + wi + 4096] = acc0_0_1;
    a2[STAGE3_CONV2_PARTIALS + group * WEIGHTS + wi + 8192] = acc0_0_2;
    a2[STAGE3_CONV2_PARTIALS + group * WEIGHTS + wi + 64] = acc0_1_0;
    a2[STAGE3_CONV2_PARTIALS + group * WEIGHTS + wi + 4160] = acc0_1_1;
    a2[STAGE3_CONV2_PARTIALS + group * WEIGHTS + wi + 8256] = acc0_1_2;
    a2[STAGE3_CONV2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a2[STAGE3_CONV2_PARTIALS + group * WEIGHTS + wi + 4097] = acc1_0_1;
    a2[STAGE3_CONV2_PARTIALS + group * WEIGHTS + wi + 8193] = acc1_0_2;
    a2[STAGE3_CONV2_PARTIALS + group * WEIGHTS + wi + 65] = acc1_1_0;
    a2[STAGE3_CONV2_PARTIALS + group * WEIGHTS + wi + 4161] = acc1_1_1;
    a2[STAGE3_CONV2_PARTIALS + group * WEIGHTS + wi + 8257] = acc1_1_2;
    return;
  }
  // stage3_conv2/bias: one filter; 7 groups of 20 examples × 64 threads
  if (i >= 262912u && i < 263360u) {
    const PER_GROUP = 64;
    const EXAMPLES = 20;
    const OUT_C = 64;
    const KERNEL_WEIGHTS = 36864;
    const WEIGHTS = 36928;
    const OUT_POSITIONS = 49;
    let local = i - 262912u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a2[STAGE3_CONV2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a2[STAGE3_CONV2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dense1/kernel: 8 input units' weights to 2 output units; 1 group of 128 examples × 40 threads
  if (i >= 263360u && i < 263400u) {
    const IN_UNITS = 64;
    const OUT_UNITS = 10;
    const BLOCK = 8;
    const UNIT_BLOCK = 2;
    const UNIT_BLOCKS = 5;
    const WEIGHTS = 650;
    let local = i - 263360u;
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
      let d0 = a2[DENSE1_DZ + b * OUT_UNITS + o];
      let d1 = a2[DENSE1_DZ + b * OUT_UNITS + o + 1];
      let x0 = a1[POOL1_Z + b * IN_UNITS + k];
      let x1 = a1[POOL1_Z + b * IN_UNITS + k + 1];
      let x2 = a1[POOL1_Z + b * IN_UNITS + k + 2];
      let x3 = a1[POOL1_Z + b * IN_UNITS + k + 3];
      let x4 = a1[POOL1_Z + b * IN_UNITS + k + 4];
      let x5 = a1[POOL1_Z + b * IN_UNITS + k + 5];
      let x6 = a1[POOL1_Z + b * IN_UNITS + k + 6];
      let x7 = a1[POOL1_Z + b * IN_UNITS + k + 7];
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
    a2[DENSE1_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o] = acc0_0;
    a2[DENSE1_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o + 1] = acc0_1;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o] = acc1_0;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o + 1] = acc1_1;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o] = acc2_0;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o + 1] = acc2_1;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o] = acc3_0;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o + 1] = acc3_1;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o] = acc4_0;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o + 1] = acc4_1;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o] = acc5_0;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o + 1] = acc5_1;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 6) * OUT_UNITS + o] = acc6_0;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 6) * OUT_UNITS + o + 1] = acc6_1;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 7) * OUT_UNITS + o] = acc7_0;
    a2[DENSE1_PARTIALS + group * WEIGHTS + (k + 7) * OUT_UNITS + o + 1] = acc7_1;
    return;
  }
  // dense1/bias: one unit; 1 group of 128 examples × 10 threads
  if (i >= 263424u && i < 263434u) {
    const OUT_UNITS = 10;
    const KERNEL_WEIGHTS = 640;
    const WEIGHTS = 650;
    let local = i - 263424u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let o = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      acc = acc + a2[DENSE1_DZ + b * OUT_UNITS + o];
    }
    a2[DENSE1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + o] = acc;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel partial-sums
// the weight gradients' partial sums, first level: each run of consecutive groups added in order into its first group
// one thread per index below 268736, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_PARTIALS = 11650304u; // a2, 20480 floats: stem's weight-gradient partial sums: 128 groups × 160 weights
const STAGE1_1_CONV1_PARTIALS = 11670912u; // a2, 296960 floats: stage1_1_conv1's weight-gradient partial sums: 128 groups × 2320 weights
const STAGE1_1_CONV2_PARTIALS = 11968000u; // a2, 296960 floats: stage1_1_conv2's weight-gradient partial sums: 128 groups × 2320 weights
const STAGE1_2_CONV1_PARTIALS = 12265088u; // a2, 296960 floats: stage1_2_conv1's weight-gradient partial sums: 128 groups × 2320 weights
const STAGE1_2_CONV2_PARTIALS = 12562176u; // a2, 296960 floats: stage1_2_conv2's weight-gradient partial sums: 128 groups × 2320 weights
const STAGE2_DOWN_CONV1_PARTIALS = 12859264u; // a2, 120640 floats: stage2_down_conv1's weight-gradient partial sums: 26 groups × 4640 weights
const STAGE2_DOWN_CONV2_PARTIALS = 12980032u; // a2, 240448 floats: stage2_down_conv2's weight-gradient partial sums: 26 groups × 9248 weights
const STAGE2_DOWN_SHORTCUT_PARTIALS = 13220608u; // a2, 14144 floats: stage2_down_shortcut's weight-gradient partial sums: 26 groups × 544 weights
const STAGE2_CONV1_PARTIALS = 13234752u; // a2, 240448 floats: stage2_conv1's weight-gradient partial sums: 26 groups × 9248 weights
const STAGE2_CONV2_PARTIALS = 13475328u; // a2, 240448 floats: stage2_conv2's weight-gradient partial sums: 26 groups × 9248 weights

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

@group(0) @binding(0) var<storage, read_write> a2: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 268736u) { return; }
  // stem: 128 groups in 11 runs of 12, 160 weights each
  if (i < 1760u) {
    const WEIGHTS = 160;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a2[STEM_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a2[STEM_PARTIALS + g * WEIGHTS + j];
    }
    a2[STEM_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // stage1_1_conv1: 128 groups in 11 runs of 12, 2320 weights each
  if (i >= 1792u && i < 27312u) {
    const WEIGHTS = 2320;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i - 1792u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a2[STAGE1_1_CONV1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a2[STAGE1_1_CONV1_PARTIALS + g * WEIGHTS + j];
    }
    a2[STAGE1_1_CONV1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // stage1_1_conv2: 128 groups in 11 runs of 12, 2320 weights each
  if (i >= 27328u && i < 52848u) {
    const WEIGHTS = 2320;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i - 27328u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a2[STAGE1_1_CONV2_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a2[STAGE1_1_CONV2_PARTIALS + g * WEIGHTS + j];
    }
    a2[STAGE1_1_CONV2_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // stage1_2_conv1: 128 groups in 11 runs of 12, 2320 weights each
  if (i >= 52864u && i < 78384u) {
    const WEIGHTS = 2320;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i - 52864u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a2[STAGE1_2_CONV1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a2[STAGE1_2_CONV1_PARTIALS + g * WEIGHTS + j];
    }
    a2[STAGE1_2_CONV1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // stage1_2_conv2: 128 groups in 11 runs of 12, 2320 weights each
  if (i >= 78400u && i < 103920u) {
    const WEIGHTS = 2320;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i - 78400u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a2[STAGE1_2_CONV2_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a2[STAGE1_2_CONV2_PARTIALS + g * WEIGHTS + j];
    }
    a2[STAGE1_2_CONV2_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // stage2_down_conv1: 26 groups in 5 runs of 6, 4640 weights each
  if (i >= 103936u && i < 127136u) {
    const WEIGHTS = 4640;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 103936u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a2[STAGE2_DOWN_CONV1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a2[STAGE2_DOWN_CONV1_PARTIALS + g * WEIGHTS + j];
    }
    a2[STAGE2_DOWN_CONV1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // stage2_down_conv2: 26 groups in 5 runs of 6, 9248 weights each
  if (i >= 127168u && i < 173408u) {
    const WEIGHTS = 9248;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 127168u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a2[STAGE2_DOWN_CONV2_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a2[STAGE2_DOWN_CONV2_PARTIALS + g * WEIGHTS + j];
    }
    a2[STAGE2_DOWN_CONV2_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // stage2_down_shortcut: 26 groups in 5 runs of 6, 544 weights each
  if (i >= 173440u && i < 176160u) {
    const WEIGHTS = 544;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 173440u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a2[STAGE2_DOWN_SHORTCUT_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a2[STAGE2_DOWN_SHORTCUT_PARTIALS + g * WEIGHTS + j];
    }
    a2[STAGE2_DOWN_SHORTCUT_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // stage2_conv1: 26 groups in 5 runs of 6, 9248 weights each
  if (i >= 176192u && i < 222432u) {
    const WEIGHTS = 9248;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 176192u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a2[STAGE2_CONV1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a2[STAGE2_CONV1_PARTIALS + g * WEIGHTS + j];
    }
    a2[STAGE2_CONV1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // stage2_conv2: 26 groups in 5 runs of 6, 9248 weights each
  if (i >= 222464u && i < 268704u) {
    const WEIGHTS = 9248;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 222464u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a2[STAGE2_CONV2_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a2[STAGE2_CONV2_PARTIALS + g * WEIGHTS + j];
    }
    a2[STAGE2_CONV2_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel update
// momentum with L2 weight decay on kernels: each trainable float p's gradient (its layer's partial sums added in order), then its new value and state; the last workgroup sums the batch's metrics
// 2741 workgroups of 64 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_PARTIALS = 11650304u; // a2, 20480 floats: stem's weight-gradient partial sums: 128 groups × 160 weights
const BATCHNORM1_SUMS = 11670848u; // a2, 32 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel
const STAGE1_1_CONV1_PARTIALS = 11670912u; // a2, 296960 floats: stage1_1_conv1's weight-gradient partial sums: 128 groups × 2320 weights
const STAGE1_1_BATCHNORM1_SUMS = 11967936u; // a2, 32 floats: stage1_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const STAGE1_1_CONV2_PARTIALS = 11968000u; // a2, 296960 floats: stage1_1_conv2's weight-gradient partial sums: 128 groups × 2320 weights
const STAGE1_1_BN_SUMS = 12265024u; // a2, 32 floats: stage1_1_bn's Σ dz·x̂, then Σ dz, per channel
const STAGE1_2_CONV1_PARTIALS = 12265088u; // a2, 296960 floats: stage1_2_conv1's weight-gradient partial sums: 128 groups × 2320 weights
const STAGE1_2_BATCHNORM1_SUMS = 12562112u; // a2, 32 floats: stage1_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const STAGE1_2_CONV2_PARTIALS = 12562176u; // a2, 296960 floats: stage1_2_conv2's weight-gradient partial sums: 128 groups × 2320 weights
const STAGE1_2_BN_SUMS = 12859200u; // a2, 32 floats: stage1_2_bn's Σ dz·x̂, then Σ dz, per channel
const STAGE2_DOWN_CONV1_PARTIALS = 12859264u; // a2, 120640 floats: stage2_down_conv1's weight-gradient partial sums: 26 groups × 4640 weights
const STAGE2_DOWN_BATCHNORM1_SUMS = 12979968u; // a2, 64 floats: stage2_down_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const STAGE2_DOWN_CONV2_PARTIALS = 12980032u; // a2, 240448 floats: stage2_down_conv2's weight-gradient partial sums: 26 groups × 9248 weights
const STAGE2_DOWN_BN_SUMS = 13220544u; // a2, 64 floats: stage2_down_bn's Σ dz·x̂, then Σ dz, per channel
const STAGE2_DOWN_SHORTCUT_PARTIALS = 13220608u; // a2, 14144 floats: stage2_down_shortcut's weight-gradient partial sums: 26 groups × 544 weights
const STAGE2_CONV1_PARTIALS = 13234752u; // a2, 240448 floats: stage2_conv1's weight-gradient partial sums: 26 groups × 9248 weights
const STAGE2_BATCHNORM1_SUMS = 13475264u; // a2, 64 floats: stage2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const STAGE2_CONV2_PARTIALS = 13475328u; // a2, 240448 floats: stage2_conv2's weight-gradient partial sums: 26 groups × 9248 weights
const STAGE2_BN_SUMS = 13715840u; // a2, 64 floats: stage2_bn's Σ dz·x̂, then Σ dz, per channel
const STAGE3_DOWN_CONV1_PARTIALS = 13715904u; // a2, 129472 floats: stage3_down_conv1's weight-gradient partial sums: 7 groups × 18496 weights
const STAGE3_DOWN_BATCHNORM1_SUMS = 13845504u; // a2, 128 floats: stage3_down_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const STAGE3_DOWN_CONV2_PARTIALS = 13845632u; // a2, 258496 floats: stage3_down_conv2's weight-gradient partial sums: 7 groups × 36928 weights
const STAGE3_DOWN_BN_SUMS = 14104256u; // a2, 128 floats: stage3_down_bn's Σ dz·x̂, then Σ dz, per channel
const STAGE3_DOWN_SHORTCUT_PARTIALS = 14104384u; // a2, 14784 floats: stage3_down_shortcut's weight-gradient partial sums: 7 groups × 2112 weights
const STAGE3_CONV1_PARTIALS = 14119168u; // a2, 258496 floats: stage3_conv1's weight-gradient partial sums: 7 groups × 36928 weights
const STAGE3_BATCHNORM1_SUMS = 14377792u; // a2, 128 floats: stage3_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const STAGE3_CONV2_PARTIALS = 14377920u; // a2, 258496 floats: stage3_conv2's weight-gradient partial sums: 7 groups × 36928 weights
const STAGE3_BN_SUMS = 14636544u; // a2, 128 floats: stage3_bn's Σ dz·x̂, then Σ dz, per channel
const DENSE1_PARTIALS = 14636672u; // a2, 650 floats: dense1's weight-gradient partial sums: 1 group × 650 weights
const GRADIENT = 14637376u; // a2, 175338 floats: every trainable float's gradient, as the update used it
const STEM_KERNEL = 0u; // params: stem/kernel [3, 3, 1, 16]
const STEM_BIAS = 144u; // params: stem/bias [16]
const BATCHNORM1_GAMMA = 160u; // params: batchnorm1/gamma [16]
const BATCHNORM1_BETA = 176u; // params: batchnorm1/beta [16]
const STAGE1_1_CONV1_KERNEL = 224u; // params: stage1_1_conv1/kernel [3, 3, 16, 16]
const STAGE1_1_CONV1_BIAS = 2528u; // params: stage1_1_conv1/bias [16]
const STAGE1_1_BATCHNORM1_GAMMA = 2544u; // params: stage1_1_batchnorm1/gamma [16]
const STAGE1_1_BATCHNORM1_BETA = 2560u; // params: stage1_1_batchnorm1/beta [16]
const STAGE1_1_CONV2_KERNEL = 2608u; // params: stage1_1_conv2/kernel [3, 3, 16, 16]
const STAGE1_1_CONV2_BIAS = 4912u; // params: stage1_1_conv2/bias [16]
const STAGE1_1_BN_GAMMA = 4928u; // params: stage1_1_bn/gamma [16]
const STAGE1_1_BN_BETA = 4944u; // params: stage1_1_bn/beta [16]
const STAGE1_2_CONV1_KERNEL = 4992u; // params: stage1_2_conv1/kernel [3, 3, 16, 16]
const STAGE1_2_CONV1_BIAS = 7296u; // params: stage1_2_conv1/bias [16]
const STAGE1_2_BATCHNORM1_GAMMA = 7312u; // params: stage1_2_batchnorm1/gamma [16]
const STAGE1_2_BATCHNORM1_BETA = 7328u; // params: stage1_2_batchnorm1/beta [16]
const STAGE1_2_CONV2_KERNEL = 7376u; // params: stage1_2_conv2/kernel [3, 3, 16, 16]
const STAGE1_2_CONV2_BIAS = 9680u; // params: stage1_2_conv2/bias [16]
const STAGE1_2_BN_GAMMA = 9696u; // params: stage1_2_bn/gamma [16]
const STAGE1_2_BN_BETA = 9712u; // params: stage1_2_bn/beta [16]
const STAGE2_DOWN_CONV1_KERNEL = 9760u; // params: stage2_down_conv1/kernel [3, 3, 16, 32]
const STAGE2_DOWN_CONV1_BIAS = 14368u; // params: stage2_down_conv1/bias [32]
const STAGE2_DOWN_BATCHNORM1_GAMMA = 14400u; // params: stage2_down_batchnorm1/gamma [32]
const STAGE2_DOWN_BATCHNORM1_BETA = 14432u; // params: stage2_down_batchnorm1/beta [32]
const STAGE2_DOWN_CONV2_KERNEL = 14528u; // params: stage2_down_conv2/kernel [3, 3, 32, 32]
const STAGE2_DOWN_CONV2_BIAS = 23744u; // params: stage2_down_conv2/bias [32]
const STAGE2_DOWN_BN_GAMMA = 23776u; // params: stage2_down_bn/gamma [32]
const STAGE2_DOWN_BN_BETA = 23808u; // params: stage2_down_bn/beta [32]
const STAGE2_DOWN_SHORTCUT_KERNEL = 23904u; // params: stage2_down_shortcut/kernel [1, 1, 16, 32]
const STAGE2_DOWN_SHORTCUT_BIAS = 24416u; // params: stage2_down_shortcut/bias [32]
const STAGE2_CONV1_KERNEL = 24448u; // params: stage2_conv1/kernel [3, 3, 32, 32]
const STAGE2_CONV1_BIAS = 33664u; // params: stage2_conv1/bias [32]
const STAGE2_BATCHNORM1_GAMMA = 33696u; // params: stage2_batchnorm1/gamma [32]
const STAGE2_BATCHNORM1_BETA = 33728u; // params: stage2_batchnorm1/beta [32]
const STAGE2_CONV2_KERNEL = 33824u; // params: stage2_conv2/kernel [3, 3, 32, 32]
const STAGE2_CONV2_BIAS = 43040u; // params: stage2_conv2/bias [32]
const STAGE2_BN_GAMMA = 43072u; // params: stage2_bn/gamma [32]
const STAGE2_BN_BETA = 43104u; // params: stage2_bn/beta [32]
const STAGE3_DOWN_CONV1_KERNEL = 43200u; // params: stage3_down_conv1/kernel [3, 3, 32, 64]
const STAGE3_DOWN_CONV1_BIAS = 61632u; // params: stage3_down_conv1/bias [64]
const STAGE3_DOWN_BATCHNORM1_GAMMA = 61696u; // params: stage3_down_batchnorm1/gamma [64]
const STAGE3_DOWN_BATCHNORM1_BETA = 61760u; // params: stage3_down_batchnorm1/beta [64]
const STAGE3_DOWN_CONV2_KERNEL = 61952u; // params: stage3_down_conv2/kernel [3, 3, 64, 64]
const STAGE3_DOWN_CONV2_BIAS = 98816u; // params: stage3_down_conv2/bias [64]
const STAGE3_DOWN_BN_GAMMA = 98880u; // params: stage3_down_bn/gamma [64]
const STAGE3_DOWN_BN_BETA = 98944u; // params: stage3_down_bn/beta [64]
const STAGE3_DOWN_SHORTCUT_KERNEL = 99136u; // params: stage3_down_shortcut/kernel [1, 1, 32, 64]
const STAGE3_DOWN_SHORTCUT_BIAS = 101184u; // params: stage3_down_shortcut/bias [64]
const STAGE3_CONV1_KERNEL = 101248u; // params: stage3_conv1/kernel [3, 3, 64, 64]
const STAGE3_CONV1_BIAS = 138112u; // params: stage3_conv1/bias [64]
const STAGE3_BATCHNORM1_GAMMA = 138176u; // params: stage3_batchnorm1/gamma [64]
const STAGE3_BATCHNORM1_BETA = 138240u; // params: stage3_batchnorm1/beta [64]
const STAGE3_CONV2_KERNEL = 138432u; // params: stage3_conv2/kernel [3, 3, 64, 64]
const STAGE3_CONV2_BIAS = 175296u; // params: stage3_conv2/bias [64]
const STAGE3_BN_GAMMA = 175360u; // params: stage3_bn/gamma [64]
const STAGE3_BN_BETA = 175424u; // params: stage3_bn/beta [64]
const DENSE1_KERNEL = 175616u; // params: dense1/kernel [64, 10]
const DENSE1_BIAS = 176256u; // params: dense1/bias [10]

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
@group(0) @binding(5) var<storage, read_write> a2: array<f32>;

var<workgroup> scratch: array<f32, 64>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 2741u) { return; }
  if (g == 2740u) {
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
  // stem/kernel [3, 3, 1, 16]: trainable floats 0–143
  if (p < 144u) {
    let j = p;
    let wi = STEM_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a2[STEM_PARTIALS + k * 160u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stem/bias [16]: trainable floats 144–159
  if (p < 160u) {
    let j = p - 144u;
    let wi = STEM_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a2[STEM_PARTIALS + k * 160u + 144u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // batchnorm1/gamma [16]: trainable floats 160–175
  if (p < 176u) {
    let j = p - 160u;
    let wi = BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a2[BATCHNORM1_SUMS + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // batchnorm1/beta [16]: trainable floats 176–191
  if (p < 192u) {
    let j = p - 176u;
    let wi = BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a2[BATCHNORM1_SUMS + 16u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_1_conv1/kernel [3, 3, 16, 16]: trainable floats 192–2495
  if (p < 2496u) {
    let j = p - 192u;
    let wi = STAGE1_1_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a2[STAGE1_1_CONV1_PARTIALS + k * 2320u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_1_conv1/bias [16]: trainable floats 2496–2511
  if (p < 2512u) {
    let j = p - 2496u;
    let wi = STAGE1_1_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a2[STAGE1_1_CONV1_PARTIALS + k * 2320u + 2304u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_1_batchnorm1/gamma [16]: trainable floats 2512–2527
  if (p < 2528u) {
    let j = p - 2512u;
    let wi = STAGE1_1_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a2[STAGE1_1_BATCHNORM1_SUMS + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_1_batchnorm1/beta [16]: trainable floats 2528–2543
  if (p < 2544u) {
    let j = p - 2528u;
    let wi = STAGE1_1_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a2[STAGE1_1_BATCHNORM1_SUMS + 16u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_1_conv2/kernel [3, 3, 16, 16]: trainable floats 2544–4847
  if (p < 4848u) {
    let j = p - 2544u;
    let wi = STAGE1_1_CONV2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a2[STAGE1_1_CONV2_PARTIALS + k * 2320u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_1_conv2/bias [16]: trainable floats 4848–4863
  if (p < 4864u) {
    let j = p - 4848u;
    let wi = STAGE1_1_CONV2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a2[STAGE1_1_CONV2_PARTIALS + k * 2320u + 2304u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_1_bn/gamma [16]: trainable floats 4864–4879
  if (p < 4880u) {
    let j = p - 4864u;
    let wi = STAGE1_1_BN_GAMMA + j;
    let w = params[wi];
    var grad = a2[STAGE1_1_BN_SUMS + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_1_bn/beta [16]: trainable floats 4880–4895
  if (p < 4896u) {
    let j = p - 4880u;
    let wi = STAGE1_1_BN_BETA + j;
    let w = params[wi];
    var grad = a2[STAGE1_1_BN_SUMS + 16u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_2_conv1/kernel [3, 3, 16, 16]: trainable floats 4896–7199
  if (p < 7200u) {
    let j = p - 4896u;
    let wi = STAGE1_2_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a2[STAGE1_2_CONV1_PARTIALS + k * 2320u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_2_conv1/bias [16]: trainable floats 7200–7215
  if (p < 7216u) {
    let j = p - 7200u;
    let wi = STAGE1_2_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a2[STAGE1_2_CONV1_PARTIALS + k * 2320u + 2304u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_2_batchnorm1/gamma [16]: trainable floats 7216–7231
  if (p < 7232u) {
    let j = p - 7216u;
    let wi = STAGE1_2_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a2[STAGE1_2_BATCHNORM1_SUMS + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_2_batchnorm1/beta [16]: trainable floats 7232–7247
  if (p < 7248u) {
    let j = p - 7232u;
    let wi = STAGE1_2_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a2[STAGE1_2_BATCHNORM1_SUMS + 16u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_2_conv2/kernel [3, 3, 16, 16]: trainable floats 7248–9551
  if (p < 9552u) {
    let j = p - 7248u;
    let wi = STAGE1_2_CONV2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a2[STAGE1_2_CONV2_PARTIALS + k * 2320u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_2_conv2/bias [16]: trainable floats 9552–9567
  if (p < 9568u) {
    let j = p - 9552u;
    let wi = STAGE1_2_CONV2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a2[STAGE1_2_CONV2_PARTIALS + k * 2320u + 2304u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_2_bn/gamma [16]: trainable floats 9568–9583
  if (p < 9584u) {
    let j = p - 9568u;
    let wi = STAGE1_2_BN_GAMMA + j;
    let w = params[wi];
    var grad = a2[STAGE1_2_BN_SUMS + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage1_2_bn/beta [16]: trainable floats 9584–9599
  if (p < 9600u) {
    let j = p - 9584u;
    let wi = STAGE1_2_BN_BETA + j;
    let w = params[wi];
    var grad = a2[STAGE1_2_BN_SUMS + 16u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_down_conv1/kernel [3, 3, 16, 32]: trainable floats 9600–14207
  if (p < 14208u) {
    let j = p - 9600u;
    let wi = STAGE2_DOWN_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a2[STAGE2_DOWN_CONV1_PARTIALS + k * 4640u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_down_conv1/bias [32]: trainable floats 14208–14239
  if (p < 14240u) {
    let j = p - 14208u;
    let wi = STAGE2_DOWN_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a2[STAGE2_DOWN_CONV1_PARTIALS + k * 4640u + 4608u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_down_batchnorm1/gamma [32]: trainable floats 14240–14271
  if (p < 14272u) {
    let j = p - 14240u;
    let wi = STAGE2_DOWN_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a2[STAGE2_DOWN_BATCHNORM1_SUMS + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_down_batchnorm1/beta [32]: trainable floats 14272–14303
  if (p < 14304u) {
    let j = p - 14272u;
    let wi = STAGE2_DOWN_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a2[STAGE2_DOWN_BATCHNORM1_SUMS + 32u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_down_conv2/kernel [3, 3, 32, 32]: trainable floats 14304–23519
  if (p < 23520u) {
    let j = p - 14304u;
    let wi = STAGE2_DOWN_CONV2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a2[STAGE2_DOWN_CONV2_PARTIALS + k * 9248u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_down_conv2/bias [32]: trainable floats 23520–23551
  if (p < 23552u) {
    let j = p - 23520u;
    let wi = STAGE2_DOWN_CONV2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a2[STAGE2_DOWN_CONV2_PARTIALS + k * 9248u + 9216u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_down_bn/gamma [32]: trainable floats 23552–23583
  if (p < 23584u) {
    let j = p - 23552u;
    let wi = STAGE2_DOWN_BN_GAMMA + j;
    let w = params[wi];
    var grad = a2[STAGE2_DOWN_BN_SUMS + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_down_bn/beta [32]: trainable floats 23584–23615
  if (p < 23616u) {
    let j = p - 23584u;
    let wi = STAGE2_DOWN_BN_BETA + j;
    let w = params[wi];
    var grad = a2[STAGE2_DOWN_BN_SUMS + 32u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_down_shortcut/kernel [1, 1, 16, 32]: trainable floats 23616–24127
  if (p < 24128u) {
    let j = p - 23616u;
    let wi = STAGE2_DOWN_SHORTCUT_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a2[STAGE2_DOWN_SHORTCUT_PARTIALS + k * 544u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_down_shortcut/bias [32]: trainable floats 24128–24159
  if (p < 24160u) {
    let j = p - 24128u;
    let wi = STAGE2_DOWN_SHORTCUT_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a2[STAGE2_DOWN_SHORTCUT_PARTIALS + k * 544u + 512u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_conv1/kernel [3, 3, 32, 32]: trainable floats 24160–33375
  if (p < 33376u) {
    let j = p - 24160u;
    let wi = STAGE2_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a2[STAGE2_CONV1_PARTIALS + k * 9248u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_conv1/bias [32]: trainable floats 33376–33407
  if (p < 33408u) {
    let j = p - 33376u;
    let wi = STAGE2_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a2[STAGE2_CONV1_PARTIALS + k * 9248u + 9216u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_batchnorm1/gamma [32]: trainable floats 33408–33439
  if (p < 33440u) {
    let j = p - 33408u;
    let wi = STAGE2_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a2[STAGE2_BATCHNORM1_SUMS + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_batchnorm1/beta [32]: trainable floats 33440–33471
  if (p < 33472u) {
    let j = p - 33440u;
    let wi = STAGE2_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a2[STAGE2_BATCHNORM1_SUMS + 32u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_conv2/kernel [3, 3, 32, 32]: trainable floats 33472–42687
  if (p < 42688u) {
    let j = p - 33472u;
    let wi = STAGE2_CONV2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a2[STAGE2_CONV2_PARTIALS + k * 9248u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_conv2/bias [32]: trainable floats 42688–42719
  if (p < 42720u) {
    let j = p - 42688u;
    let wi = STAGE2_CONV2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a2[STAGE2_CONV2_PARTIALS + k * 9248u + 9216u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_bn/gamma [32]: trainable floats 42720–42751
  if (p < 42752u) {
    let j = p - 42720u;
    let wi = STAGE2_BN_GAMMA + j;
    let w = params[wi];
    var grad = a2[STAGE2_BN_SUMS + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage2_bn/beta [32]: trainable floats 42752–42783
  if (p < 42784u) {
    let j = p - 42752u;
    let wi = STAGE2_BN_BETA + j;
    let w = params[wi];
    var grad = a2[STAGE2_BN_SUMS + 32u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_down_conv1/kernel [3, 3, 32, 64]: trainable floats 42784–61215
  if (p < 61216u) {
    let j = p - 42784u;
    let wi = STAGE3_DOWN_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a2[STAGE3_DOWN_CONV1_PARTIALS + k * 18496u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_down_conv1/bias [64]: trainable floats 61216–61279
  if (p < 61280u) {
    let j = p - 61216u;
    let wi = STAGE3_DOWN_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a2[STAGE3_DOWN_CONV1_PARTIALS + k * 18496u + 18432u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_down_batchnorm1/gamma [64]: trainable floats 61280–61343
  if (p < 61344u) {
    let j = p - 61280u;
    let wi = STAGE3_DOWN_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a2[STAGE3_DOWN_BATCHNORM1_SUMS + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_down_batchnorm1/beta [64]: trainable floats 61344–61407
  if (p < 61408u) {
    let j = p - 61344u;
    let wi = STAGE3_DOWN_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a2[STAGE3_DOWN_BATCHNORM1_SUMS + 64u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_down_conv2/kernel [3, 3, 64, 64]: trainable floats 61408–98271
  if (p < 98272u) {
    let j = p - 61408u;
    let wi = STAGE3_DOWN_CONV2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a2[STAGE3_DOWN_CONV2_PARTIALS + k * 36928u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_down_conv2/bias [64]: trainable floats 98272–98335
  if (p < 98336u) {
    let j = p - 98272u;
    let wi = STAGE3_DOWN_CONV2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a2[STAGE3_DOWN_CONV2_PARTIALS + k * 36928u + 36864u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_down_bn/gamma [64]: trainable floats 98336–98399
  if (p < 98400u) {
    let j = p - 98336u;
    let wi = STAGE3_DOWN_BN_GAMMA + j;
    let w = params[wi];
    var grad = a2[STAGE3_DOWN_BN_SUMS + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_down_bn/beta [64]: trainable floats 98400–98463
  if (p < 98464u) {
    let j = p - 98400u;
    let wi = STAGE3_DOWN_BN_BETA + j;
    let w = params[wi];
    var grad = a2[STAGE3_DOWN_BN_SUMS + 64u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_down_shortcut/kernel [1, 1, 32, 64]: trainable floats 98464–100511
  if (p < 100512u) {
    let j = p - 98464u;
    let wi = STAGE3_DOWN_SHORTCUT_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a2[STAGE3_DOWN_SHORTCUT_PARTIALS + k * 2112u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_down_shortcut/bias [64]: trainable floats 100512–100575
  if (p < 100576u) {
    let j = p - 100512u;
    let wi = STAGE3_DOWN_SHORTCUT_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a2[STAGE3_DOWN_SHORTCUT_PARTIALS + k * 2112u + 2048u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_conv1/kernel [3, 3, 64, 64]: trainable floats 100576–137439
  if (p < 137440u) {
    let j = p - 100576u;
    let wi = STAGE3_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a2[STAGE3_CONV1_PARTIALS + k * 36928u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_conv1/bias [64]: trainable floats 137440–137503
  if (p < 137504u) {
    let j = p - 137440u;
    let wi = STAGE3_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a2[STAGE3_CONV1_PARTIALS + k * 36928u + 36864u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_batchnorm1/gamma [64]: trainable floats 137504–137567
  if (p < 137568u) {
    let j = p - 137504u;
    let wi = STAGE3_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a2[STAGE3_BATCHNORM1_SUMS + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_batchnorm1/beta [64]: trainable floats 137568–137631
  if (p < 137632u) {
    let j = p - 137568u;
    let wi = STAGE3_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a2[STAGE3_BATCHNORM1_SUMS + 64u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_conv2/kernel [3, 3, 64, 64]: trainable floats 137632–174495
  if (p < 174496u) {
    let j = p - 137632u;
    let wi = STAGE3_CONV2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a2[STAGE3_CONV2_PARTIALS + k * 36928u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_conv2/bias [64]: trainable floats 174496–174559
  if (p < 174560u) {
    let j = p - 174496u;
    let wi = STAGE3_CONV2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a2[STAGE3_CONV2_PARTIALS + k * 36928u + 36864u + j]; }
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_bn/gamma [64]: trainable floats 174560–174623
  if (p < 174624u) {
    let j = p - 174560u;
    let wi = STAGE3_BN_GAMMA + j;
    let w = params[wi];
    var grad = a2[STAGE3_BN_SUMS + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stage3_bn/beta [64]: trainable floats 174624–174687
  if (p < 174688u) {
    let j = p - 174624u;
    let wi = STAGE3_BN_BETA + j;
    let w = params[wi];
    var grad = a2[STAGE3_BN_SUMS + 64u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense1/kernel [64, 10]: trainable floats 174688–175327
  if (p < 175328u) {
    let j = p - 174688u;
    let wi = DENSE1_KERNEL + j;
    let w = params[wi];
    var grad = a2[DENSE1_PARTIALS + j];
    grad = grad + w * 0.0005000000237487257;
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense1/bias [10]: trainable floats 175328–175337
  if (p < 175338u) {
    let j = p - 175328u;
    let wi = DENSE1_BIAS + j;
    let w = params[wi];
    var grad = a2[DENSE1_PARTIALS + 640u + j];
    a2[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel evaluate 1: input, stem.forward, batchnorm1.evaluate, stage1_1_conv1.forward, stage1_1_batchnorm1.evaluate, stage1_1_conv2.forward, stage1_1_bn.evaluate, stage1_1_add1.forward, stage1_2_conv1.forward, stage1_2_batchnorm1.evaluate, stage1_2_conv2.forward, stage1_2_bn.evaluate, stage1_2_add1.forward, stage2_down_conv1.forward, stage2_down_batchnorm1.evaluate, stage2_down_conv2.forward, stage2_down_bn.evaluate, stage2_down_shortcut.forward, stage2_down_add1.forward, stage2_conv1.forward, stage2_batchnorm1.evaluate, stage2_conv2.forward, stage2_bn.evaluate, stage2_add1.forward, stage3_down_conv1.forward, stage3_down_batchnorm1.evaluate, stage3_down_conv2.forward, stage3_down_bn.evaluate, stage3_down_shortcut.forward, stage3_down_add1.forward, stage3_conv1.forward, stage3_batchnorm1.evaluate, stage3_conv2.forward, stage3_bn.evaluate, stage3_add1.forward, pool1.forward, dense1.forward, loss.evaluate
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const STEM_Z = 100352u; // a0, 12544 floats per example: stem's output
const BATCHNORM1_Z = 1705984u; // a0, 12544 floats per example: batchnorm1's output
const ACTIVATION1_Y = 3311616u; // a0, 12544 floats per example: activation1's output: relu(batchnorm1's)
const STAGE1_1_CONV1_Z = 4917248u; // a0, 12544 floats per example: stage1_1_conv1's output
const STAGE1_1_BATCHNORM1_Z = 6522880u; // a0, 12544 floats per example: stage1_1_batchnorm1's output
const STAGE1_1_ACTIVATION1_Y = 8128512u; // a0, 12544 floats per example: stage1_1_activation1's output: relu(stage1_1_batchnorm1's)
const STAGE1_1_CONV2_Z = 9734144u; // a0, 12544 floats per example: stage1_1_conv2's output
const STAGE1_1_BN_Z = 11339776u; // a0, 12544 floats per example: stage1_1_bn's output
const STAGE1_1_ADD1_Z = 12945408u; // a0, 12544 floats per example: stage1_1_add1's output before its relu
const STAGE1_1_ADD1_Y = 14551040u; // a0, 12544 floats per example: stage1_1_add1's output: relu(z)
const STAGE1_2_CONV1_Z = 16156672u; // a0, 12544 floats per example: stage1_2_conv1's output
const STAGE1_2_BATCHNORM1_Z = 17762304u; // a0, 12544 floats per example: stage1_2_batchnorm1's output
const STAGE1_2_ACTIVATION1_Y = 19367936u; // a0, 12544 floats per example: stage1_2_activation1's output: relu(stage1_2_batchnorm1's)
const STAGE1_2_CONV2_Z = 20973568u; // a0, 12544 floats per example: stage1_2_conv2's output
const STAGE1_2_BN_Z = 22579200u; // a0, 12544 floats per example: stage1_2_bn's output
const STAGE1_2_ADD1_Z = 24184832u; // a0, 12544 floats per example: stage1_2_add1's output before its relu
const STAGE1_2_ADD1_Y = 25790464u; // a0, 12544 floats per example: stage1_2_add1's output: relu(z)
const STAGE2_DOWN_CONV1_Z = 27396096u; // a0, 6272 floats per example: stage2_down_conv1's output
const STAGE2_DOWN_BATCHNORM1_Z = 28198912u; // a0, 6272 floats per example: stage2_down_batchnorm1's output
const STAGE2_DOWN_ACTIVATION1_Y = 29001728u; // a0, 6272 floats per example: stage2_down_activation1's output: relu(stage2_down_batchnorm1's)
const STAGE2_DOWN_CONV2_Z = 29804544u; // a0, 6272 floats per example: stage2_down_conv2's output
const STAGE2_DOWN_BN_Z = 30607360u; // a0, 6272 floats per example: stage2_down_bn's output
const STAGE2_DOWN_SHORTCUT_Z = 31410176u; // a0, 6272 floats per example: stage2_down_shortcut's output
const STAGE2_DOWN_ADD1_Z = 32212992u; // a0, 6272 floats per example: stage2_down_add1's output before its relu
const STAGE2_DOWN_ADD1_Y = 0u; // a1, 6272 floats per example: stage2_down_add1's output: relu(z)
const STAGE2_CONV1_Z = 802816u; // a1, 6272 floats per example: stage2_conv1's output
const STAGE2_BATCHNORM1_Z = 1605632u; // a1, 6272 floats per example: stage2_batchnorm1's output
const STAGE2_ACTIVATION1_Y = 2408448u; // a1, 6272 floats per example: stage2_activation1's output: relu(stage2_batchnorm1's)
const STAGE2_CONV2_Z = 3211264u; // a1, 6272 floats per example: stage2_conv2's output
const STAGE2_BN_Z = 4014080u; // a1, 6272 floats per example: stage2_bn's output
const STAGE2_ADD1_Z = 4816896u; // a1, 6272 floats per example: stage2_add1's output before its relu
const STAGE2_ADD1_Y = 5619712u; // a1, 6272 floats per example: stage2_add1's output: relu(z)
const STAGE3_DOWN_CONV1_Z = 6422528u; // a1, 3136 floats per example: stage3_down_conv1's output
const STAGE3_DOWN_BATCHNORM1_Z = 6823936u; // a1, 3136 floats per example: stage3_down_batchnorm1's output
const STAGE3_DOWN_ACTIVATION1_Y = 7225344u; // a1, 3136 floats per example: stage3_down_activation1's output: relu(stage3_down_batchnorm1's)
const STAGE3_DOWN_CONV2_Z = 7626752u; // a1, 3136 floats per example: stage3_down_conv2's output
const STAGE3_DOWN_BN_Z = 8028160u; // a1, 3136 floats per example: stage3_down_bn's output
const STAGE3_DOWN_SHORTCUT_Z = 8429568u; // a1, 3136 floats per example: stage3_down_shortcut's output
const STAGE3_DOWN_ADD1_Z = 8830976u; // a1, 3136 floats per example: stage3_down_add1's output before its relu
const STAGE3_DOWN_ADD1_Y = 9232384u; // a1, 3136 floats per example: stage3_down_add1's output: relu(z)
const STAGE3_CONV1_Z = 9633792u; // a1, 3136 floats per example: stage3_conv1's output
const STAGE3_BATCHNORM1_Z = 10035200u; // a1, 3136 floats per example: stage3_batchnorm1's output
const STAGE3_ACTIVATION1_Y = 10436608u; // a1, 3136 floats per example: stage3_activation1's output: relu(stage3_batchnorm1's)
const STAGE3_CONV2_Z = 10838016u; // a1, 3136 floats per example: stage3_conv2's output
const STAGE3_BN_Z = 11239424u; // a1, 3136 floats per example: stage3_bn's output
const STAGE3_ADD1_Z = 11640832u; // a1, 3136 floats per example: stage3_add1's output before its relu
const STAGE3_ADD1_Y = 12042240u; // a1, 3136 floats per example: stage3_add1's output: relu(z)
const POOL1_Z = 12443648u; // a1, 64 floats per example: pool1's output
const DENSE1_Z = 12451840u; // a1, 10 floats per example: dense1's output
const STEM_KERNEL = 0u; // params: stem/kernel [3, 3, 1, 16]
const STEM_BIAS = 144u; // params: stem/bias [16]
const BATCHNORM1_GAMMA = 160u; // params: batchnorm1/gamma [16]
const BATCHNORM1_BETA = 176u; // params: batchnorm1/beta [16]
const BATCHNORM1_MOVING_MEAN = 192u; // params: batchnorm1/moving_mean [16]
const BATCHNORM1_MOVING_VARIANCE = 208u; // params: batchnorm1/moving_variance [16]
const STAGE1_1_CONV1_KERNEL = 224u; // params: stage1_1_conv1/kernel [3, 3, 16, 16]
const STAGE1_1_CONV1_BIAS = 2528u; // params: stage1_1_conv1/bias [16]
const STAGE1_1_BATCHNORM1_GAMMA = 2544u; // params: stage1_1_batchnorm1/gamma [16]
const STAGE1_1_BATCHNORM1_BETA = 2560u; // params: stage1_1_batchnorm1/beta [16]
const STAGE1_1_BATCHNORM1_MOVING_MEAN = 2576u; // params: stage1_1_batchnorm1/moving_mean [16]
const STAGE1_1_BATCHNORM1_MOVING_VARIANCE = 2592u; // params: stage1_1_batchnorm1/moving_variance [16]
const STAGE1_1_CONV2_KERNEL = 2608u; // params: stage1_1_conv2/kernel [3, 3, 16, 16]
const STAGE1_1_CONV2_BIAS = 4912u; // params: stage1_1_conv2/bias [16]
const STAGE1_1_BN_GAMMA = 4928u; // params: stage1_1_bn/gamma [16]
const STAGE1_1_BN_BETA = 4944u; // params: stage1_1_bn/beta [16]
const STAGE1_1_BN_MOVING_MEAN = 4960u; // params: stage1_1_bn/moving_mean [16]
const STAGE1_1_BN_MOVING_VARIANCE = 4976u; // params: stage1_1_bn/moving_variance [16]
const STAGE1_2_CONV1_KERNEL = 4992u; // params: stage1_2_conv1/kernel [3, 3, 16, 16]
const STAGE1_2_CONV1_BIAS = 7296u; // params: stage1_2_conv1/bias [16]
const STAGE1_2_BATCHNORM1_GAMMA = 7312u; // params: stage1_2_batchnorm1/gamma [16]
const STAGE1_2_BATCHNORM1_BETA = 7328u; // params: stage1_2_batchnorm1/beta [16]
const STAGE1_2_BATCHNORM1_MOVING_MEAN = 7344u; // params: stage1_2_batchnorm1/moving_mean [16]
const STAGE1_2_BATCHNORM1_MOVING_VARIANCE = 7360u; // params: stage1_2_batchnorm1/moving_variance [16]
const STAGE1_2_CONV2_KERNEL = 7376u; // params: stage1_2_conv2/kernel [3, 3, 16, 16]
const STAGE1_2_CONV2_BIAS = 9680u; // params: stage1_2_conv2/bias [16]
const STAGE1_2_BN_GAMMA = 9696u; // params: stage1_2_bn/gamma [16]
const STAGE1_2_BN_BETA = 9712u; // params: stage1_2_bn/beta [16]
const STAGE1_2_BN_MOVING_MEAN = 9728u; // params: stage1_2_bn/moving_mean [16]
const STAGE1_2_BN_MOVING_VARIANCE = 9744u; // params: stage1_2_bn/moving_variance [16]
const STAGE2_DOWN_CONV1_KERNEL = 9760u; // params: stage2_down_conv1/kernel [3, 3, 16, 32]
const STAGE2_DOWN_CONV1_BIAS = 14368u; // params: stage2_down_conv1/bias [32]
const STAGE2_DOWN_BATCHNORM1_GAMMA = 14400u; // params: stage2_down_batchnorm1/gamma [32]
const STAGE2_DOWN_BATCHNORM1_BETA = 14432u; // params: stage2_down_batchnorm1/beta [32]
const STAGE2_DOWN_BATCHNORM1_MOVING_MEAN = 14464u; // params: stage2_down_batchnorm1/moving_mean [32]
const STAGE2_DOWN_BATCHNORM1_MOVING_VARIANCE = 14496u; // params: stage2_down_batchnorm1/moving_variance [32]
const STAGE2_DOWN_CONV2_KERNEL = 14528u; // params: stage2_down_conv2/kernel [3, 3, 32, 32]
const STAGE2_DOWN_CONV2_BIAS = 23744u; // params: stage2_down_conv2/bias [32]
const STAGE2_DOWN_BN_GAMMA = 23776u; // params: stage2_down_bn/gamma [32]
const STAGE2_DOWN_BN_BETA = 23808u; // params: stage2_down_bn/beta [32]
const STAGE2_DOWN_BN_MOVING_MEAN = 23840u; // params: stage2_down_bn/moving_mean [32]
const STAGE2_DOWN_BN_MOVING_VARIANCE = 23872u; // params: stage2_down_bn/moving_variance [32]
const STAGE2_DOWN_SHORTCUT_KERNEL = 23904u; // params: stage2_down_shortcut/kernel [1, 1, 16, 32]
const STAGE2_DOWN_SHORTCUT_BIAS = 24416u; // params: stage2_down_shortcut/bias [32]
const STAGE2_CONV1_KERNEL = 24448u; // params: stage2_conv1/kernel [3, 3, 32, 32]
const STAGE2_CONV1_BIAS = 33664u; // params: stage2_conv1/bias [32]
const STAGE2_BATCHNORM1_GAMMA = 33696u; // params: stage2_batchnorm1/gamma [32]
const STAGE2_BATCHNORM1_BETA = 33728u; // params: stage2_batchnorm1/beta [32]
const STAGE2_BATCHNORM1_MOVING_MEAN = 33760u; // params: stage2_batchnorm1/moving_mean [32]
const STAGE2_BATCHNORM1_MOVING_VARIANCE = 33792u; // params: stage2_batchnorm1/moving_variance [32]
const STAGE2_CONV2_KERNEL = 33824u; // params: stage2_conv2/kernel [3, 3, 32, 32]
const STAGE2_CONV2_BIAS = 43040u; // params: stage2_conv2/bias [32]
const STAGE2_BN_GAMMA = 43072u; // params: stage2_bn/gamma [32]
const STAGE2_BN_BETA = 43104u; // params: stage2_bn/beta [32]
const STAGE2_BN_MOVING_MEAN = 43136u; // params: stage2_bn/moving_mean [32]
const STAGE2_BN_MOVING_VARIANCE = 43168u; // params: stage2_bn/moving_variance [32]
const STAGE3_DOWN_CONV1_KERNEL = 43200u; // params: stage3_down_conv1/kernel [3, 3, 32, 64]
const STAGE3_DOWN_CONV1_BIAS = 61632u; // params: stage3_down_conv1/bias [64]
const STAGE3_DOWN_BATCHNORM1_GAMMA = 61696u; // params: stage3_down_batchnorm1/gamma [64]
const STAGE3_DOWN_BATCHNORM1_BETA = 61760u; // params: stage3_down_batchnorm1/beta [64]
const STAGE3_DOWN_BATCHNORM1_MOVING_MEAN = 61824u; // params: stage3_down_batchnorm1/moving_mean [64]
const STAGE3_DOWN_BATCHNORM1_MOVING_VARIANCE = 61888u; // params: stage3_down_batchnorm1/moving_variance [64]
const STAGE3_DOWN_CONV2_KERNEL = 61952u; // params: stage3_down_conv2/kernel [3, 3, 64, 64]
const STAGE3_DOWN_CONV2_BIAS = 98816u; // params: stage3_down_conv2/bias [64]
const STAGE3_DOWN_BN_GAMMA = 98880u; // params: stage3_down_bn/gamma [64]
const STAGE3_DOWN_BN_BETA = 98944u; // params: stage3_down_bn/beta [64]
const STAGE3_DOWN_BN_MOVING_MEAN = 99008u; // params: stage3_down_bn/moving_mean [64]
const STAGE3_DOWN_BN_MOVING_VARIANCE = 99072u; // params: stage3_down_bn/moving_variance [64]
const STAGE3_DOWN_SHORTCUT_KERNEL = 99136u; // params: stage3_down_shortcut/kernel [1, 1, 32, 64]
const STAGE3_DOWN_SHORTCUT_BIAS = 101184u; // params: stage3_down_shortcut/bias [64]
const STAGE3_CONV1_KERNEL = 101248u; // params: stage3_conv1/kernel [3, 3, 64, 64]
const STAGE3_CONV1_BIAS = 138112u; // params: stage3_conv1/bias [64]
const STAGE3_BATCHNORM1_GAMMA = 138176u; // params: stage3_batchnorm1/gamma [64]
const STAGE3_BATCHNORM1_BETA = 138240u; // params: stage3_batchnorm1/beta [64]
const STAGE3_BATCHNORM1_MOVING_MEAN = 138304u; // params: stage3_batchnorm1/moving_mean [64]
const STAGE3_BATCHNORM1_MOVING_VARIANCE = 138368u; // params: stage3_batchnorm1/moving_variance [64]
const STAGE3_CONV2_KERNEL = 138432u; // params: stage3_conv2/kernel [3, 3, 64, 64]
const STAGE3_CONV2_BIAS = 175296u; // params: stage3_conv2/bias [64]
const STAGE3_BN_GAMMA = 175360u; // params: stage3_bn/gamma [64]
const STAGE3_BN_BETA = 175424u; // params: stage3_bn/beta [64]
const STAGE3_BN_MOVING_MEAN = 175488u; // params: stage3_bn/moving_mean [64]
const STAGE3_BN_MOVING_VARIANCE = 175552u; // params: stage3_bn/moving_variance [64]
const DENSE1_KERNEL = 175616u; // params: dense1/kernel [64, 10]
const DENSE1_BIAS = 176256u; // params: dense1/bias [10]

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
  // stem.forward: z = bias + 3×3 windows of input's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
        a0[STEM_Z + out0] = acc0_0.x + params[STEM_BIAS + co];
      }
      {
        a0[STEM_Z + out1] = acc0_1.x + params[STEM_BIAS + co];
      }
      {
        a0[STEM_Z + out0 + 1] = acc0_0.y + params[STEM_BIAS + co + 1];
      }
      {
        a0[STEM_Z + out1 + 1] = acc0_1.y + params[STEM_BIAS + co + 1];
      }
      {
        a0[STEM_Z + out0 + 2] = acc0_0.z + params[STEM_BIAS + co + 2];
      }
      {
        a0[STEM_Z + out1 + 2] = acc0_1.z + params[STEM_BIAS + co + 2];
      }
      {
        a0[STEM_Z + out0 + 3] = acc0_0.w + params[STEM_BIAS + co + 3];
      }
      {
        a0[STEM_Z + out1 + 3] = acc0_1.w + params[STEM_BIAS + co + 3];
      }
      {
        a0[STEM_Z + out0 + 4] = acc1_0.x + params[STEM_BIAS + co + 4];
      }
      {
        a0[STEM_Z + out1 + 4] = acc1_1.x + params[STEM_BIAS + co + 4];
      }
      {
        a0[STEM_Z + out0 + 5] = acc1_0.y + params[STEM_BIAS + co + 5];
      }
      {
        a0[STEM_Z + out1 + 5] = acc1_1.y + params[STEM_BIAS + co + 5];
      }
      {
        a0[STEM_Z + out0 + 6] = acc1_0.z + params[STEM_BIAS + co + 6];
      }
      {
        a0[STEM_Z + out1 + 6] = acc1_1.z + params[STEM_BIAS + co + 6];
      }
      {
        a0[STEM_Z + out0 + 7] = acc1_0.w + params[STEM_BIAS + co + 7];
      }
      {
        a0[STEM_Z + out1 + 7] = acc1_1.w + params[STEM_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // batchnorm1.evaluate: stem's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 16;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let x = a0[STEM_Z + i];
      let zv = params[BATCHNORM1_BETA + c] + (x - params[BATCHNORM1_MOVING_MEAN + c]) * params[BATCHNORM1_GAMMA + c] / sqrt(params[BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a0[BATCHNORM1_Z + i] = zv;
      a0[ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage1_1_conv1.forward: z = bias + 3×3 windows of batchnorm1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = STAGE1_1_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[ACTIVATION1_Y + xi1 + ci], in1);
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
        a0[STAGE1_1_CONV1_Z + out0] = acc0_0.x + params[STAGE1_1_CONV1_BIAS + co];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1] = acc0_1.x + params[STAGE1_1_CONV1_BIAS + co];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 1] = acc0_0.y + params[STAGE1_1_CONV1_BIAS + co + 1];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 1] = acc0_1.y + params[STAGE1_1_CONV1_BIAS + co + 1];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 2] = acc0_0.z + params[STAGE1_1_CONV1_BIAS + co + 2];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 2] = acc0_1.z + params[STAGE1_1_CONV1_BIAS + co + 2];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 3] = acc0_0.w + params[STAGE1_1_CONV1_BIAS + co + 3];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 3] = acc0_1.w + params[STAGE1_1_CONV1_BIAS + co + 3];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 4] = acc1_0.x + params[STAGE1_1_CONV1_BIAS + co + 4];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 4] = acc1_1.x + params[STAGE1_1_CONV1_BIAS + co + 4];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 5] = acc1_0.y + params[STAGE1_1_CONV1_BIAS + co + 5];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 5] = acc1_1.y + params[STAGE1_1_CONV1_BIAS + co + 5];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 6] = acc1_0.z + params[STAGE1_1_CONV1_BIAS + co + 6];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 6] = acc1_1.z + params[STAGE1_1_CONV1_BIAS + co + 6];
      }
      {
        a0[STAGE1_1_CONV1_Z + out0 + 7] = acc1_0.w + params[STAGE1_1_CONV1_BIAS + co + 7];
      }
      {
        a0[STAGE1_1_CONV1_Z + out1 + 7] = acc1_1.w + params[STAGE1_1_CONV1_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage1_1_batchnorm1.evaluate: stage1_1_conv1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 16;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let x = a0[STAGE1_1_CONV1_Z + i];
      let zv = params[STAGE1_1_BATCHNORM1_BETA + c] + (x - params[STAGE1_1_BATCHNORM1_MOVING_MEAN + c]) * params[STAGE1_1_BATCHNORM1_GAMMA + c] / sqrt(params[STAGE1_1_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a0[STAGE1_1_BATCHNORM1_Z + i] = zv;
      a0[STAGE1_1_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage1_1_conv2.forward: z = bias + 3×3 windows of stage1_1_batchnorm1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = STAGE1_1_CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[STAGE1_1_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[STAGE1_1_ACTIVATION1_Y + xi1 + ci], in1);
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
        a0[STAGE1_1_CONV2_Z + out0] = acc0_0.x + params[STAGE1_1_CONV2_BIAS + co];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1] = acc0_1.x + params[STAGE1_1_CONV2_BIAS + co];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 1] = acc0_0.y + params[STAGE1_1_CONV2_BIAS + co + 1];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 1] = acc0_1.y + params[STAGE1_1_CONV2_BIAS + co + 1];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 2] = acc0_0.z + params[STAGE1_1_CONV2_BIAS + co + 2];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 2] = acc0_1.z + params[STAGE1_1_CONV2_BIAS + co + 2];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 3] = acc0_0.w + params[STAGE1_1_CONV2_BIAS + co + 3];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 3] = acc0_1.w + params[STAGE1_1_CONV2_BIAS + co + 3];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 4] = acc1_0.x + params[STAGE1_1_CONV2_BIAS + co + 4];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 4] = acc1_1.x + params[STAGE1_1_CONV2_BIAS + co + 4];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 5] = acc1_0.y + params[STAGE1_1_CONV2_BIAS + co + 5];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 5] = acc1_1.y + params[STAGE1_1_CONV2_BIAS + co + 5];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 6] = acc1_0.z + params[STAGE1_1_CONV2_BIAS + co + 6];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 6] = acc1_1.z + params[STAGE1_1_CONV2_BIAS + co + 6];
      }
      {
        a0[STAGE1_1_CONV2_Z + out0 + 7] = acc1_0.w + params[STAGE1_1_CONV2_BIAS + co + 7];
      }
      {
        a0[STAGE1_1_CONV2_Z + out1 + 7] = acc1_1.w + params[STAGE1_1_CONV2_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage1_1_bn.evaluate: stage1_1_conv2's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 16;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let x = a0[STAGE1_1_CONV2_Z + i];
      a0[STAGE1_1_BN_Z + i] = params[STAGE1_1_BN_BETA + c] + (x - params[STAGE1_1_BN_MOVING_MEAN + c]) * params[STAGE1_1_BN_GAMMA + c] / sqrt(params[STAGE1_1_BN_MOVING_VARIANCE + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // stage1_1_add1.forward: z, and y = relu(z), = stage1_1_bn + batchnorm1; an item per element
  {
    const ITEMS = 12544;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let zv = a0[STAGE1_1_BN_Z + i] + a0[ACTIVATION1_Y + i];
      a0[STAGE1_1_ADD1_Z + i] = zv;
      a0[STAGE1_1_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage1_2_conv1.forward: z = bias + 3×3 windows of stage1_1_add1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = STAGE1_2_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[STAGE1_1_ADD1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[STAGE1_1_ADD1_Y + xi1 + ci], in1);
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
        a0[STAGE1_2_CONV1_Z + out0] = acc0_0.x + params[STAGE1_2_CONV1_BIAS + co];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1] = acc0_1.x + params[STAGE1_2_CONV1_BIAS + co];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 1] = acc0_0.y + params[STAGE1_2_CONV1_BIAS + co + 1];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 1] = acc0_1.y + params[STAGE1_2_CONV1_BIAS + co + 1];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 2] = acc0_0.z + params[STAGE1_2_CONV1_BIAS + co + 2];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 2] = acc0_1.z + params[STAGE1_2_CONV1_BIAS + co + 2];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 3] = acc0_0.w + params[STAGE1_2_CONV1_BIAS + co + 3];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 3] = acc0_1.w + params[STAGE1_2_CONV1_BIAS + co + 3];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 4] = acc1_0.x + params[STAGE1_2_CONV1_BIAS + co + 4];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 4] = acc1_1.x + params[STAGE1_2_CONV1_BIAS + co + 4];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 5] = acc1_0.y + params[STAGE1_2_CONV1_BIAS + co + 5];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 5] = acc1_1.y + params[STAGE1_2_CONV1_BIAS + co + 5];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 6] = acc1_0.z + params[STAGE1_2_CONV1_BIAS + co + 6];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 6] = acc1_1.z + params[STAGE1_2_CONV1_BIAS + co + 6];
      }
      {
        a0[STAGE1_2_CONV1_Z + out0 + 7] = acc1_0.w + params[STAGE1_2_CONV1_BIAS + co + 7];
      }
      {
        a0[STAGE1_2_CONV1_Z + out1 + 7] = acc1_1.w + params[STAGE1_2_CONV1_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage1_2_batchnorm1.evaluate: stage1_2_conv1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 16;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let x = a0[STAGE1_2_CONV1_Z + i];
      let zv = params[STAGE1_2_BATCHNORM1_BETA + c] + (x - params[STAGE1_2_BATCHNORM1_MOVING_MEAN + c]) * params[STAGE1_2_BATCHNORM1_GAMMA + c] / sqrt(params[STAGE1_2_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a0[STAGE1_2_BATCHNORM1_Z + i] = zv;
      a0[STAGE1_2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage1_2_conv2.forward: z = bias + 3×3 windows of stage1_2_batchnorm1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = STAGE1_2_CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[STAGE1_2_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[STAGE1_2_ACTIVATION1_Y + xi1 + ci], in1);
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
        a0[STAGE1_2_CONV2_Z + out0] = acc0_0.x + params[STAGE1_2_CONV2_BIAS + co];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1] = acc0_1.x + params[STAGE1_2_CONV2_BIAS + co];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 1] = acc0_0.y + params[STAGE1_2_CONV2_BIAS + co + 1];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 1] = acc0_1.y + params[STAGE1_2_CONV2_BIAS + co + 1];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 2] = acc0_0.z + params[STAGE1_2_CONV2_BIAS + co + 2];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 2] = acc0_1.z + params[STAGE1_2_CONV2_BIAS + co + 2];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 3] = acc0_0.w + params[STAGE1_2_CONV2_BIAS + co + 3];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 3] = acc0_1.w + params[STAGE1_2_CONV2_BIAS + co + 3];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 4] = acc1_0.x + params[STAGE1_2_CONV2_BIAS + co + 4];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 4] = acc1_1.x + params[STAGE1_2_CONV2_BIAS + co + 4];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 5] = acc1_0.y + params[STAGE1_2_CONV2_BIAS + co + 5];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 5] = acc1_1.y + params[STAGE1_2_CONV2_BIAS + co + 5];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 6] = acc1_0.z + params[STAGE1_2_CONV2_BIAS + co + 6];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 6] = acc1_1.z + params[STAGE1_2_CONV2_BIAS + co + 6];
      }
      {
        a0[STAGE1_2_CONV2_Z + out0 + 7] = acc1_0.w + params[STAGE1_2_CONV2_BIAS + co + 7];
      }
      {
        a0[STAGE1_2_CONV2_Z + out1 + 7] = acc1_1.w + params[STAGE1_2_CONV2_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage1_2_bn.evaluate: stage1_2_conv2's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 12544;
    const CHANNELS = 16;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let c = e % CHANNELS;
      let x = a0[STAGE1_2_CONV2_Z + i];
      a0[STAGE1_2_BN_Z + i] = params[STAGE1_2_BN_BETA + c] + (x - params[STAGE1_2_BN_MOVING_MEAN + c]) * params[STAGE1_2_BN_GAMMA + c] / sqrt(params[STAGE1_2_BN_MOVING_VARIANCE + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // stage1_2_add1.forward: z, and y = relu(z), = stage1_2_bn + stage1_1_add1; an item per element
  {
    const ITEMS = 12544;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 12544 + e;
      let zv = a0[STAGE1_2_BN_Z + i] + a0[STAGE1_1_ADD1_Y + i];
      a0[STAGE1_2_ADD1_Z + i] = zv;
      a0[STAGE1_2_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage2_down_conv1.forward: z = bias + 3×3 windows of stage1_2_add1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
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
        let iy = i32(oy) * STRIDE_H + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) * STRIDE_W + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 2 >= 0 && ix + 2 < IN_W;
            let xi1 = (row + u32(clamp(ix + 2, 0, IN_W - 1))) * IN_C;
            var wi = STAGE2_DOWN_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[STAGE1_2_ADD1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[STAGE1_2_ADD1_Y + xi1 + ci], in1);
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
        a0[STAGE2_DOWN_CONV1_Z + out0] = acc0_0.x + params[STAGE2_DOWN_CONV1_BIAS + co];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1] = acc0_1.x + params[STAGE2_DOWN_CONV1_BIAS + co];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 1] = acc0_0.y + params[STAGE2_DOWN_CONV1_BIAS + co + 1];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 1] = acc0_1.y + params[STAGE2_DOWN_CONV1_BIAS + co + 1];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 2] = acc0_0.z + params[STAGE2_DOWN_CONV1_BIAS + co + 2];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 2] = acc0_1.z + params[STAGE2_DOWN_CONV1_BIAS + co + 2];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 3] = acc0_0.w + params[STAGE2_DOWN_CONV1_BIAS + co + 3];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 3] = acc0_1.w + params[STAGE2_DOWN_CONV1_BIAS + co + 3];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 4] = acc1_0.x + params[STAGE2_DOWN_CONV1_BIAS + co + 4];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 4] = acc1_1.x + params[STAGE2_DOWN_CONV1_BIAS + co + 4];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 5] = acc1_0.y + params[STAGE2_DOWN_CONV1_BIAS + co + 5];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 5] = acc1_1.y + params[STAGE2_DOWN_CONV1_BIAS + co + 5];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 6] = acc1_0.z + params[STAGE2_DOWN_CONV1_BIAS + co + 6];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 6] = acc1_1.z + params[STAGE2_DOWN_CONV1_BIAS + co + 6];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out0 + 7] = acc1_0.w + params[STAGE2_DOWN_CONV1_BIAS + co + 7];
      }
      {
        a0[STAGE2_DOWN_CONV1_Z + out1 + 7] = acc1_1.w + params[STAGE2_DOWN_CONV1_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage2_down_batchnorm1.evaluate: stage2_down_conv1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let x = a0[STAGE2_DOWN_CONV1_Z + i];
      let zv = params[STAGE2_DOWN_BATCHNORM1_BETA + c] + (x - params[STAGE2_DOWN_BATCHNORM1_MOVING_MEAN + c]) * params[STAGE2_DOWN_BATCHNORM1_GAMMA + c] / sqrt(params[STAGE2_DOWN_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a0[STAGE2_DOWN_BATCHNORM1_Z + i] = zv;
      a0[STAGE2_DOWN_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage2_down_conv2.forward: z = bias + 3×3 windows of stage2_down_batchnorm1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
            var wi = STAGE2_DOWN_CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[STAGE2_DOWN_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[STAGE2_DOWN_ACTIVATION1_Y + xi1 + ci], in1);
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
        a0[STAGE2_DOWN_CONV2_Z + out0] = acc0_0.x + params[STAGE2_DOWN_CONV2_BIAS + co];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1] = acc0_1.x + params[STAGE2_DOWN_CONV2_BIAS + co];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 1] = acc0_0.y + params[STAGE2_DOWN_CONV2_BIAS + co + 1];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 1] = acc0_1.y + params[STAGE2_DOWN_CONV2_BIAS + co + 1];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 2] = acc0_0.z + params[STAGE2_DOWN_CONV2_BIAS + co + 2];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 2] = acc0_1.z + params[STAGE2_DOWN_CONV2_BIAS + co + 2];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 3] = acc0_0.w + params[STAGE2_DOWN_CONV2_BIAS + co + 3];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 3] = acc0_1.w + params[STAGE2_DOWN_CONV2_BIAS + co + 3];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 4] = acc1_0.x + params[STAGE2_DOWN_CONV2_BIAS + co + 4];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 4] = acc1_1.x + params[STAGE2_DOWN_CONV2_BIAS + co + 4];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 5] = acc1_0.y + params[STAGE2_DOWN_CONV2_BIAS + co + 5];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 5] = acc1_1.y + params[STAGE2_DOWN_CONV2_BIAS + co + 5];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 6] = acc1_0.z + params[STAGE2_DOWN_CONV2_BIAS + co + 6];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 6] = acc1_1.z + params[STAGE2_DOWN_CONV2_BIAS + co + 6];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out0 + 7] = acc1_0.w + params[STAGE2_DOWN_CONV2_BIAS + co + 7];
      }
      {
        a0[STAGE2_DOWN_CONV2_Z + out1 + 7] = acc1_1.w + params[STAGE2_DOWN_CONV2_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage2_down_bn.evaluate: stage2_down_conv2's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let x = a0[STAGE2_DOWN_CONV2_Z + i];
      a0[STAGE2_DOWN_BN_Z + i] = params[STAGE2_DOWN_BN_BETA + c] + (x - params[STAGE2_DOWN_BN_MOVING_MEAN + c]) * params[STAGE2_DOWN_BN_GAMMA + c] / sqrt(params[STAGE2_DOWN_BN_MOVING_VARIANCE + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // stage2_down_shortcut.forward: z = bias + 1×1 windows of stage1_2_add1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 16;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
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
      let iy = i32(oy) * STRIDE_H;
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox) * STRIDE_W;
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 2)) * IN_C;
      var wi = STAGE2_DOWN_SHORTCUT_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[STAGE1_2_ADD1_Y + xi0 + ci];
        let x1 = a0[STAGE1_2_ADD1_Y + xi1 + ci];
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
        a0[STAGE2_DOWN_SHORTCUT_Z + out0] = acc0_0.x + params[STAGE2_DOWN_SHORTCUT_BIAS + co];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1] = acc0_1.x + params[STAGE2_DOWN_SHORTCUT_BIAS + co];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 1] = acc0_0.y + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 1];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 1] = acc0_1.y + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 1];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 2] = acc0_0.z + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 2];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 2] = acc0_1.z + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 2];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 3] = acc0_0.w + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 3];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 3] = acc0_1.w + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 3];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 4] = acc1_0.x + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 4];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 4] = acc1_1.x + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 4];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 5] = acc1_0.y + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 5];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 5] = acc1_1.y + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 5];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 6] = acc1_0.z + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 6];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 6] = acc1_1.z + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 6];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out0 + 7] = acc1_0.w + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 7];
      }
      {
        a0[STAGE2_DOWN_SHORTCUT_Z + out1 + 7] = acc1_1.w + params[STAGE2_DOWN_SHORTCUT_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage2_down_add1.forward: z, and y = relu(z), = stage2_down_bn + stage2_down_shortcut; an item per element
  {
    const ITEMS = 6272;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let zv = a0[STAGE2_DOWN_BN_Z + i] + a0[STAGE2_DOWN_SHORTCUT_Z + i];
      a0[STAGE2_DOWN_ADD1_Z + i] = zv;
      a1[STAGE2_DOWN_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage2_conv1.forward: z = bias + 3×3 windows of stage2_down_add1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
            var wi = STAGE2_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[STAGE2_DOWN_ADD1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a1[STAGE2_DOWN_ADD1_Y + xi1 + ci], in1);
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
        a1[STAGE2_CONV1_Z + out0] = acc0_0.x + params[STAGE2_CONV1_BIAS + co];
      }
      {
        a1[STAGE2_CONV1_Z + out1] = acc0_1.x + params[STAGE2_CONV1_BIAS + co];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 1] = acc0_0.y + params[STAGE2_CONV1_BIAS + co + 1];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 1] = acc0_1.y + params[STAGE2_CONV1_BIAS + co + 1];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 2] = acc0_0.z + params[STAGE2_CONV1_BIAS + co + 2];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 2] = acc0_1.z + params[STAGE2_CONV1_BIAS + co + 2];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 3] = acc0_0.w + params[STAGE2_CONV1_BIAS + co + 3];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 3] = acc0_1.w + params[STAGE2_CONV1_BIAS + co + 3];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 4] = acc1_0.x + params[STAGE2_CONV1_BIAS + co + 4];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 4] = acc1_1.x + params[STAGE2_CONV1_BIAS + co + 4];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 5] = acc1_0.y + params[STAGE2_CONV1_BIAS + co + 5];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 5] = acc1_1.y + params[STAGE2_CONV1_BIAS + co + 5];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 6] = acc1_0.z + params[STAGE2_CONV1_BIAS + co + 6];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 6] = acc1_1.z + params[STAGE2_CONV1_BIAS + co + 6];
      }
      {
        a1[STAGE2_CONV1_Z + out0 + 7] = acc1_0.w + params[STAGE2_CONV1_BIAS + co + 7];
      }
      {
        a1[STAGE2_CONV1_Z + out1 + 7] = acc1_1.w + params[STAGE2_CONV1_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage2_batchnorm1.evaluate: stage2_conv1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let x = a1[STAGE2_CONV1_Z + i];
      let zv = params[STAGE2_BATCHNORM1_BETA + c] + (x - params[STAGE2_BATCHNORM1_MOVING_MEAN + c]) * params[STAGE2_BATCHNORM1_GAMMA + c] / sqrt(params[STAGE2_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a1[STAGE2_BATCHNORM1_Z + i] = zv;
      a1[STAGE2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage2_conv2.forward: z = bias + 3×3 windows of stage2_batchnorm1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
            var wi = STAGE2_CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[STAGE2_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a1[STAGE2_ACTIVATION1_Y + xi1 + ci], in1);
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
        a1[STAGE2_CONV2_Z + out0] = acc0_0.x + params[STAGE2_CONV2_BIAS + co];
      }
      {
        a1[STAGE2_CONV2_Z + out1] = acc0_1.x + params[STAGE2_CONV2_BIAS + co];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 1] = acc0_0.y + params[STAGE2_CONV2_BIAS + co + 1];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 1] = acc0_1.y + params[STAGE2_CONV2_BIAS + co + 1];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 2] = acc0_0.z + params[STAGE2_CONV2_BIAS + co + 2];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 2] = acc0_1.z + params[STAGE2_CONV2_BIAS + co + 2];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 3] = acc0_0.w + params[STAGE2_CONV2_BIAS + co + 3];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 3] = acc0_1.w + params[STAGE2_CONV2_BIAS + co + 3];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 4] = acc1_0.x + params[STAGE2_CONV2_BIAS + co + 4];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 4] = acc1_1.x + params[STAGE2_CONV2_BIAS + co + 4];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 5] = acc1_0.y + params[STAGE2_CONV2_BIAS + co + 5];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 5] = acc1_1.y + params[STAGE2_CONV2_BIAS + co + 5];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 6] = acc1_0.z + params[STAGE2_CONV2_BIAS + co + 6];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 6] = acc1_1.z + params[STAGE2_CONV2_BIAS + co + 6];
      }
      {
        a1[STAGE2_CONV2_Z + out0 + 7] = acc1_0.w + params[STAGE2_CONV2_BIAS + co + 7];
      }
      {
        a1[STAGE2_CONV2_Z + out1 + 7] = acc1_1.w + params[STAGE2_CONV2_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage2_bn.evaluate: stage2_conv2's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 6272;
    const CHANNELS = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let c = e % CHANNELS;
      let x = a1[STAGE2_CONV2_Z + i];
      a1[STAGE2_BN_Z + i] = params[STAGE2_BN_BETA + c] + (x - params[STAGE2_BN_MOVING_MEAN + c]) * params[STAGE2_BN_GAMMA + c] / sqrt(params[STAGE2_BN_MOVING_VARIANCE + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // stage2_add1.forward: z, and y = relu(z), = stage2_bn + stage2_down_add1; an item per element
  {
    const ITEMS = 6272;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 6272 + e;
      let zv = a1[STAGE2_BN_Z + i] + a1[STAGE2_DOWN_ADD1_Y + i];
      a1[STAGE2_ADD1_Z + i] = zv;
      a1[STAGE2_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage3_down_conv1.forward: z = bias + 3×3 windows of stage2_add1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
            var wi = STAGE3_DOWN_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[STAGE2_ADD1_Y + xi0 + ci], in0);
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
        a1[STAGE3_DOWN_CONV1_Z + out0] = acc0_0.x + params[STAGE3_DOWN_CONV1_BIAS + co];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 1] = acc0_0.y + params[STAGE3_DOWN_CONV1_BIAS + co + 1];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 2] = acc0_0.z + params[STAGE3_DOWN_CONV1_BIAS + co + 2];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 3] = acc0_0.w + params[STAGE3_DOWN_CONV1_BIAS + co + 3];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 4] = acc1_0.x + params[STAGE3_DOWN_CONV1_BIAS + co + 4];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 5] = acc1_0.y + params[STAGE3_DOWN_CONV1_BIAS + co + 5];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 6] = acc1_0.z + params[STAGE3_DOWN_CONV1_BIAS + co + 6];
      }
      {
        a1[STAGE3_DOWN_CONV1_Z + out0 + 7] = acc1_0.w + params[STAGE3_DOWN_CONV1_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage3_down_batchnorm1.evaluate: stage3_down_conv1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a1[STAGE3_DOWN_CONV1_Z + i];
      let zv = params[STAGE3_DOWN_BATCHNORM1_BETA + c] + (x - params[STAGE3_DOWN_BATCHNORM1_MOVING_MEAN + c]) * params[STAGE3_DOWN_BATCHNORM1_GAMMA + c] / sqrt(params[STAGE3_DOWN_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a1[STAGE3_DOWN_BATCHNORM1_Z + i] = zv;
      a1[STAGE3_DOWN_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage3_down_conv2.forward: z = bias + 3×3 windows of stage3_down_batchnorm1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
            var wi = STAGE3_DOWN_CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[STAGE3_DOWN_ACTIVATION1_Y + xi0 + ci], in0);
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
        a1[STAGE3_DOWN_CONV2_Z + out0] = acc0_0.x + params[STAGE3_DOWN_CONV2_BIAS + co];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 1] = acc0_0.y + params[STAGE3_DOWN_CONV2_BIAS + co + 1];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 2] = acc0_0.z + params[STAGE3_DOWN_CONV2_BIAS + co + 2];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 3] = acc0_0.w + params[STAGE3_DOWN_CONV2_BIAS + co + 3];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 4] = acc1_0.x + params[STAGE3_DOWN_CONV2_BIAS + co + 4];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 5] = acc1_0.y + params[STAGE3_DOWN_CONV2_BIAS + co + 5];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 6] = acc1_0.z + params[STAGE3_DOWN_CONV2_BIAS + co + 6];
      }
      {
        a1[STAGE3_DOWN_CONV2_Z + out0 + 7] = acc1_0.w + params[STAGE3_DOWN_CONV2_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage3_down_bn.evaluate: stage3_down_conv2's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a1[STAGE3_DOWN_CONV2_Z + i];
      a1[STAGE3_DOWN_BN_Z + i] = params[STAGE3_DOWN_BN_BETA + c] + (x - params[STAGE3_DOWN_BN_MOVING_MEAN + c]) * params[STAGE3_DOWN_BN_GAMMA + c] / sqrt(params[STAGE3_DOWN_BN_MOVING_VARIANCE + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // stage3_down_shortcut.forward: z = bias + 1×1 windows of stage2_add1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
      var wi = STAGE3_DOWN_SHORTCUT_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a1[STAGE2_ADD1_Y + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0] = acc0_0.x + params[STAGE3_DOWN_SHORTCUT_BIAS + co];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 1] = acc0_0.y + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 1];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 2] = acc0_0.z + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 2];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 3] = acc0_0.w + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 3];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 4] = acc1_0.x + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 4];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 5] = acc1_0.y + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 5];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 6] = acc1_0.z + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 6];
      }
      {
        a1[STAGE3_DOWN_SHORTCUT_Z + out0 + 7] = acc1_0.w + params[STAGE3_DOWN_SHORTCUT_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage3_down_add1.forward: z, and y = relu(z), = stage3_down_bn + stage3_down_shortcut; an item per element
  {
    const ITEMS = 3136;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let zv = a1[STAGE3_DOWN_BN_Z + i] + a1[STAGE3_DOWN_SHORTCUT_Z + i];
      a1[STAGE3_DOWN_ADD1_Z + i] = zv;
      a1[STAGE3_DOWN_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage3_conv1.forward: z = bias + 3×3 windows of stage3_down_add1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
            var wi = STAGE3_CONV1_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[STAGE3_DOWN_ADD1_Y + xi0 + ci], in0);
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
        a1[STAGE3_CONV1_Z + out0] = acc0_0.x + params[STAGE3_CONV1_BIAS + co];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 1] = acc0_0.y + params[STAGE3_CONV1_BIAS + co + 1];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 2] = acc0_0.z + params[STAGE3_CONV1_BIAS + co + 2];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 3] = acc0_0.w + params[STAGE3_CONV1_BIAS + co + 3];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 4] = acc1_0.x + params[STAGE3_CONV1_BIAS + co + 4];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 5] = acc1_0.y + params[STAGE3_CONV1_BIAS + co + 5];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 6] = acc1_0.z + params[STAGE3_CONV1_BIAS + co + 6];
      }
      {
        a1[STAGE3_CONV1_Z + out0 + 7] = acc1_0.w + params[STAGE3_CONV1_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage3_batchnorm1.evaluate: stage3_conv1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a1[STAGE3_CONV1_Z + i];
      let zv = params[STAGE3_BATCHNORM1_BETA + c] + (x - params[STAGE3_BATCHNORM1_MOVING_MEAN + c]) * params[STAGE3_BATCHNORM1_GAMMA + c] / sqrt(params[STAGE3_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a1[STAGE3_BATCHNORM1_Z + i] = zv;
      a1[STAGE3_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // stage3_conv2.forward: z = bias + 3×3 windows of stage3_batchnorm1's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
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
            var wi = STAGE3_CONV2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[STAGE3_ACTIVATION1_Y + xi0 + ci], in0);
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
        a1[STAGE3_CONV2_Z + out0] = acc0_0.x + params[STAGE3_CONV2_BIAS + co];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 1] = acc0_0.y + params[STAGE3_CONV2_BIAS + co + 1];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 2] = acc0_0.z + params[STAGE3_CONV2_BIAS + co + 2];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 3] = acc0_0.w + params[STAGE3_CONV2_BIAS + co + 3];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 4] = acc1_0.x + params[STAGE3_CONV2_BIAS + co + 4];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 5] = acc1_0.y + params[STAGE3_CONV2_BIAS + co + 5];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 6] = acc1_0.z + params[STAGE3_CONV2_BIAS + co + 6];
      }
      {
        a1[STAGE3_CONV2_Z + out0 + 7] = acc1_0.w + params[STAGE3_CONV2_BIAS + co + 7];
      }
    }
  }
  storageBarrier();
  // stage3_bn.evaluate: stage3_conv2's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3136;
    const CHANNELS = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let c = e % CHANNELS;
      let x = a1[STAGE3_CONV2_Z + i];
      a1[STAGE3_BN_Z + i] = params[STAGE3_BN_BETA + c] + (x - params[STAGE3_BN_MOVING_MEAN + c]) * params[STAGE3_BN_GAMMA + c] / sqrt(params[STAGE3_BN_MOVING_VARIANCE + c] + 0.0010000000474974513);
    }
  }
  storageBarrier();
  // stage3_add1.forward: z, and y = relu(z), = stage3_bn + stage3_down_add1; an item per element
  {
    const ITEMS = 3136;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3136 + e;
      let zv = a1[STAGE3_BN_Z + i] + a1[STAGE3_DOWN_ADD1_Y + i];
      a1[STAGE3_ADD1_Z + i] = zv;
      a1[STAGE3_ADD1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // pool1.forward: global avg pooling of stage3_add1's output; an item per output element
  {
    const ITEMS = 64;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 64;
    const OUT_C = 64;
    const WINDOW_H = 7;
    const WINDOW_W = 7;
    if (t < ITEMS) {
      let e = t;
      let c = e % OUT_C;
      var acc = 0.0;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let v = a1[STAGE3_ADD1_Y + ((b * IN_H + u32(ky)) * IN_W + u32(kx)) * IN_C + c];
          acc = acc + v;
        }
      }
      a1[POOL1_Z + b * 64 + e] = acc / 49.0;
    }
  }
  storageBarrier();
  // dense1.forward: z = pool1's output · kernel + bias; an item per 2 units
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
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a1[POOL1_Z + b * IN_UNITS + k];
        acc0 = acc0 + xv * params[wi];
        acc1 = acc1 + xv * params[wi + 1];
        wi = wi + OUT_UNITS;
      }
      {
        a1[DENSE1_Z + b * OUT_UNITS + o] = acc0 + params[DENSE1_BIAS + o];
      }
      {
        a1[DENSE1_Z + b * OUT_UNITS + o + 1] = acc1 + params[DENSE1_BIAS + o + 1];
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
      var top = a1[DENSE1_Z + base];
      for (var j = 1u; j < CLASSES; j++) { top = max(top, a1[DENSE1_Z + base + j]); }
      var total = 0.0;
      for (var j = 0u; j < CLASSES; j++) { total = total + exp(a1[DENSE1_Z + base + j] - top); }
      let lse = top + log(total);
      let loss = select(0.0, lse - a1[DENSE1_Z + base + min(label, CLASSES - 1)], valid);
      var best = 0u;
      for (var j = 1u; j < CLASSES; j++) { if (a1[DENSE1_Z + base + j] > a1[DENSE1_Z + base + best]) { best = j; } }
      results[(step.row + b) * 2u] = loss;
      results[(step.row + b) * 2u + 1u] = f32(best);
    }
  }
}
