/**
 * The Redis clients behind socket.io's adapter: one publishes, one subscribes (a subscribed connection can do
 * nothing else). A configured REDIS_URL that does not answer at start-up is an error, not a silent downgrade to
 * a single process: sockets on other processes would miss events.
 */
import { createClient } from 'redis';
import type { Logger } from '../logger';

/** How long start-up waits for Redis before giving up. */
const REDIS_CONNECT_TIMEOUT_MS = 10_000;

/** A publishing and a subscribing client (a subscribed Redis connection can do nothing else). */
export async function connectRedis(url: string, logger: Logger) {
  const pub = createClient({ url, socket: { connectTimeout: REDIS_CONNECT_TIMEOUT_MS } });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) client.on('error', (err: unknown) => logger.warn({ err }, 'Redis connection for live updates failed; retrying'));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis at REDIS_URL did not answer within ${REDIS_CONNECT_TIMEOUT_MS / 1000}s`)), REDIS_CONNECT_TIMEOUT_MS);
  });
  try {
    await Promise.race([Promise.all([pub.connect(), sub.connect()]), timeout]);
  } catch (err) {
    pub.destroy();
    sub.destroy();
    throw err;
  } finally {
    clearTimeout(timer);
  }
  return { pub, sub };
}
