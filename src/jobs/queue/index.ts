/**
 * Sweeps over many machines: a sweep's points as BullMQ jobs in Redis, trained by `lenetc
 * worker`s anywhere that mounts the sweep folder. The submitting side (follow.ts), the workers'
 * side (worker.ts), the jobs they share (jobs.ts), and the Redis they meet in (address.ts,
 * connection.ts).
 */
export { maskPasswords, parseRedisUrl, PASSWORD_ENV, redisAddress, type BadRedisUrl, type RedisAddress } from './address.js';
export { checkRedis, closeQueue, errorLogger } from './connection.js';
export { followSweep, openQueue, submitSweep, type FollowEvents, type FollowOptions, type PointCounts, type SubmitOptions, type Submitted } from './sweep.js';
export { DEFAULT_QUEUE, JOB_FORMAT, jobId, readPointJob, specHash, sweepId, type PointJob } from './jobs.js';
export { runWorker, type WorkerEnd, type WorkerOptions } from './worker.js';
