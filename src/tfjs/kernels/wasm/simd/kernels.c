/*
 * lenetc's SIMD kernels for tfjs's wasm backend, compiled to WebAssembly (128-bit SIMD) by
 * scripts/build-simd.sh. The module imports tfjs's own memory: every pointer is an offset into
 * the backend's heap (a tensor's getMemoryOffset), so kernels read and write tensors in place.
 *
 * The module owns no memory: no static data, no stack (every local stays a wasm local; the
 * build checks the binary never touches the stack pointer), no libc. Callers allocate outputs.
 * Operation codes and limits come from ops.h, which the build writes from ops.ts, where the
 * TypeScript side reads them; an unknown code traps (a WebAssembly `unreachable`).
 */
#include <wasm_simd128.h>
#include "ops.h"

#define EXPORT(name) __attribute__((export_name(#name)))

static inline float hsum(v128_t v) {
  return wasm_f32x4_extract_lane(v, 0) + wasm_f32x4_extract_lane(v, 1) +
         wasm_f32x4_extract_lane(v, 2) + wasm_f32x4_extract_lane(v, 3);
}

/*
 * count matrices of rows × cols blocks, each block `block` floats, transposed:
 *   dst[k][c][r][·] = src[k][r][c][·]
 * block 1 turns NHWC into channel planes (rows = pixels, cols = channels) and back.
 */
EXPORT(transpose_blocks)
void transpose_blocks(const float *src, float *dst, int count, int rows, int cols, int block) {
  const long matrix = (long)rows * cols * block;
  for (int k = 0; k < count; k++) {
    const float *s = src + k * matrix;
    float *d = dst + k * matrix;
    if (block == 1) {
      for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++) d[(long)c * rows + r] = s[(long)r * cols + c];
      continue;
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        const float *from = s + ((long)r * cols + c) * block;
        float *to = d + ((long)c * rows + r) * block;
        int i = 0;
        for (; i + 4 <= block; i += 4) wasm_v128_store(to + i, wasm_v128_load(from + i));
        for (; i < block; i++) to[i] = from[i];
      }
    }
  }
}

/*
 * col2im for NHWC with dilation 1: dx[b][ih][iw][·] += col[(b,r,j)][(kh,kw,·)] for every window
 * tap that reads (ih, iw). A window row's taps are neighbouring pixels, so each (position, kh)
 * adds one contiguous run of (clipped) fw × ci floats. dx must be zero on entry.
 */
EXPORT(col2im_nhwc)
void col2im_nhwc(const float *col, float *dx, int n, int h, int w, int ci, int oh, int ow,
                 int fh, int fw, int sh, int sw, int top, int left) {
  const long rows = (long)fh * fw * ci;
  const float *src = col;
  for (int b = 0; b < n; b++) {
    for (int r = 0; r < oh; r++) {
      for (int j = 0; j < ow; j++, src += rows) {
        const int iw0 = j * sw - left;
        const int kw_first = iw0 < 0 ? -iw0 : 0;
        const int kw_end = iw0 + fw > w ? w - iw0 : fw;
        if (kw_end <= kw_first) continue;
        const int len = (kw_end - kw_first) * ci;
        for (int kh = 0; kh < fh; kh++) {
          const int ih = r * sh + kh - top;
          if (ih < 0 || ih >= h) continue;
          const float *from = src + ((long)kh * fw + kw_first) * ci;
          float *to = dx + (((long)b * h + ih) * w + iw0 + kw_first) * ci;
          int i = 0;
          for (; i + 4 <= len; i += 4) wasm_v128_store(to + i, wasm_f32x4_add(wasm_v128_load(to + i), wasm_v128_load(from + i)));
          for (; i < len; i++) to[i] += from[i];
        }
      }
    }
  }
}

