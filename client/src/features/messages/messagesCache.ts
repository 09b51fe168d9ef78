/**
 * The cached conversations and messages, changed in place when something happens (a message sent here, one pushed
 * live, a conversation read), so every screen shows it at once without asking the server again.
 */
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Conversation, Message } from '@kafaat/shared';
import type { Page } from '../../api/parse';

/** Query keys: the list of conversations and each conversation's messages, all under ['conversations']. */
export const messageKeys = {
  all: ['conversations'] as const,
  list: ['conversations', 'list'] as const,
  messages: (conversationId: string) => ['conversations', conversationId, 'messages'] as const,
};

/** The server's length of a conversation's preview in the list. */
const PREVIEW_LENGTH = 140;

type Pages<T> = InfiniteData<Page<T>, string | undefined>;

/** Every conversation loaded so far, newest activity first. */
export function loadedConversations(queryClient: QueryClient): Conversation[] {
  return queryClient.getQueryData<Pages<Conversation>>(messageKeys.list)?.pages.flatMap((page) => page.items) ?? [];
}

/** A conversation of the loaded list, if it is there (the API has no "one conversation" endpoint). */
export function findConversation(queryClient: QueryClient, conversationId: string): Conversation | undefined {
  return loadedConversations(queryClient).find((conversation) => conversation.id === conversationId);
}

/** Changes one conversation of the list; `toTop` moves it first, as the server sorts by newest activity. */
function updateConversation(queryClient: QueryClient, conversationId: string, change: (conversation: Conversation) => Conversation, toTop = false): boolean {
  let found = false;
  queryClient.setQueryData<Pages<Conversation>>(messageKeys.list, (data) => {
    if (!data) return data;
    const current = data.pages.flatMap((page) => page.items).find((item) => item.id === conversationId);
    if (!current) return data;
    found = true;
    const changed = change(current);
    const pages = data.pages.map((page) => ({
      ...page,
      items: toTop ? page.items.filter((item) => item.id !== conversationId) : page.items.map((item) => (item.id === conversationId ? changed : item)),
    }));
    if (toTop && pages[0]) pages[0] = { ...pages[0], items: [changed, ...pages[0].items] };
    return { ...data, pages };
  });
  return found;
}

/** Puts a conversation first in the list (one just started here), replacing its older copy. */
export function upsertConversation(queryClient: QueryClient, conversation: Conversation): void {
  if (updateConversation(queryClient, conversation.id, () => conversation, true)) return;
  queryClient.setQueryData<Pages<Conversation>>(messageKeys.list, (data) => {
    if (!data?.pages[0]) return data;
    const [first, ...rest] = data.pages;
    return { ...data, pages: [{ ...first, items: [conversation, ...first.items] }, ...rest] };
  });
}

/**
 * A new message, sent here or pushed live: added to its conversation's cached messages (once, whatever arrives
 * first, the answer or the push) and shown as the newest activity of the list. `unread` adds one to the badge: a
 * message from someone else while the conversation is not on screen.
 */
export function addMessage(queryClient: QueryClient, message: Message, { unread }: { unread: boolean }): void {
  let known = false;
  queryClient.setQueryData<Pages<Message>>(messageKeys.messages(message.conversationId), (data) => {
    if (!data?.pages[0]) return data;
    known = data.pages.some((page) => page.items.some((item) => item.id === message.id));
    if (known) return data;
    const [newest, ...older] = data.pages;
    return { ...data, pages: [{ ...newest, items: [message, ...newest.items] }, ...older] };
  });
  if (known) return;
  const inList = updateConversation(
    queryClient,
    message.conversationId,
    (conversation) => ({
      ...conversation,
      lastMessage: { preview: message.text.slice(0, PREVIEW_LENGTH), deleted: message.deleted, senderId: message.sender?.id ?? null, at: message.createdAt },
      lastActivityAt: message.createdAt,
      unreadCount: conversation.unreadCount + (unread ? 1 : 0),
    }),
    true,
  );
  // A conversation someone else just opened with us: the list needs its title and names from the server.
  if (!inList) void queryClient.invalidateQueries({ queryKey: messageKeys.list });
}

/** Nothing unread any more in this conversation (read here, or in another tab). */
export function clearUnread(queryClient: QueryClient, conversationId: string): void {
  updateConversation(queryClient, conversationId, (conversation) => (conversation.unreadCount === 0 ? conversation : { ...conversation, unreadCount: 0 }));
}

/** Whether the person is looking at this conversation right now: its page is mounted and the tab is visible. */
export function isConversationOnScreen(queryClient: QueryClient, conversationId: string): boolean {
  const query = queryClient.getQueryCache().find({ queryKey: messageKeys.messages(conversationId), exact: true });
  return (query?.getObserversCount() ?? 0) > 0 && document.visibilityState !== 'hidden';
}
