/**
 * The live connection as the app uses it: the few socket.io calls the provider makes, behind an interface so
 * tests hand the provider a fake socket instead of opening a real one.
 */
import { io } from 'socket.io-client';
import { REALTIME_PATH } from '@kafaat/shared';

/** A socket.io event listener (payloads arrive unchecked; the provider parses them). */
export type RealtimeListener = (...args: unknown[]) => void;

/** What the provider needs of a socket.io client socket. */
export interface RealtimeSocket {
  readonly connected: boolean;
  /** Whether socket.io will reconnect by itself; false after the server refused or closed the connection on purpose. */
  readonly active: boolean;
  connect(): void;
  disconnect(): void;
  on(event: string, listener: RealtimeListener): void;
  off(event: string, listener: RealtimeListener): void;
}

/** Makes the socket of one signed-in session; called again after sign-in as someone else. */
export type SocketFactory = () => RealtimeSocket;

/**
 * The real socket: same origin and path as the API, authenticated by the session cookie (no token in the URL).
 * WebSocket first, long-polling when a network blocks it; reconnection backs off from 1 s to 30 s with jitter, so
 * a whole city's phones coming back online do not all knock at once. A fresh manager per session, so the next
 * person's handshake carries their own cookie.
 */
export const createBrowserSocket: SocketFactory = () =>
  io({
    path: REALTIME_PATH,
    withCredentials: true,
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    autoConnect: false,
    forceNew: true,
    reconnectionDelay: 1_000,
    reconnectionDelayMax: 30_000,
    randomizationFactor: 0.5,
  }) as unknown as RealtimeSocket;