/*
 * The filter gradient of a one-input-channel, stride-1 convolution with no padding:
 *   dw[kh][kw][f] = Σ_{b,r,j} x[b][r+kh][j+kw] · dy[b][f][r][j]
 * with x [n][h][w] (h = oh+fh-1, w = ow+fw-1) and dy in channel planes [n][co][oh][ow].
 * For each (f, kh) one pass over the images keeps fw vector accumulators in registers, each
 * lane summing every fourth output column. Returns 0, or 1 when fw > MAX_FW (not computed).
 */
EXPORT(conv_filter_grad_c1)
int conv_filter_grad_c1(const float *x, const float *dy, float *dw,
                        int n, int h, int w, int oh, int ow, int fh, int fw, int co) {
  if (fw > MAX_FW) return 1;
  const int vec_end = ow & ~3;
  for (int f = 0; f < co; f++) {
    for (int kh = 0; kh < fh; kh++) {
      v128_t acc[MAX_FW];
      float tail[MAX_FW];
#pragma clang loop unroll(full)
      for (int kw = 0; kw < MAX_FW; kw++) { acc[kw] = wasm_f32x4_splat(0.0f); tail[kw] = 0.0f; }
      for (int b = 0; b < n; b++) {
        const float *dplane = dy + ((long)b * co + f) * oh * ow;
        const float *ximage = x + (long)b * h * w;
        for (int r = 0; r < oh; r++) {
          const float *drow = dplane + (long)r * ow;
          const float *xrow = ximage + (long)(r + kh) * w;
          for (int j = 0; j < vec_end; j += 4) {
            const v128_t d = wasm_v128_load(drow + j);
#pragma clang loop unroll(full)
            for (int kw = 0; kw < MAX_FW; kw++) {
              if (kw < fw) acc[kw] = wasm_f32x4_add(acc[kw], wasm_f32x4_mul(wasm_v128_load(xrow + j + kw), d));
            }
          }
          for (int j = vec_end; j < ow; j++) {
            const float d = drow[j];
#pragma clang loop unroll(full)
            for (int kw = 0; kw < MAX_FW; kw++) {
              if (kw < fw) tail[kw] += xrow[j + kw] * d;
            }
          }
        }
      }
#pragma clang loop unroll(full)
      for (int kw = 0; kw < MAX_FW; kw++) {
        if (kw < fw) dw[((long)kh * fw + kw) * co + f] = hsum(acc[kw]) + tail[kw];
      }
    }
  }
  return 0;
}

/*
 * Max pooling's gradient, NHWC: each dy goes to its window's first maximum (row-major window
 * order, strict >, so ties go to the first and a window of NaNs gets none), as tfjs's cpu
 * backend does. dx must be zero on entry; overlapping windows accumulate. Four channels at a
 * time: a first pass finds each lane's maximum, a second adds dy where the lane's maximum is;
 * fewer than four channels go one at a time.
 */
