/**
 * A queued sweep's jobs: one BullMQ job per point, carrying all a worker needs to train it
 * without the submitter's files (the flattened spec, the overrides, the data settings), plus
 * what the worker checks before it trains (the lenetc version, the point's spec hash). Pure.
 */
import { createHash } from 'node:crypto';

/** The job format this lenetc writes and reads. */
export const JOB_FORMAT = 1;

/** The queue a sweep and its workers use unless told otherwise (--queue-name). */
export const DEFAULT_QUEUE = 'lenetc';

/** BullMQ's name for every job of a sweep (jobs are told apart by their ids). */
export const JOB_NAME = 'point';

/** One point's job data. Never holds the Redis URL or its password. */
export interface PointJob {
  format: typeof JOB_FORMAT;
  /** The sweep's id (see sweepId). */
  sweep: string;
  /** The submitter's lenetc version; a worker of another version refuses the job. */
  lenetc: string;
  /** The point's id: its folder under `outDir`. */
  point: string;
  /** The spec file's name as given to the sweep, for the run folder's header and messages. */
  specName: string;
  /** The spec with its `extends` chain merged (YAML), before any override. */
  specText: string;
  /** Every override the point trains with (--set, train's flags, its own values), in order. */
  overrides: string[];
  /** specHash of the spec as the submitter resolved it; a worker that resolves another refuses. */
  specHash: string;
  epochs: number;
  /** The sweep folder: every worker must see it at this path (a shared mount). */
  outDir: string;
  /** --data as an absolute path, or null (each machine finds the data set itself). */
  dataDir: string | null;
  trainLimit: number | null;
  valLimit: number | null;
}

/** The sha-256 of a resolved spec (schema-shaped data), as hex. */
export function specHash(resolved: unknown): string {
  return createHash('sha256').update(JSON.stringify(resolved)).digest('hex');
}

/**
 * A sweep's id: a hash of everything that makes its points what they are (lenetc's version,
 * the spec, every point's overrides, the folder, the data), so re-running the same sweep finds
 * its own jobs and a changed one is another sweep.
 */
export function sweepId(jobs: readonly Omit<PointJob, 'sweep'>[]): string {
  const parts = jobs.map((j) => [j.lenetc, j.specText, j.point, j.overrides, j.outDir, j.dataDir, j.trainLimit, j.valLimit]);
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
}

/** The job id of a sweep's point: stable, so enqueueing the same point again adds nothing. */
export function jobId(sweep: string, point: string): string {
  // BullMQ refuses ':' in ids (its key separator); point ids never hold one
  return `${sweep}.${point}`;
}

/** `data` as a PointJob, or what is wrong with it (a job of another program, or of another job format). */
export function readPointJob(data: unknown): PointJob | string {
  if (typeof data !== 'object' || data === null) return 'its data is not an object';
  const job = data as Record<string, unknown>;
  if (job.format !== JOB_FORMAT) return `it is not a lenetc sweep point of job format ${JOB_FORMAT}`;
  const strings = ['sweep', 'lenetc', 'point', 'specName', 'specText', 'specHash', 'outDir'] as const;
  const missing = strings.find((k) => typeof job[k] !== 'string');
  if (missing) return `its ${missing} is not a string`;
  if (!Array.isArray(job.overrides) || !job.overrides.every((o) => typeof o === 'string')) return 'its overrides are not strings';
  if (typeof job.epochs !== 'number') return 'its epochs is not a number';
  for (const k of ['dataDir'] as const) if (job[k] !== null && typeof job[k] !== 'string') return `its ${k} is not a string or null`;
  for (const k of ['trainLimit', 'valLimit'] as const) if (job[k] !== null && typeof job[k] !== 'number') return `its ${k} is not a number or null`;
  return job as unknown as PointJob;
}
