/**
 * The inbox over the API: how many notifications are unread (the bell), the list (all or unread only, paged),
 * marking one or all read, and the preferences per kind. Every answer that carries the unread count updates the
 * bell; live pushes do the same (realtime/cacheSync.ts).
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  NotificationListSchema,
  NotificationPreferencesSchema,
  NotificationUnreadSchema,
  type Notification,
  type NotificationPreferences,
} from '@kafaat/shared';
import { queryString } from '../../api/parse';
import { useApi } from '../../api/useApi';
import { markReadInLists, notificationKeys, setUnreadCount, type NotificationPage } from './notificationsCache';

const INBOX_PAGE = 20;

/** The bell's number: GET /notifications?limit=1 answers it without loading the inbox. */
export function useUnreadNotificationCount(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: async ({ signal }): Promise<number> => NotificationListSchema.parse(await api.get(`/notifications${queryString({ limit: 1 })}`, signal)).unreadCount,
    enabled,
  });
}

/** GET /notifications, newest first, 20 at a time; each page refreshes the bell's count too. */
export function useNotifications(unreadOnly: boolean) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useInfiniteQuery({
    queryKey: notificationKeys.list(unreadOnly),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<NotificationPage> => {
      const query = queryString({ cursor: pageParam, limit: INBOX_PAGE, unread: unreadOnly ? 'true' : undefined });
      const page = NotificationListSchema.parse(await api.get(`/notifications${query}`, signal));
      setUnreadCount(queryClient, page.unreadCount);
      return page;
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * POST /notifications/:id/read, when the person opens one. The cache changes in the mutation's own callbacks, so
 * it still happens after the inbox page made way for the notification's target.
 */
export function useMarkNotificationRead() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (notification: Pick<Notification, 'id'>) =>
      NotificationUnreadSchema.parse(await api.post(`/notifications/${encodeURIComponent(notification.id)}/read`)),
    onMutate: (notification) => markReadInLists(queryClient, (item) => item.id === notification.id, new Date().toISOString()),
    onSuccess: ({ unreadCount }) => setUnreadCount(queryClient, unreadCount),
  });
}

/** POST /notifications/read-all. */
export function useMarkAllNotificationsRead() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => NotificationUnreadSchema.parse(await api.post('/notifications/read-all')),
    onSuccess: ({ unreadCount }) => {
      markReadInLists(queryClient, () => true, new Date().toISOString());
      setUnreadCount(queryClient, unreadCount);
    },
  });
}

/** GET /me/notification-preferences: every kind, in the app and in the daily email. */
export function useNotificationPreferences() {
  const api = useApi();
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: async ({ signal }): Promise<NotificationPreferences> => NotificationPreferencesSchema.parse(await api.get('/me/notification-preferences', signal)),
  });
}

/** PUT /me/notification-preferences with every kind; the answer (as saved) replaces the cached copy. */
export function useSaveNotificationPreferences() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (preferences: NotificationPreferences) =>
      NotificationPreferencesSchema.parse(await api.request('/me/notification-preferences', { method: 'PUT', body: preferences })),
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences, saved),
  });
}
