/**
 * The cached inbox and its unread count, changed in place when a notification arrives live or is read, so the
 * bell and the inbox page agree without asking the server again.
 */
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Notification } from '@kafaat/shared';

/** One page of the inbox as the API returns it. */
export type NotificationPage = { items: Notification[]; nextCursor: string | null; unreadCount: number };

/** Query keys: the unread count (the bell) and the inbox, all of it or unread only, under ['notifications']. */
export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  lists: ['notifications', 'list'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', unreadOnly ? 'unread' : 'all'] as const,
  preferences: ['me', 'notification-preferences'] as const,
};

type Pages = InfiniteData<NotificationPage, string | undefined>;

/** Changes every cached inbox page at once (both filters). */
function updateLists(queryClient: QueryClient, change: (items: Notification[], pageIndex: number) => Notification[]): void {
  queryClient.setQueriesData<Pages>({ queryKey: notificationKeys.lists }, (data) =>
    data ? { ...data, pages: data.pages.map((page, index) => ({ ...page, items: change(page.items, index) })) } : data,
  );
}

/** The bell's number, from any answer that carries it. */
export function setUnreadCount(queryClient: QueryClient, unreadCount: number): void {
  queryClient.setQueryData<number>(notificationKeys.unread, Math.max(0, unreadCount));
}

/**
 * A notification pushed live: first in the inbox (a gathered message notification that grew moves up rather than
 * appearing twice), and the bell shows the server's count after it.
 */
export function addNotification(queryClient: QueryClient, notification: Notification, unreadCount: number): void {
  setUnreadCount(queryClient, unreadCount);
  updateLists(queryClient, (items, pageIndex) => {
    const others = items.filter((item) => item.id !== notification.id);
    return pageIndex === 0 ? [notification, ...others] : others;
  });
}

/** Marks cached notifications read (they stay in view, even in the unread-only list, until it is loaded again). */
export function markReadInLists(queryClient: QueryClient, isRead: (notification: Notification) => boolean, readAt: string): void {
  updateLists(queryClient, (items) => items.map((item) => (item.readAt === null && isRead(item) ? { ...item, readAt } : item)));
}

/** Asks again for the count and the inbox (after the server marked some read on its own side). */
export function invalidateNotifications(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}
