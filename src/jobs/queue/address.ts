/**
 * Where the job queue lives: a Redis URL, `redis://[[USER]:PASSWORD@]HOST[:PORT][/DB]` or
 * `rediss://...` for TLS, read and checked here, and shown to people with its password masked.
 * Pure: no I/O.
 */
import { UserError } from '../../errors.js';

/** A parsed Redis URL. */
export interface RedisAddress {
  /** The URL as logs and files may show it: the password masked. */
  shown: string;
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls: boolean;
}

/** A password for a URL without one, so it need not be on the command line (where `ps` shows it). */
export const PASSWORD_ENV = 'LENETC_REDIS_PASSWORD';

const DEFAULT_PORT = 6379;

/** A user:password (or :password) part of any URL in a text, for masking. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*):\S*@/gi;

/** What is wrong with a Redis URL (QUEUE_URL's particulars), never showing its password. */
export interface BadRedisUrl {
  found: string;
  why?: string;
}

/** Reads `text` as a Redis URL, or says what is wrong with it. */
export function parseRedisUrl(text: string, env: Record<string, string | undefined> = {}): RedisAddress | BadRedisUrl {
  const found = `\`${maskPasswords(text)}\``;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { found };
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') return { found: `a ${url.protocol.slice(0, -1)}: URL` };
  if (!url.hostname) return { found, why: 'no host' };
  const path = url.pathname.replace(/^\//, '');
  if (!/^\d*$/.test(path) || Number(path) > 1e6) return { found, why: 'the path is a database number' };
  if (url.search || url.hash) return { found, why: 'lenetc reads no options after the database number' };
  const username = decodeURIComponent(url.username) || undefined;
  const password = (url.password ? decodeURIComponent(url.password) : undefined) ?? (env[PASSWORD_ENV] || undefined);
  const address: Omit<RedisAddress, 'shown'> = {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : DEFAULT_PORT,
    db: path ? Number(path) : 0,
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
    tls: url.protocol === 'rediss:',
  };
  const auth = username || password ? `${username ?? ''}${password ? ':***' : ''}@` : '';
  return { ...address, shown: `${url.protocol}//${auth}${url.hostname}:${address.port}/${address.db}` };
}

/** Reads `text` as a Redis URL; a bad one is a QUEUE_URL UserError (exit 2). */
export function redisAddress(text: string, env: Record<string, string | undefined>): RedisAddress {
  const address = parseRedisUrl(text, env);
  if ('found' in address) throw new UserError('QUEUE_URL', address);
  return address;
}

/** `text` with the password of every URL in it masked (`redis://:***@host`); for command lines kept in files. */
export function maskPasswords(text: string): string {
  return text.replace(USERINFO, '$1:***@');
}
