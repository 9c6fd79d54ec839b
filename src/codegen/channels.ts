/**
 * lenetc's weights are channels-last, as tfjs keeps them; ONNX and PyTorch want channels first.
 * These reorder a kernel's numbers between the two. Pure.
 */

/** A conv kernel, tfjs's [kh, kw, in, out], as ONNX's and PyTorch's [out, in, kh, kw]. */
export function hwioToOihw(hwio: Float32Array, [kh, kw, cin, cout]: readonly number[]): Float32Array {
  const oihw = new Float32Array(hwio.length);
  for (let y = 0; y < kh!; y++) {
    for (let x = 0; x < kw!; x++) {
      for (let i = 0; i < cin!; i++) {
        for (let o = 0; o < cout!; o++) oihw[((o * cin! + i) * kh! + y) * kw! + x] = hwio[((y * kw! + x) * cin! + i) * cout! + o]!;
      }
    }
  }
  return oihw;
}

/** A dense kernel, tfjs's [in, out], as PyTorch's nn.Linear weight, [out, in]. */
export function transposeMatrix(matrix: Float32Array, [rows, cols]: readonly number[]): Float32Array {
  const transposed = new Float32Array(matrix.length);
  for (let r = 0; r < rows!; r++) {
    for (let c = 0; c < cols!; c++) transposed[c * rows! + r] = matrix[r * cols! + c]!;
  }
  return transposed;
}
