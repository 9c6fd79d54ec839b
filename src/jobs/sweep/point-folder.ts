/**
 * A sweep point's run folder as a rerun finds it: finished (skip it), interrupted with a
 * checkpoint (resume it), or anything else (train it afresh).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { findDir, readJson } from '../../node/files.js';
import type { EpochMetrics } from '../../train/metrics.js';
import { RUN_FILES, type RunInfo } from '../../node/run-folder.js';
import type { RunSummary } from '../../train/store.js';

/** What a rerun does with a point's folder. */
export type PointState =
  | { kind: 'finished' }
  | { kind: 'resume' }
  | { kind: 'new'; /** Why an existing run is not kept, when there is one. */ reason?: string };

/** What the point's run must have been started with to count as the same run. */
export interface PointExpectation {
  /** The spec as the point resolves it (schema-shaped), as train writes it to spec.resolved.yaml. */
  resolved: unknown;
  epochs: number;
  /** Absolute --data folder, or null. */
  dataDir: string | null;
  trainLimit: number | null;
  valLimit: number | null;
}

/** Reads `runDir` and decides whether the point is done, resumable, or to be trained. */
export async function pointState(runDir: string, expected: PointExpectation): Promise<PointState> {
  const specText = await readText(path.join(runDir, RUN_FILES.spec));
  if (specText === undefined) return { kind: 'new' };
  // a run of another configuration (the spec, --epochs or the data changed since) is not this point's
  if (!sameJson(parseYaml(specText), expected.resolved)) return { kind: 'new', reason: 'its spec changed' };
  const info = await readTolerant<RunInfo>(path.join(runDir, RUN_FILES.run));
  if (!info || info.data_dir !== expected.dataDir || info.train_limit !== expected.trainLimit || info.val_limit !== expected.valLimit) {
    return { kind: 'new', reason: 'its data or limits changed' };
  }
  const summary = await readSummary(runDir);
  const metrics = await readMetrics(runDir);
  if (summary?.status === 'completed' && summary.epochs === expected.epochs && metrics.length === expected.epochs) return { kind: 'finished' };
  // a diverged run would diverge again from its last checkpoint: start it over
  if (summary?.status !== 'diverged' && (await findDir(path.join(runDir, RUN_FILES.checkpoint))) !== undefined) return { kind: 'resume' };
  return { kind: 'new', reason: 'it has no checkpoint to resume from' };
}

/** The epochs a run folder recorded in metrics.jsonl (none when it has no such file). */
export async function readMetrics(runDir: string): Promise<EpochMetrics[]> {
  const text = await readText(path.join(runDir, RUN_FILES.metricsJsonl));
  if (text === undefined) return [];
  const metrics: EpochMetrics[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      metrics.push(JSON.parse(line) as EpochMetrics);
    } catch {
      // a foreign or damaged line: the epochs before it still count
      break;
    }
  }
  return metrics;
}

/** The run's summary.json, if it has one that reads. */
export function readSummary(runDir: string): Promise<RunSummary | undefined> {
  return readTolerant<RunSummary>(path.join(runDir, RUN_FILES.summary));
}

async function readText(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined);
}

/** A damaged file in a point's folder makes the point train again rather than stop the sweep. */
function readTolerant<T>(file: string): Promise<T | undefined> {
  return readJson<T>(file).catch(() => undefined);
}

/** Equal as JSON: the parser's maps and yaml.parse's need not share a prototype. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function parseYaml(text: string): unknown {
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}
