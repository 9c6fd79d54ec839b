/**
 * Where the job queue lives: a Redis URL, `redis://[[USER]:PASSWORD@]HOST[:PORT][/DB]` or
 * `rediss://...` for TLS, read and checked here, and shown to people with its password masked.
 * Pure: no I/O.
 */

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

/** Reads `text` as a Redis URL; a string is what is wrong with it (never showing the password). */
export function parseRedisUrl(text: string, env: Record<string, string | undefined> = {}): RedisAddress | string {
  const expected = 'expected a Redis URL such as redis://HOST:6379/0 or rediss://:PASSWORD@HOST:6380/0';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `${expected}, found \`${maskPasswords(text)}\``;
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') return `${expected}, found a ${url.protocol.slice(0, -1)}: URL`;
  if (!url.hostname) return `${expected}, found no host in \`${maskPasswords(text)}\``;
  const path = url.pathname.replace(/^\//, '');
  if (!/^\d*$/.test(path) || Number(path) > 1e6) return `${expected}: the path is a database number, found \`/${path}\``;
  if (url.search || url.hash) return `${expected}: lenetc reads no options after the database number, found \`${url.search}${url.hash}\``;
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

/** `text` with the password of every URL in it masked (`redis://:***@host`); for command lines kept in files. */
export function maskPasswords(text: string): string {
  return text.replace(USERINFO, '$1:***@');
}
