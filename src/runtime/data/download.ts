/** Downloads one dataset file into the cache: streamed, hashed on the way, renamed into place only when it checks out. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { KnownHash } from './catalog.js';
import { DataError } from './errors.js';

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
  onProgress?: (event: ProgressEvent) => void;
}

/** Fetches `url` into `dest` via a temporary file in the same directory, checking every known hash. */
export async function downloadFile(req: DownloadRequest): Promise<void> {
  const file = path.basename(req.dest);
  await mkdir(path.dirname(req.dest), { recursive: true }).catch((err: NodeJS.ErrnoException) => {
    throw new DataError('DATA_IO', path.dirname(req.dest), { action: 'create', file: path.dirname(req.dest), reason: err.code ?? err.message, hint: req.hint });
  });
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
    let received = 0;
    req.onProgress?.({ file, received, total });
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        armTimer();
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
