/**
 * What live pushes change in the cached server data, whatever screen is open: a new message joins its
 * conversation and moves it to the top of the list (counted unread unless the person is looking at it), a new
 * notification joins the inbox and sets the bell, a conversation read in another tab clears its badges here.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '@kafaat/shared';
import { sessionQueryKey } from '../api/session';
import { addMessage, clearUnread, findConversation, isConversationOnScreen, messageKeys } from '../features/messages/messagesCache';
import { addNotification, markReadInLists, notificationKeys } from '../features/notifications/notificationsCache';
import { useRealtimeEvent } from './context';

/** How long the server may take to mark a conversation's notification read after telling us it was read. */
const SETTLE_MS = 1_500;

function currentUserId(queryClient: QueryClient): string | undefined {
  return queryClient.getQueryData<SessionInfo>(sessionQueryKey)?.user?.id;
}

/** Mounted once by the provider; renders nothing. */
export function RealtimeCacheSync() {
  const queryClient = useQueryClient();

  useRealtimeEvent('message.created', ({ message }) => {
    const fromOther = message.sender?.id !== currentUserId(queryClient);
    addMessage(queryClient, message, { unread: fromOther && !isConversationOnScreen(queryClient, message.conversationId) });
  });

  useRealtimeEvent('notification.created', ({ notification, unreadCount }) => addNotification(queryClient, notification, unreadCount));

  useRealtimeEvent('conversation.read', ({ conversationId, readAt }) => {
    const before = findConversation(queryClient, conversationId)?.unreadCount;
    clearUnread(queryClient, conversationId);
    const link = `/conversations/${conversationId}`; // As the server writes it.
    markReadInLists(queryClient, (n) => n.kind === 'message' && n.link === link && n.createdAt <= readAt, readAt);
    // Read here: the reader already asked for the new count. Read in another tab: the server marks the message
    // notification read while it tells us, so ask for the count once it has.
    if (before !== 0) setTimeout(() => void queryClient.invalidateQueries({ queryKey: notificationKeys.unread }), SETTLE_MS);
  });

  return null;
}

/** After a gap in the connection, pushes were lost: ask again for what they would have changed. */
export function catchUpAfterGap(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: messageKeys.all });
  void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}
