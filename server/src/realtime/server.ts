/**
 * The socket.io server: live pushes to signed-in users, on the API's origin and path /socket.io.
 *
 * - Authentication is the API's own session cookie: the handshake request goes through the same express-session
 *   and passport middlewares as an API request, and is refused with 401 when nobody is signed in. No token ever
 *   travels in a URL.
 * - Same origin only: no CORS headers, and a browser handshake whose Origin is not the app's is refused.
 * - Each socket joins one room, its user's (`user:<id>`), chosen here; there is no event by which a client could
 *   join anything, and whatever a client emits is ignored.
 * - With REDIS_URL, the Redis adapter relays emits between server processes, so a message posted to one process
 *   reaches sockets connected to another.
 * - Sockets whose session ended (sign-out, "sign out everywhere", password change, deleted account) are
 *   disconnected by a periodic check.
 */
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { Server, type Socket } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import {
  REALTIME_EVENT_SCHEMAS,
  REALTIME_PATH,
  type ClientToServerEvents,
  type RealtimeEventName,
  type RealtimePayload,
  type ServerToClientEvents,
} from '@kafaat/shared';
import { publicUrl, type Config } from '../env';
import type { Logger } from '../logger';
import type { createPassport } from '../auth/passport';
import type { UserDoc } from '../models/User';
import { emitMessages } from './messageEmitter';
import { emitNotifications } from './notificationEmitter';
import { connectRedis } from './redisRelay';
import { userRoom } from './rooms';
import { disconnectEndedSessions } from './sessionWatch';

type KafaatPassport = ReturnType<typeof createPassport>;

export interface RealtimeDeps {
  /** The API's session middleware (the same instance, so the same secret and store). */
  sessionMiddleware: RequestHandler;
  passport: KafaatPassport;
  config: Config;
  logger: Logger;
  /** How often connected sockets are checked against their session; one minute unless a test wants faster. */
  sessionCheckMs?: number;
}

interface SocketData {
  userId: string;
  sessionId: string;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** What the emitters use, and what index.ts closes on shutdown. */
export interface Realtime {
  io: RealtimeServer;
  /** Pushes an event to every socket of one user, on any server process. */
  emitToUser<E extends RealtimeEventName>(userId: string, event: E, payload: RealtimePayload<E>): void;
  /** The same to several users at once (one relay through Redis). */
  emitToUsers<E extends RealtimeEventName>(userIds: readonly string[], event: E, payload: RealtimePayload<E>): void;
  /** Disconnects every socket, stops the session check and closes the Redis clients. */
  close(): Promise<void>;
}

/** Clients send nothing we read; anything large is refused by the engine. */
const MAX_INCOMING_BYTES = 4096;

type EngineMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** Only the first request of a connection (no engine.io session id yet) carries authentication. */
function onHandshake(middleware: EngineMiddleware): EngineMiddleware {
  return (req, res, next) => {
    const query = (req as IncomingMessage & { _query?: Record<string, string> })._query;
    if (query?.sid === undefined) middleware(req, res, next);
    else next();
  };
}

/** A browser's handshake must come from the app's origin (or the host it asked, when served directly). */
export function sameOrigin(req: IncomingMessage, config: Config): boolean {
  const origin = req.headers.origin;
  // Non-browser clients send no Origin; they still need a valid session cookie.
  if (origin === undefined) return true;
  if (origin === new URL(publicUrl(config)).origin) return true;
  const host = req.headers.host;
  return !!host && (origin === `http://${host}` || origin === `https://${host}`);
}

export async function createRealtime(httpServer: HttpServer, deps: RealtimeDeps): Promise<Realtime> {
  const { config, logger } = deps;
  const io: RealtimeServer = new Server(httpServer, {
    path: REALTIME_PATH,
    serveClient: false,
    maxHttpBufferSize: MAX_INCOMING_BYTES,
    allowRequest: (req, callback) => {
      const allowed = sameOrigin(req, config);
      callback(allowed ? null : 'origin not allowed', allowed);
    },
  });

  const asEngine = (handler: RequestHandler) => handler as unknown as EngineMiddleware;
  io.engine.use(onHandshake(asEngine(deps.sessionMiddleware)));
  io.engine.use(onHandshake(asEngine(deps.passport.initialize())));
  io.engine.use(onHandshake(asEngine(deps.passport.session())));
  io.engine.use(
    onHandshake((req, res, next) => {
      if ((req as IncomingMessage & { user?: UserDoc }).user) return next();
      res.writeHead(401, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'unauthenticated', message: 'Please sign in.' } }));
    }),
  );

  // Defence in depth: a connection without a user never reaches a room.
  io.use((socket, next) => {
    const req = socket.request as IncomingMessage & { user?: UserDoc; sessionID?: string };
    if (!req.user || !req.sessionID) return next(new Error('unauthenticated'));
    socket.data.userId = String(req.user._id);
    socket.data.sessionId = req.sessionID;
    // Nothing later needs the account document; do not keep it for the socket's lifetime.
    delete req.user;
    next();
  });

  io.on('connection', (socket: Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>) => {
    void socket.join(userRoom(socket.data.userId));
  });

  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL, logger) : null;
  if (redis) io.adapter(createAdapter(redis.pub, redis.sub, { key: `${config.MONGODB_DB}.socket.io` }));

  const check = setInterval(() => {
    disconnectEndedSessions(io).catch((err: unknown) => logger.warn({ err }, 'checking live connections against their sessions failed'));
  }, deps.sessionCheckMs ?? 60_000);
  check.unref();

  /** The payload as its schema states it: unknown fields are dropped, so nothing extra ever leaves. */
  const checked = <E extends RealtimeEventName>(event: E, payload: RealtimePayload<E>) => REALTIME_EVENT_SCHEMAS[event].parse(payload) as RealtimePayload<E>;
  const emitToUsers = <E extends RealtimeEventName>(userIds: readonly string[], event: E, payload: RealtimePayload<E>) => {
    if (userIds.length === 0) return;
    const rooms = [...new Set(userIds)].map(userRoom);
    (io.to(rooms).emit as (event: string, payload: unknown) => boolean)(event, checked(event, payload));
  };

  let closed: Promise<void> | null = null;
  const realtime: Realtime = {
    io,
    emitToUser: (userId, event, payload) => emitToUsers([userId], event, payload),
    emitToUsers,
    close: () => {
      closed ??= (async () => {
        unsubscribe.forEach((off) => off());
        clearInterval(check);
        // Disconnects sockets (clients reconnect to another process) and unsubscribes the adapter.
        await io.close();
        if (redis) await Promise.allSettled([redis.pub.close(), redis.sub.close()]);
      })();
      return closed;
    },
  };
  // One emitter per resource turns the bus's events into pushes.
  const unsubscribe = [emitMessages(realtime), emitNotifications(realtime)];
  return realtime;
}
