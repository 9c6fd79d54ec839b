// lenetc training program for densenet
// a 3×3 stem, three dense blocks of four conv blocks (growth 12, each concatenated onto its input) with transitions, global average pooling, dense 10
//
// Compiled for batch 128, 10 classes, storage bindings of at most 128.0 MiB (WebGPU's default maxStorageBufferBindingSize, which every adapter allows).
// A device with other limits lays it out again: `train --backend webgpu` compiles for its adapter.
//
// Buffers:
//   a0 (arena0): 30205952 floats (115.2 MiB)
//   a1 (arena1): 32514048 floats (124.0 MiB)
//   a2 (arena2): 33417216 floats (127.5 MiB)
//   a3 (arena3): 30457088 floats (116.2 MiB)
//   a4 (arena4): 31309824 floats (119.4 MiB)
//   a5 (arena5): 33465952 floats (127.7 MiB)
//   a6 (arena6): 2796496 floats (10.7 MiB)
//   params: 78406 floats (every weight and moving statistic); state: 1 × 76624 floats (momentum)
//
// Tensors (offsets in floats; per-example tensors repeat for each example of the batch):
//   INPUT_Y                  a0 @ 0         784 per example: the batch's images, scaled to [0, 1] and augmented
//   STEM_Z                   a0 @ 100352    18816 per example: stem's output
//   DBLOCK1_1_BATCHNORM1_Z   a0 @ 2508800   18816 per example: dblock1_1_batchnorm1's output
//   DBLOCK1_1_ACTIVATION1_Y  a0 @ 4917248   18816 per example: dblock1_1_activation1's output: relu(dblock1_1_batchnorm1's)
//   DBLOCK1_1_CONV_Z         a0 @ 7325696   9408 per example: dblock1_1_conv's output
//   DBLOCK1_1_CONCAT1_Z      a0 @ 8529920   28224 per example: dblock1_1_concat1's output
//   DBLOCK1_2_BATCHNORM1_Z   a0 @ 12142592  28224 per example: dblock1_2_batchnorm1's output
//   DBLOCK1_2_ACTIVATION1_Y  a0 @ 15755264  28224 per example: dblock1_2_activation1's output: relu(dblock1_2_batchnorm1's)
//   DBLOCK1_2_CONV_Z         a0 @ 19367936  9408 per example: dblock1_2_conv's output
//   DBLOCK1_2_CONCAT1_Z      a0 @ 20572160  37632 per example: dblock1_2_concat1's output
//   DBLOCK1_3_BATCHNORM1_Z   a0 @ 25389056  37632 per example: dblock1_3_batchnorm1's output
//   DBLOCK1_3_ACTIVATION1_Y  a1 @ 0         37632 per example: dblock1_3_activation1's output: relu(dblock1_3_batchnorm1's)
//   DBLOCK1_3_CONV_Z         a1 @ 4816896   9408 per example: dblock1_3_conv's output
//   DBLOCK1_3_CONCAT1_Z      a1 @ 6021120   47040 per example: dblock1_3_concat1's output
//   DBLOCK1_4_BATCHNORM1_Z   a1 @ 12042240  47040 per example: dblock1_4_batchnorm1's output
//   DBLOCK1_4_ACTIVATION1_Y  a1 @ 18063360  47040 per example: dblock1_4_activation1's output: relu(dblock1_4_batchnorm1's)
//   DBLOCK1_4_CONV_Z         a1 @ 24084480  9408 per example: dblock1_4_conv's output
//   DBLOCK1_4_CONCAT1_Z      a1 @ 25288704  56448 per example: dblock1_4_concat1's output
//   TRANSITION1_BATCHNORM1_Z a2 @ 0         56448 per example: transition1_batchnorm1's output
//   TRANSITION1_ACTIVATION1_Y a2 @ 7225344   56448 per example: transition1_activation1's output: relu(transition1_batchnorm1's)
//   TRANSITION1_CONV1_Z      a2 @ 14450688  28224 per example: transition1_conv1's output
//   TRANSITION1_POOL1_Z      a2 @ 18063360  7056 per example: transition1_pool1's output
//   DBLOCK2_1_BATCHNORM1_Z   a2 @ 18966528  7056 per example: dblock2_1_batchnorm1's output
//   DBLOCK2_1_ACTIVATION1_Y  a2 @ 19869696  7056 per example: dblock2_1_activation1's output: relu(dblock2_1_batchnorm1's)
//   DBLOCK2_1_CONV_Z         a2 @ 20772864  2352 per example: dblock2_1_conv's output
//   DBLOCK2_1_CONCAT1_Z      a2 @ 21073920  9408 per example: dblock2_1_concat1's output
//   DBLOCK2_2_BATCHNORM1_Z   a2 @ 22278144  9408 per example: dblock2_2_batchnorm1's output
//   DBLOCK2_2_ACTIVATION1_Y  a2 @ 23482368  9408 per example: dblock2_2_activation1's output: relu(dblock2_2_batchnorm1's)
//   DBLOCK2_2_CONV_Z         a2 @ 24686592  2352 per example: dblock2_2_conv's output
//   DBLOCK2_2_CONCAT1_Z      a2 @ 24987648  11760 per example: dblock2_2_concat1's output
//   DBLOCK2_3_BATCHNORM1_Z   a2 @ 26492928  11760 per example: dblock2_3_batchnorm1's output
//   DBLOCK2_3_ACTIVATION1_Y  a2 @ 27998208  11760 per example: dblock2_3_activation1's output: relu(dblock2_3_batchnorm1's)
//   DBLOCK2_3_CONV_Z         a2 @ 29503488  2352 per example: dblock2_3_conv's output
//   DBLOCK2_3_CONCAT1_Z      a2 @ 29804544  14112 per example: dblock2_3_concat1's output
//   DBLOCK2_4_BATCHNORM1_Z   a2 @ 31610880  14112 per example: dblock2_4_batchnorm1's output
//   DBLOCK2_4_ACTIVATION1_Y  a3 @ 0         14112 per example: dblock2_4_activation1's output: relu(dblock2_4_batchnorm1's)
//   DBLOCK2_4_CONV_Z         a3 @ 1806336   2352 per example: dblock2_4_conv's output
//   DBLOCK2_4_CONCAT1_Z      a3 @ 2107392   16464 per example: dblock2_4_concat1's output
//   TRANSITION2_BATCHNORM1_Z a3 @ 4214784   16464 per example: transition2_batchnorm1's output
//   TRANSITION2_ACTIVATION1_Y a3 @ 6322176   16464 per example: transition2_activation1's output: relu(transition2_batchnorm1's)
//   TRANSITION2_CONV1_Z      a3 @ 8429568   8232 per example: transition2_conv1's output
//   TRANSITION2_POOL1_Z      a3 @ 9483264   2058 per example: transition2_pool1's output
//   DBLOCK3_1_BATCHNORM1_Z   a3 @ 9746688   2058 per example: dblock3_1_batchnorm1's output
//   DBLOCK3_1_ACTIVATION1_Y  a3 @ 10010112  2058 per example: dblock3_1_activation1's output: relu(dblock3_1_batchnorm1's)
//   DBLOCK3_1_CONV_Z         a3 @ 10273536  588 per example: dblock3_1_conv's output
//   DBLOCK3_1_CONCAT1_Z      a3 @ 10348800  2646 per example: dblock3_1_concat1's output
//   DBLOCK3_2_BATCHNORM1_Z   a3 @ 10687488  2646 per example: dblock3_2_batchnorm1's output
//   DBLOCK3_2_ACTIVATION1_Y  a3 @ 11026176  2646 per example: dblock3_2_activation1's output: relu(dblock3_2_batchnorm1's)
//   DBLOCK3_2_CONV_Z         a3 @ 11364864  588 per example: dblock3_2_conv's output
//   DBLOCK3_2_CONCAT1_Z      a3 @ 11440128  3234 per example: dblock3_2_concat1's output
//   DBLOCK3_3_BATCHNORM1_Z   a3 @ 11854080  3234 per example: dblock3_3_batchnorm1's output
//   DBLOCK3_3_ACTIVATION1_Y  a3 @ 12268032  3234 per example: dblock3_3_activation1's output: relu(dblock3_3_batchnorm1's)
//   DBLOCK3_3_CONV_Z         a3 @ 12681984  588 per example: dblock3_3_conv's output
//   DBLOCK3_3_CONCAT1_Z      a3 @ 12757248  3822 per example: dblock3_3_concat1's output
//   DBLOCK3_4_BATCHNORM1_Z   a3 @ 13246464  3822 per example: dblock3_4_batchnorm1's output
//   DBLOCK3_4_ACTIVATION1_Y  a3 @ 13735680  3822 per example: dblock3_4_activation1's output: relu(dblock3_4_batchnorm1's)
//   DBLOCK3_4_CONV_Z         a3 @ 14224896  588 per example: dblock3_4_conv's output
//   DBLOCK3_4_CONCAT1_Z      a3 @ 14300160  4410 per example: dblock3_4_concat1's output
//   BATCHNORM1_Z             a3 @ 14864640  4410 per example: batchnorm1's output
//   ACTIVATION1_Y            a3 @ 15429120  4410 per example: activation1's output: relu(batchnorm1's)
//   POOL1_Z                  a3 @ 15993600  90 per example: pool1's output
//   DENSE1_Z                 a3 @ 16005120  10 per example: dense1's output
//   STEM_DZ                  a3 @ 16006400  18816 per example: the loss's gradient with respect to stem's output
//   DBLOCK1_1_BATCHNORM1_DZ  a3 @ 18414848  18816 per example: the loss's gradient with respect to dblock1_1_batchnorm1's output
//   DBLOCK1_1_CONV_DZ        a3 @ 20823296  9408 per example: the loss's gradient with respect to dblock1_1_conv's output
//   DBLOCK1_1_CONCAT1_DZ     a3 @ 22027520  28224 per example: the loss's gradient with respect to dblock1_1_concat1's output
//   DBLOCK1_2_BATCHNORM1_DZ  a3 @ 25640192  28224 per example: the loss's gradient with respect to dblock1_2_batchnorm1's output
//   DBLOCK1_2_CONV_DZ        a3 @ 29252864  9408 per example: the loss's gradient with respect to dblock1_2_conv's output
//   DBLOCK1_2_CONCAT1_DZ     a4 @ 0         37632 per example: the loss's gradient with respect to dblock1_2_concat1's output
//   DBLOCK1_3_BATCHNORM1_DZ  a4 @ 4816896   37632 per example: the loss's gradient with respect to dblock1_3_batchnorm1's output
//   DBLOCK1_3_CONV_DZ        a4 @ 9633792   9408 per example: the loss's gradient with respect to dblock1_3_conv's output
//   DBLOCK1_3_CONCAT1_DZ     a4 @ 10838016  47040 per example: the loss's gradient with respect to dblock1_3_concat1's output
//   DBLOCK1_4_BATCHNORM1_DZ  a4 @ 16859136  47040 per example: the loss's gradient with respect to dblock1_4_batchnorm1's output
//   DBLOCK1_4_CONV_DZ        a4 @ 22880256  9408 per example: the loss's gradient with respect to dblock1_4_conv's output
//   DBLOCK1_4_CONCAT1_DZ     a4 @ 24084480  56448 per example: the loss's gradient with respect to dblock1_4_concat1's output
//   TRANSITION1_BATCHNORM1_DZ a5 @ 0         56448 per example: the loss's gradient with respect to transition1_batchnorm1's output
//   TRANSITION1_CONV1_DZ     a5 @ 7225344   28224 per example: the loss's gradient with respect to transition1_conv1's output
//   TRANSITION1_POOL1_DZ     a5 @ 10838016  7056 per example: the loss's gradient with respect to transition1_pool1's output
//   DBLOCK2_1_BATCHNORM1_DZ  a5 @ 11741184  7056 per example: the loss's gradient with respect to dblock2_1_batchnorm1's output
//   DBLOCK2_1_CONV_DZ        a5 @ 12644352  2352 per example: the loss's gradient with respect to dblock2_1_conv's output
//   DBLOCK2_1_CONCAT1_DZ     a5 @ 12945408  9408 per example: the loss's gradient with respect to dblock2_1_concat1's output
//   DBLOCK2_2_BATCHNORM1_DZ  a5 @ 14149632  9408 per example: the loss's gradient with respect to dblock2_2_batchnorm1's output
//   DBLOCK2_2_CONV_DZ        a5 @ 15353856  2352 per example: the loss's gradient with respect to dblock2_2_conv's output
//   DBLOCK2_2_CONCAT1_DZ     a5 @ 15654912  11760 per example: the loss's gradient with respect to dblock2_2_concat1's output
//   DBLOCK2_3_BATCHNORM1_DZ  a5 @ 17160192  11760 per example: the loss's gradient with respect to dblock2_3_batchnorm1's output
//   DBLOCK2_3_CONV_DZ        a5 @ 18665472  2352 per example: the loss's gradient with respect to dblock2_3_conv's output
//   DBLOCK2_3_CONCAT1_DZ     a5 @ 18966528  14112 per example: the loss's gradient with respect to dblock2_3_concat1's output
//   DBLOCK2_4_BATCHNORM1_DZ  a5 @ 20772864  14112 per example: the loss's gradient with respect to dblock2_4_batchnorm1's output
//   DBLOCK2_4_CONV_DZ        a5 @ 22579200  2352 per example: the loss's gradient with respect to dblock2_4_conv's output
//   DBLOCK2_4_CONCAT1_DZ     a5 @ 22880256  16464 per example: the loss's gradient with respect to dblock2_4_concat1's output
//   TRANSITION2_BATCHNORM1_DZ a5 @ 24987648  16464 per example: the loss's gradient with respect to transition2_batchnorm1's output
//   TRANSITION2_CONV1_DZ     a5 @ 27095040  8232 per example: the loss's gradient with respect to transition2_conv1's output
//   TRANSITION2_POOL1_DZ     a5 @ 28148736  2058 per example: the loss's gradient with respect to transition2_pool1's output
//   DBLOCK3_1_BATCHNORM1_DZ  a5 @ 28412160  2058 per example: the loss's gradient with respect to dblock3_1_batchnorm1's output
//   DBLOCK3_1_CONV_DZ        a5 @ 28675584  588 per example: the loss's gradient with respect to dblock3_1_conv's output
//   DBLOCK3_1_CONCAT1_DZ     a5 @ 28750848  2646 per example: the loss's gradient with respect to dblock3_1_concat1's output
//   DBLOCK3_2_BATCHNORM1_DZ  a5 @ 29089536  2646 per example: the loss's gradient with respect to dblock3_2_batchnorm1's output
//   DBLOCK3_2_CONV_DZ        a5 @ 29428224  588 per example: the loss's gradient with respect to dblock3_2_conv's output
//   DBLOCK3_2_CONCAT1_DZ     a5 @ 29503488  3234 per example: the loss's gradient with respect to dblock3_2_concat1's output
//   DBLOCK3_3_BATCHNORM1_DZ  a5 @ 29917440  3234 per example: the loss's gradient with respect to dblock3_3_batchnorm1's output
//   DBLOCK3_3_CONV_DZ        a5 @ 30331392  588 per example: the loss's gradient with respect to dblock3_3_conv's output
//   DBLOCK3_3_CONCAT1_DZ     a5 @ 30406656  3822 per example: the loss's gradient with respect to dblock3_3_concat1's output
//   DBLOCK3_4_BATCHNORM1_DZ  a5 @ 30895872  3822 per example: the loss's gradient with respect to dblock3_4_batchnorm1's output
//   DBLOCK3_4_CONV_DZ        a5 @ 31385088  588 per example: the loss's gradient with respect to dblock3_4_conv's output
//   DBLOCK3_4_CONCAT1_DZ     a5 @ 31460352  4410 per example: the loss's gradient with respect to dblock3_4_concat1's output
//   BATCHNORM1_DZ            a5 @ 32024832  4410 per example: the loss's gradient with respect to batchnorm1's output
//   POOL1_DZ                 a5 @ 32589312  90 per example: the loss's gradient with respect to pool1's output
//   DENSE1_DZ                a5 @ 32600832  10 per example: the loss's gradient with respect to dense1's output
//   STEM_PARTIALS            a5 @ 32602112  30720 floats: stem's weight-gradient partial sums: 128 groups × 240 weights
//   DBLOCK1_1_BATCHNORM1_STATS a5 @ 32632832  48 floats: dblock1_1_batchnorm1's batch mean, then variance, per channel
//   DBLOCK1_1_BATCHNORM1_SUMS a5 @ 32632896  48 floats: dblock1_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   DBLOCK1_1_CONV_PARTIALS  a5 @ 32632960  333312 floats: dblock1_1_conv's weight-gradient partial sums: 128 groups × 2604 weights
//   DBLOCK1_2_BATCHNORM1_STATS a5 @ 32966272  72 floats: dblock1_2_batchnorm1's batch mean, then variance, per channel
//   DBLOCK1_2_BATCHNORM1_SUMS a5 @ 32966400  72 floats: dblock1_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   DBLOCK1_2_CONV_PARTIALS  a5 @ 32966528  499200 floats: dblock1_2_conv's weight-gradient partial sums: 128 groups × 3900 weights
//   DBLOCK1_3_BATCHNORM1_STATS a5 @ 33465728  96 floats: dblock1_3_batchnorm1's batch mean, then variance, per channel
//   DBLOCK1_3_BATCHNORM1_SUMS a5 @ 33465856  96 floats: dblock1_3_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   DBLOCK1_3_CONV_PARTIALS  a6 @ 0         665088 floats: dblock1_3_conv's weight-gradient partial sums: 128 groups × 5196 weights
//   DBLOCK1_4_BATCHNORM1_STATS a6 @ 665088    120 floats: dblock1_4_batchnorm1's batch mean, then variance, per channel
//   DBLOCK1_4_BATCHNORM1_SUMS a6 @ 665216    120 floats: dblock1_4_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   DBLOCK1_4_CONV_PARTIALS  a6 @ 665344    830976 floats: dblock1_4_conv's weight-gradient partial sums: 128 groups × 6492 weights
//   TRANSITION1_BATCHNORM1_STATS a6 @ 1496320   144 floats: transition1_batchnorm1's batch mean, then variance, per channel
//   TRANSITION1_BATCHNORM1_SUMS a6 @ 1496512   144 floats: transition1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   TRANSITION1_CONV1_PARTIALS a6 @ 1496704   336384 floats: transition1_conv1's weight-gradient partial sums: 128 groups × 2628 weights
//   DBLOCK2_1_BATCHNORM1_STATS a6 @ 1833088   72 floats: dblock2_1_batchnorm1's batch mean, then variance, per channel
//   DBLOCK2_1_BATCHNORM1_SUMS a6 @ 1833216   72 floats: dblock2_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   DBLOCK2_1_CONV_PARTIALS  a6 @ 1833344   101400 floats: dblock2_1_conv's weight-gradient partial sums: 26 groups × 3900 weights
//   DBLOCK2_2_BATCHNORM1_STATS a6 @ 1934784   96 floats: dblock2_2_batchnorm1's batch mean, then variance, per channel
//   DBLOCK2_2_BATCHNORM1_SUMS a6 @ 1934912   96 floats: dblock2_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   DBLOCK2_2_CONV_PARTIALS  a6 @ 1935040   135096 floats: dblock2_2_conv's weight-gradient partial sums: 26 groups × 5196 weights
//   DBLOCK2_3_BATCHNORM1_STATS a6 @ 2070144   120 floats: dblock2_3_batchnorm1's batch mean, then variance, per channel
//   DBLOCK2_3_BATCHNORM1_SUMS a6 @ 2070272   120 floats: dblock2_3_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   DBLOCK2_3_CONV_PARTIALS  a6 @ 2070400   168792 floats: dblock2_3_conv's weight-gradient partial sums: 26 groups × 6492 weights
//   DBLOCK2_4_BATCHNORM1_STATS a6 @ 2239232   144 floats: dblock2_4_batchnorm1's batch mean, then variance, per channel
//   DBLOCK2_4_BATCHNORM1_SUMS a6 @ 2239424   144 floats: dblock2_4_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   DBLOCK2_4_CONV_PARTIALS  a6 @ 2239616   202488 floats: dblock2_4_conv's weight-gradient partial sums: 26 groups × 7788 weights
//   TRANSITION2_BATCHNORM1_STATS a6 @ 2442112   168 floats: transition2_batchnorm1's batch mean, then variance, per channel
//   TRANSITION2_BATCHNORM1_SUMS a6 @ 2442304   168 floats: transition2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   TRANSITION2_CONV1_PARTIALS a6 @ 2442496   92820 floats: transition2_conv1's weight-gradient partial sums: 26 groups × 3570 weights
//   DBLOCK3_1_BATCHNORM1_STATS a6 @ 2535360   84 floats: dblock3_1_batchnorm1's batch mean, then variance, per channel
//   DBLOCK3_1_BATCHNORM1_SUMS a6 @ 2535488   84 floats: dblock3_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   DBLOCK3_1_CONV_PARTIALS  a6 @ 2535616   31836 floats: dblock3_1_conv's weight-gradient partial sums: 7 groups × 4548 weights
//   DBLOCK3_2_BATCHNORM1_STATS a6 @ 2567488   108 floats: dblock3_2_batchnorm1's batch mean, then variance, per channel
//   DBLOCK3_2_BATCHNORM1_SUMS a6 @ 2567616   108 floats: dblock3_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   DBLOCK3_2_CONV_PARTIALS  a6 @ 2567744   40908 floats: dblock3_2_conv's weight-gradient partial sums: 7 groups × 5844 weights
//   DBLOCK3_3_BATCHNORM1_STATS a6 @ 2608704   132 floats: dblock3_3_batchnorm1's batch mean, then variance, per channel
//   DBLOCK3_3_BATCHNORM1_SUMS a6 @ 2608896   132 floats: dblock3_3_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   DBLOCK3_3_CONV_PARTIALS  a6 @ 2609088   49980 floats: dblock3_3_conv's weight-gradient partial sums: 7 groups × 7140 weights
//   DBLOCK3_4_BATCHNORM1_STATS a6 @ 2659072   156 floats: dblock3_4_batchnorm1's batch mean, then variance, per channel
//   DBLOCK3_4_BATCHNORM1_SUMS a6 @ 2659264   156 floats: dblock3_4_batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   DBLOCK3_4_CONV_PARTIALS  a6 @ 2659456   59052 floats: dblock3_4_conv's weight-gradient partial sums: 7 groups × 8436 weights
//   BATCHNORM1_STATS         a6 @ 2718528   180 floats: batchnorm1's batch mean, then variance, per channel
//   BATCHNORM1_SUMS          a6 @ 2718720   180 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel
//   DENSE1_PARTIALS          a6 @ 2718912   910 floats: dense1's weight-gradient partial sums: 1 group × 910 weights
//   GRADIENT                 a6 @ 2719872   76624 floats: every trainable float's gradient, as the update used it
//
// Weights (offsets in floats into params; trainable ones also index the gradient and state):
//   STEM_KERNEL              params @ 0         stem/kernel [3, 3, 1, 24], trainable @ 0
//   STEM_BIAS                params @ 216       stem/bias [24], trainable @ 216
//   DBLOCK1_1_BATCHNORM1_GAMMA params @ 240       dblock1_1_batchnorm1/gamma [24], trainable @ 240
//   DBLOCK1_1_BATCHNORM1_BETA params @ 264       dblock1_1_batchnorm1/beta [24], trainable @ 264
//   DBLOCK1_1_BATCHNORM1_MOVING_MEAN params @ 288       dblock1_1_batchnorm1/moving_mean [24], not trained by the optimizer
//   DBLOCK1_1_BATCHNORM1_MOVING_VARIANCE params @ 312       dblock1_1_batchnorm1/moving_variance [24], not trained by the optimizer
//   DBLOCK1_1_CONV_KERNEL    params @ 336       dblock1_1_conv/kernel [3, 3, 24, 12], trainable @ 288
//   DBLOCK1_1_CONV_BIAS      params @ 2928      dblock1_1_conv/bias [12], trainable @ 2880
//   DBLOCK1_2_BATCHNORM1_GAMMA params @ 2940      dblock1_2_batchnorm1/gamma [36], trainable @ 2892
//   DBLOCK1_2_BATCHNORM1_BETA params @ 2976      dblock1_2_batchnorm1/beta [36], trainable @ 2928
//   DBLOCK1_2_BATCHNORM1_MOVING_MEAN params @ 3012      dblock1_2_batchnorm1/moving_mean [36], not trained by the optimizer
//   DBLOCK1_2_BATCHNORM1_MOVING_VARIANCE params @ 3048      dblock1_2_batchnorm1/moving_variance [36], not trained by the optimizer
//   DBLOCK1_2_CONV_KERNEL    params @ 3084      dblock1_2_conv/kernel [3, 3, 36, 12], trainable @ 2964
//   DBLOCK1_2_CONV_BIAS      params @ 6972      dblock1_2_conv/bias [12], trainable @ 6852
//   DBLOCK1_3_BATCHNORM1_GAMMA params @ 6984      dblock1_3_batchnorm1/gamma [48], trainable @ 6864
//   DBLOCK1_3_BATCHNORM1_BETA params @ 7032      dblock1_3_batchnorm1/beta [48], trainable @ 6912
//   DBLOCK1_3_BATCHNORM1_MOVING_MEAN params @ 7080      dblock1_3_batchnorm1/moving_mean [48], not trained by the optimizer
//   DBLOCK1_3_BATCHNORM1_MOVING_VARIANCE params @ 7128      dblock1_3_batchnorm1/moving_variance [48], not trained by the optimizer
//   DBLOCK1_3_CONV_KERNEL    params @ 7176      dblock1_3_conv/kernel [3, 3, 48, 12], trainable @ 6960
//   DBLOCK1_3_CONV_BIAS      params @ 12360     dblock1_3_conv/bias [12], trainable @ 12144
//   DBLOCK1_4_BATCHNORM1_GAMMA params @ 12372     dblock1_4_batchnorm1/gamma [60], trainable @ 12156
//   DBLOCK1_4_BATCHNORM1_BETA params @ 12432     dblock1_4_batchnorm1/beta [60], trainable @ 12216
//   DBLOCK1_4_BATCHNORM1_MOVING_MEAN params @ 12492     dblock1_4_batchnorm1/moving_mean [60], not trained by the optimizer
//   DBLOCK1_4_BATCHNORM1_MOVING_VARIANCE params @ 12552     dblock1_4_batchnorm1/moving_variance [60], not trained by the optimizer
//   DBLOCK1_4_CONV_KERNEL    params @ 12612     dblock1_4_conv/kernel [3, 3, 60, 12], trainable @ 12276
//   DBLOCK1_4_CONV_BIAS      params @ 19092     dblock1_4_conv/bias [12], trainable @ 18756
//   TRANSITION1_BATCHNORM1_GAMMA params @ 19104     transition1_batchnorm1/gamma [72], trainable @ 18768
//   TRANSITION1_BATCHNORM1_BETA params @ 19176     transition1_batchnorm1/beta [72], trainable @ 18840
//   TRANSITION1_BATCHNORM1_MOVING_MEAN params @ 19248     transition1_batchnorm1/moving_mean [72], not trained by the optimizer
//   TRANSITION1_BATCHNORM1_MOVING_VARIANCE params @ 19320     transition1_batchnorm1/moving_variance [72], not trained by the optimizer
//   TRANSITION1_CONV1_KERNEL params @ 19392     transition1_conv1/kernel [1, 1, 72, 36], trainable @ 18912
//   TRANSITION1_CONV1_BIAS   params @ 21984     transition1_conv1/bias [36], trainable @ 21504
//   DBLOCK2_1_BATCHNORM1_GAMMA params @ 22020     dblock2_1_batchnorm1/gamma [36], trainable @ 21540
//   DBLOCK2_1_BATCHNORM1_BETA params @ 22056     dblock2_1_batchnorm1/beta [36], trainable @ 21576
//   DBLOCK2_1_BATCHNORM1_MOVING_MEAN params @ 22092     dblock2_1_batchnorm1/moving_mean [36], not trained by the optimizer
//   DBLOCK2_1_BATCHNORM1_MOVING_VARIANCE params @ 22128     dblock2_1_batchnorm1/moving_variance [36], not trained by the optimizer
//   DBLOCK2_1_CONV_KERNEL    params @ 22164     dblock2_1_conv/kernel [3, 3, 36, 12], trainable @ 21612
//   DBLOCK2_1_CONV_BIAS      params @ 26052     dblock2_1_conv/bias [12], trainable @ 25500
//   DBLOCK2_2_BATCHNORM1_GAMMA params @ 26064     dblock2_2_batchnorm1/gamma [48], trainable @ 25512
//   DBLOCK2_2_BATCHNORM1_BETA params @ 26112     dblock2_2_batchnorm1/beta [48], trainable @ 25560
//   DBLOCK2_2_BATCHNORM1_MOVING_MEAN params @ 26160     dblock2_2_batchnorm1/moving_mean [48], not trained by the optimizer
//   DBLOCK2_2_BATCHNORM1_MOVING_VARIANCE params @ 26208     dblock2_2_batchnorm1/moving_variance [48], not trained by the optimizer
//   DBLOCK2_2_CONV_KERNEL    params @ 26256     dblock2_2_conv/kernel [3, 3, 48, 12], trainable @ 25608
//   DBLOCK2_2_CONV_BIAS      params @ 31440     dblock2_2_conv/bias [12], trainable @ 30792
//   DBLOCK2_3_BATCHNORM1_GAMMA params @ 31452     dblock2_3_batchnorm1/gamma [60], trainable @ 30804
//   DBLOCK2_3_BATCHNORM1_BETA params @ 31512     dblock2_3_batchnorm1/beta [60], trainable @ 30864
//   DBLOCK2_3_BATCHNORM1_MOVING_MEAN params @ 31572     dblock2_3_batchnorm1/moving_mean [60], not trained by the optimizer
//   DBLOCK2_3_BATCHNORM1_MOVING_VARIANCE params @ 31632     dblock2_3_batchnorm1/moving_variance [60], not trained by the optimizer
//   DBLOCK2_3_CONV_KERNEL    params @ 31692     dblock2_3_conv/kernel [3, 3, 60, 12], trainable @ 30924
//   DBLOCK2_3_CONV_BIAS      params @ 38172     dblock2_3_conv/bias [12], trainable @ 37404
//   DBLOCK2_4_BATCHNORM1_GAMMA params @ 38184     dblock2_4_batchnorm1/gamma [72], trainable @ 37416
//   DBLOCK2_4_BATCHNORM1_BETA params @ 38256     dblock2_4_batchnorm1/beta [72], trainable @ 37488
//   DBLOCK2_4_BATCHNORM1_MOVING_MEAN params @ 38328     dblock2_4_batchnorm1/moving_mean [72], not trained by the optimizer
//   DBLOCK2_4_BATCHNORM1_MOVING_VARIANCE params @ 38400     dblock2_4_batchnorm1/moving_variance [72], not trained by the optimizer
//   DBLOCK2_4_CONV_KERNEL    params @ 38472     dblock2_4_conv/kernel [3, 3, 72, 12], trainable @ 37560
//   DBLOCK2_4_CONV_BIAS      params @ 46248     dblock2_4_conv/bias [12], trainable @ 45336
//   TRANSITION2_BATCHNORM1_GAMMA params @ 46260     transition2_batchnorm1/gamma [84], trainable @ 45348
//   TRANSITION2_BATCHNORM1_BETA params @ 46344     transition2_batchnorm1/beta [84], trainable @ 45432
//   TRANSITION2_BATCHNORM1_MOVING_MEAN params @ 46428     transition2_batchnorm1/moving_mean [84], not trained by the optimizer
//   TRANSITION2_BATCHNORM1_MOVING_VARIANCE params @ 46512     transition2_batchnorm1/moving_variance [84], not trained by the optimizer
//   TRANSITION2_CONV1_KERNEL params @ 46596     transition2_conv1/kernel [1, 1, 84, 42], trainable @ 45516
//   TRANSITION2_CONV1_BIAS   params @ 50124     transition2_conv1/bias [42], trainable @ 49044
//   DBLOCK3_1_BATCHNORM1_GAMMA params @ 50168     dblock3_1_batchnorm1/gamma [42], trainable @ 49086
//   DBLOCK3_1_BATCHNORM1_BETA params @ 50212     dblock3_1_batchnorm1/beta [42], trainable @ 49128
//   DBLOCK3_1_BATCHNORM1_MOVING_MEAN params @ 50256     dblock3_1_batchnorm1/moving_mean [42], not trained by the optimizer
//   DBLOCK3_1_BATCHNORM1_MOVING_VARIANCE params @ 50300     dblock3_1_batchnorm1/moving_variance [42], not trained by the optimizer
//   DBLOCK3_1_CONV_KERNEL    params @ 50344     dblock3_1_conv/kernel [3, 3, 42, 12], trainable @ 49170
//   DBLOCK3_1_CONV_BIAS      params @ 54880     dblock3_1_conv/bias [12], trainable @ 53706
//   DBLOCK3_2_BATCHNORM1_GAMMA params @ 54892     dblock3_2_batchnorm1/gamma [54], trainable @ 53718
//   DBLOCK3_2_BATCHNORM1_BETA params @ 54948     dblock3_2_batchnorm1/beta [54], trainable @ 53772
//   DBLOCK3_2_BATCHNORM1_MOVING_MEAN params @ 55004     dblock3_2_batchnorm1/moving_mean [54], not trained by the optimizer
//   DBLOCK3_2_BATCHNORM1_MOVING_VARIANCE params @ 55060     dblock3_2_batchnorm1/moving_variance [54], not trained by the optimizer
//   DBLOCK3_2_CONV_KERNEL    params @ 55116     dblock3_2_conv/kernel [3, 3, 54, 12], trainable @ 53826
//   DBLOCK3_2_CONV_BIAS      params @ 60948     dblock3_2_conv/bias [12], trainable @ 59658
//   DBLOCK3_3_BATCHNORM1_GAMMA params @ 60960     dblock3_3_batchnorm1/gamma [66], trainable @ 59670
//   DBLOCK3_3_BATCHNORM1_BETA params @ 61028     dblock3_3_batchnorm1/beta [66], trainable @ 59736
//   DBLOCK3_3_BATCHNORM1_MOVING_MEAN params @ 61096     dblock3_3_batchnorm1/moving_mean [66], not trained by the optimizer
//   DBLOCK3_3_BATCHNORM1_MOVING_VARIANCE params @ 61164     dblock3_3_batchnorm1/moving_variance [66], not trained by the optimizer
//   DBLOCK3_3_CONV_KERNEL    params @ 61232     dblock3_3_conv/kernel [3, 3, 66, 12], trainable @ 59802
//   DBLOCK3_3_CONV_BIAS      params @ 68360     dblock3_3_conv/bias [12], trainable @ 66930
//   DBLOCK3_4_BATCHNORM1_GAMMA params @ 68372     dblock3_4_batchnorm1/gamma [78], trainable @ 66942
//   DBLOCK3_4_BATCHNORM1_BETA params @ 68452     dblock3_4_batchnorm1/beta [78], trainable @ 67020
//   DBLOCK3_4_BATCHNORM1_MOVING_MEAN params @ 68532     dblock3_4_batchnorm1/moving_mean [78], not trained by the optimizer
//   DBLOCK3_4_BATCHNORM1_MOVING_VARIANCE params @ 68612     dblock3_4_batchnorm1/moving_variance [78], not trained by the optimizer
//   DBLOCK3_4_CONV_KERNEL    params @ 68692     dblock3_4_conv/kernel [3, 3, 78, 12], trainable @ 67098
//   DBLOCK3_4_CONV_BIAS      params @ 77116     dblock3_4_conv/bias [12], trainable @ 75522
//   BATCHNORM1_GAMMA         params @ 77128     batchnorm1/gamma [90], trainable @ 75534
//   BATCHNORM1_BETA          params @ 77220     batchnorm1/beta [90], trainable @ 75624
//   BATCHNORM1_MOVING_MEAN   params @ 77312     batchnorm1/moving_mean [90], not trained by the optimizer
//   BATCHNORM1_MOVING_VARIANCE params @ 77404     batchnorm1/moving_variance [90], not trained by the optimizer
//   DENSE1_KERNEL            params @ 77496     dense1/kernel [90, 10], trainable @ 75714
//   DENSE1_BIAS              params @ 78396     dense1/bias [10], trainable @ 76614
//
// A training step dispatches, in order:
//   train 1: input, stem.forward (128 workgroups; binds step, table, images, params, params as vec4s, arena0)
//   dblock1_1_batchnorm1.statistics (24 workgroups; binds step, params, arena0, arena5)
//   train 3: dblock1_1_batchnorm1.forward, dblock1_1_conv.forward, dblock1_1_concat1.forward from stem, dblock1_1_concat1.forward from dblock1_1_conv (128 workgroups; binds step, params, arena0, arena5)
//   dblock1_2_batchnorm1.statistics (36 workgroups; binds step, params, arena0, arena5)
//   train 5: dblock1_2_batchnorm1.forward, dblock1_2_conv.forward, dblock1_2_concat1.forward from dblock1_1_concat1, dblock1_2_concat1.forward from dblock1_2_conv (128 workgroups; binds step, params, arena0, arena5)
//   dblock1_3_batchnorm1.statistics (48 workgroups; binds step, params, arena0, arena5)
//   train 7: dblock1_3_batchnorm1.forward, dblock1_3_conv.forward, dblock1_3_concat1.forward from dblock1_2_concat1, dblock1_3_concat1.forward from dblock1_3_conv (128 workgroups; binds step, params, arena0, arena1, arena5)
//   dblock1_4_batchnorm1.statistics (60 workgroups; binds step, params, arena1, arena6)
//   train 9: dblock1_4_batchnorm1.forward, dblock1_4_conv.forward, dblock1_4_concat1.forward from dblock1_3_concat1, dblock1_4_concat1.forward from dblock1_4_conv (128 workgroups; binds step, params, arena1, arena6)
//   transition1_batchnorm1.statistics (72 workgroups; binds step, params, arena1, arena6)
//   train 11: transition1_batchnorm1.forward, transition1_conv1.forward, transition1_pool1.forward (128 workgroups; binds step, params, arena1, arena2, arena6)
//   dblock2_1_batchnorm1.statistics (36 workgroups; binds step, params, arena2, arena6)
//   train 13: dblock2_1_batchnorm1.forward, dblock2_1_conv.forward, dblock2_1_concat1.forward from transition1_pool1, dblock2_1_concat1.forward from dblock2_1_conv (128 workgroups; binds step, params, arena2, arena6)
//   dblock2_2_batchnorm1.statistics (48 workgroups; binds step, params, arena2, arena6)
//   train 15: dblock2_2_batchnorm1.forward, dblock2_2_conv.forward, dblock2_2_concat1.forward from dblock2_1_concat1, dblock2_2_concat1.forward from dblock2_2_conv (128 workgroups; binds step, params, arena2, arena6)
//   dblock2_3_batchnorm1.statistics (60 workgroups; binds step, params, arena2, arena6)
//   train 17: dblock2_3_batchnorm1.forward, dblock2_3_conv.forward, dblock2_3_concat1.forward from dblock2_2_concat1, dblock2_3_concat1.forward from dblock2_3_conv (128 workgroups; binds step, params, arena2, arena6)
//   dblock2_4_batchnorm1.statistics (72 workgroups; binds step, params, arena2, arena6)
//   train 19: dblock2_4_batchnorm1.forward, dblock2_4_conv.forward, dblock2_4_concat1.forward from dblock2_3_concat1, dblock2_4_concat1.forward from dblock2_4_conv (128 workgroups; binds step, params, arena2, arena3, arena6)
//   transition2_batchnorm1.statistics (84 workgroups; binds step, params, arena3, arena6)
//   train 21: transition2_batchnorm1.forward, transition2_conv1.forward, transition2_pool1.forward (128 workgroups; binds step, params, arena3, arena6)
//   dblock3_1_batchnorm1.statistics (42 workgroups; binds step, params, arena3, arena6)
//   train 23: dblock3_1_batchnorm1.forward, dblock3_1_conv.forward, dblock3_1_concat1.forward from transition2_pool1, dblock3_1_concat1.forward from dblock3_1_conv (128 workgroups; binds step, params, arena3, arena6)
//   dblock3_2_batchnorm1.statistics (54 workgroups; binds step, params, arena3, arena6)
//   train 25: dblock3_2_batchnorm1.forward, dblock3_2_conv.forward, dblock3_2_concat1.forward from dblock3_1_concat1, dblock3_2_concat1.forward from dblock3_2_conv (128 workgroups; binds step, params, arena3, arena6)
//   dblock3_3_batchnorm1.statistics (66 workgroups; binds step, params, arena3, arena6)
//   train 27: dblock3_3_batchnorm1.forward, dblock3_3_conv.forward, dblock3_3_concat1.forward from dblock3_2_concat1, dblock3_3_concat1.forward from dblock3_3_conv (128 workgroups; binds step, params, arena3, arena6)
//   dblock3_4_batchnorm1.statistics (78 workgroups; binds step, params, arena3, arena6)
//   train 29: dblock3_4_batchnorm1.forward, dblock3_4_conv.forward, dblock3_4_concat1.forward from dblock3_3_concat1, dblock3_4_concat1.forward from dblock3_4_conv (128 workgroups; binds step, params, arena3, arena6)
//   batchnorm1.statistics (90 workgroups; binds step, params, arena3, arena6)
//   train 31: batchnorm1.forward, pool1.forward, dense1.forward, loss, dense1.input-gradient, pool1.input-gradient (128 workgroups; binds step, params, table, labels, results, arena3, arena5, arena6)
//   batchnorm1.gradient-sums (90 workgroups; binds step, arena3, arena5, arena6)
//   train 33: batchnorm1.input-gradient, dblock3_4_concat1.input-gradient to dblock3_4_conv, dblock3_4_concat1.input-gradient to dblock3_3_concat1, dblock3_4_conv.input-gradient (128 workgroups; binds step, params, arena3, arena5, arena6)
//   dblock3_4_batchnorm1.gradient-sums (78 workgroups; binds step, arena3, arena5, arena6)
//   train 35: dblock3_4_batchnorm1.input-gradient, dblock3_3_concat1.input-gradient to dblock3_3_conv, dblock3_3_concat1.input-gradient to dblock3_2_concat1, dblock3_3_conv.input-gradient (128 workgroups; binds step, params, arena3, arena5, arena6)
//   dblock3_3_batchnorm1.gradient-sums (66 workgroups; binds step, arena3, arena5, arena6)
//   train 37: dblock3_3_batchnorm1.input-gradient, dblock3_2_concat1.input-gradient to dblock3_2_conv, dblock3_2_concat1.input-gradient to dblock3_1_concat1, dblock3_2_conv.input-gradient (128 workgroups; binds step, params, arena3, arena5, arena6)
//   dblock3_2_batchnorm1.gradient-sums (54 workgroups; binds step, arena3, arena5, arena6)
//   train 39: dblock3_2_batchnorm1.input-gradient, dblock3_1_concat1.input-gradient to dblock3_1_conv, dblock3_1_concat1.input-gradient to transition2_pool1, dblock3_1_conv.input-gradient (128 workgroups; binds step, params, arena3, arena5, arena6)
//   dblock3_1_batchnorm1.gradient-sums (42 workgroups; binds step, arena3, arena5, arena6)
//   train 41: dblock3_1_batchnorm1.input-gradient, transition2_pool1.input-gradient, transition2_conv1.input-gradient (128 workgroups; binds step, params, arena3, arena5, arena6)
//   transition2_batchnorm1.gradient-sums (84 workgroups; binds step, arena3, arena5, arena6)
//   train 43: transition2_batchnorm1.input-gradient, dblock2_4_concat1.input-gradient to dblock2_4_conv, dblock2_4_concat1.input-gradient to dblock2_3_concat1, dblock2_4_conv.input-gradient (128 workgroups; binds step, params, arena2, arena3, arena5, arena6)
//   dblock2_4_batchnorm1.gradient-sums (72 workgroups; binds step, arena2, arena5, arena6)
//   train 45: dblock2_4_batchnorm1.input-gradient, dblock2_3_concat1.input-gradient to dblock2_3_conv, dblock2_3_concat1.input-gradient to dblock2_2_concat1, dblock2_3_conv.input-gradient (128 workgroups; binds step, params, arena2, arena5, arena6)
//   dblock2_3_batchnorm1.gradient-sums (60 workgroups; binds step, arena2, arena5, arena6)
//   train 47: dblock2_3_batchnorm1.input-gradient, dblock2_2_concat1.input-gradient to dblock2_2_conv, dblock2_2_concat1.input-gradient to dblock2_1_concat1, dblock2_2_conv.input-gradient (128 workgroups; binds step, params, arena2, arena5, arena6)
//   dblock2_2_batchnorm1.gradient-sums (48 workgroups; binds step, arena2, arena5, arena6)
//   train 49: dblock2_2_batchnorm1.input-gradient, dblock2_1_concat1.input-gradient to dblock2_1_conv, dblock2_1_concat1.input-gradient to transition1_pool1, dblock2_1_conv.input-gradient (128 workgroups; binds step, params, arena2, arena5, arena6)
//   dblock2_1_batchnorm1.gradient-sums (36 workgroups; binds step, arena2, arena5, arena6)
//   train 51: dblock2_1_batchnorm1.input-gradient, transition1_pool1.input-gradient, transition1_conv1.input-gradient (128 workgroups; binds step, params, arena2, arena5, arena6)
//   transition1_batchnorm1.gradient-sums (72 workgroups; binds step, arena1, arena5, arena6)
//   train 53: transition1_batchnorm1.input-gradient, dblock1_4_concat1.input-gradient to dblock1_4_conv, dblock1_4_concat1.input-gradient to dblock1_3_concat1, dblock1_4_conv.input-gradient (128 workgroups; binds step, params, arena1, arena4, arena5, arena6)
//   dblock1_4_batchnorm1.gradient-sums (60 workgroups; binds step, arena1, arena4, arena6)
//   train 55: dblock1_4_batchnorm1.input-gradient, dblock1_3_concat1.input-gradient to dblock1_3_conv, dblock1_3_concat1.input-gradient to dblock1_2_concat1, dblock1_3_conv.input-gradient (128 workgroups; binds step, params, arena0, arena1, arena4, arena6)
//   dblock1_3_batchnorm1.gradient-sums (48 workgroups; binds step, arena0, arena4, arena5)
//   train 57: dblock1_3_batchnorm1.input-gradient, dblock1_2_concat1.input-gradient to dblock1_2_conv, dblock1_2_concat1.input-gradient to dblock1_1_concat1, dblock1_2_conv.input-gradient (128 workgroups; binds step, params, arena0, arena3, arena4, arena5)
//   dblock1_2_batchnorm1.gradient-sums (36 workgroups; binds step, arena0, arena3, arena5)
//   train 59: dblock1_2_batchnorm1.input-gradient, dblock1_1_concat1.input-gradient to dblock1_1_conv, dblock1_1_concat1.input-gradient to stem, dblock1_1_conv.input-gradient (128 workgroups; binds step, params, arena0, arena3, arena5)
//   dblock1_1_batchnorm1.gradient-sums (24 workgroups; binds step, arena0, arena3, arena5)
//   train 61: dblock1_1_batchnorm1.input-gradient (128 workgroups; binds step, params, arena0, arena3, arena5)
//   weight-gradients (4799 workgroups; binds step, arena0, arena1, arena2, arena3, arena4, arena5, arena6)
//   partial-sums (5730 workgroups; binds arena5, arena6)
//   update (1199 workgroups; binds step, params, state, results, metrics, arena5, arena6)
// An evaluation batch dispatches:
//   evaluate 1: input, stem.forward, dblock1_1_batchnorm1.evaluate, dblock1_1_conv.forward, dblock1_1_concat1.forward from stem, dblock1_1_concat1.forward from dblock1_1_conv, dblock1_2_batchnorm1.evaluate, dblock1_2_conv.forward, dblock1_2_concat1.forward from dblock1_1_concat1, dblock1_2_concat1.forward from dblock1_2_conv, dblock1_3_batchnorm1.evaluate, dblock1_3_conv.forward, dblock1_3_concat1.forward from dblock1_2_concat1, dblock1_3_concat1.forward from dblock1_3_conv, dblock1_4_batchnorm1.evaluate, dblock1_4_conv.forward, dblock1_4_concat1.forward from dblock1_3_concat1, dblock1_4_concat1.forward from dblock1_4_conv, transition1_batchnorm1.evaluate, transition1_conv1.forward, transition1_pool1.forward, dblock2_1_batchnorm1.evaluate, dblock2_1_conv.forward, dblock2_1_concat1.forward from transition1_pool1, dblock2_1_concat1.forward from dblock2_1_conv, dblock2_2_batchnorm1.evaluate, dblock2_2_conv.forward, dblock2_2_concat1.forward from dblock2_1_concat1, dblock2_2_concat1.forward from dblock2_2_conv, dblock2_3_batchnorm1.evaluate, dblock2_3_conv.forward, dblock2_3_concat1.forward from dblock2_2_concat1, dblock2_3_concat1.forward from dblock2_3_conv, dblock2_4_batchnorm1.evaluate, dblock2_4_conv.forward, dblock2_4_concat1.forward from dblock2_3_concat1, dblock2_4_concat1.forward from dblock2_4_conv, transition2_batchnorm1.evaluate, transition2_conv1.forward, transition2_pool1.forward, dblock3_1_batchnorm1.evaluate, dblock3_1_conv.forward, dblock3_1_concat1.forward from transition2_pool1, dblock3_1_concat1.forward from dblock3_1_conv, dblock3_2_batchnorm1.evaluate, dblock3_2_conv.forward, dblock3_2_concat1.forward from dblock3_1_concat1, dblock3_2_concat1.forward from dblock3_2_conv, dblock3_3_batchnorm1.evaluate, dblock3_3_conv.forward, dblock3_3_concat1.forward from dblock3_2_concat1, dblock3_3_concat1.forward from dblock3_3_conv, dblock3_4_batchnorm1.evaluate, dblock3_4_conv.forward, dblock3_4_concat1.forward from dblock3_3_concat1, dblock3_4_concat1.forward from dblock3_4_conv, batchnorm1.evaluate, pool1.forward, dense1.forward (128 workgroups; binds step, table, images, params, params as vec4s, arena0, arena1, arena2, arena3)
//   evaluate 2: loss.evaluate (128 workgroups; binds step, table, labels, results, arena3)

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 1: input, stem.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const STEM_Z = 100352u; // a0, 18816 floats per example: stem's output
const STEM_KERNEL = 0u; // params: stem/kernel [3, 3, 1, 24]
const STEM_BIAS = 216u; // params: stem/bias [24]

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
    const ITEMS = 1176;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 24;
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
// kernel dblock1_1_batchnorm1.statistics
// dblock1_1_batchnorm1's batch mean and variance per channel over stem's output, and its moving statistics' update (a workgroup per channel g)
// 24 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_Z = 100352u; // a0, 18816 floats per example: stem's output
const DBLOCK1_1_BATCHNORM1_STATS = 32632832u; // a5, 48 floats: dblock1_1_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_1_BATCHNORM1_MOVING_MEAN = 288u; // params: dblock1_1_batchnorm1/moving_mean [24]
const DBLOCK1_1_BATCHNORM1_MOVING_VARIANCE = 312u; // params: dblock1_1_batchnorm1/moving_variance [24]

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
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;

const CHANNELS = 24u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 24u) { return; }
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
    a5[DBLOCK1_1_BATCHNORM1_STATS + g] = mean;
    a5[DBLOCK1_1_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[DBLOCK1_1_BATCHNORM1_MOVING_MEAN + g];
    params[DBLOCK1_1_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[DBLOCK1_1_BATCHNORM1_MOVING_VARIANCE + g];
    params[DBLOCK1_1_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 3: dblock1_1_batchnorm1.forward, dblock1_1_conv.forward, dblock1_1_concat1.forward from stem, dblock1_1_concat1.forward from dblock1_1_conv
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_Z = 100352u; // a0, 18816 floats per example: stem's output
const DBLOCK1_1_BATCHNORM1_Z = 2508800u; // a0, 18816 floats per example: dblock1_1_batchnorm1's output
const DBLOCK1_1_ACTIVATION1_Y = 4917248u; // a0, 18816 floats per example: dblock1_1_activation1's output: relu(dblock1_1_batchnorm1's)
const DBLOCK1_1_CONV_Z = 7325696u; // a0, 9408 floats per example: dblock1_1_conv's output
const DBLOCK1_1_CONCAT1_Z = 8529920u; // a0, 28224 floats per example: dblock1_1_concat1's output
const DBLOCK1_1_BATCHNORM1_STATS = 32632832u; // a5, 48 floats: dblock1_1_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_1_BATCHNORM1_GAMMA = 240u; // params: dblock1_1_batchnorm1/gamma [24]
const DBLOCK1_1_BATCHNORM1_BETA = 264u; // params: dblock1_1_batchnorm1/beta [24]
const DBLOCK1_1_CONV_KERNEL = 336u; // params: dblock1_1_conv/kernel [3, 3, 24, 12]
const DBLOCK1_1_CONV_BIAS = 2928u; // params: dblock1_1_conv/bias [12]

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
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;

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
  // dblock1_1_batchnorm1.forward: stem's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 18816;
    const CHANNELS = 24;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 18816 + e;
      let c = e % CHANNELS;
      let x = a0[STEM_Z + i];
      let zv = params[DBLOCK1_1_BATCHNORM1_BETA + c] + (x - a5[DBLOCK1_1_BATCHNORM1_STATS + c]) * params[DBLOCK1_1_BATCHNORM1_GAMMA + c] / sqrt(a5[DBLOCK1_1_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a0[DBLOCK1_1_BATCHNORM1_Z + i] = zv;
      a0[DBLOCK1_1_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock1_1_conv.forward: z = bias + 3×3 windows of dblock1_1_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 24;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK1_1_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[DBLOCK1_1_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[DBLOCK1_1_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a0[DBLOCK1_1_CONV_Z + out0] = acc0_0 + params[DBLOCK1_1_CONV_BIAS + co];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out1] = acc0_1 + params[DBLOCK1_1_CONV_BIAS + co];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK1_1_CONV_BIAS + co + 1];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK1_1_CONV_BIAS + co + 1];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK1_1_CONV_BIAS + co + 2];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK1_1_CONV_BIAS + co + 2];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK1_1_CONV_BIAS + co + 3];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK1_1_CONV_BIAS + co + 3];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK1_1_CONV_BIAS + co + 4];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK1_1_CONV_BIAS + co + 4];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK1_1_CONV_BIAS + co + 5];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK1_1_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock1_1_concat1.forward from stem: stem's output as channels 0–23 of 36; an item per element of it
  {
    const ITEMS = 18816;
    const POSITIONS = 784;
    const IN_C = 24;
    const OUT_C = 36;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a0[DBLOCK1_1_CONCAT1_Z + at] = a0[STEM_Z + b * 18816 + e];
    }
  }
  storageBarrier();
  // dblock1_1_concat1.forward from dblock1_1_conv: dblock1_1_conv's output as channels 24–35 of 36; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 784;
    const IN_C = 12;
    const OUT_C = 36;
    const FIRST = 24;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[DBLOCK1_1_CONCAT1_Z + at] = a0[DBLOCK1_1_CONV_Z + b * 9408 + e];
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock1_2_batchnorm1.statistics
// dblock1_2_batchnorm1's batch mean and variance per channel over dblock1_1_concat1's output, and its moving statistics' update (a workgroup per channel g)
// 36 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_1_CONCAT1_Z = 8529920u; // a0, 28224 floats per example: dblock1_1_concat1's output
const DBLOCK1_2_BATCHNORM1_STATS = 32966272u; // a5, 72 floats: dblock1_2_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_2_BATCHNORM1_MOVING_MEAN = 3012u; // params: dblock1_2_batchnorm1/moving_mean [36]
const DBLOCK1_2_BATCHNORM1_MOVING_VARIANCE = 3048u; // params: dblock1_2_batchnorm1/moving_variance [36]

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
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;

const CHANNELS = 36u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 36u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[DBLOCK1_1_CONCAT1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[DBLOCK1_1_CONCAT1_Z + k * CHANNELS + g] - mean) * (a0[DBLOCK1_1_CONCAT1_Z + k * CHANNELS + g] - mean)); }
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
    a5[DBLOCK1_2_BATCHNORM1_STATS + g] = mean;
    a5[DBLOCK1_2_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[DBLOCK1_2_BATCHNORM1_MOVING_MEAN + g];
    params[DBLOCK1_2_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[DBLOCK1_2_BATCHNORM1_MOVING_VARIANCE + g];
    params[DBLOCK1_2_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 5: dblock1_2_batchnorm1.forward, dblock1_2_conv.forward, dblock1_2_concat1.forward from dblock1_1_concat1, dblock1_2_concat1.forward from dblock1_2_conv
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_1_CONCAT1_Z = 8529920u; // a0, 28224 floats per example: dblock1_1_concat1's output
const DBLOCK1_2_BATCHNORM1_Z = 12142592u; // a0, 28224 floats per example: dblock1_2_batchnorm1's output
const DBLOCK1_2_ACTIVATION1_Y = 15755264u; // a0, 28224 floats per example: dblock1_2_activation1's output: relu(dblock1_2_batchnorm1's)
const DBLOCK1_2_CONV_Z = 19367936u; // a0, 9408 floats per example: dblock1_2_conv's output
const DBLOCK1_2_CONCAT1_Z = 20572160u; // a0, 37632 floats per example: dblock1_2_concat1's output
const DBLOCK1_2_BATCHNORM1_STATS = 32966272u; // a5, 72 floats: dblock1_2_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_2_BATCHNORM1_GAMMA = 2940u; // params: dblock1_2_batchnorm1/gamma [36]
const DBLOCK1_2_BATCHNORM1_BETA = 2976u; // params: dblock1_2_batchnorm1/beta [36]
const DBLOCK1_2_CONV_KERNEL = 3084u; // params: dblock1_2_conv/kernel [3, 3, 36, 12]
const DBLOCK1_2_CONV_BIAS = 6972u; // params: dblock1_2_conv/bias [12]

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
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;

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
  // dblock1_2_batchnorm1.forward: dblock1_1_concat1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 28224;
    const CHANNELS = 36;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 28224 + e;
      let c = e % CHANNELS;
      let x = a0[DBLOCK1_1_CONCAT1_Z + i];
      let zv = params[DBLOCK1_2_BATCHNORM1_BETA + c] + (x - a5[DBLOCK1_2_BATCHNORM1_STATS + c]) * params[DBLOCK1_2_BATCHNORM1_GAMMA + c] / sqrt(a5[DBLOCK1_2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a0[DBLOCK1_2_BATCHNORM1_Z + i] = zv;
      a0[DBLOCK1_2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock1_2_conv.forward: z = bias + 3×3 windows of dblock1_2_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 36;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK1_2_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[DBLOCK1_2_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[DBLOCK1_2_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a0[DBLOCK1_2_CONV_Z + out0] = acc0_0 + params[DBLOCK1_2_CONV_BIAS + co];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out1] = acc0_1 + params[DBLOCK1_2_CONV_BIAS + co];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK1_2_CONV_BIAS + co + 1];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK1_2_CONV_BIAS + co + 1];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK1_2_CONV_BIAS + co + 2];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK1_2_CONV_BIAS + co + 2];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK1_2_CONV_BIAS + co + 3];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK1_2_CONV_BIAS + co + 3];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK1_2_CONV_BIAS + co + 4];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK1_2_CONV_BIAS + co + 4];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK1_2_CONV_BIAS + co + 5];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK1_2_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock1_2_concat1.forward from dblock1_1_concat1: dblock1_1_concat1's output as channels 0–35 of 48; an item per element of it
  {
    const ITEMS = 28224;
    const POSITIONS = 784;
    const IN_C = 36;
    const OUT_C = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a0[DBLOCK1_2_CONCAT1_Z + at] = a0[DBLOCK1_1_CONCAT1_Z + b * 28224 + e];
    }
  }
  storageBarrier();
  // dblock1_2_concat1.forward from dblock1_2_conv: dblock1_2_conv's output as channels 36–47 of 48; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 784;
    const IN_C = 12;
    const OUT_C = 48;
    const FIRST = 36;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[DBLOCK1_2_CONCAT1_Z + at] = a0[DBLOCK1_2_CONV_Z + b * 9408 + e];
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock1_3_batchnorm1.statistics
// dblock1_3_batchnorm1's batch mean and variance per channel over dblock1_2_concat1's output, and its moving statistics' update (a workgroup per channel g)
// 48 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_2_CONCAT1_Z = 20572160u; // a0, 37632 floats per example: dblock1_2_concat1's output
const DBLOCK1_3_BATCHNORM1_STATS = 33465728u; // a5, 96 floats: dblock1_3_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_3_BATCHNORM1_MOVING_MEAN = 7080u; // params: dblock1_3_batchnorm1/moving_mean [48]
const DBLOCK1_3_BATCHNORM1_MOVING_VARIANCE = 7128u; // params: dblock1_3_batchnorm1/moving_variance [48]

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
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;

const CHANNELS = 48u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 48u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a0[DBLOCK1_2_CONCAT1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a0[DBLOCK1_2_CONCAT1_Z + k * CHANNELS + g] - mean) * (a0[DBLOCK1_2_CONCAT1_Z + k * CHANNELS + g] - mean)); }
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
    a5[DBLOCK1_3_BATCHNORM1_STATS + g] = mean;
    a5[DBLOCK1_3_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[DBLOCK1_3_BATCHNORM1_MOVING_MEAN + g];
    params[DBLOCK1_3_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[DBLOCK1_3_BATCHNORM1_MOVING_VARIANCE + g];
    params[DBLOCK1_3_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 7: dblock1_3_batchnorm1.forward, dblock1_3_conv.forward, dblock1_3_concat1.forward from dblock1_2_concat1, dblock1_3_concat1.forward from dblock1_3_conv
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_2_CONCAT1_Z = 20572160u; // a0, 37632 floats per example: dblock1_2_concat1's output
const DBLOCK1_3_BATCHNORM1_Z = 25389056u; // a0, 37632 floats per example: dblock1_3_batchnorm1's output
const DBLOCK1_3_ACTIVATION1_Y = 0u; // a1, 37632 floats per example: dblock1_3_activation1's output: relu(dblock1_3_batchnorm1's)
const DBLOCK1_3_CONV_Z = 4816896u; // a1, 9408 floats per example: dblock1_3_conv's output
const DBLOCK1_3_CONCAT1_Z = 6021120u; // a1, 47040 floats per example: dblock1_3_concat1's output
const DBLOCK1_3_BATCHNORM1_STATS = 33465728u; // a5, 96 floats: dblock1_3_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_3_BATCHNORM1_GAMMA = 6984u; // params: dblock1_3_batchnorm1/gamma [48]
const DBLOCK1_3_BATCHNORM1_BETA = 7032u; // params: dblock1_3_batchnorm1/beta [48]
const DBLOCK1_3_CONV_KERNEL = 7176u; // params: dblock1_3_conv/kernel [3, 3, 48, 12]
const DBLOCK1_3_CONV_BIAS = 12360u; // params: dblock1_3_conv/bias [12]

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
@group(0) @binding(4) var<storage, read_write> a5: array<f32>;

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
  // dblock1_3_batchnorm1.forward: dblock1_2_concat1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 37632;
    const CHANNELS = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 37632 + e;
      let c = e % CHANNELS;
      let x = a0[DBLOCK1_2_CONCAT1_Z + i];
      let zv = params[DBLOCK1_3_BATCHNORM1_BETA + c] + (x - a5[DBLOCK1_3_BATCHNORM1_STATS + c]) * params[DBLOCK1_3_BATCHNORM1_GAMMA + c] / sqrt(a5[DBLOCK1_3_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a0[DBLOCK1_3_BATCHNORM1_Z + i] = zv;
      a1[DBLOCK1_3_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock1_3_conv.forward: z = bias + 3×3 windows of dblock1_3_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 48;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK1_3_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[DBLOCK1_3_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a1[DBLOCK1_3_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a1[DBLOCK1_3_CONV_Z + out0] = acc0_0 + params[DBLOCK1_3_CONV_BIAS + co];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out1] = acc0_1 + params[DBLOCK1_3_CONV_BIAS + co];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK1_3_CONV_BIAS + co + 1];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK1_3_CONV_BIAS + co + 1];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK1_3_CONV_BIAS + co + 2];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK1_3_CONV_BIAS + co + 2];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK1_3_CONV_BIAS + co + 3];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK1_3_CONV_BIAS + co + 3];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK1_3_CONV_BIAS + co + 4];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK1_3_CONV_BIAS + co + 4];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK1_3_CONV_BIAS + co + 5];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK1_3_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock1_3_concat1.forward from dblock1_2_concat1: dblock1_2_concat1's output as channels 0–47 of 60; an item per element of it
  {
    const ITEMS = 37632;
    const POSITIONS = 784;
    const IN_C = 48;
    const OUT_C = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a1[DBLOCK1_3_CONCAT1_Z + at] = a0[DBLOCK1_2_CONCAT1_Z + b * 37632 + e];
    }
  }
  storageBarrier();
  // dblock1_3_concat1.forward from dblock1_3_conv: dblock1_3_conv's output as channels 48–59 of 60; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 784;
    const IN_C = 12;
    const OUT_C = 60;
    const FIRST = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a1[DBLOCK1_3_CONCAT1_Z + at] = a1[DBLOCK1_3_CONV_Z + b * 9408 + e];
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock1_4_batchnorm1.statistics
// dblock1_4_batchnorm1's batch mean and variance per channel over dblock1_3_concat1's output, and its moving statistics' update (a workgroup per channel g)
// 60 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_3_CONCAT1_Z = 6021120u; // a1, 47040 floats per example: dblock1_3_concat1's output
const DBLOCK1_4_BATCHNORM1_STATS = 665088u; // a6, 120 floats: dblock1_4_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_4_BATCHNORM1_MOVING_MEAN = 12492u; // params: dblock1_4_batchnorm1/moving_mean [60]
const DBLOCK1_4_BATCHNORM1_MOVING_VARIANCE = 12552u; // params: dblock1_4_batchnorm1/moving_variance [60]

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
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 60u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 60u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[DBLOCK1_3_CONCAT1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a1[DBLOCK1_3_CONCAT1_Z + k * CHANNELS + g] - mean) * (a1[DBLOCK1_3_CONCAT1_Z + k * CHANNELS + g] - mean)); }
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
    a6[DBLOCK1_4_BATCHNORM1_STATS + g] = mean;
    a6[DBLOCK1_4_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[DBLOCK1_4_BATCHNORM1_MOVING_MEAN + g];
    params[DBLOCK1_4_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[DBLOCK1_4_BATCHNORM1_MOVING_VARIANCE + g];
    params[DBLOCK1_4_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 9: dblock1_4_batchnorm1.forward, dblock1_4_conv.forward, dblock1_4_concat1.forward from dblock1_3_concat1, dblock1_4_concat1.forward from dblock1_4_conv
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_3_CONCAT1_Z = 6021120u; // a1, 47040 floats per example: dblock1_3_concat1's output
const DBLOCK1_4_BATCHNORM1_Z = 12042240u; // a1, 47040 floats per example: dblock1_4_batchnorm1's output
const DBLOCK1_4_ACTIVATION1_Y = 18063360u; // a1, 47040 floats per example: dblock1_4_activation1's output: relu(dblock1_4_batchnorm1's)
const DBLOCK1_4_CONV_Z = 24084480u; // a1, 9408 floats per example: dblock1_4_conv's output
const DBLOCK1_4_CONCAT1_Z = 25288704u; // a1, 56448 floats per example: dblock1_4_concat1's output
const DBLOCK1_4_BATCHNORM1_STATS = 665088u; // a6, 120 floats: dblock1_4_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_4_BATCHNORM1_GAMMA = 12372u; // params: dblock1_4_batchnorm1/gamma [60]
const DBLOCK1_4_BATCHNORM1_BETA = 12432u; // params: dblock1_4_batchnorm1/beta [60]
const DBLOCK1_4_CONV_KERNEL = 12612u; // params: dblock1_4_conv/kernel [3, 3, 60, 12]
const DBLOCK1_4_CONV_BIAS = 19092u; // params: dblock1_4_conv/bias [12]

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
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

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
  // dblock1_4_batchnorm1.forward: dblock1_3_concat1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 47040;
    const CHANNELS = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 47040 + e;
      let c = e % CHANNELS;
      let x = a1[DBLOCK1_3_CONCAT1_Z + i];
      let zv = params[DBLOCK1_4_BATCHNORM1_BETA + c] + (x - a6[DBLOCK1_4_BATCHNORM1_STATS + c]) * params[DBLOCK1_4_BATCHNORM1_GAMMA + c] / sqrt(a6[DBLOCK1_4_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a1[DBLOCK1_4_BATCHNORM1_Z + i] = zv;
      a1[DBLOCK1_4_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock1_4_conv.forward: z = bias + 3×3 windows of dblock1_4_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 60;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK1_4_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[DBLOCK1_4_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a1[DBLOCK1_4_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a1[DBLOCK1_4_CONV_Z + out0] = acc0_0 + params[DBLOCK1_4_CONV_BIAS + co];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out1] = acc0_1 + params[DBLOCK1_4_CONV_BIAS + co];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK1_4_CONV_BIAS + co + 1];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK1_4_CONV_BIAS + co + 1];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK1_4_CONV_BIAS + co + 2];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK1_4_CONV_BIAS + co + 2];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK1_4_CONV_BIAS + co + 3];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK1_4_CONV_BIAS + co + 3];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK1_4_CONV_BIAS + co + 4];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK1_4_CONV_BIAS + co + 4];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK1_4_CONV_BIAS + co + 5];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK1_4_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock1_4_concat1.forward from dblock1_3_concat1: dblock1_3_concat1's output as channels 0–59 of 72; an item per element of it
  {
    const ITEMS = 47040;
    const POSITIONS = 784;
    const IN_C = 60;
    const OUT_C = 72;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a1[DBLOCK1_4_CONCAT1_Z + at] = a1[DBLOCK1_3_CONCAT1_Z + b * 47040 + e];
    }
  }
  storageBarrier();
  // dblock1_4_concat1.forward from dblock1_4_conv: dblock1_4_conv's output as channels 60–71 of 72; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 784;
    const IN_C = 12;
    const OUT_C = 72;
    const FIRST = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a1[DBLOCK1_4_CONCAT1_Z + at] = a1[DBLOCK1_4_CONV_Z + b * 9408 + e];
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel transition1_batchnorm1.statistics
// transition1_batchnorm1's batch mean and variance per channel over dblock1_4_concat1's output, and its moving statistics' update (a workgroup per channel g)
// 72 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_4_CONCAT1_Z = 25288704u; // a1, 56448 floats per example: dblock1_4_concat1's output
const TRANSITION1_BATCHNORM1_STATS = 1496320u; // a6, 144 floats: transition1_batchnorm1's batch mean, then variance, per channel
const TRANSITION1_BATCHNORM1_MOVING_MEAN = 19248u; // params: transition1_batchnorm1/moving_mean [72]
const TRANSITION1_BATCHNORM1_MOVING_VARIANCE = 19320u; // params: transition1_batchnorm1/moving_variance [72]

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
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 72u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 72u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a1[DBLOCK1_4_CONCAT1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a1[DBLOCK1_4_CONCAT1_Z + k * CHANNELS + g] - mean) * (a1[DBLOCK1_4_CONCAT1_Z + k * CHANNELS + g] - mean)); }
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
    a6[TRANSITION1_BATCHNORM1_STATS + g] = mean;
    a6[TRANSITION1_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[TRANSITION1_BATCHNORM1_MOVING_MEAN + g];
    params[TRANSITION1_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[TRANSITION1_BATCHNORM1_MOVING_VARIANCE + g];
    params[TRANSITION1_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 11: transition1_batchnorm1.forward, transition1_conv1.forward, transition1_pool1.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_4_CONCAT1_Z = 25288704u; // a1, 56448 floats per example: dblock1_4_concat1's output
const TRANSITION1_BATCHNORM1_Z = 0u; // a2, 56448 floats per example: transition1_batchnorm1's output
const TRANSITION1_ACTIVATION1_Y = 7225344u; // a2, 56448 floats per example: transition1_activation1's output: relu(transition1_batchnorm1's)
const TRANSITION1_CONV1_Z = 14450688u; // a2, 28224 floats per example: transition1_conv1's output
const TRANSITION1_POOL1_Z = 18063360u; // a2, 7056 floats per example: transition1_pool1's output
const TRANSITION1_BATCHNORM1_STATS = 1496320u; // a6, 144 floats: transition1_batchnorm1's batch mean, then variance, per channel
const TRANSITION1_BATCHNORM1_GAMMA = 19104u; // params: transition1_batchnorm1/gamma [72]
const TRANSITION1_BATCHNORM1_BETA = 19176u; // params: transition1_batchnorm1/beta [72]
const TRANSITION1_CONV1_KERNEL = 19392u; // params: transition1_conv1/kernel [1, 1, 72, 36]
const TRANSITION1_CONV1_BIAS = 21984u; // params: transition1_conv1/bias [36]

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
@group(0) @binding(4) var<storage, read_write> a6: array<f32>;

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
  // transition1_batchnorm1.forward: dblock1_4_concat1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 56448;
    const CHANNELS = 72;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 56448 + e;
      let c = e % CHANNELS;
      let x = a1[DBLOCK1_4_CONCAT1_Z + i];
      let zv = params[TRANSITION1_BATCHNORM1_BETA + c] + (x - a6[TRANSITION1_BATCHNORM1_STATS + c]) * params[TRANSITION1_BATCHNORM1_GAMMA + c] / sqrt(a6[TRANSITION1_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a2[TRANSITION1_BATCHNORM1_Z + i] = zv;
      a2[TRANSITION1_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // transition1_conv1.forward: z = bias + 1×1 windows of transition1_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 2352;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 72;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 36;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = TRANSITION1_CONV1_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a2[TRANSITION1_ACTIVATION1_Y + xi0 + ci];
        let x1 = a2[TRANSITION1_ACTIVATION1_Y + xi1 + ci];
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
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a2[TRANSITION1_CONV1_Z + out0] = acc0_0 + params[TRANSITION1_CONV1_BIAS + co];
      }
      {
        a2[TRANSITION1_CONV1_Z + out1] = acc0_1 + params[TRANSITION1_CONV1_BIAS + co];
      }
      {
        a2[TRANSITION1_CONV1_Z + out0 + 1] = acc1_0 + params[TRANSITION1_CONV1_BIAS + co + 1];
      }
      {
        a2[TRANSITION1_CONV1_Z + out1 + 1] = acc1_1 + params[TRANSITION1_CONV1_BIAS + co + 1];
      }
      {
        a2[TRANSITION1_CONV1_Z + out0 + 2] = acc2_0 + params[TRANSITION1_CONV1_BIAS + co + 2];
      }
      {
        a2[TRANSITION1_CONV1_Z + out1 + 2] = acc2_1 + params[TRANSITION1_CONV1_BIAS + co + 2];
      }
      {
        a2[TRANSITION1_CONV1_Z + out0 + 3] = acc3_0 + params[TRANSITION1_CONV1_BIAS + co + 3];
      }
      {
        a2[TRANSITION1_CONV1_Z + out1 + 3] = acc3_1 + params[TRANSITION1_CONV1_BIAS + co + 3];
      }
      {
        a2[TRANSITION1_CONV1_Z + out0 + 4] = acc4_0 + params[TRANSITION1_CONV1_BIAS + co + 4];
      }
      {
        a2[TRANSITION1_CONV1_Z + out1 + 4] = acc4_1 + params[TRANSITION1_CONV1_BIAS + co + 4];
      }
      {
        a2[TRANSITION1_CONV1_Z + out0 + 5] = acc5_0 + params[TRANSITION1_CONV1_BIAS + co + 5];
      }
      {
        a2[TRANSITION1_CONV1_Z + out1 + 5] = acc5_1 + params[TRANSITION1_CONV1_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // transition1_pool1.forward: avg pooling over 2×2 windows of transition1_conv1's output; an item per output element
  {
    const ITEMS = 7056;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 36;
    const OUT_W = 14;
    const OUT_C = 36;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = 0.0;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) * STRIDE_H + ky;
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let ix = i32(ox) * STRIDE_W + kx;
          let v = a2[TRANSITION1_CONV1_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          acc = acc + v;
        }
      }
      a2[TRANSITION1_POOL1_Z + b * 7056 + e] = acc / 4.0;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock2_1_batchnorm1.statistics
// dblock2_1_batchnorm1's batch mean and variance per channel over transition1_pool1's output, and its moving statistics' update (a workgroup per channel g)
// 36 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const TRANSITION1_POOL1_Z = 18063360u; // a2, 7056 floats per example: transition1_pool1's output
const DBLOCK2_1_BATCHNORM1_STATS = 1833088u; // a6, 72 floats: dblock2_1_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_1_BATCHNORM1_MOVING_MEAN = 22092u; // params: dblock2_1_batchnorm1/moving_mean [36]
const DBLOCK2_1_BATCHNORM1_MOVING_VARIANCE = 22128u; // params: dblock2_1_batchnorm1/moving_variance [36]

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 36u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 36u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[TRANSITION1_POOL1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a2[TRANSITION1_POOL1_Z + k * CHANNELS + g] - mean) * (a2[TRANSITION1_POOL1_Z + k * CHANNELS + g] - mean)); }
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
    a6[DBLOCK2_1_BATCHNORM1_STATS + g] = mean;
    a6[DBLOCK2_1_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[DBLOCK2_1_BATCHNORM1_MOVING_MEAN + g];
    params[DBLOCK2_1_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[DBLOCK2_1_BATCHNORM1_MOVING_VARIANCE + g];
    params[DBLOCK2_1_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 13: dblock2_1_batchnorm1.forward, dblock2_1_conv.forward, dblock2_1_concat1.forward from transition1_pool1, dblock2_1_concat1.forward from dblock2_1_conv
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const TRANSITION1_POOL1_Z = 18063360u; // a2, 7056 floats per example: transition1_pool1's output
const DBLOCK2_1_BATCHNORM1_Z = 18966528u; // a2, 7056 floats per example: dblock2_1_batchnorm1's output
const DBLOCK2_1_ACTIVATION1_Y = 19869696u; // a2, 7056 floats per example: dblock2_1_activation1's output: relu(dblock2_1_batchnorm1's)
const DBLOCK2_1_CONV_Z = 20772864u; // a2, 2352 floats per example: dblock2_1_conv's output
const DBLOCK2_1_CONCAT1_Z = 21073920u; // a2, 9408 floats per example: dblock2_1_concat1's output
const DBLOCK2_1_BATCHNORM1_STATS = 1833088u; // a6, 72 floats: dblock2_1_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_1_BATCHNORM1_GAMMA = 22020u; // params: dblock2_1_batchnorm1/gamma [36]
const DBLOCK2_1_BATCHNORM1_BETA = 22056u; // params: dblock2_1_batchnorm1/beta [36]
const DBLOCK2_1_CONV_KERNEL = 22164u; // params: dblock2_1_conv/kernel [3, 3, 36, 12]
const DBLOCK2_1_CONV_BIAS = 26052u; // params: dblock2_1_conv/bias [12]

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

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
  // dblock2_1_batchnorm1.forward: transition1_pool1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 7056;
    const CHANNELS = 36;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 7056 + e;
      let c = e % CHANNELS;
      let x = a2[TRANSITION1_POOL1_Z + i];
      let zv = params[DBLOCK2_1_BATCHNORM1_BETA + c] + (x - a6[DBLOCK2_1_BATCHNORM1_STATS + c]) * params[DBLOCK2_1_BATCHNORM1_GAMMA + c] / sqrt(a6[DBLOCK2_1_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a2[DBLOCK2_1_BATCHNORM1_Z + i] = zv;
      a2[DBLOCK2_1_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock2_1_conv.forward: z = bias + 3×3 windows of dblock2_1_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 36;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK2_1_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a2[DBLOCK2_1_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a2[DBLOCK2_1_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a2[DBLOCK2_1_CONV_Z + out0] = acc0_0 + params[DBLOCK2_1_CONV_BIAS + co];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out1] = acc0_1 + params[DBLOCK2_1_CONV_BIAS + co];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK2_1_CONV_BIAS + co + 1];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK2_1_CONV_BIAS + co + 1];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK2_1_CONV_BIAS + co + 2];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK2_1_CONV_BIAS + co + 2];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK2_1_CONV_BIAS + co + 3];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK2_1_CONV_BIAS + co + 3];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK2_1_CONV_BIAS + co + 4];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK2_1_CONV_BIAS + co + 4];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK2_1_CONV_BIAS + co + 5];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK2_1_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock2_1_concat1.forward from transition1_pool1: transition1_pool1's output as channels 0–35 of 48; an item per element of it
  {
    const ITEMS = 7056;
    const POSITIONS = 196;
    const IN_C = 36;
    const OUT_C = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a2[DBLOCK2_1_CONCAT1_Z + at] = a2[TRANSITION1_POOL1_Z + b * 7056 + e];
    }
  }
  storageBarrier();
  // dblock2_1_concat1.forward from dblock2_1_conv: dblock2_1_conv's output as channels 36–47 of 48; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 196;
    const IN_C = 12;
    const OUT_C = 48;
    const FIRST = 36;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a2[DBLOCK2_1_CONCAT1_Z + at] = a2[DBLOCK2_1_CONV_Z + b * 2352 + e];
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock2_2_batchnorm1.statistics
// dblock2_2_batchnorm1's batch mean and variance per channel over dblock2_1_concat1's output, and its moving statistics' update (a workgroup per channel g)
// 48 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_1_CONCAT1_Z = 21073920u; // a2, 9408 floats per example: dblock2_1_concat1's output
const DBLOCK2_2_BATCHNORM1_STATS = 1934784u; // a6, 96 floats: dblock2_2_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_2_BATCHNORM1_MOVING_MEAN = 26160u; // params: dblock2_2_batchnorm1/moving_mean [48]
const DBLOCK2_2_BATCHNORM1_MOVING_VARIANCE = 26208u; // params: dblock2_2_batchnorm1/moving_variance [48]

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 48u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 48u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[DBLOCK2_1_CONCAT1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a2[DBLOCK2_1_CONCAT1_Z + k * CHANNELS + g] - mean) * (a2[DBLOCK2_1_CONCAT1_Z + k * CHANNELS + g] - mean)); }
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
    a6[DBLOCK2_2_BATCHNORM1_STATS + g] = mean;
    a6[DBLOCK2_2_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[DBLOCK2_2_BATCHNORM1_MOVING_MEAN + g];
    params[DBLOCK2_2_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[DBLOCK2_2_BATCHNORM1_MOVING_VARIANCE + g];
    params[DBLOCK2_2_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 15: dblock2_2_batchnorm1.forward, dblock2_2_conv.forward, dblock2_2_concat1.forward from dblock2_1_concat1, dblock2_2_concat1.forward from dblock2_2_conv
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_1_CONCAT1_Z = 21073920u; // a2, 9408 floats per example: dblock2_1_concat1's output
const DBLOCK2_2_BATCHNORM1_Z = 22278144u; // a2, 9408 floats per example: dblock2_2_batchnorm1's output
const DBLOCK2_2_ACTIVATION1_Y = 23482368u; // a2, 9408 floats per example: dblock2_2_activation1's output: relu(dblock2_2_batchnorm1's)
const DBLOCK2_2_CONV_Z = 24686592u; // a2, 2352 floats per example: dblock2_2_conv's output
const DBLOCK2_2_CONCAT1_Z = 24987648u; // a2, 11760 floats per example: dblock2_2_concat1's output
const DBLOCK2_2_BATCHNORM1_STATS = 1934784u; // a6, 96 floats: dblock2_2_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_2_BATCHNORM1_GAMMA = 26064u; // params: dblock2_2_batchnorm1/gamma [48]
const DBLOCK2_2_BATCHNORM1_BETA = 26112u; // params: dblock2_2_batchnorm1/beta [48]
const DBLOCK2_2_CONV_KERNEL = 26256u; // params: dblock2_2_conv/kernel [3, 3, 48, 12]
const DBLOCK2_2_CONV_BIAS = 31440u; // params: dblock2_2_conv/bias [12]

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

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
  // dblock2_2_batchnorm1.forward: dblock2_1_concat1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 9408;
    const CHANNELS = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 9408 + e;
      let c = e % CHANNELS;
      let x = a2[DBLOCK2_1_CONCAT1_Z + i];
      let zv = params[DBLOCK2_2_BATCHNORM1_BETA + c] + (x - a6[DBLOCK2_2_BATCHNORM1_STATS + c]) * params[DBLOCK2_2_BATCHNORM1_GAMMA + c] / sqrt(a6[DBLOCK2_2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a2[DBLOCK2_2_BATCHNORM1_Z + i] = zv;
      a2[DBLOCK2_2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock2_2_conv.forward: z = bias + 3×3 windows of dblock2_2_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 48;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK2_2_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a2[DBLOCK2_2_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a2[DBLOCK2_2_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a2[DBLOCK2_2_CONV_Z + out0] = acc0_0 + params[DBLOCK2_2_CONV_BIAS + co];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out1] = acc0_1 + params[DBLOCK2_2_CONV_BIAS + co];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK2_2_CONV_BIAS + co + 1];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK2_2_CONV_BIAS + co + 1];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK2_2_CONV_BIAS + co + 2];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK2_2_CONV_BIAS + co + 2];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK2_2_CONV_BIAS + co + 3];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK2_2_CONV_BIAS + co + 3];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK2_2_CONV_BIAS + co + 4];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK2_2_CONV_BIAS + co + 4];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK2_2_CONV_BIAS + co + 5];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK2_2_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock2_2_concat1.forward from dblock2_1_concat1: dblock2_1_concat1's output as channels 0–47 of 60; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 196;
    const IN_C = 48;
    const OUT_C = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a2[DBLOCK2_2_CONCAT1_Z + at] = a2[DBLOCK2_1_CONCAT1_Z + b * 9408 + e];
    }
  }
  storageBarrier();
  // dblock2_2_concat1.forward from dblock2_2_conv: dblock2_2_conv's output as channels 48–59 of 60; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 196;
    const IN_C = 12;
    const OUT_C = 60;
    const FIRST = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a2[DBLOCK2_2_CONCAT1_Z + at] = a2[DBLOCK2_2_CONV_Z + b * 2352 + e];
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock2_3_batchnorm1.statistics
// dblock2_3_batchnorm1's batch mean and variance per channel over dblock2_2_concat1's output, and its moving statistics' update (a workgroup per channel g)
// 60 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_2_CONCAT1_Z = 24987648u; // a2, 11760 floats per example: dblock2_2_concat1's output
const DBLOCK2_3_BATCHNORM1_STATS = 2070144u; // a6, 120 floats: dblock2_3_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_3_BATCHNORM1_MOVING_MEAN = 31572u; // params: dblock2_3_batchnorm1/moving_mean [60]
const DBLOCK2_3_BATCHNORM1_MOVING_VARIANCE = 31632u; // params: dblock2_3_batchnorm1/moving_variance [60]

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 60u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 60u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[DBLOCK2_2_CONCAT1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a2[DBLOCK2_2_CONCAT1_Z + k * CHANNELS + g] - mean) * (a2[DBLOCK2_2_CONCAT1_Z + k * CHANNELS + g] - mean)); }
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
    a6[DBLOCK2_3_BATCHNORM1_STATS + g] = mean;
    a6[DBLOCK2_3_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[DBLOCK2_3_BATCHNORM1_MOVING_MEAN + g];
    params[DBLOCK2_3_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[DBLOCK2_3_BATCHNORM1_MOVING_VARIANCE + g];
    params[DBLOCK2_3_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 17: dblock2_3_batchnorm1.forward, dblock2_3_conv.forward, dblock2_3_concat1.forward from dblock2_2_concat1, dblock2_3_concat1.forward from dblock2_3_conv
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_2_CONCAT1_Z = 24987648u; // a2, 11760 floats per example: dblock2_2_concat1's output
const DBLOCK2_3_BATCHNORM1_Z = 26492928u; // a2, 11760 floats per example: dblock2_3_batchnorm1's output
const DBLOCK2_3_ACTIVATION1_Y = 27998208u; // a2, 11760 floats per example: dblock2_3_activation1's output: relu(dblock2_3_batchnorm1's)
const DBLOCK2_3_CONV_Z = 29503488u; // a2, 2352 floats per example: dblock2_3_conv's output
const DBLOCK2_3_CONCAT1_Z = 29804544u; // a2, 14112 floats per example: dblock2_3_concat1's output
const DBLOCK2_3_BATCHNORM1_STATS = 2070144u; // a6, 120 floats: dblock2_3_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_3_BATCHNORM1_GAMMA = 31452u; // params: dblock2_3_batchnorm1/gamma [60]
const DBLOCK2_3_BATCHNORM1_BETA = 31512u; // params: dblock2_3_batchnorm1/beta [60]
const DBLOCK2_3_CONV_KERNEL = 31692u; // params: dblock2_3_conv/kernel [3, 3, 60, 12]
const DBLOCK2_3_CONV_BIAS = 38172u; // params: dblock2_3_conv/bias [12]

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

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
  // dblock2_3_batchnorm1.forward: dblock2_2_concat1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 11760;
    const CHANNELS = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 11760 + e;
      let c = e % CHANNELS;
      let x = a2[DBLOCK2_2_CONCAT1_Z + i];
      let zv = params[DBLOCK2_3_BATCHNORM1_BETA + c] + (x - a6[DBLOCK2_3_BATCHNORM1_STATS + c]) * params[DBLOCK2_3_BATCHNORM1_GAMMA + c] / sqrt(a6[DBLOCK2_3_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a2[DBLOCK2_3_BATCHNORM1_Z + i] = zv;
      a2[DBLOCK2_3_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock2_3_conv.forward: z = bias + 3×3 windows of dblock2_3_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 60;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK2_3_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a2[DBLOCK2_3_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a2[DBLOCK2_3_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a2[DBLOCK2_3_CONV_Z + out0] = acc0_0 + params[DBLOCK2_3_CONV_BIAS + co];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out1] = acc0_1 + params[DBLOCK2_3_CONV_BIAS + co];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK2_3_CONV_BIAS + co + 1];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK2_3_CONV_BIAS + co + 1];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK2_3_CONV_BIAS + co + 2];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK2_3_CONV_BIAS + co + 2];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK2_3_CONV_BIAS + co + 3];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK2_3_CONV_BIAS + co + 3];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK2_3_CONV_BIAS + co + 4];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK2_3_CONV_BIAS + co + 4];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK2_3_CONV_BIAS + co + 5];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK2_3_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock2_3_concat1.forward from dblock2_2_concat1: dblock2_2_concat1's output as channels 0–59 of 72; an item per element of it
  {
    const ITEMS = 11760;
    const POSITIONS = 196;
    const IN_C = 60;
    const OUT_C = 72;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a2[DBLOCK2_3_CONCAT1_Z + at] = a2[DBLOCK2_2_CONCAT1_Z + b * 11760 + e];
    }
  }
  storageBarrier();
  // dblock2_3_concat1.forward from dblock2_3_conv: dblock2_3_conv's output as channels 60–71 of 72; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 196;
    const IN_C = 12;
    const OUT_C = 72;
    const FIRST = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a2[DBLOCK2_3_CONCAT1_Z + at] = a2[DBLOCK2_3_CONV_Z + b * 2352 + e];
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock2_4_batchnorm1.statistics
// dblock2_4_batchnorm1's batch mean and variance per channel over dblock2_3_concat1's output, and its moving statistics' update (a workgroup per channel g)
// 72 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_3_CONCAT1_Z = 29804544u; // a2, 14112 floats per example: dblock2_3_concat1's output
const DBLOCK2_4_BATCHNORM1_STATS = 2239232u; // a6, 144 floats: dblock2_4_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_4_BATCHNORM1_MOVING_MEAN = 38328u; // params: dblock2_4_batchnorm1/moving_mean [72]
const DBLOCK2_4_BATCHNORM1_MOVING_VARIANCE = 38400u; // params: dblock2_4_batchnorm1/moving_variance [72]

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 72u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 72u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a2[DBLOCK2_3_CONCAT1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a2[DBLOCK2_3_CONCAT1_Z + k * CHANNELS + g] - mean) * (a2[DBLOCK2_3_CONCAT1_Z + k * CHANNELS + g] - mean)); }
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
    a6[DBLOCK2_4_BATCHNORM1_STATS + g] = mean;
    a6[DBLOCK2_4_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[DBLOCK2_4_BATCHNORM1_MOVING_MEAN + g];
    params[DBLOCK2_4_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[DBLOCK2_4_BATCHNORM1_MOVING_VARIANCE + g];
    params[DBLOCK2_4_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 19: dblock2_4_batchnorm1.forward, dblock2_4_conv.forward, dblock2_4_concat1.forward from dblock2_3_concat1, dblock2_4_concat1.forward from dblock2_4_conv
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_3_CONCAT1_Z = 29804544u; // a2, 14112 floats per example: dblock2_3_concat1's output
const DBLOCK2_4_BATCHNORM1_Z = 31610880u; // a2, 14112 floats per example: dblock2_4_batchnorm1's output
const DBLOCK2_4_ACTIVATION1_Y = 0u; // a3, 14112 floats per example: dblock2_4_activation1's output: relu(dblock2_4_batchnorm1's)
const DBLOCK2_4_CONV_Z = 1806336u; // a3, 2352 floats per example: dblock2_4_conv's output
const DBLOCK2_4_CONCAT1_Z = 2107392u; // a3, 16464 floats per example: dblock2_4_concat1's output
const DBLOCK2_4_BATCHNORM1_STATS = 2239232u; // a6, 144 floats: dblock2_4_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_4_BATCHNORM1_GAMMA = 38184u; // params: dblock2_4_batchnorm1/gamma [72]
const DBLOCK2_4_BATCHNORM1_BETA = 38256u; // params: dblock2_4_batchnorm1/beta [72]
const DBLOCK2_4_CONV_KERNEL = 38472u; // params: dblock2_4_conv/kernel [3, 3, 72, 12]
const DBLOCK2_4_CONV_BIAS = 46248u; // params: dblock2_4_conv/bias [12]

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;
@group(0) @binding(3) var<storage, read_write> a3: array<f32>;
@group(0) @binding(4) var<storage, read_write> a6: array<f32>;

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
  // dblock2_4_batchnorm1.forward: dblock2_3_concat1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 14112;
    const CHANNELS = 72;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 14112 + e;
      let c = e % CHANNELS;
      let x = a2[DBLOCK2_3_CONCAT1_Z + i];
      let zv = params[DBLOCK2_4_BATCHNORM1_BETA + c] + (x - a6[DBLOCK2_4_BATCHNORM1_STATS + c]) * params[DBLOCK2_4_BATCHNORM1_GAMMA + c] / sqrt(a6[DBLOCK2_4_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a2[DBLOCK2_4_BATCHNORM1_Z + i] = zv;
      a3[DBLOCK2_4_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock2_4_conv.forward: z = bias + 3×3 windows of dblock2_4_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 72;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK2_4_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a3[DBLOCK2_4_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a3[DBLOCK2_4_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a3[DBLOCK2_4_CONV_Z + out0] = acc0_0 + params[DBLOCK2_4_CONV_BIAS + co];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out1] = acc0_1 + params[DBLOCK2_4_CONV_BIAS + co];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK2_4_CONV_BIAS + co + 1];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK2_4_CONV_BIAS + co + 1];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK2_4_CONV_BIAS + co + 2];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK2_4_CONV_BIAS + co + 2];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK2_4_CONV_BIAS + co + 3];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK2_4_CONV_BIAS + co + 3];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK2_4_CONV_BIAS + co + 4];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK2_4_CONV_BIAS + co + 4];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK2_4_CONV_BIAS + co + 5];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK2_4_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock2_4_concat1.forward from dblock2_3_concat1: dblock2_3_concat1's output as channels 0–71 of 84; an item per element of it
  {
    const ITEMS = 14112;
    const POSITIONS = 196;
    const IN_C = 72;
    const OUT_C = 84;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a3[DBLOCK2_4_CONCAT1_Z + at] = a2[DBLOCK2_3_CONCAT1_Z + b * 14112 + e];
    }
  }
  storageBarrier();
  // dblock2_4_concat1.forward from dblock2_4_conv: dblock2_4_conv's output as channels 72–83 of 84; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 196;
    const IN_C = 12;
    const OUT_C = 84;
    const FIRST = 72;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a3[DBLOCK2_4_CONCAT1_Z + at] = a3[DBLOCK2_4_CONV_Z + b * 2352 + e];
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel transition2_batchnorm1.statistics
// transition2_batchnorm1's batch mean and variance per channel over dblock2_4_concat1's output, and its moving statistics' update (a workgroup per channel g)
// 84 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_4_CONCAT1_Z = 2107392u; // a3, 16464 floats per example: dblock2_4_concat1's output
const TRANSITION2_BATCHNORM1_STATS = 2442112u; // a6, 168 floats: transition2_batchnorm1's batch mean, then variance, per channel
const TRANSITION2_BATCHNORM1_MOVING_MEAN = 46428u; // params: transition2_batchnorm1/moving_mean [84]
const TRANSITION2_BATCHNORM1_MOVING_VARIANCE = 46512u; // params: transition2_batchnorm1/moving_variance [84]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 84u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 84u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a3[DBLOCK2_4_CONCAT1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a3[DBLOCK2_4_CONCAT1_Z + k * CHANNELS + g] - mean) * (a3[DBLOCK2_4_CONCAT1_Z + k * CHANNELS + g] - mean)); }
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
    a6[TRANSITION2_BATCHNORM1_STATS + g] = mean;
    a6[TRANSITION2_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[TRANSITION2_BATCHNORM1_MOVING_MEAN + g];
    params[TRANSITION2_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[TRANSITION2_BATCHNORM1_MOVING_VARIANCE + g];
    params[TRANSITION2_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 21: transition2_batchnorm1.forward, transition2_conv1.forward, transition2_pool1.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_4_CONCAT1_Z = 2107392u; // a3, 16464 floats per example: dblock2_4_concat1's output
const TRANSITION2_BATCHNORM1_Z = 4214784u; // a3, 16464 floats per example: transition2_batchnorm1's output
const TRANSITION2_ACTIVATION1_Y = 6322176u; // a3, 16464 floats per example: transition2_activation1's output: relu(transition2_batchnorm1's)
const TRANSITION2_CONV1_Z = 8429568u; // a3, 8232 floats per example: transition2_conv1's output
const TRANSITION2_POOL1_Z = 9483264u; // a3, 2058 floats per example: transition2_pool1's output
const TRANSITION2_BATCHNORM1_STATS = 2442112u; // a6, 168 floats: transition2_batchnorm1's batch mean, then variance, per channel
const TRANSITION2_BATCHNORM1_GAMMA = 46260u; // params: transition2_batchnorm1/gamma [84]
const TRANSITION2_BATCHNORM1_BETA = 46344u; // params: transition2_batchnorm1/beta [84]
const TRANSITION2_CONV1_KERNEL = 46596u; // params: transition2_conv1/kernel [1, 1, 84, 42]
const TRANSITION2_CONV1_BIAS = 50124u; // params: transition2_conv1/bias [42]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

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
  // transition2_batchnorm1.forward: dblock2_4_concat1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 16464;
    const CHANNELS = 84;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 16464 + e;
      let c = e % CHANNELS;
      let x = a3[DBLOCK2_4_CONCAT1_Z + i];
      let zv = params[TRANSITION2_BATCHNORM1_BETA + c] + (x - a6[TRANSITION2_BATCHNORM1_STATS + c]) * params[TRANSITION2_BATCHNORM1_GAMMA + c] / sqrt(a6[TRANSITION2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a3[TRANSITION2_BATCHNORM1_Z + i] = zv;
      a3[TRANSITION2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // transition2_conv1.forward: z = bias + 1×1 windows of transition2_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 686;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 84;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 42;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = TRANSITION2_CONV1_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a3[TRANSITION2_ACTIVATION1_Y + xi0 + ci];
        let x1 = a3[TRANSITION2_ACTIVATION1_Y + xi1 + ci];
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
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a3[TRANSITION2_CONV1_Z + out0] = acc0_0 + params[TRANSITION2_CONV1_BIAS + co];
      }
      {
        a3[TRANSITION2_CONV1_Z + out1] = acc0_1 + params[TRANSITION2_CONV1_BIAS + co];
      }
      {
        a3[TRANSITION2_CONV1_Z + out0 + 1] = acc1_0 + params[TRANSITION2_CONV1_BIAS + co + 1];
      }
      {
        a3[TRANSITION2_CONV1_Z + out1 + 1] = acc1_1 + params[TRANSITION2_CONV1_BIAS + co + 1];
      }
      {
        a3[TRANSITION2_CONV1_Z + out0 + 2] = acc2_0 + params[TRANSITION2_CONV1_BIAS + co + 2];
      }
      {
        a3[TRANSITION2_CONV1_Z + out1 + 2] = acc2_1 + params[TRANSITION2_CONV1_BIAS + co + 2];
      }
      {
        a3[TRANSITION2_CONV1_Z + out0 + 3] = acc3_0 + params[TRANSITION2_CONV1_BIAS + co + 3];
      }
      {
        a3[TRANSITION2_CONV1_Z + out1 + 3] = acc3_1 + params[TRANSITION2_CONV1_BIAS + co + 3];
      }
      {
        a3[TRANSITION2_CONV1_Z + out0 + 4] = acc4_0 + params[TRANSITION2_CONV1_BIAS + co + 4];
      }
      {
        a3[TRANSITION2_CONV1_Z + out1 + 4] = acc4_1 + params[TRANSITION2_CONV1_BIAS + co + 4];
      }
      {
        a3[TRANSITION2_CONV1_Z + out0 + 5] = acc5_0 + params[TRANSITION2_CONV1_BIAS + co + 5];
      }
      {
        a3[TRANSITION2_CONV1_Z + out1 + 5] = acc5_1 + params[TRANSITION2_CONV1_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // transition2_pool1.forward: avg pooling over 2×2 windows of transition2_conv1's output; an item per output element
  {
    const ITEMS = 2058;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 42;
    const OUT_W = 7;
    const OUT_C = 42;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = 0.0;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) * STRIDE_H + ky;
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let ix = i32(ox) * STRIDE_W + kx;
          let v = a3[TRANSITION2_CONV1_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          acc = acc + v;
        }
      }
      a3[TRANSITION2_POOL1_Z + b * 2058 + e] = acc / 4.0;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock3_1_batchnorm1.statistics
// dblock3_1_batchnorm1's batch mean and variance per channel over transition2_pool1's output, and its moving statistics' update (a workgroup per channel g)
// 42 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const TRANSITION2_POOL1_Z = 9483264u; // a3, 2058 floats per example: transition2_pool1's output
const DBLOCK3_1_BATCHNORM1_STATS = 2535360u; // a6, 84 floats: dblock3_1_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_1_BATCHNORM1_MOVING_MEAN = 50256u; // params: dblock3_1_batchnorm1/moving_mean [42]
const DBLOCK3_1_BATCHNORM1_MOVING_VARIANCE = 50300u; // params: dblock3_1_batchnorm1/moving_variance [42]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 42u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 42u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a3[TRANSITION2_POOL1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a3[TRANSITION2_POOL1_Z + k * CHANNELS + g] - mean) * (a3[TRANSITION2_POOL1_Z + k * CHANNELS + g] - mean)); }
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
    a6[DBLOCK3_1_BATCHNORM1_STATS + g] = mean;
    a6[DBLOCK3_1_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[DBLOCK3_1_BATCHNORM1_MOVING_MEAN + g];
    params[DBLOCK3_1_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[DBLOCK3_1_BATCHNORM1_MOVING_VARIANCE + g];
    params[DBLOCK3_1_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 23: dblock3_1_batchnorm1.forward, dblock3_1_conv.forward, dblock3_1_concat1.forward from transition2_pool1, dblock3_1_concat1.forward from dblock3_1_conv
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const TRANSITION2_POOL1_Z = 9483264u; // a3, 2058 floats per example: transition2_pool1's output
const DBLOCK3_1_BATCHNORM1_Z = 9746688u; // a3, 2058 floats per example: dblock3_1_batchnorm1's output
const DBLOCK3_1_ACTIVATION1_Y = 10010112u; // a3, 2058 floats per example: dblock3_1_activation1's output: relu(dblock3_1_batchnorm1's)
const DBLOCK3_1_CONV_Z = 10273536u; // a3, 588 floats per example: dblock3_1_conv's output
const DBLOCK3_1_CONCAT1_Z = 10348800u; // a3, 2646 floats per example: dblock3_1_concat1's output
const DBLOCK3_1_BATCHNORM1_STATS = 2535360u; // a6, 84 floats: dblock3_1_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_1_BATCHNORM1_GAMMA = 50168u; // params: dblock3_1_batchnorm1/gamma [42]
const DBLOCK3_1_BATCHNORM1_BETA = 50212u; // params: dblock3_1_batchnorm1/beta [42]
const DBLOCK3_1_CONV_KERNEL = 50344u; // params: dblock3_1_conv/kernel [3, 3, 42, 12]
const DBLOCK3_1_CONV_BIAS = 54880u; // params: dblock3_1_conv/bias [12]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

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
  // dblock3_1_batchnorm1.forward: transition2_pool1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 2058;
    const CHANNELS = 42;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 2058 + e;
      let c = e % CHANNELS;
      let x = a3[TRANSITION2_POOL1_Z + i];
      let zv = params[DBLOCK3_1_BATCHNORM1_BETA + c] + (x - a6[DBLOCK3_1_BATCHNORM1_STATS + c]) * params[DBLOCK3_1_BATCHNORM1_GAMMA + c] / sqrt(a6[DBLOCK3_1_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a3[DBLOCK3_1_BATCHNORM1_Z + i] = zv;
      a3[DBLOCK3_1_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock3_1_conv.forward: z = bias + 3×3 windows of dblock3_1_batchnorm1's output · kernel; an item per 6 filters × 1 positions of a row
  {
    const ITEMS = 98;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 42;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
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
            var wi = DBLOCK3_1_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a3[DBLOCK3_1_ACTIVATION1_Y + xi0 + ci], in0);
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
        a3[DBLOCK3_1_CONV_Z + out0] = acc0_0 + params[DBLOCK3_1_CONV_BIAS + co];
      }
      {
        a3[DBLOCK3_1_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK3_1_CONV_BIAS + co + 1];
      }
      {
        a3[DBLOCK3_1_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK3_1_CONV_BIAS + co + 2];
      }
      {
        a3[DBLOCK3_1_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK3_1_CONV_BIAS + co + 3];
      }
      {
        a3[DBLOCK3_1_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK3_1_CONV_BIAS + co + 4];
      }
      {
        a3[DBLOCK3_1_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK3_1_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock3_1_concat1.forward from transition2_pool1: transition2_pool1's output as channels 0–41 of 54; an item per element of it
  {
    const ITEMS = 2058;
    const POSITIONS = 49;
    const IN_C = 42;
    const OUT_C = 54;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a3[DBLOCK3_1_CONCAT1_Z + at] = a3[TRANSITION2_POOL1_Z + b * 2058 + e];
    }
  }
  storageBarrier();
  // dblock3_1_concat1.forward from dblock3_1_conv: dblock3_1_conv's output as channels 42–53 of 54; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 54;
    const FIRST = 42;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a3[DBLOCK3_1_CONCAT1_Z + at] = a3[DBLOCK3_1_CONV_Z + b * 588 + e];
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock3_2_batchnorm1.statistics
// dblock3_2_batchnorm1's batch mean and variance per channel over dblock3_1_concat1's output, and its moving statistics' update (a workgroup per channel g)
// 54 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_1_CONCAT1_Z = 10348800u; // a3, 2646 floats per example: dblock3_1_concat1's output
const DBLOCK3_2_BATCHNORM1_STATS = 2567488u; // a6, 108 floats: dblock3_2_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_2_BATCHNORM1_MOVING_MEAN = 55004u; // params: dblock3_2_batchnorm1/moving_mean [54]
const DBLOCK3_2_BATCHNORM1_MOVING_VARIANCE = 55060u; // params: dblock3_2_batchnorm1/moving_variance [54]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 54u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 54u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a3[DBLOCK3_1_CONCAT1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a3[DBLOCK3_1_CONCAT1_Z + k * CHANNELS + g] - mean) * (a3[DBLOCK3_1_CONCAT1_Z + k * CHANNELS + g] - mean)); }
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
    a6[DBLOCK3_2_BATCHNORM1_STATS + g] = mean;
    a6[DBLOCK3_2_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[DBLOCK3_2_BATCHNORM1_MOVING_MEAN + g];
    params[DBLOCK3_2_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[DBLOCK3_2_BATCHNORM1_MOVING_VARIANCE + g];
    params[DBLOCK3_2_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 25: dblock3_2_batchnorm1.forward, dblock3_2_conv.forward, dblock3_2_concat1.forward from dblock3_1_concat1, dblock3_2_concat1.forward from dblock3_2_conv
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_1_CONCAT1_Z = 10348800u; // a3, 2646 floats per example: dblock3_1_concat1's output
const DBLOCK3_2_BATCHNORM1_Z = 10687488u; // a3, 2646 floats per example: dblock3_2_batchnorm1's output
const DBLOCK3_2_ACTIVATION1_Y = 11026176u; // a3, 2646 floats per example: dblock3_2_activation1's output: relu(dblock3_2_batchnorm1's)
const DBLOCK3_2_CONV_Z = 11364864u; // a3, 588 floats per example: dblock3_2_conv's output
const DBLOCK3_2_CONCAT1_Z = 11440128u; // a3, 3234 floats per example: dblock3_2_concat1's output
const DBLOCK3_2_BATCHNORM1_STATS = 2567488u; // a6, 108 floats: dblock3_2_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_2_BATCHNORM1_GAMMA = 54892u; // params: dblock3_2_batchnorm1/gamma [54]
const DBLOCK3_2_BATCHNORM1_BETA = 54948u; // params: dblock3_2_batchnorm1/beta [54]
const DBLOCK3_2_CONV_KERNEL = 55116u; // params: dblock3_2_conv/kernel [3, 3, 54, 12]
const DBLOCK3_2_CONV_BIAS = 60948u; // params: dblock3_2_conv/bias [12]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

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
  // dblock3_2_batchnorm1.forward: dblock3_1_concat1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 2646;
    const CHANNELS = 54;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 2646 + e;
      let c = e % CHANNELS;
      let x = a3[DBLOCK3_1_CONCAT1_Z + i];
      let zv = params[DBLOCK3_2_BATCHNORM1_BETA + c] + (x - a6[DBLOCK3_2_BATCHNORM1_STATS + c]) * params[DBLOCK3_2_BATCHNORM1_GAMMA + c] / sqrt(a6[DBLOCK3_2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a3[DBLOCK3_2_BATCHNORM1_Z + i] = zv;
      a3[DBLOCK3_2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock3_2_conv.forward: z = bias + 3×3 windows of dblock3_2_batchnorm1's output · kernel; an item per 6 filters × 1 positions of a row
  {
    const ITEMS = 98;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 54;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
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
            var wi = DBLOCK3_2_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a3[DBLOCK3_2_ACTIVATION1_Y + xi0 + ci], in0);
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
        a3[DBLOCK3_2_CONV_Z + out0] = acc0_0 + params[DBLOCK3_2_CONV_BIAS + co];
      }
      {
        a3[DBLOCK3_2_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK3_2_CONV_BIAS + co + 1];
      }
      {
        a3[DBLOCK3_2_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK3_2_CONV_BIAS + co + 2];
      }
      {
        a3[DBLOCK3_2_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK3_2_CONV_BIAS + co + 3];
      }
      {
        a3[DBLOCK3_2_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK3_2_CONV_BIAS + co + 4];
      }
      {
        a3[DBLOCK3_2_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK3_2_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock3_2_concat1.forward from dblock3_1_concat1: dblock3_1_concat1's output as channels 0–53 of 66; an item per element of it
  {
    const ITEMS = 2646;
    const POSITIONS = 49;
    const IN_C = 54;
    const OUT_C = 66;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a3[DBLOCK3_2_CONCAT1_Z + at] = a3[DBLOCK3_1_CONCAT1_Z + b * 2646 + e];
    }
  }
  storageBarrier();
  // dblock3_2_concat1.forward from dblock3_2_conv: dblock3_2_conv's output as channels 54–65 of 66; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 66;
    const FIRST = 54;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a3[DBLOCK3_2_CONCAT1_Z + at] = a3[DBLOCK3_2_CONV_Z + b * 588 + e];
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock3_3_batchnorm1.statistics
// dblock3_3_batchnorm1's batch mean and variance per channel over dblock3_2_concat1's output, and its moving statistics' update (a workgroup per channel g)
// 66 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_2_CONCAT1_Z = 11440128u; // a3, 3234 floats per example: dblock3_2_concat1's output
const DBLOCK3_3_BATCHNORM1_STATS = 2608704u; // a6, 132 floats: dblock3_3_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_3_BATCHNORM1_MOVING_MEAN = 61096u; // params: dblock3_3_batchnorm1/moving_mean [66]
const DBLOCK3_3_BATCHNORM1_MOVING_VARIANCE = 61164u; // params: dblock3_3_batchnorm1/moving_variance [66]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 66u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 66u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a3[DBLOCK3_2_CONCAT1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a3[DBLOCK3_2_CONCAT1_Z + k * CHANNELS + g] - mean) * (a3[DBLOCK3_2_CONCAT1_Z + k * CHANNELS + g] - mean)); }
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
    a6[DBLOCK3_3_BATCHNORM1_STATS + g] = mean;
    a6[DBLOCK3_3_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[DBLOCK3_3_BATCHNORM1_MOVING_MEAN + g];
    params[DBLOCK3_3_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[DBLOCK3_3_BATCHNORM1_MOVING_VARIANCE + g];
    params[DBLOCK3_3_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 27: dblock3_3_batchnorm1.forward, dblock3_3_conv.forward, dblock3_3_concat1.forward from dblock3_2_concat1, dblock3_3_concat1.forward from dblock3_3_conv
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_2_CONCAT1_Z = 11440128u; // a3, 3234 floats per example: dblock3_2_concat1's output
const DBLOCK3_3_BATCHNORM1_Z = 11854080u; // a3, 3234 floats per example: dblock3_3_batchnorm1's output
const DBLOCK3_3_ACTIVATION1_Y = 12268032u; // a3, 3234 floats per example: dblock3_3_activation1's output: relu(dblock3_3_batchnorm1's)
const DBLOCK3_3_CONV_Z = 12681984u; // a3, 588 floats per example: dblock3_3_conv's output
const DBLOCK3_3_CONCAT1_Z = 12757248u; // a3, 3822 floats per example: dblock3_3_concat1's output
const DBLOCK3_3_BATCHNORM1_STATS = 2608704u; // a6, 132 floats: dblock3_3_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_3_BATCHNORM1_GAMMA = 60960u; // params: dblock3_3_batchnorm1/gamma [66]
const DBLOCK3_3_BATCHNORM1_BETA = 61028u; // params: dblock3_3_batchnorm1/beta [66]
const DBLOCK3_3_CONV_KERNEL = 61232u; // params: dblock3_3_conv/kernel [3, 3, 66, 12]
const DBLOCK3_3_CONV_BIAS = 68360u; // params: dblock3_3_conv/bias [12]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

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
  // dblock3_3_batchnorm1.forward: dblock3_2_concat1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3234;
    const CHANNELS = 66;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3234 + e;
      let c = e % CHANNELS;
      let x = a3[DBLOCK3_2_CONCAT1_Z + i];
      let zv = params[DBLOCK3_3_BATCHNORM1_BETA + c] + (x - a6[DBLOCK3_3_BATCHNORM1_STATS + c]) * params[DBLOCK3_3_BATCHNORM1_GAMMA + c] / sqrt(a6[DBLOCK3_3_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a3[DBLOCK3_3_BATCHNORM1_Z + i] = zv;
      a3[DBLOCK3_3_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock3_3_conv.forward: z = bias + 3×3 windows of dblock3_3_batchnorm1's output · kernel; an item per 6 filters × 1 positions of a row
  {
    const ITEMS = 98;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 66;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
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
            var wi = DBLOCK3_3_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a3[DBLOCK3_3_ACTIVATION1_Y + xi0 + ci], in0);
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
        a3[DBLOCK3_3_CONV_Z + out0] = acc0_0 + params[DBLOCK3_3_CONV_BIAS + co];
      }
      {
        a3[DBLOCK3_3_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK3_3_CONV_BIAS + co + 1];
      }
      {
        a3[DBLOCK3_3_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK3_3_CONV_BIAS + co + 2];
      }
      {
        a3[DBLOCK3_3_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK3_3_CONV_BIAS + co + 3];
      }
      {
        a3[DBLOCK3_3_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK3_3_CONV_BIAS + co + 4];
      }
      {
        a3[DBLOCK3_3_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK3_3_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock3_3_concat1.forward from dblock3_2_concat1: dblock3_2_concat1's output as channels 0–65 of 78; an item per element of it
  {
    const ITEMS = 3234;
    const POSITIONS = 49;
    const IN_C = 66;
    const OUT_C = 78;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a3[DBLOCK3_3_CONCAT1_Z + at] = a3[DBLOCK3_2_CONCAT1_Z + b * 3234 + e];
    }
  }
  storageBarrier();
  // dblock3_3_concat1.forward from dblock3_3_conv: dblock3_3_conv's output as channels 66–77 of 78; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 78;
    const FIRST = 66;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a3[DBLOCK3_3_CONCAT1_Z + at] = a3[DBLOCK3_3_CONV_Z + b * 588 + e];
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock3_4_batchnorm1.statistics
// dblock3_4_batchnorm1's batch mean and variance per channel over dblock3_3_concat1's output, and its moving statistics' update (a workgroup per channel g)
// 78 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_3_CONCAT1_Z = 12757248u; // a3, 3822 floats per example: dblock3_3_concat1's output
const DBLOCK3_4_BATCHNORM1_STATS = 2659072u; // a6, 156 floats: dblock3_4_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_4_BATCHNORM1_MOVING_MEAN = 68532u; // params: dblock3_4_batchnorm1/moving_mean [78]
const DBLOCK3_4_BATCHNORM1_MOVING_VARIANCE = 68612u; // params: dblock3_4_batchnorm1/moving_variance [78]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 78u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 78u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a3[DBLOCK3_3_CONCAT1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a3[DBLOCK3_3_CONCAT1_Z + k * CHANNELS + g] - mean) * (a3[DBLOCK3_3_CONCAT1_Z + k * CHANNELS + g] - mean)); }
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
    a6[DBLOCK3_4_BATCHNORM1_STATS + g] = mean;
    a6[DBLOCK3_4_BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[DBLOCK3_4_BATCHNORM1_MOVING_MEAN + g];
    params[DBLOCK3_4_BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[DBLOCK3_4_BATCHNORM1_MOVING_VARIANCE + g];
    params[DBLOCK3_4_BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 29: dblock3_4_batchnorm1.forward, dblock3_4_conv.forward, dblock3_4_concat1.forward from dblock3_3_concat1, dblock3_4_concat1.forward from dblock3_4_conv
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_3_CONCAT1_Z = 12757248u; // a3, 3822 floats per example: dblock3_3_concat1's output
const DBLOCK3_4_BATCHNORM1_Z = 13246464u; // a3, 3822 floats per example: dblock3_4_batchnorm1's output
const DBLOCK3_4_ACTIVATION1_Y = 13735680u; // a3, 3822 floats per example: dblock3_4_activation1's output: relu(dblock3_4_batchnorm1's)
const DBLOCK3_4_CONV_Z = 14224896u; // a3, 588 floats per example: dblock3_4_conv's output
const DBLOCK3_4_CONCAT1_Z = 14300160u; // a3, 4410 floats per example: dblock3_4_concat1's output
const DBLOCK3_4_BATCHNORM1_STATS = 2659072u; // a6, 156 floats: dblock3_4_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_4_BATCHNORM1_GAMMA = 68372u; // params: dblock3_4_batchnorm1/gamma [78]
const DBLOCK3_4_BATCHNORM1_BETA = 68452u; // params: dblock3_4_batchnorm1/beta [78]
const DBLOCK3_4_CONV_KERNEL = 68692u; // params: dblock3_4_conv/kernel [3, 3, 78, 12]
const DBLOCK3_4_CONV_BIAS = 77116u; // params: dblock3_4_conv/bias [12]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

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
  // dblock3_4_batchnorm1.forward: dblock3_3_concat1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3822;
    const CHANNELS = 78;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3822 + e;
      let c = e % CHANNELS;
      let x = a3[DBLOCK3_3_CONCAT1_Z + i];
      let zv = params[DBLOCK3_4_BATCHNORM1_BETA + c] + (x - a6[DBLOCK3_4_BATCHNORM1_STATS + c]) * params[DBLOCK3_4_BATCHNORM1_GAMMA + c] / sqrt(a6[DBLOCK3_4_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a3[DBLOCK3_4_BATCHNORM1_Z + i] = zv;
      a3[DBLOCK3_4_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock3_4_conv.forward: z = bias + 3×3 windows of dblock3_4_batchnorm1's output · kernel; an item per 6 filters × 1 positions of a row
  {
    const ITEMS = 98;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 78;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
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
            var wi = DBLOCK3_4_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a3[DBLOCK3_4_ACTIVATION1_Y + xi0 + ci], in0);
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
        a3[DBLOCK3_4_CONV_Z + out0] = acc0_0 + params[DBLOCK3_4_CONV_BIAS + co];
      }
      {
        a3[DBLOCK3_4_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK3_4_CONV_BIAS + co + 1];
      }
      {
        a3[DBLOCK3_4_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK3_4_CONV_BIAS + co + 2];
      }
      {
        a3[DBLOCK3_4_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK3_4_CONV_BIAS + co + 3];
      }
      {
        a3[DBLOCK3_4_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK3_4_CONV_BIAS + co + 4];
      }
      {
        a3[DBLOCK3_4_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK3_4_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock3_4_concat1.forward from dblock3_3_concat1: dblock3_3_concat1's output as channels 0–77 of 90; an item per element of it
  {
    const ITEMS = 3822;
    const POSITIONS = 49;
    const IN_C = 78;
    const OUT_C = 90;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a3[DBLOCK3_4_CONCAT1_Z + at] = a3[DBLOCK3_3_CONCAT1_Z + b * 3822 + e];
    }
  }
  storageBarrier();
  // dblock3_4_concat1.forward from dblock3_4_conv: dblock3_4_conv's output as channels 78–89 of 90; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 90;
    const FIRST = 78;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a3[DBLOCK3_4_CONCAT1_Z + at] = a3[DBLOCK3_4_CONV_Z + b * 588 + e];
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel batchnorm1.statistics
// batchnorm1's batch mean and variance per channel over dblock3_4_concat1's output, and its moving statistics' update (a workgroup per channel g)
// 90 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_4_CONCAT1_Z = 14300160u; // a3, 4410 floats per example: dblock3_4_concat1's output
const BATCHNORM1_STATS = 2718528u; // a6, 180 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_MOVING_MEAN = 77312u; // params: batchnorm1/moving_mean [90]
const BATCHNORM1_MOVING_VARIANCE = 77404u; // params: batchnorm1/moving_variance [90]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 90u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 90u) { return; }
  let count = step.n * POSITIONS;
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a3[DBLOCK3_4_CONCAT1_Z + k * CHANNELS + g]); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + ((a3[DBLOCK3_4_CONCAT1_Z + k * CHANNELS + g] - mean) * (a3[DBLOCK3_4_CONCAT1_Z + k * CHANNELS + g] - mean)); }
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
    a6[BATCHNORM1_STATS + g] = mean;
    a6[BATCHNORM1_STATS + CHANNELS + g] = variance;
    let decay = 0.10000000149011612;
    let mm = params[BATCHNORM1_MOVING_MEAN + g];
    params[BATCHNORM1_MOVING_MEAN + g] = mm - (mm - mean) * decay;
    let mv = params[BATCHNORM1_MOVING_VARIANCE + g];
    params[BATCHNORM1_MOVING_VARIANCE + g] = mv - (mv - variance) * decay;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 31: batchnorm1.forward, pool1.forward, dense1.forward, loss, dense1.input-gradient, pool1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_4_CONCAT1_Z = 14300160u; // a3, 4410 floats per example: dblock3_4_concat1's output
const BATCHNORM1_Z = 14864640u; // a3, 4410 floats per example: batchnorm1's output
const ACTIVATION1_Y = 15429120u; // a3, 4410 floats per example: activation1's output: relu(batchnorm1's)
const POOL1_Z = 15993600u; // a3, 90 floats per example: pool1's output
const DENSE1_Z = 16005120u; // a3, 10 floats per example: dense1's output
const BATCHNORM1_DZ = 32024832u; // a5, 4410 floats per example: the loss's gradient with respect to batchnorm1's output
const POOL1_DZ = 32589312u; // a5, 90 floats per example: the loss's gradient with respect to pool1's output
const DENSE1_DZ = 32600832u; // a5, 10 floats per example: the loss's gradient with respect to dense1's output
const BATCHNORM1_STATS = 2718528u; // a6, 180 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_GAMMA = 77128u; // params: batchnorm1/gamma [90]
const BATCHNORM1_BETA = 77220u; // params: batchnorm1/beta [90]
const DENSE1_KERNEL = 77496u; // params: dense1/kernel [90, 10]
const DENSE1_BIAS = 78396u; // params: dense1/bias [10]

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
@group(0) @binding(5) var<storage, read_write> a3: array<f32>;
@group(0) @binding(6) var<storage, read_write> a5: array<f32>;
@group(0) @binding(7) var<storage, read_write> a6: array<f32>;

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
  // batchnorm1.forward: dblock3_4_concat1's output normalized by the batch's statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 4410;
    const CHANNELS = 90;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 4410 + e;
      let c = e % CHANNELS;
      let x = a3[DBLOCK3_4_CONCAT1_Z + i];
      let zv = params[BATCHNORM1_BETA + c] + (x - a6[BATCHNORM1_STATS + c]) * params[BATCHNORM1_GAMMA + c] / sqrt(a6[BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      a3[BATCHNORM1_Z + i] = zv;
      a3[ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // pool1.forward: global avg pooling of batchnorm1's output; an item per output element
  {
    const ITEMS = 90;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 90;
    const OUT_C = 90;
    const WINDOW_H = 7;
    const WINDOW_W = 7;
    if (t < ITEMS) {
      let e = t;
      let c = e % OUT_C;
      var acc = 0.0;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let v = a3[ACTIVATION1_Y + ((b * IN_H + u32(ky)) * IN_W + u32(kx)) * IN_C + c];
          acc = acc + v;
        }
      }
      a3[POOL1_Z + b * 90 + e] = acc / 49.0;
    }
  }
  storageBarrier();
  // dense1.forward: z = pool1's output · kernel + bias; an item per 2 units
  {
    const ITEMS = 5;
    const IN_UNITS = 90;
    const OUT_UNITS = 10;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a3[POOL1_Z + b * IN_UNITS + k];
        acc0 = acc0 + xv * params[wi];
        acc1 = acc1 + xv * params[wi + 1];
        wi = wi + OUT_UNITS;
      }
      {
        a3[DENSE1_Z + b * OUT_UNITS + o] = acc0 + params[DENSE1_BIAS + o];
      }
      {
        a3[DENSE1_Z + b * OUT_UNITS + o + 1] = acc1 + params[DENSE1_BIAS + o + 1];
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
      var top = a3[DENSE1_Z + base];
      for (var j = 1u; j < CLASSES; j++) { top = max(top, a3[DENSE1_Z + base + j]); }
      var total = 0.0;
      for (var j = 0u; j < CLASSES; j++) { total = total + exp(a3[DENSE1_Z + base + j] - top); }
      let lse = top + log(total);
      let loss = select(0.0, lse - a3[DENSE1_Z + base + min(label, CLASSES - 1)], valid);
      var best = 0u;
      for (var j = 1u; j < CLASSES; j++) { if (a3[DENSE1_Z + base + j] > a3[DENSE1_Z + base + best]) { best = j; } }
      results[(step.row + b) * 2u] = loss;
      results[(step.row + b) * 2u + 1u] = select(0.0, 1.0, best == label);
      for (var j = 0u; j < CLASSES; j++) {
        let g = select(0.0, (exp(a3[DENSE1_Z + base + j] - lse) - select(0.0, 1.0, j == label)) / f32(step.n), valid);
        a5[DENSE1_DZ + base + j] = g;
      }
    }
  }
  storageBarrier();
  // dense1.input-gradient: the gradient reaching pool1: dz · kernelᵀ; an item per 6 input units
  {
    const ITEMS = 15;
    const IN_UNITS = 90;
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
      let wi = DENSE1_KERNEL + k * OUT_UNITS;
      for (var o = 0u; o < OUT_UNITS; o++) {
        let d = a5[DENSE1_DZ + b * OUT_UNITS + o];
        acc0 = acc0 + d * params[wi + o];
        acc1 = acc1 + d * params[wi + OUT_UNITS + o];
        acc2 = acc2 + d * params[wi + OUT_UNITS * 2 + o];
        acc3 = acc3 + d * params[wi + OUT_UNITS * 3 + o];
        acc4 = acc4 + d * params[wi + OUT_UNITS * 4 + o];
        acc5 = acc5 + d * params[wi + OUT_UNITS * 5 + o];
      }
      a5[POOL1_DZ + b * IN_UNITS + k] = acc0;
      a5[POOL1_DZ + b * IN_UNITS + k + 1] = acc1;
      a5[POOL1_DZ + b * IN_UNITS + k + 2] = acc2;
      a5[POOL1_DZ + b * IN_UNITS + k + 3] = acc3;
      a5[POOL1_DZ + b * IN_UNITS + k + 4] = acc4;
      a5[POOL1_DZ + b * IN_UNITS + k + 5] = acc5;
    }
  }
  storageBarrier();
  // pool1.input-gradient: the gradient reaching batchnorm1 through global avg pooling: dz/(window cells) to every cell; an item per input element
  {
    const ITEMS = 4410;
    const IN_W = 7;
    const IN_C = 90;
    const OUT_C = 90;
    for (var e = t; e < ITEMS; e += THREADS) {
      let iy = e / (IN_W * IN_C);
      let ix = (e / IN_C) % IN_W;
      let c = e % IN_C;
      var acc = 0.0;
      acc = acc + a5[POOL1_DZ + b * OUT_C + c];
      a5[BATCHNORM1_DZ + b * 4410 + e] = (acc * 0.020408162847161293) * dact_relu(a3[BATCHNORM1_Z + b * 4410 + e]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel batchnorm1.gradient-sums
// batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 90 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_4_CONCAT1_Z = 14300160u; // a3, 4410 floats per example: dblock3_4_concat1's output
const BATCHNORM1_DZ = 32024832u; // a5, 4410 floats per example: the loss's gradient with respect to batchnorm1's output
const BATCHNORM1_STATS = 2718528u; // a6, 180 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_SUMS = 2718720u; // a6, 180 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a3: array<f32>;
@group(0) @binding(2) var<storage, read_write> a5: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 90u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 90u) { return; }
  let count = step.n * POSITIONS;
  let mean = a6[BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a6[BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[BATCHNORM1_DZ + k * CHANNELS + g] * (a3[DBLOCK3_4_CONCAT1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a6[BATCHNORM1_SUMS + g] = dgamma;
    a6[BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 33: batchnorm1.input-gradient, dblock3_4_concat1.input-gradient to dblock3_4_conv, dblock3_4_concat1.input-gradient to dblock3_3_concat1, dblock3_4_conv.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_4_BATCHNORM1_Z = 13246464u; // a3, 3822 floats per example: dblock3_4_batchnorm1's output
const DBLOCK3_4_CONCAT1_Z = 14300160u; // a3, 4410 floats per example: dblock3_4_concat1's output
const DBLOCK3_3_CONCAT1_DZ = 30406656u; // a5, 3822 floats per example: the loss's gradient with respect to dblock3_3_concat1's output
const DBLOCK3_4_BATCHNORM1_DZ = 30895872u; // a5, 3822 floats per example: the loss's gradient with respect to dblock3_4_batchnorm1's output
const DBLOCK3_4_CONV_DZ = 31385088u; // a5, 588 floats per example: the loss's gradient with respect to dblock3_4_conv's output
const DBLOCK3_4_CONCAT1_DZ = 31460352u; // a5, 4410 floats per example: the loss's gradient with respect to dblock3_4_concat1's output
const BATCHNORM1_DZ = 32024832u; // a5, 4410 floats per example: the loss's gradient with respect to batchnorm1's output
const BATCHNORM1_STATS = 2718528u; // a6, 180 floats: batchnorm1's batch mean, then variance, per channel
const BATCHNORM1_SUMS = 2718720u; // a6, 180 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK3_4_CONV_KERNEL = 68692u; // params: dblock3_4_conv/kernel [3, 3, 78, 12]
const BATCHNORM1_GAMMA = 77128u; // params: batchnorm1/gamma [90]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;
@group(0) @binding(4) var<storage, read_write> a6: array<f32>;

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
  // batchnorm1.input-gradient: the gradient reaching dblock3_4_concat1 through the batch's normalization; an item per element
  {
    const ITEMS = 4410;
    const CHANNELS = 90;
    const POSITIONS = 49;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 4410 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a6[BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a3[DBLOCK3_4_CONCAT1_Z + i] - a6[BATCHNORM1_STATS + c]) * inv;
      let dx = params[BATCHNORM1_GAMMA + c] * inv * (a5[BATCHNORM1_DZ + i] - a6[BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a6[BATCHNORM1_SUMS + c] / count);
      a5[DBLOCK3_4_CONCAT1_DZ + i] = dx;
    }
  }
  storageBarrier();
  // dblock3_4_concat1.input-gradient to dblock3_4_conv: the gradient reaching dblock3_4_conv: channels 78–89 of dz; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 90;
    const FIRST = 78;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a5[DBLOCK3_4_CONV_DZ + b * 588 + e] = a5[DBLOCK3_4_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock3_4_concat1.input-gradient to dblock3_3_concat1: the gradient reaching dblock3_3_concat1: channels 0–77 of dz; an item per element of it
  {
    const ITEMS = 3822;
    const POSITIONS = 49;
    const IN_C = 78;
    const OUT_C = 90;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a5[DBLOCK3_3_CONCAT1_DZ + b * 3822 + e] = a5[DBLOCK3_4_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock3_4_conv.input-gradient: the gradient reaching dblock3_4_batchnorm1: dz through the transposed kernel; an item per 6 channels × 1 positions of a row
  {
    const ITEMS = 637;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 78;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
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
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let ty = i32(iy) + PAD_TOP - ky;
        if (ty >= 0 && ty < OUT_H) {
          let row = (b * OUT_H + u32(ty)) * OUT_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let tx = i32(ix) + PAD_LEFT - kx;
            let in0 = tx >= 0 && tx < OUT_W;
            let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
            let wi = DBLOCK3_4_CONV_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a5[DBLOCK3_4_CONV_DZ + di0 + co], in0);
              let w0 = params[wi + co];
              let w1 = params[wi + OUT_C + co];
              let w2 = params[wi + OUT_C * 2 + co];
              let w3 = params[wi + OUT_C * 3 + co];
              let w4 = params[wi + OUT_C * 4 + co];
              let w5 = params[wi + OUT_C * 5 + co];
              acc0_0 = acc0_0 + d0 * w0;
              acc1_0 = acc1_0 + d0 * w1;
              acc2_0 = acc2_0 + d0 * w2;
              acc3_0 = acc3_0 + d0 * w3;
              acc4_0 = acc4_0 + d0 * w4;
              acc5_0 = acc5_0 + d0 * w5;
            }
          }
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      a5[DBLOCK3_4_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a3[DBLOCK3_4_BATCHNORM1_Z + at0]);
      a5[DBLOCK3_4_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a3[DBLOCK3_4_BATCHNORM1_Z + at0 + 1]);
      a5[DBLOCK3_4_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a3[DBLOCK3_4_BATCHNORM1_Z + at0 + 2]);
      a5[DBLOCK3_4_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a3[DBLOCK3_4_BATCHNORM1_Z + at0 + 3]);
      a5[DBLOCK3_4_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a3[DBLOCK3_4_BATCHNORM1_Z + at0 + 4]);
      a5[DBLOCK3_4_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a3[DBLOCK3_4_BATCHNORM1_Z + at0 + 5]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock3_4_batchnorm1.gradient-sums
// dblock3_4_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 78 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_3_CONCAT1_Z = 12757248u; // a3, 3822 floats per example: dblock3_3_concat1's output
const DBLOCK3_4_BATCHNORM1_DZ = 30895872u; // a5, 3822 floats per example: the loss's gradient with respect to dblock3_4_batchnorm1's output
const DBLOCK3_4_BATCHNORM1_STATS = 2659072u; // a6, 156 floats: dblock3_4_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_4_BATCHNORM1_SUMS = 2659264u; // a6, 156 floats: dblock3_4_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a3: array<f32>;
@group(0) @binding(2) var<storage, read_write> a5: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 78u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 78u) { return; }
  let count = step.n * POSITIONS;
  let mean = a6[DBLOCK3_4_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a6[DBLOCK3_4_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK3_4_BATCHNORM1_DZ + k * CHANNELS + g] * (a3[DBLOCK3_3_CONCAT1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK3_4_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a6[DBLOCK3_4_BATCHNORM1_SUMS + g] = dgamma;
    a6[DBLOCK3_4_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 35: dblock3_4_batchnorm1.input-gradient, dblock3_3_concat1.input-gradient to dblock3_3_conv, dblock3_3_concat1.input-gradient to dblock3_2_concat1, dblock3_3_conv.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_3_BATCHNORM1_Z = 11854080u; // a3, 3234 floats per example: dblock3_3_batchnorm1's output
const DBLOCK3_3_CONCAT1_Z = 12757248u; // a3, 3822 floats per example: dblock3_3_concat1's output
const DBLOCK3_2_CONCAT1_DZ = 29503488u; // a5, 3234 floats per example: the loss's gradient with respect to dblock3_2_concat1's output
const DBLOCK3_3_BATCHNORM1_DZ = 29917440u; // a5, 3234 floats per example: the loss's gradient with respect to dblock3_3_batchnorm1's output
const DBLOCK3_3_CONV_DZ = 30331392u; // a5, 588 floats per example: the loss's gradient with respect to dblock3_3_conv's output
const DBLOCK3_3_CONCAT1_DZ = 30406656u; // a5, 3822 floats per example: the loss's gradient with respect to dblock3_3_concat1's output
const DBLOCK3_4_BATCHNORM1_DZ = 30895872u; // a5, 3822 floats per example: the loss's gradient with respect to dblock3_4_batchnorm1's output
const DBLOCK3_4_BATCHNORM1_STATS = 2659072u; // a6, 156 floats: dblock3_4_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_4_BATCHNORM1_SUMS = 2659264u; // a6, 156 floats: dblock3_4_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK3_3_CONV_KERNEL = 61232u; // params: dblock3_3_conv/kernel [3, 3, 66, 12]
const DBLOCK3_4_BATCHNORM1_GAMMA = 68372u; // params: dblock3_4_batchnorm1/gamma [78]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;
@group(0) @binding(4) var<storage, read_write> a6: array<f32>;

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
  // dblock3_4_batchnorm1.input-gradient: the gradient reaching dblock3_3_concat1 through the batch's normalization; an item per element
  {
    const ITEMS = 3822;
    const CHANNELS = 78;
    const POSITIONS = 49;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3822 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a6[DBLOCK3_4_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a3[DBLOCK3_3_CONCAT1_Z + i] - a6[DBLOCK3_4_BATCHNORM1_STATS + c]) * inv;
      let dx = params[DBLOCK3_4_BATCHNORM1_GAMMA + c] * inv * (a5[DBLOCK3_4_BATCHNORM1_DZ + i] - a6[DBLOCK3_4_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a6[DBLOCK3_4_BATCHNORM1_SUMS + c] / count);
      a5[DBLOCK3_3_CONCAT1_DZ + i] = a5[DBLOCK3_3_CONCAT1_DZ + i] + dx;
    }
  }
  storageBarrier();
  // dblock3_3_concat1.input-gradient to dblock3_3_conv: the gradient reaching dblock3_3_conv: channels 66–77 of dz; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 78;
    const FIRST = 66;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a5[DBLOCK3_3_CONV_DZ + b * 588 + e] = a5[DBLOCK3_3_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock3_3_concat1.input-gradient to dblock3_2_concat1: the gradient reaching dblock3_2_concat1: channels 0–65 of dz; an item per element of it
  {
    const ITEMS = 3234;
    const POSITIONS = 49;
    const IN_C = 66;
    const OUT_C = 78;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a5[DBLOCK3_2_CONCAT1_DZ + b * 3234 + e] = a5[DBLOCK3_3_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock3_3_conv.input-gradient: the gradient reaching dblock3_3_batchnorm1: dz through the transposed kernel; an item per 6 channels × 1 positions of a row
  {
    const ITEMS = 539;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 66;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
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
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let ty = i32(iy) + PAD_TOP - ky;
        if (ty >= 0 && ty < OUT_H) {
          let row = (b * OUT_H + u32(ty)) * OUT_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let tx = i32(ix) + PAD_LEFT - kx;
            let in0 = tx >= 0 && tx < OUT_W;
            let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
            let wi = DBLOCK3_3_CONV_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a5[DBLOCK3_3_CONV_DZ + di0 + co], in0);
              let w0 = params[wi + co];
              let w1 = params[wi + OUT_C + co];
              let w2 = params[wi + OUT_C * 2 + co];
              let w3 = params[wi + OUT_C * 3 + co];
              let w4 = params[wi + OUT_C * 4 + co];
              let w5 = params[wi + OUT_C * 5 + co];
              acc0_0 = acc0_0 + d0 * w0;
              acc1_0 = acc1_0 + d0 * w1;
              acc2_0 = acc2_0 + d0 * w2;
              acc3_0 = acc3_0 + d0 * w3;
              acc4_0 = acc4_0 + d0 * w4;
              acc5_0 = acc5_0 + d0 * w5;
            }
          }
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      a5[DBLOCK3_3_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a3[DBLOCK3_3_BATCHNORM1_Z + at0]);
      a5[DBLOCK3_3_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a3[DBLOCK3_3_BATCHNORM1_Z + at0 + 1]);
      a5[DBLOCK3_3_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a3[DBLOCK3_3_BATCHNORM1_Z + at0 + 2]);
      a5[DBLOCK3_3_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a3[DBLOCK3_3_BATCHNORM1_Z + at0 + 3]);
      a5[DBLOCK3_3_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a3[DBLOCK3_3_BATCHNORM1_Z + at0 + 4]);
      a5[DBLOCK3_3_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a3[DBLOCK3_3_BATCHNORM1_Z + at0 + 5]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock3_3_batchnorm1.gradient-sums
// dblock3_3_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 66 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_2_CONCAT1_Z = 11440128u; // a3, 3234 floats per example: dblock3_2_concat1's output
const DBLOCK3_3_BATCHNORM1_DZ = 29917440u; // a5, 3234 floats per example: the loss's gradient with respect to dblock3_3_batchnorm1's output
const DBLOCK3_3_BATCHNORM1_STATS = 2608704u; // a6, 132 floats: dblock3_3_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_3_BATCHNORM1_SUMS = 2608896u; // a6, 132 floats: dblock3_3_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a3: array<f32>;
@group(0) @binding(2) var<storage, read_write> a5: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 66u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 66u) { return; }
  let count = step.n * POSITIONS;
  let mean = a6[DBLOCK3_3_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a6[DBLOCK3_3_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK3_3_BATCHNORM1_DZ + k * CHANNELS + g] * (a3[DBLOCK3_2_CONCAT1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK3_3_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a6[DBLOCK3_3_BATCHNORM1_SUMS + g] = dgamma;
    a6[DBLOCK3_3_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 37: dblock3_3_batchnorm1.input-gradient, dblock3_2_concat1.input-gradient to dblock3_2_conv, dblock3_2_concat1.input-gradient to dblock3_1_concat1, dblock3_2_conv.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_2_BATCHNORM1_Z = 10687488u; // a3, 2646 floats per example: dblock3_2_batchnorm1's output
const DBLOCK3_2_CONCAT1_Z = 11440128u; // a3, 3234 floats per example: dblock3_2_concat1's output
const DBLOCK3_1_CONCAT1_DZ = 28750848u; // a5, 2646 floats per example: the loss's gradient with respect to dblock3_1_concat1's output
const DBLOCK3_2_BATCHNORM1_DZ = 29089536u; // a5, 2646 floats per example: the loss's gradient with respect to dblock3_2_batchnorm1's output
const DBLOCK3_2_CONV_DZ = 29428224u; // a5, 588 floats per example: the loss's gradient with respect to dblock3_2_conv's output
const DBLOCK3_2_CONCAT1_DZ = 29503488u; // a5, 3234 floats per example: the loss's gradient with respect to dblock3_2_concat1's output
const DBLOCK3_3_BATCHNORM1_DZ = 29917440u; // a5, 3234 floats per example: the loss's gradient with respect to dblock3_3_batchnorm1's output
const DBLOCK3_3_BATCHNORM1_STATS = 2608704u; // a6, 132 floats: dblock3_3_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_3_BATCHNORM1_SUMS = 2608896u; // a6, 132 floats: dblock3_3_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK3_2_CONV_KERNEL = 55116u; // params: dblock3_2_conv/kernel [3, 3, 54, 12]
const DBLOCK3_3_BATCHNORM1_GAMMA = 60960u; // params: dblock3_3_batchnorm1/gamma [66]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;
@group(0) @binding(4) var<storage, read_write> a6: array<f32>;

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
  // dblock3_3_batchnorm1.input-gradient: the gradient reaching dblock3_2_concat1 through the batch's normalization; an item per element
  {
    const ITEMS = 3234;
    const CHANNELS = 66;
    const POSITIONS = 49;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3234 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a6[DBLOCK3_3_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a3[DBLOCK3_2_CONCAT1_Z + i] - a6[DBLOCK3_3_BATCHNORM1_STATS + c]) * inv;
      let dx = params[DBLOCK3_3_BATCHNORM1_GAMMA + c] * inv * (a5[DBLOCK3_3_BATCHNORM1_DZ + i] - a6[DBLOCK3_3_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a6[DBLOCK3_3_BATCHNORM1_SUMS + c] / count);
      a5[DBLOCK3_2_CONCAT1_DZ + i] = a5[DBLOCK3_2_CONCAT1_DZ + i] + dx;
    }
  }
  storageBarrier();
  // dblock3_2_concat1.input-gradient to dblock3_2_conv: the gradient reaching dblock3_2_conv: channels 54–65 of dz; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 66;
    const FIRST = 54;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a5[DBLOCK3_2_CONV_DZ + b * 588 + e] = a5[DBLOCK3_2_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock3_2_concat1.input-gradient to dblock3_1_concat1: the gradient reaching dblock3_1_concat1: channels 0–53 of dz; an item per element of it
  {
    const ITEMS = 2646;
    const POSITIONS = 49;
    const IN_C = 54;
    const OUT_C = 66;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a5[DBLOCK3_1_CONCAT1_DZ + b * 2646 + e] = a5[DBLOCK3_2_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock3_2_conv.input-gradient: the gradient reaching dblock3_2_batchnorm1: dz through the transposed kernel; an item per 6 channels × 1 positions of a row
  {
    const ITEMS = 441;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 54;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
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
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let ty = i32(iy) + PAD_TOP - ky;
        if (ty >= 0 && ty < OUT_H) {
          let row = (b * OUT_H + u32(ty)) * OUT_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let tx = i32(ix) + PAD_LEFT - kx;
            let in0 = tx >= 0 && tx < OUT_W;
            let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
            let wi = DBLOCK3_2_CONV_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a5[DBLOCK3_2_CONV_DZ + di0 + co], in0);
              let w0 = params[wi + co];
              let w1 = params[wi + OUT_C + co];
              let w2 = params[wi + OUT_C * 2 + co];
              let w3 = params[wi + OUT_C * 3 + co];
              let w4 = params[wi + OUT_C * 4 + co];
              let w5 = params[wi + OUT_C * 5 + co];
              acc0_0 = acc0_0 + d0 * w0;
              acc1_0 = acc1_0 + d0 * w1;
              acc2_0 = acc2_0 + d0 * w2;
              acc3_0 = acc3_0 + d0 * w3;
              acc4_0 = acc4_0 + d0 * w4;
              acc5_0 = acc5_0 + d0 * w5;
            }
          }
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      a5[DBLOCK3_2_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a3[DBLOCK3_2_BATCHNORM1_Z + at0]);
      a5[DBLOCK3_2_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a3[DBLOCK3_2_BATCHNORM1_Z + at0 + 1]);
      a5[DBLOCK3_2_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a3[DBLOCK3_2_BATCHNORM1_Z + at0 + 2]);
      a5[DBLOCK3_2_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a3[DBLOCK3_2_BATCHNORM1_Z + at0 + 3]);
      a5[DBLOCK3_2_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a3[DBLOCK3_2_BATCHNORM1_Z + at0 + 4]);
      a5[DBLOCK3_2_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a3[DBLOCK3_2_BATCHNORM1_Z + at0 + 5]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock3_2_batchnorm1.gradient-sums
// dblock3_2_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 54 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_1_CONCAT1_Z = 10348800u; // a3, 2646 floats per example: dblock3_1_concat1's output
const DBLOCK3_2_BATCHNORM1_DZ = 29089536u; // a5, 2646 floats per example: the loss's gradient with respect to dblock3_2_batchnorm1's output
const DBLOCK3_2_BATCHNORM1_STATS = 2567488u; // a6, 108 floats: dblock3_2_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_2_BATCHNORM1_SUMS = 2567616u; // a6, 108 floats: dblock3_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a3: array<f32>;
@group(0) @binding(2) var<storage, read_write> a5: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 54u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 54u) { return; }
  let count = step.n * POSITIONS;
  let mean = a6[DBLOCK3_2_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a6[DBLOCK3_2_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK3_2_BATCHNORM1_DZ + k * CHANNELS + g] * (a3[DBLOCK3_1_CONCAT1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK3_2_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a6[DBLOCK3_2_BATCHNORM1_SUMS + g] = dgamma;
    a6[DBLOCK3_2_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 39: dblock3_2_batchnorm1.input-gradient, dblock3_1_concat1.input-gradient to dblock3_1_conv, dblock3_1_concat1.input-gradient to transition2_pool1, dblock3_1_conv.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK3_1_BATCHNORM1_Z = 9746688u; // a3, 2058 floats per example: dblock3_1_batchnorm1's output
const DBLOCK3_1_CONCAT1_Z = 10348800u; // a3, 2646 floats per example: dblock3_1_concat1's output
const TRANSITION2_POOL1_DZ = 28148736u; // a5, 2058 floats per example: the loss's gradient with respect to transition2_pool1's output
const DBLOCK3_1_BATCHNORM1_DZ = 28412160u; // a5, 2058 floats per example: the loss's gradient with respect to dblock3_1_batchnorm1's output
const DBLOCK3_1_CONV_DZ = 28675584u; // a5, 588 floats per example: the loss's gradient with respect to dblock3_1_conv's output
const DBLOCK3_1_CONCAT1_DZ = 28750848u; // a5, 2646 floats per example: the loss's gradient with respect to dblock3_1_concat1's output
const DBLOCK3_2_BATCHNORM1_DZ = 29089536u; // a5, 2646 floats per example: the loss's gradient with respect to dblock3_2_batchnorm1's output
const DBLOCK3_2_BATCHNORM1_STATS = 2567488u; // a6, 108 floats: dblock3_2_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_2_BATCHNORM1_SUMS = 2567616u; // a6, 108 floats: dblock3_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK3_1_CONV_KERNEL = 50344u; // params: dblock3_1_conv/kernel [3, 3, 42, 12]
const DBLOCK3_2_BATCHNORM1_GAMMA = 54892u; // params: dblock3_2_batchnorm1/gamma [54]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;
@group(0) @binding(4) var<storage, read_write> a6: array<f32>;

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
  // dblock3_2_batchnorm1.input-gradient: the gradient reaching dblock3_1_concat1 through the batch's normalization; an item per element
  {
    const ITEMS = 2646;
    const CHANNELS = 54;
    const POSITIONS = 49;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 2646 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a6[DBLOCK3_2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a3[DBLOCK3_1_CONCAT1_Z + i] - a6[DBLOCK3_2_BATCHNORM1_STATS + c]) * inv;
      let dx = params[DBLOCK3_2_BATCHNORM1_GAMMA + c] * inv * (a5[DBLOCK3_2_BATCHNORM1_DZ + i] - a6[DBLOCK3_2_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a6[DBLOCK3_2_BATCHNORM1_SUMS + c] / count);
      a5[DBLOCK3_1_CONCAT1_DZ + i] = a5[DBLOCK3_1_CONCAT1_DZ + i] + dx;
    }
  }
  storageBarrier();
  // dblock3_1_concat1.input-gradient to dblock3_1_conv: the gradient reaching dblock3_1_conv: channels 42–53 of dz; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 54;
    const FIRST = 42;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a5[DBLOCK3_1_CONV_DZ + b * 588 + e] = a5[DBLOCK3_1_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock3_1_concat1.input-gradient to transition2_pool1: the gradient reaching transition2_pool1: channels 0–41 of dz; an item per element of it
  {
    const ITEMS = 2058;
    const POSITIONS = 49;
    const IN_C = 42;
    const OUT_C = 54;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a5[TRANSITION2_POOL1_DZ + b * 2058 + e] = a5[DBLOCK3_1_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock3_1_conv.input-gradient: the gradient reaching dblock3_1_batchnorm1: dz through the transposed kernel; an item per 6 channels × 1 positions of a row
  {
    const ITEMS = 343;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 42;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 49;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
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
      for (var ky = 0; ky < KERNEL_H; ky++) {
        let ty = i32(iy) + PAD_TOP - ky;
        if (ty >= 0 && ty < OUT_H) {
          let row = (b * OUT_H + u32(ty)) * OUT_W;
          for (var kx = 0; kx < KERNEL_W; kx++) {
            let tx = i32(ix) + PAD_LEFT - kx;
            let in0 = tx >= 0 && tx < OUT_W;
            let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
            let wi = DBLOCK3_1_CONV_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a5[DBLOCK3_1_CONV_DZ + di0 + co], in0);
              let w0 = params[wi + co];
              let w1 = params[wi + OUT_C + co];
              let w2 = params[wi + OUT_C * 2 + co];
              let w3 = params[wi + OUT_C * 3 + co];
              let w4 = params[wi + OUT_C * 4 + co];
              let w5 = params[wi + OUT_C * 5 + co];
              acc0_0 = acc0_0 + d0 * w0;
              acc1_0 = acc1_0 + d0 * w1;
              acc2_0 = acc2_0 + d0 * w2;
              acc3_0 = acc3_0 + d0 * w3;
              acc4_0 = acc4_0 + d0 * w4;
              acc5_0 = acc5_0 + d0 * w5;
            }
          }
        }
      }
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      a5[DBLOCK3_1_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a3[DBLOCK3_1_BATCHNORM1_Z + at0]);
      a5[DBLOCK3_1_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a3[DBLOCK3_1_BATCHNORM1_Z + at0 + 1]);
      a5[DBLOCK3_1_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a3[DBLOCK3_1_BATCHNORM1_Z + at0 + 2]);
      a5[DBLOCK3_1_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a3[DBLOCK3_1_BATCHNORM1_Z + at0 + 3]);
      a5[DBLOCK3_1_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a3[DBLOCK3_1_BATCHNORM1_Z + at0 + 4]);
      a5[DBLOCK3_1_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a3[DBLOCK3_1_BATCHNORM1_Z + at0 + 5]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock3_1_batchnorm1.gradient-sums
// dblock3_1_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 42 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const TRANSITION2_POOL1_Z = 9483264u; // a3, 2058 floats per example: transition2_pool1's output
const DBLOCK3_1_BATCHNORM1_DZ = 28412160u; // a5, 2058 floats per example: the loss's gradient with respect to dblock3_1_batchnorm1's output
const DBLOCK3_1_BATCHNORM1_STATS = 2535360u; // a6, 84 floats: dblock3_1_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_1_BATCHNORM1_SUMS = 2535488u; // a6, 84 floats: dblock3_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a3: array<f32>;
@group(0) @binding(2) var<storage, read_write> a5: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 42u;
const POSITIONS = 49u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 42u) { return; }
  let count = step.n * POSITIONS;
  let mean = a6[DBLOCK3_1_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a6[DBLOCK3_1_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK3_1_BATCHNORM1_DZ + k * CHANNELS + g] * (a3[TRANSITION2_POOL1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK3_1_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a6[DBLOCK3_1_BATCHNORM1_SUMS + g] = dgamma;
    a6[DBLOCK3_1_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 41: dblock3_1_batchnorm1.input-gradient, transition2_pool1.input-gradient, transition2_conv1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const TRANSITION2_BATCHNORM1_Z = 4214784u; // a3, 16464 floats per example: transition2_batchnorm1's output
const TRANSITION2_POOL1_Z = 9483264u; // a3, 2058 floats per example: transition2_pool1's output
const TRANSITION2_BATCHNORM1_DZ = 24987648u; // a5, 16464 floats per example: the loss's gradient with respect to transition2_batchnorm1's output
const TRANSITION2_CONV1_DZ = 27095040u; // a5, 8232 floats per example: the loss's gradient with respect to transition2_conv1's output
const TRANSITION2_POOL1_DZ = 28148736u; // a5, 2058 floats per example: the loss's gradient with respect to transition2_pool1's output
const DBLOCK3_1_BATCHNORM1_DZ = 28412160u; // a5, 2058 floats per example: the loss's gradient with respect to dblock3_1_batchnorm1's output
const DBLOCK3_1_BATCHNORM1_STATS = 2535360u; // a6, 84 floats: dblock3_1_batchnorm1's batch mean, then variance, per channel
const DBLOCK3_1_BATCHNORM1_SUMS = 2535488u; // a6, 84 floats: dblock3_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const TRANSITION2_CONV1_KERNEL = 46596u; // params: transition2_conv1/kernel [1, 1, 84, 42]
const DBLOCK3_1_BATCHNORM1_GAMMA = 50168u; // params: dblock3_1_batchnorm1/gamma [42]

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;
@group(0) @binding(4) var<storage, read_write> a6: array<f32>;

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
  // dblock3_1_batchnorm1.input-gradient: the gradient reaching transition2_pool1 through the batch's normalization; an item per element
  {
    const ITEMS = 2058;
    const CHANNELS = 42;
    const POSITIONS = 49;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 2058 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a6[DBLOCK3_1_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a3[TRANSITION2_POOL1_Z + i] - a6[DBLOCK3_1_BATCHNORM1_STATS + c]) * inv;
      let dx = params[DBLOCK3_1_BATCHNORM1_GAMMA + c] * inv * (a5[DBLOCK3_1_BATCHNORM1_DZ + i] - a6[DBLOCK3_1_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a6[DBLOCK3_1_BATCHNORM1_SUMS + c] / count);
      a5[TRANSITION2_POOL1_DZ + i] = a5[TRANSITION2_POOL1_DZ + i] + dx;
    }
  }
  storageBarrier();
  // transition2_pool1.input-gradient: the gradient reaching transition2_conv1 through avg pooling: dz/(window cells) to every cell; an item per input element
  {
    const ITEMS = 8232;
    const IN_W = 14;
    const IN_C = 42;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 42;
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
          acc = acc + a5[TRANSITION2_POOL1_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c];
        }
      }
      a5[TRANSITION2_CONV1_DZ + b * 8232 + e] = acc * 0.25;
    }
  }
  storageBarrier();
  // transition2_conv1.input-gradient: the gradient reaching transition2_batchnorm1: dz through the transposed kernel; an item per 6 channels × 2 positions of a row
  {
    const ITEMS = 1372;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 84;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 42;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
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
      let ty = i32(iy);
      if (ty >= 0 && ty < OUT_H) {
        let row = (b * OUT_H + u32(ty)) * OUT_W;
        let tx = i32(ix);
        let in0 = tx >= 0 && tx < OUT_W;
        let di0 = (row + u32(clamp(tx, 0, OUT_W - 1))) * OUT_C;
        let in1 = tx + 1 >= 0 && tx + 1 < OUT_W;
        let di1 = (row + u32(clamp(tx + 1, 0, OUT_W - 1))) * OUT_C;
        let wi = TRANSITION2_CONV1_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a5[TRANSITION2_CONV1_DZ + di0 + co], in0);
          let d1 = select(0.0, a5[TRANSITION2_CONV1_DZ + di1 + co], in1);
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
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      let at1 = (b * IN_H * IN_W + iy * IN_W + ix + 1) * IN_C + ci;
      a5[TRANSITION2_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a3[TRANSITION2_BATCHNORM1_Z + at0]);
      a5[TRANSITION2_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a3[TRANSITION2_BATCHNORM1_Z + at1]);
      a5[TRANSITION2_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a3[TRANSITION2_BATCHNORM1_Z + at0 + 1]);
      a5[TRANSITION2_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a3[TRANSITION2_BATCHNORM1_Z + at1 + 1]);
      a5[TRANSITION2_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a3[TRANSITION2_BATCHNORM1_Z + at0 + 2]);
      a5[TRANSITION2_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a3[TRANSITION2_BATCHNORM1_Z + at1 + 2]);
      a5[TRANSITION2_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a3[TRANSITION2_BATCHNORM1_Z + at0 + 3]);
      a5[TRANSITION2_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a3[TRANSITION2_BATCHNORM1_Z + at1 + 3]);
      a5[TRANSITION2_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a3[TRANSITION2_BATCHNORM1_Z + at0 + 4]);
      a5[TRANSITION2_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a3[TRANSITION2_BATCHNORM1_Z + at1 + 4]);
      a5[TRANSITION2_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a3[TRANSITION2_BATCHNORM1_Z + at0 + 5]);
      a5[TRANSITION2_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a3[TRANSITION2_BATCHNORM1_Z + at1 + 5]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel transition2_batchnorm1.gradient-sums
// transition2_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 84 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_4_CONCAT1_Z = 2107392u; // a3, 16464 floats per example: dblock2_4_concat1's output
const TRANSITION2_BATCHNORM1_DZ = 24987648u; // a5, 16464 floats per example: the loss's gradient with respect to transition2_batchnorm1's output
const TRANSITION2_BATCHNORM1_STATS = 2442112u; // a6, 168 floats: transition2_batchnorm1's batch mean, then variance, per channel
const TRANSITION2_BATCHNORM1_SUMS = 2442304u; // a6, 168 floats: transition2_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a3: array<f32>;
@group(0) @binding(2) var<storage, read_write> a5: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 84u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 84u) { return; }
  let count = step.n * POSITIONS;
  let mean = a6[TRANSITION2_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a6[TRANSITION2_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[TRANSITION2_BATCHNORM1_DZ + k * CHANNELS + g] * (a3[DBLOCK2_4_CONCAT1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[TRANSITION2_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a6[TRANSITION2_BATCHNORM1_SUMS + g] = dgamma;
    a6[TRANSITION2_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 43: transition2_batchnorm1.input-gradient, dblock2_4_concat1.input-gradient to dblock2_4_conv, dblock2_4_concat1.input-gradient to dblock2_3_concat1, dblock2_4_conv.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_4_BATCHNORM1_Z = 31610880u; // a2, 14112 floats per example: dblock2_4_batchnorm1's output
const DBLOCK2_4_CONCAT1_Z = 2107392u; // a3, 16464 floats per example: dblock2_4_concat1's output
const DBLOCK2_3_CONCAT1_DZ = 18966528u; // a5, 14112 floats per example: the loss's gradient with respect to dblock2_3_concat1's output
const DBLOCK2_4_BATCHNORM1_DZ = 20772864u; // a5, 14112 floats per example: the loss's gradient with respect to dblock2_4_batchnorm1's output
const DBLOCK2_4_CONV_DZ = 22579200u; // a5, 2352 floats per example: the loss's gradient with respect to dblock2_4_conv's output
const DBLOCK2_4_CONCAT1_DZ = 22880256u; // a5, 16464 floats per example: the loss's gradient with respect to dblock2_4_concat1's output
const TRANSITION2_BATCHNORM1_DZ = 24987648u; // a5, 16464 floats per example: the loss's gradient with respect to transition2_batchnorm1's output
const TRANSITION2_BATCHNORM1_STATS = 2442112u; // a6, 168 floats: transition2_batchnorm1's batch mean, then variance, per channel
const TRANSITION2_BATCHNORM1_SUMS = 2442304u; // a6, 168 floats: transition2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK2_4_CONV_KERNEL = 38472u; // params: dblock2_4_conv/kernel [3, 3, 72, 12]
const TRANSITION2_BATCHNORM1_GAMMA = 46260u; // params: transition2_batchnorm1/gamma [84]

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;
@group(0) @binding(3) var<storage, read_write> a3: array<f32>;
@group(0) @binding(4) var<storage, read_write> a5: array<f32>;
@group(0) @binding(5) var<storage, read_write> a6: array<f32>;

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
  // transition2_batchnorm1.input-gradient: the gradient reaching dblock2_4_concat1 through the batch's normalization; an item per element
  {
    const ITEMS = 16464;
    const CHANNELS = 84;
    const POSITIONS = 196;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 16464 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a6[TRANSITION2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a3[DBLOCK2_4_CONCAT1_Z + i] - a6[TRANSITION2_BATCHNORM1_STATS + c]) * inv;
      let dx = params[TRANSITION2_BATCHNORM1_GAMMA + c] * inv * (a5[TRANSITION2_BATCHNORM1_DZ + i] - a6[TRANSITION2_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a6[TRANSITION2_BATCHNORM1_SUMS + c] / count);
      a5[DBLOCK2_4_CONCAT1_DZ + i] = dx;
    }
  }
  storageBarrier();
  // dblock2_4_concat1.input-gradient to dblock2_4_conv: the gradient reaching dblock2_4_conv: channels 72–83 of dz; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 196;
    const IN_C = 12;
    const OUT_C = 84;
    const FIRST = 72;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a5[DBLOCK2_4_CONV_DZ + b * 2352 + e] = a5[DBLOCK2_4_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock2_4_concat1.input-gradient to dblock2_3_concat1: the gradient reaching dblock2_3_concat1: channels 0–71 of dz; an item per element of it
  {
    const ITEMS = 14112;
    const POSITIONS = 196;
    const IN_C = 72;
    const OUT_C = 84;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a5[DBLOCK2_3_CONCAT1_DZ + b * 14112 + e] = a5[DBLOCK2_4_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock2_4_conv.input-gradient: the gradient reaching dblock2_4_batchnorm1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 882;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 72;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
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
            let wi = DBLOCK2_4_CONV_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a5[DBLOCK2_4_CONV_DZ + di0 + co], in0);
              let d1 = select(0.0, a5[DBLOCK2_4_CONV_DZ + di1 + co], in1);
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
      a5[DBLOCK2_4_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at0]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at1]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at0 + 1]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at1 + 1]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at0 + 2]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at1 + 2]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at0 + 3]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at1 + 3]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at0 + 4]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at1 + 4]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at0 + 5]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at1 + 5]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at0 + 6] = acc6_0 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at0 + 6]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at1 + 6] = acc6_1 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at1 + 6]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at0 + 7] = acc7_0 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at0 + 7]);
      a5[DBLOCK2_4_BATCHNORM1_DZ + at1 + 7] = acc7_1 * dact_relu(a2[DBLOCK2_4_BATCHNORM1_Z + at1 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock2_4_batchnorm1.gradient-sums
// dblock2_4_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 72 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_3_CONCAT1_Z = 29804544u; // a2, 14112 floats per example: dblock2_3_concat1's output
const DBLOCK2_4_BATCHNORM1_DZ = 20772864u; // a5, 14112 floats per example: the loss's gradient with respect to dblock2_4_batchnorm1's output
const DBLOCK2_4_BATCHNORM1_STATS = 2239232u; // a6, 144 floats: dblock2_4_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_4_BATCHNORM1_SUMS = 2239424u; // a6, 144 floats: dblock2_4_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a2: array<f32>;
@group(0) @binding(2) var<storage, read_write> a5: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 72u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 72u) { return; }
  let count = step.n * POSITIONS;
  let mean = a6[DBLOCK2_4_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a6[DBLOCK2_4_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK2_4_BATCHNORM1_DZ + k * CHANNELS + g] * (a2[DBLOCK2_3_CONCAT1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK2_4_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a6[DBLOCK2_4_BATCHNORM1_SUMS + g] = dgamma;
    a6[DBLOCK2_4_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 45: dblock2_4_batchnorm1.input-gradient, dblock2_3_concat1.input-gradient to dblock2_3_conv, dblock2_3_concat1.input-gradient to dblock2_2_concat1, dblock2_3_conv.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_3_BATCHNORM1_Z = 26492928u; // a2, 11760 floats per example: dblock2_3_batchnorm1's output
const DBLOCK2_3_CONCAT1_Z = 29804544u; // a2, 14112 floats per example: dblock2_3_concat1's output
const DBLOCK2_2_CONCAT1_DZ = 15654912u; // a5, 11760 floats per example: the loss's gradient with respect to dblock2_2_concat1's output
const DBLOCK2_3_BATCHNORM1_DZ = 17160192u; // a5, 11760 floats per example: the loss's gradient with respect to dblock2_3_batchnorm1's output
const DBLOCK2_3_CONV_DZ = 18665472u; // a5, 2352 floats per example: the loss's gradient with respect to dblock2_3_conv's output
const DBLOCK2_3_CONCAT1_DZ = 18966528u; // a5, 14112 floats per example: the loss's gradient with respect to dblock2_3_concat1's output
const DBLOCK2_4_BATCHNORM1_DZ = 20772864u; // a5, 14112 floats per example: the loss's gradient with respect to dblock2_4_batchnorm1's output
const DBLOCK2_4_BATCHNORM1_STATS = 2239232u; // a6, 144 floats: dblock2_4_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_4_BATCHNORM1_SUMS = 2239424u; // a6, 144 floats: dblock2_4_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK2_3_CONV_KERNEL = 31692u; // params: dblock2_3_conv/kernel [3, 3, 60, 12]
const DBLOCK2_4_BATCHNORM1_GAMMA = 38184u; // params: dblock2_4_batchnorm1/gamma [72]

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;
@group(0) @binding(4) var<storage, read_write> a6: array<f32>;

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
  // dblock2_4_batchnorm1.input-gradient: the gradient reaching dblock2_3_concat1 through the batch's normalization; an item per element
  {
    const ITEMS = 14112;
    const CHANNELS = 72;
    const POSITIONS = 196;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 14112 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a6[DBLOCK2_4_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a2[DBLOCK2_3_CONCAT1_Z + i] - a6[DBLOCK2_4_BATCHNORM1_STATS + c]) * inv;
      let dx = params[DBLOCK2_4_BATCHNORM1_GAMMA + c] * inv * (a5[DBLOCK2_4_BATCHNORM1_DZ + i] - a6[DBLOCK2_4_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a6[DBLOCK2_4_BATCHNORM1_SUMS + c] / count);
      a5[DBLOCK2_3_CONCAT1_DZ + i] = a5[DBLOCK2_3_CONCAT1_DZ + i] + dx;
    }
  }
  storageBarrier();
  // dblock2_3_concat1.input-gradient to dblock2_3_conv: the gradient reaching dblock2_3_conv: channels 60–71 of dz; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 196;
    const IN_C = 12;
    const OUT_C = 72;
    const FIRST = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a5[DBLOCK2_3_CONV_DZ + b * 2352 + e] = a5[DBLOCK2_3_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock2_3_concat1.input-gradient to dblock2_2_concat1: the gradient reaching dblock2_2_concat1: channels 0–59 of dz; an item per element of it
  {
    const ITEMS = 11760;
    const POSITIONS = 196;
    const IN_C = 60;
    const OUT_C = 72;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a5[DBLOCK2_2_CONCAT1_DZ + b * 11760 + e] = a5[DBLOCK2_3_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock2_3_conv.input-gradient: the gradient reaching dblock2_3_batchnorm1: dz through the transposed kernel; an item per 6 channels × 2 positions of a row
  {
    const ITEMS = 980;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 60;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
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
            let wi = DBLOCK2_3_CONV_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a5[DBLOCK2_3_CONV_DZ + di0 + co], in0);
              let d1 = select(0.0, a5[DBLOCK2_3_CONV_DZ + di1 + co], in1);
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
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      let at1 = (b * IN_H * IN_W + iy * IN_W + ix + 1) * IN_C + ci;
      a5[DBLOCK2_3_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a2[DBLOCK2_3_BATCHNORM1_Z + at0]);
      a5[DBLOCK2_3_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a2[DBLOCK2_3_BATCHNORM1_Z + at1]);
      a5[DBLOCK2_3_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a2[DBLOCK2_3_BATCHNORM1_Z + at0 + 1]);
      a5[DBLOCK2_3_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a2[DBLOCK2_3_BATCHNORM1_Z + at1 + 1]);
      a5[DBLOCK2_3_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a2[DBLOCK2_3_BATCHNORM1_Z + at0 + 2]);
      a5[DBLOCK2_3_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a2[DBLOCK2_3_BATCHNORM1_Z + at1 + 2]);
      a5[DBLOCK2_3_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a2[DBLOCK2_3_BATCHNORM1_Z + at0 + 3]);
      a5[DBLOCK2_3_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a2[DBLOCK2_3_BATCHNORM1_Z + at1 + 3]);
      a5[DBLOCK2_3_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a2[DBLOCK2_3_BATCHNORM1_Z + at0 + 4]);
      a5[DBLOCK2_3_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a2[DBLOCK2_3_BATCHNORM1_Z + at1 + 4]);
      a5[DBLOCK2_3_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a2[DBLOCK2_3_BATCHNORM1_Z + at0 + 5]);
      a5[DBLOCK2_3_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a2[DBLOCK2_3_BATCHNORM1_Z + at1 + 5]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock2_3_batchnorm1.gradient-sums
// dblock2_3_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 60 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_2_CONCAT1_Z = 24987648u; // a2, 11760 floats per example: dblock2_2_concat1's output
const DBLOCK2_3_BATCHNORM1_DZ = 17160192u; // a5, 11760 floats per example: the loss's gradient with respect to dblock2_3_batchnorm1's output
const DBLOCK2_3_BATCHNORM1_STATS = 2070144u; // a6, 120 floats: dblock2_3_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_3_BATCHNORM1_SUMS = 2070272u; // a6, 120 floats: dblock2_3_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a2: array<f32>;
@group(0) @binding(2) var<storage, read_write> a5: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 60u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 60u) { return; }
  let count = step.n * POSITIONS;
  let mean = a6[DBLOCK2_3_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a6[DBLOCK2_3_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK2_3_BATCHNORM1_DZ + k * CHANNELS + g] * (a2[DBLOCK2_2_CONCAT1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK2_3_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a6[DBLOCK2_3_BATCHNORM1_SUMS + g] = dgamma;
    a6[DBLOCK2_3_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 47: dblock2_3_batchnorm1.input-gradient, dblock2_2_concat1.input-gradient to dblock2_2_conv, dblock2_2_concat1.input-gradient to dblock2_1_concat1, dblock2_2_conv.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_2_BATCHNORM1_Z = 22278144u; // a2, 9408 floats per example: dblock2_2_batchnorm1's output
const DBLOCK2_2_CONCAT1_Z = 24987648u; // a2, 11760 floats per example: dblock2_2_concat1's output
const DBLOCK2_1_CONCAT1_DZ = 12945408u; // a5, 9408 floats per example: the loss's gradient with respect to dblock2_1_concat1's output
const DBLOCK2_2_BATCHNORM1_DZ = 14149632u; // a5, 9408 floats per example: the loss's gradient with respect to dblock2_2_batchnorm1's output
const DBLOCK2_2_CONV_DZ = 15353856u; // a5, 2352 floats per example: the loss's gradient with respect to dblock2_2_conv's output
const DBLOCK2_2_CONCAT1_DZ = 15654912u; // a5, 11760 floats per example: the loss's gradient with respect to dblock2_2_concat1's output
const DBLOCK2_3_BATCHNORM1_DZ = 17160192u; // a5, 11760 floats per example: the loss's gradient with respect to dblock2_3_batchnorm1's output
const DBLOCK2_3_BATCHNORM1_STATS = 2070144u; // a6, 120 floats: dblock2_3_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_3_BATCHNORM1_SUMS = 2070272u; // a6, 120 floats: dblock2_3_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK2_2_CONV_KERNEL = 26256u; // params: dblock2_2_conv/kernel [3, 3, 48, 12]
const DBLOCK2_3_BATCHNORM1_GAMMA = 31452u; // params: dblock2_3_batchnorm1/gamma [60]

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;
@group(0) @binding(4) var<storage, read_write> a6: array<f32>;

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
  // dblock2_3_batchnorm1.input-gradient: the gradient reaching dblock2_2_concat1 through the batch's normalization; an item per element
  {
    const ITEMS = 11760;
    const CHANNELS = 60;
    const POSITIONS = 196;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 11760 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a6[DBLOCK2_3_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a2[DBLOCK2_2_CONCAT1_Z + i] - a6[DBLOCK2_3_BATCHNORM1_STATS + c]) * inv;
      let dx = params[DBLOCK2_3_BATCHNORM1_GAMMA + c] * inv * (a5[DBLOCK2_3_BATCHNORM1_DZ + i] - a6[DBLOCK2_3_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a6[DBLOCK2_3_BATCHNORM1_SUMS + c] / count);
      a5[DBLOCK2_2_CONCAT1_DZ + i] = a5[DBLOCK2_2_CONCAT1_DZ + i] + dx;
    }
  }
  storageBarrier();
  // dblock2_2_concat1.input-gradient to dblock2_2_conv: the gradient reaching dblock2_2_conv: channels 48–59 of dz; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 196;
    const IN_C = 12;
    const OUT_C = 60;
    const FIRST = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a5[DBLOCK2_2_CONV_DZ + b * 2352 + e] = a5[DBLOCK2_2_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock2_2_concat1.input-gradient to dblock2_1_concat1: the gradient reaching dblock2_1_concat1: channels 0–47 of dz; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 196;
    const IN_C = 48;
    const OUT_C = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a5[DBLOCK2_1_CONCAT1_DZ + b * 9408 + e] = a5[DBLOCK2_2_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock2_2_conv.input-gradient: the gradient reaching dblock2_2_batchnorm1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 588;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 48;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
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
            let wi = DBLOCK2_2_CONV_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a5[DBLOCK2_2_CONV_DZ + di0 + co], in0);
              let d1 = select(0.0, a5[DBLOCK2_2_CONV_DZ + di1 + co], in1);
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
      a5[DBLOCK2_2_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at0]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at1]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at0 + 1]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at1 + 1]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at0 + 2]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at1 + 2]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at0 + 3]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at1 + 3]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at0 + 4]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at1 + 4]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at0 + 5]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at1 + 5]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at0 + 6] = acc6_0 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at0 + 6]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at1 + 6] = acc6_1 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at1 + 6]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at0 + 7] = acc7_0 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at0 + 7]);
      a5[DBLOCK2_2_BATCHNORM1_DZ + at1 + 7] = acc7_1 * dact_relu(a2[DBLOCK2_2_BATCHNORM1_Z + at1 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock2_2_batchnorm1.gradient-sums
// dblock2_2_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 48 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_1_CONCAT1_Z = 21073920u; // a2, 9408 floats per example: dblock2_1_concat1's output
const DBLOCK2_2_BATCHNORM1_DZ = 14149632u; // a5, 9408 floats per example: the loss's gradient with respect to dblock2_2_batchnorm1's output
const DBLOCK2_2_BATCHNORM1_STATS = 1934784u; // a6, 96 floats: dblock2_2_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_2_BATCHNORM1_SUMS = 1934912u; // a6, 96 floats: dblock2_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a2: array<f32>;
@group(0) @binding(2) var<storage, read_write> a5: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 48u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 48u) { return; }
  let count = step.n * POSITIONS;
  let mean = a6[DBLOCK2_2_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a6[DBLOCK2_2_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK2_2_BATCHNORM1_DZ + k * CHANNELS + g] * (a2[DBLOCK2_1_CONCAT1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK2_2_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a6[DBLOCK2_2_BATCHNORM1_SUMS + g] = dgamma;
    a6[DBLOCK2_2_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 49: dblock2_2_batchnorm1.input-gradient, dblock2_1_concat1.input-gradient to dblock2_1_conv, dblock2_1_concat1.input-gradient to transition1_pool1, dblock2_1_conv.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK2_1_BATCHNORM1_Z = 18966528u; // a2, 7056 floats per example: dblock2_1_batchnorm1's output
const DBLOCK2_1_CONCAT1_Z = 21073920u; // a2, 9408 floats per example: dblock2_1_concat1's output
const TRANSITION1_POOL1_DZ = 10838016u; // a5, 7056 floats per example: the loss's gradient with respect to transition1_pool1's output
const DBLOCK2_1_BATCHNORM1_DZ = 11741184u; // a5, 7056 floats per example: the loss's gradient with respect to dblock2_1_batchnorm1's output
const DBLOCK2_1_CONV_DZ = 12644352u; // a5, 2352 floats per example: the loss's gradient with respect to dblock2_1_conv's output
const DBLOCK2_1_CONCAT1_DZ = 12945408u; // a5, 9408 floats per example: the loss's gradient with respect to dblock2_1_concat1's output
const DBLOCK2_2_BATCHNORM1_DZ = 14149632u; // a5, 9408 floats per example: the loss's gradient with respect to dblock2_2_batchnorm1's output
const DBLOCK2_2_BATCHNORM1_STATS = 1934784u; // a6, 96 floats: dblock2_2_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_2_BATCHNORM1_SUMS = 1934912u; // a6, 96 floats: dblock2_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK2_1_CONV_KERNEL = 22164u; // params: dblock2_1_conv/kernel [3, 3, 36, 12]
const DBLOCK2_2_BATCHNORM1_GAMMA = 26064u; // params: dblock2_2_batchnorm1/gamma [48]

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;
@group(0) @binding(4) var<storage, read_write> a6: array<f32>;

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
  // dblock2_2_batchnorm1.input-gradient: the gradient reaching dblock2_1_concat1 through the batch's normalization; an item per element
  {
    const ITEMS = 9408;
    const CHANNELS = 48;
    const POSITIONS = 196;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 9408 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a6[DBLOCK2_2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a2[DBLOCK2_1_CONCAT1_Z + i] - a6[DBLOCK2_2_BATCHNORM1_STATS + c]) * inv;
      let dx = params[DBLOCK2_2_BATCHNORM1_GAMMA + c] * inv * (a5[DBLOCK2_2_BATCHNORM1_DZ + i] - a6[DBLOCK2_2_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a6[DBLOCK2_2_BATCHNORM1_SUMS + c] / count);
      a5[DBLOCK2_1_CONCAT1_DZ + i] = a5[DBLOCK2_1_CONCAT1_DZ + i] + dx;
    }
  }
  storageBarrier();
  // dblock2_1_concat1.input-gradient to dblock2_1_conv: the gradient reaching dblock2_1_conv: channels 36–47 of dz; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 196;
    const IN_C = 12;
    const OUT_C = 48;
    const FIRST = 36;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a5[DBLOCK2_1_CONV_DZ + b * 2352 + e] = a5[DBLOCK2_1_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock2_1_concat1.input-gradient to transition1_pool1: the gradient reaching transition1_pool1: channels 0–35 of dz; an item per element of it
  {
    const ITEMS = 7056;
    const POSITIONS = 196;
    const IN_C = 36;
    const OUT_C = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a5[TRANSITION1_POOL1_DZ + b * 7056 + e] = a5[DBLOCK2_1_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock2_1_conv.input-gradient: the gradient reaching dblock2_1_batchnorm1: dz through the transposed kernel; an item per 6 channels × 2 positions of a row
  {
    const ITEMS = 588;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 36;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
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
            let wi = DBLOCK2_1_CONV_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a5[DBLOCK2_1_CONV_DZ + di0 + co], in0);
              let d1 = select(0.0, a5[DBLOCK2_1_CONV_DZ + di1 + co], in1);
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
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      let at1 = (b * IN_H * IN_W + iy * IN_W + ix + 1) * IN_C + ci;
      a5[DBLOCK2_1_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a2[DBLOCK2_1_BATCHNORM1_Z + at0]);
      a5[DBLOCK2_1_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a2[DBLOCK2_1_BATCHNORM1_Z + at1]);
      a5[DBLOCK2_1_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a2[DBLOCK2_1_BATCHNORM1_Z + at0 + 1]);
      a5[DBLOCK2_1_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a2[DBLOCK2_1_BATCHNORM1_Z + at1 + 1]);
      a5[DBLOCK2_1_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a2[DBLOCK2_1_BATCHNORM1_Z + at0 + 2]);
      a5[DBLOCK2_1_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a2[DBLOCK2_1_BATCHNORM1_Z + at1 + 2]);
      a5[DBLOCK2_1_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a2[DBLOCK2_1_BATCHNORM1_Z + at0 + 3]);
      a5[DBLOCK2_1_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a2[DBLOCK2_1_BATCHNORM1_Z + at1 + 3]);
      a5[DBLOCK2_1_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a2[DBLOCK2_1_BATCHNORM1_Z + at0 + 4]);
      a5[DBLOCK2_1_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a2[DBLOCK2_1_BATCHNORM1_Z + at1 + 4]);
      a5[DBLOCK2_1_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a2[DBLOCK2_1_BATCHNORM1_Z + at0 + 5]);
      a5[DBLOCK2_1_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a2[DBLOCK2_1_BATCHNORM1_Z + at1 + 5]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock2_1_batchnorm1.gradient-sums
// dblock2_1_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 36 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const TRANSITION1_POOL1_Z = 18063360u; // a2, 7056 floats per example: transition1_pool1's output
const DBLOCK2_1_BATCHNORM1_DZ = 11741184u; // a5, 7056 floats per example: the loss's gradient with respect to dblock2_1_batchnorm1's output
const DBLOCK2_1_BATCHNORM1_STATS = 1833088u; // a6, 72 floats: dblock2_1_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_1_BATCHNORM1_SUMS = 1833216u; // a6, 72 floats: dblock2_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(1) var<storage, read_write> a2: array<f32>;
@group(0) @binding(2) var<storage, read_write> a5: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 36u;
const POSITIONS = 196u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 36u) { return; }
  let count = step.n * POSITIONS;
  let mean = a6[DBLOCK2_1_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a6[DBLOCK2_1_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK2_1_BATCHNORM1_DZ + k * CHANNELS + g] * (a2[TRANSITION1_POOL1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[DBLOCK2_1_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a6[DBLOCK2_1_BATCHNORM1_SUMS + g] = dgamma;
    a6[DBLOCK2_1_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 51: dblock2_1_batchnorm1.input-gradient, transition1_pool1.input-gradient, transition1_conv1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const TRANSITION1_BATCHNORM1_Z = 0u; // a2, 56448 floats per example: transition1_batchnorm1's output
const TRANSITION1_POOL1_Z = 18063360u; // a2, 7056 floats per example: transition1_pool1's output
const TRANSITION1_BATCHNORM1_DZ = 0u; // a5, 56448 floats per example: the loss's gradient with respect to transition1_batchnorm1's output
const TRANSITION1_CONV1_DZ = 7225344u; // a5, 28224 floats per example: the loss's gradient with respect to transition1_conv1's output
const TRANSITION1_POOL1_DZ = 10838016u; // a5, 7056 floats per example: the loss's gradient with respect to transition1_pool1's output
const DBLOCK2_1_BATCHNORM1_DZ = 11741184u; // a5, 7056 floats per example: the loss's gradient with respect to dblock2_1_batchnorm1's output
const DBLOCK2_1_BATCHNORM1_STATS = 1833088u; // a6, 72 floats: dblock2_1_batchnorm1's batch mean, then variance, per channel
const DBLOCK2_1_BATCHNORM1_SUMS = 1833216u; // a6, 72 floats: dblock2_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const TRANSITION1_CONV1_KERNEL = 19392u; // params: transition1_conv1/kernel [1, 1, 72, 36]
const DBLOCK2_1_BATCHNORM1_GAMMA = 22020u; // params: dblock2_1_batchnorm1/gamma [36]

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
@group(0) @binding(2) var<storage, read_write> a2: array<f32>;
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;
@group(0) @binding(4) var<storage, read_write> a6: array<f32>;

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
  // dblock2_1_batchnorm1.input-gradient: the gradient reaching transition1_pool1 through the batch's normalization; an item per element
  {
    const ITEMS = 7056;
    const CHANNELS = 36;
    const POSITIONS = 196;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 7056 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a6[DBLOCK2_1_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a2[TRANSITION1_POOL1_Z + i] - a6[DBLOCK2_1_BATCHNORM1_STATS + c]) * inv;
      let dx = params[DBLOCK2_1_BATCHNORM1_GAMMA + c] * inv * (a5[DBLOCK2_1_BATCHNORM1_DZ + i] - a6[DBLOCK2_1_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a6[DBLOCK2_1_BATCHNORM1_SUMS + c] / count);
      a5[TRANSITION1_POOL1_DZ + i] = a5[TRANSITION1_POOL1_DZ + i] + dx;
    }
  }
  storageBarrier();
  // transition1_pool1.input-gradient: the gradient reaching transition1_conv1 through avg pooling: dz/(window cells) to every cell; an item per input element
  {
    const ITEMS = 28224;
    const IN_W = 28;
    const IN_C = 36;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 36;
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
          acc = acc + a5[TRANSITION1_POOL1_DZ + ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + c];
        }
      }
      a5[TRANSITION1_CONV1_DZ + b * 28224 + e] = acc * 0.25;
    }
  }
  storageBarrier();
  // transition1_conv1.input-gradient: the gradient reaching transition1_batchnorm1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 3528;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 72;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 36;
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
        let wi = TRANSITION1_CONV1_KERNEL + ci * OUT_C;
        for (var co = 0u; co < OUT_C; co++) {
          let d0 = select(0.0, a5[TRANSITION1_CONV1_DZ + di0 + co], in0);
          let d1 = select(0.0, a5[TRANSITION1_CONV1_DZ + di1 + co], in1);
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
      a5[TRANSITION1_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at0]);
      a5[TRANSITION1_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at1]);
      a5[TRANSITION1_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at0 + 1]);
      a5[TRANSITION1_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at1 + 1]);
      a5[TRANSITION1_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at0 + 2]);
      a5[TRANSITION1_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at1 + 2]);
      a5[TRANSITION1_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at0 + 3]);
      a5[TRANSITION1_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at1 + 3]);
      a5[TRANSITION1_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at0 + 4]);
      a5[TRANSITION1_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at1 + 4]);
      a5[TRANSITION1_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at0 + 5]);
      a5[TRANSITION1_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at1 + 5]);
      a5[TRANSITION1_BATCHNORM1_DZ + at0 + 6] = acc6_0 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at0 + 6]);
      a5[TRANSITION1_BATCHNORM1_DZ + at1 + 6] = acc6_1 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at1 + 6]);
      a5[TRANSITION1_BATCHNORM1_DZ + at0 + 7] = acc7_0 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at0 + 7]);
      a5[TRANSITION1_BATCHNORM1_DZ + at1 + 7] = acc7_1 * dact_relu(a2[TRANSITION1_BATCHNORM1_Z + at1 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel transition1_batchnorm1.gradient-sums
// transition1_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 72 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_4_CONCAT1_Z = 25288704u; // a1, 56448 floats per example: dblock1_4_concat1's output
const TRANSITION1_BATCHNORM1_DZ = 0u; // a5, 56448 floats per example: the loss's gradient with respect to transition1_batchnorm1's output
const TRANSITION1_BATCHNORM1_STATS = 1496320u; // a6, 144 floats: transition1_batchnorm1's batch mean, then variance, per channel
const TRANSITION1_BATCHNORM1_SUMS = 1496512u; // a6, 144 floats: transition1_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(2) var<storage, read_write> a5: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 72u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 72u) { return; }
  let count = step.n * POSITIONS;
  let mean = a6[TRANSITION1_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a6[TRANSITION1_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[TRANSITION1_BATCHNORM1_DZ + k * CHANNELS + g] * (a1[DBLOCK1_4_CONCAT1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a5[TRANSITION1_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a6[TRANSITION1_BATCHNORM1_SUMS + g] = dgamma;
    a6[TRANSITION1_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 53: transition1_batchnorm1.input-gradient, dblock1_4_concat1.input-gradient to dblock1_4_conv, dblock1_4_concat1.input-gradient to dblock1_3_concat1, dblock1_4_conv.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_4_BATCHNORM1_Z = 12042240u; // a1, 47040 floats per example: dblock1_4_batchnorm1's output
const DBLOCK1_4_CONCAT1_Z = 25288704u; // a1, 56448 floats per example: dblock1_4_concat1's output
const DBLOCK1_3_CONCAT1_DZ = 10838016u; // a4, 47040 floats per example: the loss's gradient with respect to dblock1_3_concat1's output
const DBLOCK1_4_BATCHNORM1_DZ = 16859136u; // a4, 47040 floats per example: the loss's gradient with respect to dblock1_4_batchnorm1's output
const DBLOCK1_4_CONV_DZ = 22880256u; // a4, 9408 floats per example: the loss's gradient with respect to dblock1_4_conv's output
const DBLOCK1_4_CONCAT1_DZ = 24084480u; // a4, 56448 floats per example: the loss's gradient with respect to dblock1_4_concat1's output
const TRANSITION1_BATCHNORM1_DZ = 0u; // a5, 56448 floats per example: the loss's gradient with respect to transition1_batchnorm1's output
const TRANSITION1_BATCHNORM1_STATS = 1496320u; // a6, 144 floats: transition1_batchnorm1's batch mean, then variance, per channel
const TRANSITION1_BATCHNORM1_SUMS = 1496512u; // a6, 144 floats: transition1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK1_4_CONV_KERNEL = 12612u; // params: dblock1_4_conv/kernel [3, 3, 60, 12]
const TRANSITION1_BATCHNORM1_GAMMA = 19104u; // params: transition1_batchnorm1/gamma [72]

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
@group(0) @binding(3) var<storage, read_write> a4: array<f32>;
@group(0) @binding(4) var<storage, read_write> a5: array<f32>;
@group(0) @binding(5) var<storage, read_write> a6: array<f32>;

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
  // transition1_batchnorm1.input-gradient: the gradient reaching dblock1_4_concat1 through the batch's normalization; an item per element
  {
    const ITEMS = 56448;
    const CHANNELS = 72;
    const POSITIONS = 784;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 56448 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a6[TRANSITION1_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a1[DBLOCK1_4_CONCAT1_Z + i] - a6[TRANSITION1_BATCHNORM1_STATS + c]) * inv;
      let dx = params[TRANSITION1_BATCHNORM1_GAMMA + c] * inv * (a5[TRANSITION1_BATCHNORM1_DZ + i] - a6[TRANSITION1_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a6[TRANSITION1_BATCHNORM1_SUMS + c] / count);
      a4[DBLOCK1_4_CONCAT1_DZ + i] = dx;
    }
  }
  storageBarrier();
  // dblock1_4_concat1.input-gradient to dblock1_4_conv: the gradient reaching dblock1_4_conv: channels 60–71 of dz; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 784;
    const IN_C = 12;
    const OUT_C = 72;
    const FIRST = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a4[DBLOCK1_4_CONV_DZ + b * 9408 + e] = a4[DBLOCK1_4_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock1_4_concat1.input-gradient to dblock1_3_concat1: the gradient reaching dblock1_3_concat1: channels 0–59 of dz; an item per element of it
  {
    const ITEMS = 47040;
    const POSITIONS = 784;
    const IN_C = 60;
    const OUT_C = 72;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a4[DBLOCK1_3_CONCAT1_DZ + b * 47040 + e] = a4[DBLOCK1_4_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock1_4_conv.input-gradient: the gradient reaching dblock1_4_batchnorm1: dz through the transposed kernel; an item per 6 channels × 2 positions of a row
  {
    const ITEMS = 3920;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 60;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 6;
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
            let wi = DBLOCK1_4_CONV_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a4[DBLOCK1_4_CONV_DZ + di0 + co], in0);
              let d1 = select(0.0, a4[DBLOCK1_4_CONV_DZ + di1 + co], in1);
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
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      let at1 = (b * IN_H * IN_W + iy * IN_W + ix + 1) * IN_C + ci;
      a4[DBLOCK1_4_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a1[DBLOCK1_4_BATCHNORM1_Z + at0]);
      a4[DBLOCK1_4_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a1[DBLOCK1_4_BATCHNORM1_Z + at1]);
      a4[DBLOCK1_4_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a1[DBLOCK1_4_BATCHNORM1_Z + at0 + 1]);
      a4[DBLOCK1_4_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a1[DBLOCK1_4_BATCHNORM1_Z + at1 + 1]);
      a4[DBLOCK1_4_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a1[DBLOCK1_4_BATCHNORM1_Z + at0 + 2]);
      a4[DBLOCK1_4_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a1[DBLOCK1_4_BATCHNORM1_Z + at1 + 2]);
      a4[DBLOCK1_4_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a1[DBLOCK1_4_BATCHNORM1_Z + at0 + 3]);
      a4[DBLOCK1_4_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a1[DBLOCK1_4_BATCHNORM1_Z + at1 + 3]);
      a4[DBLOCK1_4_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a1[DBLOCK1_4_BATCHNORM1_Z + at0 + 4]);
      a4[DBLOCK1_4_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a1[DBLOCK1_4_BATCHNORM1_Z + at1 + 4]);
      a4[DBLOCK1_4_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a1[DBLOCK1_4_BATCHNORM1_Z + at0 + 5]);
      a4[DBLOCK1_4_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a1[DBLOCK1_4_BATCHNORM1_Z + at1 + 5]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock1_4_batchnorm1.gradient-sums
// dblock1_4_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 60 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_3_CONCAT1_Z = 6021120u; // a1, 47040 floats per example: dblock1_3_concat1's output
const DBLOCK1_4_BATCHNORM1_DZ = 16859136u; // a4, 47040 floats per example: the loss's gradient with respect to dblock1_4_batchnorm1's output
const DBLOCK1_4_BATCHNORM1_STATS = 665088u; // a6, 120 floats: dblock1_4_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_4_BATCHNORM1_SUMS = 665216u; // a6, 120 floats: dblock1_4_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(2) var<storage, read_write> a4: array<f32>;
@group(0) @binding(3) var<storage, read_write> a6: array<f32>;

const CHANNELS = 60u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 60u) { return; }
  let count = step.n * POSITIONS;
  let mean = a6[DBLOCK1_4_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a6[DBLOCK1_4_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a4[DBLOCK1_4_BATCHNORM1_DZ + k * CHANNELS + g] * (a1[DBLOCK1_3_CONCAT1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a4[DBLOCK1_4_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a6[DBLOCK1_4_BATCHNORM1_SUMS + g] = dgamma;
    a6[DBLOCK1_4_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 55: dblock1_4_batchnorm1.input-gradient, dblock1_3_concat1.input-gradient to dblock1_3_conv, dblock1_3_concat1.input-gradient to dblock1_2_concat1, dblock1_3_conv.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_3_BATCHNORM1_Z = 25389056u; // a0, 37632 floats per example: dblock1_3_batchnorm1's output
const DBLOCK1_3_CONCAT1_Z = 6021120u; // a1, 47040 floats per example: dblock1_3_concat1's output
const DBLOCK1_2_CONCAT1_DZ = 0u; // a4, 37632 floats per example: the loss's gradient with respect to dblock1_2_concat1's output
const DBLOCK1_3_BATCHNORM1_DZ = 4816896u; // a4, 37632 floats per example: the loss's gradient with respect to dblock1_3_batchnorm1's output
const DBLOCK1_3_CONV_DZ = 9633792u; // a4, 9408 floats per example: the loss's gradient with respect to dblock1_3_conv's output
const DBLOCK1_3_CONCAT1_DZ = 10838016u; // a4, 47040 floats per example: the loss's gradient with respect to dblock1_3_concat1's output
const DBLOCK1_4_BATCHNORM1_DZ = 16859136u; // a4, 47040 floats per example: the loss's gradient with respect to dblock1_4_batchnorm1's output
const DBLOCK1_4_BATCHNORM1_STATS = 665088u; // a6, 120 floats: dblock1_4_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_4_BATCHNORM1_SUMS = 665216u; // a6, 120 floats: dblock1_4_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK1_3_CONV_KERNEL = 7176u; // params: dblock1_3_conv/kernel [3, 3, 48, 12]
const DBLOCK1_4_BATCHNORM1_GAMMA = 12372u; // params: dblock1_4_batchnorm1/gamma [60]

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
@group(0) @binding(4) var<storage, read_write> a4: array<f32>;
@group(0) @binding(5) var<storage, read_write> a6: array<f32>;

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
  // dblock1_4_batchnorm1.input-gradient: the gradient reaching dblock1_3_concat1 through the batch's normalization; an item per element
  {
    const ITEMS = 47040;
    const CHANNELS = 60;
    const POSITIONS = 784;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 47040 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a6[DBLOCK1_4_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a1[DBLOCK1_3_CONCAT1_Z + i] - a6[DBLOCK1_4_BATCHNORM1_STATS + c]) * inv;
      let dx = params[DBLOCK1_4_BATCHNORM1_GAMMA + c] * inv * (a4[DBLOCK1_4_BATCHNORM1_DZ + i] - a6[DBLOCK1_4_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a6[DBLOCK1_4_BATCHNORM1_SUMS + c] / count);
      a4[DBLOCK1_3_CONCAT1_DZ + i] = a4[DBLOCK1_3_CONCAT1_DZ + i] + dx;
    }
  }
  storageBarrier();
  // dblock1_3_concat1.input-gradient to dblock1_3_conv: the gradient reaching dblock1_3_conv: channels 48–59 of dz; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 784;
    const IN_C = 12;
    const OUT_C = 60;
    const FIRST = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a4[DBLOCK1_3_CONV_DZ + b * 9408 + e] = a4[DBLOCK1_3_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock1_3_concat1.input-gradient to dblock1_2_concat1: the gradient reaching dblock1_2_concat1: channels 0–47 of dz; an item per element of it
  {
    const ITEMS = 37632;
    const POSITIONS = 784;
    const IN_C = 48;
    const OUT_C = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a4[DBLOCK1_2_CONCAT1_DZ + b * 37632 + e] = a4[DBLOCK1_3_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock1_3_conv.input-gradient: the gradient reaching dblock1_3_batchnorm1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 2352;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 48;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
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
            let wi = DBLOCK1_3_CONV_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a4[DBLOCK1_3_CONV_DZ + di0 + co], in0);
              let d1 = select(0.0, a4[DBLOCK1_3_CONV_DZ + di1 + co], in1);
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
      a4[DBLOCK1_3_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at0]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at1]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at0 + 1]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at1 + 1]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at0 + 2]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at1 + 2]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at0 + 3]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at1 + 3]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at0 + 4]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at1 + 4]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at0 + 5]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at1 + 5]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at0 + 6] = acc6_0 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at0 + 6]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at1 + 6] = acc6_1 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at1 + 6]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at0 + 7] = acc7_0 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at0 + 7]);
      a4[DBLOCK1_3_BATCHNORM1_DZ + at1 + 7] = acc7_1 * dact_relu(a0[DBLOCK1_3_BATCHNORM1_Z + at1 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock1_3_batchnorm1.gradient-sums
// dblock1_3_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 48 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_2_CONCAT1_Z = 20572160u; // a0, 37632 floats per example: dblock1_2_concat1's output
const DBLOCK1_3_BATCHNORM1_DZ = 4816896u; // a4, 37632 floats per example: the loss's gradient with respect to dblock1_3_batchnorm1's output
const DBLOCK1_3_BATCHNORM1_STATS = 33465728u; // a5, 96 floats: dblock1_3_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_3_BATCHNORM1_SUMS = 33465856u; // a5, 96 floats: dblock1_3_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(2) var<storage, read_write> a4: array<f32>;
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;

const CHANNELS = 48u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 48u) { return; }
  let count = step.n * POSITIONS;
  let mean = a5[DBLOCK1_3_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a5[DBLOCK1_3_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a4[DBLOCK1_3_BATCHNORM1_DZ + k * CHANNELS + g] * (a0[DBLOCK1_2_CONCAT1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a4[DBLOCK1_3_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a5[DBLOCK1_3_BATCHNORM1_SUMS + g] = dgamma;
    a5[DBLOCK1_3_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 57: dblock1_3_batchnorm1.input-gradient, dblock1_2_concat1.input-gradient to dblock1_2_conv, dblock1_2_concat1.input-gradient to dblock1_1_concat1, dblock1_2_conv.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_2_BATCHNORM1_Z = 12142592u; // a0, 28224 floats per example: dblock1_2_batchnorm1's output
const DBLOCK1_2_CONCAT1_Z = 20572160u; // a0, 37632 floats per example: dblock1_2_concat1's output
const DBLOCK1_1_CONCAT1_DZ = 22027520u; // a3, 28224 floats per example: the loss's gradient with respect to dblock1_1_concat1's output
const DBLOCK1_2_BATCHNORM1_DZ = 25640192u; // a3, 28224 floats per example: the loss's gradient with respect to dblock1_2_batchnorm1's output
const DBLOCK1_2_CONV_DZ = 29252864u; // a3, 9408 floats per example: the loss's gradient with respect to dblock1_2_conv's output
const DBLOCK1_2_CONCAT1_DZ = 0u; // a4, 37632 floats per example: the loss's gradient with respect to dblock1_2_concat1's output
const DBLOCK1_3_BATCHNORM1_DZ = 4816896u; // a4, 37632 floats per example: the loss's gradient with respect to dblock1_3_batchnorm1's output
const DBLOCK1_3_BATCHNORM1_STATS = 33465728u; // a5, 96 floats: dblock1_3_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_3_BATCHNORM1_SUMS = 33465856u; // a5, 96 floats: dblock1_3_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK1_2_CONV_KERNEL = 3084u; // params: dblock1_2_conv/kernel [3, 3, 36, 12]
const DBLOCK1_3_BATCHNORM1_GAMMA = 6984u; // params: dblock1_3_batchnorm1/gamma [48]

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
@group(0) @binding(3) var<storage, read_write> a3: array<f32>;
@group(0) @binding(4) var<storage, read_write> a4: array<f32>;
@group(0) @binding(5) var<storage, read_write> a5: array<f32>;

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
  // dblock1_3_batchnorm1.input-gradient: the gradient reaching dblock1_2_concat1 through the batch's normalization; an item per element
  {
    const ITEMS = 37632;
    const CHANNELS = 48;
    const POSITIONS = 784;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 37632 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a5[DBLOCK1_3_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[DBLOCK1_2_CONCAT1_Z + i] - a5[DBLOCK1_3_BATCHNORM1_STATS + c]) * inv;
      let dx = params[DBLOCK1_3_BATCHNORM1_GAMMA + c] * inv * (a4[DBLOCK1_3_BATCHNORM1_DZ + i] - a5[DBLOCK1_3_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a5[DBLOCK1_3_BATCHNORM1_SUMS + c] / count);
      a4[DBLOCK1_2_CONCAT1_DZ + i] = a4[DBLOCK1_2_CONCAT1_DZ + i] + dx;
    }
  }
  storageBarrier();
  // dblock1_2_concat1.input-gradient to dblock1_2_conv: the gradient reaching dblock1_2_conv: channels 36–47 of dz; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 784;
    const IN_C = 12;
    const OUT_C = 48;
    const FIRST = 36;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a3[DBLOCK1_2_CONV_DZ + b * 9408 + e] = a4[DBLOCK1_2_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock1_2_concat1.input-gradient to dblock1_1_concat1: the gradient reaching dblock1_1_concat1: channels 0–35 of dz; an item per element of it
  {
    const ITEMS = 28224;
    const POSITIONS = 784;
    const IN_C = 36;
    const OUT_C = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a3[DBLOCK1_1_CONCAT1_DZ + b * 28224 + e] = a4[DBLOCK1_2_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock1_2_conv.input-gradient: the gradient reaching dblock1_2_batchnorm1: dz through the transposed kernel; an item per 6 channels × 2 positions of a row
  {
    const ITEMS = 2352;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 36;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 6;
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
            let wi = DBLOCK1_2_CONV_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a3[DBLOCK1_2_CONV_DZ + di0 + co], in0);
              let d1 = select(0.0, a3[DBLOCK1_2_CONV_DZ + di1 + co], in1);
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
      let at0 = (b * IN_H * IN_W + iy * IN_W + ix) * IN_C + ci;
      let at1 = (b * IN_H * IN_W + iy * IN_W + ix + 1) * IN_C + ci;
      a3[DBLOCK1_2_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a0[DBLOCK1_2_BATCHNORM1_Z + at0]);
      a3[DBLOCK1_2_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a0[DBLOCK1_2_BATCHNORM1_Z + at1]);
      a3[DBLOCK1_2_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a0[DBLOCK1_2_BATCHNORM1_Z + at0 + 1]);
      a3[DBLOCK1_2_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a0[DBLOCK1_2_BATCHNORM1_Z + at1 + 1]);
      a3[DBLOCK1_2_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a0[DBLOCK1_2_BATCHNORM1_Z + at0 + 2]);
      a3[DBLOCK1_2_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a0[DBLOCK1_2_BATCHNORM1_Z + at1 + 2]);
      a3[DBLOCK1_2_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a0[DBLOCK1_2_BATCHNORM1_Z + at0 + 3]);
      a3[DBLOCK1_2_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a0[DBLOCK1_2_BATCHNORM1_Z + at1 + 3]);
      a3[DBLOCK1_2_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a0[DBLOCK1_2_BATCHNORM1_Z + at0 + 4]);
      a3[DBLOCK1_2_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a0[DBLOCK1_2_BATCHNORM1_Z + at1 + 4]);
      a3[DBLOCK1_2_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a0[DBLOCK1_2_BATCHNORM1_Z + at0 + 5]);
      a3[DBLOCK1_2_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a0[DBLOCK1_2_BATCHNORM1_Z + at1 + 5]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock1_2_batchnorm1.gradient-sums
// dblock1_2_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 36 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_1_CONCAT1_Z = 8529920u; // a0, 28224 floats per example: dblock1_1_concat1's output
const DBLOCK1_2_BATCHNORM1_DZ = 25640192u; // a3, 28224 floats per example: the loss's gradient with respect to dblock1_2_batchnorm1's output
const DBLOCK1_2_BATCHNORM1_STATS = 32966272u; // a5, 72 floats: dblock1_2_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_2_BATCHNORM1_SUMS = 32966400u; // a5, 72 floats: dblock1_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;

const CHANNELS = 36u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 36u) { return; }
  let count = step.n * POSITIONS;
  let mean = a5[DBLOCK1_2_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a5[DBLOCK1_2_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a3[DBLOCK1_2_BATCHNORM1_DZ + k * CHANNELS + g] * (a0[DBLOCK1_1_CONCAT1_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a3[DBLOCK1_2_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a5[DBLOCK1_2_BATCHNORM1_SUMS + g] = dgamma;
    a5[DBLOCK1_2_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 59: dblock1_2_batchnorm1.input-gradient, dblock1_1_concat1.input-gradient to dblock1_1_conv, dblock1_1_concat1.input-gradient to stem, dblock1_1_conv.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DBLOCK1_1_BATCHNORM1_Z = 2508800u; // a0, 18816 floats per example: dblock1_1_batchnorm1's output
const DBLOCK1_1_CONCAT1_Z = 8529920u; // a0, 28224 floats per example: dblock1_1_concat1's output
const STEM_DZ = 16006400u; // a3, 18816 floats per example: the loss's gradient with respect to stem's output
const DBLOCK1_1_BATCHNORM1_DZ = 18414848u; // a3, 18816 floats per example: the loss's gradient with respect to dblock1_1_batchnorm1's output
const DBLOCK1_1_CONV_DZ = 20823296u; // a3, 9408 floats per example: the loss's gradient with respect to dblock1_1_conv's output
const DBLOCK1_1_CONCAT1_DZ = 22027520u; // a3, 28224 floats per example: the loss's gradient with respect to dblock1_1_concat1's output
const DBLOCK1_2_BATCHNORM1_DZ = 25640192u; // a3, 28224 floats per example: the loss's gradient with respect to dblock1_2_batchnorm1's output
const DBLOCK1_2_BATCHNORM1_STATS = 32966272u; // a5, 72 floats: dblock1_2_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_2_BATCHNORM1_SUMS = 32966400u; // a5, 72 floats: dblock1_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK1_1_CONV_KERNEL = 336u; // params: dblock1_1_conv/kernel [3, 3, 24, 12]
const DBLOCK1_2_BATCHNORM1_GAMMA = 2940u; // params: dblock1_2_batchnorm1/gamma [36]

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
@group(0) @binding(3) var<storage, read_write> a3: array<f32>;
@group(0) @binding(4) var<storage, read_write> a5: array<f32>;

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
  // dblock1_2_batchnorm1.input-gradient: the gradient reaching dblock1_1_concat1 through the batch's normalization; an item per element
  {
    const ITEMS = 28224;
    const CHANNELS = 36;
    const POSITIONS = 784;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 28224 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a5[DBLOCK1_2_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[DBLOCK1_1_CONCAT1_Z + i] - a5[DBLOCK1_2_BATCHNORM1_STATS + c]) * inv;
      let dx = params[DBLOCK1_2_BATCHNORM1_GAMMA + c] * inv * (a3[DBLOCK1_2_BATCHNORM1_DZ + i] - a5[DBLOCK1_2_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a5[DBLOCK1_2_BATCHNORM1_SUMS + c] / count);
      a3[DBLOCK1_1_CONCAT1_DZ + i] = a3[DBLOCK1_1_CONCAT1_DZ + i] + dx;
    }
  }
  storageBarrier();
  // dblock1_1_concat1.input-gradient to dblock1_1_conv: the gradient reaching dblock1_1_conv: channels 24–35 of dz; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 784;
    const IN_C = 12;
    const OUT_C = 36;
    const FIRST = 24;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a3[DBLOCK1_1_CONV_DZ + b * 9408 + e] = a3[DBLOCK1_1_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock1_1_concat1.input-gradient to stem: the gradient reaching stem: channels 0–23 of dz; an item per element of it
  {
    const ITEMS = 18816;
    const POSITIONS = 784;
    const IN_C = 24;
    const OUT_C = 36;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a3[STEM_DZ + b * 18816 + e] = a3[DBLOCK1_1_CONCAT1_DZ + at];
    }
  }
  storageBarrier();
  // dblock1_1_conv.input-gradient: the gradient reaching dblock1_1_batchnorm1: dz through the transposed kernel; an item per 8 channels × 2 positions of a row
  {
    const ITEMS = 1176;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 24;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
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
            let wi = DBLOCK1_1_CONV_KERNEL + ((u32(ky) * KERNEL_W + u32(kx)) * IN_C + ci) * OUT_C;
            for (var co = 0u; co < OUT_C; co++) {
              let d0 = select(0.0, a3[DBLOCK1_1_CONV_DZ + di0 + co], in0);
              let d1 = select(0.0, a3[DBLOCK1_1_CONV_DZ + di1 + co], in1);
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
      a3[DBLOCK1_1_BATCHNORM1_DZ + at0] = acc0_0 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at0]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at1] = acc0_1 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at1]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at0 + 1] = acc1_0 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at0 + 1]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at1 + 1] = acc1_1 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at1 + 1]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at0 + 2] = acc2_0 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at0 + 2]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at1 + 2] = acc2_1 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at1 + 2]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at0 + 3] = acc3_0 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at0 + 3]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at1 + 3] = acc3_1 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at1 + 3]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at0 + 4] = acc4_0 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at0 + 4]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at1 + 4] = acc4_1 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at1 + 4]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at0 + 5] = acc5_0 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at0 + 5]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at1 + 5] = acc5_1 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at1 + 5]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at0 + 6] = acc6_0 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at0 + 6]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at1 + 6] = acc6_1 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at1 + 6]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at0 + 7] = acc7_0 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at0 + 7]);
      a3[DBLOCK1_1_BATCHNORM1_DZ + at1 + 7] = acc7_1 * dact_relu(a0[DBLOCK1_1_BATCHNORM1_Z + at1 + 7]);
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel dblock1_1_batchnorm1.gradient-sums
// dblock1_1_batchnorm1's Σ dz·x̂ and Σ dz per channel (gamma's and beta's gradients; a workgroup per channel g)
// 24 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_Z = 100352u; // a0, 18816 floats per example: stem's output
const DBLOCK1_1_BATCHNORM1_DZ = 18414848u; // a3, 18816 floats per example: the loss's gradient with respect to dblock1_1_batchnorm1's output
const DBLOCK1_1_BATCHNORM1_STATS = 32632832u; // a5, 48 floats: dblock1_1_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_1_BATCHNORM1_SUMS = 32632896u; // a5, 48 floats: dblock1_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel

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
@group(0) @binding(2) var<storage, read_write> a3: array<f32>;
@group(0) @binding(3) var<storage, read_write> a5: array<f32>;

const CHANNELS = 24u;
const POSITIONS = 784u; // per example
var<workgroup> scratch: array<f32, 256>;

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 24u) { return; }
  let count = step.n * POSITIONS;
  let mean = a5[DBLOCK1_1_BATCHNORM1_STATS + g];
  let inv = 1.0 / sqrt(a5[DBLOCK1_1_BATCHNORM1_STATS + CHANNELS + g] + 0.0010000000474974513);
  {
    var partial = 0.0;
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a3[DBLOCK1_1_BATCHNORM1_DZ + k * CHANNELS + g] * (a0[STEM_Z + k * CHANNELS + g] - mean) * inv); }
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
    for (var k = t; k < count; k = k + 256u) { partial = partial + (a3[DBLOCK1_1_BATCHNORM1_DZ + k * CHANNELS + g]); }
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
    a5[DBLOCK1_1_BATCHNORM1_SUMS + g] = dgamma;
    a5[DBLOCK1_1_BATCHNORM1_SUMS + CHANNELS + g] = dbeta;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel train 61: dblock1_1_batchnorm1.input-gradient
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_Z = 100352u; // a0, 18816 floats per example: stem's output
const STEM_DZ = 16006400u; // a3, 18816 floats per example: the loss's gradient with respect to stem's output
const DBLOCK1_1_BATCHNORM1_DZ = 18414848u; // a3, 18816 floats per example: the loss's gradient with respect to dblock1_1_batchnorm1's output
const DBLOCK1_1_BATCHNORM1_STATS = 32632832u; // a5, 48 floats: dblock1_1_batchnorm1's batch mean, then variance, per channel
const DBLOCK1_1_BATCHNORM1_SUMS = 32632896u; // a5, 48 floats: dblock1_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK1_1_BATCHNORM1_GAMMA = 240u; // params: dblock1_1_batchnorm1/gamma [24]

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
@group(0) @binding(3) var<storage, read_write> a3: array<f32>;
@group(0) @binding(4) var<storage, read_write> a5: array<f32>;

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
  // dblock1_1_batchnorm1.input-gradient: the gradient reaching stem through the batch's normalization; an item per element
  {
    const ITEMS = 18816;
    const CHANNELS = 24;
    const POSITIONS = 784;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 18816 + e;
      let c = e % CHANNELS;
      let count = f32((step.n) * POSITIONS);
      let inv = 1.0 / sqrt(a5[DBLOCK1_1_BATCHNORM1_STATS + CHANNELS + c] + 0.0010000000474974513);
      let xhat = (a0[STEM_Z + i] - a5[DBLOCK1_1_BATCHNORM1_STATS + c]) * inv;
      let dx = params[DBLOCK1_1_BATCHNORM1_GAMMA + c] * inv * (a3[DBLOCK1_1_BATCHNORM1_DZ + i] - a5[DBLOCK1_1_BATCHNORM1_SUMS + CHANNELS + c] / count - xhat * a5[DBLOCK1_1_BATCHNORM1_SUMS + c] / count);
      a3[STEM_DZ + i] = a3[STEM_DZ + i] + dx;
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel weight-gradients
// every conv and dense layer's weight gradient as partial sums over groups of examples, layer by layer in thread ranges
// one thread per index below 307082, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const DBLOCK1_1_ACTIVATION1_Y = 4917248u; // a0, 18816 floats per example: dblock1_1_activation1's output: relu(dblock1_1_batchnorm1's)
const DBLOCK1_2_ACTIVATION1_Y = 15755264u; // a0, 28224 floats per example: dblock1_2_activation1's output: relu(dblock1_2_batchnorm1's)
const DBLOCK1_3_ACTIVATION1_Y = 0u; // a1, 37632 floats per example: dblock1_3_activation1's output: relu(dblock1_3_batchnorm1's)
const DBLOCK1_4_ACTIVATION1_Y = 18063360u; // a1, 47040 floats per example: dblock1_4_activation1's output: relu(dblock1_4_batchnorm1's)
const TRANSITION1_ACTIVATION1_Y = 7225344u; // a2, 56448 floats per example: transition1_activation1's output: relu(transition1_batchnorm1's)
const DBLOCK2_1_ACTIVATION1_Y = 19869696u; // a2, 7056 floats per example: dblock2_1_activation1's output: relu(dblock2_1_batchnorm1's)
const DBLOCK2_2_ACTIVATION1_Y = 23482368u; // a2, 9408 floats per example: dblock2_2_activation1's output: relu(dblock2_2_batchnorm1's)
const DBLOCK2_3_ACTIVATION1_Y = 27998208u; // a2, 11760 floats per example: dblock2_3_activation1's output: relu(dblock2_3_batchnorm1's)
const DBLOCK2_4_ACTIVATION1_Y = 0u; // a3, 14112 floats per example: dblock2_4_activation1's output: relu(dblock2_4_batchnorm1's)
const TRANSITION2_ACTIVATION1_Y = 6322176u; // a3, 16464 floats per example: transition2_activation1's output: relu(transition2_batchnorm1's)
const DBLOCK3_1_ACTIVATION1_Y = 10010112u; // a3, 2058 floats per example: dblock3_1_activation1's output: relu(dblock3_1_batchnorm1's)
const DBLOCK3_2_ACTIVATION1_Y = 11026176u; // a3, 2646 floats per example: dblock3_2_activation1's output: relu(dblock3_2_batchnorm1's)
const DBLOCK3_3_ACTIVATION1_Y = 12268032u; // a3, 3234 floats per example: dblock3_3_activation1's output: relu(dblock3_3_batchnorm1's)
const DBLOCK3_4_ACTIVATION1_Y = 13735680u; // a3, 3822 floats per example: dblock3_4_activation1's output: relu(dblock3_4_batchnorm1's)
const POOL1_Z = 15993600u; // a3, 90 floats per example: pool1's output
const STEM_DZ = 16006400u; // a3, 18816 floats per example: the loss's gradient with respect to stem's output
const DBLOCK1_1_CONV_DZ = 20823296u; // a3, 9408 floats per example: the loss's gradient with respect to dblock1_1_conv's output
const DBLOCK1_2_CONV_DZ = 29252864u; // a3, 9408 floats per example: the loss's gradient with respect to dblock1_2_conv's output
const DBLOCK1_3_CONV_DZ = 9633792u; // a4, 9408 floats per example: the loss's gradient with respect to dblock1_3_conv's output
const DBLOCK1_4_CONV_DZ = 22880256u; // a4, 9408 floats per example: the loss's gradient with respect to dblock1_4_conv's output
const TRANSITION1_CONV1_DZ = 7225344u; // a5, 28224 floats per example: the loss's gradient with respect to transition1_conv1's output
const DBLOCK2_1_CONV_DZ = 12644352u; // a5, 2352 floats per example: the loss's gradient with respect to dblock2_1_conv's output
const DBLOCK2_2_CONV_DZ = 15353856u; // a5, 2352 floats per example: the loss's gradient with respect to dblock2_2_conv's output
const DBLOCK2_3_CONV_DZ = 18665472u; // a5, 2352 floats per example: the loss's gradient with respect to dblock2_3_conv's output
const DBLOCK2_4_CONV_DZ = 22579200u; // a5, 2352 floats per example: the loss's gradient with respect to dblock2_4_conv's output
const TRANSITION2_CONV1_DZ = 27095040u; // a5, 8232 floats per example: the loss's gradient with respect to transition2_conv1's output
const DBLOCK3_1_CONV_DZ = 28675584u; // a5, 588 floats per example: the loss's gradient with respect to dblock3_1_conv's output
const DBLOCK3_2_CONV_DZ = 29428224u; // a5, 588 floats per example: the loss's gradient with respect to dblock3_2_conv's output
const DBLOCK3_3_CONV_DZ = 30331392u; // a5, 588 floats per example: the loss's gradient with respect to dblock3_3_conv's output
const DBLOCK3_4_CONV_DZ = 31385088u; // a5, 588 floats per example: the loss's gradient with respect to dblock3_4_conv's output
const DENSE1_DZ = 32600832u; // a5, 10 floats per example: the loss's gradient with respect to dense1's output
const STEM_PARTIALS = 32602112u; // a5, 30720 floats: stem's weight-gradient partial sums: 128 groups × 240 weights
const DBLOCK1_1_CONV_PARTIALS = 32632960u; // a5, 333312 floats: dblock1_1_conv's weight-gradient partial sums: 128 groups × 2604 weights
const DBLOCK1_2_CONV_PARTIALS = 32966528u; // a5, 499200 floats: dblock1_2_conv's weight-gradient partial sums: 128 groups × 3900 weights
const DBLOCK1_3_CONV_PARTIALS = 0u; // a6, 665088 floats: dblock1_3_conv's weight-gradient partial sums: 128 groups × 5196 weights
const DBLOCK1_4_CONV_PARTIALS = 665344u; // a6, 830976 floats: dblock1_4_conv's weight-gradient partial sums: 128 groups × 6492 weights
const TRANSITION1_CONV1_PARTIALS = 1496704u; // a6, 336384 floats: transition1_conv1's weight-gradient partial sums: 128 groups × 2628 weights
const DBLOCK2_1_CONV_PARTIALS = 1833344u; // a6, 101400 floats: dblock2_1_conv's weight-gradient partial sums: 26 groups × 3900 weights
const DBLOCK2_2_CONV_PARTIALS = 1935040u; // a6, 135096 floats: dblock2_2_conv's weight-gradient partial sums: 26 groups × 5196 weights
const DBLOCK2_3_CONV_PARTIALS = 2070400u; // a6, 168792 floats: dblock2_3_conv's weight-gradient partial sums: 26 groups × 6492 weights
const DBLOCK2_4_CONV_PARTIALS = 2239616u; // a6, 202488 floats: dblock2_4_conv's weight-gradient partial sums: 26 groups × 7788 weights
const TRANSITION2_CONV1_PARTIALS = 2442496u; // a6, 92820 floats: transition2_conv1's weight-gradient partial sums: 26 groups × 3570 weights
const DBLOCK3_1_CONV_PARTIALS = 2535616u; // a6, 31836 floats: dblock3_1_conv's weight-gradient partial sums: 7 groups × 4548 weights
const DBLOCK3_2_CONV_PARTIALS = 2567744u; // a6, 40908 floats: dblock3_2_conv's weight-gradient partial sums: 7 groups × 5844 weights
const DBLOCK3_3_CONV_PARTIALS = 2609088u; // a6, 49980 floats: dblock3_3_conv's weight-gradient partial sums: 7 groups × 7140 weights
const DBLOCK3_4_CONV_PARTIALS = 2659456u; // a6, 59052 floats: dblock3_4_conv's weight-gradient partial sums: 7 groups × 8436 weights
const DENSE1_PARTIALS = 2718912u; // a6, 910 floats: dense1's weight-gradient partial sums: 1 group × 910 weights

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
@group(0) @binding(4) var<storage, read_write> a3: array<f32>;
@group(0) @binding(5) var<storage, read_write> a4: array<f32>;
@group(0) @binding(6) var<storage, read_write> a5: array<f32>;
@group(0) @binding(7) var<storage, read_write> a6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 307082u) { return; }
  let zero = step.n >> 31u; // 0 (no batch holds 2^31 examples), read at run time so loops from it stay loops
  // stem/kernel: 4 filters × 3 taps of a kernel row × one input channel; 128 groups of 1 example × 18 threads
  if (i < 2304u) {
    const PER_GROUP = 18;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 24;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 4;
    const WEIGHTS = 240;
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
            let d0 = a3[STEM_DZ + di];
            let d1 = a3[STEM_DZ + di + 1];
            let d2 = a3[STEM_DZ + di + 2];
            let d3 = a3[STEM_DZ + di + 3];
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
    a5[STEM_PARTIALS + group * WEIGHTS + wi] = acc0_0;
    a5[STEM_PARTIALS + group * WEIGHTS + wi + 24] = acc0_1;
    a5[STEM_PARTIALS + group * WEIGHTS + wi + 48] = acc0_2;
    a5[STEM_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0;
    a5[STEM_PARTIALS + group * WEIGHTS + wi + 25] = acc1_1;
    a5[STEM_PARTIALS + group * WEIGHTS + wi + 49] = acc1_2;
    a5[STEM_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0;
    a5[STEM_PARTIALS + group * WEIGHTS + wi + 26] = acc2_1;
    a5[STEM_PARTIALS + group * WEIGHTS + wi + 50] = acc2_2;
    a5[STEM_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0;
    a5[STEM_PARTIALS + group * WEIGHTS + wi + 27] = acc3_1;
    a5[STEM_PARTIALS + group * WEIGHTS + wi + 51] = acc3_2;
    return;
  }
  // stem/bias: one filter; 128 groups of 1 example × 24 threads
  if (i >= 2304u && i < 5376u) {
    const PER_GROUP = 24;
    const EXAMPLES = 1;
    const OUT_C = 24;
    const KERNEL_WEIGHTS = 216;
    const WEIGHTS = 240;
    const OUT_POSITIONS = 784;
    let local = i - 2304u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a3[STEM_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a5[STEM_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dblock1_1_conv/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 128 groups of 1 example × 216 threads
  if (i >= 5376u && i < 33024u) {
    const PER_GROUP = 216;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 24;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 12;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 2604;
    let local = i - 5376u;
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
          var x0_0 = select(0.0, a0[DBLOCK1_1_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[DBLOCK1_1_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[DBLOCK1_1_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[DBLOCK1_1_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a3[DBLOCK1_1_CONV_DZ + di];
            let d1 = a3[DBLOCK1_1_CONV_DZ + di + 1];
            let x0_2 = select(0.0, a0[DBLOCK1_1_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[DBLOCK1_1_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a5[DBLOCK1_1_CONV_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a5[DBLOCK1_1_CONV_PARTIALS + group * WEIGHTS + wi + 288] = acc0_0_1;
    a5[DBLOCK1_1_CONV_PARTIALS + group * WEIGHTS + wi + 576] = acc0_0_2;
    a5[DBLOCK1_1_CONV_PARTIALS + group * WEIGHTS + wi + 12] = acc0_1_0;
    a5[DBLOCK1_1_CONV_PARTIALS + group * WEIGHTS + wi + 300] = acc0_1_1;
    a5[DBLOCK1_1_CONV_PARTIALS + group * WEIGHTS + wi + 588] = acc0_1_2;
    a5[DBLOCK1_1_CONV_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a5[DBLOCK1_1_CONV_PARTIALS + group * WEIGHTS + wi + 289] = acc1_0_1;
    a5[DBLOCK1_1_CONV_PARTIALS + group * WEIGHTS + wi + 577] = acc1_0_2;
    a5[DBLOCK1_1_CONV_PARTIALS + group * WEIGHTS + wi + 13] = acc1_1_0;
    a5[DBLOCK1_1_CONV_PARTIALS + group * WEIGHTS + wi + 301] = acc1_1_1;
    a5[DBLOCK1_1_CONV_PARTIALS + group * WEIGHTS + wi + 589] = acc1_1_2;
    return;
  }
  // dblock1_1_conv/bias: one filter; 128 groups of 1 example × 12 threads
  if (i >= 33024u && i < 34560u) {
    const PER_GROUP = 12;
    const EXAMPLES = 1;
    const OUT_C = 12;
    const KERNEL_WEIGHTS = 2592;
    const WEIGHTS = 2604;
    const OUT_POSITIONS = 784;
    let local = i - 33024u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a3[DBLOCK1_1_CONV_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a5[DBLOCK1_1_CONV_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dblock1_2_conv/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 128 groups of 1 example × 324 threads
  if (i >= 34560u && i < 76032u) {
    const PER_GROUP = 324;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 36;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 18;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 3900;
    let local = i - 34560u;
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
          var x0_0 = select(0.0, a0[DBLOCK1_2_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a0[DBLOCK1_2_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a0[DBLOCK1_2_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a0[DBLOCK1_2_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a3[DBLOCK1_2_CONV_DZ + di];
            let d1 = a3[DBLOCK1_2_CONV_DZ + di + 1];
            let x0_2 = select(0.0, a0[DBLOCK1_2_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a0[DBLOCK1_2_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a5[DBLOCK1_2_CONV_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a5[DBLOCK1_2_CONV_PARTIALS + group * WEIGHTS + wi + 432] = acc0_0_1;
    a5[DBLOCK1_2_CONV_PARTIALS + group * WEIGHTS + wi + 864] = acc0_0_2;
    a5[DBLOCK1_2_CONV_PARTIALS + group * WEIGHTS + wi + 12] = acc0_1_0;
    a5[DBLOCK1_2_CONV_PARTIALS + group * WEIGHTS + wi + 444] = acc0_1_1;
    a5[DBLOCK1_2_CONV_PARTIALS + group * WEIGHTS + wi + 876] = acc0_1_2;
    a5[DBLOCK1_2_CONV_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a5[DBLOCK1_2_CONV_PARTIALS + group * WEIGHTS + wi + 433] = acc1_0_1;
    a5[DBLOCK1_2_CONV_PARTIALS + group * WEIGHTS + wi + 865] = acc1_0_2;
    a5[DBLOCK1_2_CONV_PARTIALS + group * WEIGHTS + wi + 13] = acc1_1_0;
    a5[DBLOCK1_2_CONV_PARTIALS + group * WEIGHTS + wi + 445] = acc1_1_1;
    a5[DBLOCK1_2_CONV_PARTIALS + group * WEIGHTS + wi + 877] = acc1_1_2;
    return;
  }
  // dblock1_2_conv/bias: one filter; 128 groups of 1 example × 12 threads
  if (i >= 76032u && i < 77568u) {
    const PER_GROUP = 12;
    const EXAMPLES = 1;
    const OUT_C = 12;
    const KERNEL_WEIGHTS = 3888;
    const WEIGHTS = 3900;
    const OUT_POSITIONS = 784;
    let local = i - 76032u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a3[DBLOCK1_2_CONV_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a5[DBLOCK1_2_CONV_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dblock1_3_conv/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 128 groups of 1 example × 432 threads
  if (i >= 77568u && i < 132864u) {
    const PER_GROUP = 432;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 48;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 24;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 5196;
    let local = i - 77568u;
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
          var x0_0 = select(0.0, a1[DBLOCK1_3_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a1[DBLOCK1_3_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a1[DBLOCK1_3_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a1[DBLOCK1_3_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a4[DBLOCK1_3_CONV_DZ + di];
            let d1 = a4[DBLOCK1_3_CONV_DZ + di + 1];
            let x0_2 = select(0.0, a1[DBLOCK1_3_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a1[DBLOCK1_3_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a6[DBLOCK1_3_CONV_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a6[DBLOCK1_3_CONV_PARTIALS + group * WEIGHTS + wi + 576] = acc0_0_1;
    a6[DBLOCK1_3_CONV_PARTIALS + group * WEIGHTS + wi + 1152] = acc0_0_2;
    a6[DBLOCK1_3_CONV_PARTIALS + group * WEIGHTS + wi + 12] = acc0_1_0;
    a6[DBLOCK1_3_CONV_PARTIALS + group * WEIGHTS + wi + 588] = acc0_1_1;
    a6[DBLOCK1_3_CONV_PARTIALS + group * WEIGHTS + wi + 1164] = acc0_1_2;
    a6[DBLOCK1_3_CONV_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a6[DBLOCK1_3_CONV_PARTIALS + group * WEIGHTS + wi + 577] = acc1_0_1;
    a6[DBLOCK1_3_CONV_PARTIALS + group * WEIGHTS + wi + 1153] = acc1_0_2;
    a6[DBLOCK1_3_CONV_PARTIALS + group * WEIGHTS + wi + 13] = acc1_1_0;
    a6[DBLOCK1_3_CONV_PARTIALS + group * WEIGHTS + wi + 589] = acc1_1_1;
    a6[DBLOCK1_3_CONV_PARTIALS + group * WEIGHTS + wi + 1165] = acc1_1_2;
    return;
  }
  // dblock1_3_conv/bias: one filter; 128 groups of 1 example × 12 threads
  if (i >= 132864u && i < 134400u) {
    const PER_GROUP = 12;
    const EXAMPLES = 1;
    const OUT_C = 12;
    const KERNEL_WEIGHTS = 5184;
    const WEIGHTS = 5196;
    const OUT_POSITIONS = 784;
    let local = i - 132864u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a4[DBLOCK1_3_CONV_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a6[DBLOCK1_3_CONV_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dblock1_4_conv/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 128 groups of 1 example × 540 threads
  if (i >= 134400u && i < 203520u) {
    const PER_GROUP = 540;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 60;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 30;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 6492;
    let local = i - 134400u;
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
          var x0_0 = select(0.0, a1[DBLOCK1_4_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a1[DBLOCK1_4_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a1[DBLOCK1_4_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a1[DBLOCK1_4_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a4[DBLOCK1_4_CONV_DZ + di];
            let d1 = a4[DBLOCK1_4_CONV_DZ + di + 1];
            let x0_2 = select(0.0, a1[DBLOCK1_4_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a1[DBLOCK1_4_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a6[DBLOCK1_4_CONV_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a6[DBLOCK1_4_CONV_PARTIALS + group * WEIGHTS + wi + 720] = acc0_0_1;
    a6[DBLOCK1_4_CONV_PARTIALS + group * WEIGHTS + wi + 1440] = acc0_0_2;
    a6[DBLOCK1_4_CONV_PARTIALS + group * WEIGHTS + wi + 12] = acc0_1_0;
    a6[DBLOCK1_4_CONV_PARTIALS + group * WEIGHTS + wi + 732] = acc0_1_1;
    a6[DBLOCK1_4_CONV_PARTIALS + group * WEIGHTS + wi + 1452] = acc0_1_2;
    a6[DBLOCK1_4_CONV_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a6[DBLOCK1_4_CONV_PARTIALS + group * WEIGHTS + wi + 721] = acc1_0_1;
    a6[DBLOCK1_4_CONV_PARTIALS + group * WEIGHTS + wi + 1441] = acc1_0_2;
    a6[DBLOCK1_4_CONV_PARTIALS + group * WEIGHTS + wi + 13] = acc1_1_0;
    a6[DBLOCK1_4_CONV_PARTIALS + group * WEIGHTS + wi + 733] = acc1_1_1;
    a6[DBLOCK1_4_CONV_PARTIALS + group * WEIGHTS + wi + 1453] = acc1_1_2;
    return;
  }
  // dblock1_4_conv/bias: one filter; 128 groups of 1 example × 12 threads
  if (i >= 203520u && i < 205056u) {
    const PER_GROUP = 12;
    const EXAMPLES = 1;
    const OUT_C = 12;
    const KERNEL_WEIGHTS = 6480;
    const WEIGHTS = 6492;
    const OUT_POSITIONS = 784;
    let local = i - 203520u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a4[DBLOCK1_4_CONV_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a6[DBLOCK1_4_CONV_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // transition1_conv1/kernel: 4 filters × 1 taps of a kernel row × 4 input channels; 128 groups of 1 example × 162 threads
  if (i >= 205056u && i < 225792u) {
    const PER_GROUP = 162;
    const EXAMPLES = 1;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 72;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 36;
    const FILTER_BLOCKS = 9;
    const FILTER_BLOCK = 4;
    const CHANNEL_BLOCKS = 18;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 2628;
    let local = i - 205056u;
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
          let d0 = a5[TRANSITION1_CONV1_DZ + di];
          let d1 = a5[TRANSITION1_CONV1_DZ + di + 1];
          let d2 = a5[TRANSITION1_CONV1_DZ + di + 2];
          let d3 = a5[TRANSITION1_CONV1_DZ + di + 3];
          let x0_0 = a2[TRANSITION1_ACTIVATION1_Y + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a2[TRANSITION1_ACTIVATION1_Y + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a2[TRANSITION1_ACTIVATION1_Y + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a2[TRANSITION1_ACTIVATION1_Y + (row + u32(ox)) * IN_C + ci + 3];
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
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 36] = acc0_1_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 72] = acc0_2_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 108] = acc0_3_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 37] = acc1_1_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 73] = acc1_2_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 109] = acc1_3_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 38] = acc2_1_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 74] = acc2_2_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 110] = acc2_3_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 3] = acc3_0_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 39] = acc3_1_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 75] = acc3_2_0;
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + wi + 111] = acc3_3_0;
    return;
  }
  // transition1_conv1/bias: one filter; 128 groups of 1 example × 36 threads
  if (i >= 225792u && i < 230400u) {
    const PER_GROUP = 36;
    const EXAMPLES = 1;
    const OUT_C = 36;
    const KERNEL_WEIGHTS = 2592;
    const WEIGHTS = 2628;
    const OUT_POSITIONS = 784;
    let local = i - 225792u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a5[TRANSITION1_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a6[TRANSITION1_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dblock2_1_conv/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 26 groups of 5 examples × 324 threads
  if (i >= 230400u && i < 238824u) {
    const PER_GROUP = 324;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 36;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 18;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 3900;
    let local = i - 230400u;
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
          var x0_0 = select(0.0, a2[DBLOCK2_1_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a2[DBLOCK2_1_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a2[DBLOCK2_1_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a2[DBLOCK2_1_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a5[DBLOCK2_1_CONV_DZ + di];
            let d1 = a5[DBLOCK2_1_CONV_DZ + di + 1];
            let x0_2 = select(0.0, a2[DBLOCK2_1_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a2[DBLOCK2_1_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a6[DBLOCK2_1_CONV_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a6[DBLOCK2_1_CONV_PARTIALS + group * WEIGHTS + wi + 432] = acc0_0_1;
    a6[DBLOCK2_1_CONV_PARTIALS + group * WEIGHTS + wi + 864] = acc0_0_2;
    a6[DBLOCK2_1_CONV_PARTIALS + group * WEIGHTS + wi + 12] = acc0_1_0;
    a6[DBLOCK2_1_CONV_PARTIALS + group * WEIGHTS + wi + 444] = acc0_1_1;
    a6[DBLOCK2_1_CONV_PARTIALS + group * WEIGHTS + wi + 876] = acc0_1_2;
    a6[DBLOCK2_1_CONV_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a6[DBLOCK2_1_CONV_PARTIALS + group * WEIGHTS + wi + 433] = acc1_0_1;
    a6[DBLOCK2_1_CONV_PARTIALS + group * WEIGHTS + wi + 865] = acc1_0_2;
    a6[DBLOCK2_1_CONV_PARTIALS + group * WEIGHTS + wi + 13] = acc1_1_0;
    a6[DBLOCK2_1_CONV_PARTIALS + group * WEIGHTS + wi + 445] = acc1_1_1;
    a6[DBLOCK2_1_CONV_PARTIALS + group * WEIGHTS + wi + 877] = acc1_1_2;
    return;
  }
  // dblock2_1_conv/bias: one filter; 26 groups of 5 examples × 12 threads
  if (i >= 238848u && i < 239160u) {
    const PER_GROUP = 12;
    const EXAMPLES = 5;
    const OUT_C = 12;
    const KERNEL_WEIGHTS = 3888;
    const WEIGHTS = 3900;
    const OUT_POSITIONS = 196;
    let local = i - 238848u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a5[DBLOCK2_1_CONV_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a6[DBLOCK2_1_CONV_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dblock2_2_conv/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 26 groups of 5 examples × 432 threads
  if (i >= 239168u && i < 250400u) {
    const PER_GROUP = 432;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 48;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 24;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 5196;
    let local = i - 239168u;
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
          var x0_0 = select(0.0, a2[DBLOCK2_2_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a2[DBLOCK2_2_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a2[DBLOCK2_2_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a2[DBLOCK2_2_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a5[DBLOCK2_2_CONV_DZ + di];
            let d1 = a5[DBLOCK2_2_CONV_DZ + di + 1];
            let x0_2 = select(0.0, a2[DBLOCK2_2_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a2[DBLOCK2_2_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a6[DBLOCK2_2_CONV_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a6[DBLOCK2_2_CONV_PARTIALS + group * WEIGHTS + wi + 576] = acc0_0_1;
    a6[DBLOCK2_2_CONV_PARTIALS + group * WEIGHTS + wi + 1152] = acc0_0_2;
    a6[DBLOCK2_2_CONV_PARTIALS + group * WEIGHTS + wi + 12] = acc0_1_0;
    a6[DBLOCK2_2_CONV_PARTIALS + group * WEIGHTS + wi + 588] = acc0_1_1;
    a6[DBLOCK2_2_CONV_PARTIALS + group * WEIGHTS + wi + 1164] = acc0_1_2;
    a6[DBLOCK2_2_CONV_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a6[DBLOCK2_2_CONV_PARTIALS + group * WEIGHTS + wi + 577] = acc1_0_1;
    a6[DBLOCK2_2_CONV_PARTIALS + group * WEIGHTS + wi + 1153] = acc1_0_2;
    a6[DBLOCK2_2_CONV_PARTIALS + group * WEIGHTS + wi + 13] = acc1_1_0;
    a6[DBLOCK2_2_CONV_PARTIALS + group * WEIGHTS + wi + 589] = acc1_1_1;
    a6[DBLOCK2_2_CONV_PARTIALS + group * WEIGHTS + wi + 1165] = acc1_1_2;
    return;
  }
  // dblock2_2_conv/bias: one filter; 26 groups of 5 examples × 12 threads
  if (i >= 250432u && i < 250744u) {
    const PER_GROUP = 12;
    const EXAMPLES = 5;
    const OUT_C = 12;
    const KERNEL_WEIGHTS = 5184;
    const WEIGHTS = 5196;
    const OUT_POSITIONS = 196;
    let local = i - 250432u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a5[DBLOCK2_2_CONV_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a6[DBLOCK2_2_CONV_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dblock2_3_conv/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 26 groups of 5 examples × 540 threads
  if (i >= 250752u && i < 264792u) {
    const PER_GROUP = 540;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 60;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 30;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 6492;
    let local = i - 250752u;
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
          var x0_0 = select(0.0, a2[DBLOCK2_3_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a2[DBLOCK2_3_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a2[DBLOCK2_3_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a2[DBLOCK2_3_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a5[DBLOCK2_3_CONV_DZ + di];
            let d1 = a5[DBLOCK2_3_CONV_DZ + di + 1];
            let x0_2 = select(0.0, a2[DBLOCK2_3_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a2[DBLOCK2_3_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a6[DBLOCK2_3_CONV_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a6[DBLOCK2_3_CONV_PARTIALS + group * WEIGHTS + wi + 720] = acc0_0_1;
    a6[DBLOCK2_3_CONV_PARTIALS + group * WEIGHTS + wi + 1440] = acc0_0_2;
    a6[DBLOCK2_3_CONV_PARTIALS + group * WEIGHTS + wi + 12] = acc0_1_0;
    a6[DBLOCK2_3_CONV_PARTIALS + group * WEIGHTS + wi + 732] = acc0_1_1;
    a6[DBLOCK2_3_CONV_PARTIALS + group * WEIGHTS + wi + 1452] = acc0_1_2;
    a6[DBLOCK2_3_CONV_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a6[DBLOCK2_3_CONV_PARTIALS + group * WEIGHTS + wi + 721] = acc1_0_1;
    a6[DBLOCK2_3_CONV_PARTIALS + group * WEIGHTS + wi + 1441] = acc1_0_2;
    a6[DBLOCK2_3_CONV_PARTIALS + group * WEIGHTS + wi + 13] = acc1_1_0;
    a6[DBLOCK2_3_CONV_PARTIALS + group * WEIGHTS + wi + 733] = acc1_1_1;
    a6[DBLOCK2_3_CONV_PARTIALS + group * WEIGHTS + wi + 1453] = acc1_1_2;
    return;
  }
  // dblock2_3_conv/bias: one filter; 26 groups of 5 examples × 12 threads
  if (i >= 264832u && i < 265144u) {
    const PER_GROUP = 12;
    const EXAMPLES = 5;
    const OUT_C = 12;
    const KERNEL_WEIGHTS = 6480;
    const WEIGHTS = 6492;
    const OUT_POSITIONS = 196;
    let local = i - 264832u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a5[DBLOCK2_3_CONV_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a6[DBLOCK2_3_CONV_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dblock2_4_conv/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 26 groups of 5 examples × 648 threads
  if (i >= 265152u && i < 282000u) {
    const PER_GROUP = 648;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 72;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 36;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 7788;
    let local = i - 265152u;
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
          var x0_0 = select(0.0, a3[DBLOCK2_4_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a3[DBLOCK2_4_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a3[DBLOCK2_4_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a3[DBLOCK2_4_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a5[DBLOCK2_4_CONV_DZ + di];
            let d1 = a5[DBLOCK2_4_CONV_DZ + di + 1];
            let x0_2 = select(0.0, a3[DBLOCK2_4_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a3[DBLOCK2_4_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a6[DBLOCK2_4_CONV_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a6[DBLOCK2_4_CONV_PARTIALS + group * WEIGHTS + wi + 864] = acc0_0_1;
    a6[DBLOCK2_4_CONV_PARTIALS + group * WEIGHTS + wi + 1728] = acc0_0_2;
    a6[DBLOCK2_4_CONV_PARTIALS + group * WEIGHTS + wi + 12] = acc0_1_0;
    a6[DBLOCK2_4_CONV_PARTIALS + group * WEIGHTS + wi + 876] = acc0_1_1;
    a6[DBLOCK2_4_CONV_PARTIALS + group * WEIGHTS + wi + 1740] = acc0_1_2;
    a6[DBLOCK2_4_CONV_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a6[DBLOCK2_4_CONV_PARTIALS + group * WEIGHTS + wi + 865] = acc1_0_1;
    a6[DBLOCK2_4_CONV_PARTIALS + group * WEIGHTS + wi + 1729] = acc1_0_2;
    a6[DBLOCK2_4_CONV_PARTIALS + group * WEIGHTS + wi + 13] = acc1_1_0;
    a6[DBLOCK2_4_CONV_PARTIALS + group * WEIGHTS + wi + 877] = acc1_1_1;
    a6[DBLOCK2_4_CONV_PARTIALS + group * WEIGHTS + wi + 1741] = acc1_1_2;
    return;
  }
  // dblock2_4_conv/bias: one filter; 26 groups of 5 examples × 12 threads
  if (i >= 282048u && i < 282360u) {
    const PER_GROUP = 12;
    const EXAMPLES = 5;
    const OUT_C = 12;
    const KERNEL_WEIGHTS = 7776;
    const WEIGHTS = 7788;
    const OUT_POSITIONS = 196;
    let local = i - 282048u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a5[DBLOCK2_4_CONV_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a6[DBLOCK2_4_CONV_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // transition2_conv1/kernel: 3 filters × 1 taps of a kernel row × 4 input channels; 26 groups of 5 examples × 294 threads
  if (i >= 282368u && i < 290012u) {
    const PER_GROUP = 294;
    const EXAMPLES = 5;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 84;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 42;
    const FILTER_BLOCKS = 14;
    const FILTER_BLOCK = 3;
    const CHANNEL_BLOCKS = 21;
    const CHANNEL_BLOCK = 4;
    const WEIGHTS = 3570;
    let local = i - 282368u;
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
    for (var b = b0; b < b1; b++) {
      for (var oy = i32(zero); oy < OUT_H; oy++) {
        let row = (b * IN_H + u32(oy)) * IN_W;




        for (var ox = i32(zero); ox < OUT_W; ox++) {
          let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
          let d0 = a5[TRANSITION2_CONV1_DZ + di];
          let d1 = a5[TRANSITION2_CONV1_DZ + di + 1];
          let d2 = a5[TRANSITION2_CONV1_DZ + di + 2];
          let x0_0 = a3[TRANSITION2_ACTIVATION1_Y + (row + u32(ox)) * IN_C + ci];
          let x1_0 = a3[TRANSITION2_ACTIVATION1_Y + (row + u32(ox)) * IN_C + ci + 1];
          let x2_0 = a3[TRANSITION2_ACTIVATION1_Y + (row + u32(ox)) * IN_C + ci + 2];
          let x3_0 = a3[TRANSITION2_ACTIVATION1_Y + (row + u32(ox)) * IN_C + ci + 3];
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




        }
      }
    }
    let wi = ci * OUT_C + co;
    a6[TRANSITION2_CONV1_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a6[TRANSITION2_CONV1_PARTIALS + group * WEIGHTS + wi + 42] = acc0_1_0;
    a6[TRANSITION2_CONV1_PARTIALS + group * WEIGHTS + wi + 84] = acc0_2_0;
    a6[TRANSITION2_CONV1_PARTIALS + group * WEIGHTS + wi + 126] = acc0_3_0;
    a6[TRANSITION2_CONV1_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a6[TRANSITION2_CONV1_PARTIALS + group * WEIGHTS + wi + 43] = acc1_1_0;
    a6[TRANSITION2_CONV1_PARTIALS + group * WEIGHTS + wi + 85] = acc1_2_0;
    a6[TRANSITION2_CONV1_PARTIALS + group * WEIGHTS + wi + 127] = acc1_3_0;
    a6[TRANSITION2_CONV1_PARTIALS + group * WEIGHTS + wi + 2] = acc2_0_0;
    a6[TRANSITION2_CONV1_PARTIALS + group * WEIGHTS + wi + 44] = acc2_1_0;
    a6[TRANSITION2_CONV1_PARTIALS + group * WEIGHTS + wi + 86] = acc2_2_0;
    a6[TRANSITION2_CONV1_PARTIALS + group * WEIGHTS + wi + 128] = acc2_3_0;
    return;
  }
  // transition2_conv1/bias: one filter; 26 groups of 5 examples × 42 threads
  if (i >= 290048u && i < 291140u) {
    const PER_GROUP = 42;
    const EXAMPLES = 5;
    const OUT_C = 42;
    const KERNEL_WEIGHTS = 3528;
    const WEIGHTS = 3570;
    const OUT_POSITIONS = 196;
    let local = i - 290048u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a5[TRANSITION2_CONV1_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a6[TRANSITION2_CONV1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dblock3_1_conv/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 7 groups of 20 examples × 378 threads
  if (i >= 291200u && i < 293846u) {
    const PER_GROUP = 378;
    const EXAMPLES = 20;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 42;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 21;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 4548;
    let local = i - 291200u;
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
          var x0_0 = select(0.0, a3[DBLOCK3_1_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a3[DBLOCK3_1_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a3[DBLOCK3_1_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a3[DBLOCK3_1_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a5[DBLOCK3_1_CONV_DZ + di];
            let d1 = a5[DBLOCK3_1_CONV_DZ + di + 1];
            let x0_2 = select(0.0, a3[DBLOCK3_1_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a3[DBLOCK3_1_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a6[DBLOCK3_1_CONV_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a6[DBLOCK3_1_CONV_PARTIALS + group * WEIGHTS + wi + 504] = acc0_0_1;
    a6[DBLOCK3_1_CONV_PARTIALS + group * WEIGHTS + wi + 1008] = acc0_0_2;
    a6[DBLOCK3_1_CONV_PARTIALS + group * WEIGHTS + wi + 12] = acc0_1_0;
    a6[DBLOCK3_1_CONV_PARTIALS + group * WEIGHTS + wi + 516] = acc0_1_1;
    a6[DBLOCK3_1_CONV_PARTIALS + group * WEIGHTS + wi + 1020] = acc0_1_2;
    a6[DBLOCK3_1_CONV_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a6[DBLOCK3_1_CONV_PARTIALS + group * WEIGHTS + wi + 505] = acc1_0_1;
    a6[DBLOCK3_1_CONV_PARTIALS + group * WEIGHTS + wi + 1009] = acc1_0_2;
    a6[DBLOCK3_1_CONV_PARTIALS + group * WEIGHTS + wi + 13] = acc1_1_0;
    a6[DBLOCK3_1_CONV_PARTIALS + group * WEIGHTS + wi + 517] = acc1_1_1;
    a6[DBLOCK3_1_CONV_PARTIALS + group * WEIGHTS + wi + 1021] = acc1_1_2;
    return;
  }
  // dblock3_1_conv/bias: one filter; 7 groups of 20 examples × 12 threads
  if (i >= 293888u && i < 293972u) {
    const PER_GROUP = 12;
    const EXAMPLES = 20;
    const OUT_C = 12;
    const KERNEL_WEIGHTS = 4536;
    const WEIGHTS = 4548;
    const OUT_POSITIONS = 49;
    let local = i - 293888u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a5[DBLOCK3_1_CONV_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a6[DBLOCK3_1_CONV_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dblock3_2_conv/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 7 groups of 20 examples × 486 threads
  if (i >= 294016u && i < 297418u) {
    const PER_GROUP = 486;
    const EXAMPLES = 20;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 54;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 27;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 5844;
    let local = i - 294016u;
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
          var x0_0 = select(0.0, a3[DBLOCK3_2_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a3[DBLOCK3_2_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a3[DBLOCK3_2_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a3[DBLOCK3_2_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a5[DBLOCK3_2_CONV_DZ + di];
            let d1 = a5[DBLOCK3_2_CONV_DZ + di + 1];
            let x0_2 = select(0.0, a3[DBLOCK3_2_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a3[DBLOCK3_2_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a6[DBLOCK3_2_CONV_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a6[DBLOCK3_2_CONV_PARTIALS + group * WEIGHTS + wi + 648] = acc0_0_1;
    a6[DBLOCK3_2_CONV_PARTIALS + group * WEIGHTS + wi + 1296] = acc0_0_2;
    a6[DBLOCK3_2_CONV_PARTIALS + group * WEIGHTS + wi + 12] = acc0_1_0;
    a6[DBLOCK3_2_CONV_PARTIALS + group * WEIGHTS + wi + 660] = acc0_1_1;
    a6[DBLOCK3_2_CONV_PARTIALS + group * WEIGHTS + wi + 1308] = acc0_1_2;
    a6[DBLOCK3_2_CONV_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a6[DBLOCK3_2_CONV_PARTIALS + group * WEIGHTS + wi + 649] = acc1_0_1;
    a6[DBLOCK3_2_CONV_PARTIALS + group * WEIGHTS + wi + 1297] = acc1_0_2;
    a6[DBLOCK3_2_CONV_PARTIALS + group * WEIGHTS + wi + 13] = acc1_1_0;
    a6[DBLOCK3_2_CONV_PARTIALS + group * WEIGHTS + wi + 661] = acc1_1_1;
    a6[DBLOCK3_2_CONV_PARTIALS + group * WEIGHTS + wi + 1309] = acc1_1_2;
    return;
  }
  // dblock3_2_conv/bias: one filter; 7 groups of 20 examples × 12 threads
  if (i >= 297472u && i < 297556u) {
    const PER_GROUP = 12;
    const EXAMPLES = 20;
    const OUT_C = 12;
    const KERNEL_WEIGHTS = 5832;
    const WEIGHTS = 5844;
    const OUT_POSITIONS = 49;
    let local = i - 297472u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a5[DBLOCK3_2_CONV_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a6[DBLOCK3_2_CONV_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dblock3_3_conv/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 7 groups of 20 examples × 594 threads
  if (i >= 297600u && i < 301758u) {
    const PER_GROUP = 594;
    const EXAMPLES = 20;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 66;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 33;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 7140;
    let local = i - 297600u;
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
          var x0_0 = select(0.0, a3[DBLOCK3_3_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a3[DBLOCK3_3_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a3[DBLOCK3_3_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a3[DBLOCK3_3_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a5[DBLOCK3_3_CONV_DZ + di];
            let d1 = a5[DBLOCK3_3_CONV_DZ + di + 1];
            let x0_2 = select(0.0, a3[DBLOCK3_3_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a3[DBLOCK3_3_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a6[DBLOCK3_3_CONV_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a6[DBLOCK3_3_CONV_PARTIALS + group * WEIGHTS + wi + 792] = acc0_0_1;
    a6[DBLOCK3_3_CONV_PARTIALS + group * WEIGHTS + wi + 1584] = acc0_0_2;
    a6[DBLOCK3_3_CONV_PARTIALS + group * WEIGHTS + wi + 12] = acc0_1_0;
    a6[DBLOCK3_3_CONV_PARTIALS + group * WEIGHTS + wi + 804] = acc0_1_1;
    a6[DBLOCK3_3_CONV_PARTIALS + group * WEIGHTS + wi + 1596] = acc0_1_2;
    a6[DBLOCK3_3_CONV_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a6[DBLOCK3_3_CONV_PARTIALS + group * WEIGHTS + wi + 793] = acc1_0_1;
    a6[DBLOCK3_3_CONV_PARTIALS + group * WEIGHTS + wi + 1585] = acc1_0_2;
    a6[DBLOCK3_3_CONV_PARTIALS + group * WEIGHTS + wi + 13] = acc1_1_0;
    a6[DBLOCK3_3_CONV_PARTIALS + group * WEIGHTS + wi + 805] = acc1_1_1;
    a6[DBLOCK3_3_CONV_PARTIALS + group * WEIGHTS + wi + 1597] = acc1_1_2;
    return;
  }
  // dblock3_3_conv/bias: one filter; 7 groups of 20 examples × 12 threads
  if (i >= 301760u && i < 301844u) {
    const PER_GROUP = 12;
    const EXAMPLES = 20;
    const OUT_C = 12;
    const KERNEL_WEIGHTS = 7128;
    const WEIGHTS = 7140;
    const OUT_POSITIONS = 49;
    let local = i - 301760u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a5[DBLOCK3_3_CONV_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a6[DBLOCK3_3_CONV_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dblock3_4_conv/kernel: 2 filters × 3 taps of a kernel row × 2 input channels; 7 groups of 20 examples × 702 threads
  if (i >= 301888u && i < 306802u) {
    const PER_GROUP = 702;
    const EXAMPLES = 20;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 78;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const FILTER_BLOCKS = 6;
    const FILTER_BLOCK = 2;
    const CHANNEL_BLOCKS = 39;
    const CHANNEL_BLOCK = 2;
    const WEIGHTS = 8436;
    let local = i - 301888u;
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
          var x0_0 = select(0.0, a3[DBLOCK3_4_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x0_1 = select(0.0, a3[DBLOCK3_4_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          var x1_0 = select(0.0, a3[DBLOCK3_4_ACTIVATION1_Y + (row + u32(clamp(0 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 0 - PAD_LEFT >= 0 && 0 - PAD_LEFT < IN_W);
          var x1_1 = select(0.0, a3[DBLOCK3_4_ACTIVATION1_Y + (row + u32(clamp(1 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], 1 - PAD_LEFT >= 0 && 1 - PAD_LEFT < IN_W);
          for (var ox = i32(zero); ox < OUT_W; ox++) {
            let di = ((b * OUT_H + u32(oy)) * OUT_W + u32(ox)) * OUT_C + co;
            let d0 = a5[DBLOCK3_4_CONV_DZ + di];
            let d1 = a5[DBLOCK3_4_CONV_DZ + di + 1];
            let x0_2 = select(0.0, a3[DBLOCK3_4_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
            let x1_2 = select(0.0, a3[DBLOCK3_4_ACTIVATION1_Y + (row + u32(clamp(ox + 2 - PAD_LEFT, 0, IN_W - 1))) * IN_C + ci + 1], ox + 2 - PAD_LEFT >= 0 && ox + 2 - PAD_LEFT < IN_W);
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
    a6[DBLOCK3_4_CONV_PARTIALS + group * WEIGHTS + wi] = acc0_0_0;
    a6[DBLOCK3_4_CONV_PARTIALS + group * WEIGHTS + wi + 936] = acc0_0_1;
    a6[DBLOCK3_4_CONV_PARTIALS + group * WEIGHTS + wi + 1872] = acc0_0_2;
    a6[DBLOCK3_4_CONV_PARTIALS + group * WEIGHTS + wi + 12] = acc0_1_0;
    a6[DBLOCK3_4_CONV_PARTIALS + group * WEIGHTS + wi + 948] = acc0_1_1;
    a6[DBLOCK3_4_CONV_PARTIALS + group * WEIGHTS + wi + 1884] = acc0_1_2;
    a6[DBLOCK3_4_CONV_PARTIALS + group * WEIGHTS + wi + 1] = acc1_0_0;
    a6[DBLOCK3_4_CONV_PARTIALS + group * WEIGHTS + wi + 937] = acc1_0_1;
    a6[DBLOCK3_4_CONV_PARTIALS + group * WEIGHTS + wi + 1873] = acc1_0_2;
    a6[DBLOCK3_4_CONV_PARTIALS + group * WEIGHTS + wi + 13] = acc1_1_0;
    a6[DBLOCK3_4_CONV_PARTIALS + group * WEIGHTS + wi + 949] = acc1_1_1;
    a6[DBLOCK3_4_CONV_PARTIALS + group * WEIGHTS + wi + 1885] = acc1_1_2;
    return;
  }
  // dblock3_4_conv/bias: one filter; 7 groups of 20 examples × 12 threads
  if (i >= 306816u && i < 306900u) {
    const PER_GROUP = 12;
    const EXAMPLES = 20;
    const OUT_C = 12;
    const KERNEL_WEIGHTS = 8424;
    const WEIGHTS = 8436;
    const OUT_POSITIONS = 49;
    let local = i - 306816u;
    let group = local / PER_GROUP;
    let t = local % PER_GROUP;
    let b0 = group * EXAMPLES;
    let b1 = min(b0 + EXAMPLES, step.n);
    let co = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      for (var p = zero; p < OUT_POSITIONS; p++) {
        acc = acc + a5[DBLOCK3_4_CONV_DZ + (b * OUT_POSITIONS + p) * OUT_C + co];
      }
    }
    a6[DBLOCK3_4_CONV_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + co] = acc;
    return;
  }
  // dense1/kernel: 6 input units' weights to 2 output units; 1 group of 128 examples × 75 threads
  if (i >= 306944u && i < 307019u) {
    const IN_UNITS = 90;
    const OUT_UNITS = 10;
    const BLOCK = 6;
    const UNIT_BLOCK = 2;
    const UNIT_BLOCKS = 5;
    const WEIGHTS = 910;
    let local = i - 306944u;
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
      let d0 = a5[DENSE1_DZ + b * OUT_UNITS + o];
      let d1 = a5[DENSE1_DZ + b * OUT_UNITS + o + 1];
      let x0 = a3[POOL1_Z + b * IN_UNITS + k];
      let x1 = a3[POOL1_Z + b * IN_UNITS + k + 1];
      let x2 = a3[POOL1_Z + b * IN_UNITS + k + 2];
      let x3 = a3[POOL1_Z + b * IN_UNITS + k + 3];
      let x4 = a3[POOL1_Z + b * IN_UNITS + k + 4];
      let x5 = a3[POOL1_Z + b * IN_UNITS + k + 5];
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
    a6[DENSE1_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o] = acc0_0;
    a6[DENSE1_PARTIALS + group * WEIGHTS + k * OUT_UNITS + o + 1] = acc0_1;
    a6[DENSE1_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o] = acc1_0;
    a6[DENSE1_PARTIALS + group * WEIGHTS + (k + 1) * OUT_UNITS + o + 1] = acc1_1;
    a6[DENSE1_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o] = acc2_0;
    a6[DENSE1_PARTIALS + group * WEIGHTS + (k + 2) * OUT_UNITS + o + 1] = acc2_1;
    a6[DENSE1_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o] = acc3_0;
    a6[DENSE1_PARTIALS + group * WEIGHTS + (k + 3) * OUT_UNITS + o + 1] = acc3_1;
    a6[DENSE1_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o] = acc4_0;
    a6[DENSE1_PARTIALS + group * WEIGHTS + (k + 4) * OUT_UNITS + o + 1] = acc4_1;
    a6[DENSE1_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o] = acc5_0;
    a6[DENSE1_PARTIALS + group * WEIGHTS + (k + 5) * OUT_UNITS + o + 1] = acc5_1;
    return;
  }
  // dense1/bias: one unit; 1 group of 128 examples × 10 threads
  if (i >= 307072u && i < 307082u) {
    const OUT_UNITS = 10;
    const KERNEL_WEIGHTS = 900;
    const WEIGHTS = 910;
    let local = i - 307072u;
    let group = 0u;
    let t = local;
    let b0 = 0u;
    let b1 = step.n;
    let o = t;
    var acc = 0.0;
    for (var b = b0; b < b1; b++) {
      acc = acc + a5[DENSE1_DZ + b * OUT_UNITS + o];
    }
    a6[DENSE1_PARTIALS + group * WEIGHTS + KERNEL_WEIGHTS + o] = acc;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel partial-sums
// the weight gradients' partial sums, first level: each run of consecutive groups added in order into its first group
// one thread per index below 366720, 64 to a workgroup

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_PARTIALS = 32602112u; // a5, 30720 floats: stem's weight-gradient partial sums: 128 groups × 240 weights
const DBLOCK1_1_CONV_PARTIALS = 32632960u; // a5, 333312 floats: dblock1_1_conv's weight-gradient partial sums: 128 groups × 2604 weights
const DBLOCK1_2_CONV_PARTIALS = 32966528u; // a5, 499200 floats: dblock1_2_conv's weight-gradient partial sums: 128 groups × 3900 weights
const DBLOCK1_3_CONV_PARTIALS = 0u; // a6, 665088 floats: dblock1_3_conv's weight-gradient partial sums: 128 groups × 5196 weights
const DBLOCK1_4_CONV_PARTIALS = 665344u; // a6, 830976 floats: dblock1_4_conv's weight-gradient partial sums: 128 groups × 6492 weights
const TRANSITION1_CONV1_PARTIALS = 1496704u; // a6, 336384 floats: transition1_conv1's weight-gradient partial sums: 128 groups × 2628 weights
const DBLOCK2_1_CONV_PARTIALS = 1833344u; // a6, 101400 floats: dblock2_1_conv's weight-gradient partial sums: 26 groups × 3900 weights
const DBLOCK2_2_CONV_PARTIALS = 1935040u; // a6, 135096 floats: dblock2_2_conv's weight-gradient partial sums: 26 groups × 5196 weights
const DBLOCK2_3_CONV_PARTIALS = 2070400u; // a6, 168792 floats: dblock2_3_conv's weight-gradient partial sums: 26 groups × 6492 weights
const DBLOCK2_4_CONV_PARTIALS = 2239616u; // a6, 202488 floats: dblock2_4_conv's weight-gradient partial sums: 26 groups × 7788 weights
const TRANSITION2_CONV1_PARTIALS = 2442496u; // a6, 92820 floats: transition2_conv1's weight-gradient partial sums: 26 groups × 3570 weights

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

@group(0) @binding(0) var<storage, read_write> a5: array<f32>;
@group(0) @binding(1) var<storage, read_write> a6: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 366720u) { return; }
  // stem: 128 groups in 11 runs of 12, 240 weights each
  if (i < 2640u) {
    const WEIGHTS = 240;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a5[STEM_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a5[STEM_PARTIALS + g * WEIGHTS + j];
    }
    a5[STEM_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // dblock1_1_conv: 128 groups in 11 runs of 12, 2604 weights each
  if (i >= 2688u && i < 31332u) {
    const WEIGHTS = 2604;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i - 2688u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a5[DBLOCK1_1_CONV_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a5[DBLOCK1_1_CONV_PARTIALS + g * WEIGHTS + j];
    }
    a5[DBLOCK1_1_CONV_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // dblock1_2_conv: 128 groups in 11 runs of 12, 3900 weights each
  if (i >= 31360u && i < 74260u) {
    const WEIGHTS = 3900;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i - 31360u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a5[DBLOCK1_2_CONV_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a5[DBLOCK1_2_CONV_PARTIALS + g * WEIGHTS + j];
    }
    a5[DBLOCK1_2_CONV_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // dblock1_3_conv: 128 groups in 11 runs of 12, 5196 weights each
  if (i >= 74304u && i < 131460u) {
    const WEIGHTS = 5196;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i - 74304u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a6[DBLOCK1_3_CONV_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a6[DBLOCK1_3_CONV_PARTIALS + g * WEIGHTS + j];
    }
    a6[DBLOCK1_3_CONV_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // dblock1_4_conv: 128 groups in 11 runs of 12, 6492 weights each
  if (i >= 131520u && i < 202932u) {
    const WEIGHTS = 6492;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i - 131520u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a6[DBLOCK1_4_CONV_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a6[DBLOCK1_4_CONV_PARTIALS + g * WEIGHTS + j];
    }
    a6[DBLOCK1_4_CONV_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // transition1_conv1: 128 groups in 11 runs of 12, 2628 weights each
  if (i >= 202944u && i < 231852u) {
    const WEIGHTS = 2628;
    const GROUPS = 128;
    const CHUNK = 12;
    let local = i - 202944u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a6[TRANSITION1_CONV1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a6[TRANSITION1_CONV1_PARTIALS + g * WEIGHTS + j];
    }
    a6[TRANSITION1_CONV1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // dblock2_1_conv: 26 groups in 5 runs of 6, 3900 weights each
  if (i >= 231872u && i < 251372u) {
    const WEIGHTS = 3900;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 231872u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a6[DBLOCK2_1_CONV_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a6[DBLOCK2_1_CONV_PARTIALS + g * WEIGHTS + j];
    }
    a6[DBLOCK2_1_CONV_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // dblock2_2_conv: 26 groups in 5 runs of 6, 5196 weights each
  if (i >= 251392u && i < 277372u) {
    const WEIGHTS = 5196;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 251392u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a6[DBLOCK2_2_CONV_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a6[DBLOCK2_2_CONV_PARTIALS + g * WEIGHTS + j];
    }
    a6[DBLOCK2_2_CONV_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // dblock2_3_conv: 26 groups in 5 runs of 6, 6492 weights each
  if (i >= 277376u && i < 309836u) {
    const WEIGHTS = 6492;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 277376u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a6[DBLOCK2_3_CONV_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a6[DBLOCK2_3_CONV_PARTIALS + g * WEIGHTS + j];
    }
    a6[DBLOCK2_3_CONV_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // dblock2_4_conv: 26 groups in 5 runs of 6, 7788 weights each
  if (i >= 309888u && i < 348828u) {
    const WEIGHTS = 7788;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 309888u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a6[DBLOCK2_4_CONV_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a6[DBLOCK2_4_CONV_PARTIALS + g * WEIGHTS + j];
    }
    a6[DBLOCK2_4_CONV_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
  // transition2_conv1: 26 groups in 5 runs of 6, 3570 weights each
  if (i >= 348864u && i < 366714u) {
    const WEIGHTS = 3570;
    const GROUPS = 26;
    const CHUNK = 6;
    let local = i - 348864u;
    let j = local % WEIGHTS;
    let first = (local / WEIGHTS) * CHUNK;
    let end = min(first + CHUNK, GROUPS);
    var total = a6[TRANSITION2_CONV1_PARTIALS + first * WEIGHTS + j];
    for (var g = first + 1u; g < end; g++) {
      total = total + a6[TRANSITION2_CONV1_PARTIALS + g * WEIGHTS + j];
    }
    a6[TRANSITION2_CONV1_PARTIALS + first * WEIGHTS + j] = total;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel update
// momentum with L2 weight decay on kernels: each trainable float p's gradient (its layer's partial sums added in order), then its new value and state; the last workgroup sums the batch's metrics
// 1199 workgroups of 64 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const STEM_PARTIALS = 32602112u; // a5, 30720 floats: stem's weight-gradient partial sums: 128 groups × 240 weights
const DBLOCK1_1_BATCHNORM1_SUMS = 32632896u; // a5, 48 floats: dblock1_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK1_1_CONV_PARTIALS = 32632960u; // a5, 333312 floats: dblock1_1_conv's weight-gradient partial sums: 128 groups × 2604 weights
const DBLOCK1_2_BATCHNORM1_SUMS = 32966400u; // a5, 72 floats: dblock1_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK1_2_CONV_PARTIALS = 32966528u; // a5, 499200 floats: dblock1_2_conv's weight-gradient partial sums: 128 groups × 3900 weights
const DBLOCK1_3_BATCHNORM1_SUMS = 33465856u; // a5, 96 floats: dblock1_3_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK1_3_CONV_PARTIALS = 0u; // a6, 665088 floats: dblock1_3_conv's weight-gradient partial sums: 128 groups × 5196 weights
const DBLOCK1_4_BATCHNORM1_SUMS = 665216u; // a6, 120 floats: dblock1_4_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK1_4_CONV_PARTIALS = 665344u; // a6, 830976 floats: dblock1_4_conv's weight-gradient partial sums: 128 groups × 6492 weights
const TRANSITION1_BATCHNORM1_SUMS = 1496512u; // a6, 144 floats: transition1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const TRANSITION1_CONV1_PARTIALS = 1496704u; // a6, 336384 floats: transition1_conv1's weight-gradient partial sums: 128 groups × 2628 weights
const DBLOCK2_1_BATCHNORM1_SUMS = 1833216u; // a6, 72 floats: dblock2_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK2_1_CONV_PARTIALS = 1833344u; // a6, 101400 floats: dblock2_1_conv's weight-gradient partial sums: 26 groups × 3900 weights
const DBLOCK2_2_BATCHNORM1_SUMS = 1934912u; // a6, 96 floats: dblock2_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK2_2_CONV_PARTIALS = 1935040u; // a6, 135096 floats: dblock2_2_conv's weight-gradient partial sums: 26 groups × 5196 weights
const DBLOCK2_3_BATCHNORM1_SUMS = 2070272u; // a6, 120 floats: dblock2_3_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK2_3_CONV_PARTIALS = 2070400u; // a6, 168792 floats: dblock2_3_conv's weight-gradient partial sums: 26 groups × 6492 weights
const DBLOCK2_4_BATCHNORM1_SUMS = 2239424u; // a6, 144 floats: dblock2_4_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK2_4_CONV_PARTIALS = 2239616u; // a6, 202488 floats: dblock2_4_conv's weight-gradient partial sums: 26 groups × 7788 weights
const TRANSITION2_BATCHNORM1_SUMS = 2442304u; // a6, 168 floats: transition2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const TRANSITION2_CONV1_PARTIALS = 2442496u; // a6, 92820 floats: transition2_conv1's weight-gradient partial sums: 26 groups × 3570 weights
const DBLOCK3_1_BATCHNORM1_SUMS = 2535488u; // a6, 84 floats: dblock3_1_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK3_1_CONV_PARTIALS = 2535616u; // a6, 31836 floats: dblock3_1_conv's weight-gradient partial sums: 7 groups × 4548 weights
const DBLOCK3_2_BATCHNORM1_SUMS = 2567616u; // a6, 108 floats: dblock3_2_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK3_2_CONV_PARTIALS = 2567744u; // a6, 40908 floats: dblock3_2_conv's weight-gradient partial sums: 7 groups × 5844 weights
const DBLOCK3_3_BATCHNORM1_SUMS = 2608896u; // a6, 132 floats: dblock3_3_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK3_3_CONV_PARTIALS = 2609088u; // a6, 49980 floats: dblock3_3_conv's weight-gradient partial sums: 7 groups × 7140 weights
const DBLOCK3_4_BATCHNORM1_SUMS = 2659264u; // a6, 156 floats: dblock3_4_batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DBLOCK3_4_CONV_PARTIALS = 2659456u; // a6, 59052 floats: dblock3_4_conv's weight-gradient partial sums: 7 groups × 8436 weights
const BATCHNORM1_SUMS = 2718720u; // a6, 180 floats: batchnorm1's Σ dz·x̂, then Σ dz, per channel
const DENSE1_PARTIALS = 2718912u; // a6, 910 floats: dense1's weight-gradient partial sums: 1 group × 910 weights
const GRADIENT = 2719872u; // a6, 76624 floats: every trainable float's gradient, as the update used it
const STEM_KERNEL = 0u; // params: stem/kernel [3, 3, 1, 24]
const STEM_BIAS = 216u; // params: stem/bias [24]
const DBLOCK1_1_BATCHNORM1_GAMMA = 240u; // params: dblock1_1_batchnorm1/gamma [24]
const DBLOCK1_1_BATCHNORM1_BETA = 264u; // params: dblock1_1_batchnorm1/beta [24]
const DBLOCK1_1_CONV_KERNEL = 336u; // params: dblock1_1_conv/kernel [3, 3, 24, 12]
const DBLOCK1_1_CONV_BIAS = 2928u; // params: dblock1_1_conv/bias [12]
const DBLOCK1_2_BATCHNORM1_GAMMA = 2940u; // params: dblock1_2_batchnorm1/gamma [36]
const DBLOCK1_2_BATCHNORM1_BETA = 2976u; // params: dblock1_2_batchnorm1/beta [36]
const DBLOCK1_2_CONV_KERNEL = 3084u; // params: dblock1_2_conv/kernel [3, 3, 36, 12]
const DBLOCK1_2_CONV_BIAS = 6972u; // params: dblock1_2_conv/bias [12]
const DBLOCK1_3_BATCHNORM1_GAMMA = 6984u; // params: dblock1_3_batchnorm1/gamma [48]
const DBLOCK1_3_BATCHNORM1_BETA = 7032u; // params: dblock1_3_batchnorm1/beta [48]
const DBLOCK1_3_CONV_KERNEL = 7176u; // params: dblock1_3_conv/kernel [3, 3, 48, 12]
const DBLOCK1_3_CONV_BIAS = 12360u; // params: dblock1_3_conv/bias [12]
const DBLOCK1_4_BATCHNORM1_GAMMA = 12372u; // params: dblock1_4_batchnorm1/gamma [60]
const DBLOCK1_4_BATCHNORM1_BETA = 12432u; // params: dblock1_4_batchnorm1/beta [60]
const DBLOCK1_4_CONV_KERNEL = 12612u; // params: dblock1_4_conv/kernel [3, 3, 60, 12]
const DBLOCK1_4_CONV_BIAS = 19092u; // params: dblock1_4_conv/bias [12]
const TRANSITION1_BATCHNORM1_GAMMA = 19104u; // params: transition1_batchnorm1/gamma [72]
const TRANSITION1_BATCHNORM1_BETA = 19176u; // params: transition1_batchnorm1/beta [72]
const TRANSITION1_CONV1_KERNEL = 19392u; // params: transition1_conv1/kernel [1, 1, 72, 36]
const TRANSITION1_CONV1_BIAS = 21984u; // params: transition1_conv1/bias [36]
const DBLOCK2_1_BATCHNORM1_GAMMA = 22020u; // params: dblock2_1_batchnorm1/gamma [36]
const DBLOCK2_1_BATCHNORM1_BETA = 22056u; // params: dblock2_1_batchnorm1/beta [36]
const DBLOCK2_1_CONV_KERNEL = 22164u; // params: dblock2_1_conv/kernel [3, 3, 36, 12]
const DBLOCK2_1_CONV_BIAS = 26052u; // params: dblock2_1_conv/bias [12]
const DBLOCK2_2_BATCHNORM1_GAMMA = 26064u; // params: dblock2_2_batchnorm1/gamma [48]
const DBLOCK2_2_BATCHNORM1_BETA = 26112u; // params: dblock2_2_batchnorm1/beta [48]
const DBLOCK2_2_CONV_KERNEL = 26256u; // params: dblock2_2_conv/kernel [3, 3, 48, 12]
const DBLOCK2_2_CONV_BIAS = 31440u; // params: dblock2_2_conv/bias [12]
const DBLOCK2_3_BATCHNORM1_GAMMA = 31452u; // params: dblock2_3_batchnorm1/gamma [60]
const DBLOCK2_3_BATCHNORM1_BETA = 31512u; // params: dblock2_3_batchnorm1/beta [60]
const DBLOCK2_3_CONV_KERNEL = 31692u; // params: dblock2_3_conv/kernel [3, 3, 60, 12]
const DBLOCK2_3_CONV_BIAS = 38172u; // params: dblock2_3_conv/bias [12]
const DBLOCK2_4_BATCHNORM1_GAMMA = 38184u; // params: dblock2_4_batchnorm1/gamma [72]
const DBLOCK2_4_BATCHNORM1_BETA = 38256u; // params: dblock2_4_batchnorm1/beta [72]
const DBLOCK2_4_CONV_KERNEL = 38472u; // params: dblock2_4_conv/kernel [3, 3, 72, 12]
const DBLOCK2_4_CONV_BIAS = 46248u; // params: dblock2_4_conv/bias [12]
const TRANSITION2_BATCHNORM1_GAMMA = 46260u; // params: transition2_batchnorm1/gamma [84]
const TRANSITION2_BATCHNORM1_BETA = 46344u; // params: transition2_batchnorm1/beta [84]
const TRANSITION2_CONV1_KERNEL = 46596u; // params: transition2_conv1/kernel [1, 1, 84, 42]
const TRANSITION2_CONV1_BIAS = 50124u; // params: transition2_conv1/bias [42]
const DBLOCK3_1_BATCHNORM1_GAMMA = 50168u; // params: dblock3_1_batchnorm1/gamma [42]
const DBLOCK3_1_BATCHNORM1_BETA = 50212u; // params: dblock3_1_batchnorm1/beta [42]
const DBLOCK3_1_CONV_KERNEL = 50344u; // params: dblock3_1_conv/kernel [3, 3, 42, 12]
const DBLOCK3_1_CONV_BIAS = 54880u; // params: dblock3_1_conv/bias [12]
const DBLOCK3_2_BATCHNORM1_GAMMA = 54892u; // params: dblock3_2_batchnorm1/gamma [54]
const DBLOCK3_2_BATCHNORM1_BETA = 54948u; // params: dblock3_2_batchnorm1/beta [54]
const DBLOCK3_2_CONV_KERNEL = 55116u; // params: dblock3_2_conv/kernel [3, 3, 54, 12]
const DBLOCK3_2_CONV_BIAS = 60948u; // params: dblock3_2_conv/bias [12]
const DBLOCK3_3_BATCHNORM1_GAMMA = 60960u; // params: dblock3_3_batchnorm1/gamma [66]
const DBLOCK3_3_BATCHNORM1_BETA = 61028u; // params: dblock3_3_batchnorm1/beta [66]
const DBLOCK3_3_CONV_KERNEL = 61232u; // params: dblock3_3_conv/kernel [3, 3, 66, 12]
const DBLOCK3_3_CONV_BIAS = 68360u; // params: dblock3_3_conv/bias [12]
const DBLOCK3_4_BATCHNORM1_GAMMA = 68372u; // params: dblock3_4_batchnorm1/gamma [78]
const DBLOCK3_4_BATCHNORM1_BETA = 68452u; // params: dblock3_4_batchnorm1/beta [78]
const DBLOCK3_4_CONV_KERNEL = 68692u; // params: dblock3_4_conv/kernel [3, 3, 78, 12]
const DBLOCK3_4_CONV_BIAS = 77116u; // params: dblock3_4_conv/bias [12]
const BATCHNORM1_GAMMA = 77128u; // params: batchnorm1/gamma [90]
const BATCHNORM1_BETA = 77220u; // params: batchnorm1/beta [90]
const DENSE1_KERNEL = 77496u; // params: dense1/kernel [90, 10]
const DENSE1_BIAS = 78396u; // params: dense1/bias [10]

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
@group(0) @binding(5) var<storage, read_write> a5: array<f32>;
@group(0) @binding(6) var<storage, read_write> a6: array<f32>;

var<workgroup> scratch: array<f32, 64>;

@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 1199u) { return; }
  if (g == 1198u) {
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
  // stem/kernel [3, 3, 1, 24]: trainable floats 0–215
  if (p < 216u) {
    let j = p;
    let wi = STEM_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a5[STEM_PARTIALS + k * 240u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // stem/bias [24]: trainable floats 216–239
  if (p < 240u) {
    let j = p - 216u;
    let wi = STEM_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a5[STEM_PARTIALS + k * 240u + 216u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_1_batchnorm1/gamma [24]: trainable floats 240–263
  if (p < 264u) {
    let j = p - 240u;
    let wi = DBLOCK1_1_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a5[DBLOCK1_1_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_1_batchnorm1/beta [24]: trainable floats 264–287
  if (p < 288u) {
    let j = p - 264u;
    let wi = DBLOCK1_1_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a5[DBLOCK1_1_BATCHNORM1_SUMS + 24u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_1_conv/kernel [3, 3, 24, 12]: trainable floats 288–2879
  if (p < 2880u) {
    let j = p - 288u;
    let wi = DBLOCK1_1_CONV_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a5[DBLOCK1_1_CONV_PARTIALS + k * 2604u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_1_conv/bias [12]: trainable floats 2880–2891
  if (p < 2892u) {
    let j = p - 2880u;
    let wi = DBLOCK1_1_CONV_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a5[DBLOCK1_1_CONV_PARTIALS + k * 2604u + 2592u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_2_batchnorm1/gamma [36]: trainable floats 2892–2927
  if (p < 2928u) {
    let j = p - 2892u;
    let wi = DBLOCK1_2_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a5[DBLOCK1_2_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_2_batchnorm1/beta [36]: trainable floats 2928–2963
  if (p < 2964u) {
    let j = p - 2928u;
    let wi = DBLOCK1_2_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a5[DBLOCK1_2_BATCHNORM1_SUMS + 36u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_2_conv/kernel [3, 3, 36, 12]: trainable floats 2964–6851
  if (p < 6852u) {
    let j = p - 2964u;
    let wi = DBLOCK1_2_CONV_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a5[DBLOCK1_2_CONV_PARTIALS + k * 3900u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_2_conv/bias [12]: trainable floats 6852–6863
  if (p < 6864u) {
    let j = p - 6852u;
    let wi = DBLOCK1_2_CONV_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a5[DBLOCK1_2_CONV_PARTIALS + k * 3900u + 3888u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_3_batchnorm1/gamma [48]: trainable floats 6864–6911
  if (p < 6912u) {
    let j = p - 6864u;
    let wi = DBLOCK1_3_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a5[DBLOCK1_3_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_3_batchnorm1/beta [48]: trainable floats 6912–6959
  if (p < 6960u) {
    let j = p - 6912u;
    let wi = DBLOCK1_3_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a5[DBLOCK1_3_BATCHNORM1_SUMS + 48u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_3_conv/kernel [3, 3, 48, 12]: trainable floats 6960–12143
  if (p < 12144u) {
    let j = p - 6960u;
    let wi = DBLOCK1_3_CONV_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a6[DBLOCK1_3_CONV_PARTIALS + k * 5196u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_3_conv/bias [12]: trainable floats 12144–12155
  if (p < 12156u) {
    let j = p - 12144u;
    let wi = DBLOCK1_3_CONV_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a6[DBLOCK1_3_CONV_PARTIALS + k * 5196u + 5184u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_4_batchnorm1/gamma [60]: trainable floats 12156–12215
  if (p < 12216u) {
    let j = p - 12156u;
    let wi = DBLOCK1_4_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a6[DBLOCK1_4_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_4_batchnorm1/beta [60]: trainable floats 12216–12275
  if (p < 12276u) {
    let j = p - 12216u;
    let wi = DBLOCK1_4_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a6[DBLOCK1_4_BATCHNORM1_SUMS + 60u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_4_conv/kernel [3, 3, 60, 12]: trainable floats 12276–18755
  if (p < 18756u) {
    let j = p - 12276u;
    let wi = DBLOCK1_4_CONV_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a6[DBLOCK1_4_CONV_PARTIALS + k * 6492u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock1_4_conv/bias [12]: trainable floats 18756–18767
  if (p < 18768u) {
    let j = p - 18756u;
    let wi = DBLOCK1_4_CONV_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a6[DBLOCK1_4_CONV_PARTIALS + k * 6492u + 6480u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // transition1_batchnorm1/gamma [72]: trainable floats 18768–18839
  if (p < 18840u) {
    let j = p - 18768u;
    let wi = TRANSITION1_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a6[TRANSITION1_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // transition1_batchnorm1/beta [72]: trainable floats 18840–18911
  if (p < 18912u) {
    let j = p - 18840u;
    let wi = TRANSITION1_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a6[TRANSITION1_BATCHNORM1_SUMS + 72u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // transition1_conv1/kernel [1, 1, 72, 36]: trainable floats 18912–21503
  if (p < 21504u) {
    let j = p - 18912u;
    let wi = TRANSITION1_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a6[TRANSITION1_CONV1_PARTIALS + k * 2628u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // transition1_conv1/bias [36]: trainable floats 21504–21539
  if (p < 21540u) {
    let j = p - 21504u;
    let wi = TRANSITION1_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 128u; k += 12u) { grad = grad + a6[TRANSITION1_CONV1_PARTIALS + k * 2628u + 2592u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_1_batchnorm1/gamma [36]: trainable floats 21540–21575
  if (p < 21576u) {
    let j = p - 21540u;
    let wi = DBLOCK2_1_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a6[DBLOCK2_1_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_1_batchnorm1/beta [36]: trainable floats 21576–21611
  if (p < 21612u) {
    let j = p - 21576u;
    let wi = DBLOCK2_1_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a6[DBLOCK2_1_BATCHNORM1_SUMS + 36u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_1_conv/kernel [3, 3, 36, 12]: trainable floats 21612–25499
  if (p < 25500u) {
    let j = p - 21612u;
    let wi = DBLOCK2_1_CONV_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a6[DBLOCK2_1_CONV_PARTIALS + k * 3900u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_1_conv/bias [12]: trainable floats 25500–25511
  if (p < 25512u) {
    let j = p - 25500u;
    let wi = DBLOCK2_1_CONV_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a6[DBLOCK2_1_CONV_PARTIALS + k * 3900u + 3888u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_2_batchnorm1/gamma [48]: trainable floats 25512–25559
  if (p < 25560u) {
    let j = p - 25512u;
    let wi = DBLOCK2_2_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a6[DBLOCK2_2_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_2_batchnorm1/beta [48]: trainable floats 25560–25607
  if (p < 25608u) {
    let j = p - 25560u;
    let wi = DBLOCK2_2_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a6[DBLOCK2_2_BATCHNORM1_SUMS + 48u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_2_conv/kernel [3, 3, 48, 12]: trainable floats 25608–30791
  if (p < 30792u) {
    let j = p - 25608u;
    let wi = DBLOCK2_2_CONV_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a6[DBLOCK2_2_CONV_PARTIALS + k * 5196u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_2_conv/bias [12]: trainable floats 30792–30803
  if (p < 30804u) {
    let j = p - 30792u;
    let wi = DBLOCK2_2_CONV_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a6[DBLOCK2_2_CONV_PARTIALS + k * 5196u + 5184u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_3_batchnorm1/gamma [60]: trainable floats 30804–30863
  if (p < 30864u) {
    let j = p - 30804u;
    let wi = DBLOCK2_3_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a6[DBLOCK2_3_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_3_batchnorm1/beta [60]: trainable floats 30864–30923
  if (p < 30924u) {
    let j = p - 30864u;
    let wi = DBLOCK2_3_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a6[DBLOCK2_3_BATCHNORM1_SUMS + 60u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_3_conv/kernel [3, 3, 60, 12]: trainable floats 30924–37403
  if (p < 37404u) {
    let j = p - 30924u;
    let wi = DBLOCK2_3_CONV_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a6[DBLOCK2_3_CONV_PARTIALS + k * 6492u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_3_conv/bias [12]: trainable floats 37404–37415
  if (p < 37416u) {
    let j = p - 37404u;
    let wi = DBLOCK2_3_CONV_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a6[DBLOCK2_3_CONV_PARTIALS + k * 6492u + 6480u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_4_batchnorm1/gamma [72]: trainable floats 37416–37487
  if (p < 37488u) {
    let j = p - 37416u;
    let wi = DBLOCK2_4_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a6[DBLOCK2_4_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_4_batchnorm1/beta [72]: trainable floats 37488–37559
  if (p < 37560u) {
    let j = p - 37488u;
    let wi = DBLOCK2_4_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a6[DBLOCK2_4_BATCHNORM1_SUMS + 72u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_4_conv/kernel [3, 3, 72, 12]: trainable floats 37560–45335
  if (p < 45336u) {
    let j = p - 37560u;
    let wi = DBLOCK2_4_CONV_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a6[DBLOCK2_4_CONV_PARTIALS + k * 7788u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock2_4_conv/bias [12]: trainable floats 45336–45347
  if (p < 45348u) {
    let j = p - 45336u;
    let wi = DBLOCK2_4_CONV_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a6[DBLOCK2_4_CONV_PARTIALS + k * 7788u + 7776u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // transition2_batchnorm1/gamma [84]: trainable floats 45348–45431
  if (p < 45432u) {
    let j = p - 45348u;
    let wi = TRANSITION2_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a6[TRANSITION2_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // transition2_batchnorm1/beta [84]: trainable floats 45432–45515
  if (p < 45516u) {
    let j = p - 45432u;
    let wi = TRANSITION2_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a6[TRANSITION2_BATCHNORM1_SUMS + 84u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // transition2_conv1/kernel [1, 1, 84, 42]: trainable floats 45516–49043
  if (p < 49044u) {
    let j = p - 45516u;
    let wi = TRANSITION2_CONV1_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a6[TRANSITION2_CONV1_PARTIALS + k * 3570u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // transition2_conv1/bias [42]: trainable floats 49044–49085
  if (p < 49086u) {
    let j = p - 49044u;
    let wi = TRANSITION2_CONV1_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 26u; k += 6u) { grad = grad + a6[TRANSITION2_CONV1_PARTIALS + k * 3570u + 3528u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_1_batchnorm1/gamma [42]: trainable floats 49086–49127
  if (p < 49128u) {
    let j = p - 49086u;
    let wi = DBLOCK3_1_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a6[DBLOCK3_1_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_1_batchnorm1/beta [42]: trainable floats 49128–49169
  if (p < 49170u) {
    let j = p - 49128u;
    let wi = DBLOCK3_1_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a6[DBLOCK3_1_BATCHNORM1_SUMS + 42u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_1_conv/kernel [3, 3, 42, 12]: trainable floats 49170–53705
  if (p < 53706u) {
    let j = p - 49170u;
    let wi = DBLOCK3_1_CONV_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a6[DBLOCK3_1_CONV_PARTIALS + k * 4548u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_1_conv/bias [12]: trainable floats 53706–53717
  if (p < 53718u) {
    let j = p - 53706u;
    let wi = DBLOCK3_1_CONV_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a6[DBLOCK3_1_CONV_PARTIALS + k * 4548u + 4536u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_2_batchnorm1/gamma [54]: trainable floats 53718–53771
  if (p < 53772u) {
    let j = p - 53718u;
    let wi = DBLOCK3_2_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a6[DBLOCK3_2_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_2_batchnorm1/beta [54]: trainable floats 53772–53825
  if (p < 53826u) {
    let j = p - 53772u;
    let wi = DBLOCK3_2_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a6[DBLOCK3_2_BATCHNORM1_SUMS + 54u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_2_conv/kernel [3, 3, 54, 12]: trainable floats 53826–59657
  if (p < 59658u) {
    let j = p - 53826u;
    let wi = DBLOCK3_2_CONV_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a6[DBLOCK3_2_CONV_PARTIALS + k * 5844u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_2_conv/bias [12]: trainable floats 59658–59669
  if (p < 59670u) {
    let j = p - 59658u;
    let wi = DBLOCK3_2_CONV_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a6[DBLOCK3_2_CONV_PARTIALS + k * 5844u + 5832u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_3_batchnorm1/gamma [66]: trainable floats 59670–59735
  if (p < 59736u) {
    let j = p - 59670u;
    let wi = DBLOCK3_3_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a6[DBLOCK3_3_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_3_batchnorm1/beta [66]: trainable floats 59736–59801
  if (p < 59802u) {
    let j = p - 59736u;
    let wi = DBLOCK3_3_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a6[DBLOCK3_3_BATCHNORM1_SUMS + 66u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_3_conv/kernel [3, 3, 66, 12]: trainable floats 59802–66929
  if (p < 66930u) {
    let j = p - 59802u;
    let wi = DBLOCK3_3_CONV_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a6[DBLOCK3_3_CONV_PARTIALS + k * 7140u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_3_conv/bias [12]: trainable floats 66930–66941
  if (p < 66942u) {
    let j = p - 66930u;
    let wi = DBLOCK3_3_CONV_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a6[DBLOCK3_3_CONV_PARTIALS + k * 7140u + 7128u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_4_batchnorm1/gamma [78]: trainable floats 66942–67019
  if (p < 67020u) {
    let j = p - 66942u;
    let wi = DBLOCK3_4_BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a6[DBLOCK3_4_BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_4_batchnorm1/beta [78]: trainable floats 67020–67097
  if (p < 67098u) {
    let j = p - 67020u;
    let wi = DBLOCK3_4_BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a6[DBLOCK3_4_BATCHNORM1_SUMS + 78u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_4_conv/kernel [3, 3, 78, 12]: trainable floats 67098–75521
  if (p < 75522u) {
    let j = p - 67098u;
    let wi = DBLOCK3_4_CONV_KERNEL + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a6[DBLOCK3_4_CONV_PARTIALS + k * 8436u + j]; }
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dblock3_4_conv/bias [12]: trainable floats 75522–75533
  if (p < 75534u) {
    let j = p - 75522u;
    let wi = DBLOCK3_4_CONV_BIAS + j;
    let w = params[wi];
    var grad = 0.0;
    for (var k = 0u; k < 7u; k++) { grad = grad + a6[DBLOCK3_4_CONV_PARTIALS + k * 8436u + 8424u + j]; }
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // batchnorm1/gamma [90]: trainable floats 75534–75623
  if (p < 75624u) {
    let j = p - 75534u;
    let wi = BATCHNORM1_GAMMA + j;
    let w = params[wi];
    var grad = a6[BATCHNORM1_SUMS + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // batchnorm1/beta [90]: trainable floats 75624–75713
  if (p < 75714u) {
    let j = p - 75624u;
    let wi = BATCHNORM1_BETA + j;
    let w = params[wi];
    var grad = a6[BATCHNORM1_SUMS + 90u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense1/kernel [90, 10]: trainable floats 75714–76613
  if (p < 76614u) {
    let j = p - 75714u;
    let wi = DENSE1_KERNEL + j;
    let w = params[wi];
    var grad = a6[DENSE1_PARTIALS + j];
    grad = grad + w * 0.0005000000237487257;
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
  // dense1/bias [10]: trainable floats 76614–76623
  if (p < 76624u) {
    let j = p - 76614u;
    let wi = DENSE1_BIAS + j;
    let w = params[wi];
    var grad = a6[DENSE1_PARTIALS + 900u + j];
    a6[GRADIENT + p] = grad;
    let acc = 0.8999999761581421 * state[p] + grad;
    state[p] = acc;
    params[wi] = (-step.lr) * acc + w;
    return;
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel evaluate 1: input, stem.forward, dblock1_1_batchnorm1.evaluate, dblock1_1_conv.forward, dblock1_1_concat1.forward from stem, dblock1_1_concat1.forward from dblock1_1_conv, dblock1_2_batchnorm1.evaluate, dblock1_2_conv.forward, dblock1_2_concat1.forward from dblock1_1_concat1, dblock1_2_concat1.forward from dblock1_2_conv, dblock1_3_batchnorm1.evaluate, dblock1_3_conv.forward, dblock1_3_concat1.forward from dblock1_2_concat1, dblock1_3_concat1.forward from dblock1_3_conv, dblock1_4_batchnorm1.evaluate, dblock1_4_conv.forward, dblock1_4_concat1.forward from dblock1_3_concat1, dblock1_4_concat1.forward from dblock1_4_conv, transition1_batchnorm1.evaluate, transition1_conv1.forward, transition1_pool1.forward, dblock2_1_batchnorm1.evaluate, dblock2_1_conv.forward, dblock2_1_concat1.forward from transition1_pool1, dblock2_1_concat1.forward from dblock2_1_conv, dblock2_2_batchnorm1.evaluate, dblock2_2_conv.forward, dblock2_2_concat1.forward from dblock2_1_concat1, dblock2_2_concat1.forward from dblock2_2_conv, dblock2_3_batchnorm1.evaluate, dblock2_3_conv.forward, dblock2_3_concat1.forward from dblock2_2_concat1, dblock2_3_concat1.forward from dblock2_3_conv, dblock2_4_batchnorm1.evaluate, dblock2_4_conv.forward, dblock2_4_concat1.forward from dblock2_3_concat1, dblock2_4_concat1.forward from dblock2_4_conv, transition2_batchnorm1.evaluate, transition2_conv1.forward, transition2_pool1.forward, dblock3_1_batchnorm1.evaluate, dblock3_1_conv.forward, dblock3_1_concat1.forward from transition2_pool1, dblock3_1_concat1.forward from dblock3_1_conv, dblock3_2_batchnorm1.evaluate, dblock3_2_conv.forward, dblock3_2_concat1.forward from dblock3_1_concat1, dblock3_2_concat1.forward from dblock3_2_conv, dblock3_3_batchnorm1.evaluate, dblock3_3_conv.forward, dblock3_3_concat1.forward from dblock3_2_concat1, dblock3_3_concat1.forward from dblock3_3_conv, dblock3_4_batchnorm1.evaluate, dblock3_4_conv.forward, dblock3_4_concat1.forward from dblock3_3_concat1, dblock3_4_concat1.forward from dblock3_4_conv, batchnorm1.evaluate, pool1.forward, dense1.forward
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const INPUT_Y = 0u; // a0, 784 floats per example: the batch's images, scaled to [0, 1] and augmented
const STEM_Z = 100352u; // a0, 18816 floats per example: stem's output
const DBLOCK1_1_BATCHNORM1_Z = 2508800u; // a0, 18816 floats per example: dblock1_1_batchnorm1's output
const DBLOCK1_1_ACTIVATION1_Y = 4917248u; // a0, 18816 floats per example: dblock1_1_activation1's output: relu(dblock1_1_batchnorm1's)
const DBLOCK1_1_CONV_Z = 7325696u; // a0, 9408 floats per example: dblock1_1_conv's output
const DBLOCK1_1_CONCAT1_Z = 8529920u; // a0, 28224 floats per example: dblock1_1_concat1's output
const DBLOCK1_2_BATCHNORM1_Z = 12142592u; // a0, 28224 floats per example: dblock1_2_batchnorm1's output
const DBLOCK1_2_ACTIVATION1_Y = 15755264u; // a0, 28224 floats per example: dblock1_2_activation1's output: relu(dblock1_2_batchnorm1's)
const DBLOCK1_2_CONV_Z = 19367936u; // a0, 9408 floats per example: dblock1_2_conv's output
const DBLOCK1_2_CONCAT1_Z = 20572160u; // a0, 37632 floats per example: dblock1_2_concat1's output
const DBLOCK1_3_BATCHNORM1_Z = 25389056u; // a0, 37632 floats per example: dblock1_3_batchnorm1's output
const DBLOCK1_3_ACTIVATION1_Y = 0u; // a1, 37632 floats per example: dblock1_3_activation1's output: relu(dblock1_3_batchnorm1's)
const DBLOCK1_3_CONV_Z = 4816896u; // a1, 9408 floats per example: dblock1_3_conv's output
const DBLOCK1_3_CONCAT1_Z = 6021120u; // a1, 47040 floats per example: dblock1_3_concat1's output
const DBLOCK1_4_BATCHNORM1_Z = 12042240u; // a1, 47040 floats per example: dblock1_4_batchnorm1's output
const DBLOCK1_4_ACTIVATION1_Y = 18063360u; // a1, 47040 floats per example: dblock1_4_activation1's output: relu(dblock1_4_batchnorm1's)
const DBLOCK1_4_CONV_Z = 24084480u; // a1, 9408 floats per example: dblock1_4_conv's output
const DBLOCK1_4_CONCAT1_Z = 25288704u; // a1, 56448 floats per example: dblock1_4_concat1's output
const TRANSITION1_BATCHNORM1_Z = 0u; // a2, 56448 floats per example: transition1_batchnorm1's output
const TRANSITION1_ACTIVATION1_Y = 7225344u; // a2, 56448 floats per example: transition1_activation1's output: relu(transition1_batchnorm1's)
const TRANSITION1_CONV1_Z = 14450688u; // a2, 28224 floats per example: transition1_conv1's output
const TRANSITION1_POOL1_Z = 18063360u; // a2, 7056 floats per example: transition1_pool1's output
const DBLOCK2_1_BATCHNORM1_Z = 18966528u; // a2, 7056 floats per example: dblock2_1_batchnorm1's output
const DBLOCK2_1_ACTIVATION1_Y = 19869696u; // a2, 7056 floats per example: dblock2_1_activation1's output: relu(dblock2_1_batchnorm1's)
const DBLOCK2_1_CONV_Z = 20772864u; // a2, 2352 floats per example: dblock2_1_conv's output
const DBLOCK2_1_CONCAT1_Z = 21073920u; // a2, 9408 floats per example: dblock2_1_concat1's output
const DBLOCK2_2_BATCHNORM1_Z = 22278144u; // a2, 9408 floats per example: dblock2_2_batchnorm1's output
const DBLOCK2_2_ACTIVATION1_Y = 23482368u; // a2, 9408 floats per example: dblock2_2_activation1's output: relu(dblock2_2_batchnorm1's)
const DBLOCK2_2_CONV_Z = 24686592u; // a2, 2352 floats per example: dblock2_2_conv's output
const DBLOCK2_2_CONCAT1_Z = 24987648u; // a2, 11760 floats per example: dblock2_2_concat1's output
const DBLOCK2_3_BATCHNORM1_Z = 26492928u; // a2, 11760 floats per example: dblock2_3_batchnorm1's output
const DBLOCK2_3_ACTIVATION1_Y = 27998208u; // a2, 11760 floats per example: dblock2_3_activation1's output: relu(dblock2_3_batchnorm1's)
const DBLOCK2_3_CONV_Z = 29503488u; // a2, 2352 floats per example: dblock2_3_conv's output
const DBLOCK2_3_CONCAT1_Z = 29804544u; // a2, 14112 floats per example: dblock2_3_concat1's output
const DBLOCK2_4_BATCHNORM1_Z = 31610880u; // a2, 14112 floats per example: dblock2_4_batchnorm1's output
const DBLOCK2_4_ACTIVATION1_Y = 0u; // a3, 14112 floats per example: dblock2_4_activation1's output: relu(dblock2_4_batchnorm1's)
const DBLOCK2_4_CONV_Z = 1806336u; // a3, 2352 floats per example: dblock2_4_conv's output
const DBLOCK2_4_CONCAT1_Z = 2107392u; // a3, 16464 floats per example: dblock2_4_concat1's output
const TRANSITION2_BATCHNORM1_Z = 4214784u; // a3, 16464 floats per example: transition2_batchnorm1's output
const TRANSITION2_ACTIVATION1_Y = 6322176u; // a3, 16464 floats per example: transition2_activation1's output: relu(transition2_batchnorm1's)
const TRANSITION2_CONV1_Z = 8429568u; // a3, 8232 floats per example: transition2_conv1's output
const TRANSITION2_POOL1_Z = 9483264u; // a3, 2058 floats per example: transition2_pool1's output
const DBLOCK3_1_BATCHNORM1_Z = 9746688u; // a3, 2058 floats per example: dblock3_1_batchnorm1's output
const DBLOCK3_1_ACTIVATION1_Y = 10010112u; // a3, 2058 floats per example: dblock3_1_activation1's output: relu(dblock3_1_batchnorm1's)
const DBLOCK3_1_CONV_Z = 10273536u; // a3, 588 floats per example: dblock3_1_conv's output
const DBLOCK3_1_CONCAT1_Z = 10348800u; // a3, 2646 floats per example: dblock3_1_concat1's output
const DBLOCK3_2_BATCHNORM1_Z = 10687488u; // a3, 2646 floats per example: dblock3_2_batchnorm1's output
const DBLOCK3_2_ACTIVATION1_Y = 11026176u; // a3, 2646 floats per example: dblock3_2_activation1's output: relu(dblock3_2_batchnorm1's)
const DBLOCK3_2_CONV_Z = 11364864u; // a3, 588 floats per example: dblock3_2_conv's output
const DBLOCK3_2_CONCAT1_Z = 11440128u; // a3, 3234 floats per example: dblock3_2_concat1's output
const DBLOCK3_3_BATCHNORM1_Z = 11854080u; // a3, 3234 floats per example: dblock3_3_batchnorm1's output
const DBLOCK3_3_ACTIVATION1_Y = 12268032u; // a3, 3234 floats per example: dblock3_3_activation1's output: relu(dblock3_3_batchnorm1's)
const DBLOCK3_3_CONV_Z = 12681984u; // a3, 588 floats per example: dblock3_3_conv's output
const DBLOCK3_3_CONCAT1_Z = 12757248u; // a3, 3822 floats per example: dblock3_3_concat1's output
const DBLOCK3_4_BATCHNORM1_Z = 13246464u; // a3, 3822 floats per example: dblock3_4_batchnorm1's output
const DBLOCK3_4_ACTIVATION1_Y = 13735680u; // a3, 3822 floats per example: dblock3_4_activation1's output: relu(dblock3_4_batchnorm1's)
const DBLOCK3_4_CONV_Z = 14224896u; // a3, 588 floats per example: dblock3_4_conv's output
const DBLOCK3_4_CONCAT1_Z = 14300160u; // a3, 4410 floats per example: dblock3_4_concat1's output
const BATCHNORM1_Z = 14864640u; // a3, 4410 floats per example: batchnorm1's output
const ACTIVATION1_Y = 15429120u; // a3, 4410 floats per example: activation1's output: relu(batchnorm1's)
const POOL1_Z = 15993600u; // a3, 90 floats per example: pool1's output
const DENSE1_Z = 16005120u; // a3, 10 floats per example: dense1's output
const STEM_KERNEL = 0u; // params: stem/kernel [3, 3, 1, 24]
const STEM_BIAS = 216u; // params: stem/bias [24]
const DBLOCK1_1_BATCHNORM1_GAMMA = 240u; // params: dblock1_1_batchnorm1/gamma [24]
const DBLOCK1_1_BATCHNORM1_BETA = 264u; // params: dblock1_1_batchnorm1/beta [24]
const DBLOCK1_1_BATCHNORM1_MOVING_MEAN = 288u; // params: dblock1_1_batchnorm1/moving_mean [24]
const DBLOCK1_1_BATCHNORM1_MOVING_VARIANCE = 312u; // params: dblock1_1_batchnorm1/moving_variance [24]
const DBLOCK1_1_CONV_KERNEL = 336u; // params: dblock1_1_conv/kernel [3, 3, 24, 12]
const DBLOCK1_1_CONV_BIAS = 2928u; // params: dblock1_1_conv/bias [12]
const DBLOCK1_2_BATCHNORM1_GAMMA = 2940u; // params: dblock1_2_batchnorm1/gamma [36]
const DBLOCK1_2_BATCHNORM1_BETA = 2976u; // params: dblock1_2_batchnorm1/beta [36]
const DBLOCK1_2_BATCHNORM1_MOVING_MEAN = 3012u; // params: dblock1_2_batchnorm1/moving_mean [36]
const DBLOCK1_2_BATCHNORM1_MOVING_VARIANCE = 3048u; // params: dblock1_2_batchnorm1/moving_variance [36]
const DBLOCK1_2_CONV_KERNEL = 3084u; // params: dblock1_2_conv/kernel [3, 3, 36, 12]
const DBLOCK1_2_CONV_BIAS = 6972u; // params: dblock1_2_conv/bias [12]
const DBLOCK1_3_BATCHNORM1_GAMMA = 6984u; // params: dblock1_3_batchnorm1/gamma [48]
const DBLOCK1_3_BATCHNORM1_BETA = 7032u; // params: dblock1_3_batchnorm1/beta [48]
const DBLOCK1_3_BATCHNORM1_MOVING_MEAN = 7080u; // params: dblock1_3_batchnorm1/moving_mean [48]
const DBLOCK1_3_BATCHNORM1_MOVING_VARIANCE = 7128u; // params: dblock1_3_batchnorm1/moving_variance [48]
const DBLOCK1_3_CONV_KERNEL = 7176u; // params: dblock1_3_conv/kernel [3, 3, 48, 12]
const DBLOCK1_3_CONV_BIAS = 12360u; // params: dblock1_3_conv/bias [12]
const DBLOCK1_4_BATCHNORM1_GAMMA = 12372u; // params: dblock1_4_batchnorm1/gamma [60]
const DBLOCK1_4_BATCHNORM1_BETA = 12432u; // params: dblock1_4_batchnorm1/beta [60]
const DBLOCK1_4_BATCHNORM1_MOVING_MEAN = 12492u; // params: dblock1_4_batchnorm1/moving_mean [60]
const DBLOCK1_4_BATCHNORM1_MOVING_VARIANCE = 12552u; // params: dblock1_4_batchnorm1/moving_variance [60]
const DBLOCK1_4_CONV_KERNEL = 12612u; // params: dblock1_4_conv/kernel [3, 3, 60, 12]
const DBLOCK1_4_CONV_BIAS = 19092u; // params: dblock1_4_conv/bias [12]
const TRANSITION1_BATCHNORM1_GAMMA = 19104u; // params: transition1_batchnorm1/gamma [72]
const TRANSITION1_BATCHNORM1_BETA = 19176u; // params: transition1_batchnorm1/beta [72]
const TRANSITION1_BATCHNORM1_MOVING_MEAN = 19248u; // params: transition1_batchnorm1/moving_mean [72]
const TRANSITION1_BATCHNORM1_MOVING_VARIANCE = 19320u; // params: transition1_batchnorm1/moving_variance [72]
const TRANSITION1_CONV1_KERNEL = 19392u; // params: transition1_conv1/kernel [1, 1, 72, 36]
const TRANSITION1_CONV1_BIAS = 21984u; // params: transition1_conv1/bias [36]
const DBLOCK2_1_BATCHNORM1_GAMMA = 22020u; // params: dblock2_1_batchnorm1/gamma [36]
const DBLOCK2_1_BATCHNORM1_BETA = 22056u; // params: dblock2_1_batchnorm1/beta [36]
const DBLOCK2_1_BATCHNORM1_MOVING_MEAN = 22092u; // params: dblock2_1_batchnorm1/moving_mean [36]
const DBLOCK2_1_BATCHNORM1_MOVING_VARIANCE = 22128u; // params: dblock2_1_batchnorm1/moving_variance [36]
const DBLOCK2_1_CONV_KERNEL = 22164u; // params: dblock2_1_conv/kernel [3, 3, 36, 12]
const DBLOCK2_1_CONV_BIAS = 26052u; // params: dblock2_1_conv/bias [12]
const DBLOCK2_2_BATCHNORM1_GAMMA = 26064u; // params: dblock2_2_batchnorm1/gamma [48]
const DBLOCK2_2_BATCHNORM1_BETA = 26112u; // params: dblock2_2_batchnorm1/beta [48]
const DBLOCK2_2_BATCHNORM1_MOVING_MEAN = 26160u; // params: dblock2_2_batchnorm1/moving_mean [48]
const DBLOCK2_2_BATCHNORM1_MOVING_VARIANCE = 26208u; // params: dblock2_2_batchnorm1/moving_variance [48]
const DBLOCK2_2_CONV_KERNEL = 26256u; // params: dblock2_2_conv/kernel [3, 3, 48, 12]
const DBLOCK2_2_CONV_BIAS = 31440u; // params: dblock2_2_conv/bias [12]
const DBLOCK2_3_BATCHNORM1_GAMMA = 31452u; // params: dblock2_3_batchnorm1/gamma [60]
const DBLOCK2_3_BATCHNORM1_BETA = 31512u; // params: dblock2_3_batchnorm1/beta [60]
const DBLOCK2_3_BATCHNORM1_MOVING_MEAN = 31572u; // params: dblock2_3_batchnorm1/moving_mean [60]
const DBLOCK2_3_BATCHNORM1_MOVING_VARIANCE = 31632u; // params: dblock2_3_batchnorm1/moving_variance [60]
const DBLOCK2_3_CONV_KERNEL = 31692u; // params: dblock2_3_conv/kernel [3, 3, 60, 12]
const DBLOCK2_3_CONV_BIAS = 38172u; // params: dblock2_3_conv/bias [12]
const DBLOCK2_4_BATCHNORM1_GAMMA = 38184u; // params: dblock2_4_batchnorm1/gamma [72]
const DBLOCK2_4_BATCHNORM1_BETA = 38256u; // params: dblock2_4_batchnorm1/beta [72]
const DBLOCK2_4_BATCHNORM1_MOVING_MEAN = 38328u; // params: dblock2_4_batchnorm1/moving_mean [72]
const DBLOCK2_4_BATCHNORM1_MOVING_VARIANCE = 38400u; // params: dblock2_4_batchnorm1/moving_variance [72]
const DBLOCK2_4_CONV_KERNEL = 38472u; // params: dblock2_4_conv/kernel [3, 3, 72, 12]
const DBLOCK2_4_CONV_BIAS = 46248u; // params: dblock2_4_conv/bias [12]
const TRANSITION2_BATCHNORM1_GAMMA = 46260u; // params: transition2_batchnorm1/gamma [84]
const TRANSITION2_BATCHNORM1_BETA = 46344u; // params: transition2_batchnorm1/beta [84]
const TRANSITION2_BATCHNORM1_MOVING_MEAN = 46428u; // params: transition2_batchnorm1/moving_mean [84]
const TRANSITION2_BATCHNORM1_MOVING_VARIANCE = 46512u; // params: transition2_batchnorm1/moving_variance [84]
const TRANSITION2_CONV1_KERNEL = 46596u; // params: transition2_conv1/kernel [1, 1, 84, 42]
const TRANSITION2_CONV1_BIAS = 50124u; // params: transition2_conv1/bias [42]
const DBLOCK3_1_BATCHNORM1_GAMMA = 50168u; // params: dblock3_1_batchnorm1/gamma [42]
const DBLOCK3_1_BATCHNORM1_BETA = 50212u; // params: dblock3_1_batchnorm1/beta [42]
const DBLOCK3_1_BATCHNORM1_MOVING_MEAN = 50256u; // params: dblock3_1_batchnorm1/moving_mean [42]
const DBLOCK3_1_BATCHNORM1_MOVING_VARIANCE = 50300u; // params: dblock3_1_batchnorm1/moving_variance [42]
const DBLOCK3_1_CONV_KERNEL = 50344u; // params: dblock3_1_conv/kernel [3, 3, 42, 12]
const DBLOCK3_1_CONV_BIAS = 54880u; // params: dblock3_1_conv/bias [12]
const DBLOCK3_2_BATCHNORM1_GAMMA = 54892u; // params: dblock3_2_batchnorm1/gamma [54]
const DBLOCK3_2_BATCHNORM1_BETA = 54948u; // params: dblock3_2_batchnorm1/beta [54]
const DBLOCK3_2_BATCHNORM1_MOVING_MEAN = 55004u; // params: dblock3_2_batchnorm1/moving_mean [54]
const DBLOCK3_2_BATCHNORM1_MOVING_VARIANCE = 55060u; // params: dblock3_2_batchnorm1/moving_variance [54]
const DBLOCK3_2_CONV_KERNEL = 55116u; // params: dblock3_2_conv/kernel [3, 3, 54, 12]
const DBLOCK3_2_CONV_BIAS = 60948u; // params: dblock3_2_conv/bias [12]
const DBLOCK3_3_BATCHNORM1_GAMMA = 60960u; // params: dblock3_3_batchnorm1/gamma [66]
const DBLOCK3_3_BATCHNORM1_BETA = 61028u; // params: dblock3_3_batchnorm1/beta [66]
const DBLOCK3_3_BATCHNORM1_MOVING_MEAN = 61096u; // params: dblock3_3_batchnorm1/moving_mean [66]
const DBLOCK3_3_BATCHNORM1_MOVING_VARIANCE = 61164u; // params: dblock3_3_batchnorm1/moving_variance [66]
const DBLOCK3_3_CONV_KERNEL = 61232u; // params: dblock3_3_conv/kernel [3, 3, 66, 12]
const DBLOCK3_3_CONV_BIAS = 68360u; // params: dblock3_3_conv/bias [12]
const DBLOCK3_4_BATCHNORM1_GAMMA = 68372u; // params: dblock3_4_batchnorm1/gamma [78]
const DBLOCK3_4_BATCHNORM1_BETA = 68452u; // params: dblock3_4_batchnorm1/beta [78]
const DBLOCK3_4_BATCHNORM1_MOVING_MEAN = 68532u; // params: dblock3_4_batchnorm1/moving_mean [78]
const DBLOCK3_4_BATCHNORM1_MOVING_VARIANCE = 68612u; // params: dblock3_4_batchnorm1/moving_variance [78]
const DBLOCK3_4_CONV_KERNEL = 68692u; // params: dblock3_4_conv/kernel [3, 3, 78, 12]
const DBLOCK3_4_CONV_BIAS = 77116u; // params: dblock3_4_conv/bias [12]
const BATCHNORM1_GAMMA = 77128u; // params: batchnorm1/gamma [90]
const BATCHNORM1_BETA = 77220u; // params: batchnorm1/beta [90]
const BATCHNORM1_MOVING_MEAN = 77312u; // params: batchnorm1/moving_mean [90]
const BATCHNORM1_MOVING_VARIANCE = 77404u; // params: batchnorm1/moving_variance [90]
const DENSE1_KERNEL = 77496u; // params: dense1/kernel [90, 10]
const DENSE1_BIAS = 78396u; // params: dense1/bias [10]

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
@group(0) @binding(6) var<storage, read_write> a1: array<f32>;
@group(0) @binding(7) var<storage, read_write> a2: array<f32>;
@group(0) @binding(8) var<storage, read_write> a3: array<f32>;

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
    const ITEMS = 1176;
    const IN_H = 28;
    const IN_W = 28;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 24;
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
  // dblock1_1_batchnorm1.evaluate: stem's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 18816;
    const CHANNELS = 24;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 18816 + e;
      let c = e % CHANNELS;
      let x = a0[STEM_Z + i];
      let zv = params[DBLOCK1_1_BATCHNORM1_BETA + c] + (x - params[DBLOCK1_1_BATCHNORM1_MOVING_MEAN + c]) * params[DBLOCK1_1_BATCHNORM1_GAMMA + c] / sqrt(params[DBLOCK1_1_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a0[DBLOCK1_1_BATCHNORM1_Z + i] = zv;
      a0[DBLOCK1_1_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock1_1_conv.forward: z = bias + 3×3 windows of dblock1_1_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 24;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK1_1_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[DBLOCK1_1_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[DBLOCK1_1_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a0[DBLOCK1_1_CONV_Z + out0] = acc0_0 + params[DBLOCK1_1_CONV_BIAS + co];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out1] = acc0_1 + params[DBLOCK1_1_CONV_BIAS + co];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK1_1_CONV_BIAS + co + 1];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK1_1_CONV_BIAS + co + 1];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK1_1_CONV_BIAS + co + 2];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK1_1_CONV_BIAS + co + 2];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK1_1_CONV_BIAS + co + 3];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK1_1_CONV_BIAS + co + 3];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK1_1_CONV_BIAS + co + 4];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK1_1_CONV_BIAS + co + 4];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK1_1_CONV_BIAS + co + 5];
      }
      {
        a0[DBLOCK1_1_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK1_1_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock1_1_concat1.forward from stem: stem's output as channels 0–23 of 36; an item per element of it
  {
    const ITEMS = 18816;
    const POSITIONS = 784;
    const IN_C = 24;
    const OUT_C = 36;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a0[DBLOCK1_1_CONCAT1_Z + at] = a0[STEM_Z + b * 18816 + e];
    }
  }
  storageBarrier();
  // dblock1_1_concat1.forward from dblock1_1_conv: dblock1_1_conv's output as channels 24–35 of 36; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 784;
    const IN_C = 12;
    const OUT_C = 36;
    const FIRST = 24;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[DBLOCK1_1_CONCAT1_Z + at] = a0[DBLOCK1_1_CONV_Z + b * 9408 + e];
    }
  }
  storageBarrier();
  // dblock1_2_batchnorm1.evaluate: dblock1_1_concat1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 28224;
    const CHANNELS = 36;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 28224 + e;
      let c = e % CHANNELS;
      let x = a0[DBLOCK1_1_CONCAT1_Z + i];
      let zv = params[DBLOCK1_2_BATCHNORM1_BETA + c] + (x - params[DBLOCK1_2_BATCHNORM1_MOVING_MEAN + c]) * params[DBLOCK1_2_BATCHNORM1_GAMMA + c] / sqrt(params[DBLOCK1_2_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a0[DBLOCK1_2_BATCHNORM1_Z + i] = zv;
      a0[DBLOCK1_2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock1_2_conv.forward: z = bias + 3×3 windows of dblock1_2_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 36;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK1_2_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a0[DBLOCK1_2_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a0[DBLOCK1_2_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a0[DBLOCK1_2_CONV_Z + out0] = acc0_0 + params[DBLOCK1_2_CONV_BIAS + co];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out1] = acc0_1 + params[DBLOCK1_2_CONV_BIAS + co];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK1_2_CONV_BIAS + co + 1];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK1_2_CONV_BIAS + co + 1];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK1_2_CONV_BIAS + co + 2];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK1_2_CONV_BIAS + co + 2];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK1_2_CONV_BIAS + co + 3];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK1_2_CONV_BIAS + co + 3];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK1_2_CONV_BIAS + co + 4];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK1_2_CONV_BIAS + co + 4];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK1_2_CONV_BIAS + co + 5];
      }
      {
        a0[DBLOCK1_2_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK1_2_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock1_2_concat1.forward from dblock1_1_concat1: dblock1_1_concat1's output as channels 0–35 of 48; an item per element of it
  {
    const ITEMS = 28224;
    const POSITIONS = 784;
    const IN_C = 36;
    const OUT_C = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a0[DBLOCK1_2_CONCAT1_Z + at] = a0[DBLOCK1_1_CONCAT1_Z + b * 28224 + e];
    }
  }
  storageBarrier();
  // dblock1_2_concat1.forward from dblock1_2_conv: dblock1_2_conv's output as channels 36–47 of 48; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 784;
    const IN_C = 12;
    const OUT_C = 48;
    const FIRST = 36;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a0[DBLOCK1_2_CONCAT1_Z + at] = a0[DBLOCK1_2_CONV_Z + b * 9408 + e];
    }
  }
  storageBarrier();
  // dblock1_3_batchnorm1.evaluate: dblock1_2_concat1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 37632;
    const CHANNELS = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 37632 + e;
      let c = e % CHANNELS;
      let x = a0[DBLOCK1_2_CONCAT1_Z + i];
      let zv = params[DBLOCK1_3_BATCHNORM1_BETA + c] + (x - params[DBLOCK1_3_BATCHNORM1_MOVING_MEAN + c]) * params[DBLOCK1_3_BATCHNORM1_GAMMA + c] / sqrt(params[DBLOCK1_3_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a0[DBLOCK1_3_BATCHNORM1_Z + i] = zv;
      a1[DBLOCK1_3_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock1_3_conv.forward: z = bias + 3×3 windows of dblock1_3_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 48;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK1_3_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[DBLOCK1_3_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a1[DBLOCK1_3_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a1[DBLOCK1_3_CONV_Z + out0] = acc0_0 + params[DBLOCK1_3_CONV_BIAS + co];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out1] = acc0_1 + params[DBLOCK1_3_CONV_BIAS + co];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK1_3_CONV_BIAS + co + 1];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK1_3_CONV_BIAS + co + 1];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK1_3_CONV_BIAS + co + 2];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK1_3_CONV_BIAS + co + 2];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK1_3_CONV_BIAS + co + 3];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK1_3_CONV_BIAS + co + 3];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK1_3_CONV_BIAS + co + 4];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK1_3_CONV_BIAS + co + 4];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK1_3_CONV_BIAS + co + 5];
      }
      {
        a1[DBLOCK1_3_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK1_3_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock1_3_concat1.forward from dblock1_2_concat1: dblock1_2_concat1's output as channels 0–47 of 60; an item per element of it
  {
    const ITEMS = 37632;
    const POSITIONS = 784;
    const IN_C = 48;
    const OUT_C = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a1[DBLOCK1_3_CONCAT1_Z + at] = a0[DBLOCK1_2_CONCAT1_Z + b * 37632 + e];
    }
  }
  storageBarrier();
  // dblock1_3_concat1.forward from dblock1_3_conv: dblock1_3_conv's output as channels 48–59 of 60; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 784;
    const IN_C = 12;
    const OUT_C = 60;
    const FIRST = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a1[DBLOCK1_3_CONCAT1_Z + at] = a1[DBLOCK1_3_CONV_Z + b * 9408 + e];
    }
  }
  storageBarrier();
  // dblock1_4_batchnorm1.evaluate: dblock1_3_concat1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 47040;
    const CHANNELS = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 47040 + e;
      let c = e % CHANNELS;
      let x = a1[DBLOCK1_3_CONCAT1_Z + i];
      let zv = params[DBLOCK1_4_BATCHNORM1_BETA + c] + (x - params[DBLOCK1_4_BATCHNORM1_MOVING_MEAN + c]) * params[DBLOCK1_4_BATCHNORM1_GAMMA + c] / sqrt(params[DBLOCK1_4_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a1[DBLOCK1_4_BATCHNORM1_Z + i] = zv;
      a1[DBLOCK1_4_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock1_4_conv.forward: z = bias + 3×3 windows of dblock1_4_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 784;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 60;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK1_4_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a1[DBLOCK1_4_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a1[DBLOCK1_4_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a1[DBLOCK1_4_CONV_Z + out0] = acc0_0 + params[DBLOCK1_4_CONV_BIAS + co];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out1] = acc0_1 + params[DBLOCK1_4_CONV_BIAS + co];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK1_4_CONV_BIAS + co + 1];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK1_4_CONV_BIAS + co + 1];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK1_4_CONV_BIAS + co + 2];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK1_4_CONV_BIAS + co + 2];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK1_4_CONV_BIAS + co + 3];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK1_4_CONV_BIAS + co + 3];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK1_4_CONV_BIAS + co + 4];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK1_4_CONV_BIAS + co + 4];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK1_4_CONV_BIAS + co + 5];
      }
      {
        a1[DBLOCK1_4_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK1_4_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock1_4_concat1.forward from dblock1_3_concat1: dblock1_3_concat1's output as channels 0–59 of 72; an item per element of it
  {
    const ITEMS = 47040;
    const POSITIONS = 784;
    const IN_C = 60;
    const OUT_C = 72;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a1[DBLOCK1_4_CONCAT1_Z + at] = a1[DBLOCK1_3_CONCAT1_Z + b * 47040 + e];
    }
  }
  storageBarrier();
  // dblock1_4_concat1.forward from dblock1_4_conv: dblock1_4_conv's output as channels 60–71 of 72; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 784;
    const IN_C = 12;
    const OUT_C = 72;
    const FIRST = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a1[DBLOCK1_4_CONCAT1_Z + at] = a1[DBLOCK1_4_CONV_Z + b * 9408 + e];
    }
  }
  storageBarrier();
  // transition1_batchnorm1.evaluate: dblock1_4_concat1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 56448;
    const CHANNELS = 72;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 56448 + e;
      let c = e % CHANNELS;
      let x = a1[DBLOCK1_4_CONCAT1_Z + i];
      let zv = params[TRANSITION1_BATCHNORM1_BETA + c] + (x - params[TRANSITION1_BATCHNORM1_MOVING_MEAN + c]) * params[TRANSITION1_BATCHNORM1_GAMMA + c] / sqrt(params[TRANSITION1_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a2[TRANSITION1_BATCHNORM1_Z + i] = zv;
      a2[TRANSITION1_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // transition1_conv1.forward: z = bias + 1×1 windows of transition1_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 2352;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 72;
    const OUT_H = 28;
    const OUT_W = 28;
    const OUT_C = 36;
    const POSITIONS = 392;
    const ROW_ITEMS = 14;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = TRANSITION1_CONV1_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a2[TRANSITION1_ACTIVATION1_Y + xi0 + ci];
        let x1 = a2[TRANSITION1_ACTIVATION1_Y + xi1 + ci];
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
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a2[TRANSITION1_CONV1_Z + out0] = acc0_0 + params[TRANSITION1_CONV1_BIAS + co];
      }
      {
        a2[TRANSITION1_CONV1_Z + out1] = acc0_1 + params[TRANSITION1_CONV1_BIAS + co];
      }
      {
        a2[TRANSITION1_CONV1_Z + out0 + 1] = acc1_0 + params[TRANSITION1_CONV1_BIAS + co + 1];
      }
      {
        a2[TRANSITION1_CONV1_Z + out1 + 1] = acc1_1 + params[TRANSITION1_CONV1_BIAS + co + 1];
      }
      {
        a2[TRANSITION1_CONV1_Z + out0 + 2] = acc2_0 + params[TRANSITION1_CONV1_BIAS + co + 2];
      }
      {
        a2[TRANSITION1_CONV1_Z + out1 + 2] = acc2_1 + params[TRANSITION1_CONV1_BIAS + co + 2];
      }
      {
        a2[TRANSITION1_CONV1_Z + out0 + 3] = acc3_0 + params[TRANSITION1_CONV1_BIAS + co + 3];
      }
      {
        a2[TRANSITION1_CONV1_Z + out1 + 3] = acc3_1 + params[TRANSITION1_CONV1_BIAS + co + 3];
      }
      {
        a2[TRANSITION1_CONV1_Z + out0 + 4] = acc4_0 + params[TRANSITION1_CONV1_BIAS + co + 4];
      }
      {
        a2[TRANSITION1_CONV1_Z + out1 + 4] = acc4_1 + params[TRANSITION1_CONV1_BIAS + co + 4];
      }
      {
        a2[TRANSITION1_CONV1_Z + out0 + 5] = acc5_0 + params[TRANSITION1_CONV1_BIAS + co + 5];
      }
      {
        a2[TRANSITION1_CONV1_Z + out1 + 5] = acc5_1 + params[TRANSITION1_CONV1_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // transition1_pool1.forward: avg pooling over 2×2 windows of transition1_conv1's output; an item per output element
  {
    const ITEMS = 7056;
    const IN_H = 28;
    const IN_W = 28;
    const IN_C = 36;
    const OUT_W = 14;
    const OUT_C = 36;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = 0.0;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) * STRIDE_H + ky;
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let ix = i32(ox) * STRIDE_W + kx;
          let v = a2[TRANSITION1_CONV1_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          acc = acc + v;
        }
      }
      a2[TRANSITION1_POOL1_Z + b * 7056 + e] = acc / 4.0;
    }
  }
  storageBarrier();
  // dblock2_1_batchnorm1.evaluate: transition1_pool1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 7056;
    const CHANNELS = 36;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 7056 + e;
      let c = e % CHANNELS;
      let x = a2[TRANSITION1_POOL1_Z + i];
      let zv = params[DBLOCK2_1_BATCHNORM1_BETA + c] + (x - params[DBLOCK2_1_BATCHNORM1_MOVING_MEAN + c]) * params[DBLOCK2_1_BATCHNORM1_GAMMA + c] / sqrt(params[DBLOCK2_1_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a2[DBLOCK2_1_BATCHNORM1_Z + i] = zv;
      a2[DBLOCK2_1_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock2_1_conv.forward: z = bias + 3×3 windows of dblock2_1_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 36;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK2_1_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a2[DBLOCK2_1_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a2[DBLOCK2_1_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a2[DBLOCK2_1_CONV_Z + out0] = acc0_0 + params[DBLOCK2_1_CONV_BIAS + co];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out1] = acc0_1 + params[DBLOCK2_1_CONV_BIAS + co];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK2_1_CONV_BIAS + co + 1];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK2_1_CONV_BIAS + co + 1];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK2_1_CONV_BIAS + co + 2];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK2_1_CONV_BIAS + co + 2];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK2_1_CONV_BIAS + co + 3];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK2_1_CONV_BIAS + co + 3];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK2_1_CONV_BIAS + co + 4];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK2_1_CONV_BIAS + co + 4];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK2_1_CONV_BIAS + co + 5];
      }
      {
        a2[DBLOCK2_1_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK2_1_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock2_1_concat1.forward from transition1_pool1: transition1_pool1's output as channels 0–35 of 48; an item per element of it
  {
    const ITEMS = 7056;
    const POSITIONS = 196;
    const IN_C = 36;
    const OUT_C = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a2[DBLOCK2_1_CONCAT1_Z + at] = a2[TRANSITION1_POOL1_Z + b * 7056 + e];
    }
  }
  storageBarrier();
  // dblock2_1_concat1.forward from dblock2_1_conv: dblock2_1_conv's output as channels 36–47 of 48; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 196;
    const IN_C = 12;
    const OUT_C = 48;
    const FIRST = 36;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a2[DBLOCK2_1_CONCAT1_Z + at] = a2[DBLOCK2_1_CONV_Z + b * 2352 + e];
    }
  }
  storageBarrier();
  // dblock2_2_batchnorm1.evaluate: dblock2_1_concat1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 9408;
    const CHANNELS = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 9408 + e;
      let c = e % CHANNELS;
      let x = a2[DBLOCK2_1_CONCAT1_Z + i];
      let zv = params[DBLOCK2_2_BATCHNORM1_BETA + c] + (x - params[DBLOCK2_2_BATCHNORM1_MOVING_MEAN + c]) * params[DBLOCK2_2_BATCHNORM1_GAMMA + c] / sqrt(params[DBLOCK2_2_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a2[DBLOCK2_2_BATCHNORM1_Z + i] = zv;
      a2[DBLOCK2_2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock2_2_conv.forward: z = bias + 3×3 windows of dblock2_2_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 48;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK2_2_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a2[DBLOCK2_2_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a2[DBLOCK2_2_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a2[DBLOCK2_2_CONV_Z + out0] = acc0_0 + params[DBLOCK2_2_CONV_BIAS + co];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out1] = acc0_1 + params[DBLOCK2_2_CONV_BIAS + co];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK2_2_CONV_BIAS + co + 1];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK2_2_CONV_BIAS + co + 1];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK2_2_CONV_BIAS + co + 2];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK2_2_CONV_BIAS + co + 2];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK2_2_CONV_BIAS + co + 3];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK2_2_CONV_BIAS + co + 3];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK2_2_CONV_BIAS + co + 4];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK2_2_CONV_BIAS + co + 4];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK2_2_CONV_BIAS + co + 5];
      }
      {
        a2[DBLOCK2_2_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK2_2_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock2_2_concat1.forward from dblock2_1_concat1: dblock2_1_concat1's output as channels 0–47 of 60; an item per element of it
  {
    const ITEMS = 9408;
    const POSITIONS = 196;
    const IN_C = 48;
    const OUT_C = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a2[DBLOCK2_2_CONCAT1_Z + at] = a2[DBLOCK2_1_CONCAT1_Z + b * 9408 + e];
    }
  }
  storageBarrier();
  // dblock2_2_concat1.forward from dblock2_2_conv: dblock2_2_conv's output as channels 48–59 of 60; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 196;
    const IN_C = 12;
    const OUT_C = 60;
    const FIRST = 48;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a2[DBLOCK2_2_CONCAT1_Z + at] = a2[DBLOCK2_2_CONV_Z + b * 2352 + e];
    }
  }
  storageBarrier();
  // dblock2_3_batchnorm1.evaluate: dblock2_2_concat1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 11760;
    const CHANNELS = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 11760 + e;
      let c = e % CHANNELS;
      let x = a2[DBLOCK2_2_CONCAT1_Z + i];
      let zv = params[DBLOCK2_3_BATCHNORM1_BETA + c] + (x - params[DBLOCK2_3_BATCHNORM1_MOVING_MEAN + c]) * params[DBLOCK2_3_BATCHNORM1_GAMMA + c] / sqrt(params[DBLOCK2_3_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a2[DBLOCK2_3_BATCHNORM1_Z + i] = zv;
      a2[DBLOCK2_3_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock2_3_conv.forward: z = bias + 3×3 windows of dblock2_3_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 60;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK2_3_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a2[DBLOCK2_3_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a2[DBLOCK2_3_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a2[DBLOCK2_3_CONV_Z + out0] = acc0_0 + params[DBLOCK2_3_CONV_BIAS + co];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out1] = acc0_1 + params[DBLOCK2_3_CONV_BIAS + co];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK2_3_CONV_BIAS + co + 1];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK2_3_CONV_BIAS + co + 1];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK2_3_CONV_BIAS + co + 2];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK2_3_CONV_BIAS + co + 2];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK2_3_CONV_BIAS + co + 3];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK2_3_CONV_BIAS + co + 3];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK2_3_CONV_BIAS + co + 4];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK2_3_CONV_BIAS + co + 4];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK2_3_CONV_BIAS + co + 5];
      }
      {
        a2[DBLOCK2_3_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK2_3_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock2_3_concat1.forward from dblock2_2_concat1: dblock2_2_concat1's output as channels 0–59 of 72; an item per element of it
  {
    const ITEMS = 11760;
    const POSITIONS = 196;
    const IN_C = 60;
    const OUT_C = 72;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a2[DBLOCK2_3_CONCAT1_Z + at] = a2[DBLOCK2_2_CONCAT1_Z + b * 11760 + e];
    }
  }
  storageBarrier();
  // dblock2_3_concat1.forward from dblock2_3_conv: dblock2_3_conv's output as channels 60–71 of 72; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 196;
    const IN_C = 12;
    const OUT_C = 72;
    const FIRST = 60;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a2[DBLOCK2_3_CONCAT1_Z + at] = a2[DBLOCK2_3_CONV_Z + b * 2352 + e];
    }
  }
  storageBarrier();
  // dblock2_4_batchnorm1.evaluate: dblock2_3_concat1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 14112;
    const CHANNELS = 72;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 14112 + e;
      let c = e % CHANNELS;
      let x = a2[DBLOCK2_3_CONCAT1_Z + i];
      let zv = params[DBLOCK2_4_BATCHNORM1_BETA + c] + (x - params[DBLOCK2_4_BATCHNORM1_MOVING_MEAN + c]) * params[DBLOCK2_4_BATCHNORM1_GAMMA + c] / sqrt(params[DBLOCK2_4_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a2[DBLOCK2_4_BATCHNORM1_Z + i] = zv;
      a3[DBLOCK2_4_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock2_4_conv.forward: z = bias + 3×3 windows of dblock2_4_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 196;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 72;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
            let xi0 = (row + u32(clamp(ix, 0, IN_W - 1))) * IN_C;
            let in1 = ix + 1 >= 0 && ix + 1 < IN_W;
            let xi1 = (row + u32(clamp(ix + 1, 0, IN_W - 1))) * IN_C;
            var wi = DBLOCK2_4_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a3[DBLOCK2_4_ACTIVATION1_Y + xi0 + ci], in0);
              let x1 = select(0.0, a3[DBLOCK2_4_ACTIVATION1_Y + xi1 + ci], in1);
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
              wi = wi + OUT_C;
            }
          }
        }
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a3[DBLOCK2_4_CONV_Z + out0] = acc0_0 + params[DBLOCK2_4_CONV_BIAS + co];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out1] = acc0_1 + params[DBLOCK2_4_CONV_BIAS + co];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK2_4_CONV_BIAS + co + 1];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out1 + 1] = acc1_1 + params[DBLOCK2_4_CONV_BIAS + co + 1];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK2_4_CONV_BIAS + co + 2];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out1 + 2] = acc2_1 + params[DBLOCK2_4_CONV_BIAS + co + 2];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK2_4_CONV_BIAS + co + 3];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out1 + 3] = acc3_1 + params[DBLOCK2_4_CONV_BIAS + co + 3];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK2_4_CONV_BIAS + co + 4];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out1 + 4] = acc4_1 + params[DBLOCK2_4_CONV_BIAS + co + 4];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK2_4_CONV_BIAS + co + 5];
      }
      {
        a3[DBLOCK2_4_CONV_Z + out1 + 5] = acc5_1 + params[DBLOCK2_4_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock2_4_concat1.forward from dblock2_3_concat1: dblock2_3_concat1's output as channels 0–71 of 84; an item per element of it
  {
    const ITEMS = 14112;
    const POSITIONS = 196;
    const IN_C = 72;
    const OUT_C = 84;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a3[DBLOCK2_4_CONCAT1_Z + at] = a2[DBLOCK2_3_CONCAT1_Z + b * 14112 + e];
    }
  }
  storageBarrier();
  // dblock2_4_concat1.forward from dblock2_4_conv: dblock2_4_conv's output as channels 72–83 of 84; an item per element of it
  {
    const ITEMS = 2352;
    const POSITIONS = 196;
    const IN_C = 12;
    const OUT_C = 84;
    const FIRST = 72;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a3[DBLOCK2_4_CONCAT1_Z + at] = a3[DBLOCK2_4_CONV_Z + b * 2352 + e];
    }
  }
  storageBarrier();
  // transition2_batchnorm1.evaluate: dblock2_4_concat1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 16464;
    const CHANNELS = 84;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 16464 + e;
      let c = e % CHANNELS;
      let x = a3[DBLOCK2_4_CONCAT1_Z + i];
      let zv = params[TRANSITION2_BATCHNORM1_BETA + c] + (x - params[TRANSITION2_BATCHNORM1_MOVING_MEAN + c]) * params[TRANSITION2_BATCHNORM1_GAMMA + c] / sqrt(params[TRANSITION2_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a3[TRANSITION2_BATCHNORM1_Z + i] = zv;
      a3[TRANSITION2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // transition2_conv1.forward: z = bias + 1×1 windows of transition2_batchnorm1's output · kernel; an item per 6 filters × 2 positions of a row
  {
    const ITEMS = 686;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 84;
    const OUT_H = 14;
    const OUT_W = 14;
    const OUT_C = 42;
    const POSITIONS = 98;
    const ROW_ITEMS = 7;
    const BLOCK = 6;
    const ROW_BLOCK = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let co = (e / POSITIONS) * BLOCK;
      let r = e % POSITIONS;
      let oy = r / ROW_ITEMS;
      let ox = (r % ROW_ITEMS) * ROW_BLOCK;
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
      let iy = i32(oy);
      let row = (b * IN_H + u32(iy)) * IN_W;
      let ix = i32(ox);
      let xi0 = (row + u32(ix)) * IN_C;
      let xi1 = (row + u32(ix + 1)) * IN_C;
      var wi = TRANSITION2_CONV1_KERNEL + co;
      for (var ci = 0u; ci < IN_C; ci++) {
        let x0 = a3[TRANSITION2_ACTIVATION1_Y + xi0 + ci];
        let x1 = a3[TRANSITION2_ACTIVATION1_Y + xi1 + ci];
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
        wi = wi + OUT_C;
      }
      let out0 = (b * OUT_H * OUT_W + oy * OUT_W + ox) * OUT_C + co;
      let out1 = (b * OUT_H * OUT_W + oy * OUT_W + ox + 1) * OUT_C + co;
      {
        a3[TRANSITION2_CONV1_Z + out0] = acc0_0 + params[TRANSITION2_CONV1_BIAS + co];
      }
      {
        a3[TRANSITION2_CONV1_Z + out1] = acc0_1 + params[TRANSITION2_CONV1_BIAS + co];
      }
      {
        a3[TRANSITION2_CONV1_Z + out0 + 1] = acc1_0 + params[TRANSITION2_CONV1_BIAS + co + 1];
      }
      {
        a3[TRANSITION2_CONV1_Z + out1 + 1] = acc1_1 + params[TRANSITION2_CONV1_BIAS + co + 1];
      }
      {
        a3[TRANSITION2_CONV1_Z + out0 + 2] = acc2_0 + params[TRANSITION2_CONV1_BIAS + co + 2];
      }
      {
        a3[TRANSITION2_CONV1_Z + out1 + 2] = acc2_1 + params[TRANSITION2_CONV1_BIAS + co + 2];
      }
      {
        a3[TRANSITION2_CONV1_Z + out0 + 3] = acc3_0 + params[TRANSITION2_CONV1_BIAS + co + 3];
      }
      {
        a3[TRANSITION2_CONV1_Z + out1 + 3] = acc3_1 + params[TRANSITION2_CONV1_BIAS + co + 3];
      }
      {
        a3[TRANSITION2_CONV1_Z + out0 + 4] = acc4_0 + params[TRANSITION2_CONV1_BIAS + co + 4];
      }
      {
        a3[TRANSITION2_CONV1_Z + out1 + 4] = acc4_1 + params[TRANSITION2_CONV1_BIAS + co + 4];
      }
      {
        a3[TRANSITION2_CONV1_Z + out0 + 5] = acc5_0 + params[TRANSITION2_CONV1_BIAS + co + 5];
      }
      {
        a3[TRANSITION2_CONV1_Z + out1 + 5] = acc5_1 + params[TRANSITION2_CONV1_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // transition2_pool1.forward: avg pooling over 2×2 windows of transition2_conv1's output; an item per output element
  {
    const ITEMS = 2058;
    const IN_H = 14;
    const IN_W = 14;
    const IN_C = 42;
    const OUT_W = 7;
    const OUT_C = 42;
    const WINDOW_H = 2;
    const WINDOW_W = 2;
    const STRIDE_H = 2;
    const STRIDE_W = 2;
    for (var e = t; e < ITEMS; e += THREADS) {
      let oy = e / (OUT_W * OUT_C);
      let ox = (e / OUT_C) % OUT_W;
      let c = e % OUT_C;
      var acc = 0.0;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        let iy = i32(oy) * STRIDE_H + ky;
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let ix = i32(ox) * STRIDE_W + kx;
          let v = a3[TRANSITION2_CONV1_Z + ((b * IN_H + u32(iy)) * IN_W + u32(ix)) * IN_C + c];
          acc = acc + v;
        }
      }
      a3[TRANSITION2_POOL1_Z + b * 2058 + e] = acc / 4.0;
    }
  }
  storageBarrier();
  // dblock3_1_batchnorm1.evaluate: transition2_pool1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 2058;
    const CHANNELS = 42;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 2058 + e;
      let c = e % CHANNELS;
      let x = a3[TRANSITION2_POOL1_Z + i];
      let zv = params[DBLOCK3_1_BATCHNORM1_BETA + c] + (x - params[DBLOCK3_1_BATCHNORM1_MOVING_MEAN + c]) * params[DBLOCK3_1_BATCHNORM1_GAMMA + c] / sqrt(params[DBLOCK3_1_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a3[DBLOCK3_1_BATCHNORM1_Z + i] = zv;
      a3[DBLOCK3_1_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock3_1_conv.forward: z = bias + 3×3 windows of dblock3_1_batchnorm1's output · kernel; an item per 6 filters × 1 positions of a row
  {
    const ITEMS = 98;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 42;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
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
            var wi = DBLOCK3_1_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a3[DBLOCK3_1_ACTIVATION1_Y + xi0 + ci], in0);
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
        a3[DBLOCK3_1_CONV_Z + out0] = acc0_0 + params[DBLOCK3_1_CONV_BIAS + co];
      }
      {
        a3[DBLOCK3_1_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK3_1_CONV_BIAS + co + 1];
      }
      {
        a3[DBLOCK3_1_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK3_1_CONV_BIAS + co + 2];
      }
      {
        a3[DBLOCK3_1_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK3_1_CONV_BIAS + co + 3];
      }
      {
        a3[DBLOCK3_1_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK3_1_CONV_BIAS + co + 4];
      }
      {
        a3[DBLOCK3_1_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK3_1_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock3_1_concat1.forward from transition2_pool1: transition2_pool1's output as channels 0–41 of 54; an item per element of it
  {
    const ITEMS = 2058;
    const POSITIONS = 49;
    const IN_C = 42;
    const OUT_C = 54;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a3[DBLOCK3_1_CONCAT1_Z + at] = a3[TRANSITION2_POOL1_Z + b * 2058 + e];
    }
  }
  storageBarrier();
  // dblock3_1_concat1.forward from dblock3_1_conv: dblock3_1_conv's output as channels 42–53 of 54; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 54;
    const FIRST = 42;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a3[DBLOCK3_1_CONCAT1_Z + at] = a3[DBLOCK3_1_CONV_Z + b * 588 + e];
    }
  }
  storageBarrier();
  // dblock3_2_batchnorm1.evaluate: dblock3_1_concat1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 2646;
    const CHANNELS = 54;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 2646 + e;
      let c = e % CHANNELS;
      let x = a3[DBLOCK3_1_CONCAT1_Z + i];
      let zv = params[DBLOCK3_2_BATCHNORM1_BETA + c] + (x - params[DBLOCK3_2_BATCHNORM1_MOVING_MEAN + c]) * params[DBLOCK3_2_BATCHNORM1_GAMMA + c] / sqrt(params[DBLOCK3_2_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a3[DBLOCK3_2_BATCHNORM1_Z + i] = zv;
      a3[DBLOCK3_2_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock3_2_conv.forward: z = bias + 3×3 windows of dblock3_2_batchnorm1's output · kernel; an item per 6 filters × 1 positions of a row
  {
    const ITEMS = 98;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 54;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
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
            var wi = DBLOCK3_2_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a3[DBLOCK3_2_ACTIVATION1_Y + xi0 + ci], in0);
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
        a3[DBLOCK3_2_CONV_Z + out0] = acc0_0 + params[DBLOCK3_2_CONV_BIAS + co];
      }
      {
        a3[DBLOCK3_2_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK3_2_CONV_BIAS + co + 1];
      }
      {
        a3[DBLOCK3_2_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK3_2_CONV_BIAS + co + 2];
      }
      {
        a3[DBLOCK3_2_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK3_2_CONV_BIAS + co + 3];
      }
      {
        a3[DBLOCK3_2_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK3_2_CONV_BIAS + co + 4];
      }
      {
        a3[DBLOCK3_2_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK3_2_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock3_2_concat1.forward from dblock3_1_concat1: dblock3_1_concat1's output as channels 0–53 of 66; an item per element of it
  {
    const ITEMS = 2646;
    const POSITIONS = 49;
    const IN_C = 54;
    const OUT_C = 66;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a3[DBLOCK3_2_CONCAT1_Z + at] = a3[DBLOCK3_1_CONCAT1_Z + b * 2646 + e];
    }
  }
  storageBarrier();
  // dblock3_2_concat1.forward from dblock3_2_conv: dblock3_2_conv's output as channels 54–65 of 66; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 66;
    const FIRST = 54;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a3[DBLOCK3_2_CONCAT1_Z + at] = a3[DBLOCK3_2_CONV_Z + b * 588 + e];
    }
  }
  storageBarrier();
  // dblock3_3_batchnorm1.evaluate: dblock3_2_concat1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3234;
    const CHANNELS = 66;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3234 + e;
      let c = e % CHANNELS;
      let x = a3[DBLOCK3_2_CONCAT1_Z + i];
      let zv = params[DBLOCK3_3_BATCHNORM1_BETA + c] + (x - params[DBLOCK3_3_BATCHNORM1_MOVING_MEAN + c]) * params[DBLOCK3_3_BATCHNORM1_GAMMA + c] / sqrt(params[DBLOCK3_3_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a3[DBLOCK3_3_BATCHNORM1_Z + i] = zv;
      a3[DBLOCK3_3_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock3_3_conv.forward: z = bias + 3×3 windows of dblock3_3_batchnorm1's output · kernel; an item per 6 filters × 1 positions of a row
  {
    const ITEMS = 98;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 66;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
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
            var wi = DBLOCK3_3_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a3[DBLOCK3_3_ACTIVATION1_Y + xi0 + ci], in0);
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
        a3[DBLOCK3_3_CONV_Z + out0] = acc0_0 + params[DBLOCK3_3_CONV_BIAS + co];
      }
      {
        a3[DBLOCK3_3_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK3_3_CONV_BIAS + co + 1];
      }
      {
        a3[DBLOCK3_3_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK3_3_CONV_BIAS + co + 2];
      }
      {
        a3[DBLOCK3_3_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK3_3_CONV_BIAS + co + 3];
      }
      {
        a3[DBLOCK3_3_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK3_3_CONV_BIAS + co + 4];
      }
      {
        a3[DBLOCK3_3_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK3_3_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock3_3_concat1.forward from dblock3_2_concat1: dblock3_2_concat1's output as channels 0–65 of 78; an item per element of it
  {
    const ITEMS = 3234;
    const POSITIONS = 49;
    const IN_C = 66;
    const OUT_C = 78;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a3[DBLOCK3_3_CONCAT1_Z + at] = a3[DBLOCK3_2_CONCAT1_Z + b * 3234 + e];
    }
  }
  storageBarrier();
  // dblock3_3_concat1.forward from dblock3_3_conv: dblock3_3_conv's output as channels 66–77 of 78; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 78;
    const FIRST = 66;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a3[DBLOCK3_3_CONCAT1_Z + at] = a3[DBLOCK3_3_CONV_Z + b * 588 + e];
    }
  }
  storageBarrier();
  // dblock3_4_batchnorm1.evaluate: dblock3_3_concat1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 3822;
    const CHANNELS = 78;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 3822 + e;
      let c = e % CHANNELS;
      let x = a3[DBLOCK3_3_CONCAT1_Z + i];
      let zv = params[DBLOCK3_4_BATCHNORM1_BETA + c] + (x - params[DBLOCK3_4_BATCHNORM1_MOVING_MEAN + c]) * params[DBLOCK3_4_BATCHNORM1_GAMMA + c] / sqrt(params[DBLOCK3_4_BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a3[DBLOCK3_4_BATCHNORM1_Z + i] = zv;
      a3[DBLOCK3_4_ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // dblock3_4_conv.forward: z = bias + 3×3 windows of dblock3_4_batchnorm1's output · kernel; an item per 6 filters × 1 positions of a row
  {
    const ITEMS = 98;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 78;
    const OUT_H = 7;
    const OUT_W = 7;
    const OUT_C = 12;
    const KERNEL_H = 3;
    const KERNEL_W = 3;
    const PAD_TOP = 1;
    const PAD_LEFT = 1;
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
            var wi = DBLOCK3_4_CONV_KERNEL + (u32(ky) * KERNEL_W + u32(kx)) * (IN_C * OUT_C) + co;
            for (var ci = 0u; ci < IN_C; ci++) {
              let x0 = select(0.0, a3[DBLOCK3_4_ACTIVATION1_Y + xi0 + ci], in0);
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
        a3[DBLOCK3_4_CONV_Z + out0] = acc0_0 + params[DBLOCK3_4_CONV_BIAS + co];
      }
      {
        a3[DBLOCK3_4_CONV_Z + out0 + 1] = acc1_0 + params[DBLOCK3_4_CONV_BIAS + co + 1];
      }
      {
        a3[DBLOCK3_4_CONV_Z + out0 + 2] = acc2_0 + params[DBLOCK3_4_CONV_BIAS + co + 2];
      }
      {
        a3[DBLOCK3_4_CONV_Z + out0 + 3] = acc3_0 + params[DBLOCK3_4_CONV_BIAS + co + 3];
      }
      {
        a3[DBLOCK3_4_CONV_Z + out0 + 4] = acc4_0 + params[DBLOCK3_4_CONV_BIAS + co + 4];
      }
      {
        a3[DBLOCK3_4_CONV_Z + out0 + 5] = acc5_0 + params[DBLOCK3_4_CONV_BIAS + co + 5];
      }
    }
  }
  storageBarrier();
  // dblock3_4_concat1.forward from dblock3_3_concat1: dblock3_3_concat1's output as channels 0–77 of 90; an item per element of it
  {
    const ITEMS = 3822;
    const POSITIONS = 49;
    const IN_C = 78;
    const OUT_C = 90;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + e % IN_C;
      a3[DBLOCK3_4_CONCAT1_Z + at] = a3[DBLOCK3_3_CONCAT1_Z + b * 3822 + e];
    }
  }
  storageBarrier();
  // dblock3_4_concat1.forward from dblock3_4_conv: dblock3_4_conv's output as channels 78–89 of 90; an item per element of it
  {
    const ITEMS = 588;
    const POSITIONS = 49;
    const IN_C = 12;
    const OUT_C = 90;
    const FIRST = 78;
    for (var e = t; e < ITEMS; e += THREADS) {
      let pos = e / IN_C;
      let at = (b * POSITIONS + pos) * OUT_C + FIRST + e % IN_C;
      a3[DBLOCK3_4_CONCAT1_Z + at] = a3[DBLOCK3_4_CONV_Z + b * 588 + e];
    }
  }
  storageBarrier();
  // batchnorm1.evaluate: dblock3_4_concat1's output normalized by the moving statistics, times gamma, plus beta; an item per element
  {
    const ITEMS = 4410;
    const CHANNELS = 90;
    for (var e = t; e < ITEMS; e += THREADS) {
      let i = b * 4410 + e;
      let c = e % CHANNELS;
      let x = a3[DBLOCK3_4_CONCAT1_Z + i];
      let zv = params[BATCHNORM1_BETA + c] + (x - params[BATCHNORM1_MOVING_MEAN + c]) * params[BATCHNORM1_GAMMA + c] / sqrt(params[BATCHNORM1_MOVING_VARIANCE + c] + 0.0010000000474974513);
      a3[BATCHNORM1_Z + i] = zv;
      a3[ACTIVATION1_Y + i] = act_relu(zv);
    }
  }
  storageBarrier();
  // pool1.forward: global avg pooling of batchnorm1's output; an item per output element
  {
    const ITEMS = 90;
    const IN_H = 7;
    const IN_W = 7;
    const IN_C = 90;
    const OUT_C = 90;
    const WINDOW_H = 7;
    const WINDOW_W = 7;
    if (t < ITEMS) {
      let e = t;
      let c = e % OUT_C;
      var acc = 0.0;
      for (var ky = 0; ky < WINDOW_H; ky++) {
        for (var kx = 0; kx < WINDOW_W; kx++) {
          let v = a3[ACTIVATION1_Y + ((b * IN_H + u32(ky)) * IN_W + u32(kx)) * IN_C + c];
          acc = acc + v;
        }
      }
      a3[POOL1_Z + b * 90 + e] = acc / 49.0;
    }
  }
  storageBarrier();
  // dense1.forward: z = pool1's output · kernel + bias; an item per 2 units
  {
    const ITEMS = 5;
    const IN_UNITS = 90;
    const OUT_UNITS = 10;
    const BLOCK = 2;
    if (t < ITEMS) {
      let e = t;
      let o = e * BLOCK;
      var acc0 = 0.0;
      var acc1 = 0.0;
      var wi = DENSE1_KERNEL + o;
      for (var k = 0u; k < IN_UNITS; k++) {
        let xv = a3[POOL1_Z + b * IN_UNITS + k];
        acc0 = acc0 + xv * params[wi];
        acc1 = acc1 + xv * params[wi + 1];
        wi = wi + OUT_UNITS;
      }
      {
        a3[DENSE1_Z + b * OUT_UNITS + o] = acc0 + params[DENSE1_BIAS + o];
      }
      {
        a3[DENSE1_Z + b * OUT_UNITS + o + 1] = acc1 + params[DENSE1_BIAS + o + 1];
      }
    }
  }
}

////////////////////////////////////////////////////////////////////////////////////////////////////
// kernel evaluate 2: loss.evaluate
// one example's phases in order, a workgroup of THREADS threads per example; each phase spreads its ITEMS over them
// 128 workgroups of 256 threads

// where its tensors are: offsets in floats into an arena (a0, a1...) or params
const DENSE1_Z = 16005120u; // a3, 10 floats per example: dense1's output

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
@group(0) @binding(2) var<storage, read> labels: array<u32>;
@group(0) @binding(3) var<storage, read_write> results: array<f32>;
@group(0) @binding(4) var<storage, read_write> a3: array<f32>;

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

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 128u) { return; }
  let b = g;
  if (b >= step.n) { return; }
  // loss.evaluate: cross-entropy of dense1's output (log-softmax of the logits) against the label; one item per example
  {
    const ITEMS = 1;
    const CLASSES = 10;
    if (t < ITEMS) {
      let e = t;
      let base = b * CLASSES;
      let label = labels[table[(step.row + b) * 2u]];
      let valid = label < CLASSES;
      var top = a3[DENSE1_Z + base];
      for (var j = 1u; j < CLASSES; j++) { top = max(top, a3[DENSE1_Z + base + j]); }
      var total = 0.0;
      for (var j = 0u; j < CLASSES; j++) { total = total + exp(a3[DENSE1_Z + base + j] - top); }
      let lse = top + log(total);
      let loss = select(0.0, lse - a3[DENSE1_Z + base + min(label, CLASSES - 1)], valid);
      var best = 0u;
      for (var j = 1u; j < CLASSES; j++) { if (a3[DENSE1_Z + base + j] > a3[DENSE1_Z + base + best]) { best = j; } }
      results[(step.row + b) * 2u] = loss;
      results[(step.row + b) * 2u + 1u] = f32(best);
    }
  }
}
