/**
 * Messaging between talents and organisations, one conversation per opportunity and talent: the signed-in
 * user's conversations (newest activity first, with unread counts), a conversation's messages, starting one,
 * writing, and marking it read. Conversations the user is not part of answer 404. New messages are pushed live
 * to every participant (realtime/messageEmitter.ts).
 */
import type { Request } from 'express';
import {
  ConversationIdParamsSchema,
  ConversationListSchema,
  ConversationPageQuerySchema,
  ConversationReadSchema,
  MessageListSchema,
  MessageSchema,
  SendMessageSchema,
  StartConversationSchema,
  StartedConversationSchema,
} from '@kafaat/shared';
import { LIMITS } from '../../auth/rateLimiter';
import { requireUser } from '../../middlewares/authenticate';
import { rateLimit } from '../../middlewares/rateLimit';
import { audit } from '../../services/audit/auditLogger';
import type { ServiceContext } from '../../services/context';
import '../../services/messages/accountData';
import { findConversationFor, listConversations, listMessages } from '../../services/messages/conversationQueries';
import { markConversationRead } from '../../services/messages/conversationReader';
import { startConversation } from '../../services/messages/conversationStarter';
import { conversationViews, messageViews } from '../../services/messages/conversationViews';
import { sendMessage } from '../../services/messages/messageSender';
import { defineRoute } from '../define';
import { signedInActor } from '../signedIn';

const tags = ['messages'];
const userKey = (req: Request) => String(req.user!._id);
const sendLimit = rateLimit('message-send', LIMITS.messagesPerSender, userKey);

export function messageRoutes(_ctx: ServiceContext) {
  return [
    defineRoute({
      method: 'get',
      path: '/conversations',
      summary: "The signed-in user's conversations, newest activity first, each with its unread count",
      tags,
      before: [requireUser],
      request: { query: ConversationPageQuerySchema },
      responses: { 200: { description: 'A page of conversations', schema: ConversationListSchema } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { page, nextCursor } = await listConversations(actor, req.input.query);
        res.json({ items: await conversationViews(actor, page), nextCursor });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/conversations',
      summary: 'Write about an opportunity: opens the conversation with its first message, or adds to the existing one',
      tags,
      before: [requireUser, rateLimit('conversation-start', LIMITS.conversationStartsPerSender, userKey), sendLimit],
      request: { body: StartConversationSchema },
      responses: {
        201: { description: 'Conversation opened', schema: StartedConversationSchema },
        200: { description: 'The conversation existed; the message was added', schema: StartedConversationSchema },
        400: { description: 'Empty or too long text, or an attachment that is not the sender’s document' },
        403: { description: 'A talent who has not applied, or an organisation that does not own the opportunity' },
        404: { description: 'No such opportunity, or a talent the sender may not see' },
        429: { description: 'Too many messages' },
      },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const { conversation, message, created } = await startConversation({ actor, input: req.input.body });
        if (created) await audit(req, { action: 'conversation.started', targetType: 'conversation', targetId: conversation._id, meta: { opportunityId: String(conversation.opportunityId) } });
        const [view] = await conversationViews(actor, [conversation]);
        const [messageView] = await messageViews([message]);
        res.status(created ? 201 : 200).json({ conversation: view, message: messageView, created });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/conversations/:id/messages',
      summary: 'Messages of a conversation, newest first (participants)',
      tags,
      before: [requireUser],
      request: { params: ConversationIdParamsSchema, query: ConversationPageQuerySchema },
      responses: { 200: { description: 'A page of messages', schema: MessageListSchema }, 404: { description: 'Not a participant, or no such conversation' } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const conversation = await findConversationFor(actor, req.input.params.id);
        const { page, nextCursor } = await listMessages(conversation, req.input.query);
        res.json({ items: await messageViews(page), nextCursor });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/conversations/:id/messages',
      summary: 'Write in a conversation (participants); pushed live to every participant',
      tags,
      before: [requireUser, sendLimit],
      request: { params: ConversationIdParamsSchema, body: SendMessageSchema },
      responses: {
        201: { description: 'The message as stored', schema: MessageSchema },
        400: { description: 'Empty or too long text, or an attachment that is not the sender’s document' },
        404: { description: 'Not a participant, or no such conversation' },
        429: { description: 'Too many messages' },
      },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const conversation = await findConversationFor(actor, req.input.params.id);
        const message = await sendMessage({ actor, conversation, ...req.input.body });
        const [view] = await messageViews([message]);
        res.status(201).json(view);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/conversations/:id/read',
      summary: 'Mark a conversation read up to now (participants)',
      tags,
      before: [requireUser],
      request: { params: ConversationIdParamsSchema },
      responses: { 200: { description: 'Read; nothing is unread any more', schema: ConversationReadSchema }, 404: { description: 'Not a participant' } },
      handler: async (req, res) => {
        const actor = await signedInActor(req);
        const conversation = await findConversationFor(actor, req.input.params.id);
        const readAt = await markConversationRead({ actor, conversation });
        res.json({ conversationId: String(conversation._id), readAt: readAt.toISOString(), unreadCount: 0 });
      },
    }),
  ];
}