EXPORT(max_pool_grad)
void max_pool_grad(const float *x, const float *dy, float *dx,
                   int n, int h, int w, int c, int oh, int ow,
                   int fh, int fw, int sh, int sw, int top, int left) {
  const int vec_end = c & ~3;
  /* the last c mod 4 channels: one more vector ending at c, its lanes below vec_end masked
     out of the sums (LeNet's 6 channels: lanes 2 and 3 of the vector at 2) */
  const int tail = c > vec_end && c >= 4;
  const v128_t tail_mask = wasm_i32x4_ge(wasm_i32x4_make(0, 1, 2, 3), wasm_i32x4_splat(vec_end - (c - 4)));
  const long row_stride = (long)w * c;
  const float *d = dy;
  for (int b = 0; b < n; b++) {
    for (int o_r = 0; o_r < oh; o_r++) {
      const int r0 = o_r * sh - top;
      const int r_first = r0 > 0 ? r0 : 0;
      const int r_end = r0 + fh < h ? r0 + fh : h;
      for (int o_c = 0; o_c < ow; o_c++, d += c) {
        const int c0 = o_c * sw - left;
        const int c_first = c0 > 0 ? c0 : 0;
        const int c_end = c0 + fw < w ? c0 + fw : w;
        const long corner = ((long)b * h + r_first) * row_stride + (long)c_first * c;
        for (int v = 0; v < vec_end + (tail ? 4 : 0); v += 4) {
          const int k = v < vec_end ? v : c - 4;
          v128_t best = wasm_f32x4_splat(-__builtin_inff());
          v128_t at = wasm_i32x4_splat(-1);
          for (int r = r_first; r < r_end; r++) {
            const long row = corner + (long)(r - r_first) * row_stride + k;
            for (int j = 0; j < c_end - c_first; j++) {
              const long i = row + (long)j * c;
              const v128_t val = wasm_v128_load(x + i);
              const v128_t better = wasm_f32x4_gt(val, best);
              best = wasm_v128_bitselect(val, best, better);
              at = wasm_v128_bitselect(wasm_i32x4_splat((int)i), at, better);
            }
          }
          v128_t g = wasm_v128_load(d + k);
          if (v >= vec_end) g = wasm_v128_and(g, tail_mask);
          for (int r = r_first; r < r_end; r++) {
            const long row = corner + (long)(r - r_first) * row_stride + k;
            for (int j = 0; j < c_end - c_first; j++) {
              const long i = row + (long)j * c;
              const v128_t hit = wasm_i32x4_eq(at, wasm_i32x4_splat((int)i));
              wasm_v128_store(dx + i, wasm_f32x4_add(wasm_v128_load(dx + i), wasm_v128_and(g, hit)));
            }
          }
        }
        for (int k = tail ? c : vec_end; k < c; k++) {
          float best = -__builtin_inff();
          long at = -1;
          for (int r = r_first; r < r_end; r++) {
            const long row = corner + (long)(r - r_first) * row_stride + k;
            for (int j = 0; j < c_end - c_first; j++) {
              const long i = row + (long)j * c;
              if (x[i] > best) { best = x[i]; at = i; }
            }
          }
          if (at >= 0) dx[at] += d[k];
        }
      }
    }
  }
}

/*
 * A one-input-channel, stride-1 convolution with no padding, into channel planes:
 *   y[b][f][r][j] = Σ_{kh,kw} x[b][r+kh][j+kw] · w[kh][kw][f]
 * with x [n][h][w] and w [fh][fw][co] (HWIO with one input channel). Sixteen outputs of a row
 * at a time share each weight's broadcast.
 */
EXPORT(conv_c1)
void conv_c1(const float *x, const float *w, float *y,
             int n, int h, int wd, int oh, int ow, int fh, int fw, int co) {
  const int taps = fh * fw;
  for (int b = 0; b < n; b++) {
    const float *ximage = x + (long)b * h * wd;
    for (int f = 0; f < co; f++) {
      float *plane = y + ((long)b * co + f) * oh * ow;
      for (int r = 0; r < oh; r++) {
        float *yrow = plane + (long)r * ow;
        int j = 0;
        for (; j + 16 <= ow; j += 16) {
          v128_t a0 = wasm_f32x4_splat(0.0f), a1 = a0, a2 = a0, a3 = a0;
          for (int kh = 0; kh < fh; kh++) {
            const float *xrow = ximage + (long)(r + kh) * wd + j;
            for (int kw = 0; kw < fw; kw++) {
              const v128_t wv = wasm_f32x4_splat(w[(kh * fw + kw) * co + f]);
              a0 = wasm_f32x4_add(a0, wasm_f32x4_mul(wasm_v128_load(xrow + kw), wv));
              a1 = wasm_f32x4_add(a1, wasm_f32x4_mul(wasm_v128_load(xrow + kw + 4), wv));
              a2 = wasm_f32x4_add(a2, wasm_f32x4_mul(wasm_v128_load(xrow + kw + 8), wv));
              a3 = wasm_f32x4_add(a3, wasm_f32x4_mul(wasm_v128_load(xrow + kw + 12), wv));
            }
          }
          wasm_v128_store(yrow + j, a0);
          wasm_v128_store(yrow + j + 4, a1);
          wasm_v128_store(yrow + j + 8, a2);
          wasm_v128_store(yrow + j + 12, a3);
        }
        for (; j + 4 <= ow; j += 4) {
          v128_t a = wasm_f32x4_splat(0.0f);
          for (int kh = 0; kh < fh; kh++) {
            const float *xrow = ximage + (long)(r + kh) * wd + j;
            for (int kw = 0; kw < fw; kw++)
              a = wasm_f32x4_add(a, wasm_f32x4_mul(wasm_v128_load(xrow + kw), wasm_f32x4_splat(w[(kh * fw + kw) * co + f])));
          }
          wasm_v128_store(yrow + j, a);
        }
        for (; j < ow; j++) {
          float a = 0.0f;
          for (int t = 0; t < taps; t++) a += ximage[(long)(r + t / fw) * wd + j + t % fw] * w[t * co + f];
          yrow[j] = a;
        }
      }
    }
  }
}

