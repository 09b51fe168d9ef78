/**
 * One live connection per signed-in session, shared by every screen: opened when someone is signed in, closed
 * on sign-out (or when another person signs in), reconnected with backoff after a drop. Screens listen with
 * `useRealtimeEvent`; every payload is checked against the shared schema first and dropped if it does not fit,
 * so a screen only ever sees well-formed data.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { REALTIME_EVENT_SCHEMAS, type RealtimeEventName } from '@kafaat/shared';
import { refreshSession } from '../api/session';
import { useCurrentUser } from '../features/auth/useSession';
import { RealtimeCacheSync, catchUpAfterGap } from './cacheSync';
import { StatusContext, SubscribeContext, type RealtimeStatus, type RealtimeSubscribe } from './context';
import { createBrowserSocket, type RealtimeSocket, type SocketFactory } from './socket';

const EVENT_NAMES = Object.keys(REALTIME_EVENT_SCHEMAS) as RealtimeEventName[];

/** The delay before the n-th attempt to come back after the server closed the connection itself: 1 s … 30 s, jittered. */
function retryDelay(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** attempt) * (0.5 + Math.random() / 2);
}

type RealtimeProviderProps = {
  /** Makes the socket; the real socket.io client unless a test passes a fake one. */
  socketFactory?: SocketFactory;
  children?: ReactNode;
};

/** Holds the session's socket and hands its events to the screens listening (and to the cached lists). */
export function RealtimeProvider({ socketFactory = createBrowserSocket, children }: RealtimeProviderProps) {
  const queryClient = useQueryClient();
  const userId = useCurrentUser()?.id;
  const [status, setStatus] = useState<RealtimeStatus>('off');
  const handlers = useRef(new Map<RealtimeEventName, Set<(payload: unknown) => void>>());

  const subscribe = useCallback<RealtimeSubscribe>((event, handler) => {
    const set = handlers.current.get(event) ?? new Set();
    const listener = handler as (payload: unknown) => void;
    set.add(listener);
    handlers.current.set(event, set);
    return () => void set.delete(listener);
  }, []);

  useEffect(() => {
    if (!userId) {
      setStatus('off');
      return;
    }
    const socket: RealtimeSocket = socketFactory();
    let disposed = false;
    let everConnected = false;
    let attempts = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;

    const dispatchers = EVENT_NAMES.map((name) => {
      const listener = (raw: unknown) => {
        const parsed = REALTIME_EVENT_SCHEMAS[name].safeParse(raw);
        if (!parsed.success) return; // Not what the contract says: ignore rather than show something broken.
        for (const handler of [...(handlers.current.get(name) ?? [])]) {
          try {
            handler(parsed.data);
          } catch (error) {
            console.error(`realtime handler for "${name}" failed`, error); // One screen's bug must not stop the others.
          }
        }
      };
      return [name, listener] as const;
    });

    // The server closed the connection on purpose or refused it (session ended, sign-out elsewhere): socket.io
    // will not try again by itself. Ask for the session; reconnect only if this person is still signed in.
    const recover = () => {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => {
        refreshSession(queryClient).then(
          (info) => {
            if (!disposed && info.user?.id === userId) socket.connect();
          },
          () => {
            if (!disposed) recover(); // Offline: try again later.
          },
        );
      }, retryDelay(attempts++));
    };
    const onConnect = () => {
      attempts = 0;
      setStatus('connected');
      if (everConnected) catchUpAfterGap(queryClient); // Events sent while we were away were lost.
      everConnected = true;
    };
    const onDown = () => {
      if (disposed) return;
      setStatus(everConnected ? 'reconnecting' : 'connecting');
      if (!socket.active) recover();
    };

    for (const [name, listener] of dispatchers) socket.on(name, listener);
    socket.on('connect', onConnect);
    socket.on('disconnect', onDown);
    socket.on('connect_error', onDown);
    setStatus('connecting');
    socket.connect();

    return () => {
      disposed = true;
      clearTimeout(retryTimer);
      for (const [name, listener] of dispatchers) socket.off(name, listener);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDown);
      socket.off('connect_error', onDown);
      socket.disconnect();
    };
  }, [userId, socketFactory, queryClient]);

  return (
    <SubscribeContext.Provider value={subscribe}>
      <StatusContext.Provider value={status}>
        <RealtimeCacheSync />
        {children}
      </StatusContext.Provider>
    </SubscribeContext.Provider>
  );
}
