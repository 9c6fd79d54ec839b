/** `lenetc playground` run in-process for tests, until they stop it (as Ctrl-C would). */
import type { Page } from 'puppeteer-core';
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

/**
 * Records what goes wrong in `page` (console errors, uncaught errors, failed requests, HTTP
 * errors) and the path of every response, from now on.
 */
export function watchPage(page: Page): { problems: string[]; loaded: string[] } {
  const problems: string[] = [];
  const loaded: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    loaded.push(new URL(response.url()).pathname);
  });
  return { problems, loaded };
}