/*
 * out[i] = x[i] (op) pattern[i mod period] for i < size, where the pattern repeats a per-channel
 * vector to a period that is a multiple of four (a bias added to NHWC activations, a batch-norm
 * scale). op: a PATTERN_* code (ops.ts's PATTERN_OP).
 */
EXPORT(binary_pattern)
void binary_pattern(int op, const float *x, const float *pattern, float *out, long size, int period) {
  if ((unsigned)op >= PATTERN_COUNT) __builtin_trap();
  long i = 0;
  for (; i + period <= size; i += period) {
    for (int k = 0; k < period; k += 4) {
      const v128_t a = wasm_v128_load(x + i + k);
      const v128_t p = wasm_v128_load(pattern + k);
      v128_t r;
      switch (op) {
        case PATTERN_ADD: r = wasm_f32x4_add(a, p); break;
        case PATTERN_MUL: r = wasm_f32x4_mul(a, p); break;
        case PATTERN_SUB: r = wasm_f32x4_sub(a, p); break;
        case PATTERN_RSUB: r = wasm_f32x4_sub(p, a); break;
        case PATTERN_ADD_RELU: r = wasm_f32x4_max(wasm_f32x4_add(a, p), wasm_f32x4_splat(0)); break;
        default: __builtin_trap();
      }
      wasm_v128_store(out + i + k, r);
    }
  }
  for (int k = 0; i < size; i++, k++) {
    const float a = x[i], p = pattern[k];
    const float r = op == PATTERN_MUL ? a * p : op == PATTERN_SUB ? a - p : op == PATTERN_RSUB ? p - a : a + p;
    out[i] = op == PATTERN_ADD_RELU && r < 0 ? 0 : r;
  }
}

/*
 * Average pooling's gradient where the windows tile x exactly (stride = window, no padding):
 * each dy · scale is written to the fh × fw pixels of its window, channels innermost.
 */
EXPORT(avg_pool_grad_tiles)
void avg_pool_grad_tiles(const float *dy, float *dx, int n, int oh, int ow, int c, int fh, int fw, float scale) {
  const long row = (long)ow * fw * c;
  for (int b = 0; b < n; b++) {
    for (int r = 0; r < oh; r++) {
      const float *g = dy + (((long)b * oh + r) * ow) * c;
      float *first = dx + ((long)b * oh * fh + (long)r * fh) * row;
      for (int o = 0; o < ow; o++) {
        float *at = first + (long)o * fw * c;
        for (int kw = 0; kw < fw; kw++)
          for (int k = 0; k < c; k++) at[kw * c + k] = g[(long)o * c + k] * scale;
      }
      for (int kh = 1; kh < fh; kh++)
        for (long i = 0; i < row; i++) first[kh * row + i] = first[i];
    }
  }
}

/*
 * out[j] = scale · Σ_r x[r][j] for a [rows][inner] matrix (a bias gradient: dy summed over
 * N×H×W), in doubles as tfjs's cpu backend sums: eight columns per pass over the rows, four
 * f64x2 accumulators for a whole group of eight, eight scalar ones for the last, narrower one.
 */
