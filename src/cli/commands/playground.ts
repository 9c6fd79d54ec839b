/**
 * `lenetc playground`: serves the browser playground (dist/web/, built by `npm run build:web`)
 * on 127.0.0.1, with the dataset files lenetc finds, until Ctrl-C.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError, type Command } from 'commander';
import { DATASETS } from '../../model.js';
import { locateDataset } from '../../node/data/index.js';
import { UserError } from '../../errors.js';
import type { CommandContext } from '../index.js';
import { interruptSource } from '../interrupt.js';
import { EXIT, type CliIO } from '../io.js';
import { startPlayground } from '../../server/playground.js';

/** The port when none is given: LeNet-5 on 28×28 images. */
const DEFAULT_PORT = 5028;

interface PlaygroundOptions {
  port: number;
  host: string;
  open?: boolean;
  data?: string;
}

/** Adds `playground` to the program. */
export function registerPlayground(program: Command, ctx: CommandContext): void {
  program
    .command('playground')
    .description('serve the browser playground: write a spec, see it checked, drawn and emitted as you type')
    .option('--port <n>', `port to listen on (0: any free one)`, port, DEFAULT_PORT)
    .option('--host <address>', 'address to listen on; other than 127.0.0.1 makes the page reachable from other machines', hostAddress, '127.0.0.1')
    .option('--open', 'open the page in the default browser ($BROWSER if set)')
    .option('--data <dir>', 'folder holding the dataset\'s IDX files (default: the usual lookup)')
    .action(async (options: PlaygroundOptions) => {
      const webDir = findWebDir();
      const env = ctx.io.env;
      const data = { dataDir: options.data === undefined ? undefined : path.resolve(ctx.io.cwd, options.data), env };
      const server = await startPlayground({ webDir, host: options.host, port: options.port, data });
      const say = (line: string) => ctx.io.stderr(`${line}\n`);
      const interrupt = interruptSource(ctx.io, say, 'stopping the playground');
      try {
        ctx.io.stdout(`lenetc playground: ${server.url}\n`);
        if (!server.loopback) say(`warning: listening on ${options.host}: anyone who can reach this machine can open the page and read the dataset files`);
        for (const dataset of DATASETS) say(await dataLine(dataset, data));
        say('Ctrl-C to stop');
        if (options.open) openBrowser(server.url, ctx.io, say);
        await new Promise<void>((resolve) => {
          if (interrupt.signal.aborted) resolve();
          interrupt.signal.addEventListener('abort', () => resolve(), { once: true });
        });
      } finally {
        interrupt.dispose();
        await server.close();
      }
      ctx.setExit(EXIT.ok);
    });
}

function port(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n > 65535) throw new InvalidArgumentError(`expected a port number 0..65535, found '${value}'`);
  return n;
}

/** Commander parser for --host: an address or name; an empty one would listen on every interface. */
function hostAddress(value: string): string {
  const host = value.trim();
  if (host === '') throw new InvalidArgumentError('expected an address to listen on, such as 127.0.0.1 (or 0.0.0.0 for every interface), found an empty one');
  return host;
}

/** Where the page will get `dataset` from, found without downloading. */
async function dataLine(dataset: (typeof DATASETS)[number], data: { dataDir?: string; env: CliIO['env'] }): Promise<string> {
  try {
    const found = await locateDataset({ ...data, dataset, download: false });
    return `data: ${dataset} from ${found.dir}`;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return data.dataDir === undefined
      ? `data: ${dataset} not found here; lenetc downloads it when the page asks for it, or the page can load files you pick`
      : `data: ${dataset}: ${e.message}`;
  }
}

/**
 * The built page, found by walking up from this module (src/cli/commands under tsx, a chunk in
 * dist/bundle/lib/chunks when built) to the package root, which holds dist/web/.
 */
function findWebDir(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'dist', 'web');
    if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate;
    if (path.dirname(dir) === dir) throw new UserError('PLAYGROUND_NOT_BUILT', {});
  }
}

/** Opens `url` with $BROWSER, else the platform's opener; says so when neither works. */
function openBrowser(url: string, io: CliIO, say: (line: string) => void): void {
  const [command, ...args] = io.env.BROWSER
    ? [io.env.BROWSER, url]
    : process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '""', url] : ['xdg-open', url];
  const child = spawn(command!, args, { stdio: 'ignore', detached: true, env: io.env as NodeJS.ProcessEnv });
  child.on('error', (e) => say(`could not open a browser (${command}: ${e.message}): open ${url} yourself`));
  child.unref();
}
