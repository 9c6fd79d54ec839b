/** Reads one dataset file from disk for Node: hashed as stored, gunzipped when its content is gzip. */
import { createHash } from 'node:crypto';
import { createGunzip } from 'node:zlib';
import { notReadReason, readRegularFile } from '../files.js';
import { DataError } from '../../train/data/errors.js';
import { corruptHint, idxPrefixLength, isGzip, MAX_DECOMPRESSED, type IdxFile } from '../../formats/idx.js';

/** A file's bytes as read: decompressed when it was gzip, plus the SHA-256 of the file on disk. */
export interface RawFile extends IdxFile {
  sha256: string;
}

/**
 * Reads `file`, hashing it and gunzipping it when its content is gzip, whatever its name says.
 * With `examples`, an IDX file's bytes past its first `examples` examples are counted (the file
 * is checked whole: its CRC, its length) but not kept: `length` says how long it is.
 */
export async function readRawFile(file: string, examples = Infinity): Promise<RawFile> {
  // a regular file no larger than the largest data set file decompresses to: checked before reading
  const read = await readRegularFile(file, MAX_DECOMPRESSED);
  if (!(read instanceof Uint8Array)) throw new DataError('DATA_IO', file, { action: 'read', file, reason: notReadReason(read) });
  const data = Buffer.from(read.buffer, read.byteOffset, read.byteLength);
  const sha256 = createHash('sha256').update(data).digest('hex');
  if (!isGzip(data)) {
    if (file.endsWith('.gz')) {
      throw new DataError('DATA_CORRUPT_GZIP', file, { file, hint: corruptHint(file) });
    }
    return { path: file, sha256, bytes: data };
  }
  try {
    return { path: file, sha256, ...(await gunzipStart(data, examples)) };
  } catch (err) {
    const reason = (err as Error).message;
    throw new DataError('DATA_CORRUPT_GZIP', file, { file, reason, hint: corruptHint(file) });
  }
}

/**
 * Gunzips `data` as a stream into one buffer of the size the IDX header asks for (the header and
 * the first `examples` examples), counting the rest. zlib's one-shot gunzip collects its output
 * in chunks and then copies them into one buffer: twice the 47 MB of Fashion-MNIST's training
 * images at the peak, for a run that may use 5,000 of its 60,000 images (4 MB).
 */
async function gunzipStart(data: Buffer, examples: number): Promise<{ bytes: Uint8Array; length: number }> {
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  gunzip.end(data);
  /** Until 16 bytes (any IDX header) are in, or for good when they are no IDX header: every chunk. */
  const chunks: Buffer[] = [];
  let whole = false;
  let kept: Buffer | undefined;
  let filled = 0;
  let length = 0;
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > MAX_DECOMPRESSED) throw new Error(`it decompresses to more than ${MAX_DECOMPRESSED.toLocaleString('en-US')} bytes`);
    if (kept) {
      if (filled < kept.length) filled += chunk.copy(kept, filled, 0, Math.min(chunk.length, kept.length - filled));
      continue;
    }
    chunks.push(chunk);
    // (until a buffer is kept, every chunk so far is in `chunks`: `length` is what they hold)
    if (whole || length < 16) continue;
    const head = chunks.length === 1 ? chunk : Buffer.concat(chunks);
    const want = idxPrefixLength(head, examples);
    // no IDX header, or one claiming more than any file may hold (a buffer is never sized by a
    // damaged header): every chunk, for parsing to say what is wrong
    if (want === undefined || want > MAX_DECOMPRESSED) {
      whole = true;
      continue;
    }
    kept = Buffer.allocUnsafeSlow(want);
    filled = head.copy(kept, 0, 0, Math.min(head.length, want));
    chunks.length = 0;
  }
  const bytes = kept ? kept.subarray(0, filled) : Buffer.concat(chunks);
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), length };
}