EXPORT(sum_rows)
void sum_rows(const float *x, float *out, int rows, int inner, double scale) {
  for (int c0 = 0; c0 < inner; c0 += 8) {
    const int width = inner - c0 < 8 ? inner - c0 : 8;
    const float *p = x + c0;
    if (width == 8) {
      v128_t a0 = wasm_f64x2_splat(0.0), a1 = a0, a2 = a0, a3 = a0;
      for (int r = 0; r < rows; r++, p += inner) {
        const v128_t lo = wasm_v128_load(p), hi = wasm_v128_load(p + 4);
        a0 = wasm_f64x2_add(a0, wasm_f64x2_promote_low_f32x4(lo));
        a1 = wasm_f64x2_add(a1, wasm_f64x2_promote_low_f32x4(wasm_i32x4_shuffle(lo, lo, 2, 3, 2, 3)));
        a2 = wasm_f64x2_add(a2, wasm_f64x2_promote_low_f32x4(hi));
        a3 = wasm_f64x2_add(a3, wasm_f64x2_promote_low_f32x4(wasm_i32x4_shuffle(hi, hi, 2, 3, 2, 3)));
      }
      out[c0] = (float)(wasm_f64x2_extract_lane(a0, 0) * scale);
      out[c0 + 1] = (float)(wasm_f64x2_extract_lane(a0, 1) * scale);
      out[c0 + 2] = (float)(wasm_f64x2_extract_lane(a1, 0) * scale);
      out[c0 + 3] = (float)(wasm_f64x2_extract_lane(a1, 1) * scale);
      out[c0 + 4] = (float)(wasm_f64x2_extract_lane(a2, 0) * scale);
      out[c0 + 5] = (float)(wasm_f64x2_extract_lane(a2, 1) * scale);
      out[c0 + 6] = (float)(wasm_f64x2_extract_lane(a3, 0) * scale);
      out[c0 + 7] = (float)(wasm_f64x2_extract_lane(a3, 1) * scale);
      continue;
    }
    double acc[8];
#pragma clang loop unroll(full)
    for (int k = 0; k < 8; k++) acc[k] = 0.0;
    for (int r = 0; r < rows; r++, p += inner) {
#pragma clang loop unroll(full)
      for (int k = 0; k < 8; k++) {
        if (k < width) acc[k] += p[k];
      }
    }
#pragma clang loop unroll(full)
    for (int k = 0; k < 8; k++) {
      if (k < width) out[c0 + k] = (float)(acc[k] * scale);
    }
  }
}

static inline void gemm_store(float *to, v128_t v, const float *bias, int j, int relu) {
  if (bias) v = wasm_f32x4_add(v, wasm_v128_load(bias + j));
  if (relu) v = wasm_f32x4_max(v, wasm_f32x4_splat(0));
  wasm_v128_store(to, v);
}

/* a ROWS × (4·VECS) block of c at (i, j): ROWS·VECS accumulators, per k ROWS splats and VECS loads */
#define GEMM_BLOCK(ROWS, VECS)                                                              \
  do {                                                                                      \
    v128_t acc[ROWS][VECS];                                                                 \
    _Pragma("clang loop unroll(full)") for (int r = 0; r < ROWS; r++)                       \
      _Pragma("clang loop unroll(full)") for (int v = 0; v < VECS; v++) acc[r][v] = wasm_f32x4_splat(0); \
    for (int k = 0; k < kk; k++) {                                                          \
      const float *br = b + (long)k * n + j;                                                \
      v128_t bv[VECS];                                                                      \
      _Pragma("clang loop unroll(full)") for (int v = 0; v < VECS; v++) bv[v] = wasm_v128_load(br + 4 * v); \
      _Pragma("clang loop unroll(full)") for (int r = 0; r < ROWS; r++) {                   \
        const v128_t s = wasm_f32x4_splat(a[(long)(i + r) * as_i + (long)k * as_k]);        \
        _Pragma("clang loop unroll(full)") for (int v = 0; v < VECS; v++)                   \
          acc[r][v] = wasm_f32x4_add(acc[r][v], wasm_f32x4_mul(s, bv[v]));                  \
      }                                                                                     \
    }                                                                                       \
    _Pragma("clang loop unroll(full)") for (int r = 0; r < ROWS; r++)                       \
      _Pragma("clang loop unroll(full)") for (int v = 0; v < VECS; v++)                     \
        gemm_store(c + (long)(i + r) * n + j + 4 * v, acc[r][v], bias, j + 4 * v, relu);    \
  } while (0)

