/**
 * Live updates of notifications: each notification put in an inbox is pushed (`notification.created`) to its
 * recipient's room with the inbox's unread count after it. Heard on the in-process bus.
 */
import { Notification, type StoredNotification } from '../models/Notification';
import { presentNotification } from '../presenters/notification';
import { on } from '../services/events';
import { unreadNotificationCount } from '../services/notifications/inbox';
import '../services/notifications/notificationEvents';
import type { Realtime } from './server';

/** Subscribes; returns the function that unsubscribes. */
export function emitNotifications(realtime: Realtime): () => void {
  return on('notification.created', async (e) => {
    const [notification, unreadCount] = await Promise.all([Notification.findById(e.notificationId).lean<StoredNotification>(), unreadNotificationCount(e.userId)]);
    if (!notification || String(notification.userId) !== e.userId) return;
    realtime.emitToUser(e.userId, 'notification.created', { notification: presentNotification(notification), unreadCount });
  });
}
