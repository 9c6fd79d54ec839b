/** The window arithmetic lenetc's pooling and convolution-gradient kernels share, on every backend. */
import * as tf from '@tensorflow/tfjs';

type Shape4 = [number, number, number, number];

/** The geometry of a pooling gradient over an NHWC input of `xShape`. */
export function poolInfo(xShape: number[], attrs: tf.MaxPoolGradAttrs | tf.AvgPoolGradAttrs): tf.backend_util.Conv2DInfo {
  const rounding = 'dimRoundingMode' in attrs ? attrs.dimRoundingMode : undefined;
  return tf.backend_util.computePool2DInfo(xShape as Shape4, attrs.filterSize, attrs.strides, 1, attrs.pad, rounding);
}

/** The geometry of a convolution gradient (no dilation) of an NHWC input of `xShape`; the caller checks the data format. */
export function convGradInfo(
  xShape: number[], filterShape: number[], attrs: tf.Conv2DBackpropFilterAttrs | tf.Conv2DBackpropInputAttrs,
): tf.backend_util.Conv2DInfo {
  return tf.backend_util.computeConv2DInfo(
    xShape as Shape4, filterShape as Shape4, attrs.strides, 1, attrs.pad, attrs.dimRoundingMode, false, 'channelsLast',
  );
}