/*
 * c[m][n] = Σ_k a(i,k) · b[k][j] (+ bias[j], then relu if asked), b row-major [kk][n], a read
 * through strides (a(i,k) = a[i·as_i + k·as_k]) so that a transposed a costs nothing. Blocks of
 * 4 rows × 8 columns keep their 8 accumulators in registers (4 × 12 and 4 × 16 spill, and ran
 * at half the speed); the last columns go four at a time, then one. Dense layers' products
 * at batch 64 run 2-2.5× faster than XNNPACK, which repacks the weights each step since they
 * are new tensors. bias may be 0 (none).
 */
#define GEMM_ROWS 4
#define GEMM_VECS 2
EXPORT(gemm)
void gemm(const float *a, int as_i, int as_k, const float *b, const float *bias, float *c,
          int m, int n, int kk, int relu) {
  int j = 0;
  for (; j + 4 * GEMM_VECS <= n; j += 4 * GEMM_VECS) {
    int i = 0;
    for (; i + GEMM_ROWS <= m; i += GEMM_ROWS) GEMM_BLOCK(GEMM_ROWS, GEMM_VECS);
    for (; i < m; i++) GEMM_BLOCK(1, GEMM_VECS);
  }
  for (; j + 4 <= n; j += 4) {
    int i = 0;
    for (; i + GEMM_ROWS <= m; i += GEMM_ROWS) GEMM_BLOCK(GEMM_ROWS, 1);
    for (; i < m; i++) GEMM_BLOCK(1, 1);
  }
  for (int i = 0; i < m && j < n; i++) {
    for (int jj = j; jj < n; jj++) {
      float sum = 0;
      for (int k = 0; k < kk; k++) sum += a[(long)i * as_i + (long)k * as_k] * b[(long)k * n + jj];
      if (bias) sum += bias[jj];
      c[(long)i * n + jj] = relu && sum < 0 ? 0 : sum;
    }
  }
}

/*
 * An activation's gradient from its output y, as tfjs's ops compute it: op ACTIVATION_GRAD_RELU,
 * dy · step(y); op ACTIVATION_GRAD_SIGMOID, dy · (y · (1 − y)). One pass instead of two or
 * three kernels.
 */
EXPORT(activation_grad)
void activation_grad(int op, const float *dy, const float *y, float *out, long size) {
  if ((unsigned)op >= ACTIVATION_GRAD_COUNT) __builtin_trap();
  const v128_t one = wasm_f32x4_splat(1), zero = wasm_f32x4_splat(0);
  long i = 0;
  for (; i + 4 <= size; i += 4) {
    const v128_t g = wasm_v128_load(dy + i), v = wasm_v128_load(y + i);
    const v128_t d = op == ACTIVATION_GRAD_RELU ? wasm_v128_and(wasm_f32x4_gt(v, zero), one)
                             : wasm_f32x4_mul(v, wasm_f32x4_sub(one, v));
    wasm_v128_store(out + i, wasm_f32x4_mul(g, d));
  }
  for (; i < size; i++) out[i] = dy[i] * (op == ACTIVATION_GRAD_RELU ? (y[i] > 0 ? 1.0f : 0.0f) : y[i] * (1 - y[i]));
}
