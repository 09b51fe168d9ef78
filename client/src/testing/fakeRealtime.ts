/**
 * A stand-in for the socket.io connection in client tests: the provider gets this factory instead of the real
 * one, and a test pushes events "from the server", drops the connection or brings it back. Nothing touches
 * the network.
 */
import { act } from '@testing-library/react';
import type { RealtimeEventName } from '@kafaat/shared';
import type { RealtimeListener, RealtimeSocket, SocketFactory } from '../realtime/socket';

/** One fake socket, as the provider sees it, with the controls a test uses. */
export class FakeSocket implements RealtimeSocket {
  connected = false;
  active = false;
  /** How many times the provider asked it to connect. */
  connectCalls = 0;
  private readonly listeners = new Map<string, Set<RealtimeListener>>();

  constructor(private readonly online: boolean) {}

  connect(): void {
    this.connectCalls += 1;
    this.active = true;
    if (this.online) this.fire('connect');
  }

  disconnect(): void {
    this.active = false;
    if (this.connected) this.fire('disconnect', 'io client disconnect');
  }

  on(event: string, listener: RealtimeListener): void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
  }

  off(event: string, listener: RealtimeListener): void {
    this.listeners.get(event)?.delete(listener);
  }

  /** Whether anyone listens to `event` (the provider stops listening on sign-out). */
  listens(event: string): boolean {
    return (this.listeners.get(event)?.size ?? 0) > 0;
  }

  private fire(event: string, ...args: unknown[]): void {
    if (event === 'connect') this.connected = true;
    if (event === 'disconnect') this.connected = false;
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }

  /** The server pushes `event`; `payload` may be anything, to test that bad ones are ignored. */
  push(event: RealtimeEventName, payload: unknown): void {
    act(() => this.fire(event, payload));
  }

  /** The network drops: socket.io will retry by itself. */
  drop(): void {
    act(() => this.fire('disconnect', 'transport close'));
  }

  /** The server closes the connection on purpose (session ended): socket.io will not retry by itself. */
  kick(): void {
    act(() => {
      this.active = false;
      this.fire('disconnect', 'io server disconnect');
    });
  }

  /** The connection is back. */
  reconnect(): void {
    act(() => this.fire('connect'));
  }
}

/**
 * A socket factory for the provider and the sockets it made, newest last. `online: false` leaves sockets
 * waiting to connect, for the status line.
 */
export function createFakeRealtime({ online = true }: { online?: boolean } = {}) {
  const sockets: FakeSocket[] = [];
  const factory: SocketFactory = () => {
    const socket = new FakeSocket(online);
    sockets.push(socket);
    return socket;
  };
  return {
    factory,
    sockets,
    /** The socket of the current session (throws when none was opened: nobody signed in). */
    get socket(): FakeSocket {
      const socket = sockets.at(-1);
      if (!socket) throw new Error('no socket was opened: is someone signed in?');
      return socket;
    },
  };
}

export type FakeRealtime = ReturnType<typeof createFakeRealtime>;
