/**
 * A real redis-server for the queue tests (Debian's package, which .ci/run installs): started
 * on a free port on 127.0.0.1 with no persistence, stopped by stop().
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { once } from 'node:events';

/** Where Debian installs it. */
export const REDIS_SERVER = '/usr/bin/redis-server';

/** A running redis-server. */
export interface TestRedis {
  port: number;
  stop(): Promise<void>;
}

/** Why the queue tests cannot run here, or false. */
export function redisMissing(): string | false {
  return existsSync(REDIS_SERVER) ? false : `${REDIS_SERVER} is missing: apt-get install redis-server (.ci/run does)`;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Starts redis-server with `password` (requirepass), or TLS only (`tls`: a folder holding the
 * cert.pem and key.pem from selfSignedCert) when given.
 */
export async function startRedis(options: { password?: string; tls?: string } = {}): Promise<TestRedis> {
  const port = await freePort();
  const args = [
    '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', '/tmp', '--loglevel', 'notice',
    ...(options.password ? ['--requirepass', options.password] : []),
    ...(options.tls
      ? ['--port', '0', '--tls-port', String(port), '--tls-cert-file', path.join(options.tls, 'cert.pem'), '--tls-key-file', path.join(options.tls, 'key.pem'), '--tls-auth-clients', 'no']
      : ['--port', String(port)]),
  ];
  const server: ChildProcess = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Ready to accept connections')) resolve();
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.on('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${log}`)));
  });
  return {
    port,
    stop: async () => {
      if (server.exitCode !== null || server.signalCode !== null) return;
      server.kill('SIGTERM');
      await once(server, 'exit');
    },
  };
}

/**
 * A self-signed certificate for 127.0.0.1 (cert.pem, key.pem) in `dir`, made with openssl; a
 * client trusts it through NODE_EXTRA_CA_CERTS=<dir>/cert.pem. Returns why not, or undefined.
 */
export function selfSignedCert(dir: string): string | undefined {
  mkdirSync(dir, { recursive: true });
  const r = spawnSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
  ], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return `openssl cannot make a test certificate: ${r.error?.message ?? r.stderr}`;
  return undefined;
}
