// lenetc training program for googlenet
// a stem, three Inception blocks (4 branches each, concatenated), max pooling, global average pooling, dense 10
//
// Compiled for batch 128, 10 classes, storage bindings of at most 128.0 MiB (WebGPU's default maxStorageBufferBindingSize, which every adapter allows).
// A device with other limits lays it out again: `train --backend webgpu` compiles for its adapter.
//
// Buffers:
//   a0 (arena0): 32682240 floats (124.7 MiB)
//   a1 (arena1): 22961630 floats (87.6 MiB)
//   params: 60766 floats (every weight and moving statistic); state: 1 × 60766 floats (momentum)
//
// Tensors (offsets in floats; per-example tensors repeat for each example of the batch):
//   INPUT_Y                  a0 @ 0         784 per example: the batch's images, scaled to [0, 1] and augmented
//   STEM_Z                   a0 @ 100352    25088 per example: stem's output before its relu
//   STEM_Y                   a0 @ 3311616   25088 per example: stem's output: relu(z)
//   POOL1_Z                  a0 @ 6522880   6272 per example: pool1's output
//   INCEPTION1_P1_Z          a0 @ 7325696   3136 per example: inception1_p1's output before its relu
//   INCEPTION1_P1_Y          a0 @ 7727104   3136 per example: inception1_p1's output: relu(z)
//   INCEPTION1_P2A_Z         a0 @ 8128512   3136 per example: inception1_p2a's output before its relu
//   INCEPTION1_P2A_Y         a0 @ 8529920   3136 per example: inception1_p2a's output: relu(z)
//   INCEPTION1_P2_Z          a0 @ 8931328   6272 per example: inception1_p2's output before its relu
//   INCEPTION1_P2_Y          a0 @ 9734144   6272 per example: inception1_p2's output: relu(z)
//   INCEPTION1_P3A_Z         a0 @ 10536960  1568 per example: inception1_p3a's output before its relu
//   INCEPTION1_P3A_Y         a0 @ 10737664  1568 per example: inception1_p3a's output: relu(z)
//   INCEPTION1_P3_Z          a0 @ 10938368  3136 per example: inception1_p3's output before its relu
//   INCEPTION1_P3_Y          a0 @ 11339776  3136 per example: inception1_p3's output: relu(z)
//   INCEPTION1_P4A_Z         a0 @ 11741184  6272 per example: inception1_p4a's output
//   INCEPTION1_P4_Z          a0 @ 12544000  3136 per example: inception1_p4's output before its relu
//   INCEPTION1_P4_Y          a0 @ 12945408  3136 per example: inception1_p4's output: relu(z)
//   INCEPTION1_CONCAT1_Z     a0 @ 13346816  15680 per example: inception1_concat1's output
//   INCEPTION2_P1_Z          a0 @ 15353856  6272 per example: inception2_p1's output before its relu
//   INCEPTION2_P1_Y          a0 @ 16156672  6272 per example: inception2_p1's output: relu(z)
//   INCEPTION2_P2A_Z         a0 @ 16959488  6272 per example: inception2_p2a's output before its relu
//   INCEPTION2_P2A_Y         a0 @ 17762304  6272 per example: inception2_p2a's output: relu(z)
//   INCEPTION2_P2_Z          a0 @ 18565120  9408 per example: inception2_p2's output before its relu
//   INCEPTION2_P2_Y          a0 @ 19769344  9408 per example: inception2_p2's output: relu(z)
//   INCEPTION2_P3A_Z         a0 @ 20973568  1568 per example: inception2_p3a's output before its relu
//   INCEPTION2_P3A_Y         a0 @ 21174272  1568 per example: inception2_p3a's output: relu(z)
//   INCEPTION2_P3_Z          a0 @ 21374976  4704 per example: inception2_p3's output before its relu
//   INCEPTION2_P3_Y          a0 @ 21977088  4704 per example: inception2_p3's output: relu(z)
//   INCEPTION2_P4A_Z         a0 @ 22579200  15680 per example: inception2_p4a's output
//   INCEPTION2_P4_Z          a0 @ 24586240  3136 per example: inception2_p4's output before its relu
//   INCEPTION2_P4_Y          a0 @ 24987648  3136 per example: inception2_p4's output: relu(z)
//   INCEPTION2_CONCAT1_Z     a0 @ 25389056  23520 per example: inception2_concat1's output
//   POOL2_Z                  a0 @ 28399616  5880 per example: pool2's output
//   INCEPTION3_P1_Z          a0 @ 29152256  2352 per example: inception3_p1's output before its relu
//   INCEPTION3_P1_Y          a0 @ 29453312  2352 per example: inception3_p1's output: relu(z)
//   INCEPTION3_P2A_Z         a0 @ 29754368  1176 per example: inception3_p2a's output before its relu
//   INCEPTION3_P2A_Y         a0 @ 29904896  1176 per example: inception3_p2a's output: relu(z)
//   INCEPTION3_P2_Z          a0 @ 30055424  2548 per example: inception3_p2's output before its relu
//   INCEPTION3_P2_Y          a0 @ 30381568  2548 per example: inception3_p2's output: relu(z)
//   INCEPTION3_P3A_Z         a0 @ 30707712  196 per example: inception3_p3a's output before its relu
//   INCEPTION3_P3A_Y         a0 @ 30732800  196 per example: inception3_p3a's output: relu(z)
//   INCEPTION3_P3_Z          a0 @ 30757888  588 per example: inception3_p3's output before its relu
//   INCEPTION3_P3_Y          a0 @ 30833152  588 per example: inception3_p3's output: relu(z)
//   INCEPTION3_P4A_Z         a0 @ 30908416  5880 per example: inception3_p4a's output
//   INCEPTION3_P4_Z          a0 @ 31661056  784 per example: inception3_p4's output before its relu
//   INCEPTION3_P4_Y          a0 @ 31761408  784 per example: inception3_p4's output: relu(z)
//   INCEPTION3_CONCAT1_Z     a0 @ 31861760  6272 per example: inception3_concat1's output
//   POOL3_Z                  a0 @ 32664576  128 per example: pool3's output
//   DENSE1_Z                 a0 @ 32680960  10 per example: dense1's output
//   STEM_DZ                  a1 @ 0         25088 per example: the loss's gradient with respect to stem's output before its relu
//   POOL1_DZ                 a1 @ 3211264   6272 per example: the loss's gradient with respect to pool1's output
//   INCEPTION1_P1_DZ         a1 @ 4014080   3136 per example: the loss's gradient with respect to inception1_p1's output before its relu
//   INCEPTION1_P2A_DZ        a1 @ 4415488   3136 per example: the loss's gradient with respect to inception1_p2a's output before its relu
//   INCEPTION1_P2_DZ         a1 @ 4816896   6272 per example: the loss's gradient with respect to inception1_p2's output before its relu
//   INCEPTION1_P3A_DZ        a1 @ 5619712   1568 per example: the loss's gradient with respect to inception1_p3a's output before its relu
//   INCEPTION1_P3_DZ         a1 @ 5820416   3136 per example: the loss's gradient with respect to inception1_p3's output before its relu
//   INCEPTION1_P4A_DZ        a1 @ 6221824   6272 per example: the loss's gradient with respect to inception1_p4a's output
//   INCEPTION1_P4_DZ         a1 @ 7024640   3136 per example: the loss's gradient with respect to inception1_p4's output before its relu
//   INCEPTION1_CONCAT1_DZ    a1 @ 7426048   15680 per example: the loss's gradient with respect to inception1_concat1's output
//   INCEPTION2_P1_DZ         a1 @ 9433088   6272 per example: the loss's gradient with respect to inception2_p1's output before its relu
//   INCEPTION2_P2A_DZ        a1 @ 10235904  6272 per example: the loss's gradient with respect to inception2_p2a's output before its relu
//   INCEPTION2_P2_DZ         a1 @ 11038720  9408 per example: the loss's gradient with respect to inception2_p2's output before its relu
//   INCEPTION2_P3A_DZ        a1 @ 12242944  1568 per example: the loss's gradient with respect to inception2_p3a's output before its relu
//   INCEPTION2_P3_DZ         a1 @ 12443648  4704 per example: the loss's gradient with respect to inception2_p3's output before its relu
//   INCEPTION2_P4A_DZ        a1 @ 13045760  15680 per example: the loss's gradient with respect to inception2_p4a's output
//   INCEPTION2_P4_DZ         a1 @ 15052800  3136 per example: the loss's gradient with respect to inception2_p4's output before its relu
//   INCEPTION2_CONCAT1_DZ    a1 @ 15454208  23520 per example: the loss's gradient with respect to inception2_concat1's output
//   POOL2_DZ                 a1 @ 18464768  5880 per example: the loss's gradient with respect to pool2's output
//   INCEPTION3_P1_DZ         a1 @ 19217408  2352 per example: the loss's gradient with respect to inception3_p1's output before its relu
//   INCEPTION3_P2A_DZ        a1 @ 19518464  1176 per example: the loss's gradient with respect to inception3_p2a's output before its relu
//   INCEPTION3_P2_DZ         a1 @ 19668992  2548 per example: the loss's gradient with respect to inception3_p2's output before its relu
//   INCEPTION3_P3A_DZ        a1 @ 19995136  196 per example: the loss's gradient with respect to inception3_p3a's output before its relu
//   INCEPTION3_P3_DZ         a1 @ 20020224  588 per example: the loss's gradient with respect to inception3_p3's output before its relu
//   INCEPTION3_P4A_DZ        a1 @ 20095488  5880 per example: the loss's gradient with respect to inception3_p4a's output
//   INCEPTION3_P4_DZ         a1 @ 20848128  784 per example: the loss's gradient with respect to inception3_p4's output before its relu
//   INCEPTION3_CONCAT1_DZ    a1 @ 20948480  6272 per example: the loss's gradient with respect to inception3_concat1's output
//   POOL3_DZ                 a1 @ 21751296  128 per example: the loss's gradient with respect to pool3's output
//   DENSE1_DZ                a1 @ 21767680  10 per example: the loss's gradient with respect to dense1's output
//   STEM_PARTIALS            a1 @ 21768960  40960 floats: stem's weight-gradient partial sums: 128 groups × 320 weights
//   INCEPTION1_P1_PARTIALS   a1 @ 21809920  13728 floats: inception1_p1's weight-gradient partial sums: 26 groups × 528 weights
//   INCEPTION1_P2A_PARTIALS  a1 @ 21823680  13728 floats: inception1_p2a's weight-gradient partial sums: 26 groups × 528 weights
//   INCEPTION1_P2_PARTIALS   a1 @ 21837440  120640 floats: inception1_p2's weight-gradient partial sums: 26 groups × 4640 weights
//   INCEPTION1_P3A_PARTIALS  a1 @ 21958080  6864 floats: inception1_p3a's weight-gradient partial sums: 26 groups × 264 weights
//   INCEPTION1_P3_PARTIALS   a1 @ 21964992  83616 floats: inception1_p3's weight-gradient partial sums: 26 groups × 3216 weights
//   INCEPTION1_P4_PARTIALS   a1 @ 22048640  13728 floats: inception1_p4's weight-gradient partial sums: 26 groups × 528 weights
//   INCEPTION2_P1_PARTIALS   a1 @ 22062400  67392 floats: inception2_p1's weight-gradient partial sums: 26 groups × 2592 weights
//   INCEPTION2_P2A_PARTIALS  a1 @ 22129792  67392 floats: inception2_p2a's weight-gradient partial sums: 26 groups × 2592 weights
//   INCEPTION2_P2_PARTIALS   a1 @ 22197184  360672 floats: inception2_p2's weight-gradient partial sums: 26 groups × 13872 weights
//   INCEPTION2_P3A_PARTIALS  a1 @ 22557888  16848 floats: inception2_p3a's weight-gradient partial sums: 26 groups × 648 weights
//   INCEPTION2_P3_PARTIALS   a1 @ 22574784  125424 floats: inception2_p3's weight-gradient partial sums: 26 groups × 4824 weights
//   INCEPTION2_P4_PARTIALS   a1 @ 22700224  33696 floats: inception2_p4's weight-gradient partial sums: 26 groups × 1296 weights
//   INCEPTION3_P1_PARTIALS   a1 @ 22733952  40656 floats: inception3_p1's weight-gradient partial sums: 7 groups × 5808 weights
//   INCEPTION3_P2A_PARTIALS  a1 @ 22774656  20328 floats: inception3_p2a's weight-gradient partial sums: 7 groups × 2904 weights
//   INCEPTION3_P2_PARTIALS   a1 @ 22795008  78988 floats: inception3_p2's weight-gradient partial sums: 7 groups × 11284 weights
//   INCEPTION3_P3A_PARTIALS  a1 @ 22874048  3388 floats: inception3_p3a's weight-gradient partial sums: 7 groups × 484 weights
//   INCEPTION3_P3_PARTIALS   a1 @ 22877440  8484 floats: inception3_p3's weight-gradient partial sums: 7 groups × 1212 weights
//   INCEPTION3_P4_PARTIALS   a1 @ 22885952  13552 floats: inception3_p4's weight-gradient partial sums: 7 groups × 1936 weights
//   DENSE1_PARTIALS          a1 @ 22899520  1290 floats: dense1's weight-gradient partial sums: 1 group × 1290 weights
//   GRADIENT                 a1 @ 22900864  60766 floats: every trainable float's gradient, as the update used it
//
// Weights (offsets in floats into params; trainable ones also index the gradient and state):
//   STEM_KERNEL              params @ 0         stem/kernel [3, 3, 1, 32], trainable @ 0
//   STEM_BIAS                params @ 288       stem/bias [32], trainable @ 288
//   INCEPTION1_P1_KERNEL     params @ 320       inception1_p1/kernel [1, 1, 32, 16], trainable @ 320
//   INCEPTION1_P1_BIAS       params @ 832       inception1_p1/bias [16], trainable @ 832
//   INCEPTION1_P2A_KERNEL    params @ 848       inception1_p2a/kernel [1, 1, 32, 16], trainable @ 848
//   INCEPTION1_P2A_BIAS      params @ 1360      inception1_p2a/bias [16], trainable @ 1360
//   INCEPTION1_P2_KERNEL     params @ 1376      inception1_p2/kernel [3, 3, 16, 32], trainable @ 1376
//   INCEPTION1_P2_BIAS       params @ 5984      inception1_p2/bias [32], trainable @ 5984
//   INCEPTION1_P3A_KERNEL    params @ 6016      inception1_p3a/kernel [1, 1, 32, 8], trainable @ 6016
//   INCEPTION1_P3A_BIAS      params @ 6272      inception1_p3a/bias [8], trainable @ 6272
//   INCEPTION1_P3_KERNEL     params @ 6280      inception1_p3/kernel [5, 5, 8, 16], trainable @ 6280
//   INCEPTION1_P3_BIAS       params @ 9480      inception1_p3/bias [16], trainable @ 9480
//   INCEPTION1_P4_KERNEL     params @ 9496      inception1_p4/kernel [1, 1, 32, 16], trainable @ 9496
//   INCEPTION1_P4_BIAS       params @ 10008     inception1_p4/bias [16], trainable @ 10008
//   INCEPTION2_P1_KERNEL     params @ 10024     inception2_p1/kernel [1, 1, 80, 32], trainable @ 10024
//   INCEPTION2_P1_BIAS       params @ 12584     inception2_p1/bias [32], trainable @ 12584
//   INCEPTION2_P2A_KERNEL    params @ 12616     inception2_p2a/kernel [1, 1, 80, 32], trainable @ 12616
//   INCEPTION2_P2A_BIAS      params @ 15176     inception2_p2a/bias [32], trainable @ 15176
//   INCEPTION2_P2_KERNEL     params @ 15208     inception2_p2/kernel [3, 3, 32, 48], trainable @ 15208
//   INCEPTION2_P2_BIAS       params @ 29032     inception2_p2/bias [48], trainable @ 29032
//   INCEPTION2_P3A_KERNEL    params @ 29080     inception2_p3a/kernel [1, 1, 80, 8], trainable @ 29080
//   INCEPTION2_P3A_BIAS      params @ 29720     inception2_p3a/bias [8], trainable @ 29720
//   INCEPTION2_P3_KERNEL     params @ 29728     inception2_p3/kernel [5, 5, 8, 24], trainable @ 29728
//   INCEPTION2_P3_BIAS       params @ 34528     inception2_p3/bias [24], trainable @ 34528
//   INCEPTION2_P4_KERNEL     params @ 34552     inception2_p4/kernel [1, 1, 80, 16], trainable @ 34552
//   INCEPTION2_P4_BIAS       params @ 35832     inception2_p4/bias [16], trainable @ 35832
//   INCEPTION3_P1_KERNEL     params @ 35848     inception3_p1/kernel [1, 1, 120, 48], trainable @ 35848
//   INCEPTION3_P1_BIAS       params @ 41608     inception3_p1/bias [48], trainable @ 41608
//   INCEPTION3_P2A_KERNEL    params @ 41656     inception3_p2a/kernel [1, 1, 120, 24], trainable @ 41656
//   INCEPTION3_P2A_BIAS      params @ 44536     inception3_p2a/bias [24], trainable @ 44536
//   INCEPTION3_P2_KERNEL     params @ 44560     inception3_p2/kernel [3, 3, 24, 52], trainable @ 44560
//   INCEPTION3_P2_BIAS       params @ 55792     inception3_p2/bias [52], trainable @ 55792
//   INCEPTION3_P3A_KERNEL    params @ 55844     inception3_p3a/kernel [1, 1, 120, 4], trainable @ 55844
//   INCEPTION3_P3A_BIAS      params @ 56324     inception3_p3a/bias [4], trainable @ 56324
//   INCEPTION3_P3_KERNEL     params @ 56328     inception3_p3/kernel [5, 5, 4, 12], trainable @ 56328
//   INCEPTION3_P3_BIAS       params @ 57528     inception3_p3/bias [12], trainable @ 57528
//   INCEPTION3_P4_KERNEL     params @ 57540     inception3_p4/kernel [1, 1, 120, 16], trainable @ 57540
//   INCEPTION3_P4_BIAS       params @ 59460     inception3_p4/bias [16], trainable @ 59460
//   DENSE1_KERNEL            params @ 59476     dense1/kernel [128, 10], trainable @ 59476
//   DENSE1_BIAS              params @ 60756     dense1/bias [10], trainable @ 60756
//
// A training step dispatches, in order:
//   train 1: input, stem.forward, pool1.forward, inception1_p1.forward, inception1_p2a.forward, inception1_p2.forward, inception1_p3a.forward, inception1_p3.forward, inception1_p4a.forward, inception1_p4.forward, inception1_concat1.forward from inception1_p1, inception1_concat1.forward from inception1_p2, inception1_concat1.forward from inception1_p3, inception1_concat1.forward from inception1_p4, inception2_p1.forward, inception2_p2a.forward, inception2_p2.forward, inception2_p3a.forward, inception2_p3.forward, inception2_p4a.forward, inception2_p4.forward, inception2_concat1.forward from inception2_p1, inception2_concat1.forward from inception2_p2, inception2_concat1.forward from inception2_p3, inception2_concat1.forward from inception2_p4, pool2.forward, inception3_p1.forward, inception3_p2a.forward, inception3_p2.forward, inception3_p3a.forward, inception3_p3.forward, inception3_p4a.forward, inception3_p4.forward, inception3_concat1.forward from inception3_p1, inception3_concat1.forward from inception3_p2, inception3_concat1.forward from inception3_p3, inception3_concat1.forward from inception3_p4, pool3.forward, dense1.forward, loss, dense1.input-gradient, pool3.input-gradient, inception3_concat1.input-gradient to inception3_p4, inception3_concat1.input-gradient to inception3_p3, inception3_concat1.input-gradient to inception3_p2, inception3_concat1.input-gradient to inception3_p1, inception3_p4.input-gradient, inception3_p4a.input-gradient, inception3_p3.input-gradient, inception3_p3a.input-gradient, inception3_p2.input-gradient, inception3_p2a.input-gradient, inception3_p1.input-gradient, pool2.input-gradient, inception2_concat1.input-gradient to inception2_p4, inception2_concat1.input-gradient to inception2_p3, inception2_concat1.input-gradient to inception2_p2, inception2_concat1.input-gradient to inception2_p1, inception2_p4.input-gradient, inception2_p4a.input-gradient, inception2_p3.input-gradient, inception2_p3a.input-gradient, inception2_p2.input-gradient, inception2_p2a.input-gradient, inception2_p1.input-gradient, inception1_concat1.input-gradient to inception1_p4, inception1_concat1.input-gradient to inception1_p3, inception1_concat1.input-gradient to inception1_p2, inception1_concat1.input-gradient to inception1_p1, inception1_p4.input-gradient, inception1_p4a.input-gradient, inception1_p3.input-gradient, inception1_p3a.input-gradient, inception1_p2.input-gradient, inception1_p2a.input-gradient, inception1_p1.input-gradient, pool1.input-gradient (128 workgroups; binds step, table, images, params, params as vec4s, labels, results, arena0, arena1)
//   weight-gradients (1547 workgroups; binds step, arena0, arena1)
//   partial-sums (2837 workgroups; binds arena1)
//   update (951 workgroups; binds step, params, state, results, metrics, arena1)
// An evaluation batch dispatches:
//   evaluate 1: input, stem.forward, pool1.forward, inception1_p1.forward, inception1_p2a.forward, inception1_p2.forward, inception1_p3a.forward, inception1_p3.forward, inception1_p4a.forward, inception1_p4.forward, inception1_concat1.forward from inception1_p1, inception1_concat1.forward from inception1_p2, inception1_concat1.forward from inception1_p3, inception1_concat1.forward from inception1_p4, inception2_p1.forward, inception2_p2a.forward, inception2_p2.forward, inception2_p3a.forward, inception2_p3.forward, inception2_p4a.forward, inception2_p4.forward, inception2_concat1.forward from inception2_p1, inception2_concat1.forward from inception2_p2, inception2_concat1.forward from inception2_p3, inception2_concat1.forward from inception2_p4, pool2.forward, inception3_p1.forward, inception3_p2a.forward, inception3_p2.forward, inception3_p3a.forward, inception3_p3.forward, inception3_p4a.forward, inception3_p4.forward, inception3_concat1.forward from inception3_p1, inception3_concat1.forward from inception3_p2, inception3_concat1.forward from inception3_p3, inception3_concat1.forward from inception3_p4, pool3.forward, dense1.forward, loss.evaluate (128 workgroups; binds step, table, images, params, params as vec4s, labels, results, arena0)

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 1: input, stem.forward, pool1.forward, inception1_p1.forward, inception1_p2a.forward, inception1_p2.forward, inception1_p3a.forward, inception1_p3.forward, inception1_p4a.forward, inception1_p4.forward, inception1_concat1.forward from inception1_p1, inception1_concat1.forward from inception1_p2, inception1_concat1.forward from inception1_p3, inception1_concat1.forward from inception1_p4, inception2_p1.forward, inception2_p2a.forward, inception2_p2.forward, inception2_p3a.forward, inception2_p3.forward, inception2_p4a.forward, inception2_p4.forward, inception2_concat1.forward from inception2_p1, inception2_concat1.forward from inception2_p2, inception2_concat1.forward from inception2_p3, inception2_concat1.forward from inception2_p4, pool2.forward, inception3_p1.forward, inception3_p2a.forward, inception3_p2.forward, inception3_p3a.forward, inception3_p3.forward, inception3_p4a.forward, inception3_p4.forward, inception3_concat1.forward from inception3_p1, inception3_concat1.forward from inception3_p2, inception3_concat1.forward from inception3_p3, inception3_concat1.forward from inception3_p4, pool3.forward, dense1.forward, loss, dense1.input-gradient, pool3.input-gradient, inception3_concat1.input-gradient to inception3_p4, inception3_concat1.input-gradient to inception3_p3, inception3_concat1.input-gradient to inception3_p2, inception3_concat1.input-gradient to inception3_p1, inception3_p4.input-gradient, inception3_p4a.input-gradient, inception3_p3.input-gradient, inception3_p3a.input-gradient, inception3_p2.input-gradient, inception3_p2a.input-gradient, inception3_p1.input-gradient, pool2.input-gradient, inception2_concat1.input-gradient to inception2_p4, inception2_concat1.input-gradient to inception2_p3, inception2_concat1.input-gradient to inception2_p2, inception2_concat1.input-gradient to inception2_p1, inception2_p4.input-gradient, inception2_p4a.input-gradient, inception2_p3.input-gradient, inception2_p3a.input-gradient, inception2_p2.input-gradient, inception2_p2a.input-gradient, inception2_p1.input-gradient, inception1_concat1.input-gradient to inception1_p4, inception1_concat1.input-gradient to inception1_p3, inception1_concat1.input-gradient to inception1_p2, inception1_concat1.input-gradient to inception1_p1, inception1_p4.input-gradient, inception1_p4a.input-gradient, inception1_p3.input-gradient, inception1_p3a.input-gradient, inception1_p2.input-gradient, inception1_p2a.input-gradient, inception1_p1.input-gradient, pool1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const STEM_Z = 100352u; // a0, 25088 floats per example: stem's output before its relu
const STEM_Y = 3311616u; // a0, 25088 floats per example: stem's output: relu(z)
const POOL1_Z = 6522880u; // a0, 6272 floats per example: pool1's output
const INCEPTION1_P1_Z = 7325696u; // a0, 3136 floats per example: inception1_p1's output before its relu
const INCEPTION1_P1_Y = 7727104u; // a0, 3136 floats per example: inception1_p1's output: relu(z)
const INCEPTION1_P2A_Z = 8128512u; // a0, 3136 floats per example: inception1_p2a's output before its relu
const INCEPTION1_P2A_Y = 8529920u; // a0, 3136 floats per example: inception1_p2a's output: relu(z)
const INCEPTION1_P2_Z = 8931328u; // a0, 6272 floats per example: inception1_p2's output before its relu
const INCEPTION1_P2_Y = 9734144u; // a0, 6272 floats per example: inception1_p2's output: relu(z)
const INCEPTION1_P3A_Z = 10536960u; // a0, 1568 floats per example: inception1_p3a's output before its relu
const INCEPTION1_P3A_Y = 10737664u; // a0, 1568 floats per example: inception1_p3a's output: relu(z)
const INCEPTION1_P3_Z = 10938368u; // a0, 3136 floats per example: inception1_p3's output before its relu
const INCEPTION1_P3_Y = 11339776u; // a0, 3136 floats per example: inception1_p3's output: relu(z)
const INCEPTION1_P4A_Z = 11741184u; // a0, 6272 floats per example: inception1_p4a's output
const INCEPTION1_P4_Z = 12544000u; // a0, 3136 floats per example: inception1_p4's output before its relu
const INCEPTION1_P4_Y = 12945408u; // a0, 3136 floats per example: inception1_p4's output: relu(z)
const INCEPTION1_CONCAT1_Z = 13346816u; // a0, 15680 floats per example: inception1_concat1's output
const INCEPTION2_P1_Z = 15353856u; // a0, 6272 floats per example: inception2_p1's output before its relu
const INCEPTION2_P1_Y = 16156672u; // a0, 6272 floats per example: inception2_p1's output: relu(z)
const INCEPTION2_P2A_Z = 16959488u; // a0, 6272 floats per example: inception2_p2a's output before its relu
const INCEPTION2_P2A_Y = 17762304u; // a0, 6272 floats per example: inception2_p2a's output: relu(z)
const INCEPTION2_P2_Z = 18565120u; // a0, 9408 floats per example: inception2_p2's output before its relu
const INCEPTION2_P2_Y = 19769344u; // a0, 9408 floats per example: inception2_p2's output: relu(z)
const INCEPTION2_P3A_Z = 20973568u; // a0, 1568 floats per example: inception2_p3a's output before its relu
const INCEPTION2_P3A_Y = 21174272u; // a0, 1568 floats per example: inception2_p3a's output: relu(z)
const INCEPTION2_P3_Z = 21374976u; // a0, 4704 floats per example: inception2_p3's output before its relu
const INCEPTION2_P3_Y = 21977088u; // a0, 4704 floats per example: inception2_p3's output: relu(z)
const INCEPTION2_P4A_Z = 22579200u; // a0, 15680 floats per example: inception2_p4a's output
const INCEPTION2_P4_Z = 24586240u; // a0, 3136 floats per example: inception2_p4's output before its relu
const INCEPTION2_P4_Y = 24987648u; // a0, 3136 floats per example: inception2_p4's output: relu(z)
const INCEPTION2_CONCAT1_Z = 25389056u; // a0, 23520 floats per example: inception2_concat1's output
const POOL2_Z = 28399616u; // a0, 5880 floats per example: pool2's output
const INCEPTION3_P1_Z = 29152256u; // a0, 2352 floats per example: inception3_p1's output before its relu
const INCEPTION3_P1_Y = 29453312u; // a0, 2352 floats per example: inception3_p1's output: relu(z)
const INCEPTION3_P2A_Z = 29754368u; // a0, 1176 floats per example: inception3_p2a's output before its relu
const INCEPTION3_P2A_Y = 29904896u; // a0, 1176 floats per example: inception3_p2a's output: relu(z)
const INCEPTION3_P2_Z = 30055424u; // a0, 2548 floats per example: inception3_p2's output before its relu
const INCEPTION3_P2_Y = 30381568u; // a0, 2548 floats per example: inception3_p2's output: relu(z)
const INCEPTION3_P3A_Z = 30707712u; // a0, 196 floats per example: inception3_p3a's output before its relu
const INCEPTION3_P3A_Y = 30732800u; // a0, 196 floats per example: inception3_p3a's output: relu(z)
const INCEPTION3_P3_Z = 30757888u; // a0, 588 floats per example: inception3_p3's output before its relu
const INCEPTION3_P3_Y = 30833152u; // a0, 588 floats per example: inception3_p3's output: relu(z)
const INCEPTION3_P4A_Z = 30908416u; // a0, 5880 floats per example: inception3_p4a's output
const INCEPTION3_P4_Z = 31661056u; // a0, 784 floats per example: inception3_p4's output before its relu
const INCEPTION3_P4_Y = 31761408u; // a0, 784 floats per example: inception3_p4's output: relu(z)
const INCEPTION3_CONCAT1_Z = 31861760u; // a0, 6272 floats per example: inception3_concat1's output
const POOL3_Z = 32664576u; // a0, 128 floats per example: pool3's output
const DENSE1_Z = 32680960u; // a0, 10 floats per example: dense1's output
const STEM_DZ = 0u; // a1, 25088 floats per example: the loss's gradient with respect to stem's output before its relu
const POOL1_DZ = 3211264u; // a1, 6272 floats per example: the loss's gradient with respect to pool1's output
const INCEPTION1_P1_DZ = 4014080u; // a1, 3136 floats per example: the loss's gradient with respect to inception1_p1's output before its relu
const INCEPTION1_P2A_DZ = 4415488u; // a1, 3136 floats per example: the loss's gradient with respect to inception1_p2a's output before its relu
const INCEPTION1_P2_DZ = 4816896u; // a1, 6272 floats per example: the loss's gradient with respect to inception1_p2's output before its relu
const INCEPTION1_P3A_DZ = 5619712u; // a1, 1568 floats per example: the loss's gradient with respect to inception1_p3a's output before its relu
const INCEPTION1_P3_DZ = 5820416u; // a1, 3136 floats per example: the loss's gradient with respect to inception1_p3's output before its relu
const INCEPTION1_P4A_DZ = 6221824u; // a1, 6272 floats per example: the loss's gradient with respect to inception1_p4a's output
const INCEPTION1_P4_DZ = 7024640u; // a1, 3136 floats per example: the loss's gradient with respect to inception1_p4's output before its relu
const INCEPTION1_CONCAT1_DZ = 7426048u; // a1, 15680 floats per example: the loss's gradient with respect to inception1_concat1's output
const INCEPTION2_P1_DZ = 9433088u; // a1, 6272 floats per example: the loss's gradient with respect to inception2_p1's output before its relu
const INCEPTION2_P2A_DZ = 10235904u; // a1, 6272 floats per example: the loss's gradient with respect to inception2_p2a's output before its relu
const INCEPTION2_P2_DZ = 11038720u; // a1, 9408 floats per example: the loss's gradient with respect to inception2_p2's output before its relu
const INCEPTION2_P3A_DZ = 12242944u; // a1, 1568 floats per example: the loss's gradient with respect to inception2_p3a's output before its relu
const INCEPTION2_P3_DZ = 12443648u; // a1, 4704 floats per example: the loss's gradient with respect to inception2_p3's output before its relu
const INCEPTION2_P4A_DZ = 13045760u; // a1, 15680 floats per example: the loss's gradient with respect to inception2_p4a's output
const INCEPTION2_P4_DZ = 15052800u; // a1, 3136 floats per example: the loss's gradient with respect to inception2_p4's output before its relu
const INCEPTION2_CONCAT1_DZ = 15454208u; // a1, 23520 floats per example: the loss's gradient with respect to inception2_concat1's output
const POOL2_DZ = 18464768u; // a1, 5880 floats per example: the loss's gradient with respect to pool2's output
const INCEPTION3_P1_DZ = 19217408u; // a1, 2352 floats per example: the loss's gradient with respect to inception3_p1's output before its relu
const INCEPTION3_P2A_DZ = 19518464u; // a1, 1176 floats per example: the loss's gradient with respect to inception3_p2a's output before its relu
const INCEPTION3_P2_DZ = 19668992u; // a1, 2548 floats per example: the loss's gradient with respect to inception3_p2's output before its relu
const INCEPTION3_P3A_DZ = 19995136u; // a1, 196 floats per example: the loss's gradient with respect to inception3_p3a's output before its relu
const INCEPTION3_P3_DZ = 20020224u; // a1, 588 floats per example: the loss's gradient with respect to inception3_p3's output before its relu
const INCEPTION3_P4A_DZ = 20095488u; // a1, 5880 floats per example: the loss's gradient with respect to inception3_p4a's output
const INCEPTION3_P4_DZ = 20848128u; // a1, 784 floats per example: the loss's gradient with respect to inception3_p4's output before its relu
const INCEPTION3_CONCAT1_DZ = 20948480u; // a1, 6272 floats per example: the loss's gradient with respect to inception3_concat1's output
const POOL3_DZ = 21751296u; // a1, 128 floats per example: the loss's gradient with respect to pool3's output
const DENSE1_DZ = 21767680u; // a1, 10 floats per example: the loss's gradient with respect to dense1's output
const STEM_KERNEL = 0u; // params: stem/kernel [3, 3, 1, 32]
const STEM_BIAS = 288u; // params: stem/bias [32]
const INCEPTION1_P1_KERNEL = 320u; // params: inception1_p1/kernel [1, 1, 32, 16]
const INCEPTION1_P1_BIAS = 832u; // params: inception1_p1/bias [16]
const INCEPTION1_P2A_KERNEL = 848u; // params: inception1_p2a/kernel [1, 1, 32, 16]
const INCEPTION1_P2A_BIAS = 1360u; // params: inception1_p2a/bias [16]
const INCEPTION1_P2_KERNEL = 1376u; // params: inception1_p2/kernel [3, 3, 16, 32]
const INCEPTION1_P2_BIAS = 5984u; // params: inception1_p2/bias [32]
const INCEPTION1_P3A_KERNEL = 6016u; // params: inception1_p3a/kernel [1, 1, 32, 8]
const INCEPTION1_P3A_BIAS = 6272u; // params: inception1_p3a/bias [8]
const INCEPTION1_P3_KERNEL = 6280u; // params: inception1_p3/kernel [5, 5, 8, 16]
const INCEPTION1_P3_BIAS = 9480u; // params: inception1_p3/bias [16]
const INCEPTION1_P4_KERNEL = 9496u; // params: inception1_p4/kernel [1, 1, 32, 16]
const INCEPTION1_P4_BIAS = 10008u; // params: inception1_p4/bias [16]
const INCEPTION2_P1_KERNEL = 10024u; // params: inception2_p1/kernel [1, 1, 80, 32]
const INCEPTION2_P1_BIAS = 12584u; // params: inception2_p1/bias [32]
const INCEPTION2_P2A_KERNEL = 12616u; // params: inception2_p2a/kernel [1, 1, 80, 32]
const INCEPTION2_P2A_BIAS = 15176u; // params: inception2_p2a/bias [32]
const INCEPTION2_P2_KERNEL = 15208u; // params: inception2_p2/kernel [3, 3, 32, 48]
const INCEPTION2_P2_BIAS = 29032u; // params: inception2_p2/bias [48]
const INCEPTION2_P3A_KERNEL = 29080u; // params: inception2_p3a/kernel [1, 1, 80, 8]
const INCEPTION2_P3A_BIAS = 29720u; // params: inception2_p3a/bias [8]
const INCEPTION2_P3_KERNEL = 29728u; // params: inception2_p3/kernel [5, 5, 8, 24]
const INCEPTION2_P3_BIAS = 34528u; // params: inception2_p3/bias [24]
const INCEPTION2_P4_KERNEL = 34552u; // params: inception2_p4/kernel [1, 1, 80, 16]
const INCEPTION2_P4_BIAS = 35832u; // params: inception2_p4/bias [16]
const INCEPTION3_P1_KERNEL = 35848u; // params: inception3_p1/kernel [1, 1, 120, 48]
const INCEPTION3_P1_BIAS = 41608u; // params: inception3_p1/bias [48]
const INCEPTION3_P2A_KERNEL = 41656u; // params: inception3_p2a/kernel [1, 1, 120, 24]
const INCEPTION3_P2A_BIAS = 44536u; // params: inception3_p2a/bias [24]
const INCEPTION3_P2_KERNEL = 44560u; // params: inception3_p2/kernel [3, 3, 24, 52]
const INCEPTION3_P2_BIAS = 55792u; // params: inception3_p2/bias [52]
const INCEPTION3_P3A_KERNEL = 55844u; // params: inception3_p3a/kernel [1, 1, 120, 4]
const INCEPTION3_P3A_BIAS = 56324u; // params: inception3_p3a/bias [4]
const INCEPTION3_P3_KERNEL = 56328u; // params: inception3_p3/kernel [5, 5, 4, 12]
const INCEPTION3_P3_BIAS = 57528u; // params: inception3_p3/bias [12]
const INCEPTION3_P4_KERNEL = 57540u; // params: inception3_p4/kernel [1, 1, 120, 16]
const INCEPTION3_P4_BIAS = 59460u; // params: inception3_p4/bias [16]
const DENSE1_KERNEL = 59476u; // params: dense1/kernel [128, 10]
const DENSE1_BIAS = 60756u; // params: dense1/bias [10]

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
  // stem.forward: z, and y = relu(z), = bias + 3×3 windows of input's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
        let zv = acc0_0.x + params[STEM_BIAS + co];
        a0[STEM_Z + out0] = zv;
        a0[STEM_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[STEM_BIAS + co];
        a0[STEM_Z + out1] = zv;
        a0[STEM_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[STEM_BIAS + co + 1];
        a0[STEM_Z + out0 + 1] = zv;
        a0[STEM_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[STEM_BIAS + co + 1];
        a0[STEM_Z + out1 + 1] = zv;
        a0[STEM_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[STEM_BIAS + co + 2];
        a0[STEM_Z + out0 + 2] = zv;
        a0[STEM_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[STEM_BIAS + co + 2];
        a0[STEM_Z + out1 + 2] = zv;
        a0[STEM_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[STEM_BIAS + co + 3];
        a0[STEM_Z + out0 + 3] = zv;
        a0[STEM_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[STEM_BIAS + co + 3];
        a0[STEM_Z + out1 + 3] = zv;
        a0[STEM_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[STEM_BIAS + co + 4];
        a0[STEM_Z + out0 + 4] = zv;
        a0[STEM_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[STEM_BIAS + co + 4];
        a0[STEM_Z + out1 + 4] = zv;
        a0[STEM_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[STEM_BIAS + co + 5];
        a0[STEM_Z + out0 + 5] = zv;
        a0[STEM_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[STEM_BIAS + co + 5];
        a0[STEM_Z + out1 + 5] = zv;
        a0[STEM_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[STEM_BIAS + co + 6];
        a0[STEM_Z + out0 + 6] = zv;
        a0[STEM_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[STEM_BIAS + co + 6];
        a0[STEM_Z + out1 + 6] = zv;
        a0[STEM_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[STEM_BIAS + co + 7];
        a0[STEM_Z + out0 + 7] = zv;
        a0[STEM_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[STEM_BIAS + co + 7];
        a0[STEM_Z + out1 + 7] = zv;
        a0[STEM_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // pool1.forward: max pooling over 3×3 windows of stem's output; an item per output element
  {
    const ITEMS = 6272;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_W = 14;
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
        if (iy >= 0 && iy < IN_H) {
          for (var kx = 0; kx < WINDOW_W; kx++) {
            let ix = i32(ox) * STRIDE_W + kx;
            if (ix >= 0 && ix < IN_W) {
              let v = a0[STEM_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
              if (v > acc) { acc = v; }
            }
          }
        }
      }
      a0[POOL1_Z + b * 6272 + e] = acc;
    }
  }
  storageBarrier();
  // inception1_p1.forward: z, and y = relu(z), = bias + 1×1 windows of pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION1_P1_KERNEL + co;
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
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[INCEPTION1_P1_BIAS + co];
        a0[INCEPTION1_P1_Z + out0] = zv;
        a0[INCEPTION1_P1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION1_P1_BIAS + co];
        a0[INCEPTION1_P1_Z + out1] = zv;
        a0[INCEPTION1_P1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION1_P1_BIAS + co + 1];
        a0[INCEPTION1_P1_Z + out0 + 1] = zv;
        a0[INCEPTION1_P1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION1_P1_BIAS + co + 1];
        a0[INCEPTION1_P1_Z + out1 + 1] = zv;
        a0[INCEPTION1_P1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION1_P1_BIAS + co + 2];
        a0[INCEPTION1_P1_Z + out0 + 2] = zv;
        a0[INCEPTION1_P1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION1_P1_BIAS + co + 2];
        a0[INCEPTION1_P1_Z + out1 + 2] = zv;
        a0[INCEPTION1_P1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION1_P1_BIAS + co + 3];
        a0[INCEPTION1_P1_Z + out0 + 3] = zv;
        a0[INCEPTION1_P1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION1_P1_BIAS + co + 3];
        a0[INCEPTION1_P1_Z + out1 + 3] = zv;
        a0[INCEPTION1_P1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION1_P1_BIAS + co + 4];
        a0[INCEPTION1_P1_Z + out0 + 4] = zv;
        a0[INCEPTION1_P1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION1_P1_BIAS + co + 4];
        a0[INCEPTION1_P1_Z + out1 + 4] = zv;
        a0[INCEPTION1_P1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION1_P1_BIAS + co + 5];
        a0[INCEPTION1_P1_Z + out0 + 5] = zv;
        a0[INCEPTION1_P1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION1_P1_BIAS + co + 5];
        a0[INCEPTION1_P1_Z + out1 + 5] = zv;
        a0[INCEPTION1_P1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION1_P1_BIAS + co + 6];
        a0[INCEPTION1_P1_Z + out0 + 6] = zv;
        a0[INCEPTION1_P1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION1_P1_BIAS + co + 6];
        a0[INCEPTION1_P1_Z + out1 + 6] = zv;
        a0[INCEPTION1_P1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION1_P1_BIAS + co + 7];
        a0[INCEPTION1_P1_Z + out0 + 7] = zv;
        a0[INCEPTION1_P1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION1_P1_BIAS + co + 7];
        a0[INCEPTION1_P1_Z + out1 + 7] = zv;
        a0[INCEPTION1_P1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception1_p2a.forward: z, and y = relu(z), = bias + 1×1 windows of pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION1_P2A_KERNEL + co;
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
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[INCEPTION1_P2A_BIAS + co];
        a0[INCEPTION1_P2A_Z + out0] = zv;
        a0[INCEPTION1_P2A_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION1_P2A_BIAS + co];
        a0[INCEPTION1_P2A_Z + out1] = zv;
        a0[INCEPTION1_P2A_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION1_P2A_BIAS + co + 1];
        a0[INCEPTION1_P2A_Z + out0 + 1] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION1_P2A_BIAS + co + 1];
        a0[INCEPTION1_P2A_Z + out1 + 1] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION1_P2A_BIAS + co + 2];
        a0[INCEPTION1_P2A_Z + out0 + 2] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION1_P2A_BIAS + co + 2];
        a0[INCEPTION1_P2A_Z + out1 + 2] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION1_P2A_BIAS + co + 3];
        a0[INCEPTION1_P2A_Z + out0 + 3] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION1_P2A_BIAS + co + 3];
        a0[INCEPTION1_P2A_Z + out1 + 3] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION1_P2A_BIAS + co + 4];
        a0[INCEPTION1_P2A_Z + out0 + 4] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION1_P2A_BIAS + co + 4];
        a0[INCEPTION1_P2A_Z + out1 + 4] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION1_P2A_BIAS + co + 5];
        a0[INCEPTION1_P2A_Z + out0 + 5] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION1_P2A_BIAS + co + 5];
        a0[INCEPTION1_P2A_Z + out1 + 5] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION1_P2A_BIAS + co + 6];
        a0[INCEPTION1_P2A_Z + out0 + 6] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION1_P2A_BIAS + co + 6];
        a0[INCEPTION1_P2A_Z + out1 + 6] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION1_P2A_BIAS + co + 7];
        a0[INCEPTION1_P2A_Z + out0 + 7] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION1_P2A_BIAS + co + 7];
        a0[INCEPTION1_P2A_Z + out1 + 7] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception1_p2.forward: z, and y = relu(z), = bias + 3×3 windows of inception1_p2a's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
            var wi = INCEPTION1_P2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[INCEPTION1_P2A_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[INCEPTION1_P2A_Y + xi1 + ci], in1);
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
        let zv = acc0_0.x + params[INCEPTION1_P2_BIAS + co];
        a0[INCEPTION1_P2_Z + out0] = zv;
        a0[INCEPTION1_P2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION1_P2_BIAS + co];
        a0[INCEPTION1_P2_Z + out1] = zv;
        a0[INCEPTION1_P2_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION1_P2_BIAS + co + 1];
        a0[INCEPTION1_P2_Z + out0 + 1] = zv;
        a0[INCEPTION1_P2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION1_P2_BIAS + co + 1];
        a0[INCEPTION1_P2_Z + out1 + 1] = zv;
        a0[INCEPTION1_P2_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION1_P2_BIAS + co + 2];
        a0[INCEPTION1_P2_Z + out0 + 2] = zv;
        a0[INCEPTION1_P2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION1_P2_BIAS + co + 2];
        a0[INCEPTION1_P2_Z + out1 + 2] = zv;
        a0[INCEPTION1_P2_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION1_P2_BIAS + co + 3];
        a0[INCEPTION1_P2_Z + out0 + 3] = zv;
        a0[INCEPTION1_P2_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION1_P2_BIAS + co + 3];
        a0[INCEPTION1_P2_Z + out1 + 3] = zv;
        a0[INCEPTION1_P2_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION1_P2_BIAS + co + 4];
        a0[INCEPTION1_P2_Z + out0 + 4] = zv;
        a0[INCEPTION1_P2_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION1_P2_BIAS + co + 4];
        a0[INCEPTION1_P2_Z + out1 + 4] = zv;
        a0[INCEPTION1_P2_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION1_P2_BIAS + co + 5];
        a0[INCEPTION1_P2_Z + out0 + 5] = zv;
        a0[INCEPTION1_P2_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION1_P2_BIAS + co + 5];
        a0[INCEPTION1_P2_Z + out1 + 5] = zv;
        a0[INCEPTION1_P2_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION1_P2_BIAS + co + 6];
        a0[INCEPTION1_P2_Z + out0 + 6] = zv;
        a0[INCEPTION1_P2_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION1_P2_BIAS + co + 6];
        a0[INCEPTION1_P2_Z + out1 + 6] = zv;
        a0[INCEPTION1_P2_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION1_P2_BIAS + co + 7];
        a0[INCEPTION1_P2_Z + out0 + 7] = zv;
        a0[INCEPTION1_P2_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION1_P2_BIAS + co + 7];
        a0[INCEPTION1_P2_Z + out1 + 7] = zv;
        a0[INCEPTION1_P2_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception1_p3a.forward: z, and y = relu(z), = bias + 1×1 windows of pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 98;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 8;
    const ROW_ITEMS = 7;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let oy = e / ROW_ITEMS;
      let ox = (e % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION1_P3A_KERNEL;
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
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C;
      {
        let zv = acc0_0.x + params[INCEPTION1_P3A_BIAS];
        a0[INCEPTION1_P3A_Z + out0] = zv;
        a0[INCEPTION1_P3A_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION1_P3A_BIAS];
        a0[INCEPTION1_P3A_Z + out1] = zv;
        a0[INCEPTION1_P3A_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION1_P3A_BIAS + 1];
        a0[INCEPTION1_P3A_Z + out0 + 1] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION1_P3A_BIAS + 1];
        a0[INCEPTION1_P3A_Z + out1 + 1] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION1_P3A_BIAS + 2];
        a0[INCEPTION1_P3A_Z + out0 + 2] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION1_P3A_BIAS + 2];
        a0[INCEPTION1_P3A_Z + out1 + 2] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION1_P3A_BIAS + 3];
        a0[INCEPTION1_P3A_Z + out0 + 3] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION1_P3A_BIAS + 3];
        a0[INCEPTION1_P3A_Z + out1 + 3] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION1_P3A_BIAS + 4];
        a0[INCEPTION1_P3A_Z + out0 + 4] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION1_P3A_BIAS + 4];
        a0[INCEPTION1_P3A_Z + out1 + 4] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION1_P3A_BIAS + 5];
        a0[INCEPTION1_P3A_Z + out0 + 5] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION1_P3A_BIAS + 5];
        a0[INCEPTION1_P3A_Z + out1 + 5] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION1_P3A_BIAS + 6];
        a0[INCEPTION1_P3A_Z + out0 + 6] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION1_P3A_BIAS + 6];
        a0[INCEPTION1_P3A_Z + out1 + 6] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION1_P3A_BIAS + 7];
        a0[INCEPTION1_P3A_Z + out0 + 7] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION1_P3A_BIAS + 7];
        a0[INCEPTION1_P3A_Z + out1 + 7] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception1_p3.forward: z, and y = relu(z), = bias + 5×5 windows of inception1_p3a's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 8;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = INCEPTION1_P3_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[INCEPTION1_P3A_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[INCEPTION1_P3A_Y + xi1 + ci], in1);
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
        let zv = acc0_0.x + params[INCEPTION1_P3_BIAS + co];
        a0[INCEPTION1_P3_Z + out0] = zv;
        a0[INCEPTION1_P3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION1_P3_BIAS + co];
        a0[INCEPTION1_P3_Z + out1] = zv;
        a0[INCEPTION1_P3_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION1_P3_BIAS + co + 1];
        a0[INCEPTION1_P3_Z + out0 + 1] = zv;
        a0[INCEPTION1_P3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION1_P3_BIAS + co + 1];
        a0[INCEPTION1_P3_Z + out1 + 1] = zv;
        a0[INCEPTION1_P3_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION1_P3_BIAS + co + 2];
        a0[INCEPTION1_P3_Z + out0 + 2] = zv;
        a0[INCEPTION1_P3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION1_P3_BIAS + co + 2];
        a0[INCEPTION1_P3_Z + out1 + 2] = zv;
        a0[INCEPTION1_P3_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION1_P3_BIAS + co + 3];
        a0[INCEPTION1_P3_Z + out0 + 3] = zv;
        a0[INCEPTION1_P3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION1_P3_BIAS + co + 3];
        a0[INCEPTION1_P3_Z + out1 + 3] = zv;
        a0[INCEPTION1_P3_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION1_P3_BIAS + co + 4];
        a0[INCEPTION1_P3_Z + out0 + 4] = zv;
        a0[INCEPTION1_P3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION1_P3_BIAS + co + 4];
        a0[INCEPTION1_P3_Z + out1 + 4] = zv;
        a0[INCEPTION1_P3_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION1_P3_BIAS + co + 5];
        a0[INCEPTION1_P3_Z + out0 + 5] = zv;
        a0[INCEPTION1_P3_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION1_P3_BIAS + co + 5];
        a0[INCEPTION1_P3_Z + out1 + 5] = zv;
        a0[INCEPTION1_P3_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION1_P3_BIAS + co + 6];
        a0[INCEPTION1_P3_Z + out0 + 6] = zv;
        a0[INCEPTION1_P3_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION1_P3_BIAS + co + 6];
        a0[INCEPTION1_P3_Z + out1 + 6] = zv;
        a0[INCEPTION1_P3_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION1_P3_BIAS + co + 7];
        a0[INCEPTION1_P3_Z + out0 + 7] = zv;
        a0[INCEPTION1_P3_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION1_P3_BIAS + co + 7];
        a0[INCEPTION1_P3_Z + out1 + 7] = zv;
        a0[INCEPTION1_P3_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception1_p4a.forward: max pooling over 3×3 windows of pool1's output; an item per output element
  {
    const ITEMS = 6272;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_W = 14;
    const OUT_C = 32;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = -3.4028234663852886e38;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          for (var kx = 0; kx < WINDOW_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            if (ix >= 0 && ix < IN_W) {
              let v = a0[POOL1_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
              if (v > acc) { acc = v; }
            }
          }
        }
      }
      a0[INCEPTION1_P4A_Z + b * 6272 + e] = acc;
    }
  }
  storageBarrier();
  // inception1_p4.forward: z, and y = relu(z), = bias + 1×1 windows of inception1_p4a's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION1_P4_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[INCEPTION1_P4A_Z + xi0 + ci];
        let x1 = a0[INCEPTION1_P4A_Z + xi1 + ci];
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
        let zv = acc0_0.x + params[INCEPTION1_P4_BIAS + co];
        a0[INCEPTION1_P4_Z + out0] = zv;
        a0[INCEPTION1_P4_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION1_P4_BIAS + co];
        a0[INCEPTION1_P4_Z + out1] = zv;
        a0[INCEPTION1_P4_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION1_P4_BIAS + co + 1];
        a0[INCEPTION1_P4_Z + out0 + 1] = zv;
        a0[INCEPTION1_P4_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION1_P4_BIAS + co + 1];
        a0[INCEPTION1_P4_Z + out1 + 1] = zv;
        a0[INCEPTION1_P4_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION1_P4_BIAS + co + 2];
        a0[INCEPTION1_P4_Z + out0 + 2] = zv;
        a0[INCEPTION1_P4_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION1_P4_BIAS + co + 2];
        a0[INCEPTION1_P4_Z + out1 + 2] = zv;
        a0[INCEPTION1_P4_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION1_P4_BIAS + co + 3];
        a0[INCEPTION1_P4_Z + out0 + 3] = zv;
        a0[INCEPTION1_P4_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION1_P4_BIAS + co + 3];
        a0[INCEPTION1_P4_Z + out1 + 3] = zv;
        a0[INCEPTION1_P4_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION1_P4_BIAS + co + 4];
        a0[INCEPTION1_P4_Z + out0 + 4] = zv;
        a0[INCEPTION1_P4_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION1_P4_BIAS + co + 4];
        a0[INCEPTION1_P4_Z + out1 + 4] = zv;
        a0[INCEPTION1_P4_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION1_P4_BIAS + co + 5];
        a0[INCEPTION1_P4_Z + out0 + 5] = zv;
        a0[INCEPTION1_P4_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION1_P4_BIAS + co + 5];
        a0[INCEPTION1_P4_Z + out1 + 5] = zv;
        a0[INCEPTION1_P4_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION1_P4_BIAS + co + 6];
        a0[INCEPTION1_P4_Z + out0 + 6] = zv;
        a0[INCEPTION1_P4_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION1_P4_BIAS + co + 6];
        a0[INCEPTION1_P4_Z + out1 + 6] = zv;
        a0[INCEPTION1_P4_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION1_P4_BIAS + co + 7];
        a0[INCEPTION1_P4_Z + out0 + 7] = zv;
        a0[INCEPTION1_P4_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION1_P4_BIAS + co + 7];
        a0[INCEPTION1_P4_Z + out1 + 7] = zv;
        a0[INCEPTION1_P4_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception1_concat1.forward from inception1_p1: inception1_p1's output as channels 0–15 of 80; an item per element of it
  {
    const ITEMS = 3136;
    const POSITIONS = 196;
    const IN_C = 16;
    const OUT_C = 80;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a0[INCEPTION1_CONCAT1_Z + at] = a0[INCEPTION1_P1_Y + b * 3136 + e];
    }
  }
  storageBarrier();
  // inception1_concat1.forward from inception1_p2: inception1_p2's output as channels 16–47 of 80; an item per element of it
  {
    const ITEMS = 6272;
    const POSITIONS = 196;
    const IN_C = 32;
    const OUT_C = 80;
    const FIRST = 16;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION1_CONCAT1_Z + at] = a0[INCEPTION1_P2_Y + b * 6272 + e];
    }
  }
  storageBarrier();
  // inception1_concat1.forward from inception1_p3: inception1_p3's output as channels 48–63 of 80; an item per element of it
  {
    const ITEMS = 3136;
    const POSITIONS = 196;
    const IN_C = 16;
    const OUT_C = 80;
    const FIRST = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION1_CONCAT1_Z + at] = a0[INCEPTION1_P3_Y + b * 3136 + e];
    }
  }
  storageBarrier();
  // inception1_concat1.forward from inception1_p4: inception1_p4's output as channels 64–79 of 80; an item per element of it
  {
    const ITEMS = 3136;
    const POSITIONS = 196;
    const IN_C = 16;
    const OUT_C = 80;
    const FIRST = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION1_CONCAT1_Z + at] = a0[INCEPTION1_P4_Y + b * 3136 + e];
    }
  }
  storageBarrier();
  // inception2_p1.forward: z, and y = relu(z), = bias + 1×1 windows of inception1_concat1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION2_P1_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[INCEPTION1_CONCAT1_Z + xi0 + ci];
        let x1 = a0[INCEPTION1_CONCAT1_Z + xi1 + ci];
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
        let zv = acc0_0.x + params[INCEPTION2_P1_BIAS + co];
        a0[INCEPTION2_P1_Z + out0] = zv;
        a0[INCEPTION2_P1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION2_P1_BIAS + co];
        a0[INCEPTION2_P1_Z + out1] = zv;
        a0[INCEPTION2_P1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION2_P1_BIAS + co + 1];
        a0[INCEPTION2_P1_Z + out0 + 1] = zv;
        a0[INCEPTION2_P1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION2_P1_BIAS + co + 1];
        a0[INCEPTION2_P1_Z + out1 + 1] = zv;
        a0[INCEPTION2_P1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION2_P1_BIAS + co + 2];
        a0[INCEPTION2_P1_Z + out0 + 2] = zv;
        a0[INCEPTION2_P1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION2_P1_BIAS + co + 2];
        a0[INCEPTION2_P1_Z + out1 + 2] = zv;
        a0[INCEPTION2_P1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION2_P1_BIAS + co + 3];
        a0[INCEPTION2_P1_Z + out0 + 3] = zv;
        a0[INCEPTION2_P1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION2_P1_BIAS + co + 3];
        a0[INCEPTION2_P1_Z + out1 + 3] = zv;
        a0[INCEPTION2_P1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION2_P1_BIAS + co + 4];
        a0[INCEPTION2_P1_Z + out0 + 4] = zv;
        a0[INCEPTION2_P1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION2_P1_BIAS + co + 4];
        a0[INCEPTION2_P1_Z + out1 + 4] = zv;
        a0[INCEPTION2_P1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION2_P1_BIAS + co + 5];
        a0[INCEPTION2_P1_Z + out0 + 5] = zv;
        a0[INCEPTION2_P1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION2_P1_BIAS + co + 5];
        a0[INCEPTION2_P1_Z + out1 + 5] = zv;
        a0[INCEPTION2_P1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION2_P1_BIAS + co + 6];
        a0[INCEPTION2_P1_Z + out0 + 6] = zv;
        a0[INCEPTION2_P1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION2_P1_BIAS + co + 6];
        a0[INCEPTION2_P1_Z + out1 + 6] = zv;
        a0[INCEPTION2_P1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION2_P1_BIAS + co + 7];
        a0[INCEPTION2_P1_Z + out0 + 7] = zv;
        a0[INCEPTION2_P1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION2_P1_BIAS + co + 7];
        a0[INCEPTION2_P1_Z + out1 + 7] = zv;
        a0[INCEPTION2_P1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception2_p2a.forward: z, and y = relu(z), = bias + 1×1 windows of inception1_concat1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION2_P2A_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[INCEPTION1_CONCAT1_Z + xi0 + ci];
        let x1 = a0[INCEPTION1_CONCAT1_Z + xi1 + ci];
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
        let zv = acc0_0.x + params[INCEPTION2_P2A_BIAS + co];
        a0[INCEPTION2_P2A_Z + out0] = zv;
        a0[INCEPTION2_P2A_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION2_P2A_BIAS + co];
        a0[INCEPTION2_P2A_Z + out1] = zv;
        a0[INCEPTION2_P2A_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION2_P2A_BIAS + co + 1];
        a0[INCEPTION2_P2A_Z + out0 + 1] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION2_P2A_BIAS + co + 1];
        a0[INCEPTION2_P2A_Z + out1 + 1] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION2_P2A_BIAS + co + 2];
        a0[INCEPTION2_P2A_Z + out0 + 2] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION2_P2A_BIAS + co + 2];
        a0[INCEPTION2_P2A_Z + out1 + 2] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION2_P2A_BIAS + co + 3];
        a0[INCEPTION2_P2A_Z + out0 + 3] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION2_P2A_BIAS + co + 3];
        a0[INCEPTION2_P2A_Z + out1 + 3] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION2_P2A_BIAS + co + 4];
        a0[INCEPTION2_P2A_Z + out0 + 4] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION2_P2A_BIAS + co + 4];
        a0[INCEPTION2_P2A_Z + out1 + 4] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION2_P2A_BIAS + co + 5];
        a0[INCEPTION2_P2A_Z + out0 + 5] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION2_P2A_BIAS + co + 5];
        a0[INCEPTION2_P2A_Z + out1 + 5] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION2_P2A_BIAS + co + 6];
        a0[INCEPTION2_P2A_Z + out0 + 6] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION2_P2A_BIAS + co + 6];
        a0[INCEPTION2_P2A_Z + out1 + 6] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION2_P2A_BIAS + co + 7];
        a0[INCEPTION2_P2A_Z + out0 + 7] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION2_P2A_BIAS + co + 7];
        a0[INCEPTION2_P2A_Z + out1 + 7] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception2_p2.forward: z, and y = relu(z), = bias + 3×3 windows of inception2_p2a's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 588;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 48;
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
            var wi = INCEPTION2_P2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[INCEPTION2_P2A_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[INCEPTION2_P2A_Y + xi1 + ci], in1);
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
        let zv = acc0_0.x + params[INCEPTION2_P2_BIAS + co];
        a0[INCEPTION2_P2_Z + out0] = zv;
        a0[INCEPTION2_P2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION2_P2_BIAS + co];
        a0[INCEPTION2_P2_Z + out1] = zv;
        a0[INCEPTION2_P2_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION2_P2_BIAS + co + 1];
        a0[INCEPTION2_P2_Z + out0 + 1] = zv;
        a0[INCEPTION2_P2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION2_P2_BIAS + co + 1];
        a0[INCEPTION2_P2_Z + out1 + 1] = zv;
        a0[INCEPTION2_P2_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION2_P2_BIAS + co + 2];
        a0[INCEPTION2_P2_Z + out0 + 2] = zv;
        a0[INCEPTION2_P2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION2_P2_BIAS + co + 2];
        a0[INCEPTION2_P2_Z + out1 + 2] = zv;
        a0[INCEPTION2_P2_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION2_P2_BIAS + co + 3];
        a0[INCEPTION2_P2_Z + out0 + 3] = zv;
        a0[INCEPTION2_P2_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION2_P2_BIAS + co + 3];
        a0[INCEPTION2_P2_Z + out1 + 3] = zv;
        a0[INCEPTION2_P2_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION2_P2_BIAS + co + 4];
        a0[INCEPTION2_P2_Z + out0 + 4] = zv;
        a0[INCEPTION2_P2_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION2_P2_BIAS + co + 4];
        a0[INCEPTION2_P2_Z + out1 + 4] = zv;
        a0[INCEPTION2_P2_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION2_P2_BIAS + co + 5];
        a0[INCEPTION2_P2_Z + out0 + 5] = zv;
        a0[INCEPTION2_P2_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION2_P2_BIAS + co + 5];
        a0[INCEPTION2_P2_Z + out1 + 5] = zv;
        a0[INCEPTION2_P2_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION2_P2_BIAS + co + 6];
        a0[INCEPTION2_P2_Z + out0 + 6] = zv;
        a0[INCEPTION2_P2_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION2_P2_BIAS + co + 6];
        a0[INCEPTION2_P2_Z + out1 + 6] = zv;
        a0[INCEPTION2_P2_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION2_P2_BIAS + co + 7];
        a0[INCEPTION2_P2_Z + out0 + 7] = zv;
        a0[INCEPTION2_P2_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION2_P2_BIAS + co + 7];
        a0[INCEPTION2_P2_Z + out1 + 7] = zv;
        a0[INCEPTION2_P2_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception2_p3a.forward: z, and y = relu(z), = bias + 1×1 windows of inception1_concat1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 98;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 8;
    const ROW_ITEMS = 7;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let oy = e / ROW_ITEMS;
      let ox = (e % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION2_P3A_KERNEL;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[INCEPTION1_CONCAT1_Z + xi0 + ci];
        let x1 = a0[INCEPTION1_CONCAT1_Z + xi1 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C;
      {
        let zv = acc0_0.x + params[INCEPTION2_P3A_BIAS];
        a0[INCEPTION2_P3A_Z + out0] = zv;
        a0[INCEPTION2_P3A_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION2_P3A_BIAS];
        a0[INCEPTION2_P3A_Z + out1] = zv;
        a0[INCEPTION2_P3A_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION2_P3A_BIAS + 1];
        a0[INCEPTION2_P3A_Z + out0 + 1] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION2_P3A_BIAS + 1];
        a0[INCEPTION2_P3A_Z + out1 + 1] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION2_P3A_BIAS + 2];
        a0[INCEPTION2_P3A_Z + out0 + 2] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION2_P3A_BIAS + 2];
        a0[INCEPTION2_P3A_Z + out1 + 2] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION2_P3A_BIAS + 3];
        a0[INCEPTION2_P3A_Z + out0 + 3] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION2_P3A_BIAS + 3];
        a0[INCEPTION2_P3A_Z + out1 + 3] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION2_P3A_BIAS + 4];
        a0[INCEPTION2_P3A_Z + out0 + 4] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION2_P3A_BIAS + 4];
        a0[INCEPTION2_P3A_Z + out1 + 4] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION2_P3A_BIAS + 5];
        a0[INCEPTION2_P3A_Z + out0 + 5] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION2_P3A_BIAS + 5];
        a0[INCEPTION2_P3A_Z + out1 + 5] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION2_P3A_BIAS + 6];
        a0[INCEPTION2_P3A_Z + out0 + 6] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION2_P3A_BIAS + 6];
        a0[INCEPTION2_P3A_Z + out1 + 6] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION2_P3A_BIAS + 7];
        a0[INCEPTION2_P3A_Z + out0 + 7] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION2_P3A_BIAS + 7];
        a0[INCEPTION2_P3A_Z + out1 + 7] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception2_p3.forward: z, and y = relu(z), = bias + 5×5 windows of inception2_p3a's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 294;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 8;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 24;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
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
            var wi = INCEPTION2_P3_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[INCEPTION2_P3A_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[INCEPTION2_P3A_Y + xi1 + ci], in1);
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
        let zv = acc0_0.x + params[INCEPTION2_P3_BIAS + co];
        a0[INCEPTION2_P3_Z + out0] = zv;
        a0[INCEPTION2_P3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION2_P3_BIAS + co];
        a0[INCEPTION2_P3_Z + out1] = zv;
        a0[INCEPTION2_P3_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION2_P3_BIAS + co + 1];
        a0[INCEPTION2_P3_Z + out0 + 1] = zv;
        a0[INCEPTION2_P3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION2_P3_BIAS + co + 1];
        a0[INCEPTION2_P3_Z + out1 + 1] = zv;
        a0[INCEPTION2_P3_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION2_P3_BIAS + co + 2];
        a0[INCEPTION2_P3_Z + out0 + 2] = zv;
        a0[INCEPTION2_P3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION2_P3_BIAS + co + 2];
        a0[INCEPTION2_P3_Z + out1 + 2] = zv;
        a0[INCEPTION2_P3_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION2_P3_BIAS + co + 3];
        a0[INCEPTION2_P3_Z + out0 + 3] = zv;
        a0[INCEPTION2_P3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION2_P3_BIAS + co + 3];
        a0[INCEPTION2_P3_Z + out1 + 3] = zv;
        a0[INCEPTION2_P3_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION2_P3_BIAS + co + 4];
        a0[INCEPTION2_P3_Z + out0 + 4] = zv;
        a0[INCEPTION2_P3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION2_P3_BIAS + co + 4];
        a0[INCEPTION2_P3_Z + out1 + 4] = zv;
        a0[INCEPTION2_P3_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION2_P3_BIAS + co + 5];
        a0[INCEPTION2_P3_Z + out0 + 5] = zv;
        a0[INCEPTION2_P3_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION2_P3_BIAS + co + 5];
        a0[INCEPTION2_P3_Z + out1 + 5] = zv;
        a0[INCEPTION2_P3_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION2_P3_BIAS + co + 6];
        a0[INCEPTION2_P3_Z + out0 + 6] = zv;
        a0[INCEPTION2_P3_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION2_P3_BIAS + co + 6];
        a0[INCEPTION2_P3_Z + out1 + 6] = zv;
        a0[INCEPTION2_P3_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION2_P3_BIAS + co + 7];
        a0[INCEPTION2_P3_Z + out0 + 7] = zv;
        a0[INCEPTION2_P3_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION2_P3_BIAS + co + 7];
        a0[INCEPTION2_P3_Z + out1 + 7] = zv;
        a0[INCEPTION2_P3_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception2_p4a.forward: max pooling over 3×3 windows of inception1_concat1's output; an item per output element
  {
    const ITEMS = 15680;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_W = 14;
    const OUT_C = 80;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = -3.4028234663852886e38;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          for (var kx = 0; kx < WINDOW_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            if (ix >= 0 && ix < IN_W) {
              let v = a0[INCEPTION1_CONCAT1_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
              if (v > acc) { acc = v; }
            }
          }
        }
      }
      a0[INCEPTION2_P4A_Z + b * 15680 + e] = acc;
    }
  }
  storageBarrier();
  // inception2_p4.forward: z, and y = relu(z), = bias + 1×1 windows of inception2_p4a's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION2_P4_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[INCEPTION2_P4A_Z + xi0 + ci];
        let x1 = a0[INCEPTION2_P4A_Z + xi1 + ci];
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
        let zv = acc0_0.x + params[INCEPTION2_P4_BIAS + co];
        a0[INCEPTION2_P4_Z + out0] = zv;
        a0[INCEPTION2_P4_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION2_P4_BIAS + co];
        a0[INCEPTION2_P4_Z + out1] = zv;
        a0[INCEPTION2_P4_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION2_P4_BIAS + co + 1];
        a0[INCEPTION2_P4_Z + out0 + 1] = zv;
        a0[INCEPTION2_P4_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION2_P4_BIAS + co + 1];
        a0[INCEPTION2_P4_Z + out1 + 1] = zv;
        a0[INCEPTION2_P4_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION2_P4_BIAS + co + 2];
        a0[INCEPTION2_P4_Z + out0 + 2] = zv;
        a0[INCEPTION2_P4_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION2_P4_BIAS + co + 2];
        a0[INCEPTION2_P4_Z + out1 + 2] = zv;
        a0[INCEPTION2_P4_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION2_P4_BIAS + co + 3];
        a0[INCEPTION2_P4_Z + out0 + 3] = zv;
        a0[INCEPTION2_P4_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION2_P4_BIAS + co + 3];
        a0[INCEPTION2_P4_Z + out1 + 3] = zv;
        a0[INCEPTION2_P4_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION2_P4_BIAS + co + 4];
        a0[INCEPTION2_P4_Z + out0 + 4] = zv;
        a0[INCEPTION2_P4_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION2_P4_BIAS + co + 4];
        a0[INCEPTION2_P4_Z + out1 + 4] = zv;
        a0[INCEPTION2_P4_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION2_P4_BIAS + co + 5];
        a0[INCEPTION2_P4_Z + out0 + 5] = zv;
        a0[INCEPTION2_P4_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION2_P4_BIAS + co + 5];
        a0[INCEPTION2_P4_Z + out1 + 5] = zv;
        a0[INCEPTION2_P4_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION2_P4_BIAS + co + 6];
        a0[INCEPTION2_P4_Z + out0 + 6] = zv;
        a0[INCEPTION2_P4_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION2_P4_BIAS + co + 6];
        a0[INCEPTION2_P4_Z + out1 + 6] = zv;
        a0[INCEPTION2_P4_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION2_P4_BIAS + co + 7];
        a0[INCEPTION2_P4_Z + out0 + 7] = zv;
        a0[INCEPTION2_P4_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION2_P4_BIAS + co + 7];
        a0[INCEPTION2_P4_Z + out1 + 7] = zv;
        a0[INCEPTION2_P4_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception2_concat1.forward from inception2_p1: inception2_p1's output as channels 0–31 of 120; an item per element of it
  {
    const ITEMS = 6272;
    const POSITIONS = 196;
    const IN_C = 32;
    const OUT_C = 120;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a0[INCEPTION2_CONCAT1_Z + at] = a0[INCEPTION2_P1_Y + b * 6272 + e];
    }
  }
  storageBarrier();
  // inception2_concat1.forward from inception2_p2: inception2_p2's output as channels 32–79 of 120; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 196;
    const IN_C = 48;
    const OUT_C = 120;
    const FIRST = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION2_CONCAT1_Z + at] = a0[INCEPTION2_P2_Y + b * 9408 + e];
    }
  }
  storageBarrier();
  // inception2_concat1.forward from inception2_p3: inception2_p3's output as channels 80–103 of 120; an item per element of it
  {
    const ITEMS = 4704;
    const POSITIONS = 196;
    const IN_C = 24;
    const OUT_C = 120;
    const FIRST = 80;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION2_CONCAT1_Z + at] = a0[INCEPTION2_P3_Y + b * 4704 + e];
    }
  }
  storageBarrier();
  // inception2_concat1.forward from inception2_p4: inception2_p4's output as channels 104–119 of 120; an item per element of it
  {
    const ITEMS = 3136;
    const POSITIONS = 196;
    const IN_C = 16;
    const OUT_C = 120;
    const FIRST = 104;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION2_CONCAT1_Z + at] = a0[INCEPTION2_P4_Y + b * 3136 + e];
    }
  }
  storageBarrier();
  // pool2.forward: max pooling over 3×3 windows of inception2_concat1's output; an item per output element
  {
    const ITEMS = 5880;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 120;
    const OUT_W = 7;
    const OUT_C = 120;
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
        if (iy >= 0 && iy < IN_H) {
          for (var kx = 0; kx < WINDOW_W; kx++) {
            let ix = i32(ox) * STRIDE_W + kx;
            if (ix >= 0 && ix < IN_W) {
              let v = a0[INCEPTION2_CONCAT1_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
              if (v > acc) { acc = v; }
            }
          }
        }
      }
      a0[POOL2_Z + b * 5880 + e] = acc;
    }
  }
  storageBarrier();
  // inception3_p1.forward: z, and y = relu(z), = bias + 1×1 windows of pool2's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 294;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 48;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      var wi = INCEPTION3_P1_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[POOL2_Z + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[INCEPTION3_P1_BIAS + co];
        a0[INCEPTION3_P1_Z + out0] = zv;
        a0[INCEPTION3_P1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION3_P1_BIAS + co + 1];
        a0[INCEPTION3_P1_Z + out0 + 1] = zv;
        a0[INCEPTION3_P1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION3_P1_BIAS + co + 2];
        a0[INCEPTION3_P1_Z + out0 + 2] = zv;
        a0[INCEPTION3_P1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION3_P1_BIAS + co + 3];
        a0[INCEPTION3_P1_Z + out0 + 3] = zv;
        a0[INCEPTION3_P1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION3_P1_BIAS + co + 4];
        a0[INCEPTION3_P1_Z + out0 + 4] = zv;
        a0[INCEPTION3_P1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION3_P1_BIAS + co + 5];
        a0[INCEPTION3_P1_Z + out0 + 5] = zv;
        a0[INCEPTION3_P1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION3_P1_BIAS + co + 6];
        a0[INCEPTION3_P1_Z + out0 + 6] = zv;
        a0[INCEPTION3_P1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION3_P1_BIAS + co + 7];
        a0[INCEPTION3_P1_Z + out0 + 7] = zv;
        a0[INCEPTION3_P1_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception3_p2a.forward: z, and y = relu(z), = bias + 1×1 windows of pool2's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 147;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 24;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
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
      var wi = INCEPTION3_P2A_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[POOL2_Z + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[INCEPTION3_P2A_BIAS + co];
        a0[INCEPTION3_P2A_Z + out0] = zv;
        a0[INCEPTION3_P2A_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION3_P2A_BIAS + co + 1];
        a0[INCEPTION3_P2A_Z + out0 + 1] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION3_P2A_BIAS + co + 2];
        a0[INCEPTION3_P2A_Z + out0 + 2] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION3_P2A_BIAS + co + 3];
        a0[INCEPTION3_P2A_Z + out0 + 3] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION3_P2A_BIAS + co + 4];
        a0[INCEPTION3_P2A_Z + out0 + 4] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION3_P2A_BIAS + co + 5];
        a0[INCEPTION3_P2A_Z + out0 + 5] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION3_P2A_BIAS + co + 6];
        a0[INCEPTION3_P2A_Z + out0 + 6] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION3_P2A_BIAS + co + 7];
        a0[INCEPTION3_P2A_Z + out0 + 7] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception3_p2.forward: z, and y = relu(z), = bias + 3×3 windows of inception3_p2a's output · kernel; an item per 4 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 637;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 24;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 52;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
    const BLOCK = 4;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = r % ROW_ITEMS;
      var acc0_0 = vec4<f32>();
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            var wi = INCEPTION3_P2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[INCEPTION3_P2A_Y + xi0 + ci], in0);
              let w0 = params4[wi / 4u];
              acc0_0 = acc0_0 + x0 * w0;
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[INCEPTION3_P2_BIAS + co];
        a0[INCEPTION3_P2_Z + out0] = zv;
        a0[INCEPTION3_P2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION3_P2_BIAS + co + 1];
        a0[INCEPTION3_P2_Z + out0 + 1] = zv;
        a0[INCEPTION3_P2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION3_P2_BIAS + co + 2];
        a0[INCEPTION3_P2_Z + out0 + 2] = zv;
        a0[INCEPTION3_P2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION3_P2_BIAS + co + 3];
        a0[INCEPTION3_P2_Z + out0 + 3] = zv;
        a0[INCEPTION3_P2_Y + out0 + 3] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception3_p3a.forward: z, and y = relu(z), = bias + 1×1 windows of pool2's output · kernel; an item per 4 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 49;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 4;
    const ROW_ITEMS = 7;
    if (t < ITEMS) {
      let e = t;
      let oy = e / ROW_ITEMS;
      let ox = e % ROW_ITEMS;
      var acc0_0 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      var wi = INCEPTION3_P3A_KERNEL;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[POOL2_Z + xi0 + ci];
        let w0 = params4[wi / 4u];
        acc0_0 = acc0_0 + x0 * w0;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C;
      {
        let zv = acc0_0.x + params[INCEPTION3_P3A_BIAS];
        a0[INCEPTION3_P3A_Z + out0] = zv;
        a0[INCEPTION3_P3A_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION3_P3A_BIAS + 1];
        a0[INCEPTION3_P3A_Z + out0 + 1] = zv;
        a0[INCEPTION3_P3A_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION3_P3A_BIAS + 2];
        a0[INCEPTION3_P3A_Z + out0 + 2] = zv;
        a0[INCEPTION3_P3A_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION3_P3A_BIAS + 3];
        a0[INCEPTION3_P3A_Z + out0 + 3] = zv;
        a0[INCEPTION3_P3A_Y + out0 + 3] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception3_p3.forward: z, and y = relu(z), = bias + 5×5 windows of inception3_p3a's output · kernel; an item per 6 filters × 1 positions of a row
  {
    const ITEMS = 98;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 4;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = r % ROW_ITEMS;
      var acc0_0 = 0.0;
      var acc1_0 = 0.0;
      var acc2_0 = 0.0;
      var acc3_0 = 0.0;
      var acc4_0 = 0.0;
      var acc5_0 = 0.0;
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            var wi = INCEPTION3_P3_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[INCEPTION3_P3A_Y + xi0 + ci], in0);
              let w0 = params[wi];
              let w1 = params[wi + 1];
              let w2 = params[wi + 2];
              let w3 = params[wi + 3];
              let w4 = params[wi + 4];
              let w5 = params[wi + 5];
              acc0_0 = acc0_0 + x0 * w0;
              acc1_0 = acc1_0 + x0 * w1;
              acc2_0 = acc2_0 + x0 * w2;
              acc3_0 = acc3_0 + x0 * w3;
              acc4_0 = acc4_0 + x0 * w4;
              acc5_0 = acc5_0 + x0 * w5;
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0 + params[INCEPTION3_P3_BIAS + co];
        a0[INCEPTION3_P3_Z + out0] = zv;
        a0[INCEPTION3_P3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc1_0 + params[INCEPTION3_P3_BIAS + co + 1];
        a0[INCEPTION3_P3_Z + out0 + 1] = zv;
        a0[INCEPTION3_P3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc2_0 + params[INCEPTION3_P3_BIAS + co + 2];
        a0[INCEPTION3_P3_Z + out0 + 2] = zv;
        a0[INCEPTION3_P3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc3_0 + params[INCEPTION3_P3_BIAS + co + 3];
        a0[INCEPTION3_P3_Z + out0 + 3] = zv;
        a0[INCEPTION3_P3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc4_0 + params[INCEPTION3_P3_BIAS + co + 4];
        a0[INCEPTION3_P3_Z + out0 + 4] = zv;
        a0[INCEPTION3_P3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc5_0 + params[INCEPTION3_P3_BIAS + co + 5];
        a0[INCEPTION3_P3_Z + out0 + 5] = zv;
        a0[INCEPTION3_P3_Y + out0 + 5] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception3_p4a.forward: max pooling over 3×3 windows of pool2's output; an item per output element
  {
    const ITEMS = 5880;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_W = 7;
    const OUT_C = 120;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = -3.4028234663852886e38;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          for (var kx = 0; kx < WINDOW_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            if (ix >= 0 && ix < IN_W) {
              let v = a0[POOL2_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
              if (v > acc) { acc = v; }
            }
          }
        }
      }
      a0[INCEPTION3_P4A_Z + b * 5880 + e] = acc;
    }
  }
  storageBarrier();
  // inception3_p4.forward: z, and y = relu(z), = bias + 1×1 windows of inception3_p4a's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 98;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 16;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
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
      var wi = INCEPTION3_P4_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[INCEPTION3_P4A_Z + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[INCEPTION3_P4_BIAS + co];
        a0[INCEPTION3_P4_Z + out0] = zv;
        a0[INCEPTION3_P4_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION3_P4_BIAS + co + 1];
        a0[INCEPTION3_P4_Z + out0 + 1] = zv;
        a0[INCEPTION3_P4_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION3_P4_BIAS + co + 2];
        a0[INCEPTION3_P4_Z + out0 + 2] = zv;
        a0[INCEPTION3_P4_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION3_P4_BIAS + co + 3];
        a0[INCEPTION3_P4_Z + out0 + 3] = zv;
        a0[INCEPTION3_P4_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION3_P4_BIAS + co + 4];
        a0[INCEPTION3_P4_Z + out0 + 4] = zv;
        a0[INCEPTION3_P4_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION3_P4_BIAS + co + 5];
        a0[INCEPTION3_P4_Z + out0 + 5] = zv;
        a0[INCEPTION3_P4_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION3_P4_BIAS + co + 6];
        a0[INCEPTION3_P4_Z + out0 + 6] = zv;
        a0[INCEPTION3_P4_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION3_P4_BIAS + co + 7];
        a0[INCEPTION3_P4_Z + out0 + 7] = zv;
        a0[INCEPTION3_P4_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception3_concat1.forward from inception3_p1: inception3_p1's output as channels 0–47 of 128; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 49;
    const IN_C = 48;
    const OUT_C = 128;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a0[INCEPTION3_CONCAT1_Z + at] = a0[INCEPTION3_P1_Y + b * 2352 + e];
    }
  }
  storageBarrier();
  // inception3_concat1.forward from inception3_p2: inception3_p2's output as channels 48–99 of 128; an item per element of it
  {
    const ITEMS = 2548;
    const POSITIONS = 49;
    const IN_C = 52;
    const OUT_C = 128;
    const FIRST = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION3_CONCAT1_Z + at] = a0[INCEPTION3_P2_Y + b * 2548 + e];
    }
  }
  storageBarrier();
  // inception3_concat1.forward from inception3_p3: inception3_p3's output as channels 100–111 of 128; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 128;
    const FIRST = 100;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION3_CONCAT1_Z + at] = a0[INCEPTION3_P3_Y + b * 588 + e];
    }
  }
  storageBarrier();
  // inception3_concat1.forward from inception3_p4: inception3_p4's output as channels 112–127 of 128; an item per element of it
  {
    const ITEMS = 784;
    const POSITIONS = 49;
    const IN_C = 16;
    const OUT_C = 128;
    const FIRST = 112;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION3_CONCAT1_Z + at] = a0[INCEPTION3_P4_Y + b * 784 + e];
    }
  }
  storageBarrier();
  // pool3.forward: global avg pooling of inception3_concat1's output; an item per output element
  {
    const ITEMS = 128;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 128;
    const OUT_C = 128;
    const WINDOW_H = 7;
    const WINDOW_W = 7;
    if (t < ITEMS) {
      let e = t;
      let c = e % OUT_C;
      var acc = 0.0;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let v = a0[INCEPTION3_CONCAT1_Z + ((b * IN_H + u32(ky)) * IN_W + u32(kx)) * IN_C + c];
          acc = acc + v;
        }
      }
      a0[POOL3_Z + b * 128 + e] = acc / 49.0;
    }
  }
  storageBarrier();
  // dense1.forward: z = pool3's output · kernel + bias; an item per 2 units
  {
    const ITEMS = 5;
    const IN_UNITS = 128;
    const OUT_UNITS = 10;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[POOL3_Z + b * IN_UNITS + k];
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
  // dense1.input-gradient: the gradient reaching pool3: dz · kernelᵀ; an item per 8 input units
  {
    const ITEMS = 16;
    const IN_UNITS = 128;
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
  // pool3.input-gradient: the gradient reaching inception3_concat1 through global avg pooling: dz/(window cells) to every cell; an item per input element
  {
    const ITEMS = 6272;
    const IN_W = 7;
    const IN_C = 128;
    const OUT_C = 128;
    for (var e = t; e < ITEMS; e += THREADS) {
      let iy = e / (IN_W * IN_C);
      let ix = (e / IN_C) % IN_W;
      let c = e % IN_C;
      var acc = 0.0;
      acc = acc + a1[POOL3_DZ + b * OUT_C + c];
      a1[INCEPTION3_CONCAT1_DZ + b * 6272 + e] = acc * 0.020408162847161293;
    }
  }
  storageBarrier();
  // inception3_concat1.input-gradient to inception3_p4: the gradient reaching inception3_p4: channels 112–127 of dz; an item per element of it
  {
    const ITEMS = 784;
    const POSITIONS = 49;
    const IN_C = 16;
    const OUT_C = 128;
    const FIRST = 112;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a1[INCEPTION3_P4_DZ + b * 784 + e] = a1[INCEPTION3_CONCAT1_DZ + at] * dact_relu(a0[INCEPTION3_P4_Z + b * 784 + e]);
    }
  }
  storageBarrier();
  // inception3_concat1.input-gradient to inception3_p3: the gradient reaching inception3_p3: channels 100–111 of dz; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 128;
    const FIRST = 100;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a1[INCEPTION3_P3_DZ + b * 588 + e] = a1[INCEPTION3_CONCAT1_DZ + at] * dact_relu(a0[INCEPTION3_P3_Z + b * 588 + e]);
    }
  }
  storageBarrier();
  // inception3_concat1.input-gradient to inception3_p2: the gradient reaching inception3_p2: channels 48–99 of dz; an item per element of it
  {
    const ITEMS = 2548;
    const POSITIONS = 49;
    const IN_C = 52;
    const OUT_C = 128;
    const FIRST = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a1[INCEPTION3_P2_DZ + b * 2548 + e] = a1[INCEPTION3_CONCAT1_DZ + at] * dact_relu(a0[INCEPTION3_P2_Z + b * 2548 + e]);
    }
  }
  storageBarrier();
  // inception3_concat1.input-gradient to inception3_p1: the gradient reaching inception3_p1: channels 0–47 of dz; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 49;
    const IN_C = 48;
    const OUT_C = 128;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a1[INCEPTION3_P1_DZ + b * 2352 + e] = a1[INCEPTION3_CONCAT1_DZ + at] * dact_relu(a0[INCEPTION3_P1_Z + b * 2352 + e]);
    }
  }
  storageBarrier();
  // inception3_p4.input-gradient: the gradient reaching inception3_p4a: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
  {
    const ITEMS = 735;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 16;
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
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let wi = INCEPTION3_P4_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[INCEPTION3_P4_DZ + di0 + co], in0);
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
      a1[INCEPTION3_P4A_DZ + at0] = acc0_0;
      a1[INCEPTION3_P4A_DZ + at0 + 1] = acc1_0;
      a1[INCEPTION3_P4A_DZ + at0 + 2] = acc2_0;
      a1[INCEPTION3_P4A_DZ + at0 + 3] = acc3_0;
      a1[INCEPTION3_P4A_DZ + at0 + 4] = acc4_0;
      a1[INCEPTION3_P4A_DZ + at0 + 5] = acc5_0;
      a1[INCEPTION3_P4A_DZ + at0 + 6] = acc6_0;
      a1[INCEPTION3_P4A_DZ + at0 + 7] = acc7_0;
    }
  }
  storageBarrier();
  // inception3_p4a.input-gradient: the gradient reaching pool2 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 5880;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 120;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    for (var e = t; e < ITEMS; e += THREADS) {
      let iy = e / (IN_W * IN_C);
      let ix = (e / IN_C) % IN_W;
      let c = e % IN_C;
      let loY = i32(iy) + PAD_TOP + 1 - WINDOW_H;
      let oy0 = max(loY, 0);
      let oy1 = min(OUT_H - 1, i32(iy) + PAD_TOP);
      let loX = i32(ix) + PAD_LEFT + 1 - WINDOW_W;
      let ox0 = max(loX, 0);
      let ox1 = min(OUT_W - 1, i32(ix) + PAD_LEFT);
      var acc = 0.0;
      for (var oy = oy0; oy <= oy1; oy++) {
        for (var ox = ox0; ox <= ox1; ox++) {
          var best = -3.4028234663852886e38;
          var by = -1;
          var bx = -1;
          for (var ky = 0; ky < WINDOW_H; ky++) {
            let py = i32(oy) + ky - PAD_TOP;
            if (py >= 0 && py < IN_H) {
              for (var kx = 0; kx < WINDOW_W; kx++) {
                let px = i32(ox) + kx - PAD_LEFT;
                if (px >= 0 && px < IN_W) {
                  let v = a0[POOL2_Z + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
                  if (v > best) { best = v; by = py; bx = px; }
                }
              }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a1[INCEPTION3_P4A_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a1[POOL2_DZ + b * 5880 + e] = acc;
    }
  }
  storageBarrier();
  // inception3_p3.input-gradient: the gradient reaching inception3_p3a: dz through the transposed kernel; an item per 4 channels × 1 positions of a row
  {
    const ITEMS = 49;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 4;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const ROW_ITEMS = 7;
    if (t < ITEMS) {
      let e = t;
      let iy = e / ROW_ITEMS;
      let ix = e % ROW_ITEMS;
      var acc0_0 = 0.0;
      var acc1_0 = 0.0;
      var acc2_0 = 0.0;
      var acc3_0 = 0.0;
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let ty = i32(iy) + PAD_TOP - ky;
        if (ty >= 0 && ty < OUT_H) {
          let row = (b * OUT_H + u32(ty)) * OUT_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let tx = i32(ix) + PAD_LEFT - kx;
            let in0 = tx >= 0 && tx < OUT_W;
            let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
            let wi = INCEPTION3_P3_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[INCEPTION3_P3_DZ + di0 + co], in0);
              let w0 = params[wi + co];
              let w1 = params[wi + OUT_C + co];
              let w2 = params[wi + OUT_C * 2 + co];
              let w3 = params[wi + OUT_C * 3 + co];
              acc0_0 = acc0_0 + d0 * w0;
              acc1_0 = acc1_0 + d0 * w1;
              acc2_0 = acc2_0 + d0 * w2;
              acc3_0 = acc3_0 + d0 * w3;
            }
          }
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C;
      a1[INCEPTION3_P3A_DZ + at0] = acc0_0 * dact_relu(a0[INCEPTION3_P3A_Z + at0]);
      a1[INCEPTION3_P3A_DZ + at0 + 1] = acc1_0 * dact_relu(a0[INCEPTION3_P3A_Z + at0 + 1]);
      a1[INCEPTION3_P3A_DZ + at0 + 2] = acc2_0 * dact_relu(a0[INCEPTION3_P3A_Z + at0 + 2]);
      a1[INCEPTION3_P3A_DZ + at0 + 3] = acc3_0 * dact_relu(a0[INCEPTION3_P3A_Z + at0 + 3]);
    }
  }
  storageBarrier();
  // inception3_p3a.input-gradient: the gradient reaching pool2: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
  {
    const ITEMS = 735;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 4;
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
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let wi = INCEPTION3_P3A_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[INCEPTION3_P3A_DZ + di0 + co], in0);
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
      a1[POOL2_DZ + at0] = a1[POOL2_DZ + at0] + acc0_0;
      a1[POOL2_DZ + at0 + 1] = a1[POOL2_DZ + at0 + 1] + acc1_0;
      a1[POOL2_DZ + at0 + 2] = a1[POOL2_DZ + at0 + 2] + acc2_0;
      a1[POOL2_DZ + at0 + 3] = a1[POOL2_DZ + at0 + 3] + acc3_0;
      a1[POOL2_DZ + at0 + 4] = a1[POOL2_DZ + at0 + 4] + acc4_0;
      a1[POOL2_DZ + at0 + 5] = a1[POOL2_DZ + at0 + 5] + acc5_0;
      a1[POOL2_DZ + at0 + 6] = a1[POOL2_DZ + at0 + 6] + acc6_0;
      a1[POOL2_DZ + at0 + 7] = a1[POOL2_DZ + at0 + 7] + acc7_0;
    }
  }
  storageBarrier();
  // inception3_p2.input-gradient: the gradient reaching inception3_p2a: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
  {
    const ITEMS = 147;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 24;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 52;
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
            let wi = INCEPTION3_P2_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[INCEPTION3_P2_DZ + di0 + co], in0);
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
      a1[INCEPTION3_P2A_DZ + at0] = acc0_0 * dact_relu(a0[INCEPTION3_P2A_Z + at0]);
      a1[INCEPTION3_P2A_DZ + at0 + 1] = acc1_0 * dact_relu(a0[INCEPTION3_P2A_Z + at0 + 1]);
      a1[INCEPTION3_P2A_DZ + at0 + 2] = acc2_0 * dact_relu(a0[INCEPTION3_P2A_Z + at0 + 2]);
      a1[INCEPTION3_P2A_DZ + at0 + 3] = acc3_0 * dact_relu(a0[INCEPTION3_P2A_Z + at0 + 3]);
      a1[INCEPTION3_P2A_DZ + at0 + 4] = acc4_0 * dact_relu(a0[INCEPTION3_P2A_Z + at0 + 4]);
      a1[INCEPTION3_P2A_DZ + at0 + 5] = acc5_0 * dact_relu(a0[INCEPTION3_P2A_Z + at0 + 5]);
      a1[INCEPTION3_P2A_DZ + at0 + 6] = acc6_0 * dact_relu(a0[INCEPTION3_P2A_Z + at0 + 6]);
      a1[INCEPTION3_P2A_DZ + at0 + 7] = acc7_0 * dact_relu(a0[INCEPTION3_P2A_Z + at0 + 7]);
    }
  }
  storageBarrier();
  // inception3_p2a.input-gradient: the gradient reaching pool2: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
  {
    const ITEMS = 735;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 24;
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
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let wi = INCEPTION3_P2A_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[INCEPTION3_P2A_DZ + di0 + co], in0);
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
      a1[POOL2_DZ + at0] = a1[POOL2_DZ + at0] + acc0_0;
      a1[POOL2_DZ + at0 + 1] = a1[POOL2_DZ + at0 + 1] + acc1_0;
      a1[POOL2_DZ + at0 + 2] = a1[POOL2_DZ + at0 + 2] + acc2_0;
      a1[POOL2_DZ + at0 + 3] = a1[POOL2_DZ + at0 + 3] + acc3_0;
      a1[POOL2_DZ + at0 + 4] = a1[POOL2_DZ + at0 + 4] + acc4_0;
      a1[POOL2_DZ + at0 + 5] = a1[POOL2_DZ + at0 + 5] + acc5_0;
      a1[POOL2_DZ + at0 + 6] = a1[POOL2_DZ + at0 + 6] + acc6_0;
      a1[POOL2_DZ + at0 + 7] = a1[POOL2_DZ + at0 + 7] + acc7_0;
    }
  }
  storageBarrier();
  // inception3_p1.input-gradient: the gradient reaching pool2: dz through the transposed kernel; an item per 8 channels × 1 positions of a row
  {
    const ITEMS = 735;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 48;
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
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let wi = INCEPTION3_P1_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[INCEPTION3_P1_DZ + di0 + co], in0);
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
      a1[POOL2_DZ + at0] = a1[POOL2_DZ + at0] + acc0_0;
      a1[POOL2_DZ + at0 + 1] = a1[POOL2_DZ + at0 + 1] + acc1_0;
      a1[POOL2_DZ + at0 + 2] = a1[POOL2_DZ + at0 + 2] + acc2_0;
      a1[POOL2_DZ + at0 + 3] = a1[POOL2_DZ + at0 + 3] + acc3_0;
      a1[POOL2_DZ + at0 + 4] = a1[POOL2_DZ + at0 + 4] + acc4_0;
      a1[POOL2_DZ + at0 + 5] = a1[POOL2_DZ + at0 + 5] + acc5_0;
      a1[POOL2_DZ + at0 + 6] = a1[POOL2_DZ + at0 + 6] + acc6_0;
      a1[POOL2_DZ + at0 + 7] = a1[POOL2_DZ + at0 + 7] + acc7_0;
    }
  }
  storageBarrier();
  // pool2.input-gradient: the gradient reaching inception2_concat1 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 23520;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 120;
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
            if (py >= 0 && py < IN_H) {
              for (var kx = 0; kx < WINDOW_W; kx++) {
                let px = i32(ox) * STRIDE_W + kx;
                if (px >= 0 && px < IN_W) {
                  let v = a0[INCEPTION2_CONCAT1_Z + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
                  if (v > best) { best = v; by = py; bx = px; }
                }
              }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a1[POOL2_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a1[INCEPTION2_CONCAT1_DZ + b * 23520 + e] = acc;
    }
  }
  storageBarrier();
  // inception2_concat1.input-gradient to inception2_p4: the gradient reaching inception2_p4: channels 104–119 of dz; an item per element of it
  {
    const ITEMS = 3136;
    const POSITIONS = 196;
    const IN_C = 16;
    const OUT_C = 120;
    const FIRST = 104;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a1[INCEPTION2_P4_DZ + b * 3136 + e] = a1[INCEPTION2_CONCAT1_DZ + at] * dact_relu(a0[INCEPTION2_P4_Z + b * 3136 + e]);
    }
  }
  storageBarrier();
  // inception2_concat1.input-gradient to inception2_p3: the gradient reaching inception2_p3: channels 80–103 of dz; an item per element of it
  {
    const ITEMS = 4704;
    const POSITIONS = 196;
    const IN_C = 24;
    const OUT_C = 120;
    const FIRST = 80;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a1[INCEPTION2_P3_DZ + b * 4704 + e] = a1[INCEPTION2_CONCAT1_DZ + at] * dact_relu(a0[INCEPTION2_P3_Z + b * 4704 + e]);
    }
  }
  storageBarrier();
  // inception2_concat1.input-gradient to inception2_p2: the gradient reaching inception2_p2: channels 32–79 of dz; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 196;
    const IN_C = 48;
    const OUT_C = 120;
    const FIRST = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a1[INCEPTION2_P2_DZ + b * 9408 + e] = a1[INCEPTION2_CONCAT1_DZ + at] * dact_relu(a0[INCEPTION2_P2_Z + b * 9408 + e]);
    }
  }
  storageBarrier();
  // inception2_concat1.input-gradient to inception2_p1: the gradient reaching inception2_p1: channels 0–31 of dz; an item per element of it
  {
    const ITEMS = 6272;
    const POSITIONS = 196;
    const IN_C = 32;
    const OUT_C = 120;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a1[INCEPTION2_P1_DZ + b * 6272 + e] = a1[INCEPTION2_CONCAT1_DZ + at] * dact_relu(a0[INCEPTION2_P1_Z + b * 6272 + e]);
    }
  }
  storageBarrier();
  // inception2_p4.input-gradient: the gradient reaching inception2_p4a: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 980;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
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
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
        let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
        let wi = INCEPTION2_P4_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[INCEPTION2_P4_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[INCEPTION2_P4_DZ + di1 + co], in1);
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
      a1[INCEPTION2_P4A_DZ + at0] = acc0_0;
      a1[INCEPTION2_P4A_DZ + at1] = acc0_1;
      a1[INCEPTION2_P4A_DZ + at0 + 1] = acc1_0;
      a1[INCEPTION2_P4A_DZ + at1 + 1] = acc1_1;
      a1[INCEPTION2_P4A_DZ + at0 + 2] = acc2_0;
      a1[INCEPTION2_P4A_DZ + at1 + 2] = acc2_1;
      a1[INCEPTION2_P4A_DZ + at0 + 3] = acc3_0;
      a1[INCEPTION2_P4A_DZ + at1 + 3] = acc3_1;
      a1[INCEPTION2_P4A_DZ + at0 + 4] = acc4_0;
      a1[INCEPTION2_P4A_DZ + at1 + 4] = acc4_1;
      a1[INCEPTION2_P4A_DZ + at0 + 5] = acc5_0;
      a1[INCEPTION2_P4A_DZ + at1 + 5] = acc5_1;
      a1[INCEPTION2_P4A_DZ + at0 + 6] = acc6_0;
      a1[INCEPTION2_P4A_DZ + at1 + 6] = acc6_1;
      a1[INCEPTION2_P4A_DZ + at0 + 7] = acc7_0;
      a1[INCEPTION2_P4A_DZ + at1 + 7] = acc7_1;
    }
  }
  storageBarrier();
  // inception2_p4a.input-gradient: the gradient reaching inception1_concat1 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 15680;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 80;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    for (var e = t; e < ITEMS; e += THREADS) {
      let iy = e / (IN_W * IN_C);
      let ix = (e / IN_C) % IN_W;
      let c = e % IN_C;
      let loY = i32(iy) + PAD_TOP + 1 - WINDOW_H;
      let oy0 = max(loY, 0);
      let oy1 = min(OUT_H - 1, i32(iy) + PAD_TOP);
      let loX = i32(ix) + PAD_LEFT + 1 - WINDOW_W;
      let ox0 = max(loX, 0);
      let ox1 = min(OUT_W - 1, i32(ix) + PAD_LEFT);
      var acc = 0.0;
      for (var oy = oy0; oy <= oy1; oy++) {
        for (var ox = ox0; ox <= ox1; ox++) {
          var best = -3.4028234663852886e38;
          var by = -1;
          var bx = -1;
          for (var ky = 0; ky < WINDOW_H; ky++) {
            let py = i32(oy) + ky - PAD_TOP;
            if (py >= 0 && py < IN_H) {
              for (var kx = 0; kx < WINDOW_W; kx++) {
                let px = i32(ox) + kx - PAD_LEFT;
                if (px >= 0 && px < IN_W) {
                  let v = a0[INCEPTION1_CONCAT1_Z + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
                  if (v > best) { best = v; by = py; bx = px; }
                }
              }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a1[INCEPTION2_P4A_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a1[INCEPTION1_CONCAT1_DZ + b * 15680 + e] = acc;
    }
  }
  storageBarrier();
  // inception2_p3.input-gradient: the gradient reaching inception2_p3a: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 98;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 8;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 24;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
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
            let wi = INCEPTION2_P3_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[INCEPTION2_P3_DZ + di0 + co], in0);
              let d1 = select(0.0, a1[INCEPTION2_P3_DZ + di1 + co], in1);
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
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C;
      let at1 = (b * IN_H * IN_W + iy * IN_W + ix + 1) * IN_C;
      a1[INCEPTION2_P3A_DZ + at0] = acc0_0 * dact_relu(a0[INCEPTION2_P3A_Z + at0]);
      a1[INCEPTION2_P3A_DZ + at1] = acc0_1 * dact_relu(a0[INCEPTION2_P3A_Z + at1]);
      a1[INCEPTION2_P3A_DZ + at0 + 1] = acc1_0 * dact_relu(a0[INCEPTION2_P3A_Z + at0 + 1]);
      a1[INCEPTION2_P3A_DZ + at1 + 1] = acc1_1 * dact_relu(a0[INCEPTION2_P3A_Z + at1 + 1]);
      a1[INCEPTION2_P3A_DZ + at0 + 2] = acc2_0 * dact_relu(a0[INCEPTION2_P3A_Z + at0 + 2]);
      a1[INCEPTION2_P3A_DZ + at1 + 2] = acc2_1 * dact_relu(a0[INCEPTION2_P3A_Z + at1 + 2]);
      a1[INCEPTION2_P3A_DZ + at0 + 3] = acc3_0 * dact_relu(a0[INCEPTION2_P3A_Z + at0 + 3]);
      a1[INCEPTION2_P3A_DZ + at1 + 3] = acc3_1 * dact_relu(a0[INCEPTION2_P3A_Z + at1 + 3]);
      a1[INCEPTION2_P3A_DZ + at0 + 4] = acc4_0 * dact_relu(a0[INCEPTION2_P3A_Z + at0 + 4]);
      a1[INCEPTION2_P3A_DZ + at1 + 4] = acc4_1 * dact_relu(a0[INCEPTION2_P3A_Z + at1 + 4]);
      a1[INCEPTION2_P3A_DZ + at0 + 5] = acc5_0 * dact_relu(a0[INCEPTION2_P3A_Z + at0 + 5]);
      a1[INCEPTION2_P3A_DZ + at1 + 5] = acc5_1 * dact_relu(a0[INCEPTION2_P3A_Z + at1 + 5]);
      a1[INCEPTION2_P3A_DZ + at0 + 6] = acc6_0 * dact_relu(a0[INCEPTION2_P3A_Z + at0 + 6]);
      a1[INCEPTION2_P3A_DZ + at1 + 6] = acc6_1 * dact_relu(a0[INCEPTION2_P3A_Z + at1 + 6]);
      a1[INCEPTION2_P3A_DZ + at0 + 7] = acc7_0 * dact_relu(a0[INCEPTION2_P3A_Z + at0 + 7]);
      a1[INCEPTION2_P3A_DZ + at1 + 7] = acc7_1 * dact_relu(a0[INCEPTION2_P3A_Z + at1 + 7]);
    }
  }
  storageBarrier();
  // inception2_p3a.input-gradient: the gradient reaching inception1_concat1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 980;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 8;
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
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
        let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
        let wi = INCEPTION2_P3A_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[INCEPTION2_P3A_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[INCEPTION2_P3A_DZ + di1 + co], in1);
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
      a1[INCEPTION1_CONCAT1_DZ + at0] = a1[INCEPTION1_CONCAT1_DZ + at0] + acc0_0;
      a1[INCEPTION1_CONCAT1_DZ + at1] = a1[INCEPTION1_CONCAT1_DZ + at1] + acc0_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 1] = a1[INCEPTION1_CONCAT1_DZ + at0 + 1] + acc1_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 1] = a1[INCEPTION1_CONCAT1_DZ + at1 + 1] + acc1_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 2] = a1[INCEPTION1_CONCAT1_DZ + at0 + 2] + acc2_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 2] = a1[INCEPTION1_CONCAT1_DZ + at1 + 2] + acc2_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 3] = a1[INCEPTION1_CONCAT1_DZ + at0 + 3] + acc3_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 3] = a1[INCEPTION1_CONCAT1_DZ + at1 + 3] + acc3_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 4] = a1[INCEPTION1_CONCAT1_DZ + at0 + 4] + acc4_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 4] = a1[INCEPTION1_CONCAT1_DZ + at1 + 4] + acc4_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 5] = a1[INCEPTION1_CONCAT1_DZ + at0 + 5] + acc5_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 5] = a1[INCEPTION1_CONCAT1_DZ + at1 + 5] + acc5_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 6] = a1[INCEPTION1_CONCAT1_DZ + at0 + 6] + acc6_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 6] = a1[INCEPTION1_CONCAT1_DZ + at1 + 6] + acc6_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 7] = a1[INCEPTION1_CONCAT1_DZ + at0 + 7] + acc7_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 7] = a1[INCEPTION1_CONCAT1_DZ + at1 + 7] + acc7_1;
    }
  }
  storageBarrier();
  // inception2_p2.input-gradient: the gradient reaching inception2_p2a: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 48;
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
            let wi = INCEPTION2_P2_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[INCEPTION2_P2_DZ + di0 + co], in0);
              let d1 = select(0.0, a1[INCEPTION2_P2_DZ + di1 + co], in1);
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
      a1[INCEPTION2_P2A_DZ + at0] = acc0_0 * dact_relu(a0[INCEPTION2_P2A_Z + at0]);
      a1[INCEPTION2_P2A_DZ + at1] = acc0_1 * dact_relu(a0[INCEPTION2_P2A_Z + at1]);
      a1[INCEPTION2_P2A_DZ + at0 + 1] = acc1_0 * dact_relu(a0[INCEPTION2_P2A_Z + at0 + 1]);
      a1[INCEPTION2_P2A_DZ + at1 + 1] = acc1_1 * dact_relu(a0[INCEPTION2_P2A_Z + at1 + 1]);
      a1[INCEPTION2_P2A_DZ + at0 + 2] = acc2_0 * dact_relu(a0[INCEPTION2_P2A_Z + at0 + 2]);
      a1[INCEPTION2_P2A_DZ + at1 + 2] = acc2_1 * dact_relu(a0[INCEPTION2_P2A_Z + at1 + 2]);
      a1[INCEPTION2_P2A_DZ + at0 + 3] = acc3_0 * dact_relu(a0[INCEPTION2_P2A_Z + at0 + 3]);
      a1[INCEPTION2_P2A_DZ + at1 + 3] = acc3_1 * dact_relu(a0[INCEPTION2_P2A_Z + at1 + 3]);
      a1[INCEPTION2_P2A_DZ + at0 + 4] = acc4_0 * dact_relu(a0[INCEPTION2_P2A_Z + at0 + 4]);
      a1[INCEPTION2_P2A_DZ + at1 + 4] = acc4_1 * dact_relu(a0[INCEPTION2_P2A_Z + at1 + 4]);
      a1[INCEPTION2_P2A_DZ + at0 + 5] = acc5_0 * dact_relu(a0[INCEPTION2_P2A_Z + at0 + 5]);
      a1[INCEPTION2_P2A_DZ + at1 + 5] = acc5_1 * dact_relu(a0[INCEPTION2_P2A_Z + at1 + 5]);
      a1[INCEPTION2_P2A_DZ + at0 + 6] = acc6_0 * dact_relu(a0[INCEPTION2_P2A_Z + at0 + 6]);
      a1[INCEPTION2_P2A_DZ + at1 + 6] = acc6_1 * dact_relu(a0[INCEPTION2_P2A_Z + at1 + 6]);
      a1[INCEPTION2_P2A_DZ + at0 + 7] = acc7_0 * dact_relu(a0[INCEPTION2_P2A_Z + at0 + 7]);
      a1[INCEPTION2_P2A_DZ + at1 + 7] = acc7_1 * dact_relu(a0[INCEPTION2_P2A_Z + at1 + 7]);
    }
  }
  storageBarrier();
  // inception2_p2a.input-gradient: the gradient reaching inception1_concat1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 980;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
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
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
        let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
        let wi = INCEPTION2_P2A_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[INCEPTION2_P2A_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[INCEPTION2_P2A_DZ + di1 + co], in1);
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
      a1[INCEPTION1_CONCAT1_DZ + at0] = a1[INCEPTION1_CONCAT1_DZ + at0] + acc0_0;
      a1[INCEPTION1_CONCAT1_DZ + at1] = a1[INCEPTION1_CONCAT1_DZ + at1] + acc0_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 1] = a1[INCEPTION1_CONCAT1_DZ + at0 + 1] + acc1_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 1] = a1[INCEPTION1_CONCAT1_DZ + at1 + 1] + acc1_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 2] = a1[INCEPTION1_CONCAT1_DZ + at0 + 2] + acc2_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 2] = a1[INCEPTION1_CONCAT1_DZ + at1 + 2] + acc2_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 3] = a1[INCEPTION1_CONCAT1_DZ + at0 + 3] + acc3_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 3] = a1[INCEPTION1_CONCAT1_DZ + at1 + 3] + acc3_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 4] = a1[INCEPTION1_CONCAT1_DZ + at0 + 4] + acc4_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 4] = a1[INCEPTION1_CONCAT1_DZ + at1 + 4] + acc4_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 5] = a1[INCEPTION1_CONCAT1_DZ + at0 + 5] + acc5_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 5] = a1[INCEPTION1_CONCAT1_DZ + at1 + 5] + acc5_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 6] = a1[INCEPTION1_CONCAT1_DZ + at0 + 6] + acc6_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 6] = a1[INCEPTION1_CONCAT1_DZ + at1 + 6] + acc6_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 7] = a1[INCEPTION1_CONCAT1_DZ + at0 + 7] + acc7_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 7] = a1[INCEPTION1_CONCAT1_DZ + at1 + 7] + acc7_1;
    }
  }
  storageBarrier();
  // inception2_p1.input-gradient: the gradient reaching inception1_concat1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 980;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
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
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
        let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
        let wi = INCEPTION2_P1_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[INCEPTION2_P1_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[INCEPTION2_P1_DZ + di1 + co], in1);
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
      a1[INCEPTION1_CONCAT1_DZ + at0] = a1[INCEPTION1_CONCAT1_DZ + at0] + acc0_0;
      a1[INCEPTION1_CONCAT1_DZ + at1] = a1[INCEPTION1_CONCAT1_DZ + at1] + acc0_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 1] = a1[INCEPTION1_CONCAT1_DZ + at0 + 1] + acc1_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 1] = a1[INCEPTION1_CONCAT1_DZ + at1 + 1] + acc1_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 2] = a1[INCEPTION1_CONCAT1_DZ + at0 + 2] + acc2_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 2] = a1[INCEPTION1_CONCAT1_DZ + at1 + 2] + acc2_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 3] = a1[INCEPTION1_CONCAT1_DZ + at0 + 3] + acc3_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 3] = a1[INCEPTION1_CONCAT1_DZ + at1 + 3] + acc3_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 4] = a1[INCEPTION1_CONCAT1_DZ + at0 + 4] + acc4_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 4] = a1[INCEPTION1_CONCAT1_DZ + at1 + 4] + acc4_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 5] = a1[INCEPTION1_CONCAT1_DZ + at0 + 5] + acc5_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 5] = a1[INCEPTION1_CONCAT1_DZ + at1 + 5] + acc5_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 6] = a1[INCEPTION1_CONCAT1_DZ + at0 + 6] + acc6_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 6] = a1[INCEPTION1_CONCAT1_DZ + at1 + 6] + acc6_1;
      a1[INCEPTION1_CONCAT1_DZ + at0 + 7] = a1[INCEPTION1_CONCAT1_DZ + at0 + 7] + acc7_0;
      a1[INCEPTION1_CONCAT1_DZ + at1 + 7] = a1[INCEPTION1_CONCAT1_DZ + at1 + 7] + acc7_1;
    }
  }
  storageBarrier();
  // inception1_concat1.input-gradient to inception1_p4: the gradient reaching inception1_p4: channels 64–79 of dz; an item per element of it
  {
    const ITEMS = 3136;
    const POSITIONS = 196;
    const IN_C = 16;
    const OUT_C = 80;
    const FIRST = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a1[INCEPTION1_P4_DZ + b * 3136 + e] = a1[INCEPTION1_CONCAT1_DZ + at] * dact_relu(a0[INCEPTION1_P4_Z + b * 3136 + e]);
    }
  }
  storageBarrier();
  // inception1_concat1.input-gradient to inception1_p3: the gradient reaching inception1_p3: channels 48–63 of dz; an item per element of it
  {
    const ITEMS = 3136;
    const POSITIONS = 196;
    const IN_C = 16;
    const OUT_C = 80;
    const FIRST = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a1[INCEPTION1_P3_DZ + b * 3136 + e] = a1[INCEPTION1_CONCAT1_DZ + at] * dact_relu(a0[INCEPTION1_P3_Z + b * 3136 + e]);
    }
  }
  storageBarrier();
  // inception1_concat1.input-gradient to inception1_p2: the gradient reaching inception1_p2: channels 16–47 of dz; an item per element of it
  {
    const ITEMS = 6272;
    const POSITIONS = 196;
    const IN_C = 32;
    const OUT_C = 80;
    const FIRST = 16;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a1[INCEPTION1_P2_DZ + b * 6272 + e] = a1[INCEPTION1_CONCAT1_DZ + at] * dact_relu(a0[INCEPTION1_P2_Z + b * 6272 + e]);
    }
  }
  storageBarrier();
  // inception1_concat1.input-gradient to inception1_p1: the gradient reaching inception1_p1: channels 0–15 of dz; an item per element of it
  {
    const ITEMS = 3136;
    const POSITIONS = 196;
    const IN_C = 16;
    const OUT_C = 80;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a1[INCEPTION1_P1_DZ + b * 3136 + e] = a1[INCEPTION1_CONCAT1_DZ + at] * dact_relu(a0[INCEPTION1_P1_Z + b * 3136 + e]);
    }
  }
  storageBarrier();
  // inception1_p4.input-gradient: the gradient reaching inception1_p4a: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
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
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
        let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
        let wi = INCEPTION1_P4_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[INCEPTION1_P4_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[INCEPTION1_P4_DZ + di1 + co], in1);
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
      a1[INCEPTION1_P4A_DZ + at0] = acc0_0;
      a1[INCEPTION1_P4A_DZ + at1] = acc0_1;
      a1[INCEPTION1_P4A_DZ + at0 + 1] = acc1_0;
      a1[INCEPTION1_P4A_DZ + at1 + 1] = acc1_1;
      a1[INCEPTION1_P4A_DZ + at0 + 2] = acc2_0;
      a1[INCEPTION1_P4A_DZ + at1 + 2] = acc2_1;
      a1[INCEPTION1_P4A_DZ + at0 + 3] = acc3_0;
      a1[INCEPTION1_P4A_DZ + at1 + 3] = acc3_1;
      a1[INCEPTION1_P4A_DZ + at0 + 4] = acc4_0;
      a1[INCEPTION1_P4A_DZ + at1 + 4] = acc4_1;
      a1[INCEPTION1_P4A_DZ + at0 + 5] = acc5_0;
      a1[INCEPTION1_P4A_DZ + at1 + 5] = acc5_1;
      a1[INCEPTION1_P4A_DZ + at0 + 6] = acc6_0;
      a1[INCEPTION1_P4A_DZ + at1 + 6] = acc6_1;
      a1[INCEPTION1_P4A_DZ + at0 + 7] = acc7_0;
      a1[INCEPTION1_P4A_DZ + at1 + 7] = acc7_1;
    }
  }
  storageBarrier();
  // inception1_p4a.input-gradient: the gradient reaching pool1 through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 6272;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    for (var e = t; e < ITEMS; e += THREADS) {
      let iy = e / (IN_W * IN_C);
      let ix = (e / IN_C) % IN_W;
      let c = e % IN_C;
      let loY = i32(iy) + PAD_TOP + 1 - WINDOW_H;
      let oy0 = max(loY, 0);
      let oy1 = min(OUT_H - 1, i32(iy) + PAD_TOP);
      let loX = i32(ix) + PAD_LEFT + 1 - WINDOW_W;
      let ox0 = max(loX, 0);
      let ox1 = min(OUT_W - 1, i32(ix) + PAD_LEFT);
      var acc = 0.0;
      for (var oy = oy0; oy <= oy1; oy++) {
        for (var ox = ox0; ox <= ox1; ox++) {
          var best = -3.4028234663852886e38;
          var by = -1;
          var bx = -1;
          for (var ky = 0; ky < WINDOW_H; ky++) {
            let py = i32(oy) + ky - PAD_TOP;
            if (py >= 0 && py < IN_H) {
              for (var kx = 0; kx < WINDOW_W; kx++) {
                let px = i32(ox) + kx - PAD_LEFT;
                if (px >= 0 && px < IN_W) {
                  let v = a0[POOL1_Z + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
                  if (v > best) { best = v; by = py; bx = px; }
                }
              }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a1[INCEPTION1_P4A_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a1[POOL1_DZ + b * 6272 + e] = acc;
    }
  }
  storageBarrier();
  // inception1_p3.input-gradient: the gradient reaching inception1_p3a: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 98;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 8;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
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
            let wi = INCEPTION1_P3_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[INCEPTION1_P3_DZ + di0 + co], in0);
              let d1 = select(0.0, a1[INCEPTION1_P3_DZ + di1 + co], in1);
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
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C;
      let at1 = (b * IN_H * IN_W + iy * IN_W + ix + 1) * IN_C;
      a1[INCEPTION1_P3A_DZ + at0] = acc0_0 * dact_relu(a0[INCEPTION1_P3A_Z + at0]);
      a1[INCEPTION1_P3A_DZ + at1] = acc0_1 * dact_relu(a0[INCEPTION1_P3A_Z + at1]);
      a1[INCEPTION1_P3A_DZ + at0 + 1] = acc1_0 * dact_relu(a0[INCEPTION1_P3A_Z + at0 + 1]);
      a1[INCEPTION1_P3A_DZ + at1 + 1] = acc1_1 * dact_relu(a0[INCEPTION1_P3A_Z + at1 + 1]);
      a1[INCEPTION1_P3A_DZ + at0 + 2] = acc2_0 * dact_relu(a0[INCEPTION1_P3A_Z + at0 + 2]);
      a1[INCEPTION1_P3A_DZ + at1 + 2] = acc2_1 * dact_relu(a0[INCEPTION1_P3A_Z + at1 + 2]);
      a1[INCEPTION1_P3A_DZ + at0 + 3] = acc3_0 * dact_relu(a0[INCEPTION1_P3A_Z + at0 + 3]);
      a1[INCEPTION1_P3A_DZ + at1 + 3] = acc3_1 * dact_relu(a0[INCEPTION1_P3A_Z + at1 + 3]);
      a1[INCEPTION1_P3A_DZ + at0 + 4] = acc4_0 * dact_relu(a0[INCEPTION1_P3A_Z + at0 + 4]);
      a1[INCEPTION1_P3A_DZ + at1 + 4] = acc4_1 * dact_relu(a0[INCEPTION1_P3A_Z + at1 + 4]);
      a1[INCEPTION1_P3A_DZ + at0 + 5] = acc5_0 * dact_relu(a0[INCEPTION1_P3A_Z + at0 + 5]);
      a1[INCEPTION1_P3A_DZ + at1 + 5] = acc5_1 * dact_relu(a0[INCEPTION1_P3A_Z + at1 + 5]);
      a1[INCEPTION1_P3A_DZ + at0 + 6] = acc6_0 * dact_relu(a0[INCEPTION1_P3A_Z + at0 + 6]);
      a1[INCEPTION1_P3A_DZ + at1 + 6] = acc6_1 * dact_relu(a0[INCEPTION1_P3A_Z + at1 + 6]);
      a1[INCEPTION1_P3A_DZ + at0 + 7] = acc7_0 * dact_relu(a0[INCEPTION1_P3A_Z + at0 + 7]);
      a1[INCEPTION1_P3A_DZ + at1 + 7] = acc7_1 * dact_relu(a0[INCEPTION1_P3A_Z + at1 + 7]);
    }
  }
  storageBarrier();
  // inception1_p3a.input-gradient: the gradient reaching pool1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 8;
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
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
        let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
        let wi = INCEPTION1_P3A_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[INCEPTION1_P3A_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[INCEPTION1_P3A_DZ + di1 + co], in1);
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
      a1[POOL1_DZ + at0] = a1[POOL1_DZ + at0] + acc0_0;
      a1[POOL1_DZ + at1] = a1[POOL1_DZ + at1] + acc0_1;
      a1[POOL1_DZ + at0 + 1] = a1[POOL1_DZ + at0 + 1] + acc1_0;
      a1[POOL1_DZ + at1 + 1] = a1[POOL1_DZ + at1 + 1] + acc1_1;
      a1[POOL1_DZ + at0 + 2] = a1[POOL1_DZ + at0 + 2] + acc2_0;
      a1[POOL1_DZ + at1 + 2] = a1[POOL1_DZ + at1 + 2] + acc2_1;
      a1[POOL1_DZ + at0 + 3] = a1[POOL1_DZ + at0 + 3] + acc3_0;
      a1[POOL1_DZ + at1 + 3] = a1[POOL1_DZ + at1 + 3] + acc3_1;
      a1[POOL1_DZ + at0 + 4] = a1[POOL1_DZ + at0 + 4] + acc4_0;
      a1[POOL1_DZ + at1 + 4] = a1[POOL1_DZ + at1 + 4] + acc4_1;
      a1[POOL1_DZ + at0 + 5] = a1[POOL1_DZ + at0 + 5] + acc5_0;
      a1[POOL1_DZ + at1 + 5] = a1[POOL1_DZ + at1 + 5] + acc5_1;
      a1[POOL1_DZ + at0 + 6] = a1[POOL1_DZ + at0 + 6] + acc6_0;
      a1[POOL1_DZ + at1 + 6] = a1[POOL1_DZ + at1 + 6] + acc6_1;
      a1[POOL1_DZ + at0 + 7] = a1[POOL1_DZ + at0 + 7] + acc7_0;
      a1[POOL1_DZ + at1 + 7] = a1[POOL1_DZ + at1 + 7] + acc7_1;
    }
  }
  storageBarrier();
  // inception1_p2.input-gradient: the gradient reaching inception1_p2a: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
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
            let wi = INCEPTION1_P2_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a1[INCEPTION1_P2_DZ + di0 + co], in0);
              let d1 = select(0.0, a1[INCEPTION1_P2_DZ + di1 + co], in1);
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
      a1[INCEPTION1_P2A_DZ + at0] = acc0_0 * dact_relu(a0[INCEPTION1_P2A_Z + at0]);
      a1[INCEPTION1_P2A_DZ + at1] = acc0_1 * dact_relu(a0[INCEPTION1_P2A_Z + at1]);
      a1[INCEPTION1_P2A_DZ + at0 + 1] = acc1_0 * dact_relu(a0[INCEPTION1_P2A_Z + at0 + 1]);
      a1[INCEPTION1_P2A_DZ + at1 + 1] = acc1_1 * dact_relu(a0[INCEPTION1_P2A_Z + at1 + 1]);
      a1[INCEPTION1_P2A_DZ + at0 + 2] = acc2_0 * dact_relu(a0[INCEPTION1_P2A_Z + at0 + 2]);
      a1[INCEPTION1_P2A_DZ + at1 + 2] = acc2_1 * dact_relu(a0[INCEPTION1_P2A_Z + at1 + 2]);
      a1[INCEPTION1_P2A_DZ + at0 + 3] = acc3_0 * dact_relu(a0[INCEPTION1_P2A_Z + at0 + 3]);
      a1[INCEPTION1_P2A_DZ + at1 + 3] = acc3_1 * dact_relu(a0[INCEPTION1_P2A_Z + at1 + 3]);
      a1[INCEPTION1_P2A_DZ + at0 + 4] = acc4_0 * dact_relu(a0[INCEPTION1_P2A_Z + at0 + 4]);
      a1[INCEPTION1_P2A_DZ + at1 + 4] = acc4_1 * dact_relu(a0[INCEPTION1_P2A_Z + at1 + 4]);
      a1[INCEPTION1_P2A_DZ + at0 + 5] = acc5_0 * dact_relu(a0[INCEPTION1_P2A_Z + at0 + 5]);
      a1[INCEPTION1_P2A_DZ + at1 + 5] = acc5_1 * dact_relu(a0[INCEPTION1_P2A_Z + at1 + 5]);
      a1[INCEPTION1_P2A_DZ + at0 + 6] = acc6_0 * dact_relu(a0[INCEPTION1_P2A_Z + at0 + 6]);
      a1[INCEPTION1_P2A_DZ + at1 + 6] = acc6_1 * dact_relu(a0[INCEPTION1_P2A_Z + at1 + 6]);
      a1[INCEPTION1_P2A_DZ + at0 + 7] = acc7_0 * dact_relu(a0[INCEPTION1_P2A_Z + at0 + 7]);
      a1[INCEPTION1_P2A_DZ + at1 + 7] = acc7_1 * dact_relu(a0[INCEPTION1_P2A_Z + at1 + 7]);
    }
  }
  storageBarrier();
  // inception1_p2a.input-gradient: the gradient reaching pool1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
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
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
        let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
        let wi = INCEPTION1_P2A_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[INCEPTION1_P2A_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[INCEPTION1_P2A_DZ + di1 + co], in1);
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
      a1[POOL1_DZ + at0] = a1[POOL1_DZ + at0] + acc0_0;
      a1[POOL1_DZ + at1] = a1[POOL1_DZ + at1] + acc0_1;
      a1[POOL1_DZ + at0 + 1] = a1[POOL1_DZ + at0 + 1] + acc1_0;
      a1[POOL1_DZ + at1 + 1] = a1[POOL1_DZ + at1 + 1] + acc1_1;
      a1[POOL1_DZ + at0 + 2] = a1[POOL1_DZ + at0 + 2] + acc2_0;
      a1[POOL1_DZ + at1 + 2] = a1[POOL1_DZ + at1 + 2] + acc2_1;
      a1[POOL1_DZ + at0 + 3] = a1[POOL1_DZ + at0 + 3] + acc3_0;
      a1[POOL1_DZ + at1 + 3] = a1[POOL1_DZ + at1 + 3] + acc3_1;
      a1[POOL1_DZ + at0 + 4] = a1[POOL1_DZ + at0 + 4] + acc4_0;
      a1[POOL1_DZ + at1 + 4] = a1[POOL1_DZ + at1 + 4] + acc4_1;
      a1[POOL1_DZ + at0 + 5] = a1[POOL1_DZ + at0 + 5] + acc5_0;
      a1[POOL1_DZ + at1 + 5] = a1[POOL1_DZ + at1 + 5] + acc5_1;
      a1[POOL1_DZ + at0 + 6] = a1[POOL1_DZ + at0 + 6] + acc6_0;
      a1[POOL1_DZ + at1 + 6] = a1[POOL1_DZ + at1 + 6] + acc6_1;
      a1[POOL1_DZ + at0 + 7] = a1[POOL1_DZ + at0 + 7] + acc7_0;
      a1[POOL1_DZ + at1 + 7] = a1[POOL1_DZ + at1 + 7] + acc7_1;
    }
  }
  storageBarrier();
  // inception1_p1.input-gradient: the gradient reaching pool1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
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
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
        let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
        let wi = INCEPTION1_P1_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a1[INCEPTION1_P1_DZ + di0 + co], in0);
          let d1 = select(0.0, a1[INCEPTION1_P1_DZ + di1 + co], in1);
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
      a1[POOL1_DZ + at0] = a1[POOL1_DZ + at0] + acc0_0;
      a1[POOL1_DZ + at1] = a1[POOL1_DZ + at1] + acc0_1;
      a1[POOL1_DZ + at0 + 1] = a1[POOL1_DZ + at0 + 1] + acc1_0;
      a1[POOL1_DZ + at1 + 1] = a1[POOL1_DZ + at1 + 1] + acc1_1;
      a1[POOL1_DZ + at0 + 2] = a1[POOL1_DZ + at0 + 2] + acc2_0;
      a1[POOL1_DZ + at1 + 2] = a1[POOL1_DZ + at1 + 2] + acc2_1;
      a1[POOL1_DZ + at0 + 3] = a1[POOL1_DZ + at0 + 3] + acc3_0;
      a1[POOL1_DZ + at1 + 3] = a1[POOL1_DZ + at1 + 3] + acc3_1;
      a1[POOL1_DZ + at0 + 4] = a1[POOL1_DZ + at0 + 4] + acc4_0;
      a1[POOL1_DZ + at1 + 4] = a1[POOL1_DZ + at1 + 4] + acc4_1;
      a1[POOL1_DZ + at0 + 5] = a1[POOL1_DZ + at0 + 5] + acc5_0;
      a1[POOL1_DZ + at1 + 5] = a1[POOL1_DZ + at1 + 5] + acc5_1;
      a1[POOL1_DZ + at0 + 6] = a1[POOL1_DZ + at0 + 6] + acc6_0;
      a1[POOL1_DZ + at1 + 6] = a1[POOL1_DZ + at1 + 6] + acc6_1;
      a1[POOL1_DZ + at0 + 7] = a1[POOL1_DZ + at0 + 7] + acc7_0;
      a1[POOL1_DZ + at1 + 7] = a1[POOL1_DZ + at1 + 7] + acc7_1;
    }
  }
  storageBarrier();
  // pool1.input-gradient: the gradient reaching stem through max pooling: dz to the first largest cell of each window; an item per input element
  {
    const ITEMS = 25088;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
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
            if (py >= 0 && py < IN_H) {
              for (var kx = 0; kx < WINDOW_W; kx++) {
                let px = i32(ox) * STRIDE_W + kx;
                if (px >= 0 && px < IN_W) {
                  let v = a0[STEM_Y + ((b * IN_H + u32(py)) * IN_W + u32(px)) * IN_C + c];
                  if (v > best) { best = v; by = py; bx = px; }
                }
              }
            }
          }
          if (by == i32(iy) && bx == i32(ix)) { acc = acc + a1[POOL1_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c]; }
        }
      }
      a1[STEM_DZ + b * 25088 + e] = acc * dact_relu(a0[STEM_Z + b * 25088 + e]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel weight-gradients
// every conv and dense layer's weight gradient as partial sums over groups of examples, layer by layer in thread ranges
// one thread per index below 98954, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const POOL1_Z = 6522880u; // a0, 6272 floats per example: pool1's output
const INCEPTION1_P2A_Y = 8529920u; // a0, 3136 floats per example: inception1_p2a's output: relu(z)
const INCEPTION1_P3A_Y = 10737664u; // a0, 1568 floats per example: inception1_p3a's output: relu(z)
const INCEPTION1_P4A_Z = 11741184u; // a0, 6272 floats per example: inception1_p4a's output
const INCEPTION1_CONCAT1_Z = 13346816u; // a0, 15680 floats per example: inception1_concat1's output
const INCEPTION2_P2A_Y = 17762304u; // a0, 6272 floats per example: inception2_p2a's output: relu(z)
const INCEPTION2_P3A_Y = 21174272u; // a0, 1568 floats per example: inception2_p3a's output: relu(z)
const INCEPTION2_P4A_Z = 22579200u; // a0, 15680 floats per example: inception2_p4a's output
const POOL2_Z = 28399616u; // a0, 5880 floats per example: pool2's output
const INCEPTION3_P2A_Y = 29904896u; // a0, 1176 floats per example: inception3_p2a's output: relu(z)
const INCEPTION3_P3A_Y = 30732800u; // a0, 196 floats per example: inception3_p3a's output: relu(z)
const INCEPTION3_P4A_Z = 30908416u; // a0, 5880 floats per example: inception3_p4a's output
const POOL3_Z = 32664576u; // a0, 128 floats per example: pool3's output
const STEM_DZ = 0u; // a1, 25088 floats per example: the loss's gradient with respect to stem's output before its relu
const INCEPTION1_P1_DZ = 4014080u; // a1, 3136 floats per example: the loss's gradient with respect to inception1_p1's output before its relu
const INCEPTION1_P2A_DZ = 4415488u; // a1, 3136 floats per example: the loss's gradient with respect to inception1_p2a's output before its relu
const INCEPTION1_P2_DZ = 4816896u; // a1, 6272 floats per example: the loss's gradient with respect to inception1_p2's output before its relu
const INCEPTION1_P3A_DZ = 5619712u; // a1, 1568 floats per example: the loss's gradient with respect to inception1_p3a's output before its relu
const INCEPTION1_P3_DZ = 5820416u; // a1, 3136 floats per example: the loss's gradient with respect to inception1_p3's output before its relu
const INCEPTION1_P4_DZ = 7024640u; // a1, 3136 floats per example: the loss's gradient with respect to inception1_p4's output before its relu
const INCEPTION2_P1_DZ = 9433088u; // a1, 6272 floats per example: the loss's gradient with respect to inception2_p1's output before its relu
const INCEPTION2_P2A_DZ = 10235904u; // a1, 6272 floats per example: the loss's gradient with respect to inception2_p2a's output before its relu
const INCEPTION2_P2_DZ = 11038720u; // a1, 9408 floats per example: the loss's gradient with respect to inception2_p2's output before its relu
const INCEPTION2_P3A_DZ = 12242944u; // a1, 1568 floats per example: the loss's gradient with respect to inception2_p3a's output before its relu
const INCEPTION2_P3_DZ = 12443648u; // a1, 4704 floats per example: the loss's gradient with respect to inception2_p3's output before its relu
const INCEPTION2_P4_DZ = 15052800u; // a1, 3136 floats per example: the loss's gradient with respect to inception2_p4's output before its relu
const INCEPTION3_P1_DZ = 19217408u; // a1, 2352 floats per example: the loss's gradient with respect to inception3_p1's output before its relu
const INCEPTION3_P2A_DZ = 19518464u; // a1, 1176 floats per example: the loss's gradient with respect to inception3_p2a's output before its relu
const INCEPTION3_P2_DZ = 19668992u; // a1, 2548 floats per example: the loss's gradient with respect to inception3_p2's output before its relu
const INCEPTION3_P3A_DZ = 19995136u; // a1, 196 floats per example: the loss's gradient with respect to inception3_p3a's output before its relu
const INCEPTION3_P3_DZ = 20020224u; // a1, 588 floats per example: the loss's gradient with respect to inception3_p3's output before its relu
const INCEPTION3_P4_DZ = 20848128u; // a1, 784 floats per example: the loss's gradient with respect to inception3_p4's output before its relu
const DENSE1_DZ = 21767680u; // a1, 10 floats per example: the loss's gradient with respect to dense1's output
const STEM_PARTIALS = 21768960u; // a1, 40960 floats: stem's weight-gradient partial sums: 128 groups × 320 weights
const INCEPTION1_P1_PARTIALS = 21809920u; // a1, 13728 floats: inception1_p1's weight-gradient partial sums: 26 groups × 528 weights
const INCEPTION1_P2A_PARTIALS = 21823680u; // a1, 13728 floats: inception1_p2a's weight-gradient partial sums: 26 groups × 528 weights
const INCEPTION1_P2_PARTIALS = 21837440u; // a1, 120640 floats: inception1_p2's weight-gradient partial sums: 26 groups × 4640 weights
const INCEPTION1_P3A_PARTIALS = 21958080u; // a1, 6864 floats: inception1_p3a's weight-gradient partial sums: 26 groups × 264 weights
const INCEPTION1_P3_PARTIALS = 21964992u; // a1, 83616 floats: inception1_p3's weight-gradient partial sums: 26 groups × 3216 weights
const INCEPTION1_P4_PARTIALS = 22048640u; // a1, 13728 floats: inception1_p4's weight-gradient partial sums: 26 groups × 528 weights
const INCEPTION2_P1_PARTIALS = 22062400u; // a1, 67392 floats: inception2_p1's weight-gradient partial sums: 26 groups × 2592 weights
const INCEPTION2_P2A_PARTIALS = 22129792u; // a1, 67392 floats: inception2_p2a's weight-gradient partial sums: 26 groups × 2592 weights
const INCEPTION2_P2_PARTIALS = 22197184u; // a1, 360672 floats: inception2_p2's weight-gradient partial sums: 26 groups × 13872 weights
const INCEPTION2_P3A_PARTIALS = 22557888u; // a1, 16848 floats: inception2_p3a's weight-gradient partial sums: 26 groups × 648 weights
const INCEPTION2_P3_PARTIALS = 22574784u; // a1, 125424 floats: inception2_p3's weight-gradient partial sums: 26 groups × 4824 weights
const INCEPTION2_P4_PARTIALS = 22700224u; // a1, 33696 floats: inception2_p4's weight-gradient partial sums: 26 groups × 1296 weights
const INCEPTION3_P1_PARTIALS = 22733952u; // a1, 40656 floats: inception3_p1's weight-gradient partial sums: 7 groups × 5808 weights
const INCEPTION3_P2A_PARTIALS = 22774656u; // a1, 20328 floats: inception3_p2a's weight-gradient partial sums: 7 groups × 2904 weights
const INCEPTION3_P2_PARTIALS = 22795008u; // a1, 78988 floats: inception3_p2's weight-gradient partial sums: 7 groups × 11284 weights
const INCEPTION3_P3A_PARTIALS = 22874048u; // a1, 3388 floats: inception3_p3a's weight-gradient partial sums: 7 groups × 484 weights
const INCEPTION3_P3_PARTIALS = 22877440u; // a1, 8484 floats: inception3_p3's weight-gradient partial sums: 7 groups × 1212 weights
const INCEPTION3_P4_PARTIALS = 22885952u; // a1, 13552 floats: inception3_p4's weight-gradient partial sums: 7 groups × 1936 weights
const DENSE1_PARTIALS = 22899520u; // a1, 1290 floats: dense1's weight-gradient partial sums: 1 group × 1290 weights

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
  if (i >= 98954u) { return; }
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
  // stem/bias: one filter; 128 groups of 1 example × 32 threads
  if (i >= 3072u && i < 7168u) {
    const PER_GROUP = 32;
    const EXAMPLES = 1;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 288;
    const WEIGHTS = 320;
    const OUT_POSITIONS = 784;
    let local = i - 3072u;
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
    a1[STEM_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception1_p1/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 26 groups of 5 examples × 32 threads
  if (i >= 7168u && i < 8000u) {
    const PER_GROUP = 32;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const FILTER_BLOCKS = 4;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 528;
    let local = i - 7168u;
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
          let d0 = a1[INCEPTION1_P1_DZ + di];
          let d1 = a1[INCEPTION1_P1_DZ + di + 1];
          let d2 = a1[INCEPTION1_P1_DZ + di + 2];
          let d3 = a1[INCEPTION1_P1_DZ + di + 3];
          let x0_0 = a0[POOL1_Z + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[POOL1_Z + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[POOL1_Z + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[POOL1_Z + (row + u32(ox)) * IN_C + ci + 3];
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
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 16] = acc0_1_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 32] = acc0_2_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 48] = acc0_3_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 17] = acc1_1_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 33] = acc1_2_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 49] = acc1_3_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 18] = acc2_1_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 34] = acc2_2_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 50] = acc2_3_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 19] = acc3_1_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 35] = acc3_2_0;
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + wi + 51] = acc3_3_0;
    return;
  }
  // inception1_p1/bias: one filter; 26 groups of 5 examples × 16 threads
  if (i >= 8000u && i < 8416u) {
    const PER_GROUP = 16;
    const EXAMPLES = 5;
    const OUT_C = 16;
    const KERNEL_WEIGHTS = 512;
    const WEIGHTS = 528;
    const OUT_POSITIONS = 196;
    let local = i - 8000u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION1_P1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION1_P1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception1_p2a/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 26 groups of 5 examples × 32 threads
  if (i >= 8448u && i < 9280u) {
    const PER_GROUP = 32;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const FILTER_BLOCKS = 4;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 528;
    let local = i - 8448u;
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
          let d0 = a1[INCEPTION1_P2A_DZ + di];
          let d1 = a1[INCEPTION1_P2A_DZ + di + 1];
          let d2 = a1[INCEPTION1_P2A_DZ + di + 2];
          let d3 = a1[INCEPTION1_P2A_DZ + di + 3];
          let x0_0 = a0[POOL1_Z + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[POOL1_Z + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[POOL1_Z + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[POOL1_Z + (row + u32(ox)) * IN_C + ci + 3];
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
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 16] = acc0_1_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 32] = acc0_2_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 48] = acc0_3_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 17] = acc1_1_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 33] = acc1_2_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 49] = acc1_3_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 18] = acc2_1_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 34] = acc2_2_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 50] = acc2_3_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 19] = acc3_1_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 35] = acc3_2_0;
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + wi + 51] = acc3_3_0;
    return;
  }
  // inception1_p2a/bias: one filter; 26 groups of 5 examples × 16 threads
  if (i >= 9280u && i < 9696u) {
    const PER_GROUP = 16;
    const EXAMPLES = 5;
    const OUT_C = 16;
    const KERNEL_WEIGHTS = 512;
    const WEIGHTS = 528;
    const OUT_POSITIONS = 196;
    let local = i - 9280u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION1_P2A_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION1_P2A_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception1_p2/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 26 groups of 5 examples × 384 threads
  if (i >= 9728u && i < 19712u) {
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
    let local = i - 9728u;
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
          var x0_0 = select(0.0, a0[INCEPTION1_P2A_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[INCEPTION1_P2A_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[INCEPTION1_P2A_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[INCEPTION1_P2A_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[INCEPTION1_P2_DZ + di];
            let d1 = a1[INCEPTION1_P2_DZ + di + 1];
            let x0_2 = select(0.0, a0[INCEPTION1_P2A_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[INCEPTION1_P2A_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a1[INCEPTION1_P2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION1_P2_PARTIALS + group * WEIGHTS + wi + 512] = acc0_0_1;
    a1[INCEPTION1_P2_PARTIALS + group * WEIGHTS + wi + 1024] = acc0_0_2;
    a1[INCEPTION1_P2_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a1[INCEPTION1_P2_PARTIALS + group * WEIGHTS + wi + 544] = acc0_1_1;
    a1[INCEPTION1_P2_PARTIALS + group * WEIGHTS + wi + 1056] = acc0_1_2;
    a1[INCEPTION1_P2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION1_P2_PARTIALS + group * WEIGHTS + wi + 513] = acc1_0_1;
    a1[INCEPTION1_P2_PARTIALS + group * WEIGHTS + wi + 1025] = acc1_0_2;
    a1[INCEPTION1_P2_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a1[INCEPTION1_P2_PARTIALS + group * WEIGHTS + wi + 545] = acc1_1_1;
    a1[INCEPTION1_P2_PARTIALS + group * WEIGHTS + wi + 1057] = acc1_1_2;
    return;
  }
  // inception1_p2/bias: one filter; 26 groups of 5 examples × 32 threads
  if (i >= 19712u && i < 20544u) {
    const PER_GROUP = 32;
    const EXAMPLES = 5;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 4608;
    const WEIGHTS = 4640;
    const OUT_POSITIONS = 196;
    let local = i - 19712u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION1_P2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION1_P2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception1_p3a/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 26 groups of 5 examples × 16 threads
  if (i >= 20544u && i < 20960u) {
    const PER_GROUP = 16;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 8;
    const FILTER_BLOCKS = 2;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 264;
    let local = i - 20544u;
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
          let d0 = a1[INCEPTION1_P3A_DZ + di];
          let d1 = a1[INCEPTION1_P3A_DZ + di + 1];
          let d2 = a1[INCEPTION1_P3A_DZ + di + 2];
          let d3 = a1[INCEPTION1_P3A_DZ + di + 3];
          let x0_0 = a0[POOL1_Z + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[POOL1_Z + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[POOL1_Z + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[POOL1_Z + (row + u32(ox)) * IN_C + ci + 3];
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
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 8] = acc0_1_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 16] = acc0_2_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 24] = acc0_3_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 9] = acc1_1_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 17] = acc1_2_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 25] = acc1_3_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 10] = acc2_1_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 18] = acc2_2_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 26] = acc2_3_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 11] = acc3_1_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 19] = acc3_2_0;
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + wi + 27] = acc3_3_0;
    return;
  }
  // inception1_p3a/bias: one filter; 26 groups of 5 examples × 8 threads
  if (i >= 20992u && i < 21200u) {
    const PER_GROUP = 8;
    const EXAMPLES = 5;
    const OUT_C = 8;
    const KERNEL_WEIGHTS = 256;
    const WEIGHTS = 264;
    const OUT_POSITIONS = 196;
    let local = i - 20992u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION1_P3A_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION1_P3A_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception1_p3/kernel: 2 filters × 5 taps of a kernel row × one input channel; 26 groups of 5 examples × 320 threads
  if (i >= 21248u && i < 29568u) {
    const PER_GROUP = 320;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 8;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const FILTER_BLOCKS = 8;
    const FILTER_BLOCK = 2;
    const WEIGHTS = 3216;
    let local = i - 21248u;
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
          var x0 = select(0.0, a0[INCEPTION1_P3A_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1 = select(0.0, a0[INCEPTION1_P3A_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x2 = select(0.0, a0[INCEPTION1_P3A_Y + (row + u32(clamp(2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 2 - PAD_LEFT >= 0 && 2 - PAD_LEFT < IN_W);
          var x3 = select(0.0, a0[INCEPTION1_P3A_Y + (row + u32(clamp(3 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 3 - PAD_LEFT >= 0 && 3 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[INCEPTION1_P3_DZ + di];
            let d1 = a1[INCEPTION1_P3_DZ + di + 1];
            let x4 = select(0.0, a0[INCEPTION1_P3A_Y + (row + u32(clamp(ox + 4 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 4 - PAD_LEFT >= 0 && ox + 4 - PAD_LEFT < IN_W);
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
    a1[INCEPTION1_P3_PARTIALS + group * WEIGHTS + wi] = acc0_0;
    a1[INCEPTION1_P3_PARTIALS + group * WEIGHTS + wi + 128] = acc0_1;
    a1[INCEPTION1_P3_PARTIALS + group * WEIGHTS + wi + 256] = acc0_2;
    a1[INCEPTION1_P3_PARTIALS + group * WEIGHTS + wi + 384] = acc0_3;
    a1[INCEPTION1_P3_PARTIALS + group * WEIGHTS + wi + 512] = acc0_4;
    a1[INCEPTION1_P3_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0;
    a1[INCEPTION1_P3_PARTIALS + group * WEIGHTS + wi + 129] = acc1_1;
    a1[INCEPTION1_P3_PARTIALS + group * WEIGHTS + wi + 257] = acc1_2;
    a1[INCEPTION1_P3_PARTIALS + group * WEIGHTS + wi + 385] = acc1_3;
    a1[INCEPTION1_P3_PARTIALS + group * WEIGHTS + wi + 513] = acc1_4;
    return;
  }
  // inception1_p3/bias: one filter; 26 groups of 5 examples × 16 threads
  if (i >= 29568u && i < 29984u) {
    const PER_GROUP = 16;
    const EXAMPLES = 5;
    const OUT_C = 16;
    const KERNEL_WEIGHTS = 3200;
    const WEIGHTS = 3216;
    const OUT_POSITIONS = 196;
    let local = i - 29568u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION1_P3_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION1_P3_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception1_p4/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 26 groups of 5 examples × 32 threads
  if (i >= 30016u && i < 30848u) {
    const PER_GROUP = 32;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const FILTER_BLOCKS = 4;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 8;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 528;
    let local = i - 30016u;
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
          let d0 = a1[INCEPTION1_P4_DZ + di];
          let d1 = a1[INCEPTION1_P4_DZ + di + 1];
          let d2 = a1[INCEPTION1_P4_DZ + di + 2];
          let d3 = a1[INCEPTION1_P4_DZ + di + 3];
          let x0_0 = a0[INCEPTION1_P4A_Z + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[INCEPTION1_P4A_Z + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[INCEPTION1_P4A_Z + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[INCEPTION1_P4A_Z + (row + u32(ox)) * IN_C + ci + 3];
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
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 16] = acc0_1_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 32] = acc0_2_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 48] = acc0_3_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 17] = acc1_1_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 33] = acc1_2_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 49] = acc1_3_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 18] = acc2_1_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 34] = acc2_2_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 50] = acc2_3_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 19] = acc3_1_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 35] = acc3_2_0;
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + wi + 51] = acc3_3_0;
    return;
  }
  // inception1_p4/bias: one filter; 26 groups of 5 examples × 16 threads
  if (i >= 30848u && i < 31264u) {
    const PER_GROUP = 16;
    const EXAMPLES = 5;
    const OUT_C = 16;
    const KERNEL_WEIGHTS = 512;
    const WEIGHTS = 528;
    const OUT_POSITIONS = 196;
    let local = i - 30848u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION1_P4_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION1_P4_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception2_p1/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 26 groups of 5 examples × 160 threads
  if (i >= 31296u && i < 35456u) {
    const PER_GROUP = 160;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const FILTER_BLOCKS = 8;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 20;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 2592;
    let local = i - 31296u;
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
          let d0 = a1[INCEPTION2_P1_DZ + di];
          let d1 = a1[INCEPTION2_P1_DZ + di + 1];
          let d2 = a1[INCEPTION2_P1_DZ + di + 2];
          let d3 = a1[INCEPTION2_P1_DZ + di + 3];
          let x0_0 = a0[INCEPTION1_CONCAT1_Z + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[INCEPTION1_CONCAT1_Z + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[INCEPTION1_CONCAT1_Z + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[INCEPTION1_CONCAT1_Z + (row + u32(ox)) * IN_C + ci + 3];
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
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 64] = acc0_2_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 96] = acc0_3_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 65] = acc1_2_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 97] = acc1_3_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 34] = acc2_1_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 66] = acc2_2_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 98] = acc2_3_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 35] = acc3_1_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 67] = acc3_2_0;
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + wi + 99] = acc3_3_0;
    return;
  }
  // inception2_p1/bias: one filter; 26 groups of 5 examples × 32 threads
  if (i >= 35456u && i < 36288u) {
    const PER_GROUP = 32;
    const EXAMPLES = 5;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 2560;
    const WEIGHTS = 2592;
    const OUT_POSITIONS = 196;
    let local = i - 35456u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION2_P1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION2_P1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception2_p2a/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 26 groups of 5 examples × 160 threads
  if (i >= 36288u && i < 40448u) {
    const PER_GROUP = 160;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
    const FILTER_BLOCKS = 8;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 20;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 2592;
    let local = i - 36288u;
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
          let d0 = a1[INCEPTION2_P2A_DZ + di];
          let d1 = a1[INCEPTION2_P2A_DZ + di + 1];
          let d2 = a1[INCEPTION2_P2A_DZ + di + 2];
          let d3 = a1[INCEPTION2_P2A_DZ + di + 3];
          let x0_0 = a0[INCEPTION1_CONCAT1_Z + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[INCEPTION1_CONCAT1_Z + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[INCEPTION1_CONCAT1_Z + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[INCEPTION1_CONCAT1_Z + (row + u32(ox)) * IN_C + ci + 3];
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
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 32] = acc0_1_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 64] = acc0_2_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 96] = acc0_3_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 33] = acc1_1_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 65] = acc1_2_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 97] = acc1_3_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 34] = acc2_1_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 66] = acc2_2_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 98] = acc2_3_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 35] = acc3_1_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 67] = acc3_2_0;
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + wi + 99] = acc3_3_0;
    return;
  }
  // inception2_p2a/bias: one filter; 26 groups of 5 examples × 32 threads
  if (i >= 40448u && i < 41280u) {
    const PER_GROUP = 32;
    const EXAMPLES = 5;
    const OUT_C = 32;
    const KERNEL_WEIGHTS = 2560;
    const WEIGHTS = 2592;
    const OUT_POSITIONS = 196;
    let local = i - 40448u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION2_P2A_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION2_P2A_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception2_p2/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 26 groups of 5 examples × 1152 threads
  if (i >= 41280u && i < 71232u) {
    const PER_GROUP = 1152;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 48;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 24;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 16;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 13872;
    let local = i - 41280u;
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
          var x0_0 = select(0.0, a0[INCEPTION2_P2A_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[INCEPTION2_P2A_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[INCEPTION2_P2A_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[INCEPTION2_P2A_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[INCEPTION2_P2_DZ + di];
            let d1 = a1[INCEPTION2_P2_DZ + di + 1];
            let x0_2 = select(0.0, a0[INCEPTION2_P2A_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[INCEPTION2_P2A_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a1[INCEPTION2_P2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION2_P2_PARTIALS + group * WEIGHTS + wi + 1536] = acc0_0_1;
    a1[INCEPTION2_P2_PARTIALS + group * WEIGHTS + wi + 3072] = acc0_0_2;
    a1[INCEPTION2_P2_PARTIALS + group * WEIGHTS + wi + 48] = acc0_1_0;
    a1[INCEPTION2_P2_PARTIALS + group * WEIGHTS + wi + 1584] = acc0_1_1;
    a1[INCEPTION2_P2_PARTIALS + group * WEIGHTS + wi + 3120] = acc0_1_2;
    a1[INCEPTION2_P2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION2_P2_PARTIALS + group * WEIGHTS + wi + 1537] = acc1_0_1;
    a1[INCEPTION2_P2_PARTIALS + group * WEIGHTS + wi + 3073] = acc1_0_2;
    a1[INCEPTION2_P2_PARTIALS + group * WEIGHTS + wi + 49] = acc1_1_0;
    a1[INCEPTION2_P2_PARTIALS + group * WEIGHTS + wi + 1585] = acc1_1_1;
    a1[INCEPTION2_P2_PARTIALS + group * WEIGHTS + wi + 3121] = acc1_1_2;
    return;
  }
  // inception2_p2/bias: one filter; 26 groups of 5 examples × 48 threads
  if (i >= 71232u && i < 72480u) {
    const PER_GROUP = 48;
    const EXAMPLES = 5;
    const OUT_C = 48;
    const KERNEL_WEIGHTS = 13824;
    const WEIGHTS = 13872;
    const OUT_POSITIONS = 196;
    let local = i - 71232u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION2_P2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION2_P2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception2_p3a/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 26 groups of 5 examples × 40 threads
  if (i >= 72512u && i < 73552u) {
    const PER_GROUP = 40;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 8;
    const FILTER_BLOCKS = 2;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 20;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 648;
    let local = i - 72512u;
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
          let d0 = a1[INCEPTION2_P3A_DZ + di];
          let d1 = a1[INCEPTION2_P3A_DZ + di + 1];
          let d2 = a1[INCEPTION2_P3A_DZ + di + 2];
          let d3 = a1[INCEPTION2_P3A_DZ + di + 3];
          let x0_0 = a0[INCEPTION1_CONCAT1_Z + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[INCEPTION1_CONCAT1_Z + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[INCEPTION1_CONCAT1_Z + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[INCEPTION1_CONCAT1_Z + (row + u32(ox)) * IN_C + ci + 3];
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
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 8] = acc0_1_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 16] = acc0_2_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 24] = acc0_3_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 9] = acc1_1_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 17] = acc1_2_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 25] = acc1_3_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 10] = acc2_1_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 18] = acc2_2_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 26] = acc2_3_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 11] = acc3_1_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 19] = acc3_2_0;
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + wi + 27] = acc3_3_0;
    return;
  }
  // inception2_p3a/bias: one filter; 26 groups of 5 examples × 8 threads
  if (i >= 73600u && i < 73808u) {
    const PER_GROUP = 8;
    const EXAMPLES = 5;
    const OUT_C = 8;
    const KERNEL_WEIGHTS = 640;
    const WEIGHTS = 648;
    const OUT_POSITIONS = 196;
    let local = i - 73600u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION2_P3A_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION2_P3A_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception2_p3/kernel: 3 filters × 5 taps of a kernel row × one input channel; 26 groups of 5 examples × 320 threads
  if (i >= 73856u && i < 82176u) {
    const PER_GROUP = 320;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 8;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 24;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const FILTER_BLOCKS = 8;
    const FILTER_BLOCK = 3;
    const WEIGHTS = 4824;
    let local = i - 73856u;
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
          var x0 = select(0.0, a0[INCEPTION2_P3A_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1 = select(0.0, a0[INCEPTION2_P3A_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x2 = select(0.0, a0[INCEPTION2_P3A_Y + (row + u32(clamp(2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 2 - PAD_LEFT >= 0 && 2 - PAD_LEFT < IN_W);
          var x3 = select(0.0, a0[INCEPTION2_P3A_Y + (row + u32(clamp(3 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 3 - PAD_LEFT >= 0 && 3 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[INCEPTION2_P3_DZ + di];
            let d1 = a1[INCEPTION2_P3_DZ + di + 1];
            let d2 = a1[INCEPTION2_P3_DZ + di + 2];
            let x4 = select(0.0, a0[INCEPTION2_P3A_Y + (row + u32(clamp(ox + 4 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 4 - PAD_LEFT >= 0 && ox + 4 - PAD_LEFT < IN_W);
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
    let wi = (u32(ky) * KERNEL_W * IN_C + ci) * OUT_C + co;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi] = acc0_0;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 192] = acc0_1;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 384] = acc0_2;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 576] = acc0_3;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 768] = acc0_4;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 193] = acc1_1;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 385] = acc1_2;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 577] = acc1_3;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 769] = acc1_4;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 194] = acc2_1;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 386] = acc2_2;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 578] = acc2_3;
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + wi + 770] = acc2_4;
    return;
  }
  // inception2_p3/bias: one filter; 26 groups of 5 examples × 24 threads
  if (i >= 82176u && i < 82800u) {
    const PER_GROUP = 24;
    const EXAMPLES = 5;
    const OUT_C = 24;
    const KERNEL_WEIGHTS = 4800;
    const WEIGHTS = 4824;
    const OUT_POSITIONS = 196;
    let local = i - 82176u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION2_P3_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION2_P3_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception2_p4/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 26 groups of 5 examples × 80 threads
  if (i >= 82816u && i < 84896u) {
    const PER_GROUP = 80;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const FILTER_BLOCKS = 4;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 20;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 1296;
    let local = i - 82816u;
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
          let d0 = a1[INCEPTION2_P4_DZ + di];
          let d1 = a1[INCEPTION2_P4_DZ + di + 1];
          let d2 = a1[INCEPTION2_P4_DZ + di + 2];
          let d3 = a1[INCEPTION2_P4_DZ + di + 3];
          let x0_0 = a0[INCEPTION2_P4A_Z + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[INCEPTION2_P4A_Z + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[INCEPTION2_P4A_Z + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[INCEPTION2_P4A_Z + (row + u32(ox)) * IN_C + ci + 3];
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
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 16] = acc0_1_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 32] = acc0_2_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 48] = acc0_3_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 17] = acc1_1_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 33] = acc1_2_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 49] = acc1_3_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 18] = acc2_1_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 34] = acc2_2_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 50] = acc2_3_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 19] = acc3_1_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 35] = acc3_2_0;
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + wi + 51] = acc3_3_0;
    return;
  }
  // inception2_p4/bias: one filter; 26 groups of 5 examples × 16 threads
  if (i >= 84928u && i < 85344u) {
    const PER_GROUP = 16;
    const EXAMPLES = 5;
    const OUT_C = 16;
    const KERNEL_WEIGHTS = 1280;
    const WEIGHTS = 1296;
    const OUT_POSITIONS = 196;
    let local = i - 84928u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION2_P4_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION2_P4_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception3_p1/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 7 groups of 20 examples × 360 threads
  if (i >= 85376u && i < 87896u) {
    const PER_GROUP = 360;
    const EXAMPLES = 20;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 48;
    const FILTER_BLOCKS = 12;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 30;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 5808;
    let local = i - 85376u;
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
          let d0 = a1[INCEPTION3_P1_DZ + di];
          let d1 = a1[INCEPTION3_P1_DZ + di + 1];
          let d2 = a1[INCEPTION3_P1_DZ + di + 2];
          let d3 = a1[INCEPTION3_P1_DZ + di + 3];
          let x0_0 = a0[POOL2_Z + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[POOL2_Z + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[POOL2_Z + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[POOL2_Z + (row + u32(ox)) * IN_C + ci + 3];
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
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 48] = acc0_1_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 96] = acc0_2_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 144] = acc0_3_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 49] = acc1_1_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 97] = acc1_2_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 145] = acc1_3_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 50] = acc2_1_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 98] = acc2_2_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 146] = acc2_3_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 51] = acc3_1_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 99] = acc3_2_0;
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + wi + 147] = acc3_3_0;
    return;
  }
  // inception3_p1/bias: one filter; 7 groups of 20 examples × 48 threads
  if (i >= 87936u && i < 88272u) {
    const PER_GROUP = 48;
    const EXAMPLES = 20;
    const OUT_C = 48;
    const KERNEL_WEIGHTS = 5760;
    const WEIGHTS = 5808;
    const OUT_POSITIONS = 49;
    let local = i - 87936u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION3_P1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION3_P1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception3_p2a/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 7 groups of 20 examples × 180 threads
  if (i >= 88320u && i < 89580u) {
    const PER_GROUP = 180;
    const EXAMPLES = 20;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 24;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 30;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 2904;
    let local = i - 88320u;
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
          let d0 = a1[INCEPTION3_P2A_DZ + di];
          let d1 = a1[INCEPTION3_P2A_DZ + di + 1];
          let d2 = a1[INCEPTION3_P2A_DZ + di + 2];
          let d3 = a1[INCEPTION3_P2A_DZ + di + 3];
          let x0_0 = a0[POOL2_Z + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[POOL2_Z + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[POOL2_Z + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[POOL2_Z + (row + u32(ox)) * IN_C + ci + 3];
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
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 24] = acc0_1_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 48] = acc0_2_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 72] = acc0_3_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 25] = acc1_1_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 49] = acc1_2_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 73] = acc1_3_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 26] = acc2_1_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 50] = acc2_2_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 74] = acc2_3_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 27] = acc3_1_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 51] = acc3_2_0;
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + wi + 75] = acc3_3_0;
    return;
  }
  // inception3_p2a/bias: one filter; 7 groups of 20 examples × 24 threads
  if (i >= 89600u && i < 89768u) {
    const PER_GROUP = 24;
    const EXAMPLES = 20;
    const OUT_C = 24;
    const KERNEL_WEIGHTS = 2880;
    const WEIGHTS = 2904;
    const OUT_POSITIONS = 49;
    let local = i - 89600u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION3_P2A_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION3_P2A_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception3_p2/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 7 groups of 20 examples × 936 threads
  if (i >= 89792u && i < 96344u) {
    const PER_GROUP = 936;
    const EXAMPLES = 20;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 24;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 52;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 26;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 12;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 11284;
    let local = i - 89792u;
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
          var x0_0 = select(0.0, a0[INCEPTION3_P2A_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[INCEPTION3_P2A_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[INCEPTION3_P2A_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[INCEPTION3_P2A_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[INCEPTION3_P2_DZ + di];
            let d1 = a1[INCEPTION3_P2_DZ + di + 1];
            let x0_2 = select(0.0, a0[INCEPTION3_P2A_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[INCEPTION3_P2A_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a1[INCEPTION3_P2_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION3_P2_PARTIALS + group * WEIGHTS + wi + 1248] = acc0_0_1;
    a1[INCEPTION3_P2_PARTIALS + group * WEIGHTS + wi + 2496] = acc0_0_2;
    a1[INCEPTION3_P2_PARTIALS + group * WEIGHTS + wi + 52] = acc0_1_0;
    a1[INCEPTION3_P2_PARTIALS + group * WEIGHTS + wi + 1300] = acc0_1_1;
    a1[INCEPTION3_P2_PARTIALS + group * WEIGHTS + wi + 2548] = acc0_1_2;
    a1[INCEPTION3_P2_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION3_P2_PARTIALS + group * WEIGHTS + wi + 1249] = acc1_0_1;
    a1[INCEPTION3_P2_PARTIALS + group * WEIGHTS + wi + 2497] = acc1_0_2;
    a1[INCEPTION3_P2_PARTIALS + group * WEIGHTS + wi + 53] = acc1_1_0;
    a1[INCEPTION3_P2_PARTIALS + group * WEIGHTS + wi + 1301] = acc1_1_1;
    a1[INCEPTION3_P2_PARTIALS + group * WEIGHTS + wi + 2549] = acc1_1_2;
    return;
  }
  // inception3_p2/bias: one filter; 7 groups of 20 examples × 52 threads
  if (i >= 96384u && i < 96748u) {
    const PER_GROUP = 52;
    const EXAMPLES = 20;
    const OUT_C = 52;
    const KERNEL_WEIGHTS = 11232;
    const WEIGHTS = 11284;
    const OUT_POSITIONS = 49;
    let local = i - 96384u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION3_P2_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION3_P2_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception3_p3a/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 7 groups of 20 examples × 30 threads
  if (i >= 96768u && i < 96978u) {
    const PER_GROUP = 30;
    const EXAMPLES = 20;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 4;
    const CHANNEL_BLOCKS = 30;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 484;
    let local = i - 96768u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let ci = (t % CHANNEL_BLOCKS) * CHANNEL_BLOCK;
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
          let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C;
          let d0 = a1[INCEPTION3_P3A_DZ + di];
          let d1 = a1[INCEPTION3_P3A_DZ + di + 1];
          let d2 = a1[INCEPTION3_P3A_DZ + di + 2];
          let d3 = a1[INCEPTION3_P3A_DZ + di + 3];
          let x0_0 = a0[POOL2_Z + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[POOL2_Z + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[POOL2_Z + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[POOL2_Z + (row + u32(ox)) * IN_C + ci + 3];
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
    let wi = ci * OUT_C;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 4] = acc0_1_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 8] = acc0_2_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 12] = acc0_3_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 5] = acc1_1_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 9] = acc1_2_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 13] = acc1_3_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 6] = acc2_1_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 10] = acc2_2_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 14] = acc2_3_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 7] = acc3_1_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 11] = acc3_2_0;
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + wi + 15] = acc3_3_0;
    return;
  }
  // inception3_p3a/bias: one filter; 7 groups of 20 examples × 4 threads
  if (i >= 97024u && i < 97052u) {
    const PER_GROUP = 4;
    const EXAMPLES = 20;
    const OUT_C = 4;
    const KERNEL_WEIGHTS = 480;
    const WEIGHTS = 484;
    const OUT_POSITIONS = 49;
    let local = i - 97024u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION3_P3A_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION3_P3A_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception3_p3/kernel: 3 filters × 5 taps of a kernel row × one input channel; 7 groups of 20 examples × 80 threads
  if (i >= 97088u && i < 97648u) {
    const PER_GROUP = 80;
    const EXAMPLES = 20;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 4;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const FILTER_BLOCKS = 4;
    const FILTER_BLOCK = 3;
    const WEIGHTS = 1212;
    let local = i - 97088u;
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
          var x0 = select(0.0, a0[INCEPTION3_P3A_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1 = select(0.0, a0[INCEPTION3_P3A_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x2 = select(0.0, a0[INCEPTION3_P3A_Y + (row + u32(clamp(2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 2 - PAD_LEFT >= 0 && 2 - PAD_LEFT < IN_W);
          var x3 = select(0.0, a0[INCEPTION3_P3A_Y + (row + u32(clamp(3 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 3 - PAD_LEFT >= 0 && 3 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a1[INCEPTION3_P3_DZ + di];
            let d1 = a1[INCEPTION3_P3_DZ + di + 1];
            let d2 = a1[INCEPTION3_P3_DZ + di + 2];
            let x4 = select(0.0, a0[INCEPTION3_P3A_Y + (row + u32(clamp(ox + 4 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 4 - PAD_LEFT >= 0 && ox + 4 - PAD_LEFT < IN_W);
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
    let wi = (u32(ky) * KERNEL_W * IN_C + ci) * OUT_C + co;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi] = acc0_0;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 48] = acc0_1;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 96] = acc0_2;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 144] = acc0_3;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 192] = acc0_4;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 49] = acc1_1;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 97] = acc1_2;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 145] = acc1_3;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 193] = acc1_4;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 50] = acc2_1;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 98] = acc2_2;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 146] = acc2_3;
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + wi + 194] = acc2_4;
    return;
  }
  // inception3_p3/bias: one filter; 7 groups of 20 examples × 12 threads
  if (i >= 97664u && i < 97748u) {
    const PER_GROUP = 12;
    const EXAMPLES = 20;
    const OUT_C = 12;
    const KERNEL_WEIGHTS = 1200;
    const WEIGHTS = 1212;
    const OUT_POSITIONS = 49;
    let local = i - 97664u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION3_P3_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION3_P3_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // inception3_p4/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 7 groups of 20 examples × 120 threads
  if (i >= 97792u && i < 98632u) {
    const PER_GROUP = 120;
    const EXAMPLES = 20;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 16;
    const FILTER_BLOCKS = 4;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 30;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 1936;
    let local = i - 97792u;
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
          let d0 = a1[INCEPTION3_P4_DZ + di];
          let d1 = a1[INCEPTION3_P4_DZ + di + 1];
          let d2 = a1[INCEPTION3_P4_DZ + di + 2];
          let d3 = a1[INCEPTION3_P4_DZ + di + 3];
          let x0_0 = a0[INCEPTION3_P4A_Z + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a0[INCEPTION3_P4A_Z + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a0[INCEPTION3_P4A_Z + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a0[INCEPTION3_P4A_Z + (row + u32(ox)) * IN_C + ci + 3];
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
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 16] = acc0_1_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 32] = acc0_2_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 48] = acc0_3_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 17] = acc1_1_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 33] = acc1_2_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 49] = acc1_3_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 18] = acc2_1_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 34] = acc2_2_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 50] = acc2_3_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 19] = acc3_1_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 35] = acc3_2_0;
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + wi + 51] = acc3_3_0;
    return;
  }
  // inception3_p4/bias: one filter; 7 groups of 20 examples × 16 threads
  if (i >= 98688u && i < 98800u) {
    const PER_GROUP = 16;
    const EXAMPLES = 20;
    const OUT_C = 16;
    const KERNEL_WEIGHTS = 1920;
    const WEIGHTS = 1936;
    const OUT_POSITIONS = 49;
    let local = i - 98688u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a1[INCEPTION3_P4_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a1[INCEPTION3_P4_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dense1/kernel: 8 input units' weights to 2 output units; 1 group of 128 examples × 80 threads
  if (i >= 98816u && i < 98896u) {
    const IN_UNITS = 128;
    const OUT_UNITS = 10;
    const BLOCK = 8;
    const UNIT_BLOCK = 2;
    const UNIT_BLOCKS = 5;
    const WEIGHTS = 1290;
    let local = i - 98816u;
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
      let x0 = a0[POOL3_Z + b * IN_UNITS + k];
      let x1 = a0[POOL3_Z + b * IN_UNITS + k + 1];
      let x2 = a0[POOL3_Z + b * IN_UNITS + k + 2];
      let x3 = a0[POOL3_Z + b * IN_UNITS + k + 3];
      let x4 = a0[POOL3_Z + b * IN_UNITS + k + 4];
      let x5 = a0[POOL3_Z + b * IN_UNITS + k + 5];
      let x6 = a0[POOL3_Z + b * IN_UNITS + k + 6];
      let x7 = a0[POOL3_Z + b * IN_UNITS + k + 7];
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
  if (i >= 98944u && i < 98954u) {
    const OUT_UNITS = 10;
    const KERNEL_WEIGHTS = 1280;
    const WEIGHTS = 1290;
    let local = i - 98944u;
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
// one thread per index below 181568, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_PARTIALS = 21768960u; // a1, 40960 floats: stem's weight-gradient partial sums: 128 groups × 320 weights
const INCEPTION1_P1_PARTIALS = 21809920u; // a1, 13728 floats: inception1_p1's weight-gradient partial sums: 26 groups × 528 weights
const INCEPTION1_P2A_PARTIALS = 21823680u; // a1, 13728 floats: inception1_p2a's weight-gradient partial sums: 26 groups × 528 weights
const INCEPTION1_P2_PARTIALS = 21837440u; // a1, 120640 floats: inception1_p2's weight-gradient partial sums: 26 groups × 4640 weights
const INCEPTION1_P3A_PARTIALS = 21958080u; // a1, 6864 floats: inception1_p3a's weight-gradient partial sums: 26 groups × 264 weights
const INCEPTION1_P3_PARTIALS = 21964992u; // a1, 83616 floats: inception1_p3's weight-gradient partial sums: 26 groups × 3216 weights
const INCEPTION1_P4_PARTIALS = 22048640u; // a1, 13728 floats: inception1_p4's weight-gradient partial sums: 26 groups × 528 weights
const INCEPTION2_P1_PARTIALS = 22062400u; // a1, 67392 floats: inception2_p1's weight-gradient partial sums: 26 groups × 2592 weights
const INCEPTION2_P2A_PARTIALS = 22129792u; // a1, 67392 floats: inception2_p2a's weight-gradient partial sums: 26 groups × 2592 weights
const INCEPTION2_P2_PARTIALS = 22197184u; // a1, 360672 floats: inception2_p2's weight-gradient partial sums: 26 groups × 13872 weights
const INCEPTION2_P3A_PARTIALS = 22557888u; // a1, 16848 floats: inception2_p3a's weight-gradient partial sums: 26 groups × 648 weights
const INCEPTION2_P3_PARTIALS = 22574784u; // a1, 125424 floats: inception2_p3's weight-gradient partial sums: 26 groups × 4824 weights
const INCEPTION2_P4_PARTIALS = 22700224u; // a1, 33696 floats: inception2_p4's weight-gradient partial sums: 26 groups × 1296 weights

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
  if (i >= 181568u) { return; }
  // stem: 128 groups in 11 runs of 12, 320 weights each
  if (i < 3520u) {
    const WEIGHTS = 320;
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
  // inception1_p1: 26 groups in 5 runs of 6, 528 weights each
  if (i >= 3520u && i < 6160u) {
    const WEIGHTS = 528;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 3520u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[INCEPTION1_P1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[INCEPTION1_P1_PARTIALS + g * WEIGHTS + j];
    }
    a1[INCEPTION1_P1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // inception1_p2a: 26 groups in 5 runs of 6, 528 weights each
  if (i >= 6208u && i < 8848u) {
    const WEIGHTS = 528;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 6208u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[INCEPTION1_P2A_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[INCEPTION1_P2A_PARTIALS + g * WEIGHTS + j];
    }
    a1[INCEPTION1_P2A_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // inception1_p2: 26 groups in 5 runs of 6, 4640 weights each
  if (i >= 8896u && i < 32096u) {
    const WEIGHTS = 4640;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 8896u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[INCEPTION1_P2_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[INCEPTION1_P2_PARTIALS + g * WEIGHTS + j];
    }
    a1[INCEPTION1_P2_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // inception1_p3a: 26 groups in 5 runs of 6, 264 weights each
  if (i >= 32128u && i < 33448u) {
    const WEIGHTS = 264;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 32128u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[INCEPTION1_P3A_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[INCEPTION1_P3A_PARTIALS + g * WEIGHTS + j];
    }
    a1[INCEPTION1_P3A_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // inception1_p3: 26 groups in 5 runs of 6, 3216 weights each
  if (i >= 33472u && i < 49552u) {
    const WEIGHTS = 3216;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 33472u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[INCEPTION1_P3_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[INCEPTION1_P3_PARTIALS + g * WEIGHTS + j];
    }
    a1[INCEPTION1_P3_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // inception1_p4: 26 groups in 5 runs of 6, 528 weights each
  if (i >= 49600u && i < 52240u) {
    const WEIGHTS = 528;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 49600u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[INCEPTION1_P4_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[INCEPTION1_P4_PARTIALS + g * WEIGHTS + j];
    }
    a1[INCEPTION1_P4_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // inception2_p1: 26 groups in 5 runs of 6, 2592 weights each
  if (i >= 52288u && i < 65248u) {
    const WEIGHTS = 2592;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 52288u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[INCEPTION2_P1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[INCEPTION2_P1_PARTIALS + g * WEIGHTS + j];
    }
    a1[INCEPTION2_P1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // inception2_p2a: 26 groups in 5 runs of 6, 2592 weights each
  if (i >= 65280u && i < 78240u) {
    const WEIGHTS = 2592;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 65280u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[INCEPTION2_P2A_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[INCEPTION2_P2A_PARTIALS + g * WEIGHTS + j];
    }
    a1[INCEPTION2_P2A_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // inception2_p2: 26 groups in 5 runs of 6, 13872 weights each
  if (i >= 78272u && i < 147632u) {
    const WEIGHTS = 13872;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 78272u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[INCEPTION2_P2_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[INCEPTION2_P2_PARTIALS + g * WEIGHTS + j];
    }
    a1[INCEPTION2_P2_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // inception2_p3a: 26 groups in 5 runs of 6, 648 weights each
  if (i >= 147648u && i < 150888u) {
    const WEIGHTS = 648;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 147648u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[INCEPTION2_P3A_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[INCEPTION2_P3A_PARTIALS + g * WEIGHTS + j];
    }
    a1[INCEPTION2_P3A_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // inception2_p3: 26 groups in 5 runs of 6, 4824 weights each
  if (i >= 150912u && i < 175032u) {
    const WEIGHTS = 4824;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 150912u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[INCEPTION2_P3_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[INCEPTION2_P3_PARTIALS + g * WEIGHTS + j];
    }
    a1[INCEPTION2_P3_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // inception2_p4: 26 groups in 5 runs of 6, 1296 weights each
  if (i >= 175040u && i < 181520u) {
    const WEIGHTS = 1296;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 175040u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a1[INCEPTION2_P4_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a1[INCEPTION2_P4_PARTIALS + g * WEIGHTS + j];
    }
    a1[INCEPTION2_P4_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel update
// momentum: each trainable float p's gradient (its layer's partial sums added in order), then its new value and state; the last workgroup sums the batch's metrics
// 951 workgroups of 64 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_PARTIALS = 21768960u; // a1, 40960 floats: stem's weight-gradient partial sums: 128 groups × 320 weights
const INCEPTION1_P1_PARTIALS = 21809920u; // a1, 13728 floats: inception1_p1's weight-gradient partial sums: 26 groups × 528 weights
const INCEPTION1_P2A_PARTIALS = 21823680u; // a1, 13728 floats: inception1_p2a's weight-gradient partial sums: 26 groups × 528 weights
const INCEPTION1_P2_PARTIALS = 21837440u; // a1, 120640 floats: inception1_p2's weight-gradient partial sums: 26 groups × 4640 weights
const INCEPTION1_P3A_PARTIALS = 21958080u; // a1, 6864 floats: inception1_p3a's weight-gradient partial sums: 26 groups × 264 weights
const INCEPTION1_P3_PARTIALS = 21964992u; // a1, 83616 floats: inception1_p3's weight-gradient partial sums: 26 groups × 3216 weights
const INCEPTION1_P4_PARTIALS = 22048640u; // a1, 13728 floats: inception1_p4's weight-gradient partial sums: 26 groups × 528 weights
const INCEPTION2_P1_PARTIALS = 22062400u; // a1, 67392 floats: inception2_p1's weight-gradient partial sums: 26 groups × 2592 weights
const INCEPTION2_P2A_PARTIALS = 22129792u; // a1, 67392 floats: inception2_p2a's weight-gradient partial sums: 26 groups × 2592 weights
const INCEPTION2_P2_PARTIALS = 22197184u; // a1, 360672 floats: inception2_p2's weight-gradient partial sums: 26 groups × 13872 weights
const INCEPTION2_P3A_PARTIALS = 22557888u; // a1, 16848 floats: inception2_p3a's weight-gradient partial sums: 26 groups × 648 weights
const INCEPTION2_P3_PARTIALS = 22574784u; // a1, 125424 floats: inception2_p3's weight-gradient partial sums: 26 groups × 4824 weights
const INCEPTION2_P4_PARTIALS = 22700224u; // a1, 33696 floats: inception2_p4's weight-gradient partial sums: 26 groups × 1296 weights
const INCEPTION3_P1_PARTIALS = 22733952u; // a1, 40656 floats: inception3_p1's weight-gradient partial sums: 7 groups × 5808 weights
const INCEPTION3_P2A_PARTIALS = 22774656u; // a1, 20328 floats: inception3_p2a's weight-gradient partial sums: 7 groups × 2904 weights
const INCEPTION3_P2_PARTIALS = 22795008u; // a1, 78988 floats: inception3_p2's weight-gradient partial sums: 7 groups × 11284 weights
const INCEPTION3_P3A_PARTIALS = 22874048u; // a1, 3388 floats: inception3_p3a's weight-gradient partial sums: 7 groups × 484 weights
const INCEPTION3_P3_PARTIALS = 22877440u; // a1, 8484 floats: inception3_p3's weight-gradient partial sums: 7 groups × 1212 weights
const INCEPTION3_P4_PARTIALS = 22885952u; // a1, 13552 floats: inception3_p4's weight-gradient partial sums: 7 groups × 1936 weights
const DENSE1_PARTIALS = 22899520u; // a1, 1290 floats: dense1's weight-gradient partial sums: 1 group × 1290 weights
const GRADIENT = 22900864u; // a1, 60766 floats: every trainable float's gradient, as the update used it
const STEM_KERNEL = 0u; // params: stem/kernel [3, 3, 1, 32]
const STEM_BIAS = 288u; // params: stem/bias [32]
const INCEPTION1_P1_KERNEL = 320u; // params: inception1_p1/kernel [1, 1, 32, 16]
const INCEPTION1_P1_BIAS = 832u; // params: inception1_p1/bias [16]
const INCEPTION1_P2A_KERNEL = 848u; // params: inception1_p2a/kernel [1, 1, 32, 16]
const INCEPTION1_P2A_BIAS = 1360u; // params: inception1_p2a/bias [16]
const INCEPTION1_P2_KERNEL = 1376u; // params: inception1_p2/kernel [3, 3, 16, 32]
const INCEPTION1_P2_BIAS = 5984u; // params: inception1_p2/bias [32]
const INCEPTION1_P3A_KERNEL = 6016u; // params: inception1_p3a/kernel [1, 1, 32, 8]
const INCEPTION1_P3A_BIAS = 6272u; // params: inception1_p3a/bias [8]
const INCEPTION1_P3_KERNEL = 6280u; // params: inception1_p3/kernel [5, 5, 8, 16]
const INCEPTION1_P3_BIAS = 9480u; // params: inception1_p3/bias [16]
const INCEPTION1_P4_KERNEL = 9496u; // params: inception1_p4/kernel [1, 1, 32, 16]
const INCEPTION1_P4_BIAS = 10008u; // params: inception1_p4/bias [16]
const INCEPTION2_P1_KERNEL = 10024u; // params: inception2_p1/kernel [1, 1, 80, 32]
const INCEPTION2_P1_BIAS = 12584u; // params: inception2_p1/bias [32]
const INCEPTION2_P2A_KERNEL = 12616u; // params: inception2_p2a/kernel [1, 1, 80, 32]
const INCEPTION2_P2A_BIAS = 15176u; // params: inception2_p2a/bias [32]
const INCEPTION2_P2_KERNEL = 15208u; // params: inception2_p2/kernel [3, 3, 32, 48]
const INCEPTION2_P2_BIAS = 29032u; // params: inception2_p2/bias [48]
const INCEPTION2_P3A_KERNEL = 29080u; // params: inception2_p3a/kernel [1, 1, 80, 8]
const INCEPTION2_P3A_BIAS = 29720u; // params: inception2_p3a/bias [8]
const INCEPTION2_P3_KERNEL = 29728u; // params: inception2_p3/kernel [5, 5, 8, 24]
const INCEPTION2_P3_BIAS = 34528u; // params: inception2_p3/bias [24]
const INCEPTION2_P4_KERNEL = 34552u; // params: inception2_p4/kernel [1, 1, 80, 16]
const INCEPTION2_P4_BIAS = 35832u; // params: inception2_p4/bias [16]
const INCEPTION3_P1_KERNEL = 35848u; // params: inception3_p1/kernel [1, 1, 120, 48]
const INCEPTION3_P1_BIAS = 41608u; // params: inception3_p1/bias [48]
const INCEPTION3_P2A_KERNEL = 41656u; // params: inception3_p2a/kernel [1, 1, 120, 24]
const INCEPTION3_P2A_BIAS = 44536u; // params: inception3_p2a/bias [24]
const INCEPTION3_P2_KERNEL = 44560u; // params: inception3_p2/kernel [3, 3, 24, 52]
const INCEPTION3_P2_BIAS = 55792u; // params: inception3_p2/bias [52]
const INCEPTION3_P3A_KERNEL = 55844u; // params: inception3_p3a/kernel [1, 1, 120, 4]
const INCEPTION3_P3A_BIAS = 56324u; // params: inception3_p3a/bias [4]
const INCEPTION3_P3_KERNEL = 56328u; // params: inception3_p3/kernel [5, 5, 4, 12]
const INCEPTION3_P3_BIAS = 57528u; // params: inception3_p3/bias [12]
const INCEPTION3_P4_KERNEL = 57540u; // params: inception3_p4/kernel [1, 1, 120, 16]
const INCEPTION3_P4_BIAS = 59460u; // params: inception3_p4/bias [16]
const DENSE1_KERNEL = 59476u; // params: dense1/kernel [128, 10]
const DENSE1_BIAS = 60756u; // params: dense1/bias [10]

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
  if (g >= 951u) { return; }
  if (g == 950u) {
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
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a1[STEM_PARTIALS + k * 320u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stem/bias [32]: trainable floats 288–319
  if (p < 320u) {
    let j = p - 288u;
    let wi = STEM_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a1[STEM_PARTIALS + k * 320u + 288u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception1_p1/kernel [1, 1, 32, 16]: trainable floats 320–831
  if (p < 832u) {
    let j = p - 320u;
    let wi = INCEPTION1_P1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION1_P1_PARTIALS + k * 528u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception1_p1/bias [16]: trainable floats 832–847
  if (p < 848u) {
    let j = p - 832u;
    let wi = INCEPTION1_P1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION1_P1_PARTIALS + k * 528u + 512u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception1_p2a/kernel [1, 1, 32, 16]: trainable floats 848–1359
  if (p < 1360u) {
    let j = p - 848u;
    let wi = INCEPTION1_P2A_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION1_P2A_PARTIALS + k * 528u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception1_p2a/bias [16]: trainable floats 1360–1375
  if (p < 1376u) {
    let j = p - 1360u;
    let wi = INCEPTION1_P2A_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION1_P2A_PARTIALS + k * 528u + 512u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception1_p2/kernel [3, 3, 16, 32]: trainable floats 1376–5983
  if (p < 5984u) {
    let j = p - 1376u;
    let wi = INCEPTION1_P2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION1_P2_PARTIALS + k * 4640u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception1_p2/bias [32]: trainable floats 5984–6015
  if (p < 6016u) {
    let j = p - 5984u;
    let wi = INCEPTION1_P2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION1_P2_PARTIALS + k * 4640u + 4608u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception1_p3a/kernel [1, 1, 32, 8]: trainable floats 6016–6271
  if (p < 6272u) {
    let j = p - 6016u;
    let wi = INCEPTION1_P3A_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION1_P3A_PARTIALS + k * 264u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception1_p3a/bias [8]: trainable floats 6272–6279
  if (p < 6280u) {
    let j = p - 6272u;
    let wi = INCEPTION1_P3A_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION1_P3A_PARTIALS + k * 264u + 256u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception1_p3/kernel [5, 5, 8, 16]: trainable floats 6280–9479
  if (p < 9480u) {
    let j = p - 6280u;
    let wi = INCEPTION1_P3_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION1_P3_PARTIALS + k * 3216u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception1_p3/bias [16]: trainable floats 9480–9495
  if (p < 9496u) {
    let j = p - 9480u;
    let wi = INCEPTION1_P3_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION1_P3_PARTIALS + k * 3216u + 3200u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception1_p4/kernel [1, 1, 32, 16]: trainable floats 9496–10007
  if (p < 10008u) {
    let j = p - 9496u;
    let wi = INCEPTION1_P4_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION1_P4_PARTIALS + k * 528u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception1_p4/bias [16]: trainable floats 10008–10023
  if (p < 10024u) {
    let j = p - 10008u;
    let wi = INCEPTION1_P4_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION1_P4_PARTIALS + k * 528u + 512u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception2_p1/kernel [1, 1, 80, 32]: trainable floats 10024–12583
  if (p < 12584u) {
    let j = p - 10024u;
    let wi = INCEPTION2_P1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION2_P1_PARTIALS + k * 2592u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception2_p1/bias [32]: trainable floats 12584–12615
  if (p < 12616u) {
    let j = p - 12584u;
    let wi = INCEPTION2_P1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION2_P1_PARTIALS + k * 2592u + 2560u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception2_p2a/kernel [1, 1, 80, 32]: trainable floats 12616–15175
  if (p < 15176u) {
    let j = p - 12616u;
    let wi = INCEPTION2_P2A_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION2_P2A_PARTIALS + k * 2592u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception2_p2a/bias [32]: trainable floats 15176–15207
  if (p < 15208u) {
    let j = p - 15176u;
    let wi = INCEPTION2_P2A_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION2_P2A_PARTIALS + k * 2592u + 2560u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception2_p2/kernel [3, 3, 32, 48]: trainable floats 15208–29031
  if (p < 29032u) {
    let j = p - 15208u;
    let wi = INCEPTION2_P2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION2_P2_PARTIALS + k * 13872u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception2_p2/bias [48]: trainable floats 29032–29079
  if (p < 29080u) {
    let j = p - 29032u;
    let wi = INCEPTION2_P2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION2_P2_PARTIALS + k * 13872u + 13824u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception2_p3a/kernel [1, 1, 80, 8]: trainable floats 29080–29719
  if (p < 29720u) {
    let j = p - 29080u;
    let wi = INCEPTION2_P3A_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION2_P3A_PARTIALS + k * 648u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception2_p3a/bias [8]: trainable floats 29720–29727
  if (p < 29728u) {
    let j = p - 29720u;
    let wi = INCEPTION2_P3A_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION2_P3A_PARTIALS + k * 648u + 640u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception2_p3/kernel [5, 5, 8, 24]: trainable floats 29728–34527
  if (p < 34528u) {
    let j = p - 29728u;
    let wi = INCEPTION2_P3_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION2_P3_PARTIALS + k * 4824u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception2_p3/bias [24]: trainable floats 34528–34551
  if (p < 34552u) {
    let j = p - 34528u;
    let wi = INCEPTION2_P3_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION2_P3_PARTIALS + k * 4824u + 4800u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception2_p4/kernel [1, 1, 80, 16]: trainable floats 34552–35831
  if (p < 35832u) {
    let j = p - 34552u;
    let wi = INCEPTION2_P4_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION2_P4_PARTIALS + k * 1296u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception2_p4/bias [16]: trainable floats 35832–35847
  if (p < 35848u) {
    let j = p - 35832u;
    let wi = INCEPTION2_P4_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a1[INCEPTION2_P4_PARTIALS + k * 1296u + 1280u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception3_p1/kernel [1, 1, 120, 48]: trainable floats 35848–41607
  if (p < 41608u) {
    let j = p - 35848u;
    let wi = INCEPTION3_P1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[INCEPTION3_P1_PARTIALS + k * 5808u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception3_p1/bias [48]: trainable floats 41608–41655
  if (p < 41656u) {
    let j = p - 41608u;
    let wi = INCEPTION3_P1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[INCEPTION3_P1_PARTIALS + k * 5808u + 5760u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception3_p2a/kernel [1, 1, 120, 24]: trainable floats 41656–44535
  if (p < 44536u) {
    let j = p - 41656u;
    let wi = INCEPTION3_P2A_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[INCEPTION3_P2A_PARTIALS + k * 2904u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception3_p2a/bias [24]: trainable floats 44536–44559
  if (p < 44560u) {
    let j = p - 44536u;
    let wi = INCEPTION3_P2A_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[INCEPTION3_P2A_PARTIALS + k * 2904u + 2880u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception3_p2/kernel [3, 3, 24, 52]: trainable floats 44560–55791
  if (p < 55792u) {
    let j = p - 44560u;
    let wi = INCEPTION3_P2_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[INCEPTION3_P2_PARTIALS + k * 11284u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception3_p2/bias [52]: trainable floats 55792–55843
  if (p < 55844u) {
    let j = p - 55792u;
    let wi = INCEPTION3_P2_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[INCEPTION3_P2_PARTIALS + k * 11284u + 11232u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception3_p3a/kernel [1, 1, 120, 4]: trainable floats 55844–56323
  if (p < 56324u) {
    let j = p - 55844u;
    let wi = INCEPTION3_P3A_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[INCEPTION3_P3A_PARTIALS + k * 484u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception3_p3a/bias [4]: trainable floats 56324–56327
  if (p < 56328u) {
    let j = p - 56324u;
    let wi = INCEPTION3_P3A_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[INCEPTION3_P3A_PARTIALS + k * 484u + 480u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception3_p3/kernel [5, 5, 4, 12]: trainable floats 56328–57527
  if (p < 57528u) {
    let j = p - 56328u;
    let wi = INCEPTION3_P3_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[INCEPTION3_P3_PARTIALS + k * 1212u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception3_p3/bias [12]: trainable floats 57528–57539
  if (p < 57540u) {
    let j = p - 57528u;
    let wi = INCEPTION3_P3_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[INCEPTION3_P3_PARTIALS + k * 1212u + 1200u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception3_p4/kernel [1, 1, 120, 16]: trainable floats 57540–59459
  if (p < 59460u) {
    let j = p - 57540u;
    let wi = INCEPTION3_P4_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[INCEPTION3_P4_PARTIALS + k * 1936u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // inception3_p4/bias [16]: trainable floats 59460–59475
  if (p < 59476u) {
    let j = p - 59460u;
    let wi = INCEPTION3_P4_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a1[INCEPTION3_P4_PARTIALS + k * 1936u + 1920u + j]; }
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense1/kernel [128, 10]: trainable floats 59476–60755
  if (p < 60756u) {
    let j = p - 59476u;
    let wi = DENSE1_KERNEL + j;
    let w = params[wi];
    var grad = a1[DENSE1_PARTIALS + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense1/bias [10]: trainable floats 60756–60765
  if (p < 60766u) {
    let j = p - 60756u;
    let wi = DENSE1_BIAS + j;
    let w = params[wi];
    var grad = a1[DENSE1_PARTIALS + 1280u + j];
    a1[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel evaluate 1: input, stem.forward, pool1.forward, inception1_p1.forward, inception1_p2a.forward, inception1_p2.forward, inception1_p3a.forward, inception1_p3.forward, inception1_p4a.forward, inception1_p4.forward, inception1_concat1.forward from inception1_p1, inception1_concat1.forward from inception1_p2, inception1_concat1.forward from inception1_p3, inception1_concat1.forward from inception1_p4, inception2_p1.forward, inception2_p2a.forward, inception2_p2.forward, inception2_p3a.forward, inception2_p3.forward, inception2_p4a.forward, inception2_p4.forward, inception2_concat1.forward from inception2_p1, inception2_concat1.forward from inception2_p2, inception2_concat1.forward from inception2_p3, inception2_concat1.forward from inception2_p4, pool2.forward, inception3_p1.forward, inception3_p2a.forward, inception3_p2.forward, inception3_p3a.forward, inception3_p3.forward, inception3_p4a.forward, inception3_p4.forward, inception3_concat1.forward from inception3_p1, inception3_concat1.forward from inception3_p2, inception3_concat1.forward from inception3_p3, inception3_concat1.forward from inception3_p4, pool3.forward, dense1.forward, loss.evaluate
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const STEM_Z = 100352u; // a0, 25088 floats per example: stem's output before its relu
const STEM_Y = 3311616u; // a0, 25088 floats per example: stem's output: relu(z)
const POOL1_Z = 6522880u; // a0, 6272 floats per example: pool1's output
const INCEPTION1_P1_Z = 7325696u; // a0, 3136 floats per example: inception1_p1's output before its relu
const INCEPTION1_P1_Y = 7727104u; // a0, 3136 floats per example: inception1_p1's output: relu(z)
const INCEPTION1_P2A_Z = 8128512u; // a0, 3136 floats per example: inception1_p2a's output before its relu
const INCEPTION1_P2A_Y = 8529920u; // a0, 3136 floats per example: inception1_p2a's output: relu(z)
const INCEPTION1_P2_Z = 8931328u; // a0, 6272 floats per example: inception1_p2's output before its relu
const INCEPTION1_P2_Y = 9734144u; // a0, 6272 floats per example: inception1_p2's output: relu(z)
const INCEPTION1_P3A_Z = 10536960u; // a0, 1568 floats per example: inception1_p3a's output before its relu
const INCEPTION1_P3A_Y = 10737664u; // a0, 1568 floats per example: inception1_p3a's output: relu(z)
const INCEPTION1_P3_Z = 10938368u; // a0, 3136 floats per example: inception1_p3's output before its relu
const INCEPTION1_P3_Y = 11339776u; // a0, 3136 floats per example: inception1_p3's output: relu(z)
const INCEPTION1_P4A_Z = 11741184u; // a0, 6272 floats per example: inception1_p4a's output
const INCEPTION1_P4_Z = 12544000u; // a0, 3136 floats per example: inception1_p4's output before its relu
const INCEPTION1_P4_Y = 12945408u; // a0, 3136 floats per example: inception1_p4's output: relu(z)
const INCEPTION1_CONCAT1_Z = 13346816u; // a0, 15680 floats per example: inception1_concat1's output
const INCEPTION2_P1_Z = 15353856u; // a0, 6272 floats per example: inception2_p1's output before its relu
const INCEPTION2_P1_Y = 16156672u; // a0, 6272 floats per example: inception2_p1's output: relu(z)
const INCEPTION2_P2A_Z = 16959488u; // a0, 6272 floats per example: inception2_p2a's output before its relu
const INCEPTION2_P2A_Y = 17762304u; // a0, 6272 floats per example: inception2_p2a's output: relu(z)
const INCEPTION2_P2_Z = 18565120u; // a0, 9408 floats per example: inception2_p2's output before its relu
const INCEPTION2_P2_Y = 19769344u; // a0, 9408 floats per example: inception2_p2's output: relu(z)
const INCEPTION2_P3A_Z = 20973568u; // a0, 1568 floats per example: inception2_p3a's output before its relu
const INCEPTION2_P3A_Y = 21174272u; // a0, 1568 floats per example: inception2_p3a's output: relu(z)
const INCEPTION2_P3_Z = 21374976u; // a0, 4704 floats per example: inception2_p3's output before its relu
const INCEPTION2_P3_Y = 21977088u; // a0, 4704 floats per example: inception2_p3's output: relu(z)
const INCEPTION2_P4A_Z = 22579200u; // a0, 15680 floats per example: inception2_p4a's output
const INCEPTION2_P4_Z = 24586240u; // a0, 3136 floats per example: inception2_p4's output before its relu
const INCEPTION2_P4_Y = 24987648u; // a0, 3136 floats per example: inception2_p4's output: relu(z)
const INCEPTION2_CONCAT1_Z = 25389056u; // a0, 23520 floats per example: inception2_concat1's output
const POOL2_Z = 28399616u; // a0, 5880 floats per example: pool2's output
const INCEPTION3_P1_Z = 29152256u; // a0, 2352 floats per example: inception3_p1's output before its relu
const INCEPTION3_P1_Y = 29453312u; // a0, 2352 floats per example: inception3_p1's output: relu(z)
const INCEPTION3_P2A_Z = 29754368u; // a0, 1176 floats per example: inception3_p2a's output before its relu
const INCEPTION3_P2A_Y = 29904896u; // a0, 1176 floats per example: inception3_p2a's output: relu(z)
const INCEPTION3_P2_Z = 30055424u; // a0, 2548 floats per example: inception3_p2's output before its relu
const INCEPTION3_P2_Y = 30381568u; // a0, 2548 floats per example: inception3_p2's output: relu(z)
const INCEPTION3_P3A_Z = 30707712u; // a0, 196 floats per example: inception3_p3a's output before its relu
const INCEPTION3_P3A_Y = 30732800u; // a0, 196 floats per example: inception3_p3a's output: relu(z)
const INCEPTION3_P3_Z = 30757888u; // a0, 588 floats per example: inception3_p3's output before its relu
const INCEPTION3_P3_Y = 30833152u; // a0, 588 floats per example: inception3_p3's output: relu(z)
const INCEPTION3_P4A_Z = 30908416u; // a0, 5880 floats per example: inception3_p4a's output
const INCEPTION3_P4_Z = 31661056u; // a0, 784 floats per example: inception3_p4's output before its relu
const INCEPTION3_P4_Y = 31761408u; // a0, 784 floats per example: inception3_p4's output: relu(z)
const INCEPTION3_CONCAT1_Z = 31861760u; // a0, 6272 floats per example: inception3_concat1's output
const POOL3_Z = 32664576u; // a0, 128 floats per example: pool3's output
const DENSE1_Z = 32680960u; // a0, 10 floats per example: dense1's output
const STEM_KERNEL = 0u; // params: stem/kernel [3, 3, 1, 32]
const STEM_BIAS = 288u; // params: stem/bias [32]
const INCEPTION1_P1_KERNEL = 320u; // params: inception1_p1/kernel [1, 1, 32, 16]
const INCEPTION1_P1_BIAS = 832u; // params: inception1_p1/bias [16]
const INCEPTION1_P2A_KERNEL = 848u; // params: inception1_p2a/kernel [1, 1, 32, 16]
const INCEPTION1_P2A_BIAS = 1360u; // params: inception1_p2a/bias [16]
const INCEPTION1_P2_KERNEL = 1376u; // params: inception1_p2/kernel [3, 3, 16, 32]
const INCEPTION1_P2_BIAS = 5984u; // params: inception1_p2/bias [32]
const INCEPTION1_P3A_KERNEL = 6016u; // params: inception1_p3a/kernel [1, 1, 32, 8]
const INCEPTION1_P3A_BIAS = 6272u; // params: inception1_p3a/bias [8]
const INCEPTION1_P3_KERNEL = 6280u; // params: inception1_p3/kernel [5, 5, 8, 16]
const INCEPTION1_P3_BIAS = 9480u; // params: inception1_p3/bias [16]
const INCEPTION1_P4_KERNEL = 9496u; // params: inception1_p4/kernel [1, 1, 32, 16]
const INCEPTION1_P4_BIAS = 10008u; // params: inception1_p4/bias [16]
const INCEPTION2_P1_KERNEL = 10024u; // params: inception2_p1/kernel [1, 1, 80, 32]
const INCEPTION2_P1_BIAS = 12584u; // params: inception2_p1/bias [32]
const INCEPTION2_P2A_KERNEL = 12616u; // params: inception2_p2a/kernel [1, 1, 80, 32]
const INCEPTION2_P2A_BIAS = 15176u; // params: inception2_p2a/bias [32]
const INCEPTION2_P2_KERNEL = 15208u; // params: inception2_p2/kernel [3, 3, 32, 48]
const INCEPTION2_P2_BIAS = 29032u; // params: inception2_p2/bias [48]
const INCEPTION2_P3A_KERNEL = 29080u; // params: inception2_p3a/kernel [1, 1, 80, 8]
const INCEPTION2_P3A_BIAS = 29720u; // params: inception2_p3a/bias [8]
const INCEPTION2_P3_KERNEL = 29728u; // params: inception2_p3/kernel [5, 5, 8, 24]
const INCEPTION2_P3_BIAS = 34528u; // params: inception2_p3/bias [24]
const INCEPTION2_P4_KERNEL = 34552u; // params: inception2_p4/kernel [1, 1, 80, 16]
const INCEPTION2_P4_BIAS = 35832u; // params: inception2_p4/bias [16]
const INCEPTION3_P1_KERNEL = 35848u; // params: inception3_p1/kernel [1, 1, 120, 48]
const INCEPTION3_P1_BIAS = 41608u; // params: inception3_p1/bias [48]
const INCEPTION3_P2A_KERNEL = 41656u; // params: inception3_p2a/kernel [1, 1, 120, 24]
const INCEPTION3_P2A_BIAS = 44536u; // params: inception3_p2a/bias [24]
const INCEPTION3_P2_KERNEL = 44560u; // params: inception3_p2/kernel [3, 3, 24, 52]
const INCEPTION3_P2_BIAS = 55792u; // params: inception3_p2/bias [52]
const INCEPTION3_P3A_KERNEL = 55844u; // params: inception3_p3a/kernel [1, 1, 120, 4]
const INCEPTION3_P3A_BIAS = 56324u; // params: inception3_p3a/bias [4]
const INCEPTION3_P3_KERNEL = 56328u; // params: inception3_p3/kernel [5, 5, 4, 12]
const INCEPTION3_P3_BIAS = 57528u; // params: inception3_p3/bias [12]
const INCEPTION3_P4_KERNEL = 57540u; // params: inception3_p4/kernel [1, 1, 120, 16]
const INCEPTION3_P4_BIAS = 59460u; // params: inception3_p4/bias [16]
const DENSE1_KERNEL = 59476u; // params: dense1/kernel [128, 10]
const DENSE1_BIAS = 60756u; // params: dense1/bias [10]

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
  // stem.forward: z, and y = relu(z), = bias + 3×3 windows of input's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
        let zv = acc0_0.x + params[STEM_BIAS + co];
        a0[STEM_Z + out0] = zv;
        a0[STEM_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[STEM_BIAS + co];
        a0[STEM_Z + out1] = zv;
        a0[STEM_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[STEM_BIAS + co + 1];
        a0[STEM_Z + out0 + 1] = zv;
        a0[STEM_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[STEM_BIAS + co + 1];
        a0[STEM_Z + out1 + 1] = zv;
        a0[STEM_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[STEM_BIAS + co + 2];
        a0[STEM_Z + out0 + 2] = zv;
        a0[STEM_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[STEM_BIAS + co + 2];
        a0[STEM_Z + out1 + 2] = zv;
        a0[STEM_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[STEM_BIAS + co + 3];
        a0[STEM_Z + out0 + 3] = zv;
        a0[STEM_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[STEM_BIAS + co + 3];
        a0[STEM_Z + out1 + 3] = zv;
        a0[STEM_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[STEM_BIAS + co + 4];
        a0[STEM_Z + out0 + 4] = zv;
        a0[STEM_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[STEM_BIAS + co + 4];
        a0[STEM_Z + out1 + 4] = zv;
        a0[STEM_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[STEM_BIAS + co + 5];
        a0[STEM_Z + out0 + 5] = zv;
        a0[STEM_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[STEM_BIAS + co + 5];
        a0[STEM_Z + out1 + 5] = zv;
        a0[STEM_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[STEM_BIAS + co + 6];
        a0[STEM_Z + out0 + 6] = zv;
        a0[STEM_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[STEM_BIAS + co + 6];
        a0[STEM_Z + out1 + 6] = zv;
        a0[STEM_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[STEM_BIAS + co + 7];
        a0[STEM_Z + out0 + 7] = zv;
        a0[STEM_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[STEM_BIAS + co + 7];
        a0[STEM_Z + out1 + 7] = zv;
        a0[STEM_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // pool1.forward: max pooling over 3×3 windows of stem's output; an item per output element
  {
    const ITEMS = 6272;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 32;
    const OUT_W = 14;
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
        if (iy >= 0 && iy < IN_H) {
          for (var kx = 0; kx < WINDOW_W; kx++) {
            let ix = i32(ox) * STRIDE_W + kx;
            if (ix >= 0 && ix < IN_W) {
              let v = a0[STEM_Y + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
              if (v > acc) { acc = v; }
            }
          }
        }
      }
      a0[POOL1_Z + b * 6272 + e] = acc;
    }
  }
  storageBarrier();
  // inception1_p1.forward: z, and y = relu(z), = bias + 1×1 windows of pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION1_P1_KERNEL + co;
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
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[INCEPTION1_P1_BIAS + co];
        a0[INCEPTION1_P1_Z + out0] = zv;
        a0[INCEPTION1_P1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION1_P1_BIAS + co];
        a0[INCEPTION1_P1_Z + out1] = zv;
        a0[INCEPTION1_P1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION1_P1_BIAS + co + 1];
        a0[INCEPTION1_P1_Z + out0 + 1] = zv;
        a0[INCEPTION1_P1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION1_P1_BIAS + co + 1];
        a0[INCEPTION1_P1_Z + out1 + 1] = zv;
        a0[INCEPTION1_P1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION1_P1_BIAS + co + 2];
        a0[INCEPTION1_P1_Z + out0 + 2] = zv;
        a0[INCEPTION1_P1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION1_P1_BIAS + co + 2];
        a0[INCEPTION1_P1_Z + out1 + 2] = zv;
        a0[INCEPTION1_P1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION1_P1_BIAS + co + 3];
        a0[INCEPTION1_P1_Z + out0 + 3] = zv;
        a0[INCEPTION1_P1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION1_P1_BIAS + co + 3];
        a0[INCEPTION1_P1_Z + out1 + 3] = zv;
        a0[INCEPTION1_P1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION1_P1_BIAS + co + 4];
        a0[INCEPTION1_P1_Z + out0 + 4] = zv;
        a0[INCEPTION1_P1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION1_P1_BIAS + co + 4];
        a0[INCEPTION1_P1_Z + out1 + 4] = zv;
        a0[INCEPTION1_P1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION1_P1_BIAS + co + 5];
        a0[INCEPTION1_P1_Z + out0 + 5] = zv;
        a0[INCEPTION1_P1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION1_P1_BIAS + co + 5];
        a0[INCEPTION1_P1_Z + out1 + 5] = zv;
        a0[INCEPTION1_P1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION1_P1_BIAS + co + 6];
        a0[INCEPTION1_P1_Z + out0 + 6] = zv;
        a0[INCEPTION1_P1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION1_P1_BIAS + co + 6];
        a0[INCEPTION1_P1_Z + out1 + 6] = zv;
        a0[INCEPTION1_P1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION1_P1_BIAS + co + 7];
        a0[INCEPTION1_P1_Z + out0 + 7] = zv;
        a0[INCEPTION1_P1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION1_P1_BIAS + co + 7];
        a0[INCEPTION1_P1_Z + out1 + 7] = zv;
        a0[INCEPTION1_P1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception1_p2a.forward: z, and y = relu(z), = bias + 1×1 windows of pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION1_P2A_KERNEL + co;
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
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        let zv = acc0_0.x + params[INCEPTION1_P2A_BIAS + co];
        a0[INCEPTION1_P2A_Z + out0] = zv;
        a0[INCEPTION1_P2A_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION1_P2A_BIAS + co];
        a0[INCEPTION1_P2A_Z + out1] = zv;
        a0[INCEPTION1_P2A_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION1_P2A_BIAS + co + 1];
        a0[INCEPTION1_P2A_Z + out0 + 1] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION1_P2A_BIAS + co + 1];
        a0[INCEPTION1_P2A_Z + out1 + 1] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION1_P2A_BIAS + co + 2];
        a0[INCEPTION1_P2A_Z + out0 + 2] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION1_P2A_BIAS + co + 2];
        a0[INCEPTION1_P2A_Z + out1 + 2] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION1_P2A_BIAS + co + 3];
        a0[INCEPTION1_P2A_Z + out0 + 3] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION1_P2A_BIAS + co + 3];
        a0[INCEPTION1_P2A_Z + out1 + 3] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION1_P2A_BIAS + co + 4];
        a0[INCEPTION1_P2A_Z + out0 + 4] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION1_P2A_BIAS + co + 4];
        a0[INCEPTION1_P2A_Z + out1 + 4] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION1_P2A_BIAS + co + 5];
        a0[INCEPTION1_P2A_Z + out0 + 5] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION1_P2A_BIAS + co + 5];
        a0[INCEPTION1_P2A_Z + out1 + 5] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION1_P2A_BIAS + co + 6];
        a0[INCEPTION1_P2A_Z + out0 + 6] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION1_P2A_BIAS + co + 6];
        a0[INCEPTION1_P2A_Z + out1 + 6] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION1_P2A_BIAS + co + 7];
        a0[INCEPTION1_P2A_Z + out0 + 7] = zv;
        a0[INCEPTION1_P2A_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION1_P2A_BIAS + co + 7];
        a0[INCEPTION1_P2A_Z + out1 + 7] = zv;
        a0[INCEPTION1_P2A_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception1_p2.forward: z, and y = relu(z), = bias + 3×3 windows of inception1_p2a's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
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
            var wi = INCEPTION1_P2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[INCEPTION1_P2A_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[INCEPTION1_P2A_Y + xi1 + ci], in1);
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
        let zv = acc0_0.x + params[INCEPTION1_P2_BIAS + co];
        a0[INCEPTION1_P2_Z + out0] = zv;
        a0[INCEPTION1_P2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION1_P2_BIAS + co];
        a0[INCEPTION1_P2_Z + out1] = zv;
        a0[INCEPTION1_P2_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION1_P2_BIAS + co + 1];
        a0[INCEPTION1_P2_Z + out0 + 1] = zv;
        a0[INCEPTION1_P2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION1_P2_BIAS + co + 1];
        a0[INCEPTION1_P2_Z + out1 + 1] = zv;
        a0[INCEPTION1_P2_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION1_P2_BIAS + co + 2];
        a0[INCEPTION1_P2_Z + out0 + 2] = zv;
        a0[INCEPTION1_P2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION1_P2_BIAS + co + 2];
        a0[INCEPTION1_P2_Z + out1 + 2] = zv;
        a0[INCEPTION1_P2_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION1_P2_BIAS + co + 3];
        a0[INCEPTION1_P2_Z + out0 + 3] = zv;
        a0[INCEPTION1_P2_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION1_P2_BIAS + co + 3];
        a0[INCEPTION1_P2_Z + out1 + 3] = zv;
        a0[INCEPTION1_P2_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION1_P2_BIAS + co + 4];
        a0[INCEPTION1_P2_Z + out0 + 4] = zv;
        a0[INCEPTION1_P2_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION1_P2_BIAS + co + 4];
        a0[INCEPTION1_P2_Z + out1 + 4] = zv;
        a0[INCEPTION1_P2_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION1_P2_BIAS + co + 5];
        a0[INCEPTION1_P2_Z + out0 + 5] = zv;
        a0[INCEPTION1_P2_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION1_P2_BIAS + co + 5];
        a0[INCEPTION1_P2_Z + out1 + 5] = zv;
        a0[INCEPTION1_P2_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION1_P2_BIAS + co + 6];
        a0[INCEPTION1_P2_Z + out0 + 6] = zv;
        a0[INCEPTION1_P2_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION1_P2_BIAS + co + 6];
        a0[INCEPTION1_P2_Z + out1 + 6] = zv;
        a0[INCEPTION1_P2_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION1_P2_BIAS + co + 7];
        a0[INCEPTION1_P2_Z + out0 + 7] = zv;
        a0[INCEPTION1_P2_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION1_P2_BIAS + co + 7];
        a0[INCEPTION1_P2_Z + out1 + 7] = zv;
        a0[INCEPTION1_P2_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception1_p3a.forward: z, and y = relu(z), = bias + 1×1 windows of pool1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 98;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 8;
    const ROW_ITEMS = 7;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let oy = e / ROW_ITEMS;
      let ox = (e % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION1_P3A_KERNEL;
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
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C;
      {
        let zv = acc0_0.x + params[INCEPTION1_P3A_BIAS];
        a0[INCEPTION1_P3A_Z + out0] = zv;
        a0[INCEPTION1_P3A_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION1_P3A_BIAS];
        a0[INCEPTION1_P3A_Z + out1] = zv;
        a0[INCEPTION1_P3A_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION1_P3A_BIAS + 1];
        a0[INCEPTION1_P3A_Z + out0 + 1] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION1_P3A_BIAS + 1];
        a0[INCEPTION1_P3A_Z + out1 + 1] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION1_P3A_BIAS + 2];
        a0[INCEPTION1_P3A_Z + out0 + 2] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION1_P3A_BIAS + 2];
        a0[INCEPTION1_P3A_Z + out1 + 2] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION1_P3A_BIAS + 3];
        a0[INCEPTION1_P3A_Z + out0 + 3] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION1_P3A_BIAS + 3];
        a0[INCEPTION1_P3A_Z + out1 + 3] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION1_P3A_BIAS + 4];
        a0[INCEPTION1_P3A_Z + out0 + 4] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION1_P3A_BIAS + 4];
        a0[INCEPTION1_P3A_Z + out1 + 4] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION1_P3A_BIAS + 5];
        a0[INCEPTION1_P3A_Z + out0 + 5] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION1_P3A_BIAS + 5];
        a0[INCEPTION1_P3A_Z + out1 + 5] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION1_P3A_BIAS + 6];
        a0[INCEPTION1_P3A_Z + out0 + 6] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION1_P3A_BIAS + 6];
        a0[INCEPTION1_P3A_Z + out1 + 6] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION1_P3A_BIAS + 7];
        a0[INCEPTION1_P3A_Z + out0 + 7] = zv;
        a0[INCEPTION1_P3A_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION1_P3A_BIAS + 7];
        a0[INCEPTION1_P3A_Z + out1 + 7] = zv;
        a0[INCEPTION1_P3A_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception1_p3.forward: z, and y = relu(z), = bias + 5×5 windows of inception1_p3a's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 8;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = INCEPTION1_P3_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[INCEPTION1_P3A_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[INCEPTION1_P3A_Y + xi1 + ci], in1);
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
        let zv = acc0_0.x + params[INCEPTION1_P3_BIAS + co];
        a0[INCEPTION1_P3_Z + out0] = zv;
        a0[INCEPTION1_P3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION1_P3_BIAS + co];
        a0[INCEPTION1_P3_Z + out1] = zv;
        a0[INCEPTION1_P3_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION1_P3_BIAS + co + 1];
        a0[INCEPTION1_P3_Z + out0 + 1] = zv;
        a0[INCEPTION1_P3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION1_P3_BIAS + co + 1];
        a0[INCEPTION1_P3_Z + out1 + 1] = zv;
        a0[INCEPTION1_P3_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION1_P3_BIAS + co + 2];
        a0[INCEPTION1_P3_Z + out0 + 2] = zv;
        a0[INCEPTION1_P3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION1_P3_BIAS + co + 2];
        a0[INCEPTION1_P3_Z + out1 + 2] = zv;
        a0[INCEPTION1_P3_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION1_P3_BIAS + co + 3];
        a0[INCEPTION1_P3_Z + out0 + 3] = zv;
        a0[INCEPTION1_P3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION1_P3_BIAS + co + 3];
        a0[INCEPTION1_P3_Z + out1 + 3] = zv;
        a0[INCEPTION1_P3_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION1_P3_BIAS + co + 4];
        a0[INCEPTION1_P3_Z + out0 + 4] = zv;
        a0[INCEPTION1_P3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION1_P3_BIAS + co + 4];
        a0[INCEPTION1_P3_Z + out1 + 4] = zv;
        a0[INCEPTION1_P3_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION1_P3_BIAS + co + 5];
        a0[INCEPTION1_P3_Z + out0 + 5] = zv;
        a0[INCEPTION1_P3_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION1_P3_BIAS + co + 5];
        a0[INCEPTION1_P3_Z + out1 + 5] = zv;
        a0[INCEPTION1_P3_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION1_P3_BIAS + co + 6];
        a0[INCEPTION1_P3_Z + out0 + 6] = zv;
        a0[INCEPTION1_P3_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION1_P3_BIAS + co + 6];
        a0[INCEPTION1_P3_Z + out1 + 6] = zv;
        a0[INCEPTION1_P3_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION1_P3_BIAS + co + 7];
        a0[INCEPTION1_P3_Z + out0 + 7] = zv;
        a0[INCEPTION1_P3_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION1_P3_BIAS + co + 7];
        a0[INCEPTION1_P3_Z + out1 + 7] = zv;
        a0[INCEPTION1_P3_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception1_p4a.forward: max pooling over 3×3 windows of pool1's output; an item per output element
  {
    const ITEMS = 6272;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_W = 14;
    const OUT_C = 32;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = -3.4028234663852886e38;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          for (var kx = 0; kx < WINDOW_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            if (ix >= 0 && ix < IN_W) {
              let v = a0[POOL1_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
              if (v > acc) { acc = v; }
            }
          }
        }
      }
      a0[INCEPTION1_P4A_Z + b * 6272 + e] = acc;
    }
  }
  storageBarrier();
  // inception1_p4.forward: z, and y = relu(z), = bias + 1×1 windows of inception1_p4a's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION1_P4_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[INCEPTION1_P4A_Z + xi0 + ci];
        let x1 = a0[INCEPTION1_P4A_Z + xi1 + ci];
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
        let zv = acc0_0.x + params[INCEPTION1_P4_BIAS + co];
        a0[INCEPTION1_P4_Z + out0] = zv;
        a0[INCEPTION1_P4_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION1_P4_BIAS + co];
        a0[INCEPTION1_P4_Z + out1] = zv;
        a0[INCEPTION1_P4_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION1_P4_BIAS + co + 1];
        a0[INCEPTION1_P4_Z + out0 + 1] = zv;
        a0[INCEPTION1_P4_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION1_P4_BIAS + co + 1];
        a0[INCEPTION1_P4_Z + out1 + 1] = zv;
        a0[INCEPTION1_P4_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION1_P4_BIAS + co + 2];
        a0[INCEPTION1_P4_Z + out0 + 2] = zv;
        a0[INCEPTION1_P4_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION1_P4_BIAS + co + 2];
        a0[INCEPTION1_P4_Z + out1 + 2] = zv;
        a0[INCEPTION1_P4_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION1_P4_BIAS + co + 3];
        a0[INCEPTION1_P4_Z + out0 + 3] = zv;
        a0[INCEPTION1_P4_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION1_P4_BIAS + co + 3];
        a0[INCEPTION1_P4_Z + out1 + 3] = zv;
        a0[INCEPTION1_P4_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION1_P4_BIAS + co + 4];
        a0[INCEPTION1_P4_Z + out0 + 4] = zv;
        a0[INCEPTION1_P4_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION1_P4_BIAS + co + 4];
        a0[INCEPTION1_P4_Z + out1 + 4] = zv;
        a0[INCEPTION1_P4_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION1_P4_BIAS + co + 5];
        a0[INCEPTION1_P4_Z + out0 + 5] = zv;
        a0[INCEPTION1_P4_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION1_P4_BIAS + co + 5];
        a0[INCEPTION1_P4_Z + out1 + 5] = zv;
        a0[INCEPTION1_P4_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION1_P4_BIAS + co + 6];
        a0[INCEPTION1_P4_Z + out0 + 6] = zv;
        a0[INCEPTION1_P4_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION1_P4_BIAS + co + 6];
        a0[INCEPTION1_P4_Z + out1 + 6] = zv;
        a0[INCEPTION1_P4_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION1_P4_BIAS + co + 7];
        a0[INCEPTION1_P4_Z + out0 + 7] = zv;
        a0[INCEPTION1_P4_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION1_P4_BIAS + co + 7];
        a0[INCEPTION1_P4_Z + out1 + 7] = zv;
        a0[INCEPTION1_P4_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception1_concat1.forward from inception1_p1: inception1_p1's output as channels 0–15 of 80; an item per element of it
  {
    const ITEMS = 3136;
    const POSITIONS = 196;
    const IN_C = 16;
    const OUT_C = 80;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a0[INCEPTION1_CONCAT1_Z + at] = a0[INCEPTION1_P1_Y + b * 3136 + e];
    }
  }
  storageBarrier();
  // inception1_concat1.forward from inception1_p2: inception1_p2's output as channels 16–47 of 80; an item per element of it
  {
    const ITEMS = 6272;
    const POSITIONS = 196;
    const IN_C = 32;
    const OUT_C = 80;
    const FIRST = 16;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION1_CONCAT1_Z + at] = a0[INCEPTION1_P2_Y + b * 6272 + e];
    }
  }
  storageBarrier();
  // inception1_concat1.forward from inception1_p3: inception1_p3's output as channels 48–63 of 80; an item per element of it
  {
    const ITEMS = 3136;
    const POSITIONS = 196;
    const IN_C = 16;
    const OUT_C = 80;
    const FIRST = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION1_CONCAT1_Z + at] = a0[INCEPTION1_P3_Y + b * 3136 + e];
    }
  }
  storageBarrier();
  // inception1_concat1.forward from inception1_p4: inception1_p4's output as channels 64–79 of 80; an item per element of it
  {
    const ITEMS = 3136;
    const POSITIONS = 196;
    const IN_C = 16;
    const OUT_C = 80;
    const FIRST = 64;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION1_CONCAT1_Z + at] = a0[INCEPTION1_P4_Y + b * 3136 + e];
    }
  }
  storageBarrier();
  // inception2_p1.forward: z, and y = relu(z), = bias + 1×1 windows of inception1_concat1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION2_P1_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[INCEPTION1_CONCAT1_Z + xi0 + ci];
        let x1 = a0[INCEPTION1_CONCAT1_Z + xi1 + ci];
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
        let zv = acc0_0.x + params[INCEPTION2_P1_BIAS + co];
        a0[INCEPTION2_P1_Z + out0] = zv;
        a0[INCEPTION2_P1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION2_P1_BIAS + co];
        a0[INCEPTION2_P1_Z + out1] = zv;
        a0[INCEPTION2_P1_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION2_P1_BIAS + co + 1];
        a0[INCEPTION2_P1_Z + out0 + 1] = zv;
        a0[INCEPTION2_P1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION2_P1_BIAS + co + 1];
        a0[INCEPTION2_P1_Z + out1 + 1] = zv;
        a0[INCEPTION2_P1_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION2_P1_BIAS + co + 2];
        a0[INCEPTION2_P1_Z + out0 + 2] = zv;
        a0[INCEPTION2_P1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION2_P1_BIAS + co + 2];
        a0[INCEPTION2_P1_Z + out1 + 2] = zv;
        a0[INCEPTION2_P1_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION2_P1_BIAS + co + 3];
        a0[INCEPTION2_P1_Z + out0 + 3] = zv;
        a0[INCEPTION2_P1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION2_P1_BIAS + co + 3];
        a0[INCEPTION2_P1_Z + out1 + 3] = zv;
        a0[INCEPTION2_P1_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION2_P1_BIAS + co + 4];
        a0[INCEPTION2_P1_Z + out0 + 4] = zv;
        a0[INCEPTION2_P1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION2_P1_BIAS + co + 4];
        a0[INCEPTION2_P1_Z + out1 + 4] = zv;
        a0[INCEPTION2_P1_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION2_P1_BIAS + co + 5];
        a0[INCEPTION2_P1_Z + out0 + 5] = zv;
        a0[INCEPTION2_P1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION2_P1_BIAS + co + 5];
        a0[INCEPTION2_P1_Z + out1 + 5] = zv;
        a0[INCEPTION2_P1_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION2_P1_BIAS + co + 6];
        a0[INCEPTION2_P1_Z + out0 + 6] = zv;
        a0[INCEPTION2_P1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION2_P1_BIAS + co + 6];
        a0[INCEPTION2_P1_Z + out1 + 6] = zv;
        a0[INCEPTION2_P1_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION2_P1_BIAS + co + 7];
        a0[INCEPTION2_P1_Z + out0 + 7] = zv;
        a0[INCEPTION2_P1_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION2_P1_BIAS + co + 7];
        a0[INCEPTION2_P1_Z + out1 + 7] = zv;
        a0[INCEPTION2_P1_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception2_p2a.forward: z, and y = relu(z), = bias + 1×1 windows of inception1_concat1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 392;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 32;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION2_P2A_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[INCEPTION1_CONCAT1_Z + xi0 + ci];
        let x1 = a0[INCEPTION1_CONCAT1_Z + xi1 + ci];
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
        let zv = acc0_0.x + params[INCEPTION2_P2A_BIAS + co];
        a0[INCEPTION2_P2A_Z + out0] = zv;
        a0[INCEPTION2_P2A_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION2_P2A_BIAS + co];
        a0[INCEPTION2_P2A_Z + out1] = zv;
        a0[INCEPTION2_P2A_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION2_P2A_BIAS + co + 1];
        a0[INCEPTION2_P2A_Z + out0 + 1] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION2_P2A_BIAS + co + 1];
        a0[INCEPTION2_P2A_Z + out1 + 1] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION2_P2A_BIAS + co + 2];
        a0[INCEPTION2_P2A_Z + out0 + 2] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION2_P2A_BIAS + co + 2];
        a0[INCEPTION2_P2A_Z + out1 + 2] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION2_P2A_BIAS + co + 3];
        a0[INCEPTION2_P2A_Z + out0 + 3] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION2_P2A_BIAS + co + 3];
        a0[INCEPTION2_P2A_Z + out1 + 3] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION2_P2A_BIAS + co + 4];
        a0[INCEPTION2_P2A_Z + out0 + 4] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION2_P2A_BIAS + co + 4];
        a0[INCEPTION2_P2A_Z + out1 + 4] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION2_P2A_BIAS + co + 5];
        a0[INCEPTION2_P2A_Z + out0 + 5] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION2_P2A_BIAS + co + 5];
        a0[INCEPTION2_P2A_Z + out1 + 5] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION2_P2A_BIAS + co + 6];
        a0[INCEPTION2_P2A_Z + out0 + 6] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION2_P2A_BIAS + co + 6];
        a0[INCEPTION2_P2A_Z + out1 + 6] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION2_P2A_BIAS + co + 7];
        a0[INCEPTION2_P2A_Z + out0 + 7] = zv;
        a0[INCEPTION2_P2A_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION2_P2A_BIAS + co + 7];
        a0[INCEPTION2_P2A_Z + out1 + 7] = zv;
        a0[INCEPTION2_P2A_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception2_p2.forward: z, and y = relu(z), = bias + 3×3 windows of inception2_p2a's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 588;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 32;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 48;
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
            var wi = INCEPTION2_P2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[INCEPTION2_P2A_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[INCEPTION2_P2A_Y + xi1 + ci], in1);
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
        let zv = acc0_0.x + params[INCEPTION2_P2_BIAS + co];
        a0[INCEPTION2_P2_Z + out0] = zv;
        a0[INCEPTION2_P2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION2_P2_BIAS + co];
        a0[INCEPTION2_P2_Z + out1] = zv;
        a0[INCEPTION2_P2_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION2_P2_BIAS + co + 1];
        a0[INCEPTION2_P2_Z + out0 + 1] = zv;
        a0[INCEPTION2_P2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION2_P2_BIAS + co + 1];
        a0[INCEPTION2_P2_Z + out1 + 1] = zv;
        a0[INCEPTION2_P2_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION2_P2_BIAS + co + 2];
        a0[INCEPTION2_P2_Z + out0 + 2] = zv;
        a0[INCEPTION2_P2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION2_P2_BIAS + co + 2];
        a0[INCEPTION2_P2_Z + out1 + 2] = zv;
        a0[INCEPTION2_P2_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION2_P2_BIAS + co + 3];
        a0[INCEPTION2_P2_Z + out0 + 3] = zv;
        a0[INCEPTION2_P2_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION2_P2_BIAS + co + 3];
        a0[INCEPTION2_P2_Z + out1 + 3] = zv;
        a0[INCEPTION2_P2_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION2_P2_BIAS + co + 4];
        a0[INCEPTION2_P2_Z + out0 + 4] = zv;
        a0[INCEPTION2_P2_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION2_P2_BIAS + co + 4];
        a0[INCEPTION2_P2_Z + out1 + 4] = zv;
        a0[INCEPTION2_P2_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION2_P2_BIAS + co + 5];
        a0[INCEPTION2_P2_Z + out0 + 5] = zv;
        a0[INCEPTION2_P2_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION2_P2_BIAS + co + 5];
        a0[INCEPTION2_P2_Z + out1 + 5] = zv;
        a0[INCEPTION2_P2_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION2_P2_BIAS + co + 6];
        a0[INCEPTION2_P2_Z + out0 + 6] = zv;
        a0[INCEPTION2_P2_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION2_P2_BIAS + co + 6];
        a0[INCEPTION2_P2_Z + out1 + 6] = zv;
        a0[INCEPTION2_P2_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION2_P2_BIAS + co + 7];
        a0[INCEPTION2_P2_Z + out0 + 7] = zv;
        a0[INCEPTION2_P2_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION2_P2_BIAS + co + 7];
        a0[INCEPTION2_P2_Z + out1 + 7] = zv;
        a0[INCEPTION2_P2_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception2_p3a.forward: z, and y = relu(z), = bias + 1×1 windows of inception1_concat1's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 98;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 8;
    const ROW_ITEMS = 7;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let oy = e / ROW_ITEMS;
      let ox = (e % ROW_ITEMS) * ROW_BLOCK;
      var acc0_0 = vec4<f32>();
      var acc0_1 = vec4<f32>();
      var acc1_0 = vec4<f32>();
      var acc1_1 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION2_P3A_KERNEL;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[INCEPTION1_CONCAT1_Z + xi0 + ci];
        let x1 = a0[INCEPTION1_CONCAT1_Z + xi1 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc0_1 = acc0_1 + x1 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        acc1_1 = acc1_1 + x1 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C;
      {
        let zv = acc0_0.x + params[INCEPTION2_P3A_BIAS];
        a0[INCEPTION2_P3A_Z + out0] = zv;
        a0[INCEPTION2_P3A_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION2_P3A_BIAS];
        a0[INCEPTION2_P3A_Z + out1] = zv;
        a0[INCEPTION2_P3A_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION2_P3A_BIAS + 1];
        a0[INCEPTION2_P3A_Z + out0 + 1] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION2_P3A_BIAS + 1];
        a0[INCEPTION2_P3A_Z + out1 + 1] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION2_P3A_BIAS + 2];
        a0[INCEPTION2_P3A_Z + out0 + 2] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION2_P3A_BIAS + 2];
        a0[INCEPTION2_P3A_Z + out1 + 2] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION2_P3A_BIAS + 3];
        a0[INCEPTION2_P3A_Z + out0 + 3] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION2_P3A_BIAS + 3];
        a0[INCEPTION2_P3A_Z + out1 + 3] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION2_P3A_BIAS + 4];
        a0[INCEPTION2_P3A_Z + out0 + 4] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION2_P3A_BIAS + 4];
        a0[INCEPTION2_P3A_Z + out1 + 4] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION2_P3A_BIAS + 5];
        a0[INCEPTION2_P3A_Z + out0 + 5] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION2_P3A_BIAS + 5];
        a0[INCEPTION2_P3A_Z + out1 + 5] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION2_P3A_BIAS + 6];
        a0[INCEPTION2_P3A_Z + out0 + 6] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION2_P3A_BIAS + 6];
        a0[INCEPTION2_P3A_Z + out1 + 6] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION2_P3A_BIAS + 7];
        a0[INCEPTION2_P3A_Z + out0 + 7] = zv;
        a0[INCEPTION2_P3A_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION2_P3A_BIAS + 7];
        a0[INCEPTION2_P3A_Z + out1 + 7] = zv;
        a0[INCEPTION2_P3A_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception2_p3.forward: z, and y = relu(z), = bias + 5×5 windows of inception2_p3a's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 294;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 8;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 24;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
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
            var wi = INCEPTION2_P3_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[INCEPTION2_P3A_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[INCEPTION2_P3A_Y + xi1 + ci], in1);
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
        let zv = acc0_0.x + params[INCEPTION2_P3_BIAS + co];
        a0[INCEPTION2_P3_Z + out0] = zv;
        a0[INCEPTION2_P3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION2_P3_BIAS + co];
        a0[INCEPTION2_P3_Z + out1] = zv;
        a0[INCEPTION2_P3_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION2_P3_BIAS + co + 1];
        a0[INCEPTION2_P3_Z + out0 + 1] = zv;
        a0[INCEPTION2_P3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION2_P3_BIAS + co + 1];
        a0[INCEPTION2_P3_Z + out1 + 1] = zv;
        a0[INCEPTION2_P3_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION2_P3_BIAS + co + 2];
        a0[INCEPTION2_P3_Z + out0 + 2] = zv;
        a0[INCEPTION2_P3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION2_P3_BIAS + co + 2];
        a0[INCEPTION2_P3_Z + out1 + 2] = zv;
        a0[INCEPTION2_P3_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION2_P3_BIAS + co + 3];
        a0[INCEPTION2_P3_Z + out0 + 3] = zv;
        a0[INCEPTION2_P3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION2_P3_BIAS + co + 3];
        a0[INCEPTION2_P3_Z + out1 + 3] = zv;
        a0[INCEPTION2_P3_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION2_P3_BIAS + co + 4];
        a0[INCEPTION2_P3_Z + out0 + 4] = zv;
        a0[INCEPTION2_P3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION2_P3_BIAS + co + 4];
        a0[INCEPTION2_P3_Z + out1 + 4] = zv;
        a0[INCEPTION2_P3_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION2_P3_BIAS + co + 5];
        a0[INCEPTION2_P3_Z + out0 + 5] = zv;
        a0[INCEPTION2_P3_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION2_P3_BIAS + co + 5];
        a0[INCEPTION2_P3_Z + out1 + 5] = zv;
        a0[INCEPTION2_P3_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION2_P3_BIAS + co + 6];
        a0[INCEPTION2_P3_Z + out0 + 6] = zv;
        a0[INCEPTION2_P3_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION2_P3_BIAS + co + 6];
        a0[INCEPTION2_P3_Z + out1 + 6] = zv;
        a0[INCEPTION2_P3_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION2_P3_BIAS + co + 7];
        a0[INCEPTION2_P3_Z + out0 + 7] = zv;
        a0[INCEPTION2_P3_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION2_P3_BIAS + co + 7];
        a0[INCEPTION2_P3_Z + out1 + 7] = zv;
        a0[INCEPTION2_P3_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception2_p4a.forward: max pooling over 3×3 windows of inception1_concat1's output; an item per output element
  {
    const ITEMS = 15680;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_W = 14;
    const OUT_C = 80;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = -3.4028234663852886e38;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          for (var kx = 0; kx < WINDOW_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            if (ix >= 0 && ix < IN_W) {
              let v = a0[INCEPTION1_CONCAT1_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
              if (v > acc) { acc = v; }
            }
          }
        }
      }
      a0[INCEPTION2_P4A_Z + b * 15680 + e] = acc;
    }
  }
  storageBarrier();
  // inception2_p4.forward: z, and y = relu(z), = bias + 1×1 windows of inception2_p4a's output · kernel; an item per 8 filters × 2 positions of a row, their weights read four at a time
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 80;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 16;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = INCEPTION2_P4_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[INCEPTION2_P4A_Z + xi0 + ci];
        let x1 = a0[INCEPTION2_P4A_Z + xi1 + ci];
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
        let zv = acc0_0.x + params[INCEPTION2_P4_BIAS + co];
        a0[INCEPTION2_P4_Z + out0] = zv;
        a0[INCEPTION2_P4_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_1.x + params[INCEPTION2_P4_BIAS + co];
        a0[INCEPTION2_P4_Z + out1] = zv;
        a0[INCEPTION2_P4_Y + out1] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION2_P4_BIAS + co + 1];
        a0[INCEPTION2_P4_Z + out0 + 1] = zv;
        a0[INCEPTION2_P4_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_1.y + params[INCEPTION2_P4_BIAS + co + 1];
        a0[INCEPTION2_P4_Z + out1 + 1] = zv;
        a0[INCEPTION2_P4_Y + out1 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION2_P4_BIAS + co + 2];
        a0[INCEPTION2_P4_Z + out0 + 2] = zv;
        a0[INCEPTION2_P4_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_1.z + params[INCEPTION2_P4_BIAS + co + 2];
        a0[INCEPTION2_P4_Z + out1 + 2] = zv;
        a0[INCEPTION2_P4_Y + out1 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION2_P4_BIAS + co + 3];
        a0[INCEPTION2_P4_Z + out0 + 3] = zv;
        a0[INCEPTION2_P4_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc0_1.w + params[INCEPTION2_P4_BIAS + co + 3];
        a0[INCEPTION2_P4_Z + out1 + 3] = zv;
        a0[INCEPTION2_P4_Y + out1 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION2_P4_BIAS + co + 4];
        a0[INCEPTION2_P4_Z + out0 + 4] = zv;
        a0[INCEPTION2_P4_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_1.x + params[INCEPTION2_P4_BIAS + co + 4];
        a0[INCEPTION2_P4_Z + out1 + 4] = zv;
        a0[INCEPTION2_P4_Y + out1 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION2_P4_BIAS + co + 5];
        a0[INCEPTION2_P4_Z + out0 + 5] = zv;
        a0[INCEPTION2_P4_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_1.y + params[INCEPTION2_P4_BIAS + co + 5];
        a0[INCEPTION2_P4_Z + out1 + 5] = zv;
        a0[INCEPTION2_P4_Y + out1 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION2_P4_BIAS + co + 6];
        a0[INCEPTION2_P4_Z + out0 + 6] = zv;
        a0[INCEPTION2_P4_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_1.z + params[INCEPTION2_P4_BIAS + co + 6];
        a0[INCEPTION2_P4_Z + out1 + 6] = zv;
        a0[INCEPTION2_P4_Y + out1 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION2_P4_BIAS + co + 7];
        a0[INCEPTION2_P4_Z + out0 + 7] = zv;
        a0[INCEPTION2_P4_Y + out0 + 7] = act_relu(zv);
      }
      {
        let zv = acc1_1.w + params[INCEPTION2_P4_BIAS + co + 7];
        a0[INCEPTION2_P4_Z + out1 + 7] = zv;
        a0[INCEPTION2_P4_Y + out1 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception2_concat1.forward from inception2_p1: inception2_p1's output as channels 0–31 of 120; an item per element of it
  {
    const ITEMS = 6272;
    const POSITIONS = 196;
    const IN_C = 32;
    const OUT_C = 120;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a0[INCEPTION2_CONCAT1_Z + at] = a0[INCEPTION2_P1_Y + b * 6272 + e];
    }
  }
  storageBarrier();
  // inception2_concat1.forward from inception2_p2: inception2_p2's output as channels 32–79 of 120; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 196;
    const IN_C = 48;
    const OUT_C = 120;
    const FIRST = 32;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION2_CONCAT1_Z + at] = a0[INCEPTION2_P2_Y + b * 9408 + e];
    }
  }
  storageBarrier();
  // inception2_concat1.forward from inception2_p3: inception2_p3's output as channels 80–103 of 120; an item per element of it
  {
    const ITEMS = 4704;
    const POSITIONS = 196;
    const IN_C = 24;
    const OUT_C = 120;
    const FIRST = 80;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION2_CONCAT1_Z + at] = a0[INCEPTION2_P3_Y + b * 4704 + e];
    }
  }
  storageBarrier();
  // inception2_concat1.forward from inception2_p4: inception2_p4's output as channels 104–119 of 120; an item per element of it
  {
    const ITEMS = 3136;
    const POSITIONS = 196;
    const IN_C = 16;
    const OUT_C = 120;
    const FIRST = 104;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION2_CONCAT1_Z + at] = a0[INCEPTION2_P4_Y + b * 3136 + e];
    }
  }
  storageBarrier();
  // pool2.forward: max pooling over 3×3 windows of inception2_concat1's output; an item per output element
  {
    const ITEMS = 5880;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 120;
    const OUT_W = 7;
    const OUT_C = 120;
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
        if (iy >= 0 && iy < IN_H) {
          for (var kx = 0; kx < WINDOW_W; kx++) {
            let ix = i32(ox) * STRIDE_W + kx;
            if (ix >= 0 && ix < IN_W) {
              let v = a0[INCEPTION2_CONCAT1_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
              if (v > acc) { acc = v; }
            }
          }
        }
      }
      a0[POOL2_Z + b * 5880 + e] = acc;
    }
  }
  storageBarrier();
  // inception3_p1.forward: z, and y = relu(z), = bias + 1×1 windows of pool2's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 294;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 48;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      var wi = INCEPTION3_P1_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[POOL2_Z + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[INCEPTION3_P1_BIAS + co];
        a0[INCEPTION3_P1_Z + out0] = zv;
        a0[INCEPTION3_P1_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION3_P1_BIAS + co + 1];
        a0[INCEPTION3_P1_Z + out0 + 1] = zv;
        a0[INCEPTION3_P1_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION3_P1_BIAS + co + 2];
        a0[INCEPTION3_P1_Z + out0 + 2] = zv;
        a0[INCEPTION3_P1_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION3_P1_BIAS + co + 3];
        a0[INCEPTION3_P1_Z + out0 + 3] = zv;
        a0[INCEPTION3_P1_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION3_P1_BIAS + co + 4];
        a0[INCEPTION3_P1_Z + out0 + 4] = zv;
        a0[INCEPTION3_P1_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION3_P1_BIAS + co + 5];
        a0[INCEPTION3_P1_Z + out0 + 5] = zv;
        a0[INCEPTION3_P1_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION3_P1_BIAS + co + 6];
        a0[INCEPTION3_P1_Z + out0 + 6] = zv;
        a0[INCEPTION3_P1_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION3_P1_BIAS + co + 7];
        a0[INCEPTION3_P1_Z + out0 + 7] = zv;
        a0[INCEPTION3_P1_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception3_p2a.forward: z, and y = relu(z), = bias + 1×1 windows of pool2's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 147;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 24;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
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
      var wi = INCEPTION3_P2A_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[POOL2_Z + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[INCEPTION3_P2A_BIAS + co];
        a0[INCEPTION3_P2A_Z + out0] = zv;
        a0[INCEPTION3_P2A_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION3_P2A_BIAS + co + 1];
        a0[INCEPTION3_P2A_Z + out0 + 1] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION3_P2A_BIAS + co + 2];
        a0[INCEPTION3_P2A_Z + out0 + 2] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION3_P2A_BIAS + co + 3];
        a0[INCEPTION3_P2A_Z + out0 + 3] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION3_P2A_BIAS + co + 4];
        a0[INCEPTION3_P2A_Z + out0 + 4] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION3_P2A_BIAS + co + 5];
        a0[INCEPTION3_P2A_Z + out0 + 5] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION3_P2A_BIAS + co + 6];
        a0[INCEPTION3_P2A_Z + out0 + 6] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION3_P2A_BIAS + co + 7];
        a0[INCEPTION3_P2A_Z + out0 + 7] = zv;
        a0[INCEPTION3_P2A_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception3_p2.forward: z, and y = relu(z), = bias + 3×3 windows of inception3_p2a's output · kernel; an item per 4 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 637;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 24;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 52;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
    const BLOCK = 4;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = r % ROW_ITEMS;
      var acc0_0 = vec4<f32>();
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            var wi = INCEPTION3_P2_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[INCEPTION3_P2A_Y + xi0 + ci], in0);
              let w0 = params4[wi / 4u];
              acc0_0 = acc0_0 + x0 * w0;
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[INCEPTION3_P2_BIAS + co];
        a0[INCEPTION3_P2_Z + out0] = zv;
        a0[INCEPTION3_P2_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION3_P2_BIAS + co + 1];
        a0[INCEPTION3_P2_Z + out0 + 1] = zv;
        a0[INCEPTION3_P2_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION3_P2_BIAS + co + 2];
        a0[INCEPTION3_P2_Z + out0 + 2] = zv;
        a0[INCEPTION3_P2_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION3_P2_BIAS + co + 3];
        a0[INCEPTION3_P2_Z + out0 + 3] = zv;
        a0[INCEPTION3_P2_Y + out0 + 3] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception3_p3a.forward: z, and y = relu(z), = bias + 1×1 windows of pool2's output · kernel; an item per 4 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 49;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 4;
    const ROW_ITEMS = 7;
    if (t < ITEMS) {
      let e = t;
      let oy = e / ROW_ITEMS;
      let ox = e % ROW_ITEMS;
      var acc0_0 = vec4<f32>();
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      var wi = INCEPTION3_P3A_KERNEL;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[POOL2_Z + xi0 + ci];
        let w0 = params4[wi / 4u];
        acc0_0 = acc0_0 + x0 * w0;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C;
      {
        let zv = acc0_0.x + params[INCEPTION3_P3A_BIAS];
        a0[INCEPTION3_P3A_Z + out0] = zv;
        a0[INCEPTION3_P3A_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION3_P3A_BIAS + 1];
        a0[INCEPTION3_P3A_Z + out0 + 1] = zv;
        a0[INCEPTION3_P3A_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION3_P3A_BIAS + 2];
        a0[INCEPTION3_P3A_Z + out0 + 2] = zv;
        a0[INCEPTION3_P3A_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION3_P3A_BIAS + 3];
        a0[INCEPTION3_P3A_Z + out0 + 3] = zv;
        a0[INCEPTION3_P3A_Y + out0 + 3] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception3_p3.forward: z, and y = relu(z), = bias + 5×5 windows of inception3_p3a's output · kernel; an item per 6 filters × 1 positions of a row
  {
    const ITEMS = 98;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 4;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 5;
    const KERNEL_W = 5;
    const PAD_TOP = 2;
    const PAD_LEFT = 2;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = r % ROW_ITEMS;
      var acc0_0 = 0.0;
      var acc1_0 = 0.0;
      var acc2_0 = 0.0;
      var acc3_0 = 0.0;
      var acc4_0 = 0.0;
      var acc5_0 = 0.0;
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          let row = (b * IN_H + u32(iy)) * IN_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            let in0 = ix >= 0 && ix < IN_W;
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            var wi = INCEPTION3_P3_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[INCEPTION3_P3A_Y + xi0 + ci], in0);
              let w0 = params[wi];
              let w1 = params[wi + 1];
              let w2 = params[wi + 2];
              let w3 = params[wi + 3];
              let w4 = params[wi + 4];
              let w5 = params[wi + 5];
              acc0_0 = acc0_0 + x0 * w0;
              acc1_0 = acc1_0 + x0 * w1;
              acc2_0 = acc2_0 + x0 * w2;
              acc3_0 = acc3_0 + x0 * w3;
              acc4_0 = acc4_0 + x0 * w4;
              acc5_0 = acc5_0 + x0 * w5;
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0 + params[INCEPTION3_P3_BIAS + co];
        a0[INCEPTION3_P3_Z + out0] = zv;
        a0[INCEPTION3_P3_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc1_0 + params[INCEPTION3_P3_BIAS + co + 1];
        a0[INCEPTION3_P3_Z + out0 + 1] = zv;
        a0[INCEPTION3_P3_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc2_0 + params[INCEPTION3_P3_BIAS + co + 2];
        a0[INCEPTION3_P3_Z + out0 + 2] = zv;
        a0[INCEPTION3_P3_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc3_0 + params[INCEPTION3_P3_BIAS + co + 3];
        a0[INCEPTION3_P3_Z + out0 + 3] = zv;
        a0[INCEPTION3_P3_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc4_0 + params[INCEPTION3_P3_BIAS + co + 4];
        a0[INCEPTION3_P3_Z + out0 + 4] = zv;
        a0[INCEPTION3_P3_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc5_0 + params[INCEPTION3_P3_BIAS + co + 5];
        a0[INCEPTION3_P3_Z + out0 + 5] = zv;
        a0[INCEPTION3_P3_Y + out0 + 5] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception3_p4a.forward: max pooling over 3×3 windows of pool2's output; an item per output element
  {
    const ITEMS = 5880;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_W = 7;
    const OUT_C = 120;
    const WINDOW_H = 3;
    const WINDOW_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = -3.4028234663852886e38;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) + ky - PAD_TOP;
        if (iy >= 0 && iy < IN_H) {
          for (var kx = 0; kx < WINDOW_W; kx++) {
            let ix = i32(ox) + kx - PAD_LEFT;
            if (ix >= 0 && ix < IN_W) {
              let v = a0[POOL2_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
              if (v > acc) { acc = v; }
            }
          }
        }
      }
      a0[INCEPTION3_P4A_Z + b * 5880 + e] = acc;
    }
  }
  storageBarrier();
  // inception3_p4.forward: z, and y = relu(z), = bias + 1×1 windows of inception3_p4a's output · kernel; an item per 8 filters × 1 positions of a row, their weights read four at a time
  {
    const ITEMS = 98;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 120;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 16;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
    const BLOCK = 8;
    if (t < ITEMS) {
      let e = t;
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
      var wi = INCEPTION3_P4_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a0[INCEPTION3_P4A_Z + xi0 + ci];
        let w0 = params4[wi / 4u];
        let w1 = params4[wi / 4u + 1];
        acc0_0 = acc0_0 + x0 * w0;
        acc1_0 = acc1_0 + x0 * w1;
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      {
        let zv = acc0_0.x + params[INCEPTION3_P4_BIAS + co];
        a0[INCEPTION3_P4_Z + out0] = zv;
        a0[INCEPTION3_P4_Y + out0] = act_relu(zv);
      }
      {
        let zv = acc0_0.y + params[INCEPTION3_P4_BIAS + co + 1];
        a0[INCEPTION3_P4_Z + out0 + 1] = zv;
        a0[INCEPTION3_P4_Y + out0 + 1] = act_relu(zv);
      }
      {
        let zv = acc0_0.z + params[INCEPTION3_P4_BIAS + co + 2];
        a0[INCEPTION3_P4_Z + out0 + 2] = zv;
        a0[INCEPTION3_P4_Y + out0 + 2] = act_relu(zv);
      }
      {
        let zv = acc0_0.w + params[INCEPTION3_P4_BIAS + co + 3];
        a0[INCEPTION3_P4_Z + out0 + 3] = zv;
        a0[INCEPTION3_P4_Y + out0 + 3] = act_relu(zv);
      }
      {
        let zv = acc1_0.x + params[INCEPTION3_P4_BIAS + co + 4];
        a0[INCEPTION3_P4_Z + out0 + 4] = zv;
        a0[INCEPTION3_P4_Y + out0 + 4] = act_relu(zv);
      }
      {
        let zv = acc1_0.y + params[INCEPTION3_P4_BIAS + co + 5];
        a0[INCEPTION3_P4_Z + out0 + 5] = zv;
        a0[INCEPTION3_P4_Y + out0 + 5] = act_relu(zv);
      }
      {
        let zv = acc1_0.z + params[INCEPTION3_P4_BIAS + co + 6];
        a0[INCEPTION3_P4_Z + out0 + 6] = zv;
        a0[INCEPTION3_P4_Y + out0 + 6] = act_relu(zv);
      }
      {
        let zv = acc1_0.w + params[INCEPTION3_P4_BIAS + co + 7];
        a0[INCEPTION3_P4_Z + out0 + 7] = zv;
        a0[INCEPTION3_P4_Y + out0 + 7] = act_relu(zv);
      }
    }
  }
  storageBarrier();
  // inception3_concat1.forward from inception3_p1: inception3_p1's output as channels 0–47 of 128; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 49;
    const IN_C = 48;
    const OUT_C = 128;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a0[INCEPTION3_CONCAT1_Z + at] = a0[INCEPTION3_P1_Y + b * 2352 + e];
    }
  }
  storageBarrier();
  // inception3_concat1.forward from inception3_p2: inception3_p2's output as channels 48–99 of 128; an item per element of it
  {
    const ITEMS = 2548;
    const POSITIONS = 49;
    const IN_C = 52;
    const OUT_C = 128;
    const FIRST = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION3_CONCAT1_Z + at] = a0[INCEPTION3_P2_Y + b * 2548 + e];
    }
  }
  storageBarrier();
  // inception3_concat1.forward from inception3_p3: inception3_p3's output as channels 100–111 of 128; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 128;
    const FIRST = 100;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION3_CONCAT1_Z + at] = a0[INCEPTION3_P3_Y + b * 588 + e];
    }
  }
  storageBarrier();
  // inception3_concat1.forward from inception3_p4: inception3_p4's output as channels 112–127 of 128; an item per element of it
  {
    const ITEMS = 784;
    const POSITIONS = 49;
    const IN_C = 16;
    const OUT_C = 128;
    const FIRST = 112;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[INCEPTION3_CONCAT1_Z + at] = a0[INCEPTION3_P4_Y + b * 784 + e];
    }
  }
  storageBarrier();
  // pool3.forward: global avg pooling of inception3_concat1's output; an item per output element
  {
    const ITEMS = 128;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 128;
    const OUT_C = 128;
    const WINDOW_H = 7;
    const WINDOW_W = 7;
    if (t < ITEMS) {
      let e = t;
      let c = e % OUT_C;
      var acc = 0.0;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let v = a0[INCEPTION3_CONCAT1_Z + ((b * IN_H + u32(ky)) * IN_W + u32(kx)) * IN_C + c];
          acc = acc + v;
        }
      }
      a0[POOL3_Z + b * 128 + e] = acc / 49.0;
    }
  }
  storageBarrier();
  // dense1.forward: z = pool3's output · kernel + bias; an item per 2 units
  {
    const ITEMS = 5;
    const IN_UNITS = 128;
    const OUT_UNITS = 10;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a0[POOL3_Z + b * IN_UNITS + k];
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
