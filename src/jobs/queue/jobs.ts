/**
 * A queued sweep's jobs: one BullMQ job per point, carrying all a worker needs to train it
 * without the submitter's files (the point's spec fully resolved, the data settings), plus
 * what the worker checks before it trains (the lenetc version, the point's spec hash). Anyone
 * who can write to Redis can write a job, so readPointJob checks every field's form, and the
 * worker checks the content against the sweep folder. Pure.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { isPointId } from '../sweep/grid.js';

/** The job format this lenetc writes and reads (2: the spec resolved per point, with absolute data paths). */
export const JOB_FORMAT = 2;

/** A job's spec text is a spec: the parser refuses more than this anyway (parser/source.ts). */
const MAX_SPEC_TEXT = 1024 * 1024;

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
  /** The point's id: its folder under `outDir`, one path segment (isPointId). */
  point: string;
  /** The spec file's name as given to the sweep, for messages (never a path the worker uses). */
  specName: string;
  /**
   * The point's spec fully resolved (YAML): its `extends` chain merged, its overrides applied,
   * a folder dataset as an absolute path. The worker trains exactly this and reads no other spec.
   */
  specText: string;
  /** Every override the point was resolved with (--set, train's flags, its own values), for the record. */
  overrides: string[];
  /** specHash of the spec as the submitter resolved it; a worker that resolves another refuses. */
  specHash: string;
  epochs: number;
  /** The sweep folder, absolute: every worker must see it at this path (a shared mount). */
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

/**
 * `data` as a PointJob, or what is wrong with it (a job of another program or job format, or
 * fields no submitter writes: a point that is not one folder name, relative paths, bad numbers).
 */
export function readPointJob(data: unknown): PointJob | string {
  if (typeof data !== 'object' || data === null) return 'its data is not an object';
  const job = data as Record<string, unknown>;
  if (job.format !== JOB_FORMAT) return `it is not a lenetc sweep point of job format ${JOB_FORMAT}`;
  const strings = ['sweep', 'lenetc', 'point', 'specName', 'specText', 'specHash', 'outDir'] as const;
  const missing = strings.find((k) => typeof job[k] !== 'string');
  if (missing) return `its ${missing} is not a string`;
  if (!isPointId(job.point as string)) return `its point ${JSON.stringify(job.point)} is not one folder name`;
  if (!/^[0-9a-f]{1,64}$/.test(job.sweep as string)) return 'its sweep is not a sweep id';
  if ((job.specText as string).length > MAX_SPEC_TEXT || (job.specName as string).length > 4096) return 'its spec is larger than any spec';
  if (!path.isAbsolute(job.outDir as string)) return 'its sweep folder is not an absolute path';
  if (!Array.isArray(job.overrides) || !job.overrides.every((o) => typeof o === 'string')) return 'its overrides are not strings';
  if (!isCount(job.epochs)) return 'its epochs is not a positive whole number';
  if (job.dataDir !== null && (typeof job.dataDir !== 'string' || !path.isAbsolute(job.dataDir))) return 'its dataDir is not an absolute path or null';
  for (const k of ['trainLimit', 'valLimit'] as const) if (job[k] !== null && !isCount(job[k])) return `its ${k} is not a positive whole number or null`;
  return job as unknown as PointJob;
}

function isCount(n: unknown): boolean {
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0;
}
