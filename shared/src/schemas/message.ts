import { z } from 'zod';
import { ObjectIdSchema } from './organisation';

/**
 * Messaging between a talent and an organisation about one opportunity. A conversation's participants are the
 * talent and every member of the organisation that owns the opportunity. Messages are plain text: the client
 * renders them as text nodes, never as HTML, so what a person typed is what the others read.
 */

export const MESSAGE_TEXT_MAX = 4000;
/** Documents one message may carry. */
export const MESSAGE_ATTACHMENTS_MAX = 5;

/** The text of a message: trimmed, 1 to 4000 characters, stored and returned exactly as typed. */
export const MessageTextSchema = z
  .string({ error: 'write a message' })
  .trim()
  .min(1, 'write a message')
  .max(MESSAGE_TEXT_MAX, `must be at most ${MESSAGE_TEXT_MAX} characters`);

/** Ids of the sender's own documents to attach (talents only: they are the ones who upload documents). */
export const AttachmentIdsSchema = z
  .array(ObjectIdSchema)
  .max(MESSAGE_ATTACHMENTS_MAX, `attach at most ${MESSAGE_ATTACHMENTS_MAX} documents`)
  .default([])
  .refine((ids) => new Set(ids).size === ids.length, { message: 'a document is attached twice' });

/** POST /api/v1/conversations/:id/messages. */
export const SendMessageSchema = z.strictObject({ text: MessageTextSchema, attachmentIds: AttachmentIdsSchema });
export type SendMessage = z.infer<typeof SendMessageSchema>;

/**
 * POST /api/v1/conversations: opens the conversation about an opportunity with its first message, or adds the
 * message to the one that already exists. A talent writes about an opportunity they applied or were invited
 * to (no `talentId`); a member of the owning organisation names the talent.
 */
export const StartConversationSchema = z.strictObject({
  opportunityId: ObjectIdSchema,
  /** Required when an organisation member starts; a talent leaves it out (it is themselves). */
  talentId: ObjectIdSchema.optional(),
  text: MessageTextSchema,
  attachmentIds: AttachmentIdsSchema,
});
export type StartConversation = z.infer<typeof StartConversationSchema>;

/** Which side of the conversation someone writes from. */
export const ConversationSideSchema = z.enum(['talent', 'organisation']);
export type ConversationSide = z.infer<typeof ConversationSideSchema>;

/** A document attached to a message; participants download it through the documents API. */
export const MessageAttachmentSchema = z.object({ id: z.string(), name: z.string(), mime: z.string(), size: z.number().int() });

/** A message as participants see it. */
export const MessageSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  /** Null once the sender's account was deleted. */
  sender: z.object({ id: z.string(), displayName: z.string(), side: ConversationSideSchema }).nullable(),
  /** Plain text, exactly as typed; empty when `deleted`. */
  text: z.string(),
  /** True when the sender deleted their account: the text and attachments were erased. */
  deleted: z.boolean(),
  attachments: z.array(MessageAttachmentSchema),
  createdAt: z.string(),
});
export type Message = z.infer<typeof MessageSchema>;

/** A conversation in the signed-in user's list. */
export const ConversationSchema = z.object({
  id: z.string(),
  opportunity: z.object({ id: z.string(), type: z.string(), title: z.record(z.string(), z.string()) }),
  organisation: z.object({ id: z.string(), name: z.string() }),
  /** Null once the talent's account was deleted. */
  talent: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  /** The viewer's side. */
  side: ConversationSideSchema,
  /** The first characters of the newest message. */
  lastMessage: z.object({ preview: z.string(), deleted: z.boolean(), senderId: z.string().nullable(), at: z.string() }).nullable(),
  /** When something last happened (newest message, or creation): the list is sorted by it, newest first. */
  lastActivityAt: z.string(),
  /** Messages from others the viewer has not read yet. */
  unreadCount: z.number().int(),
  createdAt: z.string(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

export const ConversationIdParamsSchema = z.strictObject({ id: ObjectIdSchema });

/** GET /api/v1/conversations and GET /api/v1/conversations/:id/messages. */
export const ConversationPageQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** A page of conversations; the badge of new messages comes from the notifications' unread count. */
export const ConversationListSchema = z.object({ items: z.array(ConversationSchema), nextCursor: z.string().nullable() });

/** Messages newest first; `nextCursor` pages back in time. */
export const MessageListSchema = z.object({ items: z.array(MessageSchema), nextCursor: z.string().nullable() });

/** Answer of POST /api/v1/conversations: the conversation and the message just sent. */
export const StartedConversationSchema = z.object({ conversation: ConversationSchema, message: MessageSchema, created: z.boolean() });

/** Answer of POST /api/v1/conversations/:id/read. */
export const ConversationReadSchema = z.object({ conversationId: z.string(), readAt: z.string(), unreadCount: z.literal(0) });
