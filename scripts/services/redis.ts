/**
 * Redis, for socket.io's adapter when more than one server process runs (and for the tests that prove it).
 * Debian's `redis-server` package is used; nothing is persisted (no RDB, no AOF): it only relays events.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { SERVICES_DIR, portFromEnv, type StartedService } from './state';
import { ServiceError, commandExists, isAlive, portOpen, startDaemon, waitFor } from './proc';

/** True when a Redis server at this redis:// URI answers PING with PONG. */
export function redisAnswers(uri: string): Promise<boolean> {
  const { hostname, port } = new URL(uri);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

/** Starts redis-server on loopback without persistence and returns what was started. */
export async function startRedis(): Promise<StartedService> {
  if (!commandExists('redis-server', ['--version'])) {
    throw new ServiceError('redis-server not found: install Debian\'s package (apt-get install redis-server) or set REDIS_URL');
  }
  const port = portFromEnv('KAFAAT_REDIS_PORT', 6389);
  const uri = `redis://127.0.0.1:${port}`;
  if (await portOpen(port)) {
    throw new ServiceError(`port ${port} is already used by another program: stop it, or set KAFAAT_REDIS_PORT or REDIS_URL`);
  }
  const dir = path.join(SERVICES_DIR, 'redis');
  fs.mkdirSync(dir, { recursive: true });
  const args = ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'];
  const pid = startDaemon('redis-server', args, path.join(SERVICES_DIR, 'redis.log'));
  await waitFor('Redis', () => redisAnswers(uri), 20_000, () => isAlive(pid));
  return { pid, uri, engine: 'Redis' };
}
