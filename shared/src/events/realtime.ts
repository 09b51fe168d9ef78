import { z } from 'zod';
import { MessageSchema } from '../schemas/message';
import { NotificationSchema } from '../schemas/notification';

/**
 * What the server pushes over socket.io (path /socket.io, authenticated by the session cookie). Each user's
 * sockets are in one room of their own, chosen by the server; clients send nothing and join nothing. The client
 * parses every payload with the schema of its event.
 */

/** Path the socket.io server listens on, the same origin as the API. */
export const REALTIME_PATH = '/socket.io';

/** A new message in one of the user's conversations (their own too, for their other tabs). */
export const MessageCreatedEventSchema = z.object({ conversationId: z.string(), message: MessageSchema });

/** A new notification (or a gathered one that grew), with the inbox's unread count after it. */
export const NotificationCreatedEventSchema = z.object({ notification: NotificationSchema, unreadCount: z.number().int() });

/** A participant read a conversation up to `readAt` (the reader's other tabs clear their badge). */
export const ConversationReadEventSchema = z.object({ conversationId: z.string(), userId: z.string(), readAt: z.string() });

/** Every event, by name, with its payload schema. */
export const REALTIME_EVENT_SCHEMAS = {
  'message.created': MessageCreatedEventSchema,
  'notification.created': NotificationCreatedEventSchema,
  'conversation.read': ConversationReadEventSchema,
} as const;

export type RealtimeEventName = keyof typeof REALTIME_EVENT_SCHEMAS;
export type RealtimePayload<E extends RealtimeEventName> = z.infer<(typeof REALTIME_EVENT_SCHEMAS)[E]>;

/** socket.io's typing of what the server emits (the client listens to the same). */
export type ServerToClientEvents = { [E in RealtimeEventName]: (payload: RealtimePayload<E>) => void };
/** Clients emit nothing the server listens to. */
export type ClientToServerEvents = Record<string, never>;
