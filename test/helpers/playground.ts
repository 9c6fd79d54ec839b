/** `lenetc playground` run in-process for tests, until they stop it (as Ctrl-C would). */
import { runCli, type Captured, type RunOptions } from './cli.js';

/** A running playground: its URL, and how to stop it (resolving to what it printed and its exit code). */
export interface RunningPlayground {
  url: string;
  stop(): Promise<Captured>;
}

/** Starts `lenetc playground ...args` in `cwd` and waits until it prints its URL. */
export async function startPlayground(args: string[], cwd: string, options: Pick<RunOptions, 'env'> = {}): Promise<RunningPlayground> {
  const controller = new AbortController();
  let announced: (url: string) => void;
  const listening = new Promise<string>((resolve) => { announced = resolve; });
  const run = runCli(['playground', ...args], cwd, {
    ...options,
    signal: controller.signal,
    onStdout: (text) => {
      const match = /lenetc playground: (http:\/\/\S+)/.exec(text);
      if (match) announced(match[1]!);
    },
  });
  const url = await Promise.race([listening, run.then((r) => { throw new Error(`lenetc playground exited ${r.code}: ${r.stderr}`); })]);
  return {
    url,
    stop: () => {
      controller.abort();
      return run;
    },
  };
}
