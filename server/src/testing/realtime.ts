/**
 * Live-update test helpers: the test app behind a real HTTP server on a loopback port with the socket.io
 * server attached (as index.ts does), browser-like sessions over real HTTP (cookie and CSRF token kept), and
 * real socket.io-client connections that carry the session cookie, recording what they receive.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connectClient, type Socket as ClientSocket } from 'socket.io-client';
import { REALTIME_PATH, type RealtimeEventName } from '@kafaat/shared';
import { createRealtime, type Realtime } from '../realtime/server';
import { TEST_PASSWORD } from './factories';
import type { TestContext } from './harness';

export interface HttpSession {
  /** The `Cookie` header value carrying the session. */
  cookie: string;
  get: (path: string) => Promise<{ status: number; body: any }>;
  post: (path: string, body?: unknown) => Promise<{ status: number; body: any }>;
  put: (path: string, body?: unknown) => Promise<{ status: number; body: any }>;
}

let seq = 0;

/** The session cookie set by a response (name=value only), or the one given when none is set. */
function sessionCookieOf(res: Response, previous: string): string {
  const set = res.headers.getSetCookie().find((c) => c.startsWith('kafaat.sid='));
  return set ? set.split(';')[0]! : previous;
}

/** Signs a factory-built account in over real HTTP, as a browser does; each call from an address of its own. */
export async function signInOverHttp(baseUrl: string, user: { email: string }): Promise<HttpSession> {
  seq += 1;
  const ip = `10.88.${Math.floor(seq / 250)}.${seq % 250}`;
  let cookie = '';
  let csrf = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip, ...(cookie ? { Cookie: cookie } : {}), ...(csrf ? { 'X-CSRF-Token': csrf } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    cookie = sessionCookieOf(res, cookie);
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  csrf = (await call('GET', '/api/v1/auth/session')).body.csrfToken;
  const signedIn = await call('POST', '/api/v1/auth/signin', { email: user.email, password: TEST_PASSWORD });
  if (signedIn.status !== 200) throw new Error(`sign-in of ${user.email} answered ${signedIn.status}: ${JSON.stringify(signedIn.body)}`);
  csrf = signedIn.body.csrfToken;
  return {
    get cookie() {
      return cookie;
    },
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body ?? {}),
    put: (path, body) => call('PUT', path, body ?? {}),
  };
}

/** A connected socket and everything it received, by event name, in order. */
export interface LiveClient {
  socket: ClientSocket;
  received: Array<{ event: string; payload: any }>;
  /** Payloads of one event received so far. */
  of: (event: RealtimeEventName) => any[];
  /** Resolves once an event matching `match` arrived (or rejects after `timeoutMs`). */
  waitFor: (event: RealtimeEventName, match?: (payload: any) => boolean, timeoutMs?: number) => Promise<any>;
  close: () => void;
}

/** Connects to a server with socket.io-client over a real WebSocket; rejects with the server's refusal. */
export function connectLive(baseUrl: string, cookie: string | null, transports: Array<'websocket' | 'polling'> = ['websocket']): Promise<LiveClient> {
  const socket = connectClient(baseUrl, {
    path: REALTIME_PATH,
    transports,
    reconnection: false,
    forceNew: true,
    timeout: 5000,
    extraHeaders: cookie ? { Cookie: cookie } : {},
  });
  const received: LiveClient['received'] = [];
  socket.onAny((event: string, payload: unknown) => received.push({ event, payload }));
  const client: LiveClient = {
    socket,
    received,
    of: (event) => received.filter((r) => r.event === event).map((r) => r.payload),
    waitFor: (event, match = () => true, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const found = client.of(event).find(match);
        if (found !== undefined) return resolve(found);
        const timer = setTimeout(() => {
          socket.off(event, listener);
          reject(new Error(`no ${event} within ${timeoutMs} ms; received: ${JSON.stringify(received.map((r) => r.event))}`));
        }, timeoutMs);
        const listener = (payload: unknown) => {
          if (!match(payload)) return;
          clearTimeout(timer);
          socket.off(event, listener);
          resolve(payload);
        };
        socket.on(event, listener);
      }),
    close: () => void socket.disconnect(),
  };
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(client));
    socket.once('connect_error', (err) => {
      socket.disconnect();
      reject(err);
    });
  });
}

export interface LiveTestServer {
  url: string;
  realtime: Realtime;
  close: () => Promise<void>;
}

/** The test app on a loopback port with live updates, like index.ts (Redis adapter when REDIS_URL is set). */
export async function startLiveServer(ctx: TestContext, options: { sessionCheckMs?: number } = {}): Promise<LiveTestServer> {
  const server = http.createServer(ctx.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const realtime = await createRealtime(server, { ...ctx.auth, config: ctx.config, logger: ctx.services.logger, ...options });
  return {
    url,
    realtime,
    close: async () => {
      await realtime.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Waits a moment for events that must NOT arrive (isolation tests): long enough for a relay through Redis. */
export const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));
