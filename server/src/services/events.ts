/**
 * A small in-process event bus: services emit a named event after a write succeeded, and other features
 * (notifications, live updates) subscribe without the services knowing them. Names are dotted
 * (`application.stageChanged`); payloads are typed per name and carry ids only (shared/src/events).
 *
 * `emit` waits for the handlers, so what they write exists when the request answers, but a failing handler
 * never fails the write that already happened: it is reported and the others still run.
 */
import type { PipelineEvents } from '@kafaat/shared';

/**
 * Every event, by name. A feature adds its own with declaration merging:
 * `declare module '../services/events' { interface DomainEvents { 'message.sent': {...} } }`.
 */
export interface DomainEvents extends PipelineEvents {}

export type EventName = keyof DomainEvents;
export type EventHandler<K extends EventName> = (payload: Readonly<DomainEvents[K]>) => void | Promise<void>;

const handlers = new Map<EventName, Set<EventHandler<EventName>>>();

let reportFailure = (err: unknown, name: EventName): void => {
  process.stderr.write(`event handler for "${name}" failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
};

/** Subscribes to an event; returns the function that unsubscribes. */
export function on<K extends EventName>(name: K, handler: EventHandler<K>): () => void {
  const set = handlers.get(name) ?? new Set();
  set.add(handler as EventHandler<EventName>);
  handlers.set(name, set);
  return () => void set.delete(handler as EventHandler<EventName>);
}

/** Runs every handler of `name` with the payload (frozen, so no handler changes what the next one sees). */
export async function emit<K extends EventName>(name: K, payload: DomainEvents[K]): Promise<void> {
  const frozen = Object.freeze({ ...payload }) as Readonly<DomainEvents[K]>;
  const list = [...(handlers.get(name) ?? [])] as Array<EventHandler<K>>;
  await Promise.all(
    list.map(async (handler) => {
      try {
        await handler(frozen);
      } catch (err) {
        reportFailure(err, name);
      }
    }),
  );
}

/** Where handler failures go (the app's logger); stderr until the app sets it. */
export function onHandlerFailure(reporter: (err: unknown, name: EventName) => void): void {
  reportFailure = reporter;
}
