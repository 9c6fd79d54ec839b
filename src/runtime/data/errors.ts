/** The data loader's user errors, each with a code tests and callers can match on. */
import { UserError } from '../../errors.js';

/** What went wrong with the data. */
export type DataErrorCode =
  /** No complete set of the four files where the user pointed, or anywhere, with downloads off. */
  | 'not-found'
  /** Not an IDX file of the expected kind (magic number, dimension count). */
  | 'bad-magic'
  /** An IDX element type other than 0x08 (unsigned byte). */
  | 'bad-type'
  /** A zero dimension, or images whose size differs between train and test. */
  | 'bad-dims'
  /** Fewer bytes than the header promises (including a header cut short). */
  | 'truncated'
  /** More bytes than the header promises. */
  | 'length-mismatch'
  /** Images and labels of one split disagree on the count. */
  | 'count-mismatch'
  /** A label of 10 or more. */
  | 'label-range'
  /** A `.gz` file that does not decompress. */
  | 'corrupt-gzip'
  /** The file could not be read or written. */
  | 'io'
  /** The download failed (offline, refused, HTTP error, timeout). */
  | 'download'
  /** A downloaded file does not match its published hash. */
  | 'checksum'
  /** An invalid option value, e.g. a trainLimit of 0. */
  | 'bad-option';

/** A UserError about a dataset file; `file` is the path it concerns, when there is one. */
export class DataError extends UserError {
  constructor(
    readonly code: DataErrorCode,
    readonly file: string | undefined,
    message: string,
    hint?: string,
  ) {
    super(message, hint);
    this.name = 'DataError';
  }
}
