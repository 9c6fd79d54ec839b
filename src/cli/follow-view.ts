/** How a queued sweep's progress reads: a progress bar on a terminal, plain lines otherwise. */
import type { FollowEvents, PointCounts } from '../jobs/queue/sweep.js';
import type { PointStatus } from '../jobs/sweep/index.js';
import type { CliIO } from './io.js';

/** The follower's events as the user sees them; stop() clears the bar. */
export interface FollowView extends Required<Pick<FollowEvents, 'log' | 'onCounts'>> {
  onFinished(point: string, status: PointStatus): void;
  stop(): void;
}

/** A bar of finished points with the counts beside it (TTY), or one line whenever the counts change. */
export async function followView(io: CliIO, say: (line: string) => void): Promise<FollowView> {
  const finished = (point: string, status: PointStatus) => `[${point}] ${status}`;
  if (!io.isTTY) {
    let previous = '';
    return {
      log: say,
      onCounts: (c) => {
        const line = `points: ${countsText(c)}`;
        if (line !== previous) say(line);
        previous = line;
      },
      onFinished: (point, status) => say(finished(point, status)),
      stop: () => {},
    };
  }
  const { MultiBar, Presets } = await import('cli-progress');
  const bars = new MultiBar({
    format: 'points {bar} {counts}',
    barsize: 20,
    stream: process.stderr,
    hideCursor: true,
  }, Presets.shades_classic);
  const bar = bars.create(1, 0, { counts: '' });
  return {
    log: (line) => bars.log(`${line}\n`),
    onCounts: (c) => {
      bar.setTotal(c.total);
      bar.update(c.done + c.failed, { counts: countsText(c) });
    },
    onFinished: (point, status) => bars.log(`${finished(point, status)}\n`),
    stop: () => bars.stop(),
  };
}

function countsText(c: PointCounts): string {
  return `${c.done}/${c.total} done, ${c.running} running, ${c.queued} queued, ${c.failed} failed`;
}
