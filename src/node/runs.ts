/**
 * The run folders under a folder (runs/ by default), as `lenetc runs` lists them and as
 * `latest` and a spec's folder (runs/lenet5-modern) resolve to one: what each trained, when,
 * how far it got, its best val_acc and its backend, read from the files every run writes.
 */
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import { exists } from './files.js';
import { checkUnlocked } from './lock.js';
import { isRunFolder, readRunInfo, readRunSummary, RUN_FILES } from './run-folder.js';

/** How a run stands: as its last session ended, `running` while a process holds it, `stopped` when one died without a summary. */
export type RunStatus = 'completed' | 'interrupted' | 'diverged' | 'running' | 'stopped';

/** One run folder, as listed. */
export interface RunEntry {
  /** Absolute. */
  dir: string;
  /** The spec's name; null when its resolved spec cannot be read. */
  spec: string | null;
  /** When it started (run.json), else when its folder last changed; ISO 8601. */
  created: string;
  epochsCompleted: number;
  /** The epochs it was asked for; null when its spec does not say. */
  epochs: number | null;
  bestValAcc: number | null;
  /** The backend its last session trained on; null before a session ended. */
  backend: string | null;
  status: RunStatus;
  /** Whether it holds a trained model (model/model.json): eval, predict and export need one. */
  hasModel: boolean;
  /** The sweep folder it is a point of, when it is one. */
  sweep: string | null;
}

/** How deep below the folder run folders are looked for: runs/<name>/<stamp>, runs/<name>/sweep-<stamp>/<point>. */
const MAX_DEPTH = 3;

/** The spec's default epochs, for a run whose resolved spec leaves them out (written by hand). */
const DEFAULT_EPOCHS = 10;

/**
 * Every run folder in `root` (or `root` itself when it is one), newest first. Folders are not
 * followed through links, and a run folder is not looked into (its model/ and checkpoint/ are
 * its own).
 */
export async function listRuns(root: string): Promise<RunEntry[]> {
  const dirs: { dir: string; sweep: string | null }[] = [];
  const walk = async (dir: string, depth: number, sweep: string | null): Promise<void> => {
    if (await isRunFolder(dir)) {
      dirs.push({ dir, sweep });
      return;
    }
    if (depth >= MAX_DEPTH) return;
    const inSweep = (await exists(path.join(dir, 'sweep.json'))) ? dir : sweep;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.')) await walk(path.join(dir, e.name), depth + 1, inSweep);
    }
  };
  const info = await lstat(root).catch(() => undefined);
  if (info?.isDirectory() || (info?.isSymbolicLink() && (await stat(root).catch(() => undefined))?.isDirectory())) await walk(root, 0, null);
  const runs = await Promise.all(dirs.map(({ dir, sweep }) => readRun(dir, sweep)));
  // newest first; runs started in the same second by their folder's name (the -2, -3 suffixes)
  return runs.sort((a, b) => b.created.localeCompare(a.created) || b.dir.localeCompare(a.dir));
}

/** What a run folder says about itself. */
async function readRun(dir: string, sweep: string | null): Promise<RunEntry> {
  const [info, summary, spec, metrics, folder] = await Promise.all([
    readRunInfo(dir).catch(() => undefined),
    readRunSummary(dir).catch(() => undefined),
    readFile(path.join(dir, RUN_FILES.spec), 'utf8').then((t) => parseYaml(t) as unknown, () => undefined),
    readFile(path.join(dir, RUN_FILES.metricsJsonl), 'utf8').then(epochsOf, () => []),
    stat(dir),
  ]);
  const resolved = isRecord(spec) ? spec : {};
  const train = isRecord(resolved.train) ? resolved.train : {};
  const running = await checkUnlocked(path.join(dir, RUN_FILES.lock), dir).then(() => false, () => true);
  const accuracies = metrics.map((m) => m.val_acc).filter((a): a is number => typeof a === 'number');
  return {
    dir,
    spec: typeof resolved.name === 'string' ? resolved.name : (summary?.name ?? null),
    created: typeof info?.created === 'string' && info.created ? info.created : folder.mtime.toISOString(),
    epochsCompleted: metrics.length,
    epochs: summary?.epochs ?? (typeof train.epochs === 'number' ? train.epochs : spec === undefined ? null : DEFAULT_EPOCHS),
    bestValAcc: accuracies.length ? Math.max(...accuracies) : null,
    backend: summary?.backend ?? null,
    status: running ? 'running' : (summary?.status ?? 'stopped'),
    hasModel: await exists(path.join(dir, RUN_FILES.model, 'model.json')),
    sweep,
  };
}

/** The epochs metrics.jsonl recorded (a line that does not parse is left out). */
function epochsOf(text: string): { val_acc?: unknown }[] {
  return text.split('\n').filter((l) => l.trim()).flatMap((l) => {
    try {
      const m = JSON.parse(l) as unknown;
      return isRecord(m) ? [m] : [];
    } catch {
      return [];
    }
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a run folder argument named, once resolved. */
export interface ResolvedRun {
  /** Absolute. */
  dir: string;
  /** How it was chosen: as given, the newest under runs/ (`latest`), or the newest in a spec's folder. */
  how: 'given' | 'latest' | 'newest';
  /** The runs it was chosen from, for `latest` and a spec's folder. */
  among: number;
}

/** What the run is for: `model` needs a trained model (eval, predict, export, activations), `resume` any run. */
export type RunUse = 'model' | 'resume';

/**
 * The run folder `given` (relative to `cwd`) names: a run folder (or a model folder) as it is;
 * `latest`, the newest run under `cwd`/runs (unless a folder called latest is there); a folder
 * of one spec's runs (runs/lenet5-modern), its newest. For a model, the newest that has one.
 * A folder of several specs' runs, or a sweep's, names none: AMBIGUOUS_RUN lists them.
 */
export async function resolveRun(cwd: string, given: string, use: RunUse): Promise<ResolvedRun> {
  const dir = path.resolve(cwd, given);
  const literal = await stat(dir).catch(() => undefined);
  if (given === 'latest' && !literal) {
    const runs = usable(await listRuns(path.join(cwd, 'runs')), use);
    if (runs.length === 0) throw new UserError('NO_RUNS', { dir: 'runs', model: use === 'model' });
    return { dir: runs[0]!.dir, how: 'latest', among: runs.length };
  }
  if (!literal?.isDirectory() || (await isRunFolder(dir)) || (await exists(path.join(dir, 'model.json')))) return { dir, how: 'given', among: 1 };
  const runs = usable(await listRuns(dir), use);
  if (runs.length === 0) return { dir, how: 'given', among: 1 };
  const specs = new Set(runs.map((r) => r.spec));
  if (runs.length > 1 && (specs.size > 1 || (await exists(path.join(dir, 'sweep.json'))))) {
    throw new UserError('AMBIGUOUS_RUN', { dir: given, runs: runs.map((r) => path.relative(cwd, r.dir) || r.dir) });
  }
  return { dir: runs[0]!.dir, how: 'newest', among: runs.length };
}

/** The runs fit for `use`: for a model, those that have one. */
function usable(runs: RunEntry[], use: RunUse): RunEntry[] {
  return use === 'model' ? runs.filter((r) => r.hasModel) : runs;
}
