/**
 * The live connection as screens see it: `useRealtimeEvent` to hear one kind of push, `useRealtimeStatus` for the
 * status line. Without a provider (a screen rendered on its own) nothing is ever pushed and the status is "off".
 */
import { createContext, useContext, useEffect, useRef } from 'react';
import type { RealtimeEventName, RealtimePayload } from '@kafaat/shared';

/**
 * Where the connection stands: `off` when nobody is signed in, `connecting` before the first connection,
 * `connected`, or `reconnecting` after a drop.
 */
export type RealtimeStatus = 'off' | 'connecting' | 'connected' | 'reconnecting';

/** What a screen does with one event's payload, already checked against the shared schema. */
export type RealtimeHandler<E extends RealtimeEventName> = (payload: RealtimePayload<E>) => void;
/** Registers a handler for one event; returns the function that removes it. */
export type RealtimeSubscribe = <E extends RealtimeEventName>(event: E, handler: RealtimeHandler<E>) => () => void;

/** Set by RealtimeProvider; the default (no provider) registers nothing and never calls back. */
export const SubscribeContext = createContext<RealtimeSubscribe>(() => () => undefined);
/** Set by RealtimeProvider, apart from SubscribeContext so a status change re-renders only the status line. */
export const StatusContext = createContext<RealtimeStatus>('off');

/**
 * Calls `handler` with each well-formed `event` pushed by the server while the component is mounted. The newest
 * handler is always the one called, so it may close over state without re-subscribing.
 */
export function useRealtimeEvent<E extends RealtimeEventName>(event: E, handler: RealtimeHandler<E>): void {
  const subscribe = useContext(SubscribeContext);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => subscribe(event, (payload) => latest.current(payload)), [subscribe, event]);
}

/** Where the live connection stands, for the status line. */
export function useRealtimeStatus(): RealtimeStatus {
  return useContext(StatusContext);
}

