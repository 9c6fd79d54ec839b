/** Reads one dataset file from disk for Node: hashed as stored, gunzipped when its content is gzip. */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { notReadReason, readRegularFile } from '../files.js';
import { DataError } from '../../train/data/errors.js';
import { corruptHint, isGzip, MAX_DECOMPRESSED, type IdxFile } from '../../formats/idx.js';

const gunzipAsync = promisify(gunzip);

/** A file's bytes as read: decompressed when it was gzip, plus the SHA-256 of the file on disk. */
export interface RawFile extends IdxFile {
  sha256: string;
}

/** Reads `file`, hashing it and gunzipping it when its content is gzip, whatever its name says. */
export async function readRawFile(file: string): Promise<RawFile> {
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
    const bytes = await gunzipAsync(data, { maxOutputLength: MAX_DECOMPRESSED });
    return { path: file, sha256, bytes };
  } catch (err) {
    const reason = (err as Error).message;
    throw new DataError('DATA_CORRUPT_GZIP', file, { file, reason, hint: corruptHint(file) });
  }
}
