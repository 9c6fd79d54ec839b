/**
 * Connecting to the queue's Redis. BullMQ (through ioredis) reconnects forever and logs each
 * failure, which suits a worker that outlives a Redis restart but not a command that was given
 * a wrong address: so each command first connects once, with no retries and a timeout, and
 * turns what went wrong into one clear message.
 */
import { isIP } from 'node:net';
import type { Queue, RedisOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { RedisAddress } from './address.js';
import { UserError } from '../../errors.js';

/** BullMQ 6 runs its scripts on Redis 6.2 or newer. */
const MIN_REDIS = [6, 2] as const;

/** How long the first connection may take before the command gives up. */
const CONNECT_TIMEOUT_MS = 5000;

/** The connection options for `address`, for ioredis and BullMQ (which adds its own retry and blocking settings). */
export function redisOptions(address: RedisAddress): RedisOptions {
  return {
    host: address.host,
    port: address.port,
    db: address.db,
    ...(address.username !== undefined ? { username: address.username } : {}),
    ...(address.password !== undefined ? { password: address.password } : {}),
    // the certificate is checked against the host, as any TLS client does (SNI takes names only)
    ...(address.tls ? { tls: isIP(address.host) ? {} : { servername: address.host } } : {}),
  };
}

/**
 * Connects once to `address` and checks its Redis version and that its database exists;
 * throws a UserError saying what is wrong. (ioredis given a database Redis does not have
 * carries on in database 0, where a sweep would then remove other sweeps' finished jobs.)
 */
export async function checkRedis(address: RedisAddress, timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
  const client = new Redis({
    // database 0 always exists; the one asked for is selected below, where a refusal is seen
    ...redisOptions(address), db: 0, lazyConnect: true, connectTimeout: timeoutMs, commandTimeout: timeoutMs,
    retryStrategy: () => null, maxRetriesPerRequest: 0, enableOfflineQueue: false,
  });
  // without a listener ioredis prints every connection error itself
  let lastError: Error | undefined;
  client.on('error', (e: Error) => { lastError = e; });
  try {
    await client.connect();
    const info = await client.info('server');
    const version = /^redis_version:(\S+)/m.exec(info)?.[1] ?? '0';
    const [major = 0, minor = 0] = version.split('.').map(Number);
    if (major < MIN_REDIS[0] || (major === MIN_REDIS[0] && minor < MIN_REDIS[1])) {
      throw new UserError('QUEUE_REDIS_VERSION', { where: address.shown, version, needs: MIN_REDIS.join('.') });
    }
    await checkDatabase(client, address);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw connectionError(address, lastError ?? (e as Error));
  } finally {
    client.disconnect();
  }
}

/** Refuses (QUEUE_URL, exit 2) a database number this Redis does not have, saying how many it has when it tells. */
async function checkDatabase(client: Redis, address: RedisAddress): Promise<void> {
  if (address.db === 0) return;
  // CONFIG may be renamed or forbidden (managed Redis): then only SELECT can tell
  const reply = await client.config('GET', 'databases').catch(() => undefined) as unknown;
  const count = Array.isArray(reply) ? Number(reply[1]) : NaN;
  const refused = await client.select(address.db).then(() => undefined, (e: Error) => e);
  if (refused === undefined) return;
  if (!/DB index is out of range|invalid DB index/i.test(refused.message)) throw refused;
  throw new UserError('QUEUE_URL', {
    found: `\`${address.shown}\``,
    why: Number.isFinite(count) ? `this Redis has ${count} databases, 0 to ${count - 1}` : `this Redis has no database ${address.db} (it has 16, 0 to 15, unless configured otherwise)`,
  });
}

/** What a failed first connection means for the user. */
function connectionError(address: RedisAddress, e: Error & { code?: string }): UserError {
  const where = address.shown;
  if (/^(WRONGPASS|NOAUTH)/.test(e.message)) return new UserError('QUEUE_AUTH', { where, refused: e.message.startsWith('WRONGPASS') });
  if (e.code !== undefined && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(e.code)) return new UserError('QUEUE_TLS', { where, reason: e.message, untrusted: true });
  if (address.tls && /TLS|SSL|wrong version number|socket disconnected/i.test(e.message)) return new UserError('QUEUE_TLS', { where, reason: e.message, untrusted: false });
  const closed = e.code === 'ECONNRESET' || /Connection is closed/i.test(e.message);
  const why = e.code === 'ECONNREFUSED' ? 'connection refused'
    : e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN' ? `no such host ${address.host}`
      : e.code === 'ETIMEDOUT' || /timeout/i.test(e.message) ? `no answer in time${address.tls ? ' (to a TLS handshake: a plain port? then use redis://)' : ''}`
        : closed ? `it closed the connection${address.tls ? '' : ' (a TLS port? then use rediss://)'}`
          : /Unknown RESP type|Protocol error/i.test(e.message) ? 'it does not speak the Redis protocol (another service on that port?)'
            : e.message;
  return new UserError('QUEUE_UNREACHABLE', { where, why });
}

/** Whether `promise` settles within `ms`. */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), ms); });
  try {
    return await Promise.race([promise.then(() => true, () => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes `queue`; when Redis does not answer within `ms` (it is gone), drops the connection instead. */
export async function closeQueue(queue: Queue, ms = 3000): Promise<void> {
  if (!(await settlesWithin(queue.close(), ms))) await settlesWithin(queue.disconnect(), ms);
}

/** Logs the queue connection's errors once each while they repeat (BullMQ reconnects by itself). */
export function errorLogger(log: (line: string) => void): (e: Error) => void {
  let previous = '';
  return (e) => {
    if (e.message === previous) return;
    previous = e.message;
    log(`queue connection: ${e.message} (retrying)`);
  };
}
