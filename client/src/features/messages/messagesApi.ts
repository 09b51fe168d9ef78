/**
 * Messaging over the API: the signed-in person's conversations, one conversation's messages (newest first, paged
 * back in time), writing, starting a conversation about an opportunity, and marking one read. Answers update the
 * cached lists (messagesCache.ts), and live pushes do the same (realtime/cacheSync.ts).
 */
import { useCallback } from 'react';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import {
  ConversationReadSchema,
  ConversationSchema,
  MessageSchema,
  StartedConversationSchema,
  type Conversation,
  type Message,
} from '@kafaat/shared';
import { parsePage, queryString, type Page } from '../../api/parse';
import { useApi } from '../../api/useApi';
import { invalidateNotifications } from '../notifications/notificationsCache';
import { addMessage, clearUnread, messageKeys, upsertConversation } from './messagesCache';

/** Conversations per page of the list (the header's badge adds up the unread of the loaded ones). */
const CONVERSATIONS_PAGE = 20;
/** Messages per "load earlier". */
const MESSAGES_PAGE = 30;

/** What the composer sends. */
export type MessageInput = { text: string; attachmentIds: string[] };

/** GET /conversations: newest activity first, each with its unread count. */
export function useConversations(enabled = true) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: messageKeys.list,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<Page<Conversation>> =>
      parsePage(ConversationSchema, await api.get(`/conversations${queryString({ cursor: pageParam, limit: CONVERSATIONS_PAGE })}`, signal)),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

/** GET /conversations/:id/messages: the newest first; the next page goes further back in time. */
export function useMessages(conversationId: string) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: messageKeys.messages(conversationId),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<Page<Message>> =>
      parsePage(
        MessageSchema,
        await api.get(`/conversations/${encodeURIComponent(conversationId)}/messages${queryString({ cursor: pageParam, limit: MESSAGES_PAGE })}`, signal),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // New messages arrive live and through our own answers; refetching every page would lose the reading position.
    staleTime: Infinity,
  });
}

/** POST /conversations/:id/messages; the message joins the cached conversation as soon as the server stored it. */
export function useMessageSender(conversationId: string): (input: MessageInput) => Promise<Message> {
  const api = useApi();
  const queryClient = useQueryClient();
  return useCallback(
    async (input) => {
      const message = MessageSchema.parse(await api.post(`/conversations/${encodeURIComponent(conversationId)}/messages`, input));
      addMessage(queryClient, message, { unread: false });
      return message;
    },
    [api, queryClient, conversationId],
  );
}

/** What StartConversationButton sends: the opportunity, the talent when an organisation writes, the first message. */
export type StartInput = MessageInput & { opportunityId: string; talentId?: string };

/**
 * POST /conversations: opens the conversation with its first message, or adds the message to the one that
 * exists. Resolves with the conversation, first in the cached list.
 */
export function useConversationStarter(): (input: StartInput) => Promise<Conversation> {
  const api = useApi();
  const queryClient = useQueryClient();
  return useCallback(
    async ({ talentId, ...input }) => {
      const started = StartedConversationSchema.parse(await api.post('/conversations', talentId ? { ...input, talentId } : input));
      upsertConversation(queryClient, started.conversation);
      addMessage(queryClient, started.message, { unread: false });
      return started.conversation;
    },
    [api, queryClient],
  );
}

/**
 * POST /conversations/:id/read. The server marks the conversation's message notification read in the same
 * request, so the bell's count is asked for again afterwards.
 */
export function useConversationReader(): (conversationId: string) => Promise<void> {
  const api = useApi();
  const queryClient = useQueryClient();
  return useCallback(
    async (conversationId) => {
      ConversationReadSchema.parse(await api.post(`/conversations/${encodeURIComponent(conversationId)}/read`));
      clearUnread(queryClient, conversationId);
      invalidateNotifications(queryClient);
    },
    [api, queryClient],
  );
}
