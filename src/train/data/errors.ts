/** The data loader's user errors: a DATA_* code from the closed set, and the file it concerns. */
import type { DiagnosticCode, MessageParams } from '../../diagnostics.js';
import { UserError } from '../../errors.js';

/** What went wrong with the data (messages in src/messages.ts). */
export type DataErrorCode = Extract<DiagnosticCode, `DATA_${string}`>;

/** A UserError about a dataset file; `file` is the path it concerns, when there is one. */
export class DataError<C extends DataErrorCode = DataErrorCode> extends UserError<C> {
  constructor(code: C, readonly file: string | undefined, params: MessageParams<C>) {
    super(code, params);
    this.name = 'DataError';
  }
}
