/** Downloads one dataset file into the cache: streamed, hashed on the way, renamed into place only when it checks out. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { processAlive } from '../files.js';
import type { KnownHash } from '../../train/data/catalog.js';
import { DataError } from '../../train/data/errors.js';

/** A download's progress: bytes received so far of `file`, out of `total` when the server says. */
export interface ProgressEvent {
  file: string;
  received: number;
  total?: number;
}

/** What `downloadFile` needs. */
export interface DownloadRequest {
  url: string;
  /** The final path; the file appears there complete and verified, or not at all. */
  dest: string;
  expected: KnownHash;
  /** What the user can do instead, for the error when the download fails. */
  hint: string;
  /** Give up when no bytes arrive for this long. */
  idleTimeoutMs: number;
  /** Refuse a file larger than this: announced, or once that much has arrived. */
  maxBytes: number;
  onProgress?: (event: ProgressEvent) => void;
}

/** Fetches `url` into `dest` via a temporary file in the same directory, checking every known hash. */
export async function downloadFile(req: DownloadRequest): Promise<void> {
  const file = path.basename(req.dest);
  await mkdir(path.dirname(req.dest), { recursive: true }).catch((err: NodeJS.ErrnoException) => {
    throw new DataError('DATA_IO', path.dirname(req.dest), { action: 'create', file: path.dirname(req.dest), reason: err.code ?? err.message, hint: req.hint });
  });
  await removeDeadParts(req.dest);
  // unique per process and call, so two runs filling the same cache never write one file
  const tmp = `${req.dest}.${process.pid}.${randomBytes(4).toString('hex')}.part`;
  const sha256 = createHash('sha256');
  const md5 = createHash('md5');
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const armTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new Error(`no data for ${req.idleTimeoutMs / 1000} s`)), req.idleTimeoutMs);
  };
  const fail = (reason: string) =>
    new DataError('DATA_DOWNLOAD', req.url, { file, url: req.url, reason, hint: req.hint });

  const out = await open(tmp, 'w').catch((err: NodeJS.ErrnoException) => {
    throw new DataError('DATA_IO', tmp, { action: 'write', file: tmp, reason: err.code ?? err.message, hint: req.hint });
  });
  let renamed = false;
  try {
    armTimer();
    let res: Response;
    try {
      res = await fetch(req.url, { signal: controller.signal });
    } catch (err) {
      throw fail(networkReason(err, controller.signal));
    }
    if (!res.ok || !res.body) throw fail(`the server answered HTTP ${res.status} ${res.statusText}`.trim());
    const length = Number(res.headers.get('content-length'));
    const total = Number.isFinite(length) && length > 0 ? length : undefined;
    const tooLarge = () => fail(`the file is larger than ${mib(req.maxBytes)}, far more than the data set's files: not this data set`);
    if (total !== undefined && total > req.maxBytes) {
      await res.body.cancel().catch(() => undefined);
      throw tooLarge();
    }
    let received = 0;
    req.onProgress?.({ file, received, total });
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        armTimer();
        if (received + chunk.length > req.maxBytes) {
          controller.abort();
          throw tooLarge();
        }
        sha256.update(chunk);
        md5.update(chunk);
        await out.write(chunk);
        received += chunk.length;
        req.onProgress?.({ file, received, total });
      }
    } catch (err) {
      if (err instanceof DataError) throw err;
      throw fail(networkReason(err, controller.signal));
    }
    if (total !== undefined && received !== total) throw fail(`the connection closed after ${received} of ${total} bytes`);
    await out.close();
    checkHashes(file, req, { sha256: sha256.digest('hex'), md5: md5.digest('hex') });
    await rename(tmp, req.dest);
    renamed = true;
  } finally {
    clearTimeout(timer);
    // already closed on success; on failure the handle must not leak before the unlink
    await out.close().catch(() => undefined);
    if (!renamed) await unlink(tmp).catch(() => undefined);
  }
}

/**
 * Removes the `.part` files of `dest` that a download killed midway left behind: those of
 * processes that no longer run (a live one may be downloading the same file right now).
 */
async function removeDeadParts(dest: string): Promise<void> {
  const prefix = `${path.basename(dest)}.`;
  const entries = await readdir(path.dirname(dest)).catch(() => [] as string[]);
  for (const entry of entries) {
    // <dest>.<pid>.<random hex>.part, as downloadFile names them
    const pid = entry.startsWith(prefix) ? /^(\d+)\.[0-9a-f]+\.part$/.exec(entry.slice(prefix.length))?.[1] : undefined;
    if (pid !== undefined && !processAlive(Number(pid))) await unlink(path.join(path.dirname(dest), entry)).catch(() => undefined);
  }
}

function mib(bytes: number): string {
  return bytes >= 2 ** 20 ? `${Math.round(bytes / 2 ** 20)} MiB` : `${bytes} bytes`;
}

function checkHashes(file: string, req: DownloadRequest, actual: Required<KnownHash>): void {
  for (const algo of ['sha256', 'md5'] as const) {
    const want = req.expected[algo];
    if (want !== undefined && want.toLowerCase() !== actual[algo]) {
      throw new DataError('DATA_CHECKSUM', req.url, { file, url: req.url, algorithm: algo, actual: actual[algo], expected: want, hint: req.hint });
    }
  }
}

/** The most specific reason a fetch failed: undici wraps the socket error (ECONNREFUSED…) in `cause`. */
function networkReason(err: unknown, signal: AbortSignal): string {
  if (signal.aborted) return signal.reason instanceof Error ? signal.reason.message : 'timed out';
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message ?? String(err);
}
